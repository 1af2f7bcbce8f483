import { describe, expect, it } from "vitest";
import { delegationId } from "../ids.ts";
import { applyOas, createOasCouncil, type OasCommand, type OasState } from "../oas.ts";
import { seededRandom } from "../random.ts";
import { answerBotAsk, nextBotOasMove, type OasBots } from "./live.ts";
import {
  answerOpenAsk,
  askableOasQuestions,
  type Beyond,
  decideOpenVote,
  NOTHING_BEYOND,
  nextOpenOasMove,
  type OpenPlan,
  type OpenProfile,
} from "./openOas.ts";
import { type CorridorAsk, distanceTo, type Pledge, weighAsk } from "./persuasion.ts";

const d = delegationId;
const profile = (id: string, stance: number, conviction: number, over: Partial<OpenProfile> = {}): OpenProfile => ({
  delegation: d(id),
  stance,
  conviction,
  noJointForce: false,
  uninstructed: false,
  speech: `${id} speaks.`,
  ...over,
});
const PROFILES = [
  profile("USA", 1, 1),
  profile("COL", 0.9, 0.8),
  profile("MEX", 0.4, 0.6, { noJointForce: true }),
  profile("URY", 0.6, 0.5, { uninstructed: true }),
  // Haiti is pliant and lukewarm; Ecuador reserved and firmer; Peru against and firm.
  profile("HTI", 0.05, 0.2),
  profile("ECU", -0.1, 0.6),
  profile("PER", -0.3, 0.95),
  ...["ARG", "GTM", "DOM", "PAN", "NIC"].map((id) => profile(id, 0.9, 0.8)),
];
const plan: OpenPlan = {
  profiles: PROFILES,
  temperaments: {},
  debates: { usStatement: [], convocationDebate: [], resolutionDebate: [] },
  divider: null,
  amender: null,
  amendmentText: "Each state decides on armed force.",
  reservationText: "Our vote does not authorise an attack.",
};
const table = (): OasState =>
  createOasCouncil({
    members: PROFILES.map((p) => ({ delegation: p.delegation, excluded: false })),
    chair: d("COL"),
    requester: d("USA"),
    paragraphs: ["one", "two"],
  });
const calm = { armedForceAmended: false, divided: true, heardFor: 0, heardCaution: 0 };
const ask = (question: string, choice: CorridorAsk["choice"], offer?: CorridorAsk["offer"]): CorridorAsk =>
  offer ? { question, choice, offer } : { question, choice };

/** Plays the table with open-history bots in every seat until `stop` holds or nothing is left. */
function play(state: OasState, beyond: Beyond, stop: (s: OasState) => boolean = () => false): OasState {
  let current = state;
  for (let i = 0; i < 500 && !stop(current); i++) {
    const move = nextOpenOasMove(current, plan, new Set(), beyond);
    if (!move) return current;
    const result = applyOas(current, move.command, { actor: move.actor, at: i });
    if (!result.ok) throw new Error(`${move.actor} ${move.command.type}: ${result.rejection.code}`);
    current = result.value.state;
  }
  return current;
}
const choiceOn = (state: OasState, question: string, delegation: string) =>
  state.votes.find((v) => v.question === question)?.choices[delegation];

describe("the crisis as a lever on open-history seats", () => {
  it("rallies a pliant seat to the initiative as the danger grows, and not a firm one", () => {
    const haiti = PROFILES[4] as OpenProfile;
    expect(decideOpenVote(haiti, "convocation", calm, 0).choice).toBe("abstain");
    const danger = decideOpenVote(haiti, "convocation", calm, 0, {}, { ...NOTHING_BEYOND, tension: 90 });
    expect(danger.choice).toBe("yes");
    expect(danger.reasons.join(" ")).toMatch(/danger at sea rallies it/);
    const peru = PROFILES[6] as OpenProfile;
    expect(decideOpenVote(peru, "convocation", calm, 0, {}, { ...NOTHING_BEYOND, tension: 100 }).choice).toBe(
      "abstain",
    );
    // Easing danger lets a lukewarm seat hold back; a motion is not weighed on the danger at all.
    const lukewarm = profile("BOL", 0.3, 0.5);
    expect(decideOpenVote(lukewarm, "whole", calm, 0).choice).toBe("yes");
    const eased = decideOpenVote(lukewarm, "whole", calm, 0, {}, { ...NOTHING_BEYOND, tension: 10 });
    expect(eased).toMatchObject({ choice: "abstain" });
    expect(eased.reasons.join(" ")).toMatch(/danger easing/);
    const motion = decideOpenVote(lukewarm, "motion-m1", calm, 0, { motionKind: "adjourn" }, NOTHING_BEYOND);
    const motionInDanger = decideOpenVote(
      lukewarm,
      "motion-m1",
      calm,
      0,
      { motionKind: "adjourn" },
      {
        ...NOTHING_BEYOND,
        tension: 100,
      },
    );
    expect(motionInDanger.score).toBe(motion.score);
  });

  it("never lifts the constitutional objection, whatever the danger", () => {
    const mexico = PROFILES[2] as OpenProfile;
    const vote = decideOpenVote(mexico, "paragraph-2", calm, 0, {}, { ...NOTHING_BEYOND, tension: 100 });
    expect(vote.choice).toBe("abstain");
  });
});

