import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createBrinkServer } from "./app.ts";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const port = Number(process.env.PORT ?? 2567);
const dataDir = resolve(root, process.env.BRINK_DATA_DIR ?? "data");

const server = createBrinkServer({ databasePath: resolve(dataDir, "brink.sqlite") });
await server.listen(port);
console.info(`Brink is running: http://localhost:${port}  (data in ${dataDir})`);
