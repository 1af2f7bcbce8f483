import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyCrisis,
  type CrisisActor,
  type CrisisCommand,
  type CrisisEvent,
  type CrisisState,
  createCrisis,
  DEFAULT_CRISIS_RULES,
  foldCrisis,
  quarantineInForce,
} from "./crisis.ts";

// Minutes after Kennedy's address (22 Oct 1962, 19:00 EDT): the quarantine at 24 Oct 10:00 EDT, the end of 28 Oct.
const QUARANTINE = 39 * 60;
const END = 149 * 60;

const track = (tension = 50): CrisisState =>
  createCrisis({
    // The Bucharest is named in the sources; the other ship's name and all distances and speeds are scenario values.
    ships: [
      { id: "bucharest", name: "Bucharest", distanceNm: 600, speedKnots: 15 },
      { id: "freighter", name: null, distanceNm: 900, speedKnots: 10 },
    ],
    quarantineAt: QUARANTINE,
    endAt: END,
    tension,
  });

class Track {
  state: CrisisState;
  readonly log: CrisisEvent[] = [];
  constructor(tension = 50) {
    this.state = track(tension);
  }
  do(actor: CrisisActor, command: CrisisCommand): this {
    const result = applyCrisis(this.state, command, { actor, at: 0 });
    if (!result.ok) throw new Error(`${actor} ${command.type}: ${result.rejection.code}`);
    this.state = result.value.state;
    this.log.push(...result.value.events);
    return this;
  }
  refused(actor: CrisisActor, command: CrisisCommand): string {
    const before = this.state;
    const result = applyCrisis(before, command, { actor, at: 0 });
    if (result.ok) throw new Error(`${actor} ${command.type} was accepted`);
    expect(this.state).toBe(before);
    return result.rejection.code;
  }
  /** Moves the clock to a minute, a day at most per step. */
  until(minute: number): this {
    while (this.state.minute < minute && !this.state.outcome) {
      this.do("system", { type: "advanceClock", minutes: Math.min(1440, minute - this.state.minute) });
    }
    return this;
  }
  ship(id: string) {
    return this.state.ships.find((s) => s.id === id);
  }
}

