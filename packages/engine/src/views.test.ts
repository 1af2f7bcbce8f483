import { describe, expect, it } from "vitest";
import { applyCrisis, type CrisisState, createCrisis } from "./crisis.ts";
import { type DelegationId, delegationId } from "./ids.ts";
import { applyOas, createOasCouncil, type OasCommand, type OasState } from "./oas.ts";
import type { Result } from "./result.ts";
import { applyUnsc, createSecurityCouncil, type UnscCommand, type UnscState } from "./unsc.ts";
import { viewCrisis, viewOas, viewUnsc } from "./views.ts";

const d = (id: string): DelegationId => delegationId(id);
const seat = (id: string) => ({ kind: "delegation", delegation: d(id) }) as const;

function run<S>(state: S, apply: (s: S, c: never, ctx: never) => Result<{ state: S }>, steps: [string, unknown][]): S {
  for (const [actor, command] of steps) {
    const result = apply(state, command as never, { actor: actor === "host" ? "host" : d(actor), at: 0 } as never);
    if (!result.ok) throw new Error(`${actor}: ${result.rejection.code}`);
    state = result.value.state;
  }
  return state;
}

const oas = (steps: [string, OasCommand][] = []): OasState =>
  run(
    createOasCouncil({
      members: ["ARG", "BRA", "COL", "CUB", "USA"].map((id) => ({ delegation: d(id), excluded: id === "CUB" })),
      chair: d("COL"),
      requester: d("USA"),
      paragraphs: ["one", "two"],
    }),
    applyOas,
    steps,
  );

describe("what each viewer of the OAS Council may do", () => {
  it("gives an observer the whole public table and nothing to do", () => {
    const state = oas();
    expect(viewOas(state, { kind: "observer" })).toEqual({ table: state, role: "observer", allowed: [] });
  });

  it("gives the chair and the host the chair's powers, and a delegate none of them", () => {
    const state = oas([["COL", { type: "advance" }]]);
    expect(viewOas(state, seat("COL"))).toMatchObject({
      role: "chair",
      allowed: expect.arrayContaining(["advance", "endSpeech"]),
    });
    expect(viewOas(state, { kind: "host" })).toMatchObject({
      role: "host",
      allowed: expect.arrayContaining(["advance"]),
    });
    expect(viewOas(state, { kind: "host" }).allowed).not.toContain("requestFloor");
    expect(viewOas(state, seat("BRA")).allowed).not.toContain("advance");
  });

  it("lets the delegate who has the floor speak, and others ask for it once the debate opens", () => {
    const state = oas([["COL", { type: "advance" }]]);
    expect(viewOas(state, seat("USA")).allowed).toEqual(expect.arrayContaining(["speak", "yieldFloor"]));
    // The United States presents its case first and alone: a reply or a point of order, not the speakers' list.
    expect(viewOas(state, seat("BRA")).allowed).toEqual(expect.arrayContaining(["requestReply", "raisePointOfOrder"]));
    expect(viewOas(state, seat("BRA")).allowed).not.toContain("requestFloor");
    expect(viewOas(state, seat("BRA")).allowed).not.toContain("speak");
    const debate = oas([
      ["COL", { type: "advance" }],
      ["COL", { type: "advance" }],
    ]);
    expect(viewOas(debate, seat("BRA")).allowed).toContain("requestFloor");
  });

  it("offers the vote only to the delegation the roll call has reached", () => {
    const state = oas([
      ["COL", { type: "advance" }],
      ["COL", { type: "advance" }],
      ["COL", { type: "advance" }],
    ]);
    expect(viewOas(state, seat("ARG")).allowed).toContain("vote");
    expect(viewOas(state, seat("BRA")).allowed).not.toContain("vote");
  });

  it("offers Cuba nothing: excluded from participation", () => {
    expect(viewOas(oas([["COL", { type: "advance" }]]), seat("CUB"))).toMatchObject({ role: "excluded", allowed: [] });
  });

  it("treats a delegation with no seat here as an observer", () => {
    expect(viewOas(oas(), seat("FRA"))).toMatchObject({ role: "observer", allowed: [] });
  });

  it("offers motions, their withdrawal, amendments, points of order to rule on, explanations and vote changes when they apply", () => {
    let state = oas([
      ["COL", { type: "advance" }],
      ["COL", { type: "advance" }],
      ["COL", { type: "advance" }],
      ["ARG", { type: "vote", choice: "yes" }],
      ["BRA", { type: "vote", choice: "yes" }],
      ["COL", { type: "vote", choice: "yes" }],
      ["USA", { type: "vote", choice: "yes" }],
      ["COL", { type: "closeVote" }],
      ["COL", { type: "advance" }],
      ["BRA", { type: "move", kind: "divide" }],
      ["BRA", { type: "raisePointOfOrder", text: "Order" }],
    ]);
    expect(viewOas(state, seat("BRA")).allowed).toEqual(
      expect.arrayContaining(["move", "withdrawMotion", "proposeAmendment", "explainVote", "changeVote"]),
    );
    expect(viewOas(state, seat("COL")).allowed).toEqual(
      expect.arrayContaining(["putMotion", "rulePointOfOrder", "setTimeLimit"]),
    );
    state = run(state, applyOas, [["BRA", { type: "withdrawMotion", id: "m1" }]]);
    expect(viewOas(state, seat("BRA")).allowed).not.toContain("withdrawMotion");
  });
});

