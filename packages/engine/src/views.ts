import { acceptsCrisis, type Capital, type CrisisActor, type CrisisCommand, type CrisisState } from "./crisis.ts";
import type { DelegationId } from "./ids.ts";
import { acceptsOas, MOTION_PRECEDENCE, type OasActor, type OasCommand, type OasState } from "./oas.ts";
import { acceptsUnsc, SECRETARY_GENERAL, type UnscActor, type UnscCommand, type UnscState } from "./unsc.ts";

/**
 * Who is looking at the table: the host (teacher), a delegation's seat (its player, or the bot voicing
 * it), a capital in the crisis, or an observer (the projector, a spectator), who acts on nothing.
 */
export type Viewer =
  | { readonly kind: "host" }
  | { readonly kind: "delegation"; readonly delegation: DelegationId }
  | { readonly kind: "capital"; readonly capital: Capital }
  | { readonly kind: "observer" };

/** What a viewer sees of a chamber, and what it may do now. */
export interface View<State, CommandType extends string> {
  /**
   * The state as this viewer may see it. The procedure of both chambers is public, as the record of a
   * public meeting is; what is secret (role cards, corridor messages) is kept outside the chambers'
   * state and sent by the server only to whom it belongs.
   */
  readonly table: State;
  readonly role: "host" | "chair" | "delegate" | "excluded" | "invited" | "secretaryGeneral" | "capital" | "observer";
  /** The commands `apply` would accept from this viewer now, e.g. `["requestFloor", "move"]`. */
  readonly allowed: readonly CommandType[];
}

type Accepts<State, Command, Actor> = (state: State, command: Command, actor: Actor) => boolean;

/** The types of the candidate commands the chamber would accept, each listed once. */
function accepted<State, Command extends { readonly type: string }, Actor>(
  accepts: Accepts<State, Command, Actor>,
  state: State,
  actor: Actor,
  candidates: readonly Command[],
): Command["type"][] {
  const types = new Set<Command["type"]>();
  for (const command of candidates) {
    if (!types.has(command.type) && accepts(state, command, actor)) types.add(command.type);
  }
  return [...types];
}

/**
 * A state's candidate commands, worked out once per state: the server asks for every viewer's commands
 * after each change, and states are never changed in place, so one list serves them all.
 */
function once<State extends object, Command>(candidates: (state: State) => Command[]): (state: State) => Command[] {
  const cache = new WeakMap<State, Command[]>();
  return (state) => {
    let list = cache.get(state);
    if (!list) {
      list = candidates(state);
      cache.set(state, list);
    }
    return list;
  };
}

const SAMPLE = "…";

const oasCandidates = once((state: OasState): OasCommand[] => {
  const questions = state.votes.map((v) => v.question);
  const points = state.record.flatMap((e) => (e.kind === "pointOfOrder" && e.upheld === null ? [e.id] : []));
  return [
    ...(["advance", "giveFloor", "endSpeech", "putMotion", "recordAbsent", "closeVote", "resume"] as const).map(
      (type) => ({ type }) as OasCommand,
    ),
    { type: "setTimeLimit", seconds: 60 },
    { type: "extendSpeech", seconds: 30 },
    { type: "closeSession" },
    { type: "reopenDebate" },
    ...points.map((id): OasCommand => ({ type: "rulePointOfOrder", id, upheld: true })),
    ...(["requestFloor", "withdrawRequest", "requestReply", "yieldFloor"] as const).map(
      (type) => ({ type }) as OasCommand,
    ),
    { type: "speak", text: SAMPLE },
    ...MOTION_PRECEDENCE.map((kind): OasCommand => ({ type: "move", kind })),
    ...state.motions.map((m): OasCommand => ({ type: "withdrawMotion", id: m.id })),
    { type: "raisePointOfOrder", text: SAMPLE },
    { type: "proposeAmendment", paragraph: 1, text: SAMPLE },
    { type: "vote", choice: "abstain" },
    ...questions.map((question): OasCommand => ({ type: "explainVote", question, text: SAMPLE })),
    { type: "enterReservation", text: SAMPLE },
    ...questions.flatMap((question) =>
      (["yes", "no", "abstain"] as const).map((choice): OasCommand => ({ type: "changeVote", question, choice })),
    ),
  ];
});

