import { describe, expect, it } from "vitest";
import {
  eventInstant,
  historicalPosition,
  loadOctober1962,
  oasSeats,
  parseScenario,
  publicScenario,
  roleCardFor,
  type Scenario,
  ScenarioError,
} from "./index.ts";

const scenario = loadOctober1962();
const copy = (): Scenario => JSON.parse(JSON.stringify(scenario)) as Scenario;
const problemsOf = (data: unknown): readonly string[] => {
  try {
    parseScenario("variants/test.ts", data);
  } catch (e) {
    if (e instanceof ScenarioError) return e.problems;
    throw e;
  }
  return [];
};

describe("the OAS Council of 23 October 1962", () => {
  it("seats the 21 member states, excluding Cuba, and only Cuba, from participation", () => {
    const seats = oasSeats(scenario);
    expect(seats).toHaveLength(21);
    expect(seats.filter((s) => s.excluded).map((s) => s.id)).toEqual(["CUB"]);
    expect(seats.find((s) => s.id === "BRA")?.name).toEqual({ en: "Brazil", es: "Brasil", pt: "Brasil" });
  });

  it("has Colombia in the chair and the United States asking for the meeting, with a four-paragraph draft", () => {
    expect(scenario.oasCouncil).toMatchObject({ chair: "COL", requester: "USA" });
    expect(scenario.oasCouncil.paragraphs).toHaveLength(4);
  });
});

describe("the role cards of both chambers", () => {
  it("are written in Spanish and Portuguese as well as English, every line of both sides", () => {
    const cards = scenario.roleCards;
    const texts = cards.flatMap((c) => [
      c.brief,
      ...c.talkingPoints,
      ...c.secret.objectives.map((o) => o.text),
      ...c.secret.constraints.map((x) => x.text),
    ]);
    expect(texts.length).toBeGreaterThan(250);
    expect(texts.filter((t) => !t.es || !t.pt).map((t) => t.en)).toEqual([]);
  });
});

describe("the scenario's other prose", () => {
  /** Every text of a part of the scenario: each object that has an English version. */
  const texts = (value: unknown): { en: string; es?: string; pt?: string }[] => {
    if (Array.isArray(value)) return value.flatMap(texts);
    if (value === null || typeof value !== "object") return [];
    const entry = value as Record<string, unknown>;
    if (typeof entry.en === "string") return [entry as { en: string; es?: string; pt?: string }];
    return Object.values(entry).flatMap(texts);
  };

  it("is written in Spanish and Portuguese: both chambers and their drafts, the timeline, cables, appeals, instructions, debrief prompts", () => {
    const all = [
      scenario.timeline,
      scenario.cables,
      scenario.appeals,
      scenario.instructions,
      scenario.debriefPrompts,
      scenario.oasCouncil,
      scenario.securityCouncil,
    ].flatMap(texts);
    expect(all.length).toBeGreaterThan(80);
    expect(all.filter((t) => !t.es || !t.pt).map((t) => t.en)).toEqual([]);
  });
});

describe("the Security Council of 23–25 October 1962", () => {
  it("has the eleven members of 1962, five of them permanent, the Soviet delegate presiding and Cuba invited", () => {
    const unsc = scenario.securityCouncil;
    expect(unsc.members).toHaveLength(11);
    expect(unsc.permanent).toEqual(["USA", "USSR", "GBR", "FRA", "ROC"]);
    expect(unsc).toMatchObject({ president: "USSR", invitee: "CUB", firstMeeting: 1022, lastMeeting: 1025 });
    expect(unsc.drafts.map((d) => d.sponsor)).toEqual(["USA", "USSR", "UAR"]);
  });
});

describe("who sat where", () => {
  const seat = (id: string, chamber: "oas" | "unsc" | "crisis") =>
    scenario.delegations.find((d) => d.id === id)?.seats[chamber];

  it("names the representatives the sources name", () => {
    expect(seat("USA", "oas")?.representative).toBe("Dean Rusk");
    expect(seat("USA", "unsc")?.representative).toBe("Adlai Stevenson");
    expect(seat("USSR", "unsc")?.representative).toBe("Valerian Zorin");
    expect(seat("CUB", "unsc")?.representative).toBe("Mario García-Incháustegui");
    expect(seat("SG", "unsc")?.representative).toBe("U Thant");
    expect(seat("OAS-SG", "oas")?.representative).toBe("José A. Mora");
  });

  it("names nobody the sources leave open: the chair, Mexico's ambassador, China's delegate", () => {
    expect(seat("COL", "oas")?.representative).toBeNull();
    expect(seat("MEX", "oas")?.representative).toBeNull();
    expect(seat("ROC", "unsc")?.representative).toBeNull();
  });

  it("has the three capitals as actors of the crisis", () => {
    expect(scenario.delegations.filter((d) => d.kind === "capital").map((d) => d.id)).toEqual(["WAS", "MOS", "HAV"]);
  });
});

