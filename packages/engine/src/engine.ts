import { applyCrisis, type CrisisCommand, type CrisisContext, type CrisisState, foldCrisis } from "./crisis.ts";
import { applyOas, foldOas, type OasCommand, type OasContext, type OasState } from "./oas.ts";
import { applyUnsc, foldUnsc, type UnscCommand, type UnscContext, type UnscState } from "./unsc.ts";
import { type View, type Viewer, viewCrisis, viewOas, viewUnsc } from "./views.ts";

/**
 * The engine's one entry over every table of a session: the OAS Council, the Security Council and the
 * crisis track, told apart by `state.kind`. Each call goes to that table's own rules.
 */
export function apply(state: OasState, command: OasCommand, ctx: OasContext): ReturnType<typeof applyOas>;
export function apply(state: UnscState, command: UnscCommand, ctx: UnscContext): ReturnType<typeof applyUnsc>;
export function apply(state: CrisisState, command: CrisisCommand, ctx: CrisisContext): ReturnType<typeof applyCrisis>;
export function apply(state: Table, command: unknown, ctx: unknown): unknown {
  switch (state.kind) {
    case "oas":
      return applyOas(state, command as OasCommand, ctx as OasContext);
    case "unsc":
      return applyUnsc(state, command as UnscCommand, ctx as UnscContext);
    case "crisis":
      return applyCrisis(state, command as CrisisCommand, ctx as CrisisContext);
    /* v8 ignore next 2 -- unreachable: the switch covers every member of the union */
    default:
      throw new Error(`unknown table ${JSON.stringify(state satisfies never)}`);
  }
}

/** Rebuilds a table from its initial state and its recorded events, exactly. */
export function fold(initial: OasState, events: Parameters<typeof foldOas>[1]): OasState;
export function fold(initial: UnscState, events: Parameters<typeof foldUnsc>[1]): UnscState;
export function fold(initial: CrisisState, events: Parameters<typeof foldCrisis>[1]): CrisisState;
export function fold(initial: Table, events: readonly unknown[]): Table {
  switch (initial.kind) {
    case "oas":
      return foldOas(initial, events as Parameters<typeof foldOas>[1]);
    case "unsc":
      return foldUnsc(initial, events as Parameters<typeof foldUnsc>[1]);
    case "crisis":
      return foldCrisis(initial, events as Parameters<typeof foldCrisis>[1]);
    /* v8 ignore next 2 -- unreachable: the switch covers every member of the union */
    default:
      throw new Error(`unknown table ${JSON.stringify(initial satisfies never)}`);
  }
}

/** What a viewer (host, seat, capital, observer) sees of a table, and may do there now. */
export function viewFor(state: OasState, viewer: Viewer): View<OasState, OasCommand["type"]>;
export function viewFor(state: UnscState, viewer: Viewer): View<UnscState, UnscCommand["type"]>;
export function viewFor(state: CrisisState, viewer: Viewer): View<CrisisState, CrisisCommand["type"]>;
export function viewFor(state: Table, viewer: Viewer): View<Table, string> {
  switch (state.kind) {
    case "oas":
      return viewOas(state, viewer);
    case "unsc":
      return viewUnsc(state, viewer);
    case "crisis":
      return viewCrisis(state, viewer);
    /* v8 ignore next 2 -- unreachable: the switch covers every member of the union */
    default:
      throw new Error(`unknown table ${JSON.stringify(state satisfies never)}`);
  }
}

/** Any table of a session. */
export type Table = OasState | UnscState | CrisisState;
