import { z } from "zod";

/**
 * The session record: what a session did, for the debrief, exports and the simulator. Part of the public
 * contract (`GET /api/sessions/:id/record`, `brink simulate`); fields are only ever added within a version.
 */
export const RECORD_FORMAT_VERSION = 1;

const chamber = z.enum(["oas", "unsc"]);
const choice = z.enum(["yes", "no", "abstain", "absent"]);
const tally = z.object({
  yes: z.number().int(),
  no: z.number().int(),
  abstain: z.number().int(),
  absent: z.number().int(),
});

export const recordVote = z.object({
  chamber,
  /** `convocation`, `paragraph-1` … `paragraph-4`, `whole`, `amendment-…`, `draft-…`, `motion-…`, `agenda`, `invitation`. */
  question: z.string(),
  result: z.enum(["adopted", "rejected"]),
  /** Adds up to every member entitled to vote on the question. */
  tally,
  /** Every entitled member's choice (Cuba is not among them in the OAS). */
  choices: z.record(z.string(), choice),
  /** For a motion's vote, its kind: `divide`, `closeDebate`, `suspend`, `adjourn`. */
  motion: z.string().optional(),
  /** Security Council: permanent members whose no was a veto. */
  vetoedBy: z.array(z.string()).optional(),
  /** Open history: why each bot voted as it did, for the debrief. */
  reasons: z.record(z.string(), z.array(z.string())).optional(),
  /** Beside it, what 1962 recorded on the same question: a tally, or "not recorded". */
  historical: z
    .object({ result: z.enum(["adopted", "rejected"]), tally: z.union([tally, z.literal("not recorded")]) })
    .optional(),
});
export type RecordVote = z.infer<typeof recordVote>;

/**
 * One entry of a council's minutes, in the order it happened: what the printed record (an OAS *acta*, a
 * Security Council summary record) reads from. `elapsed` is seconds since the council's first recorded act.
 */
export const minuteEntry = z.object({
  chamber,
  elapsed: z.number().int(),
  kind: z.enum([
    "opened",
    "phase",
    "speech",
    "statement",
    "motion",
    "motionWithdrawn",
    "pointOfOrder",
    "ruling",
    "amendment",
    "division",
    "vote",
    "explanation",
    "reservation",
    "voteChange",
    "suspended",
    "resumed",
    "objection",
    "agenda",
    "invitation",
    "draftTabled",
    "draftWithdrawn",
    "voteRequested",
    "adjournmentMoved",
    "meetingAdjourned",
    "closed",
  ]),
  /** Who acted: the speaker, the mover, the sponsor. */
  delegation: z.string().optional(),
  text: z.string().optional(),
  /** The question an entry is about: a vote's, an explanation's, a vote change's, a draft's, an amendment's own. */
  question: z.string().optional(),
  /** A phase's name, a motion's kind, a ruling (`upheld`/`overruled`), what an amendment amends, a council's outcome. */
  detail: z.string().optional(),
  /** A vote's place in `votes` (from 0). */
  vote: z.number().int().optional(),
  /** A vote changed for the record: from what, to what. */
  from: choice.optional(),
  to: choice.optional(),
  /** Security Council: the meeting an entry opens or adjourns, e.g. 1022. */
  meeting: z.number().int().optional(),
});
export type MinuteEntry = z.infer<typeof minuteEntry>;

