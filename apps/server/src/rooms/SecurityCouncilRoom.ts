import {
  type Beyond,
  calledNext,
  planOpenUnsc,
  type SessionPlan,
  type SessionSettings,
  seededRandom,
  UNSC_PRESIDENT_COMMANDS,
  UNSC_VOTES_NEEDED,
  type UnscActor,
  type UnscCommand,
  type UnscRecordEntry,
  type UnscState,
  type Viewer,
  viewUnsc,
} from "@brink/engine";
import { type AllowedMessage, unscCommand } from "@brink/protocol";
import { historicalSetup, openUnscProfiles, type Scenario, unscSeats } from "@brink/scenario";
import type { CrisisTrack } from "../crisisTrack.ts";
import { type ChamberSetup, CouncilRoom, type TableSeat } from "./CouncilRoom.ts";
import { unscProcedure } from "./procedures.ts";
import { projectList, projectMinutes, projectRollCall, projectSpeakers } from "./projection.ts";
import { AmendmentState, DraftState, type EntryState, MotionState } from "./state.ts";

/** The Security Council of 23–25 October 1962 as a room (`security_council`), U Thant's seat among its chairs. */
export class SecurityCouncilRoom extends CouncilRoom<UnscState, UnscCommand, UnscActor> {
  protected readonly chamberId = "unsc";
  // A host who also voices a seat uses the President's powers as the host.
  /** `act` commands are checked against this council's own shapes. */
  protected readonly commandSchema = unscCommand;
  protected readonly councilName = "the Security Council";
  protected readonly hostPowers: ReadonlySet<string> = new Set(UNSC_PRESIDENT_COMMANDS);

  protected tableSeats(scenario: Scenario): TableSeat[] {
    return unscSeats(scenario).map((seat) => ({ ...seat, excluded: false }));
  }

  protected chamberSetup(
    scenario: Scenario,
    settings: SessionSettings,
    plan: SessionPlan,
    beyond: () => Beyond,
  ): ChamberSetup<UnscState, UnscCommand, UnscActor> {
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
  }

  protected allowedAt(chamber: UnscState, viewer: Viewer): AllowedMessage {
    return { commands: [...viewUnsc(chamber, viewer).allowed], motions: [] };
  }

  /** The Council's votes on drafts reach the crisis: a veto sharpens it, a resolution calms it. */
  protected reportToCrisis(chamber: UnscState, crisis: CrisisTrack): void {
    crisis.recordUnscVotes(chamber.votes);
  }

  protected projectProcedure(chamber: UnscState): void {
    const { phase } = chamber;
    const state = this.state;
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
    projectMinutes(state, chamber.record.map(minutesEntry));
  }
}

type EntryFields = Pick<EntryState, "kind" | "delegation" | "text" | "subject" | "id" | "detail">;

/** An entry of the Security Council's record as the minutes publish it. */
function minutesEntry(entry: UnscRecordEntry): EntryFields {
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
