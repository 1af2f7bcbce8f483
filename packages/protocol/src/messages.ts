import { z } from "zod";

/** Options a client passes when it connects to a room. Without a host key it joins as an observer. */
export const roomJoinOptions = z
  .object({
    protocolVersion: z.number().int(),
    hostKey: z.string().max(200).optional(),
    /** Given once on joining the table; presented again it restores the same player and seat. */
    resumeKey: z.string().max(200).optional(),
  })
  .strict();
export type RoomJoinOptions = z.infer<typeof roomJoinOptions>;

// Lengths here only bound what the server will read; the rules (a name of at most 40 characters)
// live in the engine and answer with their own clear rejection.
const delegation = z.string().regex(/^[A-Z]{2,4}$/, "a delegation id such as BRA");

const text = z.string().max(10_000);
/** A question of a council, e.g. `paragraph-2`, `amendment-a1`, `draft-usa`. */
const question = z.string().regex(/^[a-z0-9-]{1,40}$/, "a question id such as paragraph-2");
const askedChoice = z.enum(["yes", "no", "abstain"]);
const playerId = z.string().min(1).max(40);
const choice = z.enum(["yes", "no", "abstain"]);

/**
 * A command of the OAS Council's procedure, as a seat (or the host, for the chair's powers) sends it. The
 * shapes are checked here; whether it is allowed now is the engine's to decide.
 */
export const oasCommand = z.discriminatedUnion("type", [
  z.object({ type: z.literal("advance") }).strict(),
  z.object({ type: z.literal("giveFloor") }).strict(),
  z.object({ type: z.literal("endSpeech") }).strict(),
  z.object({ type: z.literal("setTimeLimit"), seconds: z.number().int().nullable() }).strict(),
  z.object({ type: z.literal("putMotion") }).strict(),
  z.object({ type: z.literal("rulePointOfOrder"), id: z.string().max(20), upheld: z.boolean() }).strict(),
  z.object({ type: z.literal("recordAbsent") }).strict(),
  z.object({ type: z.literal("closeVote") }).strict(),
  z.object({ type: z.literal("resume") }).strict(),
  z.object({ type: z.literal("extendSpeech"), seconds: z.number().int() }).strict(),
  z.object({ type: z.literal("closeSession") }).strict(),
  z.object({ type: z.literal("reopenDebate") }).strict(),
  z.object({ type: z.literal("requestFloor") }).strict(),
  z.object({ type: z.literal("withdrawRequest") }).strict(),
  z.object({ type: z.literal("requestReply") }).strict(),
  z.object({ type: z.literal("yieldFloor") }).strict(),
  z
    .object({
      type: z.literal("speak"),
      text,
      themes: z
        .array(z.enum(["security", "legality", "sovereignty", "nonIntervention"]))
        .max(4)
        .optional(),
    })
    .strict(),
  z.object({ type: z.literal("move"), kind: z.enum(["suspend", "adjourn", "closeDebate", "divide"]) }).strict(),
  z.object({ type: z.literal("withdrawMotion"), id: z.string().max(20) }).strict(),
  z.object({ type: z.literal("raisePointOfOrder"), text }).strict(),
  z
    .object({
      type: z.literal("proposeAmendment"),
      paragraph: z.number().int(),
      text,
      addresses: z.literal("armedForce").optional(),
    })
    .strict(),
  z.object({ type: z.literal("vote"), choice }).strict(),
  z.object({ type: z.literal("explainVote"), question: z.string().max(40), text }).strict(),
  z.object({ type: z.literal("enterReservation"), text }).strict(),
  z.object({ type: z.literal("changeVote"), question: z.string().max(40), choice }).strict(),
]);

const draftId = z.string().max(40);

/**
 * A command of the Security Council's procedure, as a seat (or the host, for the President's powers) sends it.
 * The shapes are checked here; whether it is allowed now is the engine's to decide.
 */
export const unscCommand = z.discriminatedUnion("type", [
  z.object({ type: z.literal("proceed") }).strict(),
  z.object({ type: z.literal("giveFloor") }).strict(),
  z.object({ type: z.literal("endSpeech") }).strict(),
  z.object({ type: z.literal("setTimeLimit"), seconds: z.number().int().nullable() }).strict(),
  z.object({ type: z.literal("putDraft"), draft: draftId }).strict(),
  z.object({ type: z.literal("putMotion") }).strict(),
  z.object({ type: z.literal("recordAbsent") }).strict(),
  z.object({ type: z.literal("closeVote") }).strict(),
  z.object({ type: z.literal("adjournMeeting") }).strict(),
  z.object({ type: z.literal("suspendMeeting") }).strict(),
  z.object({ type: z.literal("resumeMeeting") }).strict(),
  z.object({ type: z.literal("convene") }).strict(),
  z.object({ type: z.literal("object") }).strict(),
  z.object({ type: z.literal("requestFloor") }).strict(),
  z.object({ type: z.literal("withdrawRequest") }).strict(),
  z.object({ type: z.literal("requestReply") }).strict(),
  z.object({ type: z.literal("yieldFloor") }).strict(),
  z.object({ type: z.literal("speak"), text }).strict(),
  z.object({ type: z.literal("makeStatement"), text }).strict(),
  z.object({ type: z.literal("tableDraft"), paragraphs: z.array(text).max(20) }).strict(),
  z.object({ type: z.literal("withdrawDraft"), draft: draftId }).strict(),
  z.object({ type: z.literal("proposeAmendment"), draft: draftId, text }).strict(),
  z.object({ type: z.literal("requestVote"), draft: draftId }).strict(),
  z.object({ type: z.literal("moveAdjournment") }).strict(),
  z.object({ type: z.literal("vote"), choice }).strict(),
]);

