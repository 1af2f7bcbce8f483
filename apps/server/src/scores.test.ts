import type { SessionRecord } from "@brink/protocol";
import { loadOctober1962 } from "@brink/scenario";
import { describe, expect, it } from "vitest";
import { judgementKey, scoresOf } from "./scores.ts";
import { simulate } from "./simulate.ts";

const scenario = loadOctober1962();
const both = simulate(scenario, { chamber: "both", mode: "historical", seed: 1 });

const scoreOf = (record: Omit<SessionRecord, "scores">, chamber: string, delegation: string) =>
  scoresOf(record, scenario)?.find((s) => s.chamber === chamber && s.delegation === delegation);
const verdicts = (record: Omit<SessionRecord, "scores">, chamber: string, delegation: string) =>
  scoreOf(record, chamber, delegation)?.objectives.map((o) => (o.judged ? "judged" : o.met));

/** The record with one delegation's choice on a question changed, as if the class had voted otherwise. */
function votedOtherwise(question: string, delegation: string, choice: "yes" | "no" | "abstain"): SessionRecord {
  return {
    ...both,
    votes: both.votes.map((v) => {
      if (v.chamber !== "oas" || v.question !== question) return v;
      const choices = { ...v.choices, [delegation]: choice };
      const count = (c: string) => Object.values(choices).filter((x) => x === c).length;
      return { ...v, choices, tally: { yes: count("yes"), no: count("no"), abstain: count("abstain"), absent: 0 } };
    }),
  };
}

describe("each seat's objectives, told from the record", () => {
  it("finds 1962 meeting every objective the record can tell, but Cuba's wish to speak in every meeting", () => {
    const missed = (both.scores ?? []).flatMap((s) =>
      s.objectives.filter((o) => o.met === false).map((o) => `${s.chamber} ${s.delegation}: ${o.text.en}`),
    );
    expect(missed).toEqual(["unsc CUB: Be heard: speak in every meeting you can."]);
    // Every seat of both councils is scored, in the council's order.
    expect(both.scores?.map((s) => s.delegation)).toEqual(both.contributions?.map((c) => c.delegation));
    expect(scoreOf(both, "oas", "BRA")).toMatchObject({ points: 9, measured: 9 });
  });

  it("leaves to the class what the record cannot tell, outside the points it counts", () => {
    const argentina = scoreOf(both, "oas", "ARG");
    expect(argentina?.objectives.map((o) => [o.text.en, o.judged, o.met])).toEqual([
      ["Speak early in favour of convoking the Organ of Consultation.", false, true],
      ["Offer Argentine ships for the quarantine once the resolution passes.", true, null],
      ["Help the crisis end without war: everyone loses if it comes.", false, true],
    ]);
    expect(argentina).toMatchObject({ points: 5, measured: 5 });
    expect(argentina?.objectives[1]?.text.es).toBe(
      "Ofrece barcos argentinos para la cuarentena en cuanto se apruebe la resolución.",
    );
  });

  it("counts the class's judgement of what the record cannot tell, and only there", () => {
    const judgements = new Map([
      [judgementKey("oas", "ARG", 1), true],
      [judgementKey("oas", "ARG", 0), false],
    ]);
    const argentina = scoresOf(both, scenario, judgements)?.find((s) => s.delegation === "ARG");
    expect(argentina?.objectives.map((o) => [o.met, o.judgedByClass])).toEqual([
      [true, undefined],
      [true, true],
      [true, undefined],
    ]);
    expect(argentina).toMatchObject({ points: 7, measured: 5 });
  });

  it("marks a vote against the card as missed, and the rest of the seat's objectives as they were", () => {
    const mexicoYes = votedOtherwise("paragraph-2", "MEX", "yes");
    expect(verdicts(mexicoYes, "oas", "MEX")).toEqual([true, false, true, true]);
    expect(scoreOf(mexicoYes, "oas", "MEX")).toMatchObject({ points: 6, measured: 9 });
    // A vote against on the whole costs Costa Rica its near-unanimity, and Chile its own objective.
    const chileNo = votedOtherwise("whole", "CHL", "no");
    expect(verdicts(chileNo, "oas", "CRI")?.[0]).toBe(false);
    expect(verdicts(chileNo, "oas", "CHL")?.[0]).toBe(false);
  });

  it("reads paragraph 2 in the whole when the question was not divided, and Brazil's division as missed", () => {
    const undivided: SessionRecord = {
      ...both,
      votes: both.votes.filter((v) => !/^(paragraph-\d|motion-m1)$/.test(v.question)),
      minutes: (both.minutes ?? []).filter((m) => m.kind !== "division"),
    };
    expect(verdicts(undivided, "oas", "BRA")?.slice(0, 2)).toEqual([false, false]);
    // Mexico voted yes on the whole in 1962: undivided, that is a vote for armed force.
    expect(verdicts(undivided, "oas", "MEX")?.[1]).toBe(false);
    expect(verdicts(votedOtherwise("whole", "MEX", "abstain"), "oas", "MEX")?.[1]).toBe(true);
  });

  it("keeps open what the session may yet do, while it runs", () => {
    const running: SessionRecord = { ...both, ended: false, chamberOutcomes: {}, voteChanges: [], reservations: [] };
    expect(verdicts(running, "oas", "BOL")).toEqual([true, null, "judged", null]);
    expect(verdicts(running, "oas", "URY")).toEqual([null, null, null]);
    expect(scoreOf(running, "oas", "BOL")).toMatchObject({ points: 3, measured: 8 });
  });

  it("costs every seat its objective of peace when the week ends in war", () => {
    const war: SessionRecord = { ...both, outcome: "war" };
    for (const score of scoresOf(war, scenario) ?? []) {
      const peace = score.objectives.find((o) => o.text.en.startsWith("Help the crisis end without war"));
      expect(peace?.met, `${score.chamber} ${score.delegation}`).toBe(false);
    }
  });

  it("scores the Security Council from its drafts, its vetoes and its appeals", () => {
    const vetoed: SessionRecord = {
      ...both,
      chamberOutcomes: { ...both.chamberOutcomes },
      votes: [
        ...both.votes,
        {
          chamber: "unsc",
          question: "draft-usa",
          result: "rejected",
          tally: { yes: 9, no: 2, abstain: 0, absent: 0 },
          choices: { USA: "yes", USSR: "no", ROU: "no", CHL: "yes", FRA: "yes" },
          vetoedBy: ["USSR"],
        },
      ],
    };
    // The United States pressed its draft into a Soviet veto; the Soviet Union kept it from passing.
    expect(verdicts(vetoed, "unsc", "USA")?.[2]).toBe(false);
    expect(verdicts(vetoed, "unsc", "USSR")?.[0]).toBe(true);
    expect(verdicts(vetoed, "unsc", "CHL")?.[0]).toBe(true);
    expect(verdicts(vetoed, "unsc", "ROU")?.[0]).toBe(true);
    const noAppeal: SessionRecord = { ...both, crisis: { ...both.crisis, appeals: [] } };
    expect(verdicts(noAppeal, "unsc", "GBR")?.[0]).toBe(false);
    expect(verdicts(noAppeal, "unsc", "SG")?.[0]).toBe(false);
  });
});
