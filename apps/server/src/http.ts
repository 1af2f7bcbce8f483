import { randomInt } from "node:crypto";
import { networkInterfaces } from "node:os";
import type { ChamberId } from "@brink/engine";
import {
  createSessionRequest,
  type HttpError,
  type JoinTarget,
  joinRequest,
  judgementRequest,
  PROTOCOL_VERSION,
  ROOM_NAMES,
  type ServerInfo,
  WIRE_ERRORS,
} from "@brink/protocol";
import { roleCardFor, type Scenario } from "@brink/scenario";
import { matchMaker } from "@colyseus/core";
import express from "express";
import { liveListing, roomIdFor } from "./cluster.ts";
import { KeyedLimiter } from "./rateLimit.ts";
import { enterJudgement, liveRecord, recordCsv } from "./record.ts";
import { recordHtml } from "./recordHtml.ts";
import { replayAt } from "./replay.ts";
import { draining } from "./rooms/CouncilRoom.ts";
import { secretMatches } from "./secrets.ts";
import { createSession } from "./sessions.ts";
import { StorageError, type Store } from "./store.ts";
import { serveWebApp } from "./webApp.ts";

export interface HttpOptions {
  readonly store: Store;
  readonly scenario: Scenario;
  /** The port students' devices reach this server on, for the addresses the host shows them. */
  readonly port: number;
  /** The address students open behind a proxy (`BRINK_PUBLIC_ADDRESS`): named in place of this machine's. */
  readonly publicHost?: string;
  readonly now: () => number;
  /** The built web app (`apps/web/dist`); when missing, `/` says how to build it. */
  readonly webDist: string;
}

const error = (code: string, message: string): HttpError => ({ error: { code, message } });

/** This machine's addresses on the local networks (IPv4, not loopback), as URLs on `port`. */
export function lanUrls(port: number): string[] {
  return Object.values(networkInterfaces())
    .flatMap((addresses) => addresses ?? [])
    .filter((a) => a.family === "IPv4" && !a.internal)
    .map((a) => `http://${a.address}:${port}`);
}

/** Rooms being created, so two students joining at once do not create the same room twice. */
const creating = new Map<string, Promise<void>>();

/**
 * The live room of a session's council, created (and rebuilt from its log) when none is running: never run,
 * closed, or lost with a process that died. With several processes, another may be making it at this moment;
 * it answers `room/already_open`, and the room is looked for again until it is listed.
 */
