import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DelegationId, delegationId } from "./ids.ts";
import {
  applyUnsc,
  createSecurityCouncil,
  foldUnsc,
  type UnscCommand,
  type UnscEvent,
  type UnscState,
} from "./unsc.ts";
import type { Choice } from "./voting.ts";

// The Council of October 1962 (1962-facts.md §4): five permanent members, six elected; Zorin presiding.
const PERMANENT = ["USA", "USSR", "GBR", "FRA", "ROC"];
const MEMBERS = [...PERMANENT, "CHL", "GHA", "IRL", "ROU", "UAR", "VEN"];
const d = (id: string): DelegationId => delegationId(id);

const council = (): UnscState =>
  createSecurityCouncil({
    members: MEMBERS.map((id) => ({ delegation: d(id), permanent: PERMANENT.includes(id) })),
    president: d("USSR"),
    invitee: d("CUB"),
    firstMeeting: 1022,
    lastMeeting: 1025,
  });

class Chamber {
  state = council();
  readonly log: UnscEvent[] = [];
  clock = 0;

  do(actor: string, command: UnscCommand): this {
    this.clock += 1000;
    const result = applyUnsc(this.state, command, { actor: actor === "host" ? "host" : d(actor), at: this.clock });
    if (!result.ok) throw new Error(`${actor} ${command.type}: ${result.rejection.code}`);
    this.state = result.value.state;
    this.log.push(...result.value.events);
    return this;
  }

  refused(actor: string, command: UnscCommand): string {
    const before = this.state;
    const result = applyUnsc(before, command, { actor: actor === "host" ? "host" : d(actor), at: this.clock });
    if (result.ok) throw new Error(`${actor} ${command.type} was accepted`);
    expect(this.state).toBe(before);
    return result.rejection.code;
  }

  /** Every member answers in order (`yes` unless named), then the President closes the vote. */
  roll(exceptions: Record<string, Choice> = {}): this {
    for (const id of MEMBERS) {
      const choice = exceptions[id] ?? "yes";
      if (choice === "absent") this.do("USSR", { type: "recordAbsent" });
      else this.do(id, { type: "vote", choice });
    }
    return this.do("USSR", { type: "closeVote" });
  }

  speech(id: string, text = "A statement."): this {
    return this.do(id, { type: "requestFloor" })
      .do("USSR", { type: "giveFloor" })
      .do(id, { type: "speak", text })
      .do(id, { type: "yieldFloor" });
  }

  /** Past the agenda and the invitation, both without objection. */
  meeting(): this {
    return this.do("USSR", { type: "proceed" }).do("USSR", { type: "proceed" });
  }

  get phase() {
    return this.state.phase;
  }
}

const US_DRAFT = [
  "dismantle and withdraw the missiles (art. 40)",
  "a UN observer corps",
  "lift the quarantine on compliance",
];

describe("the Security Council of 23–25 October 1962, played through apply alone", () => {
  function play1962(): Chamber {
    const c = new Chamber().meeting();
    c.speech("USA").do("USA", { type: "tableDraft", paragraphs: US_DRAFT });
    c.speech("CUB").speech("USSR");
    c.do("USSR", { type: "tableDraft", paragraphs: ["condemn the blockade", "end interference", "negotiate"] });
    c.do("USSR", { type: "adjournMeeting" }).do("USSR", { type: "convene" });
    for (const id of ["VEN", "GBR", "ROU", "IRL", "FRA", "CHL", "UAR", "GHA"]) c.speech(id);
    c.do("UAR", { type: "tableDraft", paragraphs: ["restraint", "talks"] });
    c.do("SG", { type: "makeStatement", text: "The Acting Secretary-General appeals to both sides." });
    c.do("USSR", { type: "adjournMeeting" }).do("USSR", { type: "convene" });
    c.do("USSR", { type: "adjournMeeting" }).do("USSR", { type: "convene" });
    c.speech("USA").speech("USSR");
    return c.do("USSR", { type: "adjournMeeting" });
  }

  it("adopts the agenda and invites Cuba without objection, hears the debate over meetings 1022–1025, and adjourns with no vote", () => {
    const c = play1962();
    expect(c.phase).toEqual({ name: "closed", outcome: "adjourned" });
    expect(c.state.invited).toBe(true);
    expect(c.state.votes).toEqual([]);
    expect(c.state.drafts.map((x) => [x.id, x.status])).toEqual([
      ["draft-usa", "tabled"],
      ["draft-ussr", "tabled"],
      ["draft-uar", "tabled"],
    ]);
    expect(
      c.state.record
        .filter((e) => e.kind === "meetingAdjourned")
        .map((e) => e.kind === "meetingAdjourned" && e.meeting),
    ).toEqual([1022, 1023, 1024, 1025]);
    expect(c.state.record.some((e) => e.kind === "statement")).toBe(true);
  });

  it("replays its log into exactly the same state", () => {
    const c = play1962();
    expect(foldUnsc(council(), c.log)).toEqual(c.state);
  });
});

