import type { DelegationId } from "../ids.ts";
import { type OasActor, type OasCommand, type OasState, openOasRollCall } from "../oas.ts";
import { calledNext } from "../rollCall.ts";
import { type Move, nextHistoricalOasMove, type OasScript } from "./historicalOas.ts";
import { answerOpenAsk, type Beyond, NOTHING_BEYOND, nextOpenOasMove, type OpenPlan } from "./openOas.ts";
import type { AskAnswer, CorridorAsk } from "./persuasion.ts";

/**
 * Who voices the empty seats: bots on their 1962 instructions, bots that weigh the table (open history), or
 * none (the host turned them off: an empty seat is recorded absent when called, and the host chairs).
 */
export type OasBots =
  | { readonly mode: "historical"; readonly script: OasScript }
  | { readonly mode: "open"; readonly plan: OpenPlan }
  | { readonly mode: "none" };

type OasMove = Move<OasActor, OasCommand>;

/** The script with the seats people hold taken out: bots neither speak, move nor reserve for them. */
export function scriptForBots(script: OasScript, humans: ReadonlySet<string>): OasScript {
  const bot = (d: string) => !humans.has(d);
  return {
    ...script,
    debates: {
      usStatement: script.debates.usStatement.filter((s) => bot(s.delegation)),
      convocationDebate: script.debates.convocationDebate.filter((s) => bot(s.delegation)),
      resolutionDebate: script.debates.resolutionDebate.filter((s) => bot(s.delegation)),
    },
    motions: script.motions.filter((m) => bot(m.delegation)),
    reservations: script.reservations.filter((r) => bot(r.delegation)),
    voteChanges: script.voteChanges.filter((c) => bot(c.delegation)),
  };
}

/**
 * The next move of a bot at a live table where people hold some seats, or null while the table waits for a
 * person: to vote when called, to speak or yield when given the floor, or to chair when a person holds the
 * chair. A seat a person takes is no longer voiced by a bot from the next move on; one they leave is voiced
 * again. Pure.
 */
export function nextBotOasMove(
  state: OasState,
  bots: OasBots,
  humans: ReadonlySet<string>,
  beyond: Beyond = NOTHING_BEYOND,
): OasMove | null {
  if (bots.mode === "none") {
    const roll = openOasRollCall(state);
    const called = roll ? calledNext(roll) : undefined;
    return called && !humans.has(called) ? { actor: "host", command: { type: "recordAbsent" } } : null;
  }
  const move =
    bots.mode === "open"
      ? nextOpenOasMove(state, bots.plan, humans, beyond)
      : nextHistoricalOasMove(state, scriptForBots(bots.script, humans));
  if (!move || move.actor === "host" || humans.has(move.actor)) return null;
  return move;
}

/**
 * How the bot voicing `delegation` answers a request in the corridors: in open history it weighs it (see
 * `answerOpenAsk`); in the historical replay it keeps to 1962. Null without bots: nobody answers. Pure.
 */
export function answerBotAsk(
  state: OasState,
  bots: OasBots,
  delegation: DelegationId,
  ask: CorridorAsk,
  beyond: Beyond = NOTHING_BEYOND,
): AskAnswer | null {
  if (bots.mode === "none") return null;
  if (bots.mode === "historical") return { answer: "declined", reason: "instructed1962" };
  return answerOpenAsk(state, bots.plan, delegation, ask, beyond);
}

/**
 * What the chair does when a person has kept the table waiting past the time allowed: records them absent
 * from the roll call, or ends their speech. Null when the chair is a person too (or, without bots, the host),
 * or nobody is waited for: then the host decides.
 */
export function chairAfterWaiting(state: OasState, humans: ReadonlySet<string>, bots?: OasBots): OasMove | null {
  if (humans.has(state.chair) || bots?.mode === "none") return null;
  const roll = openOasRollCall(state);
  const called = roll ? calledNext(roll) : undefined;
  if (called && humans.has(called)) return { actor: state.chair, command: { type: "recordAbsent" } };
  const floor = state.speakers.floor;
  if (floor && humans.has(floor.delegation)) return { actor: state.chair, command: { type: "endSpeech" } };
  return null;
}
