// codes.ts has no runtime dependency, so a client that imports only its constants and the types of the
// rest ships no zod (the package is marked side-effect free).
export * from "./codes.ts";
export * from "./http.ts";
export * from "./messages.ts";
export * from "./names.ts";
export * from "./record.ts";
