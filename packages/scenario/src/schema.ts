import { z } from "zod";

/** A name or label in every language of the interface. */
export const localized = z.object({ en: z.string().min(1), es: z.string().min(1), pt: z.string().min(1) }).strict();
export type Localized = z.infer<typeof localized>;

/** Longer prose: English first; Spanish and Portuguese are added per field as they are written. */
export const prose = z
  .object({ en: z.string().min(1), es: z.string().min(1).optional(), pt: z.string().min(1).optional() })
  .strict();
export type Prose = z.infer<typeof prose>;

/** Where a fact comes from: a web address, or a section of the project's facts file. */
const source = z.string().regex(/^(https?:\/\/\S+|shared\/history\/\S+.*)$/, "a web address or a shared/history path");
const sources = z.array(source).min(1, "every fact names at least one source");

/** `BRA`, `USSR`, `SG`, `OAS-SG`, `WAS`: ISO 3166 alpha-3 for states, short names for the rest. */
const actorId = z.string().regex(/^[A-Z][A-Z-]{1,7}$/, "an id such as BRA, USSR, SG or WAS");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");
const choice = z.enum(["yes", "no", "abstain", "absent"]);

/** Who sits in a chamber for a delegation; null when the sources do not name them (the office is shown). */
const seat = z
  .object({ representative: z.string().min(1).nullable(), note: z.string().min(1).optional(), sources })
  .strict();

export const delegation = z
  .object({
    id: actorId,
    name: localized,
    /** A state, an office (the two Secretaries-General) or a capital (an actor of the crisis). */
    kind: z.enum(["state", "office", "capital"]),
    seats: z.object({ oas: seat.optional(), unsc: seat.optional(), crisis: seat.optional() }).strict(),
  })
  .strict();
export type Delegation = z.infer<typeof delegation>;

const oasCouncil = z
  .object({
    date: isoDate,
    /** Every member, in the order of the roll call. */
    members: z.array(actorId).min(1),
    /** Members present but barred from taking part. */
    excluded: z.array(actorId),
    chair: actorId,
    requester: actorId,
    paragraphs: z.array(z.object({ text: prose, note: z.string().optional(), sources }).strict()).min(1),
  })
  .strict();

const securityCouncil = z
  .object({
    dates: z.array(isoDate).min(1),
    members: z.array(actorId).min(1),
    permanent: z.array(actorId),
    president: actorId,
    invitee: actorId,
    firstMeeting: z.number().int().positive(),
    lastMeeting: z.number().int().positive(),
    drafts: z.array(
      z.object({ sponsor: actorId, paragraphs: z.array(prose).min(1), note: z.string().optional(), sources }).strict(),
    ),
  })
  .strict();

const chamber = z.enum(["oas", "unsc"]);
const tally = z
  .object({
    yes: z.number().int().min(0),
    no: z.number().int().min(0),
    abstain: z.number().int().min(0),
    absent: z.number().int().min(0),
  })
  .strict();

const record = z
  .object({
    votes: z.array(
      z
        .object({
          chamber,
          question: z.string().regex(/^(convocation|paragraph-\d|whole|amendment-\S+|draft-\S+)$/),
          date: isoDate,
          result: z.enum(["adopted", "rejected"]),
          /** null: the sources give no count ("not recorded"). */
          tally: tally.nullable(),
          /** Only what a source states, or what arithmetic on a sourced count forces. */
          choices: z.record(actorId, choice),
          note: z.string().optional(),
          sources,
        })
        .strict(),
    ),
    voteChanges: z.array(
      z
        .object({
          chamber,
          question: z.string(),
          delegation: actorId,
          from: choice,
          to: choice,
          date: isoDate,
          note: z.string().optional(),
          sources,
        })
        .strict(),
    ),
    reservations: z.array(z.object({ chamber, delegations: z.array(actorId).min(1), gist: prose, sources }).strict()),
    outcomes: z.array(
      z.object({ chamber, outcome: z.string().min(1), date: isoDate, note: z.string().optional(), sources }).strict(),
    ),
  })
  .strict();

const timelineEvent = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    date: isoDate,
    /** "HH:MM" in `zone`, or null where the sources give no hour. */
    time: z
      .string()
      .regex(/^\d{2}:\d{2}$/)
      .nullable(),
    zone: z.enum(["EDT", "EST", "GMT"]),
    text: prose,
    note: z.string().optional(),
    /** What the event does to the crisis track; tension changes are game values. */
    effect: z
      .discriminatedUnion("kind", [
        z.object({ kind: z.literal("defcon"), level: z.number().int().min(1).max(5) }).strict(),
        z.object({ kind: z.literal("tension"), delta: z.number().int().min(-100).max(100) }).strict(),
      ])
      .optional(),
    sources,
  })
  .strict();
