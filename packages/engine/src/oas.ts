import {
  type Amendment,
  type AmendmentConcern,
  createDraft,
  type DraftResolution,
  settle,
  votingSequence,
} from "./draft.ts";
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
import type { Choice, DecisionRule } from "./voting.ts";

// ───────────────────────────── state ─────────────────────────────

/** A member state at the Council table. */
export interface OasMember {
  /** e.g. `BRA` */
  readonly delegation: DelegationId;
  /** Present but barred from taking part: Cuba, since the Punta del Este meeting of January 1962. */
  readonly excluded: boolean;
}

/** How the session ended. */
export type OasOutcome = "resolutionAdopted" | "resolutionRejected" | "notConvoked" | "adjourned" | "endedByHost";

/** The agenda of 23 October 1962 (GAME.md §3), one phase at a time. */
export type OasPhase =
  /** The chair opens the extraordinary session and reads the US request (convoke the Organ, arts. 6 and 12). */
  | { readonly name: "opening" }
  /** The United States presents its case first. */
  | { readonly name: "usStatement" }
  /** The speakers' list on convoking the Organ of Consultation. */
  | { readonly name: "convocationDebate" }
  /** The roll call on convocation: an absolute majority of the members entitled to vote (art. 16). */
  | { readonly name: "convocationVote"; readonly rollCall: RollCall }
  /** Corridors between the morning and afternoon sittings; instructions arrive from capitals. */
  | { readonly name: "recess" }
  /** The speakers' list on the US draft resolution; amendments, division, closure. */
  | { readonly name: "resolutionDebate" }
  /** Roll calls in order: amendments, paragraphs if divided, the whole (two-thirds, art. 17). */
  | { readonly name: "voting"; readonly rollCall: RollCall }
  /** Explanations of vote and reservations entered in the record. */
  | { readonly name: "explanations" }
  /** Over: the resolution goes to the UN Secretary-General, or the US acts alone. */
  | { readonly name: "closed"; readonly outcome: OasOutcome };
export type OasPhaseName = OasPhase["name"];

/** Motions put to a vote, highest precedence first: the chair puts the highest pending one. */
export const MOTION_PRECEDENCE = ["suspend", "adjourn", "closeDebate", "divide"] as const;
export type MotionKind = (typeof MOTION_PRECEDENCE)[number];

export interface Motion {
  /** e.g. `m3`; the question that decides it is `motion-m3`. */
  readonly id: string;
  readonly kind: MotionKind;
  readonly mover: DelegationId;
}

/**
 * What a speech argues, as its speaker tags it: the lines of the 1962 debate. Hemispheric security and the
 * legality of collective action (Rio Treaty arts. 6, 8) argue for the initiative; sovereignty and
 * non-intervention (art. 20: each state decides its own use of force) argue for caution.
 */
export const SPEECH_THEMES = ["security", "legality", "sovereignty", "nonIntervention"] as const;
export type SpeechTheme = (typeof SPEECH_THEMES)[number];

/** What the minutes keep besides the votes. */
export type RecordEntry =
  | {
      readonly kind: "speech";
      readonly delegation: DelegationId;
      readonly text: string;
      readonly at: number;
      /** What the speaker says the speech argues; absent when untagged (the bots' talking points). */
      readonly themes?: readonly SpeechTheme[];
    }
  | {
      readonly kind: "pointOfOrder";
      readonly id: string;
      readonly delegation: DelegationId;
      readonly text: string;
      readonly at: number;
      /** The chair's ruling; null until it rules. */
      readonly upheld: boolean | null;
    }
  | { readonly kind: "motion"; readonly motion: Motion; readonly at: number }
  | {
      readonly kind: "explanation";
      readonly delegation: DelegationId;
      readonly question: QuestionId;
      readonly text: string;
      readonly at: number;
    }
  | { readonly kind: "reservation"; readonly delegation: DelegationId; readonly text: string; readonly at: number }
  | {
      /** A vote changed for the record after the result, which stands (Uruguay, 24 October 1962). */
      readonly kind: "voteChange";
      readonly delegation: DelegationId;
      readonly question: QuestionId;
      readonly from: Choice;
      readonly to: Choice;
      readonly at: number;
    };

