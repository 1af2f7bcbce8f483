import { describe, expect, it } from "vitest";
import { delegationId } from "../ids.ts";
import { seededRandom } from "../random.ts";
import { applyUnsc, createSecurityCouncil, type UnscCommand, type UnscState } from "../unsc.ts";
import type { UnscScript } from "./historicalUnsc.ts";
import {
  answerUnscAsk,
  askableUnscQuestions,
  botUnscChoice,
  explainUnscVote,
  nextBotUnscMove,
  type UnscBots,
  unscChairAfterWaiting,
  unscClosesTalk,
  unscScriptForBots,
} from "./liveUnsc.ts";
import { planOpenUnsc, type UnscOpenProfile } from "./openUnsc.ts";

const d = delegationId;
const MEMBERS = ["USA", "USSR", "GBR", "FRA", "ROC", "CHL", "GHA", "IRL", "ROU", "UAR", "VEN"];
const PERMANENT = ["USA", "USSR", "GBR", "FRA", "ROC"];
const profiles: UnscOpenProfile[] = MEMBERS.map((id) => ({
  delegation: d(id),
  lean: id === "USSR" || id === "ROU" ? { USA: -1, USSR: 1 } : { USA: id === "USA" ? 1 : 0.6, USSR: -0.6 },
  conviction: 1,
}));
const script: UnscScript = {
  meetings: [
    {
      speeches: [
        { delegation: d("USA"), text: "The missiles must go." },
        { delegation: d("CUB"), text: "We are threatened." },
      ],
      drafts: [{ sponsor: d("USA"), paragraphs: ["dismantle"] }],
      statements: ["The Secretary-General appeals for time."],
    },
    { speeches: [{ delegation: d("USSR"), text: "The quarantine is piracy." }], drafts: [], statements: [] },
  ],
};
const historical: UnscBots = { mode: "historical", script, profiles };
const council = (): UnscState =>
  createSecurityCouncil({
    members: MEMBERS.map((id) => ({ delegation: d(id), permanent: PERMANENT.includes(id) })),
    president: d("USSR"),
    invitee: d("CUB"),
    firstMeeting: 1022,
    lastMeeting: 1023,
  });

const step = (state: UnscState, actor: string, command: UnscCommand): UnscState => {
  const result = applyUnsc(state, command, { actor: actor === "host" ? "host" : d(actor), at: state.version + 1 });
  if (!result.ok) throw new Error(`${actor} ${command.type}: ${result.rejection.code}`);
  return result.value.state;
};

/** Lets the bots play until they wait for a person, the Council closes, or `stop` holds. */
function untilWaiting(
  state: UnscState,
  humans: ReadonlySet<string>,
  bots: UnscBots = historical,
  stop: (state: UnscState) => boolean = () => false,
): UnscState {
  let current = state;
  for (let i = 0; i < 500; i++) {
    const move = nextBotUnscMove(current, bots, humans);
    if (!move || stop(current)) return current;
    current = step(current, move.actor, move.command);
  }
  throw new Error("the bots never stopped");
}