describe("substantive decisions (Charter art. 27(3), 1962)", () => {
  const withUsDraft = () =>
    new Chamber()
      .meeting()
      .do("USA", { type: "tableDraft", paragraphs: US_DRAFT })
      .do("USA", { type: "requestVote", draft: "draft-usa" })
      .do("USSR", { type: "putDraft", draft: "draft-usa" });

  it("fall to one permanent member's no even with ten votes for: the veto", () => {
    const c = withUsDraft().roll({ USSR: "no" });
    expect(c.state.votes[0]).toMatchObject({
      question: "draft-usa",
      adopted: false,
      vetoedBy: ["USSR"],
      tally: { yes: 10 },
    });
    expect(c.state.drafts[0]?.status).toBe("rejected");
    expect(c.phase).toEqual({ name: "debate", meeting: 1022 });
  });

  it("pass with seven votes when a permanent member abstains", () => {
    const c = withUsDraft().roll({ USSR: "abstain", ROU: "no", GHA: "abstain", UAR: "abstain" });
    expect(c.state.votes[0]).toMatchObject({ adopted: true, tally: { yes: 7 } });
    expect(c.state.drafts[0]?.status).toBe("adopted");
  });

  it("fail with six votes and no veto", () => {
    const c = withUsDraft().roll({ CHL: "abstain", GHA: "abstain", IRL: "abstain", ROU: "abstain", UAR: "abstain" });
    expect(c.state.votes[0]).toMatchObject({ adopted: false, vetoedBy: [], tally: { yes: 6 } });
  });

  it("vote a draft's amendments before the draft, and add an adopted one to its text", () => {
    const c = new Chamber()
      .meeting()
      .do("USA", { type: "tableDraft", paragraphs: US_DRAFT })
      .do("GHA", { type: "proposeAmendment", draft: "draft-usa", text: "talks under the Acting Secretary-General" })
      .do("USA", { type: "requestVote", draft: "draft-usa" })
      .do("USSR", { type: "putDraft", draft: "draft-usa" })
      .roll()
      .roll({ USSR: "no" });
    expect(c.state.votes.map((v) => v.question)).toEqual(["amendment-u1", "draft-usa"]);
    expect(c.state.drafts[0]?.paragraphs.at(-1)).toBe("talks under the Acting Secretary-General");
  });
});

describe("procedural decisions (Charter art. 27(2))", () => {
  it("put the agenda to a vote when a member objects, and end the session if it fails", () => {
    const c = new Chamber().do("ROU", { type: "object" });
    expect(c.refused("ROU", { type: "object" })).toBe("objection/already");
    c.do("USSR", { type: "proceed" }).roll({ USA: "no", GBR: "no", FRA: "no", ROC: "no", CHL: "no" });
    expect(c.state.votes[0]).toMatchObject({ question: "agenda", adopted: false, tally: { yes: 6 } });
    expect(c.phase).toEqual({ name: "closed", outcome: "agendaRejected" });
  });

  it("adopt the agenda over a permanent member's no: no veto on procedure", () => {
    const c = new Chamber().do("USSR", { type: "object" }).do("USSR", { type: "proceed" }).roll({ USSR: "no" });
    expect(c.state.votes[0]).toMatchObject({ adopted: true, vetoedBy: [] });
    expect(c.phase.name).toBe("invitation");
  });

  it("leave Cuba uninvited when the invitation is voted down, and keep it silent", () => {
    const noes = { USA: "no", GBR: "no", FRA: "no", ROC: "no", CHL: "no", VEN: "no" } as const;
    const c = new Chamber()
      .do("USSR", { type: "proceed" })
      .do("USA", { type: "object" })
      .do("USSR", { type: "proceed" });
    c.roll(noes);
    expect(c.phase).toEqual({ name: "debate", meeting: 1022 });
    expect(c.refused("CUB", { type: "requestFloor" })).toBe("seat/not_invited");
  });

  it("let the members adjourn over a pending request for a vote, which the President alone may not", () => {
    const c = new Chamber()
      .meeting()
      .do("USA", { type: "tableDraft", paragraphs: US_DRAFT })
      .do("USA", { type: "requestVote", draft: "draft-usa" });
    expect(c.refused("USSR", { type: "adjournMeeting" })).toBe("draft/vote_requested");
    c.do("GHA", { type: "moveAdjournment" });
    expect(c.refused("UAR", { type: "moveAdjournment" })).toBe("motion/duplicate");
    c.do("USSR", { type: "putMotion" }).roll({ USA: "no", GBR: "no", FRA: "no" });
    expect(c.phase).toEqual({ name: "adjourned", nextMeeting: 1023 });
    expect(c.state.adjournMotion).toBeNull();
  });

  it("keep the meeting going when a motion to adjourn fails", () => {
    const noes = Object.fromEntries(MEMBERS.slice(0, 5).map((id) => [id, "no" as Choice]));
    const c = new Chamber()
      .meeting()
      .do("GHA", { type: "moveAdjournment" })
      .do("USSR", { type: "putMotion" })
      .roll(noes);
    expect(c.phase).toEqual({ name: "debate", meeting: 1022 });
    expect(c.refused("USSR", { type: "putMotion" })).toBe("motion/none");
  });
});

