import { sessionRecord } from "@brink/protocol";
import { loadOctober1962 } from "@brink/scenario";
import { describe, expect, it } from "vitest";
import { formatDistributionText, formatRecordText, simulate, simulateMany } from "./simulate.ts";

const scenario = loadOctober1962();
const both = simulate(scenario, { chamber: "both", mode: "historical", seed: 1 });

describe("the historical simulation of October 1962", () => {
  it("writes a record in the format of @brink/protocol", () => {
    expect(sessionRecord.safeParse(both).success).toBe(true);
    expect(both).toMatchObject({
      formatVersion: 1,
      scenario: "october-1962",
      mode: "historical",
      chambers: ["oas", "unsc"],
    });
  });

  it("matches the historical record vote by vote and delegation by delegation", () => {
    for (const past of scenario.record.votes) {
      const vote = both.votes.find((v) => v.chamber === past.chamber && v.question === past.question);
      expect(vote, `${past.chamber} ${past.question}`).toBeDefined();
      expect(vote?.result).toBe(past.result);
      for (const [delegation, choice] of Object.entries(past.choices)) expect(vote?.choices[delegation]).toBe(choice);
      if (past.tally) expect(vote?.tally).toEqual(past.tally);
    }
  });

  it("votes the resolution in parts, Bolivia, Brazil and Mexico abstaining on paragraph 2, and the whole 19–0–1", () => {
    const oas = both.votes.filter((v) => v.chamber === "oas").map((v) => v.question);
    expect(oas).toEqual([
      "convocation",
      "motion-m1",
      "paragraph-1",
      "paragraph-2",
      "paragraph-3",
      "paragraph-4",
      "whole",
    ]);
    const paragraph2 = both.votes.find((v) => v.question === "paragraph-2");
    expect(
      Object.entries(paragraph2?.choices ?? {})
        .filter(([, c]) => c === "abstain")
        .map(([d]) => d),
    ).toEqual(expect.arrayContaining(["BOL", "BRA", "MEX"]));
    expect(both.votes.find((v) => v.question === "whole")?.tally).toEqual({ yes: 19, no: 0, abstain: 1, absent: 0 });
    expect(both.votes.every((v) => v.chamber !== "oas" || v.choices.CUB === undefined)).toBe(true);
  });

  it("reports the counts the sources do not give as not recorded", () => {
    expect(both.votes.find((v) => v.question === "convocation")?.historical).toEqual({
      result: "adopted",
      tally: "not recorded",
    });
  });

  it("has Uruguay change its vote for the record, and the reservations entered", () => {
    expect(both.voteChanges).toEqual([
      { chamber: "oas", question: "whole", delegation: "URY", from: "abstain", to: "yes" },
    ]);
    expect(both.reservations.map((r) => r.delegation)).toEqual(["BRA", "MEX", "BOL"]);
  });

  it("adjourns the Security Council with three drafts tabled and none put to a vote", () => {
    expect(both.votes.filter((v) => v.chamber === "unsc")).toEqual([]);
    expect(both.drafts.map((d) => [d.id, d.votedOn])).toEqual([
      ["draft-usa", false],
      ["draft-ussr", false],
      ["draft-uar", false],
    ]);
    expect(both.chamberOutcomes).toEqual({ oas: "resolutionAdopted", unsc: "adjourned" });
  });

  it("has Khrushchev accept U Thant's first appeal and Kennedy decline it, both accept the second, and ends in peace", () => {
    expect(both.crisis.appeals.map((a) => `${a.to}:${a.reply}`)).toEqual([
      "WAS:declined",
      "MOS:accepted",
      "MOS:accepted",
      "WAS:accepted",
      "HAV:conditional",
    ]);
    expect(both.crisis.legitimacy).toBe("multilateral");
    expect(both.outcome).toBe("peace");
    expect(both.ended).toBe(true);
  });

  it("draws the week's tension from 50, step by step, to where the crisis ends", () => {
    const curve = both.crisis.tensionCurve ?? [];
    expect(curve[0]).toEqual({ minute: 0, tension: 50 });
    expect(curve.at(-1)?.tension).toBe(both.crisis.tension);
    for (const [i, point] of curve.entries()) {
      if (i > 0) expect(point.minute).toBeGreaterThanOrEqual(curve[i - 1]?.minute ?? 0);
      expect(point.tension).toBeGreaterThanOrEqual(0);
      expect(point.tension).toBeLessThanOrEqual(100);
    }
    // The OAS resolution of 23 October, about 5 p.m., calms the track: a step down that evening.
    expect(curve).toContainEqual({ minute: 1320, tension: 40 });
  });

  it("keeps the crisis day by day, and the 1962 curve beside the game's, the same when 1962 is replayed", () => {
    const timeline = both.crisis.timeline ?? [];
    expect(timeline.filter((e) => e.kind === "appealSent").map((e) => e.capital)).toEqual(
      both.crisis.appeals.map((a) => a.to),
    );
    expect(timeline.filter((e) => e.kind === "appealAnswered").map((e) => [e.capital, e.detail])).toContainEqual([
      "MOS",
      "accepted",
    ]);
    expect(timeline.filter((e) => e.kind === "termAgreed").map((e) => e.detail)).toEqual(
      expect.arrayContaining(["withdrawal", "noInvasionPledge", "verification"]),
    );
    expect(timeline.find((e) => e.kind === "legitimacy")).toMatchObject({ minute: 1320, detail: "multilateral" });
    for (const [i, entry] of timeline.entries()) {
      if (i > 0) expect(entry.minute).toBeGreaterThanOrEqual(timeline[i - 1]?.minute ?? 0);
    }
    expect(both.crisis.tensionCurve1962).toEqual(both.crisis.tensionCurve);
    // An open history that ends in war rises above 1962's line.
    const war = simulate(scenario, { chamber: "both", mode: "open", seed: 3 });
    expect(war.outcome).toBe("war");
    expect(war.crisis.tensionCurve1962).toEqual(both.crisis.tensionCurve1962);
    expect(war.crisis.tensionCurve?.at(-1)?.tension).toBe(100);
  });

  it("keeps each council's minutes in order: the speeches, the motion, each vote where it fell, the reservations", () => {
    const oas = (both.minutes ?? []).filter((m) => m.chamber === "oas");
    expect(oas.map((m) => m.kind).filter((k) => k !== "speech" && k !== "phase")).toEqual([
      "vote",
      "motion",
      "vote",
      "division",
      "vote",
      "vote",
      "vote",
      "vote",
      "vote",
      "reservation",
      "reservation",
      "reservation",
      "closed",
      "voteChange",
    ]);
    expect(oas.find((m) => m.kind === "motion")).toMatchObject({ delegation: "BRA", detail: "divide" });
    // Each vote's minute points at its vote; the Security Council's speeches and drafts follow the OAS's.
    for (const m of both.minutes ?? []) {
      if (m.kind === "vote") expect(both.votes[m.vote ?? -1]?.question).toBe(m.question);
    }
    const speeches = (both.minutes ?? []).filter((m) => m.kind === "speech");
    expect(speeches.map((m) => [m.chamber, m.delegation, m.text])).toEqual(
      both.speeches.map((s) => [s.chamber, s.speaker, s.text]),
    );
    const unsc = (both.minutes ?? []).filter((m) => m.chamber === "unsc");
    expect(unsc.filter((m) => m.kind === "draftTabled").map((m) => m.delegation)).toEqual(["USA", "USSR", "UAR"]);
    expect(unsc.filter((m) => m.kind === "phase" && m.detail === "meeting").map((m) => m.meeting)).toEqual([
      1022, 1023, 1024, 1025,
    ]);
    // Time runs forward in each council.
    for (const council of [oas, unsc]) {
      expect(council.map((m) => m.elapsed)).toEqual([...council.map((m) => m.elapsed)].sort((a, b) => a - b));
    }
  });

  it("counts the time each seat held the floor, and none for a seat that never spoke", () => {
    const seconds = (chamber: string, delegation: string) =>
      both.contributions?.find((c) => c.chamber === chamber && c.delegation === delegation)?.speakingSeconds;
    // The bots speak a move after the floor is theirs: a second a move in the simulator.
    expect(seconds("oas", "BRA")).toBeGreaterThan(seconds("oas", "ARG") ?? 0);
    expect(seconds("oas", "ARG")).toBeGreaterThan(0);
    expect(seconds("oas", "URY")).toBe(0);
    expect(seconds("unsc", "ROC")).toBe(0);
  });

  it("runs one chamber alone, and gives the same votes for any seed in historical mode", () => {
    const oas = simulate(scenario, { chamber: "oas", mode: "historical", seed: 7 });
    expect(oas.chambers).toEqual(["oas"]);
    expect(oas.votes).toEqual(both.votes.filter((v) => v.chamber === "oas"));
    expect(simulate(scenario, { chamber: "unsc", mode: "historical", seed: 2 }).chambers).toEqual(["unsc"]);
  });

  it("prints a readable text summary", () => {
    const text = formatRecordText(both);
    expect(text).toMatch(/OAS whole\s+adopted\s+19-0-1\s+1962: adopted, 19-0-1/);
    expect(text).toMatch(/count not recorded/);
    expect(text).toMatch(/Outcome: peace/);
  });
});

