import { describe, expect, it } from "vitest";
import { delegationId } from "../ids.ts";
import { seededRandom } from "../random.ts";
import { applyUnsc, createSecurityCouncil, type UnscState } from "../unsc.ts";
import type { UnscScript } from "./historicalUnsc.ts";
import { decideUnscVote, nextOpenUnscMove, planOpenUnsc, type UnscOpenProfile } from "./openUnsc.ts";

const d = delegationId;
const MEMBERS = ["USA", "USSR", "GBR", "FRA", "ROC", "CHL", "GHA", "IRL", "ROU", "UAR", "VEN"];
const lean = (usa: number): UnscOpenProfile["lean"] => ({ USA: usa, USSR: -usa, UAR: 0 });
const profiles: UnscOpenProfile[] = MEMBERS.map((id) => ({
  delegation: d(id),
  lean: id === "USSR" || id === "ROU" ? lean(-1) : lean(id === "USA" ? 1 : 0.6),
  conviction: 1,
}));
const script: UnscScript = {
  meetings: [
    {
      speeches: [{ delegation: d("USA"), text: "The missiles must go." }],
      drafts: [{ sponsor: d("USA"), paragraphs: ["dismantle"] }],
      statements: [],
    },
  ],
};

function play(requests: Record<string, number>): UnscState {
  const plan = planOpenUnsc(script, profiles, requests, seededRandom(1));
  let state = createSecurityCouncil({
    members: MEMBERS.map((id) => ({ delegation: d(id), permanent: ["USA", "USSR", "GBR", "FRA", "ROC"].includes(id) })),
    president: d("USSR"),
    invitee: d("CUB"),
    firstMeeting: 1022,
    lastMeeting: 1022,
  });
  for (let i = 0; i < 200; i++) {
    const move = nextOpenUnscMove(state, plan);
    if (!move) break;
    const result = applyUnsc(state, move.command, { actor: move.actor, at: i });
    if (!result.ok) throw new Error(`${move.command.type}: ${result.rejection.code}`);
    state = result.value.state;
  }
  return state;
}

describe("the Security Council in open history", () => {
  it("has a sponsor press its draft at the last meeting, and a permanent member's no defeat it", () => {
    const state = play({ USA: 1 });
    expect(state.phase).toEqual({ name: "closed", outcome: "adjourned" });
    expect(state.votes[0]).toMatchObject({
      question: "draft-usa",
      adopted: false,
      vetoedBy: ["USSR"],
      tally: { yes: 9, no: 2 },
    });
  });

  it("adjourns with no vote when no sponsor presses, as in 1962", () => {
    expect(play({ USA: 0 }).votes).toEqual([]);
  });

  it("votes as a member leans, and says why", () => {
    const usa = profiles[0] as UnscOpenProfile;
    expect(decideUnscVote(usa, "USA", 0)).toEqual({
      choice: "yes",
      reasons: ["its government supports the USA draft"],
    });
    expect(decideUnscVote(usa, "USSR", 0).choice).toBe("no");
    expect(decideUnscVote(usa, "UAR", 0).choice).toBe("abstain");
  });
});