async function ensureRoom(sessionId: string, chamber: ChamberId): Promise<string> {
  const roomId = roomIdFor(sessionId, chamber);
  for (let attempt = 0; ; attempt++) {
    if (await liveListing(roomId)) return roomId;
    let pending = creating.get(roomId);
    if (!pending) {
      pending = matchMaker
        .createRoom(ROOM_NAMES[chamber], { sessionId })
        .then(() => undefined)
        .finally(() => creating.delete(roomId));
      creating.set(roomId, pending);
    }
    try {
      await pending;
      return roomId;
    } catch (error) {
      if ((error as Error).message !== WIRE_ERRORS.roomOpen || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/**
 * Answers a request past its address's budget with a typed 429. A whole class behind one school router
 * shares an address, so joining is generous; creating sessions is not.
 */
function limited(limiter: KeyedLimiter, now: () => number): express.RequestHandler {
  return (req, res, next) => {
    if (limiter.take(req.ip ?? "unknown", now())) return next();
    res.status(429).json(error(WIRE_ERRORS.rateLimited, "Too many requests from this address; wait a moment."));
  };
}

export function configureHttp(app: express.Application, options: HttpOptions): void {
  const { store, scenario, now, webDist, port, publicHost } = options;
  app.use("/api", express.json({ limit: "16kb" }));
  app.post("/api/sessions", limited(new KeyedLimiter(0.2, 20), now));
  app.use("/api", limited(new KeyedLimiter(20, 200), now));

  // Up, and able to save: a server whose disk is full or read-only answers 503 and says why. `process` names
  // this process among several (the matchmaker's id, as Redis lists its rooms).
  app.get("/healthz", (_req, res) => {
    const storage = store.health;
    if (storage.ok) res.json({ ok: true, process: matchMaker.processId });
    else
      res.status(503).json({
        ok: false,
        process: matchMaker.processId,
        storage: { fault: storage.fault, message: storage.message },
      });
  });

  // Taking new rooms: started, able to save, and not draining for a shutdown. A proxy or process manager sends
  // new classes elsewhere while it answers 503; the classes it holds play on until they are handed over.
  app.get("/readyz", (_req, res) => {
    const ready = matchMaker.state === matchMaker.MatchMakerState.READY && store.health.ok && !draining();
    res.status(ready ? 200 : 503).json({ ready, process: matchMaker.processId });
  });

  // What the host's screen tells students to open when the host itself is on localhost.
  // Behind a proxy, the school's address (as the proxy was asked: http or https), never a process's own port.
  app.get("/api/info", (req, res) => {
    const urls = publicHost ? [`${req.protocol}://${publicHost}`] : lanUrls(port);
    const info: ServerInfo = { protocolVersion: PROTOCOL_VERSION, lanUrls: urls };
    res.json(info);
  });

  app.post("/api/sessions", async (req, res) => {
    const parsed = createSessionRequest.safeParse(req.body ?? {});
    if (!parsed.success) {
      res
        .status(400)
        .json(
          error(
            WIRE_ERRORS.invalid,
            'Send no body, or JSON with any of { periodMinutes: 45 | 50 | 90 | null, mode: "historical" | "open", seed: integer, scenario: "october-1962", chambers: ["oas"] | ["unsc"] | ["oas", "unsc"], language: "en" | "es" | "pt" }.',
          ),
        );
      return;
    }
    const {
      periodMinutes = null,
      mode = "historical",
      seed = randomInt(2 ** 31 - 1),
      language = "en",
      chambers = ["oas"],
    } = parsed.data;
    res.status(201).json(await createSession(store, now(), { periodMinutes, mode, seed, language, chambers }));
  });

  app.post("/api/join", async (req, res, next) => {
    const parsed = joinRequest.safeParse(req.body);
    if (!parsed.success) {
      res
        .status(400)
        .json(
          error(WIRE_ERRORS.invalid, 'Send a JSON body with the join code: { joinCode, chamber?: "oas" | "unsc" }.'),
        );
      return;
    }
    const session = await store.sessionByJoinCode(parsed.data.joinCode);
    if (!session) {
      res.status(404).json(error(WIRE_ERRORS.sessionNotFound, "No session has this join code."));
      return;
    }
    const { chambers } = session.settings;
    const chamber = parsed.data.chamber ?? chambers[0] ?? "oas";
    if (!chambers.includes(chamber)) {
      res.status(404).json(error("chamber/not_in_session", "This session does not run that council."));
      return;
    }
    try {
      const roomId = await ensureRoom(session.id, chamber);
      const target: JoinTarget = {
        sessionId: session.id,
        roomName: ROOM_NAMES[chamber],
        roomId,
        chamber,
        chambers: [...chambers],
      };
      res.json(target);
    } catch (e) {
      next(e);
    }
  });

  /** The session named in the path, if the request carries its host key; else answered with a typed error. */
  const hostSession = async (req: express.Request, res: express.Response) => {
    const session = await store.sessionById(String(req.params.sessionId));
    if (!session) {
      res.status(404).json(error(WIRE_ERRORS.sessionNotFound, "There is no session with this id."));
      return null;
    }
    const key = /^Bearer (\S+)$/.exec(req.get("authorization") ?? "")?.[1];
    if (!key || !secretMatches(key, session.hostKeyHash)) {
      res
        .status(401)
        .set("WWW-Authenticate", "Bearer")
        .json(error(WIRE_ERRORS.hostKeyInvalid, "Send the session's host key: Authorization: Bearer <hostKey>."));
      return null;
    }
    return session;
  };

  // The session's record for its host: every vote with each delegation's choice, the crisis, the outcome.
  app.get("/api/sessions/:sessionId/record", async (req, res) => {
    const session = await hostSession(req, res);
    if (session) res.set("Cache-Control", "no-store").json(liveRecord(await store.read(session.id), scenario, session));
  });

  // The same as a spreadsheet: a row per delegation's choice on each vote; a byte-order mark for Excel.
  app.get("/api/sessions/:sessionId/record.csv", async (req, res) => {
    const session = await hostSession(req, res);
    if (!session) return;
    const logs = await store.read(session.id);
    res
      .set("Cache-Control", "no-store")
      .type("text/csv; charset=utf-8")
      .attachment(`brink-${session.joinCode}-record.csv`)
      .send(`\uFEFF${recordCsv(liveRecord(logs, scenario, session))}`);
  });

  // The same as a printed record (an OAS acta, a Security Council summary record) in the session's language,
  // or another with ?lang=es; a page with no script, and a policy that would run none.
  app.get("/api/sessions/:sessionId/record.html", async (req, res) => {
    const session = await hostSession(req, res);
    if (!session) return;
    const asked = String(req.query.lang ?? "");
    const language = asked === "en" || asked === "es" || asked === "pt" ? asked : session.settings.language;
    const page = recordHtml(liveRecord(await store.read(session.id), scenario, session), {
      scenario,
      language,
      joinCode: session.joinCode,
      createdAt: session.createdAt,
      printedAt: now(),
    });
    res
      .set("Cache-Control", "no-store")
      .set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'")
      .set("Content-Language", language)
      .type("text/html; charset=utf-8")
      .send(page);
  });

  // The chamber view at a moment of the session, for the debrief's replay: the table just after the N-th act of
  // a council's minutes, as every client saw it then.
  app.get("/api/sessions/:sessionId/replay/:chamber", async (req, res) => {
    const session = await hostSession(req, res);
    if (!session) return;
    const chamber = String(req.params.chamber);
    const minute = /^\d{1,6}$/.test(String(req.query.minute ?? "")) ? Number(req.query.minute) : null;
    if (minute === null) {
      res
        .status(400)
        .json(error(WIRE_ERRORS.invalid, "Name the moment: ?minute=N, the N-th act of the minutes from 0."));
      return;
    }
    const view =
      chamber === "oas" || chamber === "unsc"
        ? replayAt(await store.read(session.id), scenario, session, chamber, minute)
        : "none";
    if (view === "none") {
      res.status(404).json(error("replay/none", "This session has no minutes of that council to replay."));
      return;
    }
    if (view === "out_of_range") {
      res.status(404).json(error("replay/out_of_range", "The minutes of that council have no act of that number."));
      return;
    }
    res.set("Cache-Control", "no-store").json(view);
  });

  // The class's judgement of an objective the record cannot tell (an offer of ships): the host enters it.
  app.put("/api/sessions/:sessionId/judgements", async (req, res) => {
    const session = await hostSession(req, res);
    if (!session) return;
    const parsed = judgementRequest.safeParse(req.body);
    if (!parsed.success) {
      res
        .status(400)
        .json(
          error(
            WIRE_ERRORS.invalid,
            'Send JSON { chamber: "oas" | "unsc", delegation: "ARG", objective: 0, met: true | false | null }.',
          ),
        );
      return;
    }
    const { chamber, delegation, objective } = parsed.data;
    const card = session.settings.chambers.includes(chamber) ? roleCardFor(scenario, chamber, delegation) : undefined;
    const target = card?.secret.objectives[objective];
    if (!target) {
      res.status(404).json(error("judgement/unknown", "This session has no such seat, or its card no such objective."));
      return;
    }
    if (target.check) {
      res
        .status(409)
        .json(
          error(
            "judgement/told_by_record",
            "The record tells whether this objective was met; the class does not judge it.",
          ),
        );
      return;
    }
    await enterJudgement(store, session.id, parsed.data, now());
    res.status(204).end();
  });

  // The host deletes the session for good: its rooms close, then its events and players leave the store.
  app.delete("/api/sessions/:sessionId", async (req, res, next) => {
    const session = await hostSession(req, res);
    if (!session) return;
    try {
      for (const chamber of session.settings.chambers) {
        const roomId = roomIdFor(session.id, chamber);
        if (await liveListing(roomId)) await matchMaker.remoteRoomCall(roomId, "closeForDeletion");
      }
      await store.deleteSession(session.id);
      res.status(204).end();
    } catch (e) {
      next(e);
    }
  });

  app.use("/api", (_req, res) => {
    res.status(404).json(error("http/not_found", "There is no such API route."));
  });

  // Malformed JSON and anything thrown above: a typed body, never a stack trace.
  app.use("/api", (err: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = (err as { status?: number }).status;
    if (status === 400 || status === 413) {
      res.status(status).json(error(WIRE_ERRORS.invalid, "The request body is not valid JSON of a sensible size."));
      return;
    }
    if (err instanceof StorageError) {
      console.error(err.message);
      res.status(503).json(error(err.code, `${err.message} Nothing was changed; try again once it is fixed.`));
      return;
    }
    console.error(err);
    res.status(500).json(error(WIRE_ERRORS.internal, "Something went wrong on the server."));
  });

  serveWebApp(app, webDist);
}