describe("who may do what", () => {
  it("gives the President's powers to the Soviet delegate and the host only", () => {
    const c = new Chamber();
    expect(c.refused("USA", { type: "proceed" })).toBe("chair/only");
    c.do("host", { type: "proceed" });
    expect(c.refused("host", { type: "object" })).toBe("host/not_a_delegation");
  });

  it("lets the Secretary-General make statements during a meeting, and nothing else", () => {
    const c = new Chamber().meeting();
    c.do("SG", { type: "makeStatement", text: "An appeal for restraint." });
    expect(c.refused("SG", { type: "requestFloor" })).toBe("sg/only");
    expect(c.refused("USA", { type: "makeStatement", text: "Us too" })).toBe("sg/only");
    expect(c.refused("SG", { type: "makeStatement", text: " " })).toBe("text/invalid");
    expect(new Chamber().refused("SG", { type: "makeStatement", text: "Too early" })).toBe("phase/wrong");
  });

  it("lets invited Cuba speak but not table, object or vote (art. 32)", () => {
    const c = new Chamber().meeting().speech("CUB");
    expect(c.refused("CUB", { type: "tableDraft", paragraphs: ["a Cuban draft"] })).toBe("seat/no_vote");
    c.do("USA", { type: "tableDraft", paragraphs: US_DRAFT }).do("USA", { type: "requestVote", draft: "draft-usa" });
    c.do("USSR", { type: "putDraft", draft: "draft-usa" });
    expect(c.refused("CUB", { type: "vote", choice: "no" })).toBe("seat/no_vote");
  });

  it("refuses a delegation with no seat here", () => {
    expect(new Chamber().refused("BRA", { type: "requestFloor" })).toBe("seat/unknown");
  });

  it("keeps drafts to their sponsors: withdrawal, requests for a vote", () => {
    const c = new Chamber().meeting().do("USA", { type: "tableDraft", paragraphs: US_DRAFT });
    expect(c.refused("USA", { type: "tableDraft", paragraphs: US_DRAFT })).toBe("draft/already_tabled");
    expect(c.refused("USSR", { type: "withdrawDraft", draft: "draft-usa" })).toBe("draft/not_yours");
    expect(c.refused("USSR", { type: "requestVote", draft: "draft-usa" })).toBe("draft/not_yours");
    expect(c.refused("USSR", { type: "putDraft", draft: "draft-usa" })).toBe("draft/not_requested");
    expect(c.refused("USSR", { type: "putDraft", draft: "draft-xyz" })).toBe("draft/unknown");
    c.do("USA", { type: "withdrawDraft", draft: "draft-usa" });
    expect(c.refused("USA", { type: "requestVote", draft: "draft-usa" })).toBe("draft/unknown");
    expect(c.refused("USA", { type: "withdrawDraft", draft: "draft-usa" })).toBe("draft/unknown");
    c.do("USA", { type: "tableDraft", paragraphs: ["a revised draft"] });
    expect(c.state.drafts.filter((x) => x.status === "tabled")).toHaveLength(1);
  });

  it("refuses empty, overlong and misplaced drafts and amendments", () => {
    const c = new Chamber().meeting();
    expect(c.refused("USA", { type: "tableDraft", paragraphs: [] })).toBe("draft/empty");
    expect(c.refused("USA", { type: "tableDraft", paragraphs: Array(11).fill("x") })).toBe("draft/empty");
    expect(c.refused("USA", { type: "tableDraft", paragraphs: ["fine", " "] })).toBe("text/invalid");
    expect(c.refused("GHA", { type: "proposeAmendment", draft: "draft-usa", text: "x" })).toBe("draft/unknown");
    c.do("USA", { type: "tableDraft", paragraphs: US_DRAFT });
    expect(c.refused("GHA", { type: "proposeAmendment", draft: "draft-usa", text: "" })).toBe("text/invalid");
    const early = new Chamber();
    expect(early.refused("USA", { type: "tableDraft", paragraphs: US_DRAFT })).toBe("phase/wrong");
    expect(early.refused("GHA", { type: "proposeAmendment", draft: "draft-usa", text: "x" })).toBe("phase/wrong");
    expect(early.refused("GHA", { type: "moveAdjournment" })).toBe("phase/wrong");
  });
});

