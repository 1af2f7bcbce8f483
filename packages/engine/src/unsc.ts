import { type Context, eventSourced, type Stamped } from "./eventSourcing.ts";
import type { DelegationId } from "./ids.ts";
import { exhaustiveSwitchError, ok, type Result, reject } from "./result.ts";
import {
  answer,
  calledNext,
  closeRollCall,
  openRollCall,
  type QuestionId,
  type RollCall,
  type RollCallRejectionCode,
  type VoteResult,
} from "./rollCall.ts";
import {
  emptySpeakersList,
  endSpeech,
  evolveSpeakers,
  giveFloorToNext,
  isSpeakersFact,
  requestFloor,
  requestReply,
  type SpeakersFact,
  type SpeakersList,
  type SpeakersRejectionCode,
  setTimeLimit,
  withdrawRequest,
  yieldFloor,
} from "./speakers.ts";
import type { DecisionRule } from "./voting.ts";

// ───────────────────────────── state ─────────────────────────────

export interface UnscMember {
  /** e.g. `USA`, `USSR`, `ROC`, `UAR` */
  readonly delegation: DelegationId;
  /** One of the five permanent members (UN Charter art. 23, 1962). */
  readonly permanent: boolean;
}

/** A draft resolution tabled by a member. */
export interface UnscDraft {
  /** `draft-<sponsor>` in lower case, e.g. `draft-usa`; the question that decides it has the same id. */
  readonly id: QuestionId;
  readonly sponsor: DelegationId;
  /** Its operative paragraphs, amendments appended as adopted. */
  readonly paragraphs: readonly string[];
  readonly status: "tabled" | "withdrawn" | "adopted" | "rejected";
  /** True once its sponsor has asked for it to be put to the vote. */
  readonly voteRequested: boolean;
}

export interface UnscAmendment {
  /** e.g. `amendment-u3` */
  readonly id: QuestionId;
  readonly draft: QuestionId;
  readonly sponsor: DelegationId;
  readonly text: string;
  readonly status: "pending" | "adopted" | "rejected";
}

/** Procedural questions the President puts when a member objects to proceeding without a vote. */
export type ProceduralQuestion = "agenda" | "invitation";

export type UnscOutcome = "adjourned" | "agendaRejected";

export type UnscPhase =
  /** Adoption of the agenda: the US, Cuban and Soviet letters (1962-facts.md §4). */
  | { readonly name: "agenda" }
  /** Whether to invite Cuba, a party not a member, to take part without a vote (Charter art. 32). */
  | { readonly name: "invitation" }
  /** A meeting of the Council: 1022 to 1025 in October 1962. */
  | { readonly name: "debate"; readonly meeting: number }
  /** A roll call, with the questions still to vote after it, inside a meeting. */
  | {
      readonly name: "voting";
      readonly meeting: number;
      readonly rollCall: RollCall;
      readonly queue: readonly QuestionId[];
    }
  /** A meeting suspended by the President, e.g. for consultations; only its resumption is in order. */
  | { readonly name: "suspended"; readonly meeting: number }
  /** Between meetings: the next one is convened by the President. */
  | { readonly name: "adjourned"; readonly nextMeeting: number }
  | { readonly name: "closed"; readonly outcome: UnscOutcome };

export type UnscRecordEntry =
  | { readonly kind: "speech"; readonly speaker: DelegationId; readonly text: string; readonly at: number }
  | { readonly kind: "statement"; readonly text: string; readonly at: number }
  | {
      readonly kind: "objection";
      readonly delegation: DelegationId;
      readonly question: ProceduralQuestion;
      readonly at: number;
    }
  | { readonly kind: "meetingAdjourned"; readonly meeting: number; readonly at: number };

