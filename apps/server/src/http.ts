import { existsSync } from "node:fs";
import { join } from "node:path";
import { type HttpError, type JoinTarget, joinRequest, ROOM_NAMES, WIRE_ERRORS } from "@brink/protocol";
import { matchMaker } from "@colyseus/core";
import express from "express";
import { roomIdFor } from "./rooms/CouncilRoom.ts";
import { createSession } from "./sessions.ts";
import type { Store } from "./store.ts";

export interface HttpOptions {
  readonly store: Store;
  readonly now: () => number;
  /** The built web app (`apps/web/dist`); when missing, `/` says how to build it. */
  readonly webDist: string;
}

const error = (code: string, message: string): HttpError => ({ error: { code, message } });

/** Rooms being created, so two students joining at once do not create the same room twice. */
const creating = new Map<string, Promise<void>>();

/** The live room of a session's OAS Council, created (and rebuilt from its log) when none is running. */
async function ensureOasRoom(sessionId: string): Promise<string> {
  const roomId = roomIdFor(sessionId, "oas");
  const [existing] = await matchMaker.query({ roomId });
  if (existing) return roomId;
  let pending = creating.get(roomId);
  if (!pending) {
    pending = matchMaker
      .createRoom(ROOM_NAMES.oas, { sessionId })
      .then(() => undefined)
      .finally(() => creating.delete(roomId));
    creating.set(roomId, pending);
  }
  await pending;
  return roomId;
}

export function configureHttp(app: express.Application, options: HttpOptions): void {
  const { store, now, webDist } = options;
  app.use("/api", express.json({ limit: "16kb" }));

  app.get("/healthz", (_req, res) => {
    res.json({ ok: true });
  });

  app.post("/api/sessions", (_req, res) => {
    res.status(201).json(createSession(store, now()));
  });

  app.post("/api/join", async (req, res, next) => {
    const parsed = joinRequest.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json(error(WIRE_ERRORS.invalid, "Send a JSON body with the join code: { joinCode }."));
      return;
    }
    const session = store.sessionByJoinCode(parsed.data.joinCode);
    if (!session) {
      res.status(404).json(error(WIRE_ERRORS.sessionNotFound, "No session has this join code."));
      return;
    }
    try {
      const roomId = await ensureOasRoom(session.id);
      const target: JoinTarget = { sessionId: session.id, roomName: ROOM_NAMES.oas, roomId };
      res.json(target);
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
    console.error(err);
    res.status(500).json(error(WIRE_ERRORS.internal, "Something went wrong on the server."));
  });

  if (existsSync(join(webDist, "index.html"))) {
    app.use(express.static(webDist, { index: "index.html", maxAge: "1h" }));
    // Client-side routes (/join/KX4PQ7, /host/…) all load the app.
    app.get(/^\/(?!api\/|matchmake\/).*/, (_req, res) => {
      res.sendFile(join(webDist, "index.html"));
    });
  } else {
    app.get("/", (_req, res) => {
      res
        .status(503)
        .type("text/plain")
        .send("The web app is not built. Run `npm start` (it builds it), or `pnpm run build` and restart.");
    });
  }
}
