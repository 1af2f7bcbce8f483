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
    /**
     * `member`; in the Security Council also `permanent` (its "no" is a veto), `invitee` (Cuba: speaks once
     * invited, does not vote) or `secretaryGeneral` (U Thant: statements, no vote).
     */
    standing: t.string(),
    /** The holding player's id, "" while a bot voices the seat. */
    holderId: t.string(),
    /** The holding player's display name, "" while empty. */
    holderName: t.string(),
    /** The player a bot keeps the seat for while their connection is lost, "" when it is not kept. */
    keptFor: t.string(),
    /** The name of the student the class list keeps this empty seat for until they come, e.g. "Lucía"; "" for none. */
    plannedFor: t.string(),
    /** The head's advisers, by player id, in the order they joined. */
    advisers: t.array("string"),
  },
  "Seat",
);
export type SeatState = SchemaType<typeof SeatState>;

/** A name on the host's class list and the place planned for it. */
export const RosterEntryState = schema(
  {
    name: t.string(),
    delegation: t.string(),
    adviser: t.boolean(),
    /** True once a student has joined under this name. */
    joined: t.boolean(),
    /** True while the planned seat waits for this student, who has not come: nobody else may take it. */
    held: t.boolean(),
    /** The delegation the student who joined under this name sits with now, e.g. `MEX`; "" for none. */
    at: t.string(),
  },
  "RosterEntry",
);
export type RosterEntryState = SchemaType<typeof RosterEntryState>;

/** A student back on a new device who says they are an earlier player of the same name; the host confirms. */
export const ClaimState = schema(
  {
    /** The new device's player, e.g. `p_Zk3…`. */
    from: t.string(),
    /** The earlier player they say they are. */
    into: t.string(),
  },
  "Claim",
);
export type ClaimState = SchemaType<typeof ClaimState>;

/** A person who has joined the table (observers and the projector are not listed). */
export const PlayerState = schema(
  {
    /** Server-issued, e.g. `p_Zk3…` */
    id: t.string(),
    /** e.g. "Lucía" */
    name: t.string(),
    /** False while their connection is lost and the seat is kept for them. */
    connected: t.boolean(),
    /** True while the host has muted them: they may vote, not speak, move or write. */
    muted: t.boolean(),
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
    /** The permanent members whose "no" defeated a substantive question in the Security Council. */
    vetoedBy: t.array("string"),
  },
  "Vote",
);
export type VoteState = SchemaType<typeof VoteState>;

/** An entry of the minutes: a speech, a motion moved, a point of order, an explanation, a reservation. */
export const EntryState = schema(
  {
    /** `speech`, `motion`, `pointOfOrder`, `explanation`, `reservation` or `voteChange`. */
    kind: t.string(),
    /** e.g. `USA` */
    delegation: t.string(),
    /** What the delegation said, at most 4,000 characters (the engine's limit); "" for a motion or a change. */
    text: t.string(),
    /** A motion's kind (`divide`), or the question explained or changed (`paragraph-2`); "" otherwise. */
    subject: t.string(),
    /** A point of order's id (`p4`), to rule on it; "" otherwise. */
    id: t.string(),
    /** A point of order's ruling (`upheld`, `overruled`, "" while pending), or a changed vote's new choice. */
    detail: t.string(),
  },
  "Entry",
);
export type EntryState = SchemaType<typeof EntryState>;

/** An operative paragraph of the draft resolution, as it stands. */
export const ParagraphState = schema(
  {
    number: t.uint8(),
    /** The text with any adopted amendment applied. */
    text: t.string(),
    /** `pending`, `adopted` or `rejected`. */
    status: t.string(),
  },
  "Paragraph",
);
export type ParagraphState = SchemaType<typeof ParagraphState>;

/** A proposed change to one paragraph (OAS), or a paragraph to add to a draft (Security Council). */
export const AmendmentState = schema(
  {
    /** e.g. `a5`, voted as `amendment-a5` (OAS); `amendment-u3` in the Security Council. */
    id: t.string(),
    /** The OAS paragraph it changes; 0 in the Security Council. */
    paragraph: t.uint8(),
    /** The Security Council draft it adds to, e.g. `draft-usa`; "" in the OAS. */
    draft: t.string(),
    sponsor: t.string(),
    /** The paragraph's text if adopted. */
    text: t.string(),
    /** `pending`, `adopted`, `rejected` or `withdrawn`. */
    status: t.string(),
  },
  "Amendment",
);
export type AmendmentState = SchemaType<typeof AmendmentState>;