export const sessionRecord = z.object({
  formatVersion: z.literal(RECORD_FORMAT_VERSION),
  sessionId: z.string(),
  scenario: z.string(),
  mode: z.enum(["historical", "open"]),
  seed: z.number().int(),
  chambers: z.array(chamber),
  votes: z.array(recordVote),
  drafts: z.array(z.object({ chamber, id: z.string(), sponsor: z.string(), votedOn: z.boolean(), status: z.string() })),
  voteChanges: z.array(z.object({ chamber, question: z.string(), delegation: z.string(), from: choice, to: choice })),
  reservations: z.array(z.object({ chamber, delegation: z.string(), text: z.string() })),
  speeches: z.array(z.object({ chamber, speaker: z.string(), text: z.string() })),
  chamberOutcomes: z.record(z.string(), z.string()),
  crisis: z.object({
    tension: z.number(),
    defcon: z.number().int(),
    legitimacy: z.string(),
    appeals: z.array(z.object({ id: z.string(), to: z.string(), terms: z.string(), reply: z.string().nullable() })),
    incidents: z.array(z.object({ text: z.string(), tension: z.number() })),
    agreed: z.record(z.string(), z.string()),
    /** Tension (0–100) over the week: its start, each change, and where it stands now; minutes since Kennedy's address. */
    tensionCurve: z.array(z.object({ minute: z.number(), tension: z.number() })).optional(),
    /** The same curve for the week of 1962 as the game plays it (the scenario's timeline and the capitals' answers). */
    tensionCurve1962: z.array(z.object({ minute: z.number(), tension: z.number() })).optional(),
    /**
     * What happened on the crisis track, in order, at the minute it happened: the quarantine's legal basis, an
     * incident, an appeal sent or answered, a ship's movement, US readiness, a term of the settlement agreed.
     */
    timeline: z
      .array(
        z.object({
          minute: z.number(),
          kind: z.enum(["legitimacy", "incident", "appealSent", "appealAnswered", "ship", "defcon", "termAgreed"]),
          /** An incident's text. */
          text: z.string().optional(),
          /** A capital: the appeal's addressee, the one that answered or agreed. */
          capital: z.string().optional(),
          /** The legitimacy, an appeal's terms, an answer, a ship's new status, a term. */
          detail: z.string().optional(),
          /** The ship's name, or null where the sources do not give it. */
          ship: z.string().nullable().optional(),
          level: z.number().int().optional(),
          /** Tension after it. */
          tension: z.number(),
        }),
      )
      .optional(),
  }),
  /**
   * What each seat did, in the council's order: speeches and their words, proposals (motions, amendments,
   * drafts, objections), corridor messages written, and who sat there (the head first; none for a bot).
   */
  contributions: z
    .array(
      z.object({
        chamber,
        delegation: z.string(),
        people: z.array(z.string()),
        speeches: z.number().int(),
        words: z.number().int(),
        proposals: z.number().int(),
        messages: z.number().int(),
        /** Seconds the seat held the floor, from the chair giving it to the floor passing on. */
        speakingSeconds: z.number().int().optional(),
        /**
         * Live sessions: each person who held the seat, with the speeches given (and their words) while they
         * held it, so that a seat that changed hands credits each student with their own part.
         */
        byPerson: z
          .array(z.object({ name: z.string(), speeches: z.number().int(), words: z.number().int() }))
          .optional(),
      }),
    )
    .optional(),
  /**
   * Each seat's objectives from its role card and whether the record shows them met: `met` is null while the
   * record cannot tell yet, and for an objective left to the class to judge (`judged`). `points` adds up the
   * objectives met, the class's judgements included; `measured` the points the record can tell. The outcome's
   * objective (no war) is on every card.
   */
  scores: z
    .array(
      z.object({
        chamber,
        delegation: z.string(),
        objectives: z.array(
          z.object({
            text: z.object({ en: z.string(), es: z.string().optional(), pt: z.string().optional() }),
            points: z.number().int(),
            met: z.boolean().nullable(),
            judged: z.boolean(),
            /** For an objective left to the class: whether the host has entered the class's judgement (`met`). */
            judgedByClass: z.boolean().optional(),
          }),
        ),
        points: z.number().int(),
        measured: z.number().int(),
      }),
    )
    .optional(),
  /** Each council's minutes, in order: speeches, motions, rulings, votes, explanations, reservations. */
  minutes: z.array(minuteEntry).optional(),
  /** The crisis's outcome, or, while the week still runs, what it would be if it stopped now (a standoff). */
  outcome: z.enum(["peace", "standoff", "war"]),
  /** Whether the crisis is over (an outcome reached, or 28 October closed); false while a live session runs. */
  ended: z.boolean().optional(),
});
export type SessionRecord = z.infer<typeof sessionRecord>;
