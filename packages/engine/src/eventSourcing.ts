import { ok, type Result } from "./result.ts";

/**
 * Where chance comes from: a generator the caller seeds and passes in, returning [0, 1). The engine never
 * calls `Math.random`; no rule of the 1962 procedure draws on chance, so today only callers that replay a
 * seeded game (the simulator, open-history bots) pass one.
 */
export type RandomSource = () => number;

/** Who acts, when, and the random source, as every module's `apply` receives them. */
export interface Context<Actor> {
  /** Taken by the server from the connection, never from a payload. */
  readonly actor: Actor;
  /** Milliseconds since the epoch, from the server's clock. */
  readonly at: number;
  readonly random?: RandomSource;
}

/** What every recorded event carries besides its fact: the state version it produced and when. */
export interface Stamp {
  /** The version of the state after the command that produced the event. */
  readonly version: number;
  /** Milliseconds since the epoch, from the command's context. */
  readonly at: number;
}

export type Stamped<Fact> = Fact & Stamp;

/**
 * Builds a module's one entry from its two halves: `decide` checks a command against the state and
 * names the facts it produces, or refuses it; `evolve` applies one recorded fact. Every accepted command
 * raises the version by one and stamps its facts with it; a refused command changes nothing.
 */
export function eventSourced<State extends { readonly version: number }, Command, Fact, Code extends string, Actor>(
  decide: (state: State, command: Command, actor: Actor) => Result<readonly Fact[], Code>,
  evolve: (state: State, event: Stamped<Fact>) => State,
) {
  const apply = (
    state: State,
    command: Command,
    ctx: Context<Actor>,
  ): Result<{ readonly state: State; readonly events: readonly Stamped<Fact>[] }, Code> => {
    const decided = decide(state, command, ctx.actor);
    if (!decided.ok) return decided;
    const version = state.version + 1;
    const events = decided.value.map((fact) => ({ ...fact, version, at: ctx.at }));
    return ok({ state: events.reduce(evolve, state), events });
  };
  const fold = (initial: State, events: readonly Stamped<Fact>[]): State => events.reduce(evolve, initial);
  /** Whether `apply` would accept the command, without building the state it would lead to. */
  const accepts = (state: State, command: Command, actor: Actor): boolean => decide(state, command, actor).ok;
  return { apply, fold, accepts };
}
