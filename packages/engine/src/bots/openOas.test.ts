import { describe, expect, it } from "vitest";
import { delegationId } from "../ids.ts";
import { applyOas, createOasCouncil, type OasCommand } from "../oas.ts";
import { seededRandom } from "../random.ts";
import { decideOpenVote, moodOf, type OpenProfile, planOpenSession, type TableMood } from "./openOas.ts";

const profile = (over: Partial<OpenProfile> = {}): OpenProfile => ({
  delegation: delegationId("MEX"),
  stance: 0.4,
  conviction: 0.6,
  noJointForce: true,
  uninstructed: false,
  speech: "Each state must decide its own measures.",
  ...over,
});
const calm: TableMood = { armedForceAmended: false, divided: true, heardFor: 0, heardCaution: 0 };

describe("an open-history seat's vote", () => {
  it("weighs a motion by its kind: delay suits the reserved, closing the debate suits the initiative's friends", () => {
    const hawk = profile({ delegation: delegationId("GTM"), stance: 0.9, noJointForce: false });
    const reserved = profile({ stance: -0.2, noJointForce: false });
    expect(decideOpenVote(hawk, "motion-m1", calm, 0, { motionKind: "suspend" }).choice).toBe("no");
    expect(decideOpenVote(reserved, "motion-m1", calm, 0, { motionKind: "adjourn" }).choice).toBe("yes");
    expect(decideOpenVote(hawk, "motion-m1", calm, 0, { motionKind: "closeDebate" }).choice).toBe("yes");
    expect(decideOpenVote(reserved, "motion-m1", calm, 0, { motionKind: "closeDebate" }).choice).toBe("no");
    expect(decideOpenVote(profile(), "motion-m1", calm, 0, { motionKind: "divide" }).choice).toBe("yes");
  });

  it("backs only the amendment that meets its objection, and weighs any other against the initiative", () => {
    expect(decideOpenVote(profile(), "amendment-a1", calm, 0, { armedForceAmendment: true }).choice).toBe("yes");
    const other = decideOpenVote(profile({ stance: 0.9 }), "amendment-a1", calm, 0, { armedForceAmendment: false });
    expect(other.choice).toBe("no");
    expect(other.reasons[0]).toMatch(/waters down/);
  });

  it("abstains on armed force for Mexico, and turns to yes once an amendment leaves it to each state", () => {
    expect(decideOpenVote(profile(), "paragraph-2", calm, 0).choice).toBe("abstain");
    const amended = decideOpenVote(profile(), "paragraph-2", { ...calm, armedForceAmended: true }, 0);
    expect(amended.choice).toBe("yes");
    expect(amended.reasons.join(" ")).toMatch(/leaves armed force to each state/);
  });

  it("abstains on the whole when the question was not divided, and votes yes when it was", () => {
    expect(decideOpenVote(profile(), "whole", { ...calm, divided: false }, 0).choice).toBe("abstain");
    expect(decideOpenVote(profile(), "whole", calm, 0).choice).toBe("yes");
  });

  it("backs a division and an amendment that meet its constraint", () => {
    expect(decideOpenVote(profile(), "motion-m1", calm, 0).choice).toBe("yes");
    expect(decideOpenVote(profile(), "amendment-a1", calm, 0).choice).toBe("yes");
    expect(decideOpenVote(profile({ noJointForce: false, stance: 0.9 }), "amendment-a1", calm, 0).choice).toBe("no");
  });

  it("is moved by the speeches it hears, as far as its conviction allows", () => {
    const pliant = profile({ noJointForce: false, stance: 0.15, conviction: 0 });
    expect(decideOpenVote(pliant, "convocation", calm, 0).choice).toBe("abstain");
    expect(decideOpenVote(pliant, "convocation", { ...calm, heardFor: 10 }, 0).choice).toBe("yes");
    const firm = profile({ noJointForce: false, stance: 0.15, conviction: 1 });
    expect(decideOpenVote(firm, "convocation", { ...calm, heardFor: 10 }, 0).choice).toBe("abstain");
    expect(decideOpenVote(pliant, "convocation", { ...calm, heardFor: 10 }, 0).reasons.join(" ")).toMatch(
      /moved by the speeches/,
    );
  });

  it("says no when its government is against, and abstains without instructions", () => {
    expect(decideOpenVote(profile({ noJointForce: false, stance: -0.8 }), "whole", calm, 0).choice).toBe("no");
    const uninstructed = decideOpenVote(profile({ uninstructed: true }), "whole", calm, 0);
    expect(uninstructed).toMatchObject({ choice: "abstain" });
    expect(uninstructed.reasons[0]).toMatch(/no instructions/);
  });
});

