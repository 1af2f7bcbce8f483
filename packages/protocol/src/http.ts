import { z } from "zod";
import { normalizeJoinCode } from "./codes.ts";

/** `POST /api/sessions` → 201. The host key authenticates host actions; it is never shown to students. */
export const createdSession = z.object({
  sessionId: z.string(),
  joinCode: z.string(),
  hostKey: z.string(),
});
export type CreatedSession = z.infer<typeof createdSession>;

/**
 * `POST /api/sessions` body, every field optional (an empty body is a session with no fixed length):
 * `periodMinutes` fits the session to a class period of 45, 50 or 90 minutes (run sheet, speaking time,
 * bots slowed for a class); null plays at the table's own speed, as friends online would. `mode` is how
 * bots voice the empty seats: `historical` (the default: as in 1962) or `open` (they weigh what the table
 * does, drawn from `seed`, which the server picks when it is not given). `scenario` is `october-1962` (the
 * only one so far); `chambers` the councils the session runs: `["oas"]` (the default), `["unsc"]`, or both
 * side by side with two groups (`["oas", "unsc"]`); `language` the session's own language (`en`, `es` or `pt`) for what it writes for
 * everyone, such as its record; each screen still shows its reader's language.
 */
export const createSessionRequest = z
  .object({
    periodMinutes: z.union([z.literal(45), z.literal(50), z.literal(90), z.null()]).optional(),
    mode: z.enum(["historical", "open"]).optional(),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .optional(),
    scenario: z.literal("october-1962").optional(),
    chambers: z
      .array(z.enum(["oas", "unsc"]))
      .min(1)
      .max(2)
      .refine((list) => new Set(list).size === list.length, "each chamber once")
      .optional(),
    language: z.enum(["en", "es", "pt"]).optional(),
  })
  .strict();
export type CreateSessionRequest = z.infer<typeof createSessionRequest>;

/**
 * `POST /api/join` body: the code a student typed, and, in a session that runs both councils, which one to
 * join (the first the session lists when not given).
 */
export const joinRequest = z.object({
  joinCode: z.string().max(64).transform(normalizeJoinCode),
  chamber: z.enum(["oas", "unsc"]).optional(),
});

/** `POST /api/join` → 200: where to connect, and the councils the session runs, for a choice between them. */
export const joinTarget = z.object({
  sessionId: z.string(),
  roomName: z.string(),
  roomId: z.string(),
  /** `oas` or `unsc`: the council of this room. */
  chamber: z.enum(["oas", "unsc"]),
  /** Every council the session runs, in the order the host chose them. */
  chambers: z.array(z.enum(["oas", "unsc"])),
});
export type JoinTarget = z.infer<typeof joinTarget>;

/** Every HTTP error body. */
export const httpError = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
export type HttpError = z.infer<typeof httpError>;

/** `GET /api/info`: what a client needs to know about the server before joining. */
export const serverInfo = z.object({
  protocolVersion: z.number(),
  /** The server's addresses on the local network, e.g. `http://192.168.1.20:2567`: where students connect. */
  lanUrls: z.array(z.string()),
});
export type ServerInfo = z.infer<typeof serverInfo>;

/**
 * `PUT /api/sessions/:sessionId/judgements` body (host key): the class's judgement of an objective the record
 * cannot tell (one of a role card's objectives without a check), by its place on the card from 0: `met` true
 * or false, or null to take the judgement back. Answered 204; the record's `scores` then count it.
 */
export const judgementRequest = z
  .object({
    chamber: z.enum(["oas", "unsc"]),
    delegation: z.string().regex(/^[A-Z][A-Z-]{1,7}$/),
    objective: z.number().int().min(0).max(20),
    met: z.boolean().nullable(),
  })
  .strict();
export type JudgementRequest = z.infer<typeof judgementRequest>;

/**
 * `GET /api/sessions/:sessionId/replay/:chamber?minute=N` (host key): the council's table as everyone saw it
 * just after the N-th act of its minutes (from 0, in the record's `minutes` of that council) — the same state
 * the room synchronises to every client, folded from the log to that moment, with the lobby and the crisis
 * track as they stood then. Nobody's presence is replayed: every player reads as away.
 */
export interface ReplayView {
  readonly chamber: "oas" | "unsc";
  readonly minute: number;
  /** The acts in that council's minutes: the last moment is `minutes - 1`. */
  readonly minutes: number;
  /** When the act was recorded, in milliseconds since the epoch on the server's clock. */
  readonly at: number;
  /** The room's synchronised state at that moment, as JSON (the same shape `Room.state.toJSON()` gives). */
  readonly state: Record<string, unknown>;
}