/** A draft resolution tabled in the Security Council. */
export const DraftState = schema(
  {
    /** e.g. `draft-usa`: the question that decides it has the same id. */
    id: t.string(),
    sponsor: t.string(),
    /** Its operative paragraphs, with adopted amendments appended. */
    paragraphs: t.array("string"),
    /** `tabled`, `withdrawn`, `adopted` or `rejected`. */
    status: t.string(),
    /** True once its sponsor has asked for a vote: the President must put it. */
    voteRequested: t.boolean(),
  },
  "Draft",
);
export type DraftState = SchemaType<typeof DraftState>;

/** A procedural motion moved and not yet put to the vote. */
export const MotionState = schema(
  {
    /** e.g. `m3`; voted as `motion-m3`. */
    id: t.string(),
    /** `suspend`, `adjourn`, `closeDebate` or `divide`. */
    kind: t.string(),
    mover: t.string(),
  },
  "Motion",
);
export type MotionState = SchemaType<typeof MotionState>;

/** A Soviet ship bound for Cuba, as the crisis track moves it. */
export const ShipState = schema(
  {
    id: t.string(),
    /** As the sources name it; "" where they do not. */
    name: t.string(),
    /** Nautical miles to the quarantine line. */
    distanceNm: t.uint16(),
    /** `approaching`, `holding`, `turnedBack`, `atLine`, `boarded` or `passed`. */
    status: t.string(),
  },
  "Ship",
);
export type ShipState = SchemaType<typeof ShipState>;

/** One of U Thant's appeals to a capital, and its answer. */
export const AppealState = schema(
  {
    /** e.g. `appeal-2` */
    id: t.string(),
    /** `WAS`, `MOS` or `HAV`. */
    to: t.string(),
    /** e.g. `suspendShipmentsAndQuarantine`, or `own` for a text of his own. */
    terms: t.string(),
    text: t.string(),
    /** Game minute it was sent (minutes since 22 October 1962, 19:00 EDT). */
    sentAt: t.uint16(),
    /** The ideas of 1962 it puts: `nonAggression` (Dorticós), `verificationAtSea` (Castro). */
    proposals: t.array("string"),
    /** `accepted`, `declined`, `conditional`, or "" while unanswered. */
    reply: t.string(),
    repliedAt: t.uint16(),
  },
  "Appeal",
);
export type AppealState = SchemaType<typeof AppealState>;

/** A happening that moved tension: from the timeline, the Security Council, or play. */
export const IncidentState = schema(
  {
    text: t.string(),
    tension: t.int8(),
    minute: t.uint16(),
  },
  "Incident",
);
export type IncidentState = SchemaType<typeof IncidentState>;

/** An operative paragraph of the OAS resolution as transmitted to the Security Council, with its fate. */
export const TransmittedParagraphState = schema({ text: t.string(), status: t.string() }, "TransmittedParagraph");
export type TransmittedParagraphState = SchemaType<typeof TransmittedParagraphState>;

/** The session's crisis track, the same in both councils (GAME.md §5). */
export const CrisisTrackState = schema(
  {
    /** Game minutes since Kennedy's address, 22 October 1962, 19:00 EDT. */
    minute: t.uint16(),
    /** When the quarantine comes into force, and when the track ends, in game minutes. */
    quarantineAt: t.uint16(),
    endAt: t.uint16(),
    /** US readiness, 5 to 1. */
    defcon: t.uint8(),
    /** `pending`, `multilateral` (the OAS adopted the resolution) or `unilateral`. */
    legitimacy: t.string(),
    /** 0 (calm) to 100 (war). */
    tension: t.uint8(),
    /** `peace`, `standoff`, `war`, or "" while the crisis goes on. */
    outcome: t.string(),
    ships: t.array(ShipState),
    appeals: t.array(AppealState),
    incidents: t.array(IncidentState),
    /** The terms of the settlement agreed so far: `withdrawal`, `noInvasionPledge`, `verification`. */
    agreed: t.array("string"),
    /** The OAS resolution as sent to the Security Council: `adopted`, `rejected`, or "" before the vote. */
    oasResolution: t.string(),
    oasParagraphs: t.array(TransmittedParagraphState),
  },
  "CrisisTrack",
);
export type CrisisTrackState = SchemaType<typeof CrisisTrackState>;