export interface OasState {
  /** Which table this is: `oas`. */
  readonly kind: "oas";
  /** One more per accepted command that changed something. */
  readonly version: number;
  readonly phase: OasPhase;
  /** Every member, in the order of the roll call. */
  readonly members: readonly OasMember[];
  /** The presiding delegation: Colombia on 23 October 1962 (1962-facts.md, Uncertain 5). */
  readonly chair: DelegationId;
  /** The debate of the current phase; a new list starts with each debate. */
  readonly speakers: SpeakersList;
  /** Motions moved and not yet decided, in the order moved. */
  readonly motions: readonly Motion[];
  /** A motion being voted on, over the debate it interrupts. */
  readonly motionVote: { readonly motion: Motion; readonly rollCall: RollCall } | null;
  /** True while the meeting stands suspended by motion; only the chair may resume it. */
  readonly suspended: boolean;
  /** The US draft with its four operative paragraphs. */
  readonly draft: DraftResolution;
  /** Every closed vote, in order. */
  readonly votes: readonly VoteResult[];
  readonly record: readonly RecordEntry[];
  /** Counter for motion, amendment and point-of-order ids. */
  readonly nextId: number;
}

export interface OasSetup {
  readonly members: readonly OasMember[];
  readonly chair: DelegationId;
  /** The delegation that asked for the meeting and speaks first: the United States. */
  readonly requester: DelegationId;
  /** The operative paragraphs of the requester's draft resolution. */
  readonly paragraphs: readonly string[];
  /** Seconds per speech; null for none. */
  readonly timeLimitSeconds?: number | null;
}

export function createOasCouncil(setup: OasSetup): OasState {
  return {
    kind: "oas",
    version: 0,
    phase: { name: "opening" },
    members: setup.members,
    chair: setup.chair,
    speakers: emptySpeakersList(setup.timeLimitSeconds ?? null),
    motions: [],
    motionVote: null,
    suspended: false,
    draft: createDraft("resolution", setup.requester, setup.paragraphs),
    votes: [],
    record: [],
    nextId: 1,
  };
}

/** Members entitled to vote: every member not excluded from participation (Rio Treaty art. 14). */
export const entitledMembers = (state: OasState): DelegationId[] =>
  state.members.filter((m) => !m.excluded).map((m) => m.delegation);

/** Rio Treaty art. 16: convoking the Organ needs an absolute majority of the members entitled to vote. */
export const convocationRule = (state: OasState): DecisionRule => ({
  kind: "absoluteMajority",
  entitled: entitledMembers(state).length,
});

/** Rio Treaty art. 17: the Organ decides by two-thirds of the ratifying states, all 21 members. */
export const organRule = (state: OasState): DecisionRule => ({
  kind: "twoThirdsOfRatifying",
  ratifying: state.members.length,
});

/**
 * How procedural motions are decided. The 1962 record does not say; this is a game rule, on the same
 * basis as the Council's own decisions (art. 16): an absolute majority of the members entitled to vote.
 */
export const motionRule = convocationRule;

// ───────────────────────────── commands and events ─────────────────────────────

/** Who acts: a delegation (its player or bot), or the host (teacher), who may also use the chair's powers. */
export type OasActor = DelegationId | "host";

/** Who acts, when, and the random source (see `Context`). */
export type OasContext = Context<OasActor>;

