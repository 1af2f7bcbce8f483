import { describe, expect, it } from "vitest";
import { applyCrisis, createCrisis } from "../crisis.ts";
import { delegationId } from "../ids.ts";
import { applyOas, createOasCouncil, type OasState } from "../oas.ts";
import { applyUnsc, createSecurityCouncil, type UnscState } from "../unsc.ts";
import { runCrisisScript } from "./crisisScript.ts";
import { nextHistoricalOasMove, type OasScript } from "./historicalOas.ts";
import { nextHistoricalUnscMove } from "./historicalUnsc.ts";

const d = delegationId;

describe("the historical bots", () => {
  const script: OasScript = {
    debates: { usStatement: [], convocationDebate: [], resolutionDebate: [] },
    motions: [],
    votes: {},
    defaultChoice: "yes",
    reservations: [],
    voteChanges: [],
  };

  it("resume a suspended OAS meeting before anything else, and play a bare session to its end", () => {
    let state: OasState = createOasCouncil({
      members: ["COL", "USA", "BRA"].map((id) => ({ delegation: d(id), excluded: false })),
      chair: d("COL"),
      requester: d("USA"),
      paragraphs: ["one"],
    });
    state = { ...state, suspended: true };
    expect(nextHistoricalOasMove(state, script)).toEqual({ actor: "COL", command: { type: "resume" } });
    state = { ...state, suspended: false };
    for (let i = 0; i < 100; i++) {
      const move = nextHistoricalOasMove(state, script);
      if (!move) break;
      const result = applyOas(state, move.command, { actor: move.actor, at: i });
      if (!result.ok) throw new Error(result.rejection.code);
      state = result.value.state;
    }
    expect(state.phase).toEqual({ name: "closed", outcome: "resolutionAdopted" });
  });

  it("record a scripted change of vote once the session is closed, and none the record already shows", () => {
    let state: OasState = createOasCouncil({
      members: ["COL", "USA", "BRA"].map((id) => ({ delegation: d(id), excluded: false })),
      chair: d("COL"),
      requester: d("USA"),
      paragraphs: ["one"],
    });
    // The United States voted yes (the default): its scripted change to yes is no change, and is not moved.
    const changing: OasScript = {
      ...script,
      voteChanges: [
        { delegation: d("USA"), question: "whole", choice: "yes" },
        { delegation: d("BRA"), question: "whole", choice: "abstain" },
      ],
    };
    for (let i = 0; i < 100; i++) {
      const move = nextHistoricalOasMove(state, changing);
      if (!move) break;
      const result = applyOas(state, move.command, { actor: move.actor, at: i });
      if (!result.ok) throw new Error(`${move.actor} ${move.command.type}: ${result.rejection.code}`);
      state = result.value.state;
    }
    expect(state.record.filter((e) => e.kind === "voteChange")).toEqual([
      expect.objectContaining({ delegation: "BRA", question: "whole", from: "yes", to: "abstain" }),
    ]);
  });

  it("answer a Security Council roll call by abstaining, resume a suspended meeting, and adjourn", () => {
    let state: UnscState = createSecurityCouncil({
      members: ["USSR", "USA", "GHA", "IRL", "CHL", "VEN", "UAR"].map((id) => ({
        delegation: d(id),
        permanent: id === "USSR" || id === "USA",
      })),
      president: d("USSR"),
      invitee: d("CUB"),
      firstMeeting: 1022,
      lastMeeting: 1022,
    });
    const apply = (actor: string, command: Parameters<typeof applyUnsc>[1]) => {
      const result = applyUnsc(state, command, { actor: d(actor), at: 0 });
      if (!result.ok) throw new Error(result.rejection.code);
      state = result.value.state;
    };
    apply("USA", { type: "object" });
    apply("USSR", { type: "proceed" });
    expect(nextHistoricalUnscMove(state, { meetings: [] })).toEqual({
      actor: "USSR",
      command: { type: "vote", choice: "abstain" },
    });
    for (const id of ["USSR", "USA", "GHA", "IRL", "CHL", "VEN", "UAR"]) apply(id, { type: "vote", choice: "yes" });
    expect(nextHistoricalUnscMove(state, { meetings: [] })?.command).toEqual({ type: "closeVote" });
    apply("USSR", { type: "closeVote" });
    apply("USSR", { type: "proceed" });
    apply("USSR", { type: "suspendMeeting" });
    expect(nextHistoricalUnscMove(state, { meetings: [] })?.command).toEqual({ type: "resumeMeeting" });
    apply("USSR", { type: "resumeMeeting" });
    expect(nextHistoricalUnscMove(state, { meetings: [] })?.command).toEqual({ type: "adjournMeeting" });
    apply("USSR", { type: "adjournMeeting" });
    expect(nextHistoricalUnscMove(state, { meetings: [] })).toBeNull();
  });

  it("skip a crisis step the rules refuse, and stop at an outcome", () => {
    const initial = createCrisis({ ships: [], quarantineAt: 10, endAt: 3000, tension: 90 });
    const { state, skipped } = runCrisisScript(initial, {
      steps: [
        { minute: 5, actor: "WAS", command: { type: "interceptShip", ship: "none", action: "board" } },
        { minute: 20, actor: "system", command: { type: "enterIncident", text: "A clash at sea.", tension: 20 } },
        { minute: 30, actor: "MOS", command: { type: "agreeTerm", term: "withdrawal" } },
      ],
    });
    expect(skipped).toBe(1);
    expect(state.outcome).toBe("war");
    expect(applyCrisis(state, { type: "advanceClock", minutes: 1 }, { actor: "system", at: 0 }).ok).toBe(false);
  });
});