describe("instructions arriving as a lever", () => {
  it("has an uninstructed seat abstain until its instructions arrive, then vote its capital's line", () => {
    const uruguay = PROFILES[3] as OpenProfile;
    expect(decideOpenVote(uruguay, "whole", calm, 0).choice).toBe("abstain");
    const instructed = decideOpenVote(uruguay, "whole", calm, 0, {}, { ...NOTHING_BEYOND, instructed: ["URY"] });
    expect(instructed.choice).toBe("yes");
    expect(instructed.reasons[0]).toMatch(/instructions have arrived/);
  });

  it("records the vote for the record only once the instructions have arrived after the vote", () => {
    const closed = play(table(), NOTHING_BEYOND);
    expect(closed.phase.name).toBe("closed");
    expect(choiceOn(closed, "whole", "URY")).toBe("abstain");
    expect(nextOpenOasMove(closed, plan)).toBeNull();
    expect(nextOpenOasMove(closed, plan, new Set(), { ...NOTHING_BEYOND, instructed: ["URY"] })).toEqual({
      actor: "URY",
      command: { type: "changeVote", question: "whole", choice: "yes" },
    });
    // Instructions that arrive before the vote are simply voted.
    const early = play(table(), { ...NOTHING_BEYOND, instructed: ["URY"] });
    expect(choiceOn(early, "whole", "URY")).toBe("yes");
  });
});