/** The public state of a council room: what the projector and every seat may see. */
export const CouncilState = schema(
  {
    /** `oas` or `unsc`. */
    chamber: t.string(),
    /** The code students type to join, e.g. `KX4PQ7`; shown large on the projector. */
    joinCode: t.string(),
    /** `lobby` until the host starts the session, then the chamber's phase, e.g. `convocationDebate`. */
    phase: t.string(),
    /** The agenda item the chair's "next" would open, e.g. `convocationVote`; "" when the chair cannot move on. */
    nextPhase: t.string(),
    /** The events of the crisis the host has announced to the table, by the scenario's id, oldest first. */
    bulletins: t.array("string"),
    /** The questions still to be voted that a seat may ask another to vote on in the corridors, e.g. `paragraph-2`. */
    askable: t.array("string"),
    /** The engine state's version: one more per accepted command. */
    version: t.uint32(),
    /** Every seat in the scenario's order. */
    seats: t.array(SeatState),
    /** Players by id. */
    players: t.map(PlayerState),
    /** The host's class list, in the order typed; empty without one. */
    roster: t.array(RosterEntryState),
    /** Claims waiting for the host's confirmation, oldest first. */
    claims: t.array(ClaimState),
    /** The presiding delegation, e.g. `COL`. */
    chair: t.string(),
    /** The class period the session is planned for, in minutes; 0 for no fixed length. */
    periodMinutes: t.uint8(),
    /** How bots voice the empty seats: `historical` (as in 1962) or `open` (weighing the table). */
    mode: t.string(),
    /** The session's own language (`en`, `es`, `pt`): the record's; each screen shows its reader's. */
    language: t.string(),
    /** Whether bots voice the empty seats (the host may turn them off: then empty seats are absent). */
    bots: t.boolean(),
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
    /** When the speaker now on the floor was given it, in server milliseconds; 0 when nobody has it. */
    floorSince: t.float64(),
    /** Seconds each speech may last; 0 for no limit. */
    timeLimit: t.uint16(),
    /** Seconds the speaker now on the floor has in all (a reply has half the limit); 0 for no limit. */
    floorSeconds: t.uint16(),
    /** Motions moved and waiting for the chair to put them, in the order moved. */
    motions: t.array(MotionState),
    /** The kind of the motion being voted on now, e.g. `divide`; "" when none is. */
    motionKind: t.string(),
    /** True while the meeting stands suspended; only the chair resumes it. */
    suspended: t.boolean(),
    /** True while the host has paused the whole table: nobody but the host acts, bots wait. */
    paused: t.boolean(),
    /** The draft resolution's operative paragraphs. */
    paragraphs: t.array(ParagraphState),
    /** Amendments proposed to the draft, in the order proposed. */
    amendments: t.array(AmendmentState),
    /** True once the question is divided: each paragraph is voted on its own. */
    divided: t.boolean(),
    /** The vote on the resolution as a whole: `pending`, `adopted` or `rejected`. */
    whole: t.string(),
    /** The minutes: speeches, motions, points of order, explanations, reservations, in order. */
    minutes: t.array(EntryState),
    /** Security Council: the meeting in progress or next convened (1022–1025); 0 in the OAS. */
    meeting: t.uint16(),
    /** Security Council: true once the Council has invited Cuba to take part without a vote. */
    invited: t.boolean(),
    /** Security Council: the members objecting to adopting the agenda or the invitation without a vote. */
    objections: t.array("string"),
    /** Security Council: the drafts tabled, in order. */
    drafts: t.array(DraftState),
    /** The session's crisis track, shared by its councils. */
    crisis: t.ref(CrisisTrackState),
  },
  "CouncilState",
);
export type CouncilState = SchemaType<typeof CouncilState>;
