import { describe, expect, it } from "vitest";
import { type ChairFacts, chairStep } from "./chairStep.ts";

const facts = (change: Partial<ChairFacts>): ChairFacts => ({
  commands: [],
  question: "",
  called: "",
  floor: "",
  queue: [],
  nextPhase: "",
  pointsPending: 0,
  ...change,
});

describe("the chair's next step", () => {
  it("closes a roll call every member has answered, and waits while one has not", () => {
    const roll = { question: "whole", commands: ["closeVote", "recordAbsent"] };
    expect(chairStep(facts({ ...roll, called: "" }))).toEqual({ command: "closeVote" });
    expect(chairStep(facts({ ...roll, called: "URY" }))).toBeNull();
  });

  it("gives the floor to the next speaker, and moves on once nobody waits", () => {
    const debate = { commands: ["giveFloor", "advance"], nextPhase: "convocationVote" };
    expect(chairStep(facts({ ...debate, queue: ["MEX", "BRA"] }))).toEqual({ command: "giveFloor", delegation: "MEX" });
    expect(chairStep(facts({ ...debate, queue: [] }))).toEqual({ command: "advance", next: "convocationVote" });
    // A speaker has the floor: the table waits on them.
    expect(chairStep(facts({ ...debate, floor: "USA", queue: ["MEX"] }))).toBeNull();
  });

  it("hears a point of order first, then a motion, and resumes a suspended meeting before all", () => {
    const all = { commands: ["rulePointOfOrder", "putMotion", "giveFloor", "resume"], queue: ["MEX"] };
    expect(chairStep(facts({ ...all }))).toEqual({ command: "resume" });
    const open = { ...all, commands: all.commands.filter((c) => c !== "resume") };
    expect(chairStep(facts({ ...open, pointsPending: 1 }))).toEqual({ command: "rulePointOfOrder" });
    expect(chairStep(facts({ ...open }))).toEqual({ command: "putMotion" });
  });

  it("proposes nothing the chair may not do now", () => {
    expect(chairStep(facts({ question: "whole", commands: [] }))).toBeNull();
    expect(chairStep(facts({ queue: ["MEX"], nextPhase: "recess" }))).toBeNull();
  });
});