export type TimelineEvent = z.infer<typeof timelineEvent>;

const ZONE_OFFSET_MINUTES = { EDT: -4 * 60, EST: -5 * 60, GMT: 0 } as const;

/** The event's instant in minutes since the epoch (UTC); an event without an hour counts from its day's start. */
export function eventInstant(event: Pick<TimelineEvent, "date" | "time" | "zone">): number {
  const [h, m] = (event.time ?? "00:00").split(":").map(Number);
  const midnight = Date.UTC(
    Number(event.date.slice(0, 4)),
    Number(event.date.slice(5, 7)) - 1,
    Number(event.date.slice(8, 10)),
  );
  return midnight / 60_000 + (h ?? 0) * 60 + (m ?? 0) - ZONE_OFFSET_MINUTES[event.zone];
}

const questionId = z.string().regex(/^(convocation|paragraph-\d|whole|draft-[a-z]+)$/);

/**
 * How the debrief tells from the record whether a seat met an objective (game design, like the points). An
 * objective with no check is for the class to judge: the record cannot say whether a speech made its point.
 */
const baseCheck = z.discriminatedUnion("kind", [
  /** The crisis did not end in war; open while the week runs. */
  z.object({ kind: z.literal("noWar") }).strict(),
  /**
   * The seat's choice on a question, as the roll call recorded it. `orElse`: the question to look at when the
   * first was never put (paragraph 2 undivided is voted in the whole); `ifTaken`: met when it never was.
   */
  z
    .object({
      kind: z.literal("voted"),
      question: questionId,
      choice: z.enum(["yes", "no", "abstain"]),
      orElse: questionId.optional(),
      ifTaken: z.boolean().optional(),
    })
    .strict(),
  /** The same choice on every question of the OAS draft the seat answered: convocation, paragraphs, the whole. */
  z.object({ kind: z.literal("votedEvery"), choice: z.enum(["yes", "no", "abstain"]) }).strict(),
  /** Spoke in a council (the seat's own if not named), before the vote on `before` if named. */
  z
    .object({ kind: z.literal("spoke"), chamber: z.enum(["oas", "unsc"]).optional(), before: questionId.optional() })
    .strict(),
  /** Spoke in every meeting of the Security Council it sat in. */
  z.object({ kind: z.literal("spokeEveryMeeting") }).strict(),
  z.object({ kind: z.literal("reservation") }).strict(),
  /** A change of the seat's vote for the record. */
  z.object({ kind: z.literal("voteChanged") }).strict(),
  /** The OAS Council divided the question. */
  z.object({ kind: z.literal("divided") }).strict(),
  /** Every one of these questions was put to the vote. */
  z.object({ kind: z.literal("decided"), questions: z.array(questionId).min(1) }).strict(),
  /** Every motion moved was put or withdrawn, every point of order ruled on. */
  z.object({ kind: z.literal("orderly") }).strict(),
  /** A question adopted, by at least `minYes` votes or with at most `maxNo` against. */
  z
    .object({
      kind: z.literal("adopted"),
      question: questionId,
      minYes: z.number().int().min(0).optional(),
      maxNo: z.number().int().min(0).optional(),
    })
    .strict(),
  /** A question not adopted: never put, or put and failed. */
  z.object({ kind: z.literal("notAdopted"), question: questionId }).strict(),
  /** A paragraph of the OAS draft kept as written: no amendment to it adopted, and not voted down. */
  z.object({ kind: z.literal("paragraphKept"), paragraph: z.number().int().min(1) }).strict(),
  /** A Security Council draft tabled by its sponsor. */
  z.object({ kind: z.literal("tabled"), draft: questionId }).strict(),
  /** A draft never put to a vote that a veto killed. */
  z.object({ kind: z.literal("notVetoed"), draft: questionId }).strict(),
  /**
   * U Thant sent at least one appeal; or Washington and Moscow each accepted one (in 1962 each accepted its
   * own appeal of 25 October, worded for it).
   */
  z.object({ kind: z.literal("appealSent") }).strict(),
  z.object({ kind: z.literal("appealAcceptedByBoth") }).strict(),
  /** A term of the settlement agreed. */
  z.object({ kind: z.literal("agreed"), term: z.enum(["withdrawal", "noInvasionPledge", "verification"]) }).strict(),
]);
export type ObjectiveCheck =
  | z.infer<typeof baseCheck>
  | { readonly kind: "all"; readonly of: readonly ObjectiveCheck[] };
const objectiveCheck: z.ZodType<ObjectiveCheck> = z.union([
  baseCheck,
  z.object({ kind: z.literal("all"), of: z.array(baseCheck).min(2) }).strict(),
]);