export interface UnscState {
  /** Which table this is: `unsc`. */
  readonly kind: "unsc";
  readonly version: number;
  readonly phase: UnscPhase;
  /** The eleven members of 1962, in the order of the roll call. */
  readonly members: readonly UnscMember[];
  /** The President for October 1962: the Soviet delegate, Valerian Zorin (1962-facts.md §4). */
  readonly president: DelegationId;
  /** The party invited to speak without a vote once the Council agrees: Cuba. */
  readonly invitee: DelegationId;
  readonly invited: boolean;
  readonly speakers: SpeakersList;
  readonly drafts: readonly UnscDraft[];
  readonly amendments: readonly UnscAmendment[];
  /** Objections to proceeding without a vote on the current procedural question. */
  readonly objections: readonly DelegationId[];
  /** A member's motion to adjourn the meeting, until put. */
  readonly adjournMotion: DelegationId | null;
  readonly votes: readonly VoteResult[];
  readonly record: readonly UnscRecordEntry[];
  readonly nextId: number;
  /** The first meeting's number: 1022 in October 1962. */
  readonly firstMeeting: number;
  /** The last meeting the scenario runs (1025); adjourning it ends the session. */
  readonly lastMeeting: number;
}

export interface UnscSetup {
  readonly members: readonly UnscMember[];
  readonly president: DelegationId;
  readonly invitee: DelegationId;
  /** The first meeting's number: 1022. */
  readonly firstMeeting: number;
  /** The last meeting the scenario runs: 1025; adjourning it ends the session. */
  readonly lastMeeting: number;
  readonly timeLimitSeconds?: number | null;
}

export function createSecurityCouncil(setup: UnscSetup): UnscState {
  return {
    kind: "unsc",
    version: 0,
    phase: { name: "agenda" },
    members: setup.members,
    president: setup.president,
    invitee: setup.invitee,
    invited: false,
    speakers: emptySpeakersList(setup.timeLimitSeconds ?? null),
    drafts: [],
    amendments: [],
    objections: [],
    adjournMotion: null,
    votes: [],
    record: [],
    nextId: 1,
    firstMeeting: setup.firstMeeting,
    lastMeeting: setup.lastMeeting,
  };
}

/** Charter art. 27(2): procedural matters, any seven members. */
const PROCEDURAL: DecisionRule = { kind: "unscProcedural" };

/** Charter art. 27(3): draft resolutions and their amendments, seven with the permanent members concurring. */
export const substantiveRule = (state: UnscState): DecisionRule => ({
  kind: "unscSubstantive",
  permanent: state.members.filter((m) => m.permanent).map((m) => m.delegation),
});

const memberIds = (state: UnscState): DelegationId[] => state.members.map((m) => m.delegation);

// ───────────────────────────── commands and events ─────────────────────────────

/** A member, the invited party, the Secretary-General (`SG`), or the host. */
export type UnscActor = DelegationId | "host";

/** Who acts, when, and the random source (see `Context`). */
export type UnscContext = Context<UnscActor>;

/** The Secretary-General's delegation id in the record format. */
export const SECRETARY_GENERAL = "SG" as DelegationId;

/** The President's powers: the President's delegation's, or the host's. */
export const UNSC_PRESIDENT_COMMANDS = [
  "proceed",
  "giveFloor",
  "endSpeech",
  "setTimeLimit",
  "putDraft",
  "putMotion",
  "recordAbsent",
  "closeVote",
  "adjournMeeting",
  "suspendMeeting",
  "resumeMeeting",
  "convene",
] as const;

export type UnscCommand =
  // the President's powers (the President's delegation, or the host)
  | { readonly type: "proceed" }
  | { readonly type: "giveFloor" }
  | { readonly type: "endSpeech" }
  | { readonly type: "setTimeLimit"; readonly seconds: number | null }
  | { readonly type: "putDraft"; readonly draft: QuestionId }
  | { readonly type: "putMotion" }
  | { readonly type: "recordAbsent" }
  | { readonly type: "closeVote" }
  | { readonly type: "adjournMeeting" }
  | { readonly type: "suspendMeeting" }
  | { readonly type: "resumeMeeting" }
  | { readonly type: "convene" }
  // members (and, where said, the invited party or the Secretary-General)
  | { readonly type: "object" }
  | { readonly type: "requestFloor" }
  | { readonly type: "withdrawRequest" }
  | { readonly type: "requestReply" }
  | { readonly type: "yieldFloor" }
  | { readonly type: "speak"; readonly text: string }
  | { readonly type: "makeStatement"; readonly text: string }
  | { readonly type: "tableDraft"; readonly paragraphs: readonly string[] }
  | { readonly type: "withdrawDraft"; readonly draft: QuestionId }
  | { readonly type: "proposeAmendment"; readonly draft: QuestionId; readonly text: string }
  | { readonly type: "requestVote"; readonly draft: QuestionId }
  | { readonly type: "moveAdjournment" }
  | { readonly type: "vote"; readonly choice: "yes" | "no" | "abstain" };

