import {
  applyOas,
  type Beyond,
  calledNext,
  checkPace,
  createLobby,
  delegationId,
  fitBudgets,
  type LobbyState,
  type OasActor,
  type OasCommand,
  type OasState,
  openOasRollCall,
  planOpenUnsc,
  type SessionPlan,
  type SessionSettings,
  seededRandom,
  UNSC_VOTES_NEEDED,
  type UnscActor,
  type UnscCommand,
  type UnscRecordEntry,
  type UnscState,
  votesNeeded,
} from "@brink/engine";
import {
  historicalSetup,
  type Localized,
  oasSeats,
  openUnscProfiles,
  planOpenOas,
  type Scenario,
  unscSeats,
} from "@brink/scenario";
import type { Procedure } from "./chamber.ts";
import { oasProcedure, unscProcedure } from "./procedures.ts";
import { projectList, projectMinutes, projectRollCall, projectSpeakers } from "./projection.ts";
import type { CouncilState, EntryState } from "./state.ts";
import { AmendmentState, DraftState, MotionState, ParagraphState } from "./state.ts";

/**
 * The two councils of October 1962 apart from any room: each one's table, procedure and bots for a session, and
 * how its engine state is published. The rooms play them; the replay of a session folds them from the log.
 */
/** A chair of a council's table, in roll-call order. */
export interface TableSeat {
  readonly id: string;
  readonly name: Localized;
  /** Barred from taking part: Cuba in the OAS. */
  readonly excluded: boolean;
  /** `member`, `permanent` (a veto in the Security Council), `invitee` (speaks, no vote), `secretaryGeneral`. */
  readonly standing: "member" | "permanent" | "invitee" | "secretaryGeneral";
}

/** What a chamber's room is made of, worked out once when the room is created. */
export interface ChamberSetup<
  State extends { readonly version: number; readonly phase: { readonly name: string } },
  Command extends { readonly type: string },
  Actor extends string,
> {
  readonly procedure: Procedure<State, Command, Actor>;
  /** The presiding delegation: Colombia in the OAS, the Soviet Union in the Security Council. */
  readonly chair: string;
  /** Milliseconds a bot chair keeps each agenda item open while people hold seats, by phase name. */
  readonly budgetsMs: Readonly<Record<string, number>>;
  /** Those times cut to fit the table as it stands (the OAS: the roll calls its class makes). */
  readonly fitBudgets?: (
    state: State,
    people: number,
    budgetsMs: Readonly<Record<string, number>>,
  ) => Readonly<Record<string, number>>;
}

/**
 * What makes a council itself, apart from any room: its table, its procedure and bots for a session, and how
 * its engine state is published. The room and the replay of a finished session share it.
 */
export interface CouncilKind<
  State extends { readonly version: number; readonly phase: { readonly name: string } },
  Command extends { readonly type: string },
  Actor extends string,
> {
  /** The chairs of the table, in roll-call order. */
  table(scenario: Scenario): TableSeat[];
  /**
   * The chamber's procedure and bots for this session, paced by its plan; `beyond` tells the bots what they
   * hear away from the table when they decide (the crisis, instructions arriving, the word given in the corridors).
   */
  setup(
    scenario: Scenario,
    settings: SessionSettings,
    plan: SessionPlan,
    beyond: () => Beyond,
  ): ChamberSetup<State, Command, Actor>;
  /** Mirrors the chamber's procedure into the synced state (the phase, pause and news are set apart). */
  project(state: CouncilState, chamber: State): void;
  /** Whether a roll call is open: a process draining for a deploy lets it finish before handing the table on. */
  voting(chamber: State): boolean;
}

/** The lobby of a council's table before anyone has joined: every chair empty, voiced by a bot. */
export const lobbyFor = (seats: readonly TableSeat[]): LobbyState =>
  createLobby(seats.map((m) => ({ delegation: delegationId(m.id), excluded: m.excluded })));

type EntryFields = Pick<EntryState, "kind" | "delegation" | "text" | "subject" | "id" | "detail">;

/** An entry of the engine's record as the minutes publish it. */
function oasEntry(entry: OasState["record"][number]): EntryFields {
  const base = { kind: entry.kind, delegation: entry.kind === "motion" ? entry.motion.mover : entry.delegation };
  switch (entry.kind) {
    case "speech":
    case "reservation":
      return { ...base, text: entry.text, subject: "", id: "", detail: "" };
    case "motion":
      return { ...base, text: "", subject: entry.motion.kind, id: entry.motion.id, detail: "" };
    case "pointOfOrder":
      return {
        ...base,
        text: entry.text,
        subject: "",
        id: entry.id,
        detail: entry.upheld === null ? "" : entry.upheld ? "upheld" : "overruled",
      };
    case "explanation":
      return { ...base, text: entry.text, subject: entry.question, id: "", detail: "" };
    case "voteChange":
      return { ...base, text: "", subject: entry.question, id: "", detail: entry.to };
  }
}