describe("the historical record", () => {
  const vote = (question: string) => scenario.record.votes.find((v) => v.chamber === "oas" && v.question === question);

  it("adopts the resolution as a whole 19–0–1, Uruguay abstaining and changing to yes the next day", () => {
    expect(vote("whole")).toMatchObject({ result: "adopted", tally: { yes: 19, no: 0, abstain: 1, absent: 0 } });
    expect(vote("whole")?.choices.URY).toBe("abstain");
    expect(scenario.record.voteChanges).toEqual([
      expect.objectContaining({ delegation: "URY", question: "whole", from: "abstain", to: "yes", date: "1962-10-24" }),
    ]);
  });

  it("says the convocation count is not recorded, rather than inventing one", () => {
    expect(vote("convocation")).toMatchObject({ result: "adopted", tally: null });
  });

  it("records Bolivia, Brazil and Mexico abstaining on paragraph 2, without a count", () => {
    expect(vote("paragraph-2")).toMatchObject({
      tally: null,
      choices: { BOL: "abstain", BRA: "abstain", MEX: "abstain" },
    });
  });

  it("records no vote in the Security Council, which adjourned", () => {
    expect(scenario.record.votes.filter((v) => v.chamber === "unsc")).toEqual([]);
    expect(scenario.record.outcomes.find((o) => o.chamber === "unsc")?.outcome).toBe("adjourned");
  });
});

describe("the timeline", () => {
  it("runs in order from Kennedy's address to Radio Moscow's broadcast", () => {
    expect(scenario.timeline[0]).toMatchObject({ id: "address", date: "1962-10-22", time: "19:00", zone: "EDT" });
    expect(scenario.timeline.at(-1)?.id).toBe("radio-moscow");
  });

  it("puts the quarantine in force 2,340 minutes after the address (24 October, 10:00 EDT)", () => {
    const at = (id: string) => {
      const event = scenario.timeline.find((e) => e.id === id);
      if (!event) throw new Error(id);
      return eventInstant(event);
    };
    expect(at("quarantine") - at("address")).toBe(2340);
  });
});

describe("a scenario file that does not validate", () => {
  it("names the file and its shape problems with their paths", () => {
    const bad = copy() as unknown as {
      delegations: { id: string; seats: Record<string, { sources: string[] }> }[];
      oasCouncil: { chair: string };
      record: { votes: { tally: { yes: number } | null }[] };
      timeline: { date: string }[];
    };
    (bad.delegations[1] as { id: string }).id = "ARG";
    bad.oasCouncil.chair = "FRA";
    const whole = bad.record.votes.find((v) => v.tally);
    if (whole?.tally) whole.tally.yes = 18;
    (bad.timeline[0] as { date: string }).date = "1962-10-29";
    (bad.delegations[2]?.seats.oas as { sources: string[] }).sources = [];
    const problems = problemsOf(bad);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^delegations\.2\.seats\.oas\.sources: every fact names at least one source/),
      ]),
    );
    expect(problemsOf({ ...copy(), id: "Bad Id" })).toEqual([expect.stringMatching(/^id: /)]);
  });

  it("checks the cross-references once the shapes are right", () => {
    const bad = copy();
    const mutable = bad as unknown as {
      delegations: { id: string }[];
      oasCouncil: { chair: string; excluded: string[] };
      securityCouncil: { invitee: string; drafts: { sponsor: string }[] };
      record: {
        votes: { tally: { yes: number } | null; choices: Record<string, string> }[];
        voteChanges: { from: string }[];
      };
      timeline: { date: string; time: string | null }[];
    };
    (mutable.delegations[1] as { id: string }).id = "ARG";
    mutable.oasCouncil.chair = "FRA";
    mutable.oasCouncil.excluded = ["CUB", "GBR"];
    mutable.securityCouncil.invitee = "USA";
    (mutable.securityCouncil.drafts[0] as { sponsor: string }).sponsor = "BRA";
    const whole = mutable.record.votes.find((v) => v.tally);
    if (whole?.tally) whole.tally.yes = 18;
    (mutable.record.votes[0] as { choices: Record<string, string> }).choices.CUB = "no";
    (mutable.record.voteChanges[0] as { from: string }).from = "no";
    (mutable.timeline[1] as { date: string }).date = "1962-10-21";
    const problems = problemsOf(bad);
    expect(problems).toEqual(
      expect.arrayContaining([
        "delegations.1.id: duplicate id ARG",
        "oasCouncil.chair: FRA is not a member",
        "oasCouncil.excluded.1: GBR is not a member",
        "securityCouncil.invitee: an invited party is not a member",
        "securityCouncil.drafts.0.sponsor: BRA is not a member",
        expect.stringMatching(/^record\.votes\.\d\.tally: adds up to 19, not the 20 entitled/),
        "record.votes.0.choices.CUB: CUB does not vote in oas",
        "record.voteChanges.0.from: the record has URY voting abstain",
        expect.stringMatching(/^timeline\.1: oas-opens comes before address/),
      ]),
    );
    expect(problems.length).toBeGreaterThanOrEqual(9);
  });
});