/** What a viewer sees of the OAS Council and may do there. */
export function viewOas(state: OasState, viewer: Viewer): View<OasState, OasCommand["type"]> {
  const actor: OasActor | null =
    viewer.kind === "host" ? "host" : viewer.kind === "delegation" ? viewer.delegation : null;
  const member =
    viewer.kind === "delegation" ? state.members.find((m) => m.delegation === viewer.delegation) : undefined;
  const role: View<OasState, string>["role"] =
    viewer.kind === "host"
      ? "host"
      : !member
        ? "observer"
        : member.excluded
          ? "excluded"
          : member.delegation === state.chair
            ? "chair"
            : "delegate";
  const allowed = actor === null || role === "observer" ? [] : accepted(acceptsOas, state, actor, oasCandidates(state));
  return { table: state, role, allowed };
}

const unscCandidates = once((state: UnscState): UnscCommand[] => {
  const drafts = state.drafts.filter((d) => d.status === "tabled").map((d) => d.id);
  return [
    ...(
      [
        "proceed",
        "giveFloor",
        "endSpeech",
        "putMotion",
        "recordAbsent",
        "closeVote",
        "adjournMeeting",
        "convene",
      ] as const
    ).map((type) => ({ type }) as UnscCommand),
    { type: "setTimeLimit", seconds: 60 },
    ...drafts.flatMap((draft): UnscCommand[] => [
      { type: "putDraft", draft },
      { type: "withdrawDraft", draft },
      { type: "requestVote", draft },
      { type: "proposeAmendment", draft, text: SAMPLE },
    ]),
    ...(["object", "requestFloor", "withdrawRequest", "requestReply", "yieldFloor", "moveAdjournment"] as const).map(
      (type) => ({ type }) as UnscCommand,
    ),
    { type: "speak", text: SAMPLE },
    { type: "makeStatement", text: SAMPLE },
    { type: "tableDraft", paragraphs: [SAMPLE] },
    { type: "vote", choice: "abstain" },
  ];
});

/** What a viewer sees of the Security Council and may do there. */
export function viewUnsc(state: UnscState, viewer: Viewer): View<UnscState, UnscCommand["type"]> {
  const actor: UnscActor | null =
    viewer.kind === "host" ? "host" : viewer.kind === "delegation" ? viewer.delegation : null;
  const id = viewer.kind === "delegation" ? viewer.delegation : null;
  const role: View<UnscState, string>["role"] =
    viewer.kind === "host"
      ? "host"
      : id === state.president
        ? "chair"
        : id !== null && state.members.some((m) => m.delegation === id)
          ? "delegate"
          : id === SECRETARY_GENERAL
            ? "secretaryGeneral"
            : id === state.invitee
              ? "invited"
              : "observer";
  const allowed =
    actor === null || role === "observer" ? [] : accepted(acceptsUnsc, state, actor, unscCandidates(state));
  return { table: state, role, allowed };
}

const crisisCandidates = once((state: CrisisState): CrisisCommand[] => {
  const ships = state.ships.map((s) => s.id);
  return [
    { type: "advanceClock", minutes: 60 },
    { type: "recordOasResult", multilateral: true },
    { type: "enterIncident", text: SAMPLE, tension: 0 },
    { type: "sendAppeal", to: "MOS", terms: "own", text: SAMPLE },
    ...state.appeals.map((a): CrisisCommand => ({ type: "answerAppeal", appeal: a.id, answer: "accepted" })),
    ...ships.flatMap((ship): CrisisCommand[] => [
      { type: "orderShip", ship, order: "hold" },
      { type: "interceptShip", ship, action: "letPass" },
    ]),
    { type: "setDefcon", level: state.defcon },
    ...(["withdrawal", "noInvasionPledge", "verification"] as const).map(
      (term): CrisisCommand => ({ type: "agreeTerm", term }),
    ),
  ];
});

/** What a viewer sees of the crisis track and may do there: capitals and U Thant act, everyone sees it. */
export function viewCrisis(state: CrisisState, viewer: Viewer): View<CrisisState, CrisisCommand["type"]> {
  const actor: CrisisActor | null =
    viewer.kind === "host"
      ? "host"
      : viewer.kind === "capital"
        ? viewer.capital
        : viewer.kind === "delegation" && viewer.delegation === SECRETARY_GENERAL
          ? "SG"
          : null;
  const role: View<CrisisState, string>["role"] =
    actor === "host" ? "host" : actor === "SG" ? "secretaryGeneral" : actor === null ? "observer" : "capital";
  const allowed = actor === null ? [] : accepted(acceptsCrisis, state, actor, crisisCandidates(state));
  return { table: state, role, allowed };
}