describe("the crisis track, 22–28 October 1962", () => {
  function play1962(): Track {
    const t = new Track().do("system", { type: "recordOasResult", multilateral: true }).until(QUARANTINE - 60);
    t.do("SG", {
      type: "sendAppeal",
      to: "WAS",
      terms: "suspendShipmentsAndQuarantine",
      text: "Suspend for two to three weeks.",
    });
    t.do("SG", {
      type: "sendAppeal",
      to: "MOS",
      terms: "suspendShipmentsAndQuarantine",
      text: "Suspend for two to three weeks.",
    });
    t.until(QUARANTINE + 60);
    t.do("WAS", { type: "interceptShip", ship: "bucharest", action: "letPass" });
    t.do("MOS", { type: "answerAppeal", appeal: "appeal-2", answer: "accepted" });
    t.do("WAS", { type: "answerAppeal", appeal: "appeal-1", answer: "declined" });
    t.do("SG", { type: "sendAppeal", to: "MOS", terms: "shipsStayAway", text: "Keep ships away for a limited time." });
    t.do("SG", { type: "sendAppeal", to: "WAS", terms: "avoidConfrontation", text: "Avoid direct confrontation." });
    t.do("MOS", { type: "answerAppeal", appeal: "appeal-3", answer: "accepted" });
    t.do("WAS", { type: "answerAppeal", appeal: "appeal-4", answer: "accepted" });
    t.do("SG", { type: "sendAppeal", to: "HAV", terms: "suspendConstruction", text: "Suspend work on the sites." });
    t.do("HAV", { type: "answerAppeal", appeal: "appeal-5", answer: "conditional" });
    t.do("system", { type: "enterIncident", text: "A U-2 is shot down over Banes; its pilot is killed.", tension: 25 });
    t.do("WAS", { type: "agreeTerm", term: "noInvasionPledge" });
    return t.do("MOS", { type: "agreeTerm", term: "withdrawal" });
  }

  it("ends in peace once the missiles are withdrawn for a no-invasion pledge", () => {
    const t = play1962();
    expect(t.state.outcome).toBe("peace");
    expect(t.state.agreed).toEqual({ noInvasionPledge: "WAS", withdrawal: "MOS" });
    expect(t.ship("bucharest")?.status).toBe("passed");
    expect(t.state.appeals.map((a) => a.reply?.answer)).toEqual([
      "declined",
      "accepted",
      "accepted",
      "accepted",
      "conditional",
    ]);
  });

  it("binds a capital that accepts an appeal's proposal to its term of the settlement: peace through U Thant", () => {
    const t = new Track();
    const nonAggression = ["nonAggression"] as const;
    t.do("SG", {
      type: "sendAppeal",
      to: "MOS",
      terms: "own",
      text: "Missiles out, no attack on Cuba.",
      proposals: nonAggression,
    });
    t.do("SG", {
      type: "sendAppeal",
      to: "WAS",
      terms: "own",
      text: "A pledge of non-aggression ends the threat.",
      proposals: [...nonAggression, "nonAggression"],
    });
    t.do("SG", {
      type: "sendAppeal",
      to: "HAV",
      terms: "own",
      text: "Verify at sea.",
      proposals: ["verificationAtSea"],
    });
    expect(t.state.appeals[1]?.proposals).toEqual(["nonAggression"]);
    // A conditional answer binds no one; an acceptance does.
    t.do("HAV", { type: "answerAppeal", appeal: "appeal-3", answer: "conditional" });
    expect(t.state.agreed).toEqual({});
    t.do("MOS", { type: "answerAppeal", appeal: "appeal-1", answer: "accepted" });
    expect(t.state.agreed).toEqual({ withdrawal: "MOS" });
    expect(t.state.outcome).toBeNull();
    t.do("WAS", { type: "answerAppeal", appeal: "appeal-2", answer: "accepted" });
    expect(t.state.outcome).toBe("peace");
    expect(
      t.refused("SG", {
        type: "sendAppeal",
        to: "MOS",
        terms: "own",
        text: "x",
        proposals: ["bribe" as "nonAggression"],
      }),
    ).toBe("crisis/over");
    expect(
      new Track().refused("SG", {
        type: "sendAppeal",
        to: "MOS",
        terms: "own",
        text: "x",
        proposals: ["bribe" as "nonAggression"],
      }),
    ).toBe("crisis/invalid");
  });

  it("replays its log exactly", () => {
    const t = play1962();
    expect(foldCrisis(track(), t.log)).toEqual(t.state);
  });

  it("puts the quarantine in force at 10:00 on 24 October and stops ships at the line from then on", () => {
    const t = new Track().until(QUARANTINE - 1);
    expect(quarantineInForce(t.state)).toBe(false);
    expect(t.ship("bucharest")?.status).toBe("approaching");
    t.until(QUARANTINE + 60);
    expect(quarantineInForce(t.state)).toBe(true);
    expect(t.ship("bucharest")).toMatchObject({ status: "atLine", distanceNm: 0 });
  });

  it("lets a ship that reaches the line before the quarantine wait there, and stops it once it is in force", () => {
    const t = new Track();
    t.state = createCrisis({
      ships: [{ id: "early", name: null, distanceNm: 10, speedKnots: 10 }],
      quarantineAt: QUARANTINE,
      endAt: END,
      tension: 0,
    });
    t.until(120);
    expect(t.ship("early")).toMatchObject({ status: "approaching", distanceNm: 0 });
    t.until(QUARANTINE);
    expect(t.ship("early")?.status).toBe("atLine");
    expect(t.state.tension).toBe(DEFAULT_CRISIS_RULES.shipAtLine);
  });
});

