import { applyCrisis, type CrisisActor, type CrisisCommand, type CrisisEvent, type CrisisState } from "../crisis.ts";

/** A timed list of commands on the crisis track: the timeline, appeals and replies, as they happened. */
export interface CrisisScript {
  readonly steps: readonly { readonly minute: number; readonly actor: CrisisActor; readonly command: CrisisCommand }[];
}

export type CrisisStep = CrisisScript["steps"][number];

/** Chooses what an actor does at a step in the state reached (open history), or drops it (null). */
export type CrisisDecider = (state: CrisisState, step: CrisisStep) => CrisisStep | null;

const asScripted: CrisisDecider = (_, step) => step;

/**
 * Plays a crisis script from the track's present minute up to `minute`: the clock moves to each step due, the
 * step is applied (a step refused by the rules, e.g. a ship not yet at the line, is skipped), and the clock
 * moves on to `minute`. Steps up to the present minute are taken as played, so a live track can be played a
 * little at a time. `decide` may replace a step by
 * what an actor would do in the state reached, or drop it. Pure.
 */
export function playCrisisUntil(
  initial: CrisisState,
  steps: readonly CrisisStep[],
  minute: number,
  at = 0,
  decide: CrisisDecider = asScripted,
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
  const clockTo = (target: number) => {
    while (!state.outcome && state.minute < target) {
      step("system", { type: "advanceClock", minutes: Math.min(1440, target - state.minute) });
    }
  };
  // A step at the present minute was played by the call that brought the clock there, unless none has run yet.
  const from = initial.minute;
  const fresh = initial.version === 0;
  const due = steps
    .filter((s) => (fresh ? s.minute >= from : s.minute > from) && s.minute <= minute)
    .sort((a, b) => a.minute - b.minute);
  for (const planned of due) {
    clockTo(planned.minute);
    if (state.outcome) break;
    const chosen = decide(state, planned);
    if (chosen && !step(chosen.actor, chosen.command)) skipped += 1;
  }
  clockTo(Math.min(minute, state.endAt));
  return { state, events, skipped };
}

/**
 * Plays a whole crisis script, from the start to the end of the track. `decide` may replace a step by what
 * an actor would do in the state reached (open history), or drop it (null). Pure.
 */
export function runCrisisScript(
  initial: CrisisState,
  script: CrisisScript,
  at = 0,
  decide: CrisisDecider = asScripted,
): { readonly state: CrisisState; readonly events: readonly CrisisEvent[]; readonly skipped: number } {
  return playCrisisUntil(initial, script.steps, initial.endAt, at, decide);
}