describe("an open-history session's plan", () => {
  const profiles = ["USA", "MEX", "BRA", "GTM", "ECU"].map((id) =>
    profile({
      delegation: delegationId(id),
      noJointForce: id === "MEX" || id === "BRA",
      stance: id === "USA" ? 1 : 0.5,
    }),
  );
  const plan = (seed: number) =>
    planOpenSession(profiles, delegationId("USA"), seededRandom(seed), {
      amendment: "Each decides.",
      reservation: "No attack.",
    });

  it("is the same for the same seed, and differs between seeds", () => {
    expect(plan(7)).toEqual(plan(7));
    const plans = Array.from({ length: 20 }, (_, i) => JSON.stringify(plan(i)));
    expect(new Set(plans).size).toBeGreaterThan(10);
  });

  it("gives the United States the first word, and picks movers only among the hesitant", () => {
    for (let seed = 0; seed < 50; seed++) {
      const p = plan(seed);
      expect(p.debates.usStatement.map((s) => s.delegation)).toEqual(["USA"]);
      for (const mover of [p.divider, p.amender]) if (mover) expect(["MEX", "BRA"]).toContain(mover);
    }
  });

  it("weighs a tagged speech by what it argues, whoever makes it, and an untagged one by its speaker", () => {
    const members = ["USA", "MEX", "BRA", "GTM", "ECU"].map((id) => ({
      delegation: delegationId(id),
      excluded: false,
    }));
    let state = createOasCouncil({
      members,
      chair: delegationId("ECU"),
      requester: delegationId("USA"),
      paragraphs: ["one"],
    });
    const step = (actor: string, command: OasCommand) => {
      const result = applyOas(state, command, { actor: actor === "host" ? "host" : delegationId(actor), at: 0 });
      if (!result.ok) throw new Error(`${actor} ${command.type}: ${result.rejection.code}`);
      state = result.value.state;
    };
    step("host", { type: "advance" });
    step("USA", { type: "yieldFloor" });
    step("host", { type: "advance" });
    // Guatemala, a seat for the initiative, argues sovereignty: the table hears a call for caution.
    step("GTM", { type: "requestFloor" });
    step("host", { type: "giveFloor" });
    step("GTM", { type: "speak", text: "Each state decides for itself.", themes: ["sovereignty", "sovereignty"] });
    expect(state.record.at(-1)).toMatchObject({ kind: "speech", themes: ["sovereignty"] });
    expect(moodOf(state, plan(1))).toMatchObject({ heardFor: 0, heardCaution: 1 });
    step("GTM", { type: "yieldFloor" });
    // Untagged, Guatemala's words count where Guatemala stands... here at 0.5: for the initiative.
    step("GTM", { type: "requestFloor" });
    step("host", { type: "giveFloor" });
    step("GTM", { type: "speak", text: "We stand with the hemisphere." });
    expect(moodOf(state, plan(1))).toMatchObject({ heardFor: 1, heardCaution: 1 });
  });
});

describe("the seeded generator", () => {
  it("repeats its sequence for a seed and stays within [0, 1)", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(draws).size).toBeGreaterThan(990);
  });
});
