import { amendmentQuestion } from "../draft.ts";
import type { RandomSource } from "../eventSourcing.ts";
import type { DelegationId } from "../ids.ts";
import { type MotionKind, type OasActor, type OasCommand, type OasState, openOasRollCall } from "../oas.ts";
import type { QuestionId } from "../rollCall.ts";
import { calledNext } from "../rollCall.ts";
import { type Move, type ScriptedSpeech, speakersTurn } from "./historicalOas.ts";
import {
  type AskAnswer,
  type CorridorAsk,
  choiceOf,
  NO_BELOW,
  type Pledge,
  pledgeOf,
  pledgeReason,
  weighAsk,
  YES_FROM,
} from "./persuasion.ts";
import { reasonText } from "./reasons.ts";

/**
 * Open history: bots that weigh what happens at the table instead of replaying 1962. Each seat starts from
 * a profile drawn from the record; a seeded draw gives each session its own temperament; what the table does
 * (who argues for what, an amendment that leaves armed force to each state, a division of the question,
 * instructions arriving) moves the votes. Every decision comes with its reasons, for the debrief.
 */
export interface OpenProfile {
  readonly delegation: DelegationId;
  /** Support for the US initiative, from -1 (against) to 1 (for); from the seat's 1962 votes. */
  readonly stance: number;
  /** How hard the seat is to move, from 0 to 1. */
  readonly conviction: number;
  /** Will not authorise the joint use of armed force (Rio Treaty art. 20): Mexico, Brazil, Bolivia, Chile. */
  readonly noJointForce: boolean;
  /** Has no instructions from its capital: abstains until they arrive (Uruguay). */
  readonly uninstructed: boolean;
  /** What it says when it speaks. */
  readonly speech: string;
}

export interface OpenDecision {
  readonly choice: "yes" | "no" | "abstain";
  /** The weighed score: yes from 0.2, no from -0.4. */
  readonly score: number;
  /** Why, in order, for the debrief. */
  readonly reasons: readonly string[];
}

/** What the table has done that a seat weighs. */
export interface TableMood {
  /** An adopted amendment leaves armed force to each state. */
  readonly armedForceAmended: boolean;
  /** The question was divided: each paragraph voted on its own. */
  readonly divided: boolean;
  /** Speeches heard from seats that back the initiative, and from seats that hold back. */
  readonly heardFor: number;
  readonly heardCaution: number;
}

/**
 * What a seat hears beyond the table: the crisis, its capital, the corridors. Live rooms fill it from the
 * session's crisis track and corridor log; the simulator from its own clock.
 */
export interface Beyond {
  /** The crisis track's tension, 0 to 100; the week opens at 50. */
  readonly tension: number;
  /** Seats whose instructions have reached them since the week began (Uruguay's, on 24 October). */
  readonly instructed: readonly string[];
  /** The word seats have given in the corridors. */
  readonly pledges: readonly Pledge[];
}

export const NOTHING_BEYOND: Beyond = { tension: 50, instructed: [], pledges: [] };

/** The questions a seat weighs on their merits (not motions, not amendments): the danger of the week bears on them. */
const isSubstantive = (question: QuestionId) =>
  question === "convocation" || question === "whole" || question.startsWith("paragraph-");

/** Whether the joint use of armed force is at stake in a question, as the table stands. */
const armedForceAtStake = (question: QuestionId, mood: TableMood) =>
  question === "paragraph-2" || (question === "whole" && !mood.divided);

/** What is being decided, beyond its question id: the kind of motion, or what an amendment answers. */
export interface QuestionContext {
  readonly motionKind?: MotionKind;
  /** The amendment leaves armed force to each state (its sponsor said so). */
  readonly armedForceAmendment?: boolean;
}

/** How a seat weighs a motion: a division helps those who cannot take every paragraph; delay helps the reserved. */
function weighMotion(profile: OpenProfile, kind: MotionKind | undefined): { score: number; reason: string } {
  if (kind === "closeDebate") {
    return profile.stance >= 0.5
      ? { score: 0.6, reason: reasonText("wantsVote") }
      : { score: profile.stance - 0.3, reason: reasonText("wantsDebate") };
  }
  if (kind === "suspend" || kind === "adjourn") {
    return profile.stance >= 0.5
      ? { score: -0.6, reason: reasonText("noDelay") }
      : { score: 0.5 - profile.stance, reason: reasonText("consult") };
  }
  return profile.noJointForce
    ? { score: 1, reason: reasonText("divisionHelps") }
    : { score: 0.5 - profile.stance * 0.3, reason: reasonText("partsFine") };
}

