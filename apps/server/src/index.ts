export { type BrinkServerOptions, createBrinkServer, DEFAULT_WEB_DIST } from "./app.ts";
export { RECONNECT_GRACE_SECONDS } from "./rooms/CouncilRoom.ts";