export type OasCommand =
  // the chair's powers (the chair's delegation, or the host)
  | { readonly type: "advance" }
  | { readonly type: "giveFloor" }
  | { readonly type: "endSpeech" }
  | { readonly type: "setTimeLimit"; readonly seconds: number | null }
  | { readonly type: "putMotion" }
  | { readonly type: "rulePointOfOrder"; readonly id: string; readonly upheld: boolean }
  | { readonly type: "recordAbsent" }
  | { readonly type: "closeVote" }
  | { readonly type: "resume" }
  /** More time for the speaker on the floor, e.g. 30 seconds to finish a sentence. */
  | { readonly type: "extendSpeech"; readonly seconds: number }
  // the host's alone: end the session where it stands (the bell rings), or take a vote not yet begun back to
  // its debate (the teacher moved on too soon), its speakers' list and motions as they were
  | { readonly type: "closeSession" }
  | { readonly type: "reopenDebate" }
  // a delegation's own acts
  | { readonly type: "requestFloor" }
  | { readonly type: "withdrawRequest" }
  | { readonly type: "requestReply" }
  | { readonly type: "yieldFloor" }
  | { readonly type: "speak"; readonly text: string; readonly themes?: readonly SpeechTheme[] }
  | { readonly type: "move"; readonly kind: MotionKind }
  | { readonly type: "withdrawMotion"; readonly id: string }
  | { readonly type: "raisePointOfOrder"; readonly text: string }
  | {
      readonly type: "proposeAmendment";
      readonly paragraph: number;
      readonly text: string;
      readonly addresses?: AmendmentConcern;
    }
  | { readonly type: "vote"; readonly choice: "yes" | "no" | "abstain" }
  | { readonly type: "explainVote"; readonly question: QuestionId; readonly text: string }
  | { readonly type: "enterReservation"; readonly text: string }
  | { readonly type: "changeVote"; readonly question: QuestionId; readonly choice: "yes" | "no" | "abstain" };

type Fact =
  | SpeakersFact
  | { readonly type: "phaseEntered"; readonly phase: OasPhase }
  | { readonly type: "debateReopened"; readonly phase: "convocationDebate" | "resolutionDebate" }
  | { readonly type: "floorGivenTo"; readonly delegation: DelegationId }
  | {
      readonly type: "speechDelivered";
      readonly delegation: DelegationId;
      readonly text: string;
      readonly themes?: readonly SpeechTheme[];
    }
  | { readonly type: "motionMoved"; readonly motion: Motion }
  | { readonly type: "motionWithdrawn"; readonly id: string }
  | { readonly type: "motionPut"; readonly motion: Motion; readonly rollCall: RollCall }
  | {
      readonly type: "pointOfOrderRaised";
      readonly id: string;
      readonly delegation: DelegationId;
      readonly text: string;
    }
  | { readonly type: "pointOfOrderRuled"; readonly id: string; readonly upheld: boolean }
  | { readonly type: "amendmentProposed"; readonly amendment: Amendment }
  | { readonly type: "voteCast"; readonly delegation: DelegationId; readonly choice: Choice }
  | { readonly type: "voteClosed"; readonly result: VoteResult }
  | { readonly type: "speechExtended"; readonly seconds: number }
  | { readonly type: "meetingSuspended" }
  | { readonly type: "meetingResumed" }
  | { readonly type: "divisionAdopted" }
  | {
      readonly type: "explanationEntered";
      readonly delegation: DelegationId;
      readonly question: QuestionId;
      readonly text: string;
    }
  | { readonly type: "reservationEntered"; readonly delegation: DelegationId; readonly text: string }
  | {
      readonly type: "voteChangedForRecord";
      readonly delegation: DelegationId;
      readonly question: QuestionId;
      readonly from: Choice;
      readonly to: Choice;
    };

/** A recorded fact: what happened, at which state version, and when. */
export type OasEvent = Stamped<Fact>;

export type OasRejectionCode =
  | "chair/only"
  | "seat/excluded"
  | "seat/unknown"
  | "host/not_a_delegation"
  | "phase/wrong"
  | "phase/vote_open"
  | "meeting/suspended"
  | "meeting/not_suspended"
  | "floor/occupied"
  | "floor/not_yours"
  | "text/invalid"
  | "motion/duplicate"
  | "motion/none"
  | "motion/unknown"
  | "motion/not_yours"
  | "motion/already_divided"
  | "point/unknown"
  | "point/already_ruled"
  | "amendment/invalid_paragraph"
  | "vote/none_open"
  | "vote/unknown_question"
  | "vote/not_entitled"
  | "vote/same_choice"
  | "explanation/no_vote"
  | "session/closed"
  | "host/only"
  | SpeakersRejectionCode
  | RollCallRejectionCode;

// ───────────────────────────── decide ─────────────────────────────

/** The longest speech, explanation or reservation: some 600 words. */
export const MAX_TEXT_LENGTH = 4000;

type Decided = Result<readonly Fact[], OasRejectionCode>;

