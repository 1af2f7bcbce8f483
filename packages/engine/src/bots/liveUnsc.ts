import type { QuestionId } from "../rollCall.ts";
import { calledNext } from "../rollCall.ts";
import { SECRETARY_GENERAL, type UnscActor, type UnscCommand, type UnscState } from "../unsc.ts";
import type { Move } from "./historicalOas.ts";
import { nextHistoricalUnscMove, type UnscScript } from "./historicalUnsc.ts";
import { decideUnscVote, nextOpenUnscMove, type UnscOpenPlan, type UnscOpenProfile } from "./openUnsc.ts";
import { type AskAnswer, type CorridorAsk, type Pledge, pledgeOf, pledgeReason, weighAsk } from "./persuasion.ts";

/**
 * Who voices the empty seats of the Security Council: bots on the 1962 record (with, for a vote 1962 never
 * held, each government's known leaning), bots of open history, or none (the host turned them off).
 */
export type UnscBots =
  | { readonly mode: "historical"; readonly script: UnscScript; readonly profiles: readonly UnscOpenProfile[] }
  | { readonly mode: "open"; readonly plan: UnscOpenPlan }
  | { readonly mode: "none" };

type UnscMove = Move<UnscActor, UnscCommand>;

/** The script with the seats people hold taken out: bots neither speak, table nor state for them. */
export function unscScriptForBots(script: UnscScript, humans: ReadonlySet<string>): UnscScript {
  const bot = (d: string) => !humans.has(d);
  return {
    meetings: script.meetings.map((m) => ({
      speeches: m.speeches.filter((s) => bot(s.delegation)),
      drafts: m.drafts.filter((d) => bot(d.sponsor)),
      statements: bot(SECRETARY_GENERAL) ? m.statements : [],
    })),
  };
}

/**
 * How a bot answers a roll call. The procedural questions (the agenda, Cuba's invitation, adjournment) were
 * settled without objection in 1962: a bot lets the Council go on. On a draft or an amendment it votes its
 * government's leaning towards the sponsor; in historical mode without a temperament, as no such vote was held.
 */
export function botUnscChoice(
  state: UnscState,
  bots: Exclude<UnscBots, { mode: "none" }>,
  delegation: string,
  question: QuestionId,
  pledges: readonly Pledge[] = [],
): "yes" | "no" | "abstain" {
  return weighUnscVote(state, bots, delegation, question, pledges)?.choice ?? "yes";
}

/**
 * Why a bot votes as `botUnscChoice` says on a draft or an amendment, for the record; null on a procedural
 * question (the agenda, the invitation, adjournment), which bots let through.
 */
export function explainUnscVote(
  state: UnscState,
  bots: Exclude<UnscBots, { mode: "none" }>,
  delegation: string,
  question: QuestionId,
  pledges: readonly Pledge[] = [],
): string[] | null {
  const weighed = weighUnscVote(state, bots, delegation, question, pledges);
  return weighed && weighed.reasons.length > 0 ? [...weighed.reasons] : null;
}

/**
 * A bot's vote on a draft or an amendment with its reasons: the word it gave, or its leaning towards the
 * draft's sponsor (a seat without a profile abstains). Null on a procedural question.
 */
function weighUnscVote(
  state: UnscState,
  bots: Exclude<UnscBots, { mode: "none" }>,
  delegation: string,
  question: QuestionId,
  pledges: readonly Pledge[],
): { readonly choice: "yes" | "no" | "abstain"; readonly reasons: readonly string[] } | null {
  const draft = draftOf(state, question);
  if (!draft) return null;
  const pledge = pledgeOf(pledges, delegation, question);
  if (pledge) return { choice: pledge.choice, reasons: [pledgeReason(pledge)] };
  return weighDraft(bots, delegation, draft.sponsor) ?? { choice: "abstain", reasons: [] };
}

/** The draft a question decides: the draft itself, or the draft an amendment would change. */
const draftOf = (state: UnscState, question: QuestionId) =>
  state.drafts.find((d) => d.id === question) ??
  state.drafts.find((d) => d.id === state.amendments.find((a) => a.id === question)?.draft);

/** A member's leaning on a sponsor's draft, with its temperament in open history. */
function weighDraft(bots: Exclude<UnscBots, { mode: "none" }>, delegation: string, sponsor: string) {
  const profiles = bots.mode === "open" ? bots.plan.profiles : bots.profiles;
  const profile = profiles.find((p) => p.delegation === delegation);
  if (!profile) return null;
  const temperament = bots.mode === "open" ? (bots.plan.temperaments[delegation] ?? 0) : 0;
  const score = (profile.lean[sponsor] ?? 0) + temperament;
  return { ...decideUnscVote(profile, sponsor, temperament), score, pliancy: 1 - profile.conviction };
}