type PresidentCommand = Extract<UnscCommand, { type: (typeof UNSC_PRESIDENT_COMMANDS)[number] }>;
type OwnCommand = Exclude<UnscCommand, PresidentCommand>;
const isPresidentCommand = (command: UnscCommand): command is PresidentCommand =>
  (UNSC_PRESIDENT_COMMANDS as readonly string[]).includes(command.type);

type Fact =
  | SpeakersFact
  | { readonly type: "phaseEntered"; readonly phase: UnscPhase }
  | { readonly type: "objectionRaised"; readonly delegation: DelegationId }
  | { readonly type: "agendaAdopted" }
  | { readonly type: "partyInvited" }
  | { readonly type: "speechDelivered"; readonly speaker: DelegationId; readonly text: string }
  | { readonly type: "statementMade"; readonly text: string }
  | { readonly type: "draftTabled"; readonly draft: UnscDraft }
  | { readonly type: "draftWithdrawn"; readonly draft: QuestionId }
  | { readonly type: "amendmentProposed"; readonly amendment: UnscAmendment }
  | { readonly type: "voteRequested"; readonly draft: QuestionId }
  | { readonly type: "adjournmentMoved"; readonly delegation: DelegationId }
  | {
      readonly type: "voteCast";
      readonly delegation: DelegationId;
      readonly choice: "yes" | "no" | "abstain" | "absent";
    }
  | { readonly type: "voteClosed"; readonly result: VoteResult }
  | { readonly type: "meetingAdjourned"; readonly meeting: number };

export type UnscEvent = Stamped<Fact>;

export type UnscRejectionCode =
  | "chair/only"
  | "host/not_a_delegation"
  | "seat/unknown"
  | "seat/no_vote"
  | "seat/not_invited"
  | "sg/only"
  | "phase/wrong"
  | "phase/vote_open"
  | "session/closed"
  | "floor/occupied"
  | "floor/not_yours"
  | "text/invalid"
  | "draft/unknown"
  | "draft/not_yours"
  | "draft/already_tabled"
  | "draft/not_requested"
  | "draft/vote_requested"
  | "draft/empty"
  | "objection/already"
  | "motion/duplicate"
  | "motion/none"
  | "vote/none_open"
  | SpeakersRejectionCode
  | RollCallRejectionCode;

// ───────────────────────────── decide ─────────────────────────────

const MAX_TEXT = 4000;
type Decided = Result<readonly Fact[], UnscRejectionCode>;

function checkText(text: string): Result<string, UnscRejectionCode> {
  const trimmed = text.trim();
  return trimmed.length === 0 || trimmed.length > MAX_TEXT
    ? reject("text/invalid", `A text has 1 to ${MAX_TEXT} characters.`)
    : ok(trimmed);
}

const facts = <T>(result: Result<T, UnscRejectionCode>, ...then: Fact[]): Decided => (result.ok ? ok(then) : result);

const liveDraft = (state: UnscState, id: QuestionId): UnscDraft | undefined =>
  state.drafts.find((d) => d.id === id && d.status === "tabled");

/** The questions a vote on a draft takes, in order: its pending amendments, then the draft itself. */
const questionsFor = (state: UnscState, draft: QuestionId): QuestionId[] => [
  ...state.amendments.filter((a) => a.draft === draft && a.status === "pending").map((a) => a.id),
  draft,
];

/** The rule a question is decided by: drafts and their amendments are substantive, the rest procedural. */
const ruleFor = (state: UnscState, question: QuestionId): DecisionRule =>
  question.startsWith("draft-") || question.startsWith("amendment-") ? substantiveRule(state) : PROCEDURAL;