/** Every client→server request, by type. Each is sent with `room.request(type, payload)`. */
export const clientRequests = {
  joinTable: z.object({ name: z.string().max(10_000) }).strict(),
  leaveTable: z.object({}).strict(),
  claimSeat: z.object({ delegation }).strict(),
  releaseSeat: z.object({}).strict(),
  /** Join, as an adviser, the team of a seat someone holds: read its card and corridors, suggest, not vote. */
  joinTeam: z.object({ delegation }).strict(),
  /** The head of a delegation gives its voice and vote to one of their advisers, and becomes an adviser. */
  handOver: z.object({ player: playerId }).strict(),
  /** The host seats a player (swapping with whoever holds the seat), unseats one, or removes one from the table. */
  assignSeat: z.object({ player: playerId, delegation }).strict(),
  /** The host puts a player in the team of a seat someone holds. */
  assignAdviser: z.object({ player: playerId, delegation }).strict(),
  unseatPlayer: z.object({ player: playerId }).strict(),
  removePlayer: z.object({ player: playerId }).strict(),
  /** The host seats every player without a seat in the free seats, at random. */
  seatEveryone: z.object({}).strict(),
  /**
   * The host's class list: one entry per student, with the delegation planned for them or none (a free seat is
   * drawn; once the seats run out, a team). Students who join under a listed name take their place.
   */
  planRoster: z
    .object({
      entries: z.array(z.object({ name: z.string().max(200), delegation: delegation.optional() }).strict()).max(100),
    })
    .strict(),
  /**
   * The host frees the seat planned on the class list for a student who has not come (one delegation's, or
   * all of them): anyone may then take it. The start of the session frees them all.
   */
  freePlanned: z.object({ delegation: delegation.optional() }).strict(),
  /**
   * A student back on a new device (a closed tab) says they are the earlier player of their name, who is
   * offline: the host confirms (`settleClaim`) before that player's seat is theirs again.
   */
  claimPlace: z.object({ into: playerId }).strict(),
  /** The host settles such a claim: the new player takes the earlier one's place, or not. */
  settleClaim: z.object({ from: playerId, accept: z.boolean() }).strict(),
  /** The host's own: the new player `from` is the earlier player `into` of the same name, back on a new device. */
  returnPlayer: z.object({ from: playerId, into: playerId }).strict(),
  /** The host mutes a player (they may still vote) or lets them speak again. */
  mutePlayer: z.object({ player: playerId, muted: z.boolean() }).strict(),
  /** The host lets bots voice the empty seats, or not: without them, an empty seat is absent and the host chairs. */
  setBots: z.object({ on: z.boolean() }).strict(),
  /**
   * U Thant (the seat `SG` of the Security Council, or the host for him) appeals to a capital: Washington,
   * Moscow or Havana, on terms of 1962 or his own (`own`); the capital answers a day later on the crisis clock.
   */
  sendAppeal: z
    .object({
      to: z.enum(["WAS", "MOS", "HAV"]),
      terms: z.enum([
        "suspendShipmentsAndQuarantine",
        "shipsStayAway",
        "avoidConfrontation",
        "suspendConstruction",
        "own",
      ]),
      text,
      /** Ideas of 1962 the appeal puts: Dorticós's non-aggression, Castro's verification at sea. */
      proposals: z
        .array(z.enum(["nonAggression", "verificationAtSea"]))
        .max(2)
        .optional(),
    })
    .strict(),
  /** The host brings news of the crisis to the table: an event of the scenario's timeline, by id. */
  injectEvent: z.object({ event: z.string().max(40) }).strict(),
  /** The host opens the session: the chamber's procedure begins, bots voicing every empty seat. */
  startSession: z.object({}).strict(),
  /** The host stops the whole table: bots and the chair's timers wait, delegates cannot act, until resumed. */
  pauseSession: z.object({}).strict(),
  resumeSession: z.object({}).strict(),
  /**
   * A corridor message from this seat to another, read by the two seats' teams and the host, no one else;
   * to its own seat, a note within the team (advisers' suggestions to their head).
   */
  sendMessage: z
    .object({
      to: delegation,
      text,
      /**
       * A request for a vote on a question still open (`askable` in the state), and, if any, the asker's own
       * vote on another question offered in return. A bot in that seat answers at once; a person, as they wish.
       */
      ask: z
        .object({
          question,
          choice: askedChoice,
          offer: z.object({ question, choice: askedChoice }).strict().optional(),
        })
        .strict()
        .optional(),
    })
    .strict(),
  /**
   * A seat's (or the host's) command in the chamber's procedure: the OAS Council's in `oas_council`, the
   * Security Council's in `security_council`; each room checks the shape against its own.
   */
  act: z.object({ command: z.union([oasCommand, unscCommand]) }).strict(),
} as const;
export type ClientRequestType = keyof typeof clientRequests;
export type ClientRequest<T extends ClientRequestType> = z.infer<(typeof clientRequests)[T]>;

/** The answer to every request: accepted at a state version, or refused with a code and a sentence. */
export type RequestReply = { ok: true; version: number } | { ok: false; code: string; message: string };
