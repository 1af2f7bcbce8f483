import { createServer } from "node:net";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createBrinkServer } from "./app.ts";
import { lanUrls } from "./http.ts";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const port = Number(process.env.PORT ?? 2567);
const dataDir = resolve(root, process.env.BRINK_DATA_DIR ?? "data");

const grace = Number(process.env.BRINK_RECONNECT_GRACE_SECONDS);
const botDelay = Number(process.env.BRINK_BOT_DELAY_MS);
const patience = Number(process.env.BRINK_PATIENCE_SECONDS);
const crisisPace = Number(process.env.BRINK_CRISIS_MINUTES_PER_SECOND);
const messageRate = Number(process.env.BRINK_MESSAGES_PER_SECOND);
const drain = Number(process.env.BRINK_DRAIN_SECONDS);
// Several processes behind a proxy (README, "Running for a whole school"): each is reached at the public
// address followed by its own port.
const redisUrl = process.env.REDIS_URL || undefined;
const databaseUrl = process.env.DATABASE_URL || undefined;
const publicHost = process.env.BRINK_PUBLIC_ADDRESS?.replace(/\/+$/, "") || undefined;
const trustProxy = process.env.BRINK_TRUST_PROXY || (publicHost ? "loopback" : undefined);

if (redisUrl && !publicHost) {
  console.error(
    "REDIS_URL is set, so this is one of several Brink processes: set BRINK_PUBLIC_ADDRESS too, to the address students open (e.g. brink.school.example), so their browsers reach the process that holds their council through the proxy.",
  );
  process.exit(1);
}

const databasePath = resolve(dataDir, "brink.sqlite");
let server: Awaited<ReturnType<typeof createBrinkServer>>;
try {
  server = await createBrinkServer({
    databasePath,
    ...(databaseUrl ? { databaseUrl } : {}),
    port,
    ...(grace > 0 ? { reconnectGraceSeconds: grace } : {}),
    ...(botDelay >= 0 && process.env.BRINK_BOT_DELAY_MS ? { botDelayMs: botDelay } : {}),
    ...(patience > 0 ? { patienceSeconds: patience } : {}),
    ...(crisisPace > 0 ? { crisisMinutesPerSecond: crisisPace } : {}),
    ...(messageRate > 0 ? { messagesPerSecond: messageRate } : {}),
    ...(redisUrl ? { redisUrl } : {}),
    ...(publicHost ? { publicHost } : {}),
    ...(trustProxy ? { trustProxy } : {}),
    ...(drain >= 0 && process.env.BRINK_DRAIN_SECONDS ? { drainSeconds: drain } : {}),
  });
} catch (error) {
  // A data file it cannot write to (a read-only folder or file, a full disk) stops the server at once, saying
  // so, rather than letting a class play a game that would not be kept.
  const reason = error instanceof Error ? error.message : String(error);
  if (databaseUrl) {
    const shown = new URL(databaseUrl);
    shown.password = "";
    console.error(
      `Brink cannot open its database ${shown} (${reason}). Check that PostgreSQL runs and is reachable from here, that the database exists, and that DATABASE_URL's user may create tables in it.`,
    );
  } else {
    console.error(
      `Brink cannot open its data file ${databasePath} for writing (${reason}). Check that the folder exists, that this user may write to it and to the file, and that the disk has space; or set BRINK_DATA_DIR to another folder.`,
    );
  }
  process.exit(1);
}
// Colyseus turns a failed listen into an uncaught exception and a shutdown that never ends, so the port
// is tried first, to say plainly what is wrong.
const free = await new Promise<boolean>((done) => {
  const probe = createServer();
  probe.once("error", () => done(false));
  probe.listen(port, () => probe.close(() => done(true)));
});
if (!free) {
  console.error(`Port ${port} is already in use: is Brink already running? Stop it, or set PORT=<another port>.`);
  process.exit(1);
}
await server.listen(port);
console.info(`Brink is running: http://localhost:${port}  (data in ${databaseUrl ? "PostgreSQL" : dataDir})`);
for (const url of lanUrls(port)) console.info(`Students on the same network can join at ${url}`);