/** The chair's powers, which the host holds too; every other command is a delegation's own act. */
export const OAS_CHAIR_COMMANDS = [
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
] as const;
type ChairCommand = Extract<OasCommand, { type: (typeof OAS_CHAIR_COMMANDS)[number] }>;
type DelegationCommand = Exclude<
  OasCommand,
  ChairCommand | { readonly type: "closeSession" } | { readonly type: "reopenDebate" }
>;
const isChairCommand = (command: OasCommand): command is ChairCommand =>
  (OAS_CHAIR_COMMANDS as readonly string[]).includes(command.type);

const isDebate = (phase: OasPhase): boolean =>
  phase.name === "usStatement" || phase.name === "convocationDebate" || phase.name === "resolutionDebate";

/** The roll call open now, a motion's before the phase's own; null when none is. */
export const openOasRollCall = (state: OasState): RollCall | null =>
  state.motionVote?.rollCall ??
  (state.phase.name === "convocationVote" || state.phase.name === "voting" ? state.phase.rollCall : null);

function checkText(text: string): Result<string, OasRejectionCode> {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_TEXT_LENGTH) {
    return reject("text/invalid", `A text has 1 to ${MAX_TEXT_LENGTH} characters.`);
  }
  return ok(trimmed);
}

/** Lifts a helper's result (speakers' list, roll call) into facts. */
const facts = <T>(result: Result<T, OasRejectionCode>, ...then: Fact[]): Decided => (result.ok ? ok(then) : result);

function decideChair(state: OasState, command: ChairCommand): Decided {
  const { phase } = state;
  switch (command.type) {
    case "advance":
      return advance(state);
    case "giveFloor":
      if (!isDebate(phase)) return reject("phase/wrong", "The floor is given during a debate.");
      if (state.speakers.floor) return reject("floor/occupied", "Someone has the floor; end the speech first.");
      return facts(giveFloorToNext(state.speakers, 0), { type: "floorGiven" });
    case "endSpeech":
      return facts(endSpeech(state.speakers), { type: "speechEnded" });
    case "setTimeLimit":
      return facts(setTimeLimit(state.speakers, command.seconds), { type: "timeLimitSet", seconds: command.seconds });
    case "putMotion": {
      if (state.motionVote) return reject("phase/vote_open", "A motion is already being voted on.");
      if (!isDebate(phase)) return reject("phase/wrong", "Motions are put during a debate.");
      if (state.speakers.floor) return reject("floor/occupied", "Wait until the speaker has finished.");
      const motion = nextMotion(state);
      if (!motion) return reject("motion/none", "No motion is pending.");
      const rollCall = openRollCall(`motion-${motion.id}`, motionRule(state), entitledMembers(state));
      return ok([{ type: "motionPut", motion, rollCall }]);
    }
    case "rulePointOfOrder": {
      const point = state.record.find((e) => e.kind === "pointOfOrder" && e.id === command.id);
      if (point?.kind !== "pointOfOrder") return reject("point/unknown", "There is no such point of order.");
      if (point.upheld !== null) return reject("point/already_ruled", "The chair has already ruled on it.");
      return ok([{ type: "pointOfOrderRuled", id: command.id, upheld: command.upheld }]);
    }
    case "recordAbsent": {
      const rollCall = openOasRollCall(state);
      if (!rollCall) return reject("vote/none_open", "No roll call is open.");
      const called = calledNext(rollCall);
      if (!called) return reject("vote/incomplete", "Every member has answered.");
      return ok([{ type: "voteCast", delegation: called, choice: "absent" }]);
    }
    case "closeVote": {
      const rollCall = openOasRollCall(state);
      if (!rollCall) return reject("vote/none_open", "No roll call is open.");
      const result = closeRollCall(rollCall);
      if (!result.ok) return result;
      return ok([{ type: "voteClosed", result: result.value }, ...afterVote(state, result.value)]);
    }
    case "resume":
      if (!state.suspended) return reject("meeting/not_suspended", "The meeting is not suspended.");
      return ok([{ type: "meetingResumed" }]);
    case "extendSpeech":
      if (!state.speakers.floor) return reject("floor/empty", "Nobody has the floor.");
      if (!Number.isInteger(command.seconds) || command.seconds < 5 || command.seconds > 600) {
        return reject("floor/invalid_time_limit", "An extension is a whole number of seconds from 5 to 600.");
      }
      return ok([{ type: "speechExtended", seconds: command.seconds }]);
    /* v8 ignore next 2 -- unreachable: the switch covers every member of the union */
    default:
      throw exhaustiveSwitchError(command, "chair command");
  }
}