/** The questions of the Security Council a member may be asked about: the drafts tabled, the amendments pending. */
export function askableUnscQuestions(state: UnscState): QuestionId[] {
  if (state.phase.name === "closed") return [];
  return [
    ...state.drafts.filter((d) => d.status === "tabled").map((d) => d.id),
    ...state.amendments.filter((a) => a.status === "pending").map((a) => a.id),
  ];
}

/**
 * How a bot member answers a request in the corridors. No draft was voted in 1962, so in both modes it weighs
 * the request against its government's leaning towards the draft's sponsor (and a vote in return that it
 * wants), as far as its conviction allows. Null without bots. Pure.
 */
export function answerUnscAsk(
  state: UnscState,
  bots: UnscBots,
  delegation: string,
  ask: CorridorAsk,
): AskAnswer | null {
  if (bots.mode === "none") return null;
  const draft = draftOf(state, ask.question);
  const voting = state.phase.name === "voting" ? state.phase.rollCall : null;
  const cast = voting?.question === ask.question && voting.choices[delegation] !== undefined;
  const weighed = draft ? weighDraft(bots, delegation, draft.sponsor) : null;
  if (!weighed || cast || !askableUnscQuestions(state).includes(ask.question)) {
    return { answer: "declined", reason: "voted" };
  }
  const offered = ask.offer ? draftOf(state, ask.offer.question) : undefined;
  const offerWanted =
    ask.offer !== undefined &&
    offered !== undefined &&
    offered.id !== draft?.id &&
    weighDraft(bots, delegation, offered.sponsor)?.choice === ask.offer.choice;
  return weighAsk(weighed.score, ask.choice, weighed.pliancy, offerWanted);
}

/**
 * The next move of a bot at a live Security Council where people hold some seats, or null while the table
 * waits for a person. A bot President puts what a person asked for (a motion to adjourn, a sponsor's request
 * for a vote) before the record's business; bots answer roll calls as `botUnscChoice` says. Pure.
 */
export function nextBotUnscMove(
  state: UnscState,
  bots: UnscBots,
  humans: ReadonlySet<string>,
  pledges: readonly Pledge[] = [],
): UnscMove | null {
  const { phase } = state;
  const isBot = (d: string) => !humans.has(d);
  if (phase.name === "voting") {
    const called = calledNext(phase.rollCall);
    if (bots.mode === "none")
      return called && isBot(called) ? { actor: "host", command: { type: "recordAbsent" } } : null;
    if (!called) return isBot(state.president) ? { actor: state.president, command: { type: "closeVote" } } : null;
    if (!isBot(called)) return null;
    return {
      actor: called,
      command: { type: "vote", choice: botUnscChoice(state, bots, called, phase.rollCall.question, pledges) },
    };
  }
  if (bots.mode === "none") return null;
  if (phase.name === "debate" && isBot(state.president) && !state.speakers.floor) {
    if (state.adjournMotion) return { actor: state.president, command: { type: "putMotion" } };
    const requested = state.drafts.find((d) => d.status === "tabled" && d.voteRequested);
    if (requested) return { actor: state.president, command: { type: "putDraft", draft: requested.id } };
  }
  const move =
    bots.mode === "open"
      ? nextOpenUnscMove(state, {
          ...bots.plan,
          script: unscScriptForBots(bots.plan.script, humans),
          requests: bots.plan.requests.filter(isBot),
        })
      : nextHistoricalUnscMove(state, unscScriptForBots(bots.script, humans));
  if (!move || move.actor === "host" || humans.has(move.actor)) return null;
  return move;
}

/**
 * What a bot President does when a person has kept the Council waiting past the time allowed: records them
 * absent from the roll call, or ends their speech. Null when the President is a person, without bots, or
 * when nobody is waited for.
 */
export function unscChairAfterWaiting(state: UnscState, humans: ReadonlySet<string>, bots: UnscBots): UnscMove | null {
  if (humans.has(state.president) || bots.mode === "none") return null;
  const { phase } = state;
  const called = phase.name === "voting" ? calledNext(phase.rollCall) : undefined;
  if (called && humans.has(called)) return { actor: state.president, command: { type: "recordAbsent" } };
  const floor = state.speakers.floor;
  if (floor && humans.has(floor.delegation)) return { actor: state.president, command: { type: "endSpeech" } };
  return null;
}

/**
 * Whether a bot President's command would close a time for talk or objection (a meeting's debate, the
 * agenda and the invitation, which pass without objection): while people hold seats it waits first.
 */
export const unscClosesTalk = (state: UnscState, command: UnscCommand): boolean =>
  command.type === "proceed" || (command.type === "adjournMeeting" && state.phase.name === "debate");
