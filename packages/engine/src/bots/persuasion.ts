import type { DelegationId } from "../ids.ts";
import type { QuestionId } from "../rollCall.ts";
import { reasonText } from "./reasons.ts";

/** A vote a seat may be asked for, or may give its word to, in the corridors. */
export type AskedChoice = "yes" | "no" | "abstain";

/**
 * A request passed along the corridor: vote this way on that question; optionally with an offer in return,
 * the asker's own vote on another question. Only the two seats and the host read it.
 */
export interface CorridorAsk {
  readonly question: QuestionId;
  readonly choice: AskedChoice;
  readonly offer?: { readonly question: QuestionId; readonly choice: AskedChoice };
}

/** A seat's word given in the corridors: it will vote `choice` on `question`, as `to` asked. */
export interface Pledge {
  readonly delegation: DelegationId;
  readonly to: DelegationId;
  readonly question: QuestionId;
  readonly choice: AskedChoice;
}

/**
 * Why a bot answered an ask as it did; the interface words it in the reader's language.
 * - `alreadyMinded`: it meant to vote so anyway.
 * - `persuaded`: the request moved it within what its government allows.
 * - `persuadedByOffer`: the request with a vote it wants in return did.
 * - `tooFar`: what is asked is too far from its government's line.
 * - `constitution`: its constitution forbids it (joint armed force).
 * - `uninstructed`: without instructions it can only abstain.
 * - `voted`: the question is already voted (or the council closed).
 * - `instructed1962`: a bot of the historical replay keeps to what its government did in 1962.
 */
export type AskReason =
  | "alreadyMinded"
  | "persuaded"
  | "persuadedByOffer"
  | "tooFar"
  | "constitution"
  | "uninstructed"
  | "voted"
  | "instructed1962";

export interface AskAnswer {
  readonly answer: "agreed" | "declined";
  readonly reason: AskReason;
}

/** Where each choice lies on a seat's weighed score: yes from 0.2, no from -0.4, abstention between. */
export const YES_FROM = 0.2;
export const NO_BELOW = -0.4;

export function choiceOf(score: number): AskedChoice {
  return score >= YES_FROM ? "yes" : score <= NO_BELOW ? "no" : "abstain";
}

/** How far a score must move for a seat to vote `choice`: 0 when it already would. */
export function distanceTo(score: number, choice: AskedChoice): number {
  if (choice === "yes") return Math.max(0, YES_FROM - score);
  if (choice === "no") return Math.max(0, score - NO_BELOW);
  return score >= YES_FROM ? score - YES_FROM + 0.01 : score <= NO_BELOW ? NO_BELOW - score + 0.01 : 0;
}

/** How far a request moves a seat: its pliancy, and more with a vote in return that it wants. */
export const ASK_PULL = 0.35;
export const OFFER_PULL = 0.2;

/**
 * Weighs a request against a seat's score on the question. Pure. `score` is where the seat stands now;
 * `pliancy` is 1 minus its conviction; `offerWanted` says whether the asker offers a vote the seat wants.
 */
export function weighAsk(score: number, choice: AskedChoice, pliancy: number, offerWanted: boolean): AskAnswer {
  const distance = distanceTo(score, choice);
  if (distance === 0) return { answer: "agreed", reason: "alreadyMinded" };
  if (distance <= ASK_PULL * pliancy) return { answer: "agreed", reason: "persuaded" };
  if (offerWanted && distance <= ASK_PULL * pliancy + OFFER_PULL) {
    return { answer: "agreed", reason: "persuadedByOffer" };
  }
  return { answer: "declined", reason: "tooFar" };
}

/** The word a seat gave on a question, if it gave one: the latest counts. */
export function pledgeOf(pledges: readonly Pledge[], delegation: string, question: QuestionId): Pledge | undefined {
  return pledges.findLast((p) => p.delegation === delegation && p.question === question);
}

/** A sentence for a bot's reasons (the debrief, the simulator's record): the word it gave, and to whom. */
export const pledgeReason = (pledge: Pledge): string => reasonText("pledged", { to: pledge.to });
