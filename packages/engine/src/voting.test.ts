import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DelegationId, delegationId } from "./ids.ts";
import { CHOICES, type Choice, type DecisionRule, decide, hasQuorum, votesNeeded } from "./voting.ts";

/** Choices for `n` members named M0…Mn-1, from counts in order yes, no, abstain, absent. */
function roll(yes: number, no: number, abstain = 0, absent = 0): Record<string, Choice> {
  const choices: Record<string, Choice> = {};
  let i = 0;
  for (const [choice, n] of [
    ["yes", yes],
    ["no", no],
    ["abstain", abstain],
    ["absent", absent],
  ] as const) {
    for (let k = 0; k < n; k++) choices[`M${i++}`] = choice;
  }
  return choices;
}

const convocation: DecisionRule = { kind: "absoluteMajority", entitled: 20 };
const organ: DecisionRule = { kind: "twoThirdsOfRatifying", ratifying: 21 };

describe("the OAS Council's decision to convoke the Organ of Consultation (Rio Treaty art. 16)", () => {
  it("needs 11 of the 20 members entitled to vote", () => {
    expect(votesNeeded(convocation)).toBe(11);
  });

  it("fails with 10 yes even when nobody votes no", () => {
    expect(decide(convocation, roll(10, 0, 10)).adopted).toBe(false);
  });

  it("passes with exactly 11 yes", () => {
    expect(decide(convocation, roll(11, 9)).adopted).toBe(true);
  });

  it("counts on the membership, not on those present: 10 of 12 present is not enough", () => {
    expect(decide(convocation, roll(10, 2, 0, 8)).adopted).toBe(false);
  });

  it("would need 11 of 21 as well: an absolute majority of an odd membership", () => {
    expect(votesNeeded({ kind: "absoluteMajority", entitled: 21 })).toBe(11);
  });
});

describe("the Organ of Consultation's decisions (Rio Treaty art. 17)", () => {
  it("needs 14 of the 21 ratifying states", () => {
    expect(votesNeeded(organ)).toBe(14);
  });

  it("fails with 13 yes", () => {
    expect(decide(organ, roll(13, 0, 7)).adopted).toBe(false);
  });

  it("passes with exactly 14 yes", () => {
    expect(decide(organ, roll(14, 0, 6)).adopted).toBe(true);
  });

  it("passes the 1962 resolution as a whole, 19–0–1", () => {
    expect(decide(organ, roll(19, 0, 1))).toMatchObject({
      adopted: true,
      tally: { yes: 19, no: 0, abstain: 1, absent: 0 },
      needed: 14,
    });
  });

  it("is not a two-thirds of those present and voting: 12 yes to 2 no fails", () => {
    expect(decide(organ, roll(12, 2, 0, 6)).adopted).toBe(false);
  });

  it("rounds two-thirds of 20 up to 14", () => {
    expect(votesNeeded({ kind: "twoThirdsOfRatifying", ratifying: 20 })).toBe(14);
  });
});

describe("quorum (Rio Treaty art. 19)", () => {
  it("exists when as many states are represented as the decision needs", () => {
    expect(hasQuorum(organ, 14)).toBe(true);
    expect(hasQuorum(organ, 13)).toBe(false);
  });

  it("counts abstaining states as represented", () => {
    expect(decide(convocation, roll(0, 0, 11, 9)).quorum).toBe(true);
  });

  it("leaves a question undecided without one, whatever the yes count", () => {
    expect(decide(convocation, roll(10, 0, 0, 10))).toMatchObject({ quorum: false, adopted: false });
  });
});

describe("the Security Council (UN Charter art. 27, 1962)", () => {
  const permanent = ["USA", "USSR", "GBR", "FRA", "ROC"].map(delegationId);
  const substantive: DecisionRule = { kind: "unscSubstantive", permanent };
  const procedural: DecisionRule = { kind: "unscProcedural" };
  const members = [...permanent, ...["CHL", "GHA", "IRL", "ROU", "UAR", "VEN"].map(delegationId)];
  const vote = (assign: (member: DelegationId, i: number) => Choice) =>
    Object.fromEntries(members.map((m, i) => [m, assign(m, i)]));

  it("adopts a procedural question with any 7 votes, a permanent member's no notwithstanding", () => {
    const choices = vote((m, i) => (m === "USSR" ? "no" : i < 8 ? "yes" : "abstain"));
    expect(decide(procedural, choices)).toMatchObject({ adopted: true, vetoedBy: [] });
  });

  it("rejects a procedural question with 6 votes", () => {
    expect(
      decide(
        procedural,
        vote((_, i) => (i < 6 ? "yes" : "no")),
      ).adopted,
    ).toBe(false);
  });

  it("lets one permanent member's no defeat a substantive draft that has 10 votes: the veto", () => {
    const decision = decide(
      substantive,
      vote((m) => (m === "USSR" ? "no" : "yes")),
    );
    expect(decision).toMatchObject({ adopted: false, vetoedBy: ["USSR"], tally: { yes: 10, no: 1 } });
  });

  it("does not count a permanent member's abstention as a veto", () => {
    expect(
      decide(
        substantive,
        vote((m, i) => (m === "USSR" ? "abstain" : i < 8 ? "yes" : "no")),
      ).adopted,
    ).toBe(true);
  });

  it("does not count a permanent member's absence as a veto", () => {
    expect(
      decide(
        substantive,
        vote((m) => (m === "FRA" ? "absent" : "yes")),
      ).adopted,
    ).toBe(true);
  });

  it("needs 7 yes on a substantive draft even with no veto", () => {
    expect(
      decide(
        substantive,
        vote((_, i) => (i < 6 ? "yes" : "abstain")),
      ).adopted,
    ).toBe(false);
  });
});

describe("every decision", () => {
  const rules: DecisionRule[] = [
    convocation,
    organ,
    { kind: "unscProcedural" },
    { kind: "unscSubstantive", permanent: ["M0", "M1"].map(delegationId) },
  ];

  it("has a tally that adds up to the members who were called", () => {
    fc.assert(
      fc.property(fc.constantFrom(...rules), fc.array(fc.constantFrom(...CHOICES), { maxLength: 25 }), (rule, list) => {
        const choices = Object.fromEntries(list.map((c, i) => [`M${i}`, c]));
        const { tally } = decide(rule, choices);
        expect(tally.yes + tally.no + tally.abstain + tally.absent).toBe(list.length);
      }),
    );
  });

  it("is never adopted with fewer yes votes than needed, and more yes never turns adoption into rejection", () => {
    fc.assert(
      fc.property(fc.constantFrom(...rules), fc.array(fc.constantFrom(...CHOICES), { maxLength: 25 }), (rule, list) => {
        const choices = Object.fromEntries(list.map((c, i) => [`M${i}`, c]));
        const decision = decide(rule, choices);
        if (decision.adopted) expect(decision.tally.yes).toBeGreaterThanOrEqual(decision.needed);
        const flipped = list.indexOf("abstain");
        if (decision.adopted && flipped >= 0) {
          expect(decide(rule, { ...choices, [`M${flipped}`]: "yes" }).adopted).toBe(true);
        }
      }),
    );
  });
});
