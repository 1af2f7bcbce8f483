import { fileURLToPath } from "node:url";
import { ROOM_NAMES } from "@brink/protocol";
import { loadOctober1962 } from "@brink/scenario";
import { defineRoom, defineServer } from "@colyseus/core";
import { WebSocketTransport } from "@colyseus/ws-transport";
import { configureHttp } from "./http.ts";
import { MESSAGES_PER_SECOND, RECONNECT_GRACE_SECONDS, setRoomServices } from "./rooms/CouncilRoom.ts";
import { OasCouncilRoom } from "./rooms/OasCouncilRoom.ts";
import { SecurityCouncilRoom } from "./rooms/SecurityCouncilRoom.ts";
import { restrictMatchmakingOrigins, secureHeaders } from "./security.ts";
import { Store } from "./store.ts";

export interface BrinkServerOptions {
  /** SQLite file of the event log, e.g. `data/brink.sqlite`. */
  readonly databasePath: string;
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
}

export const DEFAULT_WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));

/** The whole Brink server: Colyseus rooms, the HTTP API and the web app, over one store. */
export function createBrinkServer(options: BrinkServerOptions) {
  const store = new Store(options.databasePath);
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
  });
  restrictMatchmakingOrigins();
  const server = defineServer({
    greet: false,
    // maxPayload: ws-transport's 4 KB default would drop a student for one long speech. Up to 256 KB a frame
    // is read and an over-long text refused with a typed reply (a 100 KB speech pasted by mistake costs
    // nothing); past it the socket is closed, and the seat is still kept for the reconnection.
    transport: new WebSocketTransport({ pingInterval: 5000, pingMaxRetries: 3, maxPayload: 256 * 1024 }),
    rooms: {
      [ROOM_NAMES.oas]: defineRoom(OasCouncilRoom),
      [ROOM_NAMES.unsc]: defineRoom(SecurityCouncilRoom),
    },
    express: (app) => {
      secureHeaders(app);
      configureHttp(app, {
        store,
        scenario,
        now,
        webDist: options.webDist ?? DEFAULT_WEB_DIST,
        port: options.port ?? 2567,
      });
    },
  });
  server.onShutdown(() => store.close());
  return server;
}