const votingPhase = (state: UnscState, meeting: number, [question, ...queue]: QuestionId[]): UnscPhase =>
  question === undefined
    ? { name: "debate", meeting }
    : { name: "voting", meeting, rollCall: openRollCall(question, ruleFor(state, question), memberIds(state)), queue };

/** After a meeting is adjourned: the next one, or the end after the scenario's last meeting. */
function adjournFacts(state: UnscState, meeting: number): Fact[] {
  const next: UnscPhase =
    meeting >= state.lastMeeting
      ? { name: "closed", outcome: "adjourned" }
      : { name: "adjourned", nextMeeting: meeting + 1 };
  return [
    { type: "meetingAdjourned", meeting },
    { type: "phaseEntered", phase: next },
  ];
}

function decidePresident(state: UnscState, command: PresidentCommand): Decided {
  const { phase } = state;
  switch (command.type) {
    case "proceed": {
      // Adopted without objection, as the agenda was on 23 October 1962; any objection means a vote.
      if (phase.name !== "agenda" && phase.name !== "invitation")
        return reject("phase/wrong", "Nothing to proceed with.");
      const question: ProceduralQuestion = phase.name;
      if (state.objections.length > 0) {
        return ok([{ type: "phaseEntered", phase: votingPhase(state, state.firstMeeting, [question]) }]);
      }
      return ok(proceduralAdopted(state, question));
    }
    case "giveFloor":
      if (phase.name !== "debate") return reject("phase/wrong", "The floor is given during a meeting.");
      if (state.speakers.floor) return reject("floor/occupied", "Someone has the floor.");
      return facts(giveFloorToNext(state.speakers, 0), { type: "floorGiven" });
    case "endSpeech":
      return facts(endSpeech(state.speakers), { type: "speechEnded" });
    case "setTimeLimit":
      return facts(setTimeLimit(state.speakers, command.seconds), { type: "timeLimitSet", seconds: command.seconds });
    case "putDraft": {
      if (phase.name !== "debate") return reject("phase/wrong", "Drafts are put to the vote during a meeting.");
      const draft = liveDraft(state, command.draft);
      if (!draft) return reject("draft/unknown", "There is no such draft before the Council.");
      // A game rule in the spirit of the Council's practice: the President puts a draft at its sponsor's request.
      if (!draft.voteRequested) return reject("draft/not_requested", "Its sponsor has not asked for a vote.");
      if (state.speakers.floor) return reject("floor/occupied", "Wait until the speaker has finished.");
      return ok([{ type: "phaseEntered", phase: votingPhase(state, phase.meeting, questionsFor(state, draft.id)) }]);
    }
    case "putMotion":
      if (phase.name !== "debate") return reject("phase/wrong", "Motions are put during a meeting.");
      if (!state.adjournMotion) return reject("motion/none", "No motion is pending.");
      return ok([{ type: "phaseEntered", phase: votingPhase(state, phase.meeting, ["motion-adjourn"]) }]);
    case "recordAbsent": {
      if (phase.name !== "voting") return reject("vote/none_open", "No roll call is open.");
      const called = calledNext(phase.rollCall);
      if (!called) return reject("vote/incomplete", "Every member has answered.");
      return ok([{ type: "voteCast", delegation: called, choice: "absent" }]);
    }
    case "closeVote": {
      if (phase.name !== "voting") return reject("vote/none_open", "No roll call is open.");
      const result = closeRollCall(phase.rollCall);
      if (!result.ok) return result;
      return ok([{ type: "voteClosed", result: result.value }, ...afterVote(state, phase, result.value)]);
    }
    case "adjournMeeting": {
      if (phase.name !== "debate") return reject("phase/wrong", "Only a meeting in progress can be adjourned.");
      // The limit of the chair (a game rule): the President alone does not adjourn over a sponsor's request
      // for a vote; the members can, by adopting a motion to adjourn (procedural, Charter art. 27(2)).
      if (state.drafts.some((d) => d.status === "tabled" && d.voteRequested)) {
        return reject("draft/vote_requested", "A sponsor has asked for a vote; put it, or let the members adjourn.");
      }
      return ok(adjournFacts(state, phase.meeting));
    }
    case "suspendMeeting":
      if (phase.name !== "debate") return reject("phase/wrong", "Only a meeting in progress can be suspended.");
      if (state.speakers.floor) return reject("floor/occupied", "Wait until the speaker has finished.");
      return ok([{ type: "phaseEntered", phase: { name: "suspended", meeting: phase.meeting } }]);
    case "resumeMeeting":
      if (phase.name !== "suspended") return reject("phase/wrong", "The meeting is not suspended.");
      return ok([{ type: "phaseEntered", phase: { name: "debate", meeting: phase.meeting } }]);
    case "convene":
      if (phase.name !== "adjourned") return reject("phase/wrong", "The Council is already meeting.");
      return ok([{ type: "phaseEntered", phase: { name: "debate", meeting: phase.nextMeeting } }]);
    /* v8 ignore next 2 -- unreachable: the switch covers every member of the union */
    default:
      throw exhaustiveSwitchError(command, "president command");
  }
}