/** How a seat votes on a question of the OAS Council in open history. Pure. */
export function decideOpenVote(
  profile: OpenProfile,
  question: QuestionId,
  mood: TableMood,
  temperament: number,
  context: QuestionContext = {},
  beyond: Beyond = NOTHING_BEYOND,
): OpenDecision {
  const reasons: string[] = [];
  if (profile.uninstructed && !beyond.instructed.includes(profile.delegation)) {
    return { choice: "abstain", score: 0, reasons: [reasonText("noInstructions")] };
  }
  if (profile.uninstructed) reasons.push(reasonText("instructionsArrived"));
  const pledge = pledgeOf(beyond.pledges, profile.delegation, question);
  if (pledge) {
    const score = pledge.choice === "yes" ? YES_FROM : pledge.choice === "no" ? NO_BELOW : 0;
    return { choice: pledge.choice, score, reasons: [...reasons, pledgeReason(pledge)] };
  }
  const pliancy = 1 - profile.conviction;
  let score: number;
  if (question.startsWith("motion-")) {
    const weighed = weighMotion(profile, context.motionKind);
    score = weighed.score;
    reasons.push(weighed.reason);
  } else if (question.startsWith("amendment-")) {
    // An amendment that meets the constitutional objection wins its holders; any other weakens the initiative.
    const meets = profile.noJointForce && context.armedForceAmendment !== false;
    score = meets ? 1 : 0.3 - profile.stance * 0.8;
    reasons.push(meets ? reasonText("amendmentMeets") : reasonText("amendmentWeakens"));
  } else {
    score = profile.stance;
    reasons.push(reasonText(profile.stance >= 0.5 ? "lineFor" : profile.stance > 0 ? "lineCautious" : "lineReserved"));
  }
  // Each speech heard moves a pliant seat a little, and all of them together only so far.
  const persuasion = Math.max(-0.15, Math.min(0.15, (mood.heardFor - mood.heardCaution) * 0.015)) * pliancy;
  if (persuasion !== 0 && !question.startsWith("motion-")) {
    score += persuasion;
    reasons.push(persuasion > 0 ? reasonText("movedFor") : reasonText("movedCaution"));
  }
  // The danger of the week: rising, it rallies a pliant seat to the hemisphere's line; easing, it lets it hold back.
  const danger = Math.max(-1, Math.min(1, (beyond.tension - 50) / 50));
  if (danger !== 0 && isSubstantive(question)) {
    score += danger * 0.3 * pliancy;
    reasons.push(danger > 0 ? reasonText("dangerRallies") : reasonText("dangerEases"));
  }
  score += temperament;
  if (profile.noJointForce && armedForceAtStake(question, mood) && !mood.armedForceAmended) {
    score = Math.min(score, 0);
    reasons.push(reasonText("constitutionCap"));
  } else if (profile.noJointForce && mood.armedForceAmended && question === "paragraph-2") {
    reasons.push(reasonText("amendedParagraph"));
  }
  return { choice: choiceOf(score), score, reasons };
}

/** One session's draws: who speaks, who moves what, each seat's temperament. Made once from the seed. */
export interface OpenPlan {
  readonly profiles: readonly OpenProfile[];
  readonly temperaments: Readonly<Record<string, number>>;
  readonly debates: Readonly<
    Record<"usStatement" | "convocationDebate" | "resolutionDebate", readonly ScriptedSpeech[]>
  >;
  /** The seat that moves to divide the question, if any does. */
  readonly divider: DelegationId | null;
  /** The seat that proposes to leave armed force to each state, if any does. */
  readonly amender: DelegationId | null;
  readonly amendmentText: string;
  /** What a seat that cannot authorise armed force enters in the record, when nothing met its objection. */
  readonly reservationText: string;
}

export function planOpenSession(
  profiles: readonly OpenProfile[],
  requester: DelegationId,
  random: RandomSource,
  texts: { readonly amendment: string; readonly reservation: string },
): OpenPlan {
  const temperaments: Record<string, number> = {};
  for (const p of profiles) temperaments[p.delegation] = (random() - 0.5) * 1.1 * (1 - p.conviction);
  const speakers = (chance: number) =>
    profiles
      .filter(
        (p) => !p.uninstructed && p.delegation !== requester && random() < chance * (0.5 + Math.abs(p.stance) / 2),
      )
      .map((p) => ({ delegation: p.delegation, text: p.speech }));
  const hesitant = profiles.filter((p) => p.noJointForce);
  const pick = (chance: number) => {
    if (hesitant.length === 0 || random() >= chance) return null;
    return hesitant[Math.floor(random() * hesitant.length)]?.delegation ?? null;
  };
  const requesterProfile = profiles.find((p) => p.delegation === requester);
  return {
    profiles,
    temperaments,
    debates: {
      usStatement: requesterProfile ? [{ delegation: requester, text: requesterProfile.speech }] : [],
      convocationDebate: speakers(0.6),
      resolutionDebate: [
        ...(requesterProfile ? [{ delegation: requester, text: requesterProfile.speech }] : []),
        ...speakers(0.5),
      ],
    },
    divider: pick(0.8),
    amender: pick(0.35),
    amendmentText: texts.amendment,
    reservationText: texts.reservation,
  };
}