describe("bots at a live Security Council", () => {
  it("play the whole record to its end when nobody holds a seat", () => {
    const end = untilWaiting(council(), new Set());
    expect(end.phase).toEqual({ name: "closed", outcome: "adjourned" });
    expect(end.record.filter((e) => e.kind === "speech").map((e) => e.kind === "speech" && e.speaker)).toEqual([
      "USA",
      "CUB",
      "USSR",
    ]);
    expect(end.record.some((e) => e.kind === "statement")).toBe(true);
  });

  it("leave a person's seat to them: no speech, no draft, no statement in their name", () => {
    expect(unscScriptForBots(script, new Set(["USA", "SG"])).meetings[0]).toEqual({
      speeches: [{ delegation: "CUB", text: "We are threatened." }],
      drafts: [],
      statements: [],
    });
    // A person in the President's chair: the bots wait for them to proceed.
    expect(nextBotUnscMove(council(), historical, new Set(["USSR"]))).toBeNull();
  });

  it("put a person's request for a vote before the record's business, and vote each government's leaning", () => {
    const humans = new Set(["USA"]);
    let state = step(step(council(), "USSR", { type: "proceed" }), "USSR", { type: "proceed" });
    state = step(state, "USA", { type: "tableDraft", paragraphs: ["Withdraw the missiles."] });
    state = step(state, "USA", { type: "requestVote", draft: "draft-usa" });
    expect(nextBotUnscMove(state, historical, humans)).toEqual({
      actor: "USSR",
      command: { type: "putDraft", draft: "draft-usa" },
    });
    state = untilWaiting(state, humans);
    // The roll call reaches the United States, a person: the bots wait.
    expect(state.phase.name === "voting" && state.phase.rollCall.question).toBe("draft-usa");
    state = untilWaiting(step(state, "USA", { type: "vote", choice: "yes" }), humans);
    const vote = state.votes[0];
    expect(vote?.adopted).toBe(false);
    expect(vote?.vetoedBy).toEqual(["USSR"]);
    expect(vote?.choices).toMatchObject({ GBR: "yes", ROU: "no" });
    // A seat without a profile (none of the eleven) has no leaning to vote.
    expect(botUnscChoice(state, historical, "CUB", "draft-usa")).toBe("abstain");
  });

  it("let a motion to adjourn be put, and vote the procedural questions through", () => {
    const humans = new Set(["GHA"]);
    let state = untilWaiting(step(council(), "GHA", { type: "object" }), humans);
    // The objection means a vote on the agenda; the bots vote it through once the person has answered.
    expect(state.phase.name === "voting" && state.phase.rollCall.choices).toMatchObject({ USA: "yes", CHL: "yes" });
    const debating = (s: UnscState) => s.phase.name === "debate";
    state = untilWaiting(step(state, "GHA", { type: "vote", choice: "no" }), humans, historical, debating);
    expect(state.votes[0]).toMatchObject({ question: "agenda", adopted: true });
    state = step(state, "GHA", { type: "moveAdjournment" });
    expect(nextBotUnscMove(state, historical, humans)?.command).toEqual({ type: "putMotion" });
    expect(botUnscChoice(state, historical, "FRA", "motion-adjourn")).toBe("yes");
    expect(botUnscChoice(state, historical, "SG", "draft-zzz")).toBe("yes");
  });

  it("without bots, record an empty seat absent and leave everything else to the host", () => {
    const none: UnscBots = { mode: "none" };
    let state = step(step(council(), "GHA", { type: "object" }), "host", { type: "proceed" });
    expect(nextBotUnscMove(state, none, new Set(["GBR"]))).toEqual({
      actor: "host",
      command: { type: "recordAbsent" },
    });
    // The roll call has reached a person: nothing moves by itself.
    expect(nextBotUnscMove(state, none, new Set(["USA"]))).toBeNull();
    state = step(state, "USA", { type: "vote", choice: "yes" });
    expect(nextBotUnscMove(council(), none, new Set())).toBeNull();
    expect(unscChairAfterWaiting(state, new Set(["USSR"]), none)).toBeNull();
  });

  it("have a bot President record a silent person absent, and end a speech past its time", () => {
    let state = step(step(council(), "GHA", { type: "object" }), "USSR", { type: "proceed" });
    expect(unscChairAfterWaiting(state, new Set(["USA"]), historical)).toEqual({
      actor: "USSR",
      command: { type: "recordAbsent" },
    });
    expect(unscChairAfterWaiting(state, new Set(["USSR"]), historical)).toBeNull();
    const debating = (s: UnscState) => s.phase.name === "debate";
    state = untilWaiting(state, new Set(["GHA"]), historical, debating);
    state = step(state, "GHA", { type: "vote", choice: "yes" });
    state = untilWaiting(state, new Set(["GHA"]), historical, debating);
    state = step(state, "GHA", { type: "requestFloor" });
    state = untilWaiting(state, new Set(["GHA"]), historical, (s) => s.speakers.floor?.delegation === "GHA");
    expect(state.speakers.floor?.delegation).toBe("GHA");
    expect(unscChairAfterWaiting(state, new Set(["GHA"]), historical)).toEqual({
      actor: "USSR",
      command: { type: "endSpeech" },
    });
    expect(unscChairAfterWaiting(council(), new Set(["GHA"]), historical)).toBeNull();
  });

  it("hold the agenda and each meeting open for people, not the roll calls", () => {
    const state = council();
    expect(unscClosesTalk(state, { type: "proceed" })).toBe(true);
    expect(unscClosesTalk(state, { type: "adjournMeeting" })).toBe(false);
    expect(unscClosesTalk(state, { type: "closeVote" })).toBe(false);
  });

  it("in open history, press only the bots' drafts to a vote", () => {
    const plan = planOpenUnsc(script, profiles, { USA: 1 }, seededRandom(3));
    const open: UnscBots = { mode: "open", plan };
    const alone = untilWaiting(council(), new Set(), open);
    expect(alone.votes.map((v) => v.question)).toEqual(["draft-usa"]);
    // With a person voicing the United States, its draft and its request are theirs to make.
    const humans = new Set(["USA"]);
    let state = untilWaiting(council(), humans, open);
    while (state.phase.name !== "closed") {
      if (state.phase.name === "debate" && state.speakers.floor?.delegation === "USA")
        state = step(state, "USA", { type: "yieldFloor" });
      else if (state.phase.name === "voting") state = step(state, "USA", { type: "vote", choice: "yes" });
      else throw new Error(`stuck in ${state.phase.name}`);
      state = untilWaiting(state, humans, open);
    }
    expect(state.votes).toEqual([]);
  });

  it("weigh a request in the corridors against the leaning towards the draft's sponsor, and keep the word given", () => {
    const pliant = profiles.map((p) =>
      p.delegation === "GHA" ? { ...p, lean: { USA: 0, USSR: 0 }, conviction: 0.2 } : p,
    );
    const bots: UnscBots = { mode: "historical", script, profiles: pliant };
    let state = step(step(council(), "USSR", { type: "proceed" }), "USSR", { type: "proceed" });
    state = step(state, "USA", { type: "tableDraft", paragraphs: ["Withdraw the missiles."] });
    expect(askableUnscQuestions(state)).toEqual(["draft-usa"]);
    const yes = { question: "draft-usa", choice: "yes" as const };
    expect(answerUnscAsk(state, bots, "GBR", yes)).toEqual({ answer: "agreed", reason: "alreadyMinded" });
    expect(answerUnscAsk(state, bots, "GHA", yes)).toEqual({ answer: "agreed", reason: "persuaded" });
    expect(answerUnscAsk(state, bots, "ROU", yes)).toEqual({ answer: "declined", reason: "tooFar" });
    expect(answerUnscAsk(state, bots, "ROU", { question: "draft-zzz", choice: "yes" })?.reason).toBe("voted");
    expect(answerUnscAsk(state, { mode: "none" }, "GHA", yes)).toBeNull();
    // An offer on another draft the member would vote the same way on is a vote it wants in return.
    state = step(state, "USSR", { type: "tableDraft", paragraphs: ["Condemn the blockade."] });
    const leaning = pliant.map((p) => (p.delegation === "GHA" ? { ...p, lean: { USA: -0.25, USSR: -0.5 } } : p));
    const wary: UnscBots = { mode: "historical", script, profiles: leaning };
    expect(answerUnscAsk(state, wary, "GHA", yes)?.answer).toBe("declined");
    const offer = { question: "draft-ussr", choice: "no" as const };
    expect(answerUnscAsk(state, wary, "GHA", { ...yes, offer })).toEqual({
      answer: "agreed",
      reason: "persuadedByOffer",
    });
    // The word given decides the member's vote on that draft.
    const pledges = [{ delegation: d("GHA"), to: d("USA"), question: "draft-usa", choice: "yes" as const }];
    expect(botUnscChoice(state, wary, "GHA", "draft-usa")).toBe("abstain");
    expect(botUnscChoice(state, wary, "GHA", "draft-usa", pledges)).toBe("yes");
    // Each reason goes into the record: the word given, or the leaning; a procedural question has none.
    expect(explainUnscVote(state, wary, "GHA", "draft-usa", pledges)).toEqual([
      "gave its word to USA in the corridors",
    ]);
    expect(explainUnscVote(state, wary, "GHA", "draft-usa")).toEqual(["its government is wary of the USA draft"]);
    expect(explainUnscVote(state, wary, "GHA", "agenda")).toBeNull();
    expect(explainUnscVote(state, wary, "CUB", "draft-usa")).toBeNull();
  });
});
