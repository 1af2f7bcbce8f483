import type { RandomSource } from "../eventSourcing.ts";
import type { DelegationId } from "../ids.ts";
import { calledNext } from "../rollCall.ts";
import type { UnscActor, UnscCommand, UnscState } from "../unsc.ts";
import type { Move } from "./historicalOas.ts";
import { nextHistoricalUnscMove, type UnscScript } from "./historicalUnsc.ts";
import { reasonText } from "./reasons.ts";

/** How a member of the Security Council weighs the drafts before it, in open history. Game design. */
export interface UnscOpenProfile {
  readonly delegation: DelegationId;
  /** Leaning towards each sponsor's draft, from -1 (against) to 1 (for), by sponsor id. */
  readonly lean: Readonly<Record<string, number>>;
  /** How hard the member is to move, from 0 to 1. */
  readonly conviction: number;
}

export interface UnscOpenPlan {
  readonly script: UnscScript;
  readonly profiles: readonly UnscOpenProfile[];
  readonly temperaments: Readonly<Record<string, number>>;
  /** Sponsors that ask for a vote on their draft at the last meeting, in order. */
  readonly requests: readonly DelegationId[];
}

/**
 * Draws a session of the Security Council: each member's temperament, and which sponsors press their drafts
 * to a vote. In 1962 none did; here each sponsor does with its own chance.
 */
export function planOpenUnsc(
  script: UnscScript,
  profiles: readonly UnscOpenProfile[],
  requestChances: Readonly<Record<string, number>>,
  random: RandomSource,
): UnscOpenPlan {
  const temperaments: Record<string, number> = {};
  for (const p of profiles) temperaments[p.delegation] = (random() - 0.5) * 0.8 * (1 - p.conviction);
  const sponsors = script.meetings.flatMap((m) => m.drafts.map((d) => d.sponsor));
  const requests = sponsors.filter((s) => random() < (requestChances[s] ?? 0));
  return { script, profiles, temperaments, requests };
}

/** A member's vote on a draft: its leaning towards the sponsor, plus its temperament. */
export function decideUnscVote(
  profile: UnscOpenProfile,
  sponsor: string,
  temperament: number,
): { readonly choice: "yes" | "no" | "abstain"; readonly reasons: readonly string[] } {
  const lean = profile.lean[sponsor] ?? 0;
  const score = lean + temperament;
  const choice = score >= 0.2 ? "yes" : score <= -0.4 ? "no" : "abstain";
  const view = lean >= 0.5 ? "supportsDraft" : lean <= -0.5 ? "opposesDraft" : "waryOfDraft";
  return { choice, reasons: [reasonText(view, { sponsor })] };
}

type UnscMove = Move<UnscActor, UnscCommand>;

/**
 * The Security Council in open history: the meetings run as in 1962, but at the last meeting the sponsors
 * drawn by the plan ask for a vote, the President puts each draft, and the members vote as they lean.
 */
export function nextOpenUnscMove(state: UnscState, plan: UnscOpenPlan): UnscMove | null {
  const { phase } = state;
  if (phase.name === "voting") {
    const called = calledNext(phase.rollCall);
    if (!called) return { actor: state.president, command: { type: "closeVote" } };
    const draft = state.drafts.find((d) => d.id === phase.rollCall.question);
    const amendment = state.amendments.find((a) => a.id === phase.rollCall.question);
    const sponsor = draft?.sponsor ?? state.drafts.find((d) => d.id === amendment?.draft)?.sponsor ?? "";
    const profile = plan.profiles.find((p) => p.delegation === called);
    const choice = profile ? decideUnscVote(profile, sponsor, plan.temperaments[called] ?? 0).choice : "abstain";
    return { actor: called, command: { type: "vote", choice } };
  }
  const move = nextHistoricalUnscMove(state, plan.script);
  if (phase.name === "debate" && phase.meeting === state.lastMeeting && move?.command.type === "adjournMeeting") {
    for (const sponsor of plan.requests) {
      const draft = state.drafts.find((d) => d.sponsor === sponsor && d.status === "tabled");
      if (!draft) continue;
      if (!draft.voteRequested) return { actor: sponsor, command: { type: "requestVote", draft: draft.id } };
      return { actor: state.president, command: { type: "putDraft", draft: draft.id } };
    }
  }
  return move;
}
