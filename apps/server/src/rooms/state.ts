import { type SchemaType, schema, t } from "@colyseus/schema";

/** One chair at the table, as every client sees it. */
export const SeatState = schema(
  {
    /** e.g. `BRA` */
    delegation: t.string(),
    /** The delegation's name in each interface language, e.g. "Brazil" / "Brasil" / "Brasil". */
    nameEn: t.string(),
    nameEs: t.string(),
    namePt: t.string(),
    /** True for a delegation barred from taking part (Cuba in the OAS). */
    excluded: t.boolean(),
    /** The holding player's id, "" while a bot voices the seat. */
    holderId: t.string(),
    /** The holding player's display name, "" while empty. */
    holderName: t.string(),
  },
  "Seat",
);
export type SeatState = SchemaType<typeof SeatState>;

/** A person who has joined the table (observers and the projector are not listed). */
export const PlayerState = schema(
  {
    /** Server-issued, e.g. `p_Zk3…` */
    id: t.string(),
    /** e.g. "Lucía" */
    name: t.string(),
    /** False while their connection is lost and the seat is kept for them. */
    connected: t.boolean(),
  },
  "Player",
);
export type PlayerState = SchemaType<typeof PlayerState>;

/** A closed vote of the chamber, as the tally board shows it. */
export const VoteState = schema(
  {
    /** e.g. `paragraph-2` */
    question: t.string(),
    /** `adopted` or `rejected` */
    result: t.string(),
    yes: t.uint8(),
    no: t.uint8(),
    abstain: t.uint8(),
    absent: t.uint8(),
  },
  "Vote",
);
export type VoteState = SchemaType<typeof VoteState>;

/** A speech made from the floor, as the projector shows it. */
export const SpeechState = schema(
  {
    /** e.g. `USA` */
    delegation: t.string(),
    /** What the delegation said, at most 4,000 characters (the engine's limit). */
    text: t.string(),
  },
  "Speech",
);
export type SpeechState = SchemaType<typeof SpeechState>;

/** The public state of a council room: what the projector and every seat may see. */
export const CouncilState = schema(
  {
    /** `oas` or `unsc`. */
    chamber: t.string(),
    /** The code students type to join, e.g. `KX4PQ7`; shown large on the projector. */
    joinCode: t.string(),
    /** `lobby` until the host starts the session, then the chamber's phase, e.g. `convocationDebate`. */
    phase: t.string(),
    /** The engine state's version: one more per accepted command. */
    version: t.uint32(),
    /** Every seat in the scenario's order. */
    seats: t.array(SeatState),
    /** Players by id. */
    players: t.map(PlayerState),
    /** Whether the host (teacher) is connected. */
    hostConnected: t.boolean(),
    /** Once closed, how: e.g. `resolutionAdopted`; "" before. */
    outcome: t.string(),
    /** The delegation that has the floor, "" when nobody does. */
    floor: t.string(),
    /** The speakers' list, in order. */
    queue: t.array("string"),
    /** The question of the open roll call, e.g. `convocation`; "" when none is open. */
    question: t.string(),
    /** Yes votes the open question needs to pass (11 of 20 to convoke, 14 of 21 in the Organ); 0 when none is open. */
    needed: t.uint8(),
    /** The delegation the roll call has reached. */
    called: t.string(),
    /** Answers so far in the open roll call, by delegation. */
    choices: t.map("string"),
    /** Every closed vote, in order. */
    votes: t.array(VoteState),
    /** Every speech made, in order. */
    speeches: t.array(SpeechState),
  },
  "CouncilState",
);
export type CouncilState = SchemaType<typeof CouncilState>;