describe("tension and outcomes", () => {
  it("falls when the OAS makes the quarantine multilateral, and rises when it fails to", () => {
    expect(new Track().do("system", { type: "recordOasResult", multilateral: true }).state.tension).toBe(
      50 + DEFAULT_CRISIS_RULES.oasMultilateral,
    );
    const t = new Track().do("system", { type: "recordOasResult", multilateral: false });
    expect(t.state).toMatchObject({ legitimacy: "unilateral", tension: 50 + DEFAULT_CRISIS_RULES.oasUnilateral });
    expect(t.refused("system", { type: "recordOasResult", multilateral: true })).toBe("crisis/invalid");
  });

  it("ends in war when tension reaches 100, and nothing more happens after", () => {
    const t = new Track(90).do("host", { type: "enterIncident", text: "A ship is fired upon.", tension: 15 });
    expect(t.state).toMatchObject({ tension: 100, outcome: "war" });
    expect(t.refused("MOS", { type: "agreeTerm", term: "withdrawal" })).toBe("crisis/over");
  });

  it("ends in a standoff when 28 October closes with nothing settled", () => {
    const t = new Track(0).until(END);
    expect(t.state.outcome).toBe("standoff");
  });

  it("never goes below 0", () => {
    expect(new Track(5).do("system", { type: "recordOasResult", multilateral: true }).state.tension).toBe(0);
  });

  it("rises when a ship is boarded or readiness raised, and falls when a ship holds", () => {
    const t = new Track(40).until(QUARANTINE + 60);
    t.do("WAS", { type: "interceptShip", ship: "bucharest", action: "board" });
    expect(t.ship("bucharest")?.status).toBe("boarded");
    const afterBoarding = t.state.tension;
    t.do("WAS", { type: "setDefcon", level: 2 });
    expect(t.state.tension).toBe(afterBoarding + DEFAULT_CRISIS_RULES.defconRaised);
    t.do("MOS", { type: "orderShip", ship: "freighter", order: "turnBack" });
    expect(t.ship("freighter")?.status).toBe("turnedBack");
    expect(t.refused("MOS", { type: "orderShip", ship: "freighter", order: "proceed" })).toBe("ship/not_approaching");
  });
});

describe("who may move the track", () => {
  it("keeps each power with its holder", () => {
    const t = new Track().until(QUARANTINE + 60);
    expect(t.refused("MOS", { type: "advanceClock", minutes: 60 })).toBe("crisis/not_yours");
    expect(t.refused("WAS", { type: "recordOasResult", multilateral: true })).toBe("crisis/not_yours");
    expect(t.refused("SG", { type: "enterIncident", text: "x", tension: 1 })).toBe("crisis/not_yours");
    expect(t.refused("MOS", { type: "sendAppeal", to: "WAS", terms: "own", text: "x" })).toBe("crisis/not_yours");
    expect(t.refused("WAS", { type: "orderShip", ship: "freighter", order: "hold" })).toBe("crisis/not_yours");
    expect(t.refused("MOS", { type: "interceptShip", ship: "bucharest", action: "board" })).toBe("crisis/not_yours");
    expect(t.refused("MOS", { type: "setDefcon", level: 2 })).toBe("crisis/not_yours");
    expect(t.refused("HAV", { type: "agreeTerm", term: "withdrawal" })).toBe("crisis/not_yours");
    expect(t.refused("host", { type: "agreeTerm", term: "noInvasionPledge" })).toBe("crisis/not_yours");
    t.do("SG", { type: "sendAppeal", to: "MOS", terms: "own", text: "Talk." });
    expect(t.refused("WAS", { type: "answerAppeal", appeal: "appeal-1", answer: "accepted" })).toBe("crisis/not_yours");
    t.do("MOS", { type: "answerAppeal", appeal: "appeal-1", answer: "accepted" });
    expect(t.refused("MOS", { type: "answerAppeal", appeal: "appeal-1", answer: "declined" })).toBe("appeal/answered");
    expect(t.refused("MOS", { type: "answerAppeal", appeal: "appeal-9", answer: "declined" })).toBe("appeal/unknown");
    t.do("HAV", { type: "agreeTerm", term: "verification" });
    expect(t.refused("MOS", { type: "agreeTerm", term: "verification" })).toBe("term/already_agreed");
  });

  it("refuses impossible values", () => {
    const t = new Track();
    expect(t.refused("system", { type: "advanceClock", minutes: 0 })).toBe("crisis/invalid");
    expect(t.refused("system", { type: "advanceClock", minutes: 1441 })).toBe("crisis/invalid");
    expect(t.refused("host", { type: "enterIncident", text: " ", tension: 1 })).toBe("crisis/invalid");
    expect(t.refused("host", { type: "enterIncident", text: "x", tension: 101 })).toBe("crisis/invalid");
    expect(t.refused("SG", { type: "sendAppeal", to: "LON" as never, terms: "own", text: "x" })).toBe("crisis/invalid");
    expect(t.refused("SG", { type: "sendAppeal", to: "MOS", terms: "own", text: "" })).toBe("crisis/invalid");
    expect(t.refused("WAS", { type: "setDefcon", level: 6 as never })).toBe("crisis/invalid");
    expect(t.refused("MOS", { type: "orderShip", ship: "nina", order: "hold" })).toBe("ship/unknown");
    expect(t.refused("WAS", { type: "interceptShip", ship: "nina", action: "board" })).toBe("ship/unknown");
    expect(t.refused("WAS", { type: "interceptShip", ship: "bucharest", action: "board" })).toBe("ship/not_at_line");
  });
});

