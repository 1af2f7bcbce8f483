export { type BrinkServerOptions, createBrinkServer, DEFAULT_WEB_DIST, openStore } from "./app.ts";
export { PostgresStore } from "./postgresStore.ts";
export { RECONNECT_GRACE_SECONDS } from "./rooms/CouncilRoom.ts";
export { createSession } from "./sessions.ts";
export { LogTail, SqliteStore, StaleLogError, StorageError, type Store } from "./store.ts";