describe("requests and offers in the corridors", () => {
  const state = table();

  it("measures how far a seat must move for each choice", () => {
    expect(distanceTo(0.5, "yes")).toBe(0);
    expect(distanceTo(0, "yes")).toBeCloseTo(0.2);
    expect(distanceTo(0, "no")).toBeCloseTo(0.4);
    expect(distanceTo(0, "abstain")).toBe(0);
    expect(distanceTo(0.5, "abstain")).toBeGreaterThan(0.3);
    expect(distanceTo(-0.6, "abstain")).toBeGreaterThan(0.2);
    expect(weighAsk(-0.1, "yes", 0.4, false)).toEqual({ answer: "declined", reason: "tooFar" });
    expect(weighAsk(-0.1, "yes", 0.4, true)).toEqual({ answer: "agreed", reason: "persuadedByOffer" });
  });

  it("agrees when the seat meant to vote so, or when the request moves a pliant seat far enough", () => {
    expect(answerOpenAsk(state, plan, d("COL"), ask("convocation", "yes"))).toEqual({
      answer: "agreed",
      reason: "alreadyMinded",
    });
    expect(answerOpenAsk(state, plan, d("HTI"), ask("convocation", "yes"))).toEqual({
      answer: "agreed",
      reason: "persuaded",
    });
    expect(answerOpenAsk(state, plan, d("PER"), ask("convocation", "yes"))).toEqual({
      answer: "declined",
      reason: "tooFar",
    });
  });

  it("is won by a vote in return that the seat wants, and not by one it does not", () => {
    expect(answerOpenAsk(state, plan, d("ECU"), ask("convocation", "yes"))).toMatchObject({ answer: "declined" });
    // Ecuador would itself abstain on paragraph 2: an asker who offers to abstain there too is heard.
    expect(
      answerOpenAsk(state, plan, d("ECU"), ask("convocation", "yes", { question: "paragraph-2", choice: "abstain" })),
    ).toEqual({ answer: "agreed", reason: "persuadedByOffer" });
    expect(
      answerOpenAsk(state, plan, d("ECU"), ask("convocation", "yes", { question: "paragraph-2", choice: "yes" })),
    ).toEqual({ answer: "declined", reason: "tooFar" });
    // An offer on the very question asked is no offer.
    expect(
      answerOpenAsk(state, plan, d("ECU"), ask("convocation", "yes", { question: "convocation", choice: "abstain" })),
    ).toEqual({ answer: "declined", reason: "tooFar" });
  });

  it("refuses what its constitution or its missing instructions forbid, and a question already voted", () => {
    expect(answerOpenAsk(state, plan, d("MEX"), ask("paragraph-2", "yes"))).toEqual({
      answer: "declined",
      reason: "constitution",
    });
    expect(answerOpenAsk(state, plan, d("MEX"), ask("paragraph-1", "yes")).answer).toBe("agreed");
    expect(answerOpenAsk(state, plan, d("URY"), ask("whole", "yes"))).toEqual({
      answer: "declined",
      reason: "uninstructed",
    });
    expect(answerOpenAsk(state, plan, d("URY"), ask("whole", "abstain")).answer).toBe("agreed");
    const instructed = { ...NOTHING_BEYOND, instructed: ["URY"] };
    expect(answerOpenAsk(state, plan, d("URY"), ask("whole", "yes"), instructed).reason).toBe("alreadyMinded");
    const convoked = play(state, NOTHING_BEYOND, (s) => s.votes.length > 0);
    expect(askableOasQuestions(convoked)).not.toContain("convocation");
    expect(answerOpenAsk(convoked, plan, d("HTI"), ask("convocation", "yes"))).toEqual({
      answer: "declined",
      reason: "voted",
    });
    expect(answerOpenAsk(state, plan, d("HTI"), ask("paragraph-9", "yes")).reason).toBe("voted");
  });

  it("keeps its word at the roll call, and says why", () => {
    const pledges: Pledge[] = [{ delegation: d("HTI"), to: d("USA"), question: "convocation", choice: "yes" }];
    const without = play(state, NOTHING_BEYOND, (s) => s.votes.length > 0);
    expect(choiceOn(without, "convocation", "HTI")).toBe("abstain");
    const kept = play(state, { ...NOTHING_BEYOND, pledges }, (s) => s.votes.length > 0);
    expect(choiceOn(kept, "convocation", "HTI")).toBe("yes");
    const haiti = PROFILES[4] as OpenProfile;
    const why = decideOpenVote(haiti, "convocation", calm, 0, {}, { ...NOTHING_BEYOND, pledges });
    expect(why.reasons).toEqual(["gave its word to USA in the corridors"]);
    // A later word on the same question replaces the earlier one.
    const changed: Pledge[] = [...pledges, { ...pledges[0], to: d("PER"), choice: "abstain" } as Pledge];
    expect(decideOpenVote(haiti, "convocation", calm, 0, {}, { ...NOTHING_BEYOND, pledges: changed }).choice).toBe(
      "abstain",
    );
  });

  it("has historical bots keep to 1962, and nobody answer without bots", () => {
    const historical: OasBots = {
      mode: "historical",
      script: {
        debates: { usStatement: [], convocationDebate: [], resolutionDebate: [] },
        motions: [],
        votes: {},
        defaultChoice: "yes",
        reservations: [],
        voteChanges: [],
      },
    };
    expect(answerBotAsk(state, historical, d("HTI"), ask("convocation", "no"))).toEqual({
      answer: "declined",
      reason: "instructed1962",
    });
    expect(answerBotAsk(state, { mode: "none" }, d("HTI"), ask("convocation", "no"))).toBeNull();
    expect(answerBotAsk(state, { mode: "open", plan }, d("HTI"), ask("convocation", "yes"))?.answer).toBe("agreed");
  });

  it("never lead the bots to an illegal move, and every word given is kept (200 seeded tables)", () => {
    const bots: OasBots = { mode: "open", plan };
    const choices = ["yes", "no", "abstain"] as const;
    for (let seed = 1; seed <= 200; seed++) {
      const random = seededRandom(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
      let current = table();
      const pledges: Pledge[] = [];
      for (let i = 0; i < 500; i++) {
        // Now and then a seat asks another for a vote on a question still open, maybe with an offer.
        const questions = askableOasQuestions(current);
        if (questions.length > 0 && random() < 0.3) {
          const from = pick(PROFILES).delegation;
          const to = pick(PROFILES).delegation;
          const request: CorridorAsk = {
            question: pick(questions),
            choice: pick(choices),
            ...(random() < 0.5 ? { offer: { question: pick(questions), choice: pick(choices) } } : {}),
          };
          const answer = answerBotAsk(current, bots, to, request, { ...NOTHING_BEYOND, pledges });
          if (answer?.answer === "agreed") {
            pledges.push({ delegation: to, to: from, question: request.question, choice: request.choice });
          }
        }
        const beyond: Beyond = { tension: Math.floor(random() * 101), instructed: ["URY"], pledges };
        const move = nextBotOasMove(current, bots, new Set(), beyond);
        if (!move) break;
        const result = applyOas(current, move.command as OasCommand, { actor: move.actor, at: i });
        if (!result.ok) throw new Error(`seed ${seed}: ${move.actor} ${move.command.type}: ${result.rejection.code}`);
        current = result.value.state;
      }
      expect(current.phase.name).toBe("closed");
      for (const vote of current.votes) {
        for (const [delegation, choice] of Object.entries(vote.choices)) {
          const word = pledges.findLast((p) => p.delegation === delegation && p.question === vote.question);
          if (word) expect(choice, `seed ${seed}: ${delegation} on ${vote.question}`).toBe(word.choice);
        }
      }
    }
  });
});