type OasMove = Move<OasActor, OasCommand>;

/**
 * What the table has done so far, as the bots weigh it. A speech its speaker tagged counts for what it argues
 * (security or legality for the initiative, sovereignty or non-intervention for caution); an untagged one
 * for where its speaker's government stands.
 */
export function moodOf(state: OasState, plan: OpenPlan): TableMood {
  const profile = (id: string) => plan.profiles.find((p) => p.delegation === id);
  const argues = (e: Extract<OasState["record"][number], { kind: "speech" }>, side: "for" | "caution"): boolean => {
    if (e.themes && e.themes.length > 0) {
      return e.themes.some((t) =>
        side === "for" ? t === "security" || t === "legality" : t === "sovereignty" || t === "nonIntervention",
      );
    }
    return side === "for"
      ? (profile(e.delegation)?.stance ?? 0) >= 0.5
      : (profile(e.delegation)?.noJointForce ?? false);
  };
  const speeches = state.record.filter((e) => e.kind === "speech");
  return {
    armedForceAmended: state.draft.amendments.some((a) => a.status === "adopted" && a.addresses === "armedForce"),
    divided: state.draft.divided,
    heardFor: speeches.filter((e) => argues(e, "for")).length,
    heardCaution: speeches.filter((e) => argues(e, "caution")).length,
  };
}

/** What a question of the table is, beyond its id: the motion's kind, or what an amendment answers. */
function contextOf(state: OasState, question: QuestionId): QuestionContext {
  const motion = [...state.motions, ...(state.motionVote ? [state.motionVote.motion] : [])].find(
    (m) => `motion-${m.id}` === question,
  );
  const amendment = state.draft.amendments.find((a) => amendmentQuestion(a.id) === question);
  return {
    ...(motion ? { motionKind: motion.kind } : {}),
    ...(amendment ? { armedForceAmendment: amendment.addresses === "armedForce" } : {}),
  };
}

/**
 * How a seat votes on the roll call open now, with its reasons; null when no roll call is open or the seat
 * has no profile. Pure.
 */
export function openVoteOf(
  state: OasState,
  plan: OpenPlan,
  delegation: string,
  beyond: Beyond = NOTHING_BEYOND,
): OpenDecision | null {
  const roll = openOasRollCall(state);
  const profile = plan.profiles.find((p) => p.delegation === delegation);
  if (!roll || !profile) return null;
  const temperament = plan.temperaments[delegation] ?? 0;
  return decideOpenVote(
    profile,
    roll.question,
    moodOf(state, plan),
    temperament,
    contextOf(state, roll.question),
    beyond,
  );
}

/**
 * The questions a seat may be asked about in the corridors now: those the table may still vote on (the
 * convocation, each paragraph, the whole, a pending amendment or motion), not those already voted.
 */
export function askableOasQuestions(state: OasState): QuestionId[] {
  if (state.phase.name === "closed") return [];
  const questions: QuestionId[] = [
    "convocation",
    ...state.draft.paragraphs.map((_, i) => `paragraph-${i + 1}`),
    "whole",
    ...state.draft.amendments.filter((a) => a.status === "pending").map((a) => amendmentQuestion(a.id)),
    ...[...state.motions, ...(state.motionVote ? [state.motionVote.motion] : [])].map((m) => `motion-${m.id}`),
  ];
  return questions.filter((q) => !state.votes.some((v) => v.question === q));
}

/**
 * How a bot of open history answers a request in the corridors (`ask`, from `from`). It agrees when it meant
 * to vote so anyway, or when the request (and a vote it wants in return) moves it no further than its
 * conviction allows; never against its constitution, never without instructions, never on a vote it has cast.
 * The word it gives binds its vote (see `Beyond.pledges`). Pure.
 */
export function answerOpenAsk(
  state: OasState,
  plan: OpenPlan,
  delegation: DelegationId,
  ask: CorridorAsk,
  beyond: Beyond = NOTHING_BEYOND,
): AskAnswer {
  const profile = plan.profiles.find((p) => p.delegation === delegation);
  const roll = openOasRollCall(state);
  const castAlready = roll?.question === ask.question && roll.choices[delegation] !== undefined;
  if (!profile || castAlready || !askableOasQuestions(state).includes(ask.question)) {
    return { answer: "declined", reason: "voted" };
  }
  if (profile.uninstructed && !beyond.instructed.includes(delegation)) {
    return ask.choice === "abstain"
      ? { answer: "agreed", reason: "alreadyMinded" }
      : { answer: "declined", reason: "uninstructed" };
  }
  const mood = moodOf(state, plan);
  const temperament = plan.temperaments[delegation] ?? 0;
  // Weighed afresh: a word given earlier on this question does not stand in the way of a new request.
  const free: Beyond = { ...beyond, pledges: beyond.pledges.filter((p) => p.question !== ask.question) };
  const now = decideOpenVote(profile, ask.question, mood, temperament, contextOf(state, ask.question), free);
  const constitution =
    profile.noJointForce && armedForceAtStake(ask.question, mood) && !mood.armedForceAmended && ask.choice === "yes";
  if (constitution) return { answer: "declined", reason: "constitution" };
  const offer = ask.offer;
  const offerWanted =
    offer !== undefined &&
    offer.question !== ask.question &&
    decideOpenVote(profile, offer.question, mood, temperament, contextOf(state, offer.question), free).choice ===
      offer.choice;
  return weighAsk(now.score, ask.choice, 1 - profile.conviction, offerWanted);
}