describe("the role cards of the OAS Council", () => {
  const cards = scenario.roleCards.filter((c) => c.chamber === "oas");

  it("give every member's seat and the OAS Secretary General a card with a brief, four talking points and a secret objective", () => {
    expect(cards.map((c) => c.delegation).sort()).toEqual([...scenario.oasCouncil.members, "OAS-SG"].sort());
    for (const card of cards) {
      expect(card.talkingPoints.length).toBeGreaterThanOrEqual(4);
      expect(card.secret.objectives.length).toBeGreaterThanOrEqual(1);
    }
  });

  it("bind Mexico, Brazil and Bolivia not to authorise joint armed force, and Uruguay to wait for instructions", () => {
    const constraints = (id: string) =>
      roleCardFor(scenario, "oas", id)
        ?.secret.constraints.map((c) => c.text.en)
        .join(" ") ?? "";
    for (const id of ["MEX", "BRA", "BOL"]) expect(constraints(id)).toMatch(/joint use of armed force/);
    expect(constraints("URY")).toMatch(/No instructions/);
    expect(constraints("BOL")).toMatch(/Lauca/);
    expect(constraints("CUB")).toMatch(/Excluded from participation/);
  });

  it("leave no secret in the public export", () => {
    const exported = JSON.stringify(publicScenario(scenario));
    for (const card of cards) {
      for (const objective of card.secret.objectives) expect(exported).not.toContain(objective.text.en);
      for (const constraint of card.secret.constraints) expect(exported).not.toContain(constraint.text.en);
    }
    expect(exported).not.toContain('"secret"');
    expect(publicScenario(scenario).roleCards).toHaveLength(scenario.roleCards.length);
  });

  it("give the historical position on a question from the record, and say when it is not recorded", () => {
    expect(historicalPosition(scenario, "oas", "paragraph-2", "BRA")).toBe("abstain");
    expect(historicalPosition(scenario, "oas", "whole", "URY")).toBe("abstain");
    expect(historicalPosition(scenario, "oas", "whole", "ARG")).toBe("yes");
    expect(historicalPosition(scenario, "oas", "convocation", "ARG")).toBe("notRecorded");
    expect(historicalPosition(scenario, "unsc", "draft-usa", "USSR")).toBe("notRecorded");
  });

  it("refuse a card for a seat that does not exist, and a second card for the same seat", () => {
    const bad = copy() as unknown as { roleCards: { delegation: string }[] };
    (bad.roleCards[1] as { delegation: string }).delegation = "ARG";
    (bad.roleCards[2] as { delegation: string }).delegation = "FRA";
    const problems = problemsOf(bad);
    expect(problems).toContain("roleCards.1: a second card for oas:ARG");
    expect(problems).toContain("roleCards.2.delegation: FRA has no oas seat");
  });
});

