import { applyCrisis, type CrisisActor, type CrisisCommand, type CrisisEvent, type CrisisState } from "../crisis.ts";

/** A timed list of commands on the crisis track: the timeline, appeals and replies, as they happened. */
export interface CrisisScript {
  readonly steps: readonly { readonly minute: number; readonly actor: CrisisActor; readonly command: CrisisCommand }[];
}

export type CrisisStep = CrisisScript["steps"][number];

/**
 * Plays a crisis script: the clock moves to each step's minute, the step is applied (a step refused by the
 * rules, e.g. a ship not yet at the line, is skipped), and at the end the clock runs out. `decide` may
 * replace a step by what an actor would do in the state reached (open history), or drop it (null). Pure.
 */
export function runCrisisScript(
  initial: CrisisState,
  script: CrisisScript,
  at = 0,
  decide: (state: CrisisState, step: CrisisStep) => CrisisStep | null = (_, step) => step,
): { readonly state: CrisisState; readonly events: readonly CrisisEvent[]; readonly skipped: number } {
  let state = initial;
  const events: CrisisEvent[] = [];
  let skipped = 0;
  const step = (actor: CrisisActor, command: CrisisCommand): boolean => {
    const result = applyCrisis(state, command, { actor, at });
    if (!result.ok) return false;
    state = result.value.state;
    events.push(...result.value.events);
    return true;
  };
  const clockTo = (minute: number) => {
    while (!state.outcome && state.minute < minute) {
      step("system", { type: "advanceClock", minutes: Math.min(1440, minute - state.minute) });
    }
  };
  for (const planned of [...script.steps].sort((a, b) => a.minute - b.minute)) {
    clockTo(planned.minute);
    if (state.outcome) break;
    const chosen = decide(state, planned);
    if (chosen && !step(chosen.actor, chosen.command)) skipped += 1;
  }
  clockTo(state.endAt);
  return { state, events, skipped };
}