describe("the rest of the procedure", () => {
  it("runs the speakers' list with replies, withdrawals and time limits", () => {
    const c = new Chamber().meeting().do("USSR", { type: "setTimeLimit", seconds: 600 });
    c.do("USA", { type: "requestFloor" }).do("VEN", { type: "requestFloor" }).do("VEN", { type: "withdrawRequest" });
    c.do("USSR", { type: "giveFloor" });
    expect(c.refused("USSR", { type: "giveFloor" })).toBe("floor/occupied");
    expect(c.refused("VEN", { type: "speak", text: "Out of turn" })).toBe("floor/not_yours");
    expect(c.refused("USA", { type: "speak", text: "" })).toBe("text/invalid");
    c.do("CUB", { type: "requestReply" }).do("USSR", { type: "endSpeech" }).do("USSR", { type: "giveFloor" });
    expect(c.state.speakers.floor).toMatchObject({ delegation: "CUB", kind: "reply" });
    expect(foldUnsc(council(), c.log)).toEqual(c.state);
  });

  it("keeps each step to its phase", () => {
    const c = new Chamber();
    expect(c.refused("USA", { type: "requestFloor" })).toBe("phase/wrong");
    expect(c.refused("USA", { type: "requestReply" })).toBe("phase/wrong");
    expect(c.refused("USSR", { type: "giveFloor" })).toBe("phase/wrong");
    expect(c.refused("USSR", { type: "putDraft", draft: "draft-usa" })).toBe("phase/wrong");
    expect(c.refused("USSR", { type: "putMotion" })).toBe("phase/wrong");
    expect(c.refused("USSR", { type: "adjournMeeting" })).toBe("phase/wrong");
    expect(c.refused("USSR", { type: "convene" })).toBe("phase/wrong");
    expect(c.refused("USSR", { type: "recordAbsent" })).toBe("vote/none_open");
    expect(c.refused("USSR", { type: "closeVote" })).toBe("vote/none_open");
    expect(c.refused("USA", { type: "vote", choice: "yes" })).toBe("vote/none_open");
    c.meeting();
    expect(c.refused("USSR", { type: "proceed" })).toBe("phase/wrong");
    expect(c.refused("USA", { type: "object" })).toBe("phase/wrong");
  });

  it("records the absent and closes a roll call only when complete", () => {
    const c = new Chamber().do("ROU", { type: "object" }).do("USSR", { type: "proceed" });
    expect(c.refused("USSR", { type: "closeVote" })).toBe("vote/incomplete");
    for (const id of MEMBERS)
      c.do(id === "USA" ? "USSR" : id, id === "USA" ? { type: "recordAbsent" } : { type: "vote", choice: "yes" });
    expect(c.refused("USSR", { type: "recordAbsent" })).toBe("vote/incomplete");
    c.do("USSR", { type: "closeVote" });
    expect(c.state.votes[0]?.choices.USA).toBe("absent");
  });

  it("puts a draft only when nobody is speaking", () => {
    const c = new Chamber()
      .meeting()
      .do("USA", { type: "tableDraft", paragraphs: US_DRAFT })
      .do("USA", { type: "requestVote", draft: "draft-usa" })
      .do("VEN", { type: "requestFloor" })
      .do("USSR", { type: "giveFloor" });
    expect(c.refused("USSR", { type: "putDraft", draft: "draft-usa" })).toBe("floor/occupied");
  });

  it("suspends a meeting for consultations and resumes it with its speakers' list", () => {
    const c = new Chamber().meeting().do("GHA", { type: "requestFloor" }).do("USA", { type: "requestFloor" });
    c.do("USSR", { type: "giveFloor" });
    expect(c.refused("USSR", { type: "suspendMeeting" })).toBe("floor/occupied");
    c.do("GHA", { type: "yieldFloor" }).do("USSR", { type: "suspendMeeting" });
    expect(c.phase).toEqual({ name: "suspended", meeting: 1022 });
    expect(c.refused("USA", { type: "requestFloor" })).toBe("phase/wrong");
    expect(c.refused("USSR", { type: "suspendMeeting" })).toBe("phase/wrong");
    c.do("USSR", { type: "resumeMeeting" });
    expect(c.state.speakers.queue).toEqual(["USA"]);
    expect(c.refused("USSR", { type: "resumeMeeting" })).toBe("phase/wrong");
    expect(foldUnsc(council(), c.log)).toEqual(c.state);
  });

  it("accepts nothing once the Council has adjourned", () => {
    const c = new Chamber().meeting();
    for (let i = 0; i < 4; i++) {
      c.do("USSR", { type: "adjournMeeting" });
      if (c.phase.name !== "closed") c.do("USSR", { type: "convene" });
    }
    expect(c.refused("USSR", { type: "convene" })).toBe("session/closed");
  });
});