function proceduralAdopted(state: UnscState, question: ProceduralQuestion): Fact[] {
  return question === "agenda"
    ? [{ type: "agendaAdopted" }, { type: "phaseEntered", phase: { name: "invitation" } }]
    : [{ type: "partyInvited" }, { type: "phaseEntered", phase: { name: "debate", meeting: state.firstMeeting } }];
}

function afterVote(state: UnscState, phase: Extract<UnscPhase, { name: "voting" }>, result: VoteResult): Fact[] {
  const question = result.question;
  if (question === "agenda" || question === "invitation") {
    if (result.adopted) return proceduralAdopted(state, question);
    return question === "agenda"
      ? [{ type: "phaseEntered", phase: { name: "closed", outcome: "agendaRejected" } }]
      : [{ type: "phaseEntered", phase: { name: "debate", meeting: state.firstMeeting } }];
  }
  if (question === "motion-adjourn") {
    return result.adopted
      ? adjournFacts(state, phase.meeting)
      : [{ type: "phaseEntered", phase: { name: "debate", meeting: phase.meeting } }];
  }
  return [{ type: "phaseEntered", phase: votingPhase(state, phase.meeting, [...phase.queue]) }];
}

function decideOwn(state: UnscState, actor: DelegationId, command: OwnCommand): Decided {
  const { phase } = state;
  const isMember = state.members.some((m) => m.delegation === actor);
  const isSG = actor === SECRETARY_GENERAL;
  const isInvitee = actor === state.invitee;
  if (!isMember && !isSG && !isInvitee) return reject("seat/unknown", `${actor} has no seat at this table.`);
  if (isInvitee && !state.invited)
    return reject("seat/not_invited", "The Council has not invited this delegation yet.");

  // The Secretary-General makes statements (Charter art. 98-99 practice; U Thant, 24 October 1962), nothing else here.
  if (command.type === "makeStatement") {
    if (!isSG) return reject("sg/only", "Only the Secretary-General makes statements outside the list.");
    if (phase.name !== "debate") return reject("phase/wrong", "Statements are made during a meeting.");
    const text = checkText(command.text);
    return text.ok ? ok([{ type: "statementMade", text: text.value }]) : text;
  }
  if (isSG) return reject("sg/only", "The Secretary-General speaks by statement, and does not vote or table drafts.");

  switch (command.type) {
    case "requestFloor":
      if (phase.name !== "debate") return reject("phase/wrong", "The speakers' list is open during a meeting.");
      return facts(requestFloor(state.speakers, actor), { type: "floorRequested", delegation: actor });
    case "withdrawRequest":
      return facts(withdrawRequest(state.speakers, actor), { type: "floorRequestWithdrawn", delegation: actor });
    case "requestReply":
      if (phase.name !== "debate") return reject("phase/wrong", "Replies are heard during a meeting.");
      return facts(requestReply(state.speakers, actor), { type: "replyRequested", delegation: actor });
    case "yieldFloor":
      return facts(yieldFloor(state.speakers, actor), { type: "floorYielded", delegation: actor });
    case "speak": {
      if (state.speakers.floor?.delegation !== actor)
        return reject("floor/not_yours", "Ask the President for the floor.");
      const text = checkText(command.text);
      return text.ok ? ok([{ type: "speechDelivered", speaker: actor, text: text.value }]) : text;
    }
    default:
      break;
  }

  // Charter art. 32: a party invited to the discussion takes part without a vote; here it speaks only.
  if (!isMember) return reject("seat/no_vote", "An invited party speaks, but does not vote or table.");
  switch (command.type) {
    case "object":
      if (phase.name !== "agenda" && phase.name !== "invitation")
        return reject("phase/wrong", "There is nothing to object to.");
      if (state.objections.includes(actor)) return reject("objection/already", "The objection is already noted.");
      return ok([{ type: "objectionRaised", delegation: actor }]);
    case "tableDraft": {
      if (phase.name !== "debate") return reject("phase/wrong", "Drafts are tabled during a meeting.");
      if (command.paragraphs.length === 0 || command.paragraphs.length > 10) {
        return reject("draft/empty", "A draft has 1 to 10 operative paragraphs.");
      }
      const paragraphs: string[] = [];
      for (const raw of command.paragraphs) {
        const text = checkText(raw);
        if (!text.ok) return text;
        paragraphs.push(text.value);
      }
      const id = `draft-${actor.toLowerCase()}`;
      if (state.drafts.some((d) => d.id === id && d.status === "tabled")) {
        return reject("draft/already_tabled", "This delegation already has a draft before the Council.");
      }
      return ok([
        { type: "draftTabled", draft: { id, sponsor: actor, paragraphs, status: "tabled", voteRequested: false } },
      ]);
    }
    case "withdrawDraft": {
      const draft = liveDraft(state, command.draft);
      if (!draft) return reject("draft/unknown", "There is no such draft before the Council.");
      if (draft.sponsor !== actor) return reject("draft/not_yours", "Only its sponsor may withdraw a draft.");
      return ok([{ type: "draftWithdrawn", draft: draft.id }]);
    }
    case "proposeAmendment": {
      if (phase.name !== "debate") return reject("phase/wrong", "Amendments are proposed during a meeting.");
      if (!liveDraft(state, command.draft))
        return reject("draft/unknown", "There is no such draft before the Council.");
      const text = checkText(command.text);
      if (!text.ok) return text;
      const amendment: UnscAmendment = {
        id: `amendment-u${state.nextId}`,
        draft: command.draft,
        sponsor: actor,
        text: text.value,
        status: "pending",
      };
      return ok([{ type: "amendmentProposed", amendment }]);
    }
    case "requestVote": {
      const draft = liveDraft(state, command.draft);
      if (!draft) return reject("draft/unknown", "There is no such draft before the Council.");
      if (draft.sponsor !== actor) return reject("draft/not_yours", "Only its sponsor may ask for a vote on a draft.");
      return ok([{ type: "voteRequested", draft: draft.id }]);
    }
    case "moveAdjournment":
      if (phase.name !== "debate") return reject("phase/wrong", "Adjournment is moved during a meeting.");
      if (state.adjournMotion) return reject("motion/duplicate", "A motion to adjourn is already pending.");
      return ok([{ type: "adjournmentMoved", delegation: actor }]);
    case "vote":
      if (phase.name !== "voting") return reject("vote/none_open", "No roll call is open.");
      return facts(answer(phase.rollCall, actor, command.choice), {
        type: "voteCast",
        delegation: actor,
        choice: command.choice,
      });
    /* v8 ignore next 2 -- the shared commands above returned; the rest are listed here */
    default:
      return reject("phase/wrong", "Not possible now.");
  }
}

