import { fileURLToPath } from "node:url";
import { ROOM_NAMES } from "@brink/protocol";
import { loadOctober1962 } from "@brink/scenario";
import { defineRoom, defineServer } from "@colyseus/core";
import { RedisDriver } from "@colyseus/redis-driver";
import { RedisPresence } from "@colyseus/redis-presence";
import { WebSocketTransport } from "@colyseus/ws-transport";
import { processForSession } from "./cluster.ts";
import { configureHttp } from "./http.ts";
import { PostgresStore } from "./postgresStore.ts";
import { MESSAGES_PER_SECOND, RECONNECT_GRACE_SECONDS, setRoomServices } from "./rooms/CouncilRoom.ts";
import { OasCouncilRoom } from "./rooms/OasCouncilRoom.ts";
import { SecurityCouncilRoom } from "./rooms/SecurityCouncilRoom.ts";
import { restrictMatchmakingOrigins, secureHeaders } from "./security.ts";
import { SqliteStore, type Store } from "./store.ts";

export interface BrinkServerOptions {
  /** SQLite file of the event log, e.g. `data/brink.sqlite`; not used with `databaseUrl`. */
  readonly databasePath: string;
  /**
   * PostgreSQL in place of the SQLite file, e.g. `postgres://brink@db.school.example/brink`: processes on
   * several machines share it (README, "Running for a whole school").
   */
  readonly databaseUrl?: string;
  /** The built web app; defaults to `apps/web/dist`. */
  readonly webDist?: string;
  readonly now?: () => number;
  /** Seconds a dropped player's seat is kept; 60 unless set. */
  readonly reconnectGraceSeconds?: number;
  /** The port announced to students; `main.ts` sets the one it listens on. */
  readonly port?: number;
  /** Milliseconds a bot waits before its move; unless set, each session's plan decides (`planSession`). */
  readonly botDelayMs?: number;
  /**
   * Seconds the table waits for a person before a bot chair moves on. Set, it replaces each session's plan
   * for every wait, and no agenda item is held open for its minutes on the run sheet (tests, demos).
   */
  readonly patienceSeconds?: number;
  /** Game minutes the crisis clock moves per real second; unless set, the week spans the lesson's playing time. */
  readonly crisisMinutesPerSecond?: number;
  /**
   * Requests a connection may send per second (twice that at once) before it is answered
   * `message/rate_limited`; 10 unless set. Raised only by benchmarks, which play faster than any person.
   */
  readonly messagesPerSecond?: number;
  /**
   * Redis shared by several Brink processes (README, "Running for a whole school"), e.g.
   * `redis://127.0.0.1:6379`: rooms are listed there and placed on any process. Unset, one process alone.
   */
  readonly redisUrl?: string;
  /**
   * The address students open when processes run behind a proxy, e.g. `brink.school.example`: the host's
   * screen names it, and browsers reach this process's WebSockets at `<publicHost>/<port>`, which the proxy
   * sends to this process. Needed with `redisUrl`, so a room's players reach its process.
   */
  readonly publicHost?: string;
  /**
   * Which proxies' `X-Forwarded-For` to believe for a request's address (Express's `trust proxy`), so limits
   * count each student's address, not the proxy's; e.g. `loopback` for nginx on the same machine.
   */
  readonly trustProxy?: string;
  /**
   * With `redisUrl`: seconds a process shutting down waits for each session's open roll call to close before
   * handing the session to another process; 60 unless set.
   */
  readonly drainSeconds?: number;
}

/** Seconds a shutting-down process lets a roll call run before handing its session on, unless set. */
export const DRAIN_SECONDS = 60;

export const DEFAULT_WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));

/** The store the options name: PostgreSQL with `databaseUrl`, else the SQLite file; its schema brought up to date. */
export async function openStore(options: Pick<BrinkServerOptions, "databasePath" | "databaseUrl">): Promise<Store> {
  return options.databaseUrl ? PostgresStore.open(options.databaseUrl) : new SqliteStore(options.databasePath);
}

/** The whole Brink server: Colyseus rooms, the HTTP API and the web app, over one store. */
export async function createBrinkServer(options: BrinkServerOptions) {
  const store = await openStore(options);
  const now = options.now ?? Date.now;
  const scenario = loadOctober1962();
  setRoomServices({
    store,
    scenario,
    now,
    reconnectGraceSeconds: options.reconnectGraceSeconds ?? RECONNECT_GRACE_SECONDS,
    ...(options.botDelayMs !== undefined ? { botDelayMs: options.botDelayMs } : {}),
    ...(options.patienceSeconds !== undefined ? { patienceMs: options.patienceSeconds * 1000 } : {}),
    ...(options.crisisMinutesPerSecond !== undefined ? { crisisMinutesPerSecond: options.crisisMinutesPerSecond } : {}),
    messagesPerSecond: options.messagesPerSecond ?? MESSAGES_PER_SECOND,
    drainMs: options.redisUrl ? (options.drainSeconds ?? DRAIN_SECONDS) * 1000 : 0,
  });
  restrictMatchmakingOrigins();
  const server = defineServer({
    greet: false,
    // maxPayload: ws-transport's 4 KB default would drop a student for one long speech. Up to 256 KB a frame
    // is read and an over-long text refused with a typed reply (a 100 KB speech pasted by mistake costs
    // nothing); past it the socket is closed, and the seat is still kept for the reconnection.
    transport: new WebSocketTransport({ pingInterval: 5000, pingMaxRetries: 3, maxPayload: 256 * 1024 }),
    ...(options.redisUrl
      ? {
          presence: new RedisPresence(options.redisUrl),
          driver: new RedisDriver(options.redisUrl),
          selectProcessIdToCreateRoom: processForSession,
        }
      : {}),
    ...(options.publicHost ? { publicAddress: `${options.publicHost}/${options.port ?? 2567}` } : {}),
    rooms: {
      [ROOM_NAMES.oas]: defineRoom(OasCouncilRoom),
      [ROOM_NAMES.unsc]: defineRoom(SecurityCouncilRoom),
    },
    express: (app) => {
      if (options.trustProxy) app.set("trust proxy", options.trustProxy);
      secureHeaders(app);
      configureHttp(app, {
        store,
        scenario,
        now,
        webDist: options.webDist ?? DEFAULT_WEB_DIST,
        port: options.port ?? 2567,
        ...(options.publicHost ? { publicHost: options.publicHost } : {}),
      });
    },
  });
  server.onShutdown(() => store.close());
  return server;
}
