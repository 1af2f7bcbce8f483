import {
  applyOas,
  type Beyond,
  calledNext,
  MOTION_PRECEDENCE,
  OAS_CHAIR_COMMANDS,
  type OasActor,
  type OasCommand,
  type OasState,
  openOasRollCall,
  type SessionPlan,
  type SessionSettings,
  seededRandom,
  type Viewer,
  viewOas,
  votesNeeded,
} from "@brink/engine";
import { type AllowedMessage, oasCommand } from "@brink/protocol";
import { historicalSetup, oasSeats, planOpenOas, type Scenario } from "@brink/scenario";
import type { CrisisTrack } from "../crisisTrack.ts";
import { type ChamberSetup, CouncilRoom, type TableSeat } from "./CouncilRoom.ts";
import { oasProcedure } from "./procedures.ts";
import { projectList, projectMinutes, projectRollCall, projectSpeakers } from "./projection.ts";
import { AmendmentState, type EntryState, MotionState, ParagraphState } from "./state.ts";

/** The OAS Council of 23 October 1962 as a room (`oas_council`). */
export class OasCouncilRoom extends CouncilRoom<OasState, OasCommand, OasActor> {
  protected readonly chamberId = "oas";
  /** `act` commands are checked against this council's own shapes. */
  protected readonly commandSchema = oasCommand;
  protected readonly councilName = "the OAS Council";
  protected readonly hostPowers: ReadonlySet<string> = new Set([...OAS_CHAIR_COMMANDS, "closeSession", "reopenDebate"]);

  protected tableSeats(scenario: Scenario): TableSeat[] {
    return oasSeats(scenario).map((seat) => ({ ...seat, standing: "member" }));
  }

  protected chamberSetup(
    scenario: Scenario,
    settings: SessionSettings,
    plan: SessionPlan,
    beyond: () => Beyond,
  ): ChamberSetup<OasState, OasCommand, OasActor> {
    const historical = historicalSetup(scenario).oas;
    const setup = { ...historical.setup, timeLimitSeconds: plan.speechSeconds };
    const procedure = oasProcedure(
      setup,
      settings.mode === "open"
        ? { mode: "open", plan: planOpenOas(scenario, seededRandom(settings.seed)) }
        : { mode: "historical", script: historical.script },
      beyond,
    );
    return { procedure, chair: setup.chair, budgetsMs: plan.budgetsMs };
  }

  protected allowedAt(chamber: OasState, viewer: Viewer): AllowedMessage {
    const commands: string[] = [...viewOas(chamber, viewer).allowed];
    const motions =
      commands.includes("move") && viewer.kind === "delegation"
        ? MOTION_PRECEDENCE.filter(
            (kind) => applyOas(chamber, { type: "move", kind }, { actor: viewer.delegation, at: 0 }).ok,
          )
        : [];
    return { commands, motions };
  }

  /** Once the Council has voted on the draft (or refused to convoke), the quarantine's basis is settled. */
  protected reportToCrisis(chamber: OasState, crisis: CrisisTrack): void {
    const { phase } = chamber;
    if (phase.name !== "closed") return;
    const voted = phase.outcome === "resolutionAdopted" || phase.outcome === "resolutionRejected";
    if (!voted && phase.outcome !== "notConvoked") return;
    crisis.recordOas({
      adopted: phase.outcome === "resolutionAdopted",
      paragraphs: voted ? chamber.draft.paragraphs.map((p) => ({ text: p.text, status: p.status })) : [],
    });
  }

  protected projectProcedure(chamber: OasState): void {
    const { phase } = chamber;
    const state = this.state;
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
    projectMinutes(state, chamber.record.map(minutesEntry));
  }
}

type EntryFields = Pick<EntryState, "kind" | "delegation" | "text" | "subject" | "id" | "detail">;

/** An entry of the engine's record as the minutes publish it. */
function minutesEntry(entry: OasState["record"][number]): EntryFields {
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