describe("what each viewer of the Security Council may do", () => {
  const unsc = (steps: [string, UnscCommand][] = []): UnscState =>
    run(
      createSecurityCouncil({
        members: ["USA", "USSR", "GHA"].map((id) => ({ delegation: d(id), permanent: id !== "GHA" })),
        president: d("USSR"),
        invitee: d("CUB"),
        firstMeeting: 1022,
        lastMeeting: 1025,
      }),
      applyUnsc,
      steps,
    );
  const meeting = () =>
    unsc([
      ["USSR", { type: "proceed" }],
      ["USSR", { type: "proceed" }],
      ["USA", { type: "tableDraft", paragraphs: ["dismantle"] }],
    ]);

  it("names the President, the members, the Secretary-General, the invited party and observers", () => {
    const state = meeting();
    expect(viewUnsc(state, seat("USSR")).role).toBe("chair");
    expect(viewUnsc(state, seat("GHA")).role).toBe("delegate");
    expect(viewUnsc(state, seat("SG"))).toMatchObject({ role: "secretaryGeneral", allowed: ["makeStatement"] });
    expect(viewUnsc(state, seat("CUB")).role).toBe("invited");
    expect(viewUnsc(state, seat("CUB")).allowed).toEqual(expect.arrayContaining(["requestFloor"]));
    expect(viewUnsc(state, seat("CUB")).allowed).not.toContain("tableDraft");
    expect(viewUnsc(state, { kind: "observer" })).toMatchObject({ role: "observer", allowed: [] });
    expect(viewUnsc(state, { kind: "host" })).toMatchObject({
      role: "host",
      allowed: expect.arrayContaining(["adjournMeeting"]),
    });
  });

  it("lets a sponsor withdraw or ask for a vote on its own draft only", () => {
    const state = meeting();
    expect(viewUnsc(state, seat("USA")).allowed).toEqual(
      expect.arrayContaining(["withdrawDraft", "requestVote", "proposeAmendment"]),
    );
    expect(viewUnsc(state, seat("GHA")).allowed).not.toContain("requestVote");
  });
});

describe("what each viewer of the crisis track may do", () => {
  const crisis = (): CrisisState =>
    createCrisis({
      ships: [{ id: "s1", name: null, distanceNm: 100, speedKnots: 10 }],
      quarantineAt: 60,
      endAt: 600,
      tension: 20,
    });

  it("gives the capitals their own powers, U Thant his appeals, the host the clock, observers nothing", () => {
    let state = crisis();
    expect(viewCrisis(state, { kind: "capital", capital: "MOS" }).allowed).toEqual(["orderShip", "agreeTerm"]);
    expect(viewCrisis(state, { kind: "capital", capital: "WAS" }).allowed).toEqual(["setDefcon", "agreeTerm"]);
    expect(viewCrisis(state, seat("SG"))).toMatchObject({ role: "secretaryGeneral", allowed: ["sendAppeal"] });
    expect(viewCrisis(state, seat("BRA"))).toMatchObject({ role: "observer", allowed: [] });
    expect(viewCrisis(state, { kind: "host" }).allowed).toEqual(
      expect.arrayContaining(["advanceClock", "enterIncident"]),
    );
    const sent = applyCrisis(
      state,
      { type: "sendAppeal", to: "MOS", terms: "own", text: "Talk" },
      { actor: "SG", at: 0 },
    );
    if (!sent.ok) throw new Error(sent.rejection.code);
    state = sent.value.state;
    expect(viewCrisis(state, { kind: "capital", capital: "MOS" }).allowed).toContain("answerAppeal");
    expect(viewCrisis(state, { kind: "capital", capital: "HAV" }).allowed).toEqual(["agreeTerm"]);
  });
});