/** The chair moves the meeting to the next item of the agenda. */
function advance(state: OasState): Decided {
  const { phase } = state;
  if (state.motionVote) return reject("phase/vote_open", "Close the vote on the motion first.");
  switch (phase.name) {
    case "opening":
      return ok([
        { type: "phaseEntered", phase: { name: "usStatement" } },
        { type: "floorGivenTo", delegation: state.draft.sponsor },
      ]);
    case "usStatement":
      return ok([{ type: "phaseEntered", phase: { name: "convocationDebate" } }]);
    case "convocationDebate":
    case "resolutionDebate":
      return ok([{ type: "phaseEntered", phase: voteAfterDebate(state) }]);
    case "recess":
      return ok([{ type: "phaseEntered", phase: { name: "resolutionDebate" } }]);
    case "explanations":
      return ok([
        {
          type: "phaseEntered",
          phase: {
            name: "closed",
            outcome: state.draft.whole === "adopted" ? "resolutionAdopted" : "resolutionRejected",
          },
        },
      ]);
    case "convocationVote":
    case "voting":
    case "closed": // refused before this point; listed so the switch stays exhaustive
      return reject("phase/vote_open", "Close the roll call first.");
    /* v8 ignore next 2 -- unreachable: the switch covers every member of the union */
    default:
      throw exhaustiveSwitchError(phase, "phase");
  }
}

/**
 * A vote that has not begun goes back to the debate before it: the convocation's roll call with no answer
 * yet, or the votes on the draft before any is taken. Nothing said or moved in the debate is lost.
 */
function reopenDebate(state: OasState): Decided {
  const { phase } = state;
  const refused = reject("phase/wrong", "Only a vote that has not begun goes back to its debate.");
  if (state.motionVote || (phase.name !== "convocationVote" && phase.name !== "voting")) return refused;
  if (Object.keys(phase.rollCall.choices).length > 0) return refused;
  const draftVoted = state.votes.some((v) => !v.question.startsWith("motion-") && v.question !== "convocation");
  if (phase.name === "voting" && draftVoted) return refused;
  return ok([
    { type: "debateReopened", phase: phase.name === "convocationVote" ? "convocationDebate" : "resolutionDebate" },
  ]);
}

/** The vote a debate leads to: on convocation after the first, on the draft after the second. */
const voteAfterDebate = (state: OasState): OasPhase =>
  state.phase.name === "convocationDebate"
    ? { name: "convocationVote", rollCall: openRollCall("convocation", convocationRule(state), entitledMembers(state)) }
    : votingPhase(state, state.draft);

/** The next roll call on the draft, or the explanations when every question is settled. */
function votingPhase(state: OasState, draft: DraftResolution): OasPhase {
  const [question] = votingSequence(draft);
  if (question === undefined) return { name: "explanations" };
  return { name: "voting", rollCall: openRollCall(question, organRule(state), entitledMembers(state)) };
}

/** What follows a closed vote. */
function afterVote(state: OasState, result: VoteResult): Fact[] {
  if (state.motionVote) {
    if (!result.adopted) return [];
    switch (state.motionVote.motion.kind) {
      case "suspend":
        return [{ type: "meetingSuspended" }];
      case "adjourn":
        return [{ type: "phaseEntered", phase: { name: "closed", outcome: "adjourned" } }];
      case "closeDebate":
        // Closure ends the debate: the chamber moves straight to the vote the debate was leading to.
        return [{ type: "phaseEntered", phase: voteAfterDebate(state) }];
      case "divide":
        return [{ type: "divisionAdopted" }];
      /* v8 ignore next 2 -- unreachable: the switch covers every member of the union */
      default:
        throw exhaustiveSwitchError(state.motionVote.motion.kind, "motion");
    }
  }
  if (state.phase.name === "convocationVote") {
    // If the Council does not convoke the Organ, the United States acts alone (GAME.md §3, phase 4).
    return [
      { type: "phaseEntered", phase: result.adopted ? { name: "recess" } : { name: "closed", outcome: "notConvoked" } },
    ];
  }
  return [{ type: "phaseEntered", phase: votingPhase(state, settle(state.draft, result.question, result.adopted)) }];
}