describe("any sequence of commands", () => {
  const actors = ["USSR", "host", "USA", "GHA", "ROU", "CUB", "SG", "BRA"] as const;
  const command: fc.Arbitrary<UnscCommand> = fc.oneof(
    fc.constantFrom<UnscCommand>(
      { type: "proceed" },
      { type: "giveFloor" },
      { type: "endSpeech" },
      { type: "putDraft", draft: "draft-usa" },
      { type: "putMotion" },
      { type: "recordAbsent" },
      { type: "closeVote" },
      { type: "adjournMeeting" },
      { type: "suspendMeeting" },
      { type: "resumeMeeting" },
      { type: "convene" },
      { type: "object" },
      { type: "requestFloor" },
      { type: "requestReply" },
      { type: "yieldFloor" },
      { type: "speak", text: "A speech." },
      { type: "makeStatement", text: "A statement." },
      { type: "tableDraft", paragraphs: ["a paragraph"] },
      { type: "withdrawDraft", draft: "draft-usa" },
      { type: "proposeAmendment", draft: "draft-usa", text: "an amendment" },
      { type: "requestVote", draft: "draft-usa" },
      { type: "moveAdjournment" },
    ),
    fc.record({
      type: fc.constant("vote" as const),
      choice: fc.constantFrom("yes" as const, "no" as const, "abstain" as const),
    }),
  );

  it("changes nothing when rejected, folds back exactly, and keeps every tally to the eleven members", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...actors), command), { maxLength: 150 }), (steps) => {
        let state = council();
        const log: UnscEvent[] = [];
        let at = 0;
        for (const [actor, cmd] of steps) {
          at += 1000;
          const result = applyUnsc(state, cmd, { actor: actor === "host" ? "host" : d(actor), at });
          if (!result.ok) continue;
          expect(actor).not.toBe("BRA");
          state = result.value.state;
          log.push(...result.value.events);
        }
        expect(foldUnsc(council(), log)).toEqual(state);
        for (const vote of state.votes) {
          const { yes, no, abstain, absent } = vote.tally;
          expect(yes + no + abstain + absent).toBe(11);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("always lets the President bring the session to an end", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...actors), command), { maxLength: 80 }), (steps) => {
        let state = council();
        for (const [actor, cmd] of steps) {
          const result = applyUnsc(state, cmd, { actor: actor === "host" ? "host" : d(actor), at: 0 });
          if (result.ok) state = result.value.state;
        }
        for (let i = 0; i < 400 && state.phase.name !== "closed"; i++) {
          for (const [actor, cmd] of [
            ["host", { type: "recordAbsent" }],
            ["host", { type: "closeVote" }],
            ["host", { type: "endSpeech" }],
            ["host", { type: "proceed" }],
            ["host", { type: "resumeMeeting" }],
            ["USA", { type: "withdrawDraft", draft: "draft-usa" }],
            ["GHA", { type: "withdrawDraft", draft: "draft-gha" }],
            ["ROU", { type: "withdrawDraft", draft: "draft-rou" }],
            ["USSR", { type: "withdrawDraft", draft: "draft-ussr" }],
            ["host", { type: "adjournMeeting" }],
            ["host", { type: "convene" }],
          ] as [string, UnscCommand][]) {
            const result = applyUnsc(state, cmd, { actor: actor === "host" ? "host" : d(actor), at: 0 });
            if (result.ok) state = result.value.state;
          }
        }
        expect(state.phase.name).toBe("closed");
      }),
      { numRuns: 200 },
    );
  });
});
