import { describe, expect, it } from "vitest";
import { delegationId } from "../ids.ts";
import { applyOas, createOasCouncil, type OasState } from "../oas.ts";
import type { OasScript } from "./historicalOas.ts";
import { chairAfterWaiting, nextBotOasMove, scriptForBots } from "./live.ts";

const d = delegationId;
const script: OasScript = {
  debates: {
    usStatement: [{ delegation: d("USA"), text: "We ask the Council to act." }],
    convocationDebate: [
      { delegation: d("ARG"), text: "Convoke it." },
      { delegation: d("MEX"), text: "Article 6 applies." },
    ],
    resolutionDebate: [],
  },
  motions: [{ delegation: d("MEX"), kind: "divide" }],
  votes: {},
  defaultChoice: "yes",
  reservations: [{ delegation: d("MEX"), text: "No armed attack." }],
  voteChanges: [],
};
const table = (): OasState =>
  createOasCouncil({
    members: ["ARG", "COL", "MEX", "USA"].map((id) => ({ delegation: d(id), excluded: false })),
    chair: d("COL"),
    requester: d("USA"),
    paragraphs: ["one"],
  });

/** Lets the bots play until they wait for a person. */
function untilWaiting(state: OasState, humans: ReadonlySet<string>): OasState {
  for (let i = 0; i < 200; i++) {
    const move = nextBotOasMove(state, script, humans);
    if (!move) return state;
    const result = applyOas(state, move.command, { actor: move.actor, at: i * 1000 });
    if (!result.ok) throw new Error(`${move.actor} ${move.command.type}: ${result.rejection.code}`);
    state = result.value.state;
  }
  throw new Error("the bots never stopped");
}

describe("bots at a live table", () => {
  it("leave a person's seat out of their script", () => {
    const forBots = scriptForBots(script, new Set(["MEX"]));
    expect(forBots.debates.convocationDebate.map((s) => s.delegation)).toEqual(["ARG"]);
    expect(forBots.motions).toEqual([]);
    expect(forBots.reservations).toEqual([]);
  });

  it("play until a person is called to vote, then wait, and go on once the person has voted", () => {
    const humans = new Set(["MEX"]);
    let state = untilWaiting(table(), humans);
    expect(state.phase.name).toBe("convocationVote");
    const roll = "rollCall" in state.phase ? state.phase.rollCall : null;
    expect(roll?.order.find((m) => roll.choices[m] === undefined)).toBe("MEX");
    const voted = applyOas(state, { type: "vote", choice: "abstain" }, { actor: d("MEX"), at: 0 });
    if (!voted.ok) throw new Error(voted.rejection.code);
    state = untilWaiting(voted.value.state, humans);
    expect(state.votes[0]?.choices.MEX).toBe("abstain");
  });

  it("wait for a person who holds the chair, and let the chair record a silent person absent", () => {
    expect(nextBotOasMove(table(), script, new Set(["COL"]))).toBeNull();
    const state = untilWaiting(table(), new Set(["MEX"]));
    expect(chairAfterWaiting(state, new Set(["MEX"]))).toEqual({ actor: "COL", command: { type: "recordAbsent" } });
    expect(chairAfterWaiting(state, new Set(["MEX", "COL"]))).toBeNull();
    expect(chairAfterWaiting(table(), new Set(["MEX"]))).toBeNull();
  });

  it("end a person's speech when they keep the floor", () => {
    const opened = applyOas(table(), { type: "advance" }, { actor: d("COL"), at: 0 });
    if (!opened.ok) throw new Error(opened.rejection.code);
    expect(nextBotOasMove(opened.value.state, script, new Set(["USA"]))).toBeNull();
    expect(chairAfterWaiting(opened.value.state, new Set(["USA"]))).toEqual({
      actor: "COL",
      command: { type: "endSpeech" },
    });
  });
});