function decide(state: UnscState, command: UnscCommand, actor: UnscActor): Decided {
  if (state.phase.name === "closed") return reject("session/closed", "The Council has adjourned.");
  if (isPresidentCommand(command)) {
    if (actor !== "host" && actor !== state.president) return reject("chair/only", "Only the President may do that.");
    return decidePresident(state, command);
  }
  if (actor === "host") return reject("host/not_a_delegation", "The host acts through the President.");
  return decideOwn(state, actor, command);
}

// ───────────────────────────── evolve ─────────────────────────────

function must<T>(result: Result<T>): T {
  /* v8 ignore next -- a recorded event was decided valid against this very state */
  if (!result.ok) throw new Error(`event does not apply: ${result.rejection.code}`);
  return result.value;
}

export function evolveUnsc(state: UnscState, event: UnscEvent): UnscState {
  const next = { ...state, version: event.version };
  const { at } = event;
  if (isSpeakersFact(event)) return { ...next, speakers: evolveSpeakers(state.speakers, event, at) };
  switch (event.type) {
    case "phaseEntered": {
      // A new meeting opens a new speakers' list; returning from a vote or a suspension keeps the meeting's list.
      const newMeeting =
        event.phase.name === "debate" && state.phase.name !== "voting" && state.phase.name !== "suspended";
      return {
        ...next,
        phase: event.phase,
        objections: [],
        speakers: newMeeting ? emptySpeakersList(state.speakers.timeLimitSeconds) : state.speakers,
      };
    }
    case "objectionRaised": {
      const question: ProceduralQuestion = state.phase.name === "agenda" ? "agenda" : "invitation";
      return {
        ...next,
        objections: [...state.objections, event.delegation],
        record: [...state.record, { kind: "objection", delegation: event.delegation, question, at }],
      };
    }
    case "agendaAdopted":
      return next;
    case "partyInvited":
      return { ...next, invited: true };
    case "speechDelivered":
      return { ...next, record: [...state.record, { kind: "speech", speaker: event.speaker, text: event.text, at }] };
    case "statementMade":
      return { ...next, record: [...state.record, { kind: "statement", text: event.text, at }] };
    case "draftTabled":
      return { ...next, drafts: [...state.drafts.filter((d) => d.id !== event.draft.id), event.draft] };
    case "draftWithdrawn":
      return { ...next, drafts: state.drafts.map((d) => (d.id === event.draft ? { ...d, status: "withdrawn" } : d)) };
    case "amendmentProposed":
      return { ...next, amendments: [...state.amendments, event.amendment], nextId: state.nextId + 1 };
    case "voteRequested":
      return { ...next, drafts: state.drafts.map((d) => (d.id === event.draft ? { ...d, voteRequested: true } : d)) };
    case "adjournmentMoved":
      return { ...next, adjournMotion: event.delegation };
    case "voteCast": {
      const phase = state.phase as Extract<UnscPhase, { name: "voting" }>;
      return { ...next, phase: { ...phase, rollCall: must(answer(phase.rollCall, event.delegation, event.choice)) } };
    }
    case "voteClosed":
      return { ...settleQuestion(next, event.result), votes: [...state.votes, event.result] };
    case "meetingAdjourned":
      return {
        ...next,
        adjournMotion: null,
        record: [...state.record, { kind: "meetingAdjourned", meeting: event.meeting, at }],
      };
    /* v8 ignore next 2 -- unreachable: the switch covers every member of the union */
    default:
      throw exhaustiveSwitchError(event, "UNSC event");
  }
}

