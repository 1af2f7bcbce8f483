import { describe, expect, it } from "vitest";
import { applyCrisis, type CrisisState, createCrisis } from "../crisis.ts";
import type { CrisisStep } from "./crisisScript.ts";
import { answerAppeal, type LiveCrisisPlan, playLiveCrisis } from "./liveCrisis.ts";

const DAY = 1440;
const steps: CrisisStep[] = [
  { minute: 0, actor: "system", command: { type: "enterIncident", text: "Kennedy speaks.", tension: 5 } },
  { minute: 1320, actor: "system", command: { type: "recordOasResult", multilateral: true } },
  {
    minute: 1800,
    actor: "SG",
    command: { type: "sendAppeal", to: "MOS", terms: "suspendShipmentsAndQuarantine", text: "Pause." },
  },
  {
    minute: 1800,
    actor: "SG",
    command: { type: "sendAppeal", to: "WAS", terms: "suspendShipmentsAndQuarantine", text: "Pause." },
  },
  // The script's own answers are the simulator's; a live track answers every appeal itself.
  { minute: 2000, actor: "MOS", command: { type: "answerAppeal", appeal: "appeal-1", answer: "declined" } },
  { minute: 5000, actor: "WAS", command: { type: "agreeTerm", term: "noInvasionPledge" } },
  { minute: 6000, actor: "MOS", command: { type: "agreeTerm", term: "withdrawal" } },
];
const plan: LiveCrisisPlan = {
  steps,
  replies: [
    { to: "MOS", terms: "suspendShipmentsAndQuarantine", answer: "accepted" },
    { to: "WAS", terms: "suspendShipmentsAndQuarantine", answer: "declined" },
    { to: "WAS", terms: "avoidConfrontation", answer: "accepted" },
    { to: "HAV", terms: "suspendConstruction", answer: "conditional" },
  ],
  mode: "historical",
  seed: 7,
  replyAfterMinutes: DAY,
};
const track = (): CrisisState =>
  createCrisis({
    ships: [{ id: "bucharest", name: "Bucharest", distanceNm: 900, speedKnots: 10 }],
    quarantineAt: 2340,
    endAt: 8000,
    tension: 50,
  });
const bots = { secretaryGeneralBot: true, oasPlayed: false };

/**
 * The track without its version, which counts commands and so differs with how often it is played, and with
 * the ships' distances to a millionth of a mile, which the clock's steps sum differently.
 */
const settled = ({ version: _version, ...rest }: CrisisState) => ({
  ...rest,
  ships: rest.ships.map((s) => ({ ...s, distanceNm: Math.round(s.distanceNm * 1e6) / 1e6 })),
});

