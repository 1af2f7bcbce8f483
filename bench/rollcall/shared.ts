// What the three servers of the roll-call benchmark share: the table and the answers its seats give.

/** Seats called in each roll call: the OAS Council's twenty voting members (Cuba excluded, 1962-facts.md §1). */
export const VOTERS = 20;
/** A roll-call answer, as Brink's engine takes it. */
export const CHOICES = ["yes", "no", "abstain", "absent"];
/** Seat `i`'s answer: five yes, the rest no, so a motion to close the debate fails and debate goes on. */
export const choiceOf = (seat: number): string => (seat < 5 ? "yes" : "no");