/** A decided amendment joins its draft or falls; a decided draft is adopted or rejected; a motion is spent. */
function settleQuestion(state: UnscState, result: VoteResult): UnscState {
  const amendment = state.amendments.find((a) => a.id === result.question);
  if (amendment) {
    return {
      ...state,
      amendments: state.amendments.map((a) =>
        a === amendment ? { ...a, status: result.adopted ? "adopted" : "rejected" } : a,
      ),
      drafts: result.adopted
        ? state.drafts.map((d) =>
            d.id === amendment.draft ? { ...d, paragraphs: [...d.paragraphs, amendment.text] } : d,
          )
        : state.drafts,
    };
  }
  if (result.question.startsWith("draft-")) {
    return {
      ...state,
      drafts: state.drafts.map((d) =>
        d.id === result.question && d.status === "tabled"
          ? { ...d, status: result.adopted ? "adopted" : "rejected" }
          : d,
      ),
    };
  }
  return result.question === "motion-adjourn" ? { ...state, adjournMotion: null } : state;
}

/**
 * The one entry: decides a command against the state and returns the new state with the events that
 * record it, or a rejection that changes nothing. `foldUnsc` replays a log.
 */
export const { apply: applyUnsc, fold: foldUnsc, accepts: acceptsUnsc } = eventSourced(decide, evolveUnsc);