/** The pending motion the chair must put first: the highest in precedence, then the earliest moved. */
function nextMotion(state: OasState): Motion | undefined {
  return [...state.motions].sort((a, b) => MOTION_PRECEDENCE.indexOf(a.kind) - MOTION_PRECEDENCE.indexOf(b.kind))[0];
}

function decideDelegation(state: OasState, delegation: DelegationId, command: DelegationCommand): Decided {
  const { phase } = state;
  switch (command.type) {
    case "requestFloor":
      if (!isDebate(phase)) return reject("phase/wrong", "The speakers' list is open during a debate.");
      // The requesting state presents its case first and alone; the list opens with the debate on convocation,
      // which starts it afresh.
      if (phase.name === "usStatement") {
        return reject("phase/wrong", "The United States speaks first; ask for the floor in the debate on convocation.");
      }
      return facts(requestFloor(state.speakers, delegation), { type: "floorRequested", delegation });
    case "withdrawRequest":
      return facts(withdrawRequest(state.speakers, delegation), { type: "floorRequestWithdrawn", delegation });
    case "requestReply":
      if (!isDebate(phase)) return reject("phase/wrong", "Replies are heard during a debate.");
      return facts(requestReply(state.speakers, delegation), { type: "replyRequested", delegation });
    case "yieldFloor":
      return facts(yieldFloor(state.speakers, delegation), { type: "floorYielded", delegation });
    case "speak": {
      if (state.speakers.floor?.delegation !== delegation)
        return reject("floor/not_yours", "Ask the chair for the floor.");
      const text = checkText(command.text);
      if (!text.ok) return text;
      const themes = [...new Set(command.themes ?? [])].filter((t) => SPEECH_THEMES.includes(t));
      return ok([{ type: "speechDelivered", delegation, text: text.value, ...(themes.length > 0 ? { themes } : {}) }]);
    }
    case "move": {
      if (phase.name !== "convocationDebate" && phase.name !== "resolutionDebate") {
        return reject("phase/wrong", "Motions are moved during the debates.");
      }
      if (command.kind === "divide" && phase.name !== "resolutionDebate") {
        return reject("phase/wrong", "Only the draft resolution can be divided.");
      }
      if (command.kind === "divide" && state.draft.divided) {
        return reject("motion/already_divided", "The question is already divided.");
      }
      if (state.motions.some((m) => m.kind === command.kind)) {
        return reject("motion/duplicate", "The same motion is already pending.");
      }
      return ok([{ type: "motionMoved", motion: { id: `m${state.nextId}`, kind: command.kind, mover: delegation } }]);
    }
    case "withdrawMotion": {
      const motion = state.motions.find((m) => m.id === command.id);
      if (!motion) return reject("motion/unknown", "There is no such pending motion.");
      if (motion.mover !== delegation) return reject("motion/not_yours", "Only its mover may withdraw a motion.");
      return ok([{ type: "motionWithdrawn", id: motion.id }]);
    }
    case "raisePointOfOrder": {
      const text = checkText(command.text);
      if (!text.ok) return text;
      return ok([{ type: "pointOfOrderRaised", id: `p${state.nextId}`, delegation, text: text.value }]);
    }
    case "proposeAmendment": {
      if (phase.name !== "resolutionDebate")
        return reject("phase/wrong", "Amendments are proposed in the debate on the draft.");
      if (!state.draft.paragraphs.some((p) => p.number === command.paragraph)) {
        return reject("amendment/invalid_paragraph", `The draft has no paragraph ${command.paragraph}.`);
      }
      const text = checkText(command.text);
      if (!text.ok) return text;
      const amendment: Amendment = {
        id: `a${state.nextId}`,
        paragraph: command.paragraph,
        sponsor: delegation,
        text: text.value,
        status: "pending",
        ...(command.addresses ? { addresses: command.addresses } : {}),
      };
      return ok([{ type: "amendmentProposed", amendment }]);
    }
    case "vote": {
      const rollCall = openOasRollCall(state);
      if (!rollCall) return reject("vote/none_open", "No roll call is open.");
      return facts(answer(rollCall, delegation, command.choice), {
        type: "voteCast",
        delegation,
        choice: command.choice,
      });
    }
    case "explainVote": {
      if (!state.votes.some((v) => v.question === command.question && v.choices[delegation] !== undefined)) {
        return reject("explanation/no_vote", "Explain a vote your delegation has cast.");
      }
      const text = checkText(command.text);
      if (!text.ok) return text;
      return ok([{ type: "explanationEntered", delegation, question: command.question, text: text.value }]);
    }
    case "enterReservation": {
      if (phase.name !== "explanations" && phase.name !== "voting") {
        return reject("phase/wrong", "Reservations are entered with the votes.");
      }
      const text = checkText(command.text);
      return text.ok ? ok([{ type: "reservationEntered", delegation, text: text.value }]) : text;
    }
    case "changeVote": {
      const vote = state.votes.find((v) => v.question === command.question);
      if (!vote) return reject("vote/unknown_question", `No vote on ${command.question} has closed.`);
      const current = currentChoice(state, delegation, command.question);
      if (current === command.choice) return reject("vote/same_choice", "That is already the recorded vote.");
      return ok([
        { type: "voteChangedForRecord", delegation, question: command.question, from: current, to: command.choice },
      ]);
    }
    /* v8 ignore next 2 -- unreachable: the switch covers every member of the union */
    default:
      throw exhaustiveSwitchError(command, "delegation command");
  }
}

