import { describe, expect, it } from "vitest";
import { delegationId } from "../ids.ts";
import { applyOas, createOasCouncil, type OasState } from "../oas.ts";
import type { OasScript } from "./historicalOas.ts";
import { chairAfterWaiting, nextBotOasMove, type OasBots, scriptForBots } from "./live.ts";
import type { OpenPlan, OpenProfile } from "./openOas.ts";

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
const bots: OasBots = { mode: "historical", script };
const table = (): OasState =>
  createOasCouncil({
    members: ["ARG", "COL", "MEX", "USA"].map((id) => ({ delegation: d(id), excluded: false })),
    chair: d("COL"),
    requester: d("USA"),
    paragraphs: ["one"],
  });

const profile = (id: string, stance: number, noJointForce = false): OpenProfile => ({
  delegation: d(id),
  stance,
  conviction: 0.9,
  noJointForce,
  uninstructed: false,
  speech: `${id} speaks.`,
});
const plan: OpenPlan = {
  profiles: [profile("ARG", 0.9), profile("COL", 0.9), profile("MEX", 0.4, true), profile("USA", 1)],
  temperaments: {},
  debates: {
    usStatement: [{ delegation: d("USA"), text: "USA speaks." }],
    convocationDebate: [
      { delegation: d("MEX"), text: "MEX speaks." },
      { delegation: d("ARG"), text: "ARG speaks." },
    ],
    resolutionDebate: [],
  },
  divider: d("MEX"),
  amender: d("MEX"),
  amendmentText: "Each state decides on armed force.",
  reservationText: "Our vote does not authorise an attack.",
};
const open: OasBots = { mode: "open", plan };

/** Lets the bots play until they wait for a person. */
function untilWaiting(state: OasState, humans: ReadonlySet<string>, by: OasBots = bots): OasState {
  for (let i = 0; i < 200; i++) {
    const move = nextBotOasMove(state, by, humans);
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
    expect(nextBotOasMove(table(), bots, new Set(["COL"]))).toBeNull();
    const state = untilWaiting(table(), new Set(["MEX"]));
    expect(chairAfterWaiting(state, new Set(["MEX"]))).toEqual({ actor: "COL", command: { type: "recordAbsent" } });
    expect(chairAfterWaiting(state, new Set(["MEX", "COL"]))).toBeNull();
    expect(chairAfterWaiting(table(), new Set(["MEX"]))).toBeNull();
  });

  it("end a person's speech when they keep the floor", () => {
    const opened = applyOas(table(), { type: "advance" }, { actor: d("COL"), at: 0 });
    if (!opened.ok) throw new Error(opened.rejection.code);
    expect(nextBotOasMove(opened.value.state, bots, new Set(["USA"]))).toBeNull();
    expect(chairAfterWaiting(opened.value.state, new Set(["USA"]))).toEqual({
      actor: "COL",
      command: { type: "endSpeech" },
    });
  });

  it("in open history leave a person's speech, motion and amendment to them, and wait for their vote", () => {
    const humans = new Set(["MEX"]);
    const state = untilWaiting(table(), humans, open);
    expect(state.phase.name).toBe("convocationVote");
    const speakers = state.record.flatMap((e) => (e.kind === "speech" ? [e.delegation] : []));
    expect(speakers).toEqual(["USA", "ARG"]);
    const roll = "rollCall" in state.phase ? state.phase.rollCall : null;
    expect(roll?.order.find((m) => roll.choices[m] === undefined)).toBe("MEX");
  });

  it("put a motion a person moved in any debate before moving on, and vote on it by its kind", () => {
    const humans = new Set(["MEX"]);
    const play = (
      state: OasState,
      by: OasBots,
      until: (move: { command: { type: string } }, s: OasState) => boolean,
    ) => {
      for (let i = 0; i < 100; i++) {
        const move = nextBotOasMove(state, by, humans);
        if (!move || until(move, state)) return { state, move };
        const result = applyOas(state, move.command, { actor: move.actor, at: i });
        if (!result.ok) throw new Error(result.rejection.code);
        state = result.value.state;
      }
      throw new Error("the bots never stopped");
    };
    for (const by of [bots, open]) {
      // Mexico, a person, asks the Council to suspend as soon as the debate on the convocation opens.
      const start = play(table(), by, (_, s) => s.phase.name === "convocationDebate").state;
      const moved = applyOas(start, { type: "move", kind: "suspend" }, { actor: d("MEX"), at: 0 });
      if (!moved.ok) throw new Error(moved.rejection.code);
      const chairs = play(moved.value.state, by, (m) => m.command.type === "advance" || m.command.type === "putMotion");
      expect(chairs.move).toEqual({ actor: "COL", command: { type: "putMotion" } });
      if (by.mode === "open") {
        const put = applyOas(chairs.state, { type: "putMotion" }, { actor: d("COL"), at: 0 });
        if (!put.ok) throw new Error(put.rejection.code);
        // Argentina, for the initiative, wants no delay.
        expect(nextBotOasMove(put.value.state, by, humans)).toEqual({
          actor: "ARG",
          command: { type: "vote", choice: "no" },
        });
      }
    }
  });

  it("without bots, leave every seat silent but record an empty seat absent when it is called", () => {
    const none: OasBots = { mode: "none" };
    expect(nextBotOasMove(table(), none, new Set())).toBeNull();
    expect(chairAfterWaiting(table(), new Set(), none)).toBeNull();
    let state = table();
    for (const command of [
      { type: "advance" },
      { type: "yieldFloor" },
      { type: "advance" },
      { type: "advance" },
    ] as const) {
      const result = applyOas(state, command, { actor: command.type === "yieldFloor" ? d("USA") : "host", at: 0 });
      if (!result.ok) throw new Error(result.rejection.code);
      state = result.value.state;
    }
    expect(state.phase.name).toBe("convocationVote");
    // Argentina is called first: absent when nobody holds it, waited for when a person does.
    expect(nextBotOasMove(state, none, new Set())).toEqual({ actor: "host", command: { type: "recordAbsent" } });
    expect(nextBotOasMove(state, none, new Set(["ARG"]))).toBeNull();
  });
});