/** A seat's card. The brief and talking points are public; `secret` goes only to the seat. */
export const roleCard = z
  .object({
    delegation: actorId,
    chamber: z.enum(["oas", "unsc", "crisis"]),
    /** Who they are and their government's line, as the table knows it. */
    brief: prose,
    /** Short arguments in the game's own words, offered when the seat has the floor. */
    talkingPoints: z.array(prose).min(4, "a card has at least four talking points"),
    secret: z
      .object({
        /** What the seat plays for; points are game design. */
        objectives: z
          .array(
            z
              .object({ text: prose, points: z.number().int().min(1).max(10), check: objectiveCheck.optional() })
              .strict(),
          )
          .min(1),
        /** What the seat may not do, and why, from the record. */
        constraints: z.array(z.object({ text: prose, sources }).strict()),
      })
      .strict(),
    sources,
  })
  .strict();
export type RoleCard = z.infer<typeof roleCard>;

const appeal = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    date: isoDate,
    to: z.array(z.enum(["WAS", "MOS", "HAV"])).min(1),
    terms: z.enum([
      "suspendShipmentsAndQuarantine",
      "shipsStayAway",
      "avoidConfrontation",
      "suspendConstruction",
      "own",
    ]),
    gist: prose,
    note: z.string().optional(),
    replies: z.array(
      z
        .object({
          from: z.enum(["WAS", "MOS", "HAV"]),
          date: isoDate,
          answer: z.enum(["accepted", "declined", "conditional"]),
          gist: prose,
          sources,
        })
        .strict(),
    ),
    sources,
  })
  .strict();

const instruction = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    delegation: actorId,
    chamber: z.enum(["oas", "unsc"]),
    /** When it arrives; null where the sources give no day. */
    date: isoDate.nullable(),
    /** What it lets the seat do. */
    effect: z.enum(["mayChangeVote", "offersShips"]),
    text: prose,
    sources,
  })
  .strict();

const cable = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** When it reaches U Thant's in-tray in the game (EDT). */
    arrives: z.object({ date: isoDate, time: z.string().regex(/^\d{2}:\d{2}$/) }).strict(),
    from: z
      .object({
        kind: z.enum(["government", "organisation", "citizen", "press", "delegations"]),
        /** Shown in the in-tray, so in every interface language. */
        label: localized,
      })
      .strict(),
    /** True when the writer is a composite of the kinds the sources describe, not a real person. */
    composite: z.boolean(),
    tone: z.enum(["fear", "anger", "defiance", "hope"]),
    text: prose,
    note: z.string().optional(),
    sources,
  })
  .strict();

const glossaryEntry = z
  .object({ id: z.string().regex(/^[a-z0-9-]+$/), term: localized, definition: localized })
  .strict();
const debriefPrompt = z
  .object({ id: z.string().regex(/^[a-z0-9-]+$/), moment: z.string().min(1), text: prose })
  .strict();