/** The OAS Council's table, procedure and projection, apart from any room: the room and the replay share them. */
export const OAS_COUNCIL: CouncilKind<OasState, OasCommand, OasActor> = {
  table: (scenario) => oasSeats(scenario).map((seat) => ({ ...seat, standing: "member" })),
  voting: (chamber) => openOasRollCall(chamber) !== null,
  setup(scenario, settings, plan, beyond) {
    const historical = historicalSetup(scenario).oas;
    const setup = { ...historical.setup, timeLimitSeconds: plan.speechSeconds };
    const procedure = oasProcedure(
      setup,
      settings.mode === "open"
        ? { mode: "open", plan: planOpenOas(scenario, seededRandom(settings.seed)) }
        : { mode: "historical", script: historical.script },
      beyond,
    );
    const members = setup.members.filter((m) => !m.excluded).length;
    return {
      procedure,
      chair: setup.chair,
      budgetsMs: plan.budgetsMs,
      // A division and amendments make more roll calls than the run sheet's voting holds: the chair's holds give way.
      fitBudgets: (state, people, budgets) =>
        fitBudgets(budgets, checkPace(settings.periodMinutes, state.phase.name, state.draft, people, members)),
    };
  },
  project(state, chamber) {
    const { phase } = chamber;
    // Named by the engine itself, so that the chair's button never guesses the agenda's order.
    const advanced = applyOas(chamber, { type: "advance" }, { actor: "host", at: 0 });
    state.nextPhase = advanced.ok ? advanced.value.state.phase.name : "";
    state.outcome = phase.name === "closed" ? phase.outcome : "";
    projectSpeakers(state, chamber.speakers);
    const roll = openOasRollCall(chamber);
    projectRollCall(state, roll ? { ...roll, needed: votesNeeded(roll.rule), called: calledNext(roll) } : null);
    projectList(state.votes, chamber.votes);
    state.suspended = chamber.suspended;
    state.motionKind = chamber.motionVote?.motion.kind ?? "";
    if (chamber.motions.map((m) => m.id).join() !== state.motions.map((m) => m.id).join()) {
      state.motions.clear();
      for (const m of chamber.motions) state.motions.push(new MotionState({ ...m }));
    }
    const { draft } = chamber;
    state.divided = draft.divided;
    state.whole = draft.whole;
    draft.paragraphs.forEach((p, i) => {
      const synced = state.paragraphs[i];
      if (!synced) state.paragraphs.push(new ParagraphState({ ...p }));
      else Object.assign(synced, { text: p.text, status: p.status });
    });
    draft.amendments.forEach((a, i) => {
      const synced = state.amendments[i];
      if (!synced) state.amendments.push(new AmendmentState({ ...a, draft: "" }));
      else synced.status = a.status;
    });
    projectMinutes(state, chamber.record.map(oasEntry));
  },
};

/** An entry of the Security Council's record as the minutes publish it. */
function unscEntry(entry: UnscRecordEntry): EntryFields {
  const none = { text: "", subject: "", id: "", detail: "" };
  switch (entry.kind) {
    case "speech":
      return { ...none, kind: "speech", delegation: entry.speaker, text: entry.text };
    case "statement":
      return { ...none, kind: "statement", delegation: "SG", text: entry.text };
    case "objection":
      return { ...none, kind: "objection", delegation: entry.delegation, subject: entry.question };
    case "meetingAdjourned":
      return { ...none, kind: "meetingAdjourned", delegation: "", subject: String(entry.meeting) };
  }
}

/** The Security Council's table, procedure and projection, apart from any room: the room and the replay share them. */
export const SECURITY_COUNCIL: CouncilKind<UnscState, UnscCommand, UnscActor> = {
  table: (scenario) => unscSeats(scenario).map((seat) => ({ ...seat, excluded: false })),
  voting: (chamber) => chamber.phase.name === "voting",
  setup(scenario, settings, plan, beyond) {
    const historical = historicalSetup(scenario).unsc;
    const setup = { ...historical.setup, timeLimitSeconds: plan.speechSeconds };
    const { profiles, requestChances } = openUnscProfiles(scenario);
    const procedure = unscProcedure(
      setup,
      settings.mode === "open"
        ? {
            mode: "open",
            plan: planOpenUnsc(historical.script, profiles, requestChances, seededRandom(settings.seed)),
          }
        : { mode: "historical", script: historical.script, profiles },
      () => beyond().pledges,
    );
    return { procedure, chair: setup.president, budgetsMs: plan.budgetsMs };
  },
  project(state, chamber) {
    const { phase } = chamber;
    state.nextPhase = "";
    state.outcome = phase.name === "closed" ? phase.outcome : "";
    state.meeting =
      phase.name === "adjourned"
        ? phase.nextMeeting
        : "meeting" in phase
          ? phase.meeting
          : phase.name === "closed"
            ? chamber.lastMeeting
            : 0;
    state.invited = chamber.invited;
    state.suspended = phase.name === "suspended";
    if (chamber.objections.join() !== [...state.objections].join()) {
      state.objections.splice(0, state.objections.length, ...chamber.objections);
    }
    projectSpeakers(state, chamber.speakers);
    const roll = phase.name === "voting" ? phase.rollCall : null;
    projectRollCall(state, roll ? { ...roll, needed: UNSC_VOTES_NEEDED, called: calledNext(roll) } : null);
    projectList(state.votes, chamber.votes);
    const motion = chamber.adjournMotion;
    state.motionKind = roll?.question === "motion-adjourn" ? "adjourn" : "";
    if ((motion ?? "") !== (state.motions[0]?.mover ?? "")) {
      state.motions.clear();
      if (motion) state.motions.push(new MotionState({ id: "adjourn", kind: "adjourn", mover: motion }));
    }
    chamber.drafts.forEach((d, i) => {
      const synced = state.drafts[i];
      if (!synced || synced.id !== d.id) {
        state.drafts.splice(i, state.drafts.length - i, new DraftState({ ...d, paragraphs: [...d.paragraphs] }));
        return;
      }
      synced.status = d.status;
      synced.voteRequested = d.voteRequested;
      if (synced.paragraphs.length !== d.paragraphs.length) {
        synced.paragraphs.splice(0, synced.paragraphs.length, ...d.paragraphs);
      }
    });
    chamber.amendments.forEach((a, i) => {
      const synced = state.amendments[i];
      if (!synced) state.amendments.push(new AmendmentState({ ...a, paragraph: 0 }));
      else synced.status = a.status;
    });
    projectMinutes(state, chamber.record.map(unscEntry));
  },
};
