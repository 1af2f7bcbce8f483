// What the chair does next, for a person in the chair (a student, or the host chairing with the bots off): the
// one step the table waits on, chosen from the commands the chair may give now. A bot chair takes these steps
// itself; a person may not know to (a finished roll call stood four minutes on a projector, waiting to be
// closed). Pure: asked of the same facts by the chair's screen and the host's.

/** The facts of the table a chair's next step depends on, as every screen has them. */
export interface ChairFacts {
  /** The commands the server would accept from this chair now, e.g. `["closeVote", "recordAbsent"]`. */
  readonly commands: readonly string[];
  /** The question of an open roll call, "" when none. */
  readonly question: string;
  /** The delegation the roll call waits on, "" when every member has answered. */
  readonly called: string;
  /** Who has the floor, "" for nobody. */
  readonly floor: string;
  /** The speakers' list, in order. */
  readonly queue: readonly string[];
  /** The phase `advance` moves to, "" when none. */
  readonly nextPhase: string;
  /** Points of order the chair has not ruled on. */
  readonly pointsPending: number;
}

/** The chair's next step, as a command and what the sentence needs to say it. */
export type ChairStep =
  | { readonly command: "resume" }
  | { readonly command: "rulePointOfOrder" }
  | { readonly command: "closeVote" }
  | { readonly command: "putMotion" }
  | { readonly command: "giveFloor"; readonly delegation: string }
  | { readonly command: "advance"; readonly next: string };

/**
 * The step the table waits on, most pressing first: a suspended meeting to resume, a point of order to rule
 * on (it is heard before anything else), a roll call every member has answered to close, a motion to put, the
 * next speaker to call; with nobody at the floor and nobody waiting, the next item. Null while the table waits
 * on someone else (a speaker, a delegation called to vote).
 */
export function chairStep(facts: ChairFacts): ChairStep | null {
  const can = (command: string) => facts.commands.includes(command);
  if (can("resume")) return { command: "resume" };
  if (facts.pointsPending > 0 && can("rulePointOfOrder")) return { command: "rulePointOfOrder" };
  if (facts.question !== "") {
    return facts.called === "" && can("closeVote") ? { command: "closeVote" } : null;
  }
  if (can("putMotion")) return { command: "putMotion" };
  if (facts.floor !== "") return null;
  const [speaker] = facts.queue;
  if (speaker !== undefined && can("giveFloor")) return { command: "giveFloor", delegation: speaker };
  if (facts.nextPhase !== "" && can("advance")) return { command: "advance", next: facts.nextPhase };
  return null;
}
