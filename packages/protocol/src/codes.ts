/** Bumped on any change a client must know of; a client of another version is refused on join. */
export const PROTOCOL_VERSION = 1;

/** Colyseus room names: part of the public contract. */
export const ROOM_NAMES = { oas: "oas_council", unsc: "security_council" } as const;
export type RoomName = (typeof ROOM_NAMES)[keyof typeof ROOM_NAMES];

/**
 * Join codes: 6 characters from an alphabet without look-alikes (no I, L, O, 0 or 1), so a code read
 * off a projector is typed right the first time. 31^6 ≈ 887 million codes.
 */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

/** A code as people type it ("abc-234", " ABC 234 ") in its canonical form ("ABC234"). */
export const normalizeJoinCode = (raw: string): string => raw.toUpperCase().replace(/[\s-]/g, "");

export const isJoinCode = (code: string): boolean =>
  code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));

/** WebSocket close codes Brink sends (application codes, 4000–4999). */
export const CLOSE_CODES = {
  /** The host deleted the session: its record is gone, and there is nothing to come back to. */
  sessionDeleted: 4410,
} as const;

/** Errors of the wire itself; rule rejections carry the engine's codes (`seat/taken`, …). */
export const WIRE_ERRORS = {
  invalid: "message/invalid",
  unknown: "message/unknown",
  rateLimited: "message/rate_limited",
  versionMismatch: "protocol/version_mismatch",
  sessionNotFound: "session/not_found",
  hostKeyInvalid: "host/key_invalid",
  internal: "server/internal",
  hostOnly: "host/only",
  notStarted: "session/not_started",
  alreadyStarted: "session/already_started",
  paused: "session/paused",
  notPaused: "session/not_paused",
} as const;

/** Sent to one client only, on connect and whenever it changes: who this connection is. */
export interface YouMessage {
  /** `host`, `player` (has joined the table) or `observer` (projector, spectator). */
  role: "host" | "player" | "observer";
  /** Set once the connection has joined the table. */
  playerId: string | null;
  sessionId: string;
  /** Sent once, when the player joins the table: keep it to come back as the same player. */
  resumeKey?: string;
  /** The server's clock when it sent this, in milliseconds since the epoch: timers on screen count from it. */
  serverTime: number;
}

/**
 * Sent to one client only, whenever it changes: the commands of the chamber's procedure the server would
 * accept from this connection now (its seat's, or the chair's powers for the host and the chair). The page
 * offers these and no others; the server still decides each one when it comes.
 */
export interface AllowedMessage {
  /** e.g. `["requestFloor", "move", "raisePointOfOrder"]`; `startSession` for the host before the start. */
  commands: string[];
  /** The motions this seat may move now, e.g. `["suspend", "divide"]`; empty when it may move none. */
  motions: string[];
}

/** Text in the interface's languages; English always, Spanish and Portuguese where written. */
export interface ProseText {
  en: string;
  es?: string | undefined;
  pt?: string | undefined;
}

/**
 * Sent to one client only, whenever the seat it holds changes: the secret side of that seat's role card,
 * which no other client ever receives. `delegation` is null when the connection holds no seat.
 */
export interface CardMessage {
  delegation: string | null;
  /** What the seat plays for, with the points each is worth at the debrief. */
  objectives: { text: ProseText; points: number }[];
  /** What the seat's government does not allow, from the record. */
  constraints: { text: ProseText }[];
}

/** A corridor message as its readers receive it. */
export interface CorridorMessageWire {
  /** e.g. `c12` */
  id: string;
  from: string;
  to: string;
  text: string;
  /** Server milliseconds since the epoch. */
  at: number;
  /** A request for a vote on `question`, and the asker's own vote offered in return, if any. */
  ask?: { question: string; choice: AskedChoice; offer?: { question: string; choice: AskedChoice } };
  /** A bot's answer to the request of message `message`, and why (see the engine's `AskReason`). */
  reply?: { message: string; answer: "agreed" | "declined"; reason: string };
}

export type AskedChoice = "yes" | "no" | "abstain";

/**
 * Sent to the readers of corridor messages only (the two seats, and the host): a new message, or, when the
 * seat a connection holds changes (and on joining), every message that seat may read (`replace`).
 */
export interface CorridorUpdate {
  messages: CorridorMessageWire[];
  replace: boolean;
}

/** Server→client message types. */
export const SERVER_MESSAGES = {
  you: "you",
  error: "error",
  allowed: "allowed",
  card: "card",
  corridor: "corridor",
} as const;