describe("open history", () => {
  it("replays exactly for a seed, and differs between seeds", () => {
    const a = simulate(scenario, { chamber: "both", mode: "open", seed: 11 });
    expect(simulate(scenario, { chamber: "both", mode: "open", seed: 11 })).toEqual(a);
    const records = Array.from({ length: 30 }, (_, i) =>
      JSON.stringify(simulate(scenario, { chamber: "oas", mode: "open", seed: i }).votes),
    );
    expect(new Set(records).size).toBeGreaterThan(5);
    expect(sessionRecord.safeParse(a).success).toBe(true);
  });

  it("never makes an illegal move: 200 seeded sessions run to their end", () => {
    for (let seed = 0; seed < 200; seed++) {
      const record = simulate(scenario, { chamber: "both", mode: "open", seed });
      expect(["peace", "standoff", "war"]).toContain(record.outcome);
      for (const vote of record.votes) {
        const { yes, no, abstain, absent } = vote.tally;
        expect(yes + no + abstain + absent).toBe(vote.chamber === "oas" ? 20 : 11);
      }
    }
  });

  it("explains every bot's vote", () => {
    const record = simulate(scenario, { chamber: "oas", mode: "open", seed: 3 });
    const whole = record.votes.find((v) => v.question === "whole");
    expect(Object.keys(whole?.reasons ?? {})).toHaveLength(20);
    expect(whole?.reasons?.URY?.[0]).toMatch(/no instructions/);
    // Beside it, what 1962 recorded on the same question: open history is read against it too.
    expect(whole?.historical).toEqual({ result: "adopted", tally: { yes: 19, no: 0, abstain: 1, absent: 0 } });
    expect(record.votes.find((v) => v.question.startsWith("motion-"))?.historical).toBeUndefined();
  });

  it("gives a distribution of outcomes over many seeds that adds up", () => {
    const d = simulateMany(scenario, { chamber: "both", mode: "open", seed: 1 }, 50);
    expect(d.outcomes.peace + d.outcomes.standoff + d.outcomes.war).toBe(50);
    expect(d.oasResolutionAdopted).toBeGreaterThan(40);
    expect(formatDistributionText(d)).toMatch(/^50 runs from seed 1/);
  });
});

describe("the Security Council in open history", () => {
  it("sometimes presses drafts to a vote, vetoes included, with each member's reasons", () => {
    const records = Array.from({ length: 40 }, (_, seed) =>
      simulate(scenario, { chamber: "unsc", mode: "open", seed }),
    );
    const voted = records.flatMap((r) => r.votes);
    expect(voted.length).toBeGreaterThan(0);
    expect(voted.some((v) => (v.vetoedBy ?? []).length > 0)).toBe(true);
    for (const vote of voted) expect(Object.keys(vote.reasons ?? {})).toHaveLength(11);
    expect(records.some((r) => r.votes.length === 0)).toBe(true);
  });
});