/** A delegation's vote on a closed question as the record now shows it, later changes included. */
function currentChoice(state: OasState, delegation: DelegationId, question: QuestionId): Choice {
  const changes = state.record.filter(
    (e) => e.kind === "voteChange" && e.delegation === delegation && e.question === question,
  );
  const last = changes.at(-1);
  if (last?.kind === "voteChange") return last.to;
  // Every entitled member answers every roll call, and only members at the table act.
  return state.votes.find((v) => v.question === question)?.choices[delegation] as Choice;
}

function decide(state: OasState, command: OasCommand, actor: OasActor): Decided {
  const closedForAll = state.phase.name === "closed" && command.type !== "changeVote" && command.type !== "explainVote";
  if (closedForAll) return reject("session/closed", "The session is over.");
  if (command.type === "closeSession") {
    if (actor !== "host") return reject("host/only", "Only the host ends the session.");
    return ok([{ type: "phaseEntered", phase: { name: "closed", outcome: "endedByHost" } }]);
  }
  if (command.type === "reopenDebate") {
    if (actor !== "host") return reject("host/only", "Only the host takes a vote back to its debate.");
    return reopenDebate(state);
  }
  if (state.suspended && command.type !== "resume") return reject("meeting/suspended", "The meeting is suspended.");
  if (isChairCommand(command)) {
    if (actor !== "host" && actor !== state.chair) return reject("chair/only", "Only the chair may do that.");
    return decideChair(state, command);
  }
  if (actor === "host") return reject("host/not_a_delegation", "The host acts through the chair, not as a delegation.");
  const member = state.members.find((m) => m.delegation === actor);
  if (!member) return reject("seat/unknown", `${actor} has no seat at this table.`);
  if (member.excluded) return reject("seat/excluded", `${actor} is excluded from participation.`);
  return decideDelegation(state, member.delegation, command);
}

// ───────────────────────────── evolve ─────────────────────────────

/** Unwraps a helper's result inside `evolve`, where every event was already decided valid. */
function must<T>(result: Result<T>): T {
  /* v8 ignore next -- a recorded event was decided valid against this very state */
  if (!result.ok) throw new Error(`event does not apply: ${result.rejection.code}`);
  return result.value;
}

/** The state with its open roll call (a motion's, else the phase's) replaced. */
function withRollCall(state: OasState, rollCall: RollCall): OasState {
  if (state.motionVote) return { ...state, motionVote: { ...state.motionVote, rollCall } };
  return { ...state, phase: { ...(state.phase as Extract<OasPhase, { rollCall: RollCall }>), rollCall } };
}

