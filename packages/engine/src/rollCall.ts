import type { DelegationId } from "./ids.ts";
import { ok, type Result, reject } from "./result.ts";
import { type Choice, type Decision, type DecisionRule, decide } from "./voting.ts";

/**
 * What a vote decides, as the record names it: `convocation`, `paragraph-1` … `paragraph-4`, `whole`,
 * `amendment-<id>` or `draft-<id>`.
 */
export type QuestionId = string;

/** A roll-call vote in progress: each entitled member is called in turn and answers once. */
export interface RollCall {
  /** e.g. `paragraph-2` */
  readonly question: QuestionId;
  readonly rule: DecisionRule;
  /** The members entitled to vote, in the order they are called, e.g. `["ARG", "BOL", …]`. */
  readonly order: readonly DelegationId[];
  /** Answers so far, by delegation; a member not yet called has none. */
  readonly choices: Readonly<Record<string, Choice>>;
}

/** A vote as it stands in the record once closed. */
export interface VoteResult extends Decision {
  readonly question: QuestionId;
  /** Every entitled member's answer, in calling order. */
  readonly choices: Readonly<Record<string, Choice>>;
}

export type RollCallRejectionCode = "vote/not_entitled" | "vote/already_cast" | "vote/not_called" | "vote/incomplete";

export function openRollCall(question: QuestionId, rule: DecisionRule, order: readonly DelegationId[]): RollCall {
  return { question, rule, order: [...order], choices: {} };
}

/** The delegation the roll call has reached, or undefined once everyone has answered. */
export const calledNext = (rollCall: RollCall): DelegationId | undefined =>
  rollCall.order.find((member) => rollCall.choices[member] === undefined);

/**
 * Records the answer of the delegation that has been called. Only the called delegation may answer, and
 * only once: the roll is called in order, as in the Council, and no seat votes twice on one question.
 * `absent` is how the chair records a called delegation that does not answer.
 */
export function answer(
  rollCall: RollCall,
  delegation: DelegationId,
  choice: Choice,
): Result<RollCall, RollCallRejectionCode> {
  if (!rollCall.order.includes(delegation)) {
    return reject("vote/not_entitled", `${delegation} is not entitled to vote on ${rollCall.question}.`);
  }
  if (rollCall.choices[delegation] !== undefined) {
    return reject("vote/already_cast", `${delegation} has already answered on ${rollCall.question}.`);
  }
  const called = calledNext(rollCall);
  if (called !== delegation) {
    return reject("vote/not_called", `The roll call has reached ${called}, not ${delegation}.`);
  }
  return ok({ ...rollCall, choices: { ...rollCall.choices, [delegation]: choice } });
}

/** Closes a roll call that every entitled member has answered, and decides it. */
export function closeRollCall(rollCall: RollCall): Result<VoteResult, RollCallRejectionCode> {
  const waiting = calledNext(rollCall);
  if (waiting !== undefined) {
    return reject("vote/incomplete", `${waiting} has not answered yet on ${rollCall.question}.`);
  }
  const choices = Object.fromEntries(rollCall.order.map((member) => [member, rollCall.choices[member] as Choice]));
  return ok({ question: rollCall.question, choices, ...decide(rollCall.rule, choices) });
}