describe("any sequence of commands", () => {
  const actors: CrisisActor[] = ["system", "host", "SG", "WAS", "MOS", "HAV"];
  const command: fc.Arbitrary<CrisisCommand> = fc.oneof(
    fc.record({ type: fc.constant("advanceClock" as const), minutes: fc.integer({ min: 1, max: 1440 }) }),
    fc.record({ type: fc.constant("recordOasResult" as const), multilateral: fc.boolean() }),
    fc.record({
      type: fc.constant("enterIncident" as const),
      text: fc.constant("incident"),
      tension: fc.integer({ min: -30, max: 30 }),
    }),
    fc.record({
      type: fc.constant("sendAppeal" as const),
      to: fc.constantFrom("WAS" as const, "MOS" as const, "HAV" as const),
      terms: fc.constantFrom("suspendShipmentsAndQuarantine" as const, "shipsStayAway" as const, "own" as const),
      text: fc.constant("appeal"),
    }),
    fc.record({
      type: fc.constant("answerAppeal" as const),
      appeal: fc.constantFrom("appeal-1", "appeal-2"),
      answer: fc.constantFrom("accepted" as const, "declined" as const, "conditional" as const),
    }),
    fc.record({
      type: fc.constant("orderShip" as const),
      ship: fc.constantFrom("bucharest", "freighter"),
      order: fc.constantFrom("hold" as const, "turnBack" as const, "proceed" as const),
    }),
    fc.record({
      type: fc.constant("interceptShip" as const),
      ship: fc.constantFrom("bucharest", "freighter"),
      action: fc.constantFrom("board" as const, "letPass" as const),
    }),
    fc.record({ type: fc.constant("setDefcon" as const), level: fc.constantFrom(1 as const, 2 as const, 3 as const) }),
    fc.record({
      type: fc.constant("agreeTerm" as const),
      term: fc.constantFrom("withdrawal" as const, "noInvasionPledge" as const, "verification" as const),
    }),
  );

  it("keeps tension within 0–100, folds back exactly, and always ends when the clock runs out", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...actors), command), { maxLength: 80 }), (steps) => {
        let state = track();
        const log: CrisisEvent[] = [];
        for (const [actor, cmd] of steps) {
          const result = applyCrisis(state, cmd, { actor, at: 0 });
          if (!result.ok) continue;
          state = result.value.state;
          log.push(...result.value.events);
          expect(state.tension).toBeGreaterThanOrEqual(0);
          expect(state.tension).toBeLessThanOrEqual(100);
        }
        expect(foldCrisis(track(), log)).toEqual(state);
        while (!state.outcome) {
          const result = applyCrisis(state, { type: "advanceClock", minutes: 1440 }, { actor: "system", at: 0 });
          if (!result.ok) throw new Error(result.rejection.code);
          state = result.value.state;
        }
        expect(["peace", "standoff", "war"]).toContain(state.outcome);
      }),
      { numRuns: 300 },
    );
  });
});