/**
 * The next command of the table in open history, or null when nothing is left. The chair keeps the agenda
 * as in 1962; the seats speak, move and vote from their profiles, the plan and the table's mood. Seats in
 * `humans` are people's: the plan's speeches, motions and reservations for them are left out (their votes
 * are still returned, for the caller to leave to them). Pure.
 */
export function nextOpenOasMove(
  state: OasState,
  plan: OpenPlan,
  humans: ReadonlySet<string> = new Set(),
  beyond: Beyond = NOTHING_BEYOND,
): OasMove | null {
  const bot = (delegation: string | null): delegation is DelegationId => delegation !== null && !humans.has(delegation);
  const chair = (command: OasCommand): OasMove => ({ actor: state.chair, command });
  if (state.suspended) return chair({ type: "resume" });
  const roll = openOasRollCall(state);
  if (roll) {
    const called = calledNext(roll);
    if (!called) return chair({ type: "closeVote" });
    return {
      actor: called,
      command: { type: "vote", choice: openVoteOf(state, plan, called, beyond)?.choice ?? "abstain" },
    };
  }
  const { phase } = state;
  switch (phase.name) {
    case "opening":
    case "recess":
      return chair({ type: "advance" });
    case "usStatement":
    case "convocationDebate":
    case "resolutionDebate": {
      const turn = speakersTurn(
        state,
        plan.debates[phase.name].filter((s) => bot(s.delegation)),
      );
      if (turn) return turn;
      if (phase.name === "resolutionDebate") {
        const moved = (kind: string, who: DelegationId) =>
          state.record.some((e) => e.kind === "motion" && e.motion.kind === kind && e.motion.mover === who);
        const armedForceMoved = state.draft.amendments.some(
          (a) => a.addresses === "armedForce" || a.sponsor === plan.amender,
        );
        if (bot(plan.amender) && !armedForceMoved) {
          return {
            actor: plan.amender,
            command: { type: "proposeAmendment", paragraph: 2, text: plan.amendmentText, addresses: "armedForce" },
          };
        }
        if (bot(plan.divider) && !state.draft.divided && !moved("divide", plan.divider)) {
          return { actor: plan.divider, command: { type: "move", kind: "divide" } };
        }
      }
      if (state.motions.length > 0) return chair({ type: "putMotion" });
      return chair({ type: "advance" });
    }
    case "explanations": {
      const mood = moodOf(state, plan);
      const pending = plan.profiles.find(
        (p) =>
          bot(p.delegation) &&
          p.noJointForce &&
          !mood.armedForceAmended &&
          state.votes.some((v) => v.adopted && (v.question === "paragraph-2" || v.question === "whole")) &&
          !state.record.some((e) => e.kind === "reservation" && e.delegation === p.delegation),
      );
      if (pending) {
        return {
          actor: pending.delegation,
          command: { type: "enterReservation", text: plan.reservationText },
        };
      }
      return chair({ type: "advance" });
    }
    case "closed": {
      // Once its instructions arrive (in 1962, the next day) an uninstructed seat records the vote its capital wants.
      const whole = state.votes.find((v) => v.question === "whole");
      const late = plan.profiles.find(
        (p) =>
          bot(p.delegation) &&
          p.uninstructed &&
          beyond.instructed.includes(p.delegation) &&
          whole?.choices[p.delegation] === "abstain" &&
          p.stance >= YES_FROM &&
          !state.record.some((e) => e.kind === "voteChange" && e.delegation === p.delegation),
      );
      return late
        ? { actor: late.delegation, command: { type: "changeVote", question: "whole", choice: "yes" } }
        : null;
    }
    /* v8 ignore next 3 -- vote phases were answered above; listed so the switch stays exhaustive */
    case "convocationVote":
    case "voting":
      return null;
    /* v8 ignore next 2 -- unreachable: the switch covers every member of the union */
    default:
      throw new Error(`unknown phase ${JSON.stringify(phase satisfies never)}`);
  }
}