describe("the crisis track of a live session", () => {
  it("sends the 1962 appeals while a bot voices U Thant, and each capital answers a day later as in 1962", () => {
    const { state } = playLiveCrisis(track(), plan, 8000, bots, 0);
    expect(state.appeals.map((a) => [a.to, a.reply?.answer, a.reply?.at])).toEqual([
      ["MOS", "accepted", 1800 + DAY],
      ["WAS", "declined", 1800 + DAY],
    ]);
    expect(state.legitimacy).toBe("multilateral");
    expect(state.outcome).toBe("peace");
  });

  it("plays the same a little at a time as all at once, so that a restart plays on alike", () => {
    const open: LiveCrisisPlan = { ...plan, mode: "open" };
    for (const p of [plan, open]) {
      const once = playLiveCrisis(track(), p, 7000, bots, 0).state;
      let chunked = track();
      for (const minute of [0, 0, 1320, 1500, 1800, 3239, 3240, 3241, 5000, 6999, 7000]) {
        chunked = playLiveCrisis(chunked, p, minute, bots, 0).state;
      }
      expect(settled(chunked)).toEqual(settled(once));
    }
  });

  it("leaves the appeals to a person in U Thant's seat, and the quarantine's basis to the OAS Council played", () => {
    const people = { secretaryGeneralBot: false, oasPlayed: true };
    let state = playLiveCrisis(track(), plan, 2000, people, 0).state;
    expect(state.appeals).toEqual([]);
    expect(state.legitimacy).toBe("pending");
    const sent = applyCrisis(
      state,
      { type: "sendAppeal", to: "HAV", terms: "suspendConstruction", text: "Stop the work." },
      { actor: "SG", at: 0 },
    );
    if (!sent.ok) throw new Error(sent.rejection.code);
    // The OAS Council votes (its room records it): the clock may pass the quarantine's hour.
    const voted = applyCrisis(
      sent.value.state,
      { type: "recordOasResult", multilateral: true },
      { actor: "system", at: 0 },
    );
    if (!voted.ok) throw new Error(voted.rejection.code);
    state = playLiveCrisis(voted.value.state, plan, 2000 + DAY - 1, people, 0).state;
    expect(state.appeals[0]?.reply).toBeNull();
    state = playLiveCrisis(state, plan, 2000 + DAY, people, 0).state;
    expect(state.appeals[0]?.reply).toEqual({ answer: "conditional", at: 2000 + DAY });
  });

  it("waits at the quarantine's hour while the OAS Council played has not voted, and runs on once it has", () => {
    const people = { secretaryGeneralBot: true, oasPlayed: true };
    const start = track();
    const held = playLiveCrisis(start, plan, start.quarantineAt + 3 * DAY, people, 0).state;
    expect(held.minute).toBe(start.quarantineAt - 1);
    expect(held.legitimacy).toBe("pending");
    expect(held.outcome).toBeNull();
    const voted = applyCrisis(held, { type: "recordOasResult", multilateral: true }, { actor: "system", at: 0 });
    if (!voted.ok) throw new Error(voted.rejection.code);
    expect(playLiveCrisis(voted.value.state, plan, start.quarantineAt + DAY, people, 0).state.minute).toBe(
      start.quarantineAt + DAY,
    );
    // Without the OAS Council at the table, the scripted result of 1962 falls due and nothing waits.
    const alone = playLiveCrisis(start, plan, start.quarantineAt + DAY, { ...people, oasPlayed: false }, 0).state;
    expect(alone.minute).toBe(start.quarantineAt + DAY);
    expect(alone.legitimacy).toBe("multilateral");
  });

  it("answers terms a capital never received as it answered in 1962, or on conditions where it answered both ways", () => {
    const state = track();
    const appeal = (to: "WAS" | "MOS" | "HAV") =>
      ({ id: "appeal-9", to, terms: "own", text: "x", sentAt: 0, reply: null }) as const;
    expect(answerAppeal(state, plan, appeal("MOS"), 0)).toBe("accepted");
    expect(answerAppeal(state, plan, appeal("WAS"), 0)).toBe("conditional");
    expect(answerAppeal(state, plan, appeal("HAV"), 0)).toBe("conditional");
    // Open history draws each answer from the state, the same for the same seed and appeal.
    const open: LiveCrisisPlan = { ...plan, mode: "open" };
    const sent = applyCrisis(
      state,
      { type: "sendAppeal", to: "MOS", terms: "shipsStayAway", text: "Keep away." },
      { actor: "SG", at: 0 },
    );
    if (!sent.ok) throw new Error(sent.rejection.code);
    const [moscow] = sent.value.state.appeals;
    if (!moscow) throw new Error("no appeal");
    const first = answerAppeal(sent.value.state, open, moscow, 3);
    expect(answerAppeal(sent.value.state, open, moscow, 3)).toBe(first);
    expect(["accepted", "declined"]).toContain(first);
    expect(answerAppeal(state, open, appeal("HAV"), 0)).toBe("conditional");
  });

  it("in open history, hears non-aggression more readily than terms Washington refused", () => {
    const open: LiveCrisisPlan = { ...plan, mode: "open" };
    const accepted = (proposals: readonly ("nonAggression" | "verificationAtSea")[], to: "WAS" | "MOS") => {
      let yes = 0;
      for (let seed = 0; seed < 200; seed++) {
        const sent = applyCrisis(
          track(),
          { type: "sendAppeal", to, terms: "own", text: "x", proposals },
          { actor: "SG", at: 0 },
        );
        if (!sent.ok) throw new Error(sent.rejection.code);
        const [appeal] = sent.value.state.appeals;
        if (appeal && answerAppeal(sent.value.state, { ...open, seed }, appeal, 0) === "accepted") yes += 1;
      }
      return yes;
    };
    expect(accepted(["nonAggression"], "WAS")).toBeGreaterThan(accepted([], "WAS") + 20);
    expect(accepted(["nonAggression"], "MOS")).toBeGreaterThan(accepted([], "MOS"));
  });

  it("stops playing once the crisis has an outcome", () => {
    const war: LiveCrisisPlan = {
      ...plan,
      steps: [{ minute: 10, actor: "system", command: { type: "enterIncident", text: "Shots.", tension: 60 } }],
    };
    const { state } = playLiveCrisis(track(), war, 8000, bots, 0);
    expect(state.outcome).toBe("war");
    expect(state.minute).toBe(10);
  });
});
