import { describe, expect, it } from "vitest";
import { PERIODS, planSession } from "./planner.ts";

describe("the class-period planner", () => {
  it.each(PERIODS)("cuts a %i-minute lesson into a run sheet that adds up to it", (period) => {
    const plan = planSession({ periodMinutes: period });
    expect(plan.runSheet.reduce((sum, p) => sum + p.minutes, 0)).toBe(period);
    expect(plan.runSheet[0]?.part).toBe("joining");
    expect(plan.runSheet.at(-1)?.part).toBe("debrief");
    // Both debates hear several speakers at the speaking time, with a changeover between them.
    for (const debate of plan.runSheet.filter((p) => p.part.endsWith("Debate"))) {
      expect(debate.speeches).toBeGreaterThanOrEqual(6);
      expect(debate.speeches).toBe(Math.floor((debate.minutes * 60) / ((plan.speechSeconds ?? 0) + 15)));
    }
    // The chair holds open exactly the debates, the recess and the explanations, for their minutes on the sheet.
    expect(Object.keys(plan.budgetsMs).sort()).toEqual([
      "convocationDebate",
      "explanations",
      "recess",
      "resolutionDebate",
    ]);
    expect(plan.budgetsMs.recess).toBe((plan.runSheet.find((p) => p.part === "recess")?.minutes ?? 0) * 60_000);
  });

  it.each(PERIODS)("cuts a %i-minute lesson of the Security Council into its four meetings", (period) => {
    const plan = planSession({ periodMinutes: period }, "unsc");
    expect(plan.runSheet.reduce((sum, p) => sum + p.minutes, 0)).toBe(period);
    expect(plan.runSheet.map((p) => p.meeting ?? p.part)).toEqual([
      ...["joining", "agenda", 1022, 1023, 1024, 1025, "debrief"],
    ]);
    const meeting = plan.runSheet.find((p) => p.part === "debate");
    // Every meeting is the engine's `debate`: the President holds each open for its minutes.
    expect(plan.budgetsMs).toEqual({ debate: (meeting?.minutes ?? 0) * 60_000 });
    expect(meeting?.speeches).toBeGreaterThanOrEqual(5);
  });

  it("gives a longer lesson longer speeches and more debate", () => {
    const short = planSession({ periodMinutes: 45 });
    const long = planSession({ periodMinutes: 90 });
    expect(long.speechSeconds).toBeGreaterThan(short.speechSeconds ?? 0);
    expect(long.budgetsMs.resolutionDebate).toBeGreaterThan(short.budgetsMs.resolutionDebate ?? 0);
  });

  it("lets friends play at their own speed: brisk bots, no time limit, nothing held open", () => {
    const plan = planSession({ periodMinutes: null });
    expect(plan).toMatchObject({ speechSeconds: null, runSheet: [], budgetsMs: {} });
    expect(plan.botDelayMs).toBeLessThan(planSession({ periodMinutes: 45 }).botDelayMs);
  });
});
