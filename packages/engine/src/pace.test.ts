import { describe, expect, it } from "vitest";
import { checkPace, fitBudgets, rollCallMinutes, rollCallsLeft } from "./pace.ts";

const pending = { status: "pending" };
const adopted = { status: "adopted" };
const divided = {
  divided: true,
  paragraphs: [pending, pending, pending, pending],
  amendments: [pending],
  whole: "pending",
};

describe("the pace of a lesson's voting", () => {
  it("counts the roll calls still to come: amendments, the paragraphs of a divided question, the whole", () => {
    expect(rollCallsLeft(divided)).toBe(6);
    expect(rollCallsLeft({ ...divided, divided: false, amendments: [] })).toBe(1);
    expect(rollCallsLeft({ ...divided, paragraphs: [adopted, adopted, pending, pending], amendments: [adopted] })).toBe(
      3,
    );
  });

  it("takes about two and a half minutes a roll call with eighteen students, far less with bots", () => {
    expect(rollCallMinutes(18, 20)).toBeGreaterThan(2.5);
    expect(rollCallMinutes(18, 20)).toBeLessThan(3);
    expect(rollCallMinutes(0, 20)).toBeLessThan(1);
  });

  it("tells the host a divided question with an amendment runs over a 45-minute class, and what to cut", () => {
    const check = checkPace(45, "resolutionDebate", divided, 18, 20);
    expect(check).toMatchObject({ rollCalls: 6, plannedMinutes: 9 });
    expect(check?.votingMinutes).toBeGreaterThanOrEqual(16);
    expect(check?.overBy).toBe((check?.votingMinutes ?? 0) - 9);
    expect(check?.cuts).toEqual(["closeDebate", "shortenSpeeches", "skipExplanations"]);
    // In the voting itself only the explanations are left to cut.
    expect(checkPace(45, "voting", divided, 18, 20)?.cuts).toEqual(["skipExplanations"]);
  });

  it("cuts the bot chair's hold on the debate by the minutes over, and leaves the other items as they are", () => {
    const budgets = { convocationDebate: 480_000, resolutionDebate: 480_000, explanations: 120_000 };
    const over = checkPace(45, "resolutionDebate", divided, 18, 20);
    const fitted = fitBudgets(budgets, over);
    expect(fitted.resolutionDebate).toBe(Math.max(0, 480_000 - (over?.overBy ?? 0) * 60_000));
    expect(fitted.explanations).toBe(120_000);
    expect(fitted.convocationDebate).toBe(480_000);
    const fits = checkPace(45, "voting", { ...divided, divided: false, amendments: [] }, 18, 20);
    expect(fitBudgets(budgets, fits)).toBe(budgets);
    expect(fitBudgets(budgets, null)).toBe(budgets);
  });

  it("says nothing is over when the votes fit, and nothing at all without a period or outside the draft", () => {
    expect(checkPace(45, "voting", { ...divided, divided: false, amendments: [] }, 18, 20)).toMatchObject({
      overBy: 0,
      cuts: [],
    });
    expect(checkPace(null, "voting", divided, 18, 20)).toBeNull();
    expect(checkPace(45, "convocationDebate", divided, 18, 20)).toBeNull();
  });
});