describe("U Thant's appeals, instructions, and the debrief", () => {
  it("keeps the historical appeals and replies: Moscow accepts the first, Washington declines it, both accept the second, Havana on conditions", () => {
    const answers = scenario.appeals.flatMap((a) => a.replies.map((r) => `${a.id}:${r.from}:${r.answer}`));
    expect(answers).toEqual([
      "appeal-24-oct:WAS:declined",
      "appeal-24-oct:MOS:accepted",
      "appeal-25-oct-moscow:MOS:accepted",
      "appeal-25-oct-washington:WAS:accepted",
      "appeal-26-oct-havana:HAV:conditional",
    ]);
  });

  it("brings Uruguay its instructions the day after the vote, and has Argentina and the Dominican Republic offer ships", () => {
    expect(scenario.instructions.map((i) => [i.delegation, i.effect, i.date])).toEqual([
      ["URY", "mayChangeVote", "1962-10-24"],
      ["ARG", "offersShips", null],
      ["DOM", "offersShips", null],
    ]);
  });

  it("has at least ten discussion prompts and a glossary in three languages", () => {
    expect(scenario.debriefPrompts.length).toBeGreaterThanOrEqual(10);
    expect(scenario.glossary.map((g) => g.id)).toEqual(
      expect.arrayContaining(["organ-of-consultation", "quarantine", "rio-treaty", "division-of-the-question", "veto"]),
    );
  });

  it("refuses a reply from a capital the appeal was not sent to, or dated before it", () => {
    const bad = copy() as unknown as { appeals: { replies: { from: string; date: string }[] }[] };
    const reply = bad.appeals[1]?.replies[0];
    if (!reply) throw new Error("no reply");
    reply.from = "HAV";
    reply.date = "1962-10-20";
    expect(problemsOf(bad)).toEqual(
      expect.arrayContaining([
        "appeals.1.replies.0.from: HAV was not sent this appeal",
        "appeals.1.replies.0.date: a reply cannot come before its appeal",
      ]),
    );
  });
});

describe("the role cards of the Security Council, U Thant and the capitals", () => {
  it("give every member, invited Cuba and the Secretary-General a card, and each capital one", () => {
    const unsc = scenario.roleCards.filter((c) => c.chamber === "unsc").map((c) => c.delegation);
    expect(unsc.sort()).toEqual([...scenario.securityCouncil.members, "CUB", "SG"].sort());
    expect(scenario.roleCards.filter((c) => c.chamber === "crisis").map((c) => c.delegation)).toEqual([
      "WAS",
      "MOS",
      "HAV",
    ]);
  });

  it("say so where the sources do not record what a delegation argued", () => {
    for (const id of ["GBR", "IRL"]) expect(roleCardFor(scenario, "unsc", id)?.brief.en).toMatch(/do not give what/);
  });

  it("keep Cuba to speaking and U Thant to statements and appeals", () => {
    expect(roleCardFor(scenario, "unsc", "CUB")?.secret.constraints[0]?.text.en).toMatch(/Article 32/);
    expect(roleCardFor(scenario, "unsc", "SG")?.secret.constraints[0]?.text.en).toMatch(/no vote/);
  });
});

describe("U Thant's in-tray", () => {
  it("holds at least 20 cables in all four tones, from citizens, organisations and the press", () => {
    expect(scenario.cables.length).toBeGreaterThanOrEqual(20);
    expect(new Set(scenario.cables.map((c) => c.tone))).toEqual(new Set(["fear", "anger", "defiance", "hope"]));
    expect(new Set(scenario.cables.map((c) => c.from.kind))).toEqual(
      new Set(["organisation", "delegations", "press", "citizen"]),
    );
  });

  it("marks every invented writer as a composite, and names no private person", () => {
    const composites = scenario.cables.filter((c) => c.composite);
    expect(composites.length).toBeGreaterThan(15);
    for (const cable of composites) expect(cable.from.label.en).toMatch(/^(A|An) /);
    expect(scenario.cables.filter((c) => !c.composite).map((c) => c.id)).toEqual([
      "oas-transmittal",
      "neutral-petition",
      "el-diario",
    ]);
  });

  it("has Cubans write most, and defiantly, as the article found", () => {
    const cuban = scenario.cables.filter((c) => /Cuba|Havana|Matanzas|Oriente/.test(c.from.label.en));
    expect(cuban.length).toBeGreaterThanOrEqual(5);
    expect(cuban.filter((c) => c.tone === "defiance").length).toBeGreaterThanOrEqual(3);
  });
});
