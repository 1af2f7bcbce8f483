/** Bumped on any change a client must know of; a client of another version is refused on join. */
export const PROTOCOL_VERSION = 2;

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
  /** The server cannot save (its disk is full, its data file read-only): nothing was changed. */
  storageUnavailable: "storage/unavailable",
  /** A council's room is already open (in this process or another): it is joined, not made again. */
  roomOpen: "room/already_open",
  /** The council's table is being handed to another server process (a deploy): the page comes back to it. */
  roomClosing: "room/closing",
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

/**
 * Every command name an `allowed` message may carry, in a fixed order: the OAS Council's, the Security
 * Council's not already named, then the host's. Only ever appended to (with PROTOCOL_VERSION raised); a test
 * holds it to the councils' command schemas.
 */
export const ALLOWED_COMMANDS: readonly string[] = [
  "advance",
  "giveFloor",
  "endSpeech",
  "setTimeLimit",
  "putMotion",
  "rulePointOfOrder",
  "recordAbsent",
  "closeVote",
  "resume",
  "extendSpeech",
  "closeSession",
  "reopenDebate",
  "requestFloor",
  "withdrawRequest",
  "requestReply",
  "yieldFloor",
  "speak",
  "move",
  "withdrawMotion",
  "raisePointOfOrder",
  "proposeAmendment",
  "vote",
  "explainVote",
  "enterReservation",
  "changeVote",
  "proceed",
  "putDraft",
  "adjournMeeting",
  "suspendMeeting",
  "resumeMeeting",
  "convene",
  "object",
  "makeStatement",
  "tableDraft",
  "withdrawDraft",
  "requestVote",
  "moveAdjournment",
  "startSession",
  "pauseSession",
  "resumeSession",
];
/** Every motion an `allowed` message may carry, in a fixed order. */
export const ALLOWED_MOTIONS: readonly string[] = ["suspend", "adjourn", "closeDebate", "divide"];
// A bit per name in a double's 53 exact bits.
if (ALLOWED_COMMANDS.length > 53) throw new Error("too many commands for the allowed message's bits");

/**
 * `allowed` as it travels: a bit per name of `ALLOWED_COMMANDS` and of `ALLOWED_MOTIONS`. A seat hears it
 * after most acts at the table (a roll call's every vote tells two seats); as names it was some 170 bytes,
 * as bits it is about 15.
 */
export interface AllowedWire {
  c: number;
  m: number;
}

const toBits = (names: readonly string[], order: readonly string[]): number =>
  names.reduce((bits, name) => {
    const i = order.indexOf(name);
    if (i < 0) throw new Error(`"${name}" is not a name the allowed message carries`);
    return bits + 2 ** i;
  }, 0);
const fromBits = (bits: number, order: readonly string[]): string[] =>
  order.filter((_, i) => Math.floor(bits / 2 ** i) % 2 === 1);

export const packAllowed = (allowed: AllowedMessage): AllowedWire => ({
  c: toBits([...new Set(allowed.commands)], ALLOWED_COMMANDS),
  m: toBits([...new Set(allowed.motions)], ALLOWED_MOTIONS),
});

export const unpackAllowed = (wire: AllowedWire): AllowedMessage => ({
  commands: fromBits(wire.c, ALLOWED_COMMANDS),
  motions: fromBits(wire.m, ALLOWED_MOTIONS),
});