export const scenario = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: localized,
    delegations: z.array(delegation).min(1),
    oasCouncil,
    securityCouncil,
    record,
    timeline: z.array(timelineEvent),
    roleCards: z.array(roleCard),
    appeals: z.array(appeal),
    instructions: z.array(instruction),
    cables: z.array(cable).min(20, "U Thant's in-tray holds at least 20 cables"),
    glossary: z.array(glossaryEntry),
    debriefPrompts: z.array(debriefPrompt),
  })
  .strict()
  .superRefine((value, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    const byId = new Map<string, Delegation>();
    value.delegations.forEach((d, i) => {
      if (byId.has(d.id)) issue(["delegations", i, "id"], `duplicate id ${d.id}`);
      byId.set(d.id, d);
    });
    const needsSeat = (path: (string | number)[], id: string, chamberName: "oas" | "unsc" | "crisis") => {
      const found = byId.get(id);
      if (!found) issue(path, `no delegation ${id}`);
      else if (!found.seats[chamberName]) issue(path, `${id} has no ${chamberName} seat`);
    };

    const oas = value.oasCouncil;
    oas.members.forEach((id, i) => {
      needsSeat(["oasCouncil", "members", i], id, "oas");
    });
    oas.excluded.forEach((id, i) => {
      if (!oas.members.includes(id)) issue(["oasCouncil", "excluded", i], `${id} is not a member`);
    });
    for (const key of ["chair", "requester"] as const) {
      if (!oas.members.includes(oas[key])) issue(["oasCouncil", key], `${oas[key]} is not a member`);
    }
    const unsc = value.securityCouncil;
    unsc.members.forEach((id, i) => {
      needsSeat(["securityCouncil", "members", i], id, "unsc");
    });
    unsc.permanent.forEach((id, i) => {
      if (!unsc.members.includes(id)) issue(["securityCouncil", "permanent", i], `${id} is not a member`);
    });
    if (!unsc.members.includes(unsc.president))
      issue(["securityCouncil", "president"], "the President must be a member");
    needsSeat(["securityCouncil", "invitee"], unsc.invitee, "unsc");
    if (unsc.members.includes(unsc.invitee)) issue(["securityCouncil", "invitee"], "an invited party is not a member");
    if (unsc.lastMeeting < unsc.firstMeeting) issue(["securityCouncil", "lastMeeting"], "ends before it starts");
    unsc.drafts.forEach((d, i) => {
      if (!unsc.members.includes(d.sponsor))
        issue(["securityCouncil", "drafts", i, "sponsor"], `${d.sponsor} is not a member`);
    });

    // Who may vote in each chamber: OAS members not excluded (Rio Treaty art. 14); every Council member.
    const entitled = {
      oas: oas.members.filter((id) => !oas.excluded.includes(id)),
      unsc: unsc.members,
    };
    value.record.votes.forEach((vote, i) => {
      const voters = entitled[vote.chamber];
      for (const id of Object.keys(vote.choices)) {
        if (!voters.includes(id))
          issue(["record", "votes", i, "choices", id], `${id} does not vote in ${vote.chamber}`);
      }
      if (vote.tally) {
        const { yes, no, abstain, absent } = vote.tally;
        if (yes + no + abstain + absent !== voters.length) {
          issue(
            ["record", "votes", i, "tally"],
            `adds up to ${yes + no + abstain + absent}, not the ${voters.length} entitled`,
          );
        }
        if (Object.keys(vote.choices).length === voters.length) {
          const counted = { yes: 0, no: 0, abstain: 0, absent: 0 };
          for (const c of Object.values(vote.choices)) counted[c] += 1;
          if (JSON.stringify(counted) !== JSON.stringify(vote.tally)) {
            issue(["record", "votes", i, "choices"], "the choices do not add up to the tally");
          }
        }
      }
    });
    value.record.voteChanges.forEach((change, i) => {
      const vote = value.record.votes.find((v) => v.chamber === change.chamber && v.question === change.question);
      if (!vote) issue(["record", "voteChanges", i, "question"], `no recorded vote on ${change.question}`);
      else if (vote.choices[change.delegation] !== undefined && vote.choices[change.delegation] !== change.from) {
        issue(
          ["record", "voteChanges", i, "from"],
          `the record has ${change.delegation} voting ${vote.choices[change.delegation]}`,
        );
      }
    });
    value.record.reservations.forEach((r, i) => {
      r.delegations.forEach((id, j) => {
        if (!byId.has(id)) issue(["record", "reservations", i, "delegations", j], `no delegation ${id}`);
      });
    });
    const seen = new Set<string>();
    value.roleCards.forEach((card, i) => {
      const key = `${card.chamber}:${card.delegation}`;
      if (seen.has(key)) issue(["roleCards", i], `a second card for ${key}`);
      seen.add(key);
      needsSeat(["roleCards", i, "delegation"], card.delegation, card.chamber);
    });
    value.appeals.forEach((a, i) => {
      a.to.forEach((id, j) => {
        needsSeat(["appeals", i, "to", j], id, "crisis");
      });
      a.replies.forEach((r, j) => {
        if (!a.to.includes(r.from)) issue(["appeals", i, "replies", j, "from"], `${r.from} was not sent this appeal`);
        if (r.date < a.date) issue(["appeals", i, "replies", j, "date"], "a reply cannot come before its appeal");
      });
    });
    value.instructions.forEach((instruction, i) => {
      needsSeat(["instructions", i, "delegation"], instruction.delegation, instruction.chamber);
    });
    value.timeline.forEach((event, i) => {
      const previous = value.timeline[i - 1];
      // Without an hour on both sides, only the days can be compared.
      const before =
        previous &&
        (event.time !== null && previous.time !== null
          ? eventInstant(event) < eventInstant(previous)
          : event.date < previous.date);
      if (previous && before) {
        issue(["timeline", i], `${event.id} comes before ${previous.id}: the timeline must be in order`);
      }
    });
  });
export type Scenario = z.infer<typeof scenario>;

/** A scenario file that does not validate: every problem at once, each with its file and path. */
export class ScenarioError extends Error {
  readonly file: string;
  readonly problems: readonly string[];

  constructor(file: string, problems: readonly string[]) {
    super(`${file} is not a valid scenario:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ScenarioError";
    this.file = file;
    this.problems = problems;
  }
}

export function parseScenario(file: string, data: unknown): Scenario {
  const result = scenario.safeParse(data);
  if (result.success) return result.data;
  throw new ScenarioError(
    file,
    result.error.issues.map((issue) => `${issue.path.length ? issue.path.join(".") : "(root)"}: ${issue.message}`),
  );
}
