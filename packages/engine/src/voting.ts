import type { DelegationId } from "./ids.ts";
import { exhaustiveSwitchError } from "./result.ts";

/** How a delegation answered the roll call; `absent` when it was not there to answer. */
export type Choice = "yes" | "no" | "abstain" | "absent";
export const CHOICES: readonly Choice[] = ["yes", "no", "abstain", "absent"];

/** The count of a vote; it always adds up to the members entitled to vote on the question. */
export interface Tally {
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  readonly absent: number;
}

/**
 * The rule a question is decided by. Each counts on a named basis, and the bases differ: the OAS
 * thresholds count on the membership, never on those present and voting.
 */
export type DecisionRule =
  | {
      /**
       * Rio Treaty art. 16: the Council's decisions under arts. 13 and 15 (to convoke the Organ of
       * Consultation, and to act provisionally as it) need an absolute majority of the members entitled
       * to vote. Art. 14: only ratifying states vote; Cuba, excluded from participation in January 1962,
       * is not entitled. 20 entitled → 11.
       */
      readonly kind: "absoluteMajority";
      readonly entitled: number;
    }
  | {
      /**
       * Rio Treaty art. 17: the Organ of Consultation decides by two-thirds of the signatory states that
       * have ratified the Treaty. 21 ratifying states → 14 (1962-facts.md §2).
       */
      readonly kind: "twoThirdsOfRatifying";
      readonly ratifying: number;
    }
  | {
      /** UN Charter art. 27(2) as it stood in 1962: procedural matters by an affirmative vote of seven members. */
      readonly kind: "unscProcedural";
    }
  | {
      /**
       * UN Charter art. 27(3) as it stood in 1962: other matters by seven affirmative votes including the
       * concurring votes of the permanent members. A permanent member's "no" is a veto; by settled
       * practice its abstention or absence is not.
       */
      readonly kind: "unscSubstantive";
      readonly permanent: readonly DelegationId[];
    };

/** Seven of the eleven members of the Security Council before the 1965 enlargement (Charter art. 27). */
export const UNSC_VOTES_NEEDED = 7;

/** The affirmative votes a question needs under its rule. */
export function votesNeeded(rule: DecisionRule): number {
  switch (rule.kind) {
    case "absoluteMajority":
      // More than half: the smallest n with 2n > entitled.
      return Math.floor(rule.entitled / 2) + 1;
    case "twoThirdsOfRatifying":
      // At least two-thirds: the smallest n with 3n ≥ 2 × ratifying.
      return Math.ceil((rule.ratifying * 2) / 3);
    case "unscProcedural":
    case "unscSubstantive":
      return UNSC_VOTES_NEEDED;
    /* v8 ignore next 2 -- unreachable: the switch covers every member of the union */
    default:
      throw exhaustiveSwitchError(rule, "decision rule");
  }
}

/**
 * Rio Treaty art. 19: a meeting of the Organ of Consultation has a quorum when the states represented are
 * at least as many as the votes the decision needs. Applied to the Council's votes the same way.
 */
export function hasQuorum(rule: DecisionRule, represented: number): boolean {
  return represented >= votesNeeded(rule);
}

export function countChoices(choices: Readonly<Record<string, Choice>>): Tally {
  const tally = { yes: 0, no: 0, abstain: 0, absent: 0 };
  for (const choice of Object.values(choices)) tally[choice] += 1;
  return tally;
}

/** The outcome of a vote, with what decided it. */
export interface Decision {
  readonly adopted: boolean;
  readonly tally: Tally;
  /** Affirmative votes the rule required, e.g. 14. */
  readonly needed: number;
  /** Permanent members who voted "no" on a substantive question: each "no" is a veto (UNSC only). */
  readonly vetoedBy: readonly DelegationId[];
  /** False when too few states were represented to decide at all (Rio Treaty art. 19). */
  readonly quorum: boolean;
}

/** Decides a vote from every entitled member's choice (`absent` for those not there). */
export function decide(rule: DecisionRule, choices: Readonly<Record<string, Choice>>): Decision {
  const tally = countChoices(choices);
  const needed = votesNeeded(rule);
  const represented = tally.yes + tally.no + tally.abstain;
  const quorum =
    rule.kind === "absoluteMajority" || rule.kind === "twoThirdsOfRatifying" ? hasQuorum(rule, represented) : true;
  const vetoedBy =
    rule.kind === "unscSubstantive"
      ? rule.permanent.filter((member) => choices[member] === "no")
      : ([] as DelegationId[]);
  const adopted = quorum && tally.yes >= needed && vetoedBy.length === 0;
  return { adopted, tally, needed, vetoedBy, quorum };
}