/** Applies one recorded event; `foldOas` replays a log through it. */
export function evolveOas(state: OasState, event: OasEvent): OasState {
  const next: OasState = { ...state, version: event.version };
  const { at } = event;
  if (isSpeakersFact(event)) return { ...next, speakers: evolveSpeakers(state.speakers, event, at) };
  switch (event.type) {
    case "debateReopened":
      return { ...next, phase: { name: event.phase }, motionVote: null };
    case "phaseEntered": {
      const debate = event.phase.name === "convocationDebate" || event.phase.name === "resolutionDebate";
      return {
        ...next,
        phase: event.phase,
        motionVote: null,
        motions: debate ? [] : next.motions,
        speakers:
          debate || event.phase.name === "usStatement"
            ? emptySpeakersList(state.speakers.timeLimitSeconds)
            : next.speakers,
      };
    }
    case "floorGivenTo": {
      const speakers = next.speakers;
      return {
        ...next,
        speakers: {
          ...speakers,
          floor: { delegation: event.delegation, since: at, kind: "speech" },
          spoken: [...speakers.spoken, event.delegation],
        },
      };
    }
    case "speechDelivered":
      return {
        ...next,
        record: [
          ...state.record,
          {
            kind: "speech",
            delegation: event.delegation,
            text: event.text,
            at,
            ...(event.themes ? { themes: event.themes } : {}),
          },
        ],
      };
    case "motionMoved":
      return {
        ...next,
        motions: [...state.motions, event.motion],
        record: [...state.record, { kind: "motion", motion: event.motion, at }],
        nextId: state.nextId + 1,
      };
    case "motionWithdrawn":
      return { ...next, motions: state.motions.filter((m) => m.id !== event.id) };
    case "motionPut":
      return {
        ...next,
        motions: state.motions.filter((m) => m.id !== event.motion.id),
        motionVote: { motion: event.motion, rollCall: event.rollCall },
      };
    case "pointOfOrderRaised":
      return {
        ...next,
        record: [
          ...state.record,
          { kind: "pointOfOrder", id: event.id, delegation: event.delegation, text: event.text, at, upheld: null },
        ],
        nextId: state.nextId + 1,
      };
    case "pointOfOrderRuled":
      return {
        ...next,
        record: state.record.map((e) =>
          e.kind === "pointOfOrder" && e.id === event.id ? { ...e, upheld: event.upheld } : e,
        ),
      };
    case "amendmentProposed":
      return {
        ...next,
        draft: { ...state.draft, amendments: [...state.draft.amendments, event.amendment] },
        nextId: state.nextId + 1,
      };
    case "voteCast": {
      const rollCall = openOasRollCall(state) as RollCall;
      return withRollCall(next, must(answer(rollCall, event.delegation, event.choice)));
    }
    case "voteClosed": {
      const draft = state.motionVote ? state.draft : settle(state.draft, event.result.question, event.result.adopted);
      return { ...next, votes: [...state.votes, event.result], draft, motionVote: null };
    }
    case "speechExtended": {
      const floor = state.speakers.floor as NonNullable<SpeakersList["floor"]>;
      return {
        ...next,
        speakers: { ...state.speakers, floor: { ...floor, since: floor.since + event.seconds * 1000 } },
      };
    }
    case "meetingSuspended":
      return { ...next, suspended: true };
    case "meetingResumed":
      return { ...next, suspended: false };
    case "divisionAdopted":
      return { ...next, draft: { ...state.draft, divided: true } };
    case "explanationEntered":
      return {
        ...next,
        record: [
          ...state.record,
          { kind: "explanation", delegation: event.delegation, question: event.question, text: event.text, at },
        ],
      };
    case "reservationEntered":
      return {
        ...next,
        record: [...state.record, { kind: "reservation", delegation: event.delegation, text: event.text, at }],
      };
    case "voteChangedForRecord":
      return {
        ...next,
        record: [
          ...state.record,
          {
            kind: "voteChange",
            delegation: event.delegation,
            question: event.question,
            from: event.from,
            to: event.to,
            at,
          },
        ],
      };
    /* v8 ignore next 2 -- unreachable: the switch covers every member of the union */
    default:
      throw exhaustiveSwitchError(event, "OAS event");
  }
}

/**
 * The one entry: decides a command against the state and returns the new state with the events that
 * record it, or a rejection that changes nothing. `foldOas` replays a log.
 */
export const { apply: applyOas, fold: foldOas, accepts: acceptsOas } = eventSourced(decide, evolveOas);
