import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DelegationId, delegationId } from "./ids.ts";
import {
  applyOas,
  createOasCouncil,
  foldOas,
  MOTION_PRECEDENCE,
  type OasActor,
  type OasCommand,
  type OasEvent,
  type OasState,
} from "./oas.ts";
import type { Choice } from "./voting.ts";

// The 21 members of 1962 in roll-call order, Cuba excluded from participation (1962-facts.md §1).
const IDS = "ARG BOL BRA CHL COL CRI CUB DOM ECU SLV GTM HTI HND MEX NIC PAN PRY PER USA URY VEN".split(" ");
const d = (id: string): DelegationId => delegationId(id);
const ENTITLED = IDS.filter((id) => id !== "CUB");

const council = (): OasState =>
  createOasCouncil({
    members: IDS.map((id) => ({ delegation: d(id), excluded: id === "CUB" })),
    chair: d("COL"),
    requester: d("USA"),
    paragraphs: ["dismantle and withdraw", "measures including armed force", "inform the Security Council", "continue"],
    timeLimitSeconds: 300,
  });

/** Drives a council through `applyOas`, keeping the log, failing loudly on an unexpected rejection. */
class Table {
  state: OasState = council();
  readonly log: OasEvent[] = [];
  clock = 0;

  do(actor: string, command: OasCommand): this {
    this.clock += 1000;
    const result = applyOas(this.state, command, { actor: actor === "host" ? "host" : d(actor), at: this.clock });
    if (!result.ok) throw new Error(`${actor} ${command.type}: ${result.rejection.code}`);
    this.state = result.value.state;
    this.log.push(...result.value.events);
    return this;
  }

  /** The rejection code, after checking the state did not change. */
  refused(actor: OasActor | string, command: OasCommand): string {
    const before = this.state;
    const result = applyOas(before, command, { actor: actor === "host" ? "host" : d(actor), at: this.clock });
    if (result.ok) throw new Error(`${actor} ${command.type} was accepted`);
    expect(this.state).toBe(before);
    return result.rejection.code;
  }

  /** Answers the open roll call in calling order: `yes` unless named otherwise, then the chair closes it. */
  roll(exceptions: Record<string, Choice> = {}): this {
    for (const id of ENTITLED) {
      const choice = exceptions[id] ?? "yes";
      if (choice === "absent") this.do("COL", { type: "recordAbsent" });
      else this.do(id, { type: "vote", choice });
    }
    return this.do("COL", { type: "closeVote" });
  }

  speech(id: string, text = "Our position, briefly."): this {
    return this.do(id, { type: "requestFloor" })
      .do("COL", { type: "giveFloor" })
      .do(id, { type: "speak", text })
      .do(id, { type: "yieldFloor" });
  }

  get phase() {
    return this.state.phase.name;
  }

  vote(question: string) {
    return this.state.votes.find((v) => v.question === question);
  }
}

const URY_ABSTAINS = { URY: "abstain" } as const;

/** 23 October 1962 as the record has it (GAME.md §3; 1962-facts.md §3). */
function play1962(): Table {
  const t = new Table()
    .do("COL", { type: "advance" })
    .do("USA", { type: "speak", text: "The United States asks the Council to convoke the Organ of Consultation." })
    .do("USA", { type: "yieldFloor" })
    .do("COL", { type: "advance" })
    .speech("ARG")
    .speech("GTM")
    .speech("MEX")
    .do("COL", { type: "advance" })
    .roll() // the count of the convocation vote is not recorded; every seat says yes here
    .do("COL", { type: "advance" })
    .do("BRA", { type: "move", kind: "divide" })
    .do("COL", { type: "putMotion" })
    .roll()
    .do("COL", { type: "advance" });
  t.roll(URY_ABSTAINS) // paragraph 1
    .roll({ ...URY_ABSTAINS, BOL: "abstain", BRA: "abstain", MEX: "abstain" }) // paragraph 2
    .roll(URY_ABSTAINS)
    .roll(URY_ABSTAINS)
    .roll(URY_ABSTAINS); // the whole
  for (const id of ["BRA", "MEX", "BOL"]) {
    t.do(id, { type: "enterReservation", text: "Our vote does not endorse an armed attack on Cuba." });
  }
  return t.do("COL", { type: "advance" });
}

describe("the OAS Council of 23 October 1962, played through apply alone", () => {
  it("reproduces the record: convocation, division, paragraph 2 with abstentions, the whole 19–0–1", () => {
    const t = play1962();
    expect(t.state.phase).toEqual({ name: "closed", outcome: "resolutionAdopted" });
    expect(t.state.votes.map((v) => v.question)).toEqual([
      "convocation",
      "motion-m1",
      "paragraph-1",
      "paragraph-2",
      "paragraph-3",
      "paragraph-4",
      "whole",
    ]);
    expect(t.vote("paragraph-2")).toMatchObject({ adopted: true, tally: { yes: 16, no: 0, abstain: 4, absent: 0 } });
    expect(t.vote("whole")).toMatchObject({ adopted: true, needed: 14, tally: { yes: 19, no: 0, abstain: 1 } });
    expect(t.state.record.filter((e) => e.kind === "reservation").map((e) => e.delegation)).toEqual([
      "BRA",
      "MEX",
      "BOL",
    ]);
  });

  it("never lists Cuba among the members called to vote", () => {
    for (const vote of play1962().state.votes) {
      expect(Object.keys(vote.choices)).toHaveLength(20);
      expect(vote.choices.CUB).toBeUndefined();
    }
  });

  it("lets Uruguay change its vote to yes for the record the next day, without changing the result", () => {
    const t = play1962().do("URY", { type: "changeVote", question: "whole", choice: "yes" });
    expect(t.vote("whole")).toMatchObject({ adopted: true, tally: { yes: 19, abstain: 1 } });
    expect(t.state.record.at(-1)).toMatchObject({ kind: "voteChange", delegation: "URY", from: "abstain", to: "yes" });
    expect(t.refused("URY", { type: "changeVote", question: "whole", choice: "yes" })).toBe("vote/same_choice");
  });

  it("replays its whole log into exactly the same state", () => {
    const t = play1962();
    expect(foldOas(council(), t.log)).toEqual(t.state);
  });
});

describe("the chair's powers", () => {
  it("belong to the chair's delegation and to the host, and to nobody else", () => {
    const t = new Table();
    expect(t.refused("BRA", { type: "advance" })).toBe("chair/only");
    t.do("host", { type: "advance" });
    expect(t.phase).toBe("usStatement");
  });

  it("do not let the host act as a delegation", () => {
    const t = new Table().do("COL", { type: "advance" });
    expect(t.refused("host", { type: "requestFloor" })).toBe("host/not_a_delegation");
  });

  it("give the floor only when it is free and someone is waiting", () => {
    const t = new Table().do("COL", { type: "advance" });
    expect(t.refused("COL", { type: "giveFloor" })).toBe("floor/occupied");
    t.do("COL", { type: "endSpeech" });
    expect(t.refused("COL", { type: "giveFloor" })).toBe("floor/nobody_waiting");
  });
});

describe("who may take part", () => {
  it("keeps Cuba out: excluded from participation", () => {
    const t = new Table().do("COL", { type: "advance" });
    expect(t.refused("CUB", { type: "requestFloor" })).toBe("seat/excluded");
  });

  it("refuses a delegation that has no seat at the table", () => {
    expect(new Table().refused("FRA", { type: "requestFloor" })).toBe("seat/unknown");
  });

  it("gives the United States the floor first", () => {
    const t = new Table().do("COL", { type: "advance" });
    expect(t.state.speakers.floor?.delegation).toBe("USA");
    expect(t.refused("MEX", { type: "speak", text: "Out of turn" })).toBe("floor/not_yours");
  });

  it("refuses empty and overlong speeches", () => {
    const t = new Table().do("COL", { type: "advance" });
    expect(t.refused("USA", { type: "speak", text: "   " })).toBe("text/invalid");
    expect(t.refused("USA", { type: "speak", text: "x".repeat(4001) })).toBe("text/invalid");
  });
});

describe("the vote on convocation (Rio Treaty art. 16)", () => {
  const toVote = () =>
    new Table().do("COL", { type: "advance" }).do("COL", { type: "advance" }).do("COL", { type: "advance" });
  const noes = (n: number) => Object.fromEntries(ENTITLED.slice(0, n).map((id) => [id, "no" as Choice]));

  it("convokes the Organ with 11 yes and moves to the recess", () => {
    const t = toVote().roll(noes(9));
    expect(t.vote("convocation")).toMatchObject({ adopted: true, needed: 11, tally: { yes: 11 } });
    expect(t.phase).toBe("recess");
  });

  it("ends the session with 10 yes: the United States acts alone", () => {
    const t = toVote().roll(noes(10));
    expect(t.state.phase).toEqual({ name: "closed", outcome: "notConvoked" });
  });

  it("calls the roll in order: nobody answers out of turn or twice", () => {
    const t = toVote();
    expect(t.refused("BRA", { type: "vote", choice: "yes" })).toBe("vote/not_called");
    t.do("ARG", { type: "vote", choice: "yes" });
    expect(t.refused("ARG", { type: "vote", choice: "no" })).toBe("vote/already_cast");
  });

  it("cannot close before every member has answered", () => {
    expect(toVote().refused("COL", { type: "closeVote" })).toBe("vote/incomplete");
  });
});

describe("the draft resolution (Rio Treaty art. 17)", () => {
  const toDebate = () =>
    new Table()
      .do("COL", { type: "advance" })
      .do("COL", { type: "advance" })
      .do("COL", { type: "advance" })
      .roll()
      .do("COL", { type: "advance" });

  it("is voted as a whole only, when nobody divides it", () => {
    const t = toDebate().do("COL", { type: "advance" }).roll();
    expect(t.state.votes.map((v) => v.question)).toEqual(["convocation", "whole"]);
    expect(t.phase).toBe("explanations");
  });

  it("drops a paragraph that gets 13 yes after a division, and adopts the rest with 14", () => {
    const seven = Object.fromEntries(ENTITLED.slice(0, 7).map((id) => [id, "abstain" as Choice]));
    const six = Object.fromEntries(ENTITLED.slice(0, 6).map((id) => [id, "abstain" as Choice]));
    const t = toDebate()
      .do("BRA", { type: "move", kind: "divide" })
      .do("COL", { type: "putMotion" })
      .roll()
      .do("COL", { type: "advance" })
      .roll()
      .roll(seven) // paragraph 2: 13 yes
      .roll(six) // paragraph 3: 14 yes
      .roll()
      .roll();
    expect(t.vote("paragraph-2")).toMatchObject({ adopted: false, tally: { yes: 13 } });
    expect(t.vote("paragraph-3")).toMatchObject({ adopted: true, tally: { yes: 14 } });
    expect(t.state.draft.paragraphs.map((p) => p.status)).toEqual(["adopted", "rejected", "adopted", "adopted"]);
    expect(t.state.draft.whole).toBe("adopted");
  });

  it("votes an amendment before the paragraph it amends, and applies it when adopted", () => {
    const t = toDebate()
      .do("MEX", { type: "proposeAmendment", paragraph: 2, text: "each state decides its own measures" })
      .do("BRA", { type: "move", kind: "divide" })
      .do("COL", { type: "putMotion" })
      .roll()
      .do("COL", { type: "advance" })
      .roll()
      .roll();
    expect(t.state.votes.map((v) => v.question).slice(-2)).toEqual(["paragraph-1", "amendment-a1"]);
    expect(t.state.draft.paragraphs[1]?.text).toBe("each state decides its own measures");
  });

  it("refuses an amendment to a paragraph the draft does not have", () => {
    expect(toDebate().refused("MEX", { type: "proposeAmendment", paragraph: 5, text: "more" })).toBe(
      "amendment/invalid_paragraph",
    );
  });

  it("ends rejected when the whole fails, after the explanations", () => {
    const noes = Object.fromEntries(ENTITLED.slice(0, 7).map((id) => [id, "no" as Choice]));
    const t = toDebate().do("COL", { type: "advance" }).roll(noes).do("COL", { type: "advance" });
    expect(t.state.phase).toEqual({ name: "closed", outcome: "resolutionRejected" });
  });
});

describe("motions", () => {
  const toDebate = () => new Table().do("COL", { type: "advance" }).do("COL", { type: "advance" });

  it("are put in order of precedence, whatever order they were moved in", () => {
    expect(MOTION_PRECEDENCE).toEqual(["suspend", "adjourn", "closeDebate", "divide"]);
    const t = toDebate().do("MEX", { type: "move", kind: "closeDebate" }).do("BRA", { type: "move", kind: "suspend" });
    t.do("COL", { type: "putMotion" });
    expect(t.state.motionVote?.motion.kind).toBe("suspend");
  });

  it("suspend the meeting until the chair resumes it, refusing everything else meanwhile", () => {
    const t = toDebate().do("BRA", { type: "move", kind: "suspend" }).do("COL", { type: "putMotion" }).roll();
    expect(t.state.suspended).toBe(true);
    expect(t.refused("ARG", { type: "requestFloor" })).toBe("meeting/suspended");
    t.do("COL", { type: "resume" });
    expect(t.refused("COL", { type: "resume" })).toBe("meeting/not_suspended");
  });

  it("close the debate and open the vote it was leading to", () => {
    const t = toDebate().do("GTM", { type: "move", kind: "closeDebate" }).do("COL", { type: "putMotion" }).roll();
    expect(t.phase).toBe("convocationVote");
  });

  it("adjourn the session when adopted", () => {
    const t = toDebate().do("HTI", { type: "move", kind: "adjourn" }).do("COL", { type: "putMotion" }).roll();
    expect(t.state.phase).toEqual({ name: "closed", outcome: "adjourned" });
  });

  it("change nothing when rejected", () => {
    const noes = Object.fromEntries(ENTITLED.slice(0, 10).map((id) => [id, "no" as Choice]));
    const t = toDebate().do("BRA", { type: "move", kind: "suspend" }).do("COL", { type: "putMotion" }).roll(noes);
    expect(t.state.suspended).toBe(false);
    expect(t.phase).toBe("convocationDebate");
  });

  it("refuse a duplicate, a division before the draft is debated, and a withdrawal by another delegation", () => {
    const t = toDebate().do("BRA", { type: "move", kind: "suspend" });
    expect(t.refused("MEX", { type: "move", kind: "suspend" })).toBe("motion/duplicate");
    expect(t.refused("MEX", { type: "move", kind: "divide" })).toBe("phase/wrong");
    expect(t.refused("MEX", { type: "withdrawMotion", id: "m1" })).toBe("motion/not_yours");
    t.do("BRA", { type: "withdrawMotion", id: "m1" });
    expect(t.refused("COL", { type: "putMotion" })).toBe("motion/none");
  });

  it("wait for the speaker to finish", () => {
    const t = toDebate().do("BRA", { type: "move", kind: "suspend" }).do("ARG", { type: "requestFloor" });
    t.do("COL", { type: "giveFloor" });
    expect(t.refused("COL", { type: "putMotion" })).toBe("floor/occupied");
  });
});

describe("points of order", () => {
  it("are entered in the record and ruled on once by the chair", () => {
    const t = new Table().do("COL", { type: "advance" }).do("MEX", { type: "raisePointOfOrder", text: "Quorum?" });
    t.do("COL", { type: "rulePointOfOrder", id: "p1", upheld: false });
    expect(t.state.record.at(-1)).toMatchObject({ kind: "pointOfOrder", delegation: "MEX", upheld: false });
    expect(t.refused("COL", { type: "rulePointOfOrder", id: "p1", upheld: true })).toBe("point/already_ruled");
    expect(t.refused("COL", { type: "rulePointOfOrder", id: "p9", upheld: true })).toBe("point/unknown");
  });
});

describe("any sequence of commands", () => {
  const actors = ["COL", "host", "USA", "BRA", "MEX", "URY", "CUB"] as const;
  const command: fc.Arbitrary<OasCommand> = fc.oneof(
    fc.constantFrom<OasCommand>(
      { type: "advance" },
      { type: "giveFloor" },
      { type: "endSpeech" },
      { type: "putMotion" },
      { type: "recordAbsent" },
      { type: "closeVote" },
      { type: "resume" },
      { type: "requestFloor" },
      { type: "withdrawRequest" },
      { type: "requestReply" },
      { type: "yieldFloor" },
      { type: "speak", text: "A speech." },
      { type: "withdrawMotion", id: "m1" },
      { type: "raisePointOfOrder", text: "Point." },
      { type: "rulePointOfOrder", id: "p1", upheld: true },
      { type: "proposeAmendment", paragraph: 2, text: "Each state decides." },
      { type: "enterReservation", text: "Reserved." },
      { type: "explainVote", question: "convocation", text: "Because." },
      { type: "changeVote", question: "whole", choice: "yes" },
    ),
    fc.record({ type: fc.constant("move" as const), kind: fc.constantFrom(...MOTION_PRECEDENCE) }),
    fc.record({
      type: fc.constant("vote" as const),
      choice: fc.constantFrom("yes" as const, "no" as const, "abstain" as const),
    }),
  );

  it("changes nothing when rejected, folds back exactly, lets only the chair act as chair, and counts every vote once", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...actors), command), { maxLength: 120 }), (steps) => {
        let state = council();
        const log: OasEvent[] = [];
        let at = 0;
        for (const [actor, cmd] of steps) {
          at += 1000;
          const ctx = { actor: actor === "host" ? ("host" as const) : d(actor), at };
          const result = applyOas(state, cmd, ctx);
          if (!result.ok) continue;
          const chairCommand = [
            "advance",
            "giveFloor",
            "endSpeech",
            "putMotion",
            "recordAbsent",
            "closeVote",
            "resume",
          ];
          if (chairCommand.includes(cmd.type)) expect(["COL", "host"]).toContain(actor);
          expect(actor).not.toBe("CUB");
          expect(result.value.state.version).toBe(state.version + 1);
          state = result.value.state;
          log.push(...result.value.events);
        }
        expect(foldOas(council(), log)).toEqual(state);
        for (const vote of state.votes) {
          const { yes, no, abstain, absent } = vote.tally;
          expect(yes + no + abstain + absent).toBe(20);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("always lets the chair bring the session to an end", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...actors), command), { maxLength: 60 }), (steps) => {
        const t = new Table();
        for (const [actor, cmd] of steps) {
          const result = applyOas(t.state, cmd, { actor: actor === "host" ? "host" : d(actor), at: 0 });
          if (result.ok) t.state = result.value.state;
        }
        // The chair alone, by resuming, recording the absent, closing votes and advancing, always ends it.
        for (let i = 0; i < 500 && t.state.phase.name !== "closed"; i++) {
          for (const cmd of [
            { type: "resume" },
            { type: "recordAbsent" },
            { type: "closeVote" },
            { type: "endSpeech" },
            { type: "advance" },
          ] as OasCommand[]) {
            const result = applyOas(t.state, cmd, { actor: "host", at: 0 });
            if (result.ok) t.state = result.value.state;
          }
        }
        expect(t.state.phase.name).toBe("closed");
      }),
      { numRuns: 200 },
    );
  });
});

describe("the rest of the procedure", () => {
  const inDebate = () => new Table().do("COL", { type: "advance" }).do("COL", { type: "advance" });
  const inResolutionDebate = () => inDebate().do("COL", { type: "advance" }).roll().do("COL", { type: "advance" });

  it("has no time limit unless the setup gives one, and the chair may set or lift it", () => {
    const open = createOasCouncil({ members: [], chair: d("COL"), requester: d("USA"), paragraphs: [] });
    expect(open.speakers.timeLimitSeconds).toBeNull();
    const t = inDebate().do("COL", { type: "setTimeLimit", seconds: 120 });
    expect(t.state.speakers.timeLimitSeconds).toBe(120);
    expect(t.refused("COL", { type: "setTimeLimit", seconds: 5 })).toBe("floor/invalid_time_limit");
    expect(foldOas(council(), t.log)).toEqual(t.state);
  });

  it("lets the chair give the speaker more time, counted from when they began", () => {
    const t = inDebate().do("ARG", { type: "requestFloor" });
    expect(t.refused("COL", { type: "extendSpeech", seconds: 30 })).toBe("floor/empty");
    t.do("COL", { type: "giveFloor" });
    const since = t.state.speakers.floor?.since ?? 0;
    expect(t.refused("ARG", { type: "extendSpeech", seconds: 30 })).toBe("chair/only");
    expect(t.refused("COL", { type: "extendSpeech", seconds: 2 })).toBe("floor/invalid_time_limit");
    expect(t.refused("COL", { type: "extendSpeech", seconds: 1.5 })).toBe("floor/invalid_time_limit");
    t.do("host", { type: "extendSpeech", seconds: 30 });
    expect(t.state.speakers.floor).toMatchObject({ delegation: "ARG", since: since + 30_000 });
    expect(foldOas(council(), t.log)).toEqual(t.state);
  });

  it("lets the host alone end the session where it stands, when the bell rings", () => {
    const t = inDebate().do("ARG", { type: "requestFloor" });
    expect(t.refused("COL", { type: "closeSession" })).toBe("host/only");
    expect(t.refused("ARG", { type: "closeSession" })).toBe("host/only");
    t.do("host", { type: "closeSession" });
    expect(t.state.phase).toEqual({ name: "closed", outcome: "endedByHost" });
    expect(t.refused("host", { type: "closeSession" })).toBe("session/closed");
    expect(foldOas(council(), t.log)).toEqual(t.state);
  });

  it("lets the host take a vote not yet begun back to its debate, with its speakers and motions as they were", () => {
    const t = inDebate().speech("ARG").do("COL", { type: "advance" });
    expect(t.phase).toBe("convocationVote");
    expect(t.refused("COL", { type: "reopenDebate" })).toBe("host/only");
    t.do("host", { type: "reopenDebate" });
    expect(t.phase).toBe("convocationDebate");
    expect(t.state.speakers.spoken).toEqual(["ARG"]);
    expect(t.refused("host", { type: "reopenDebate" })).toBe("phase/wrong");
    // Once a member has answered, the vote goes on.
    t.do("COL", { type: "advance" }).do("ARG", { type: "vote", choice: "yes" });
    expect(t.refused("host", { type: "reopenDebate" })).toBe("phase/wrong");
    expect(foldOas(council(), t.log)).toEqual(t.state);
    // The votes on the draft: back to the debate before the first is taken, never after.
    const draft = inResolutionDebate().do("BRA", { type: "move", kind: "divide" }).do("COL", { type: "putMotion" });
    expect(draft.refused("host", { type: "reopenDebate" })).toBe("phase/wrong");
    draft.roll().do("COL", { type: "advance" });
    expect(draft.phase).toBe("voting");
    draft.do("host", { type: "reopenDebate" });
    expect(draft.phase).toBe("resolutionDebate");
    expect(draft.state.draft.divided).toBe(true);
    draft.do("COL", { type: "advance" }).roll();
    expect(draft.refused("host", { type: "reopenDebate" })).toBe("phase/wrong");
  });

  it("keeps the speakers' list to the debates, with withdrawals and replies", () => {
    const t = inDebate();
    t.do("ARG", { type: "requestFloor" }).do("MEX", { type: "requestFloor" }).do("MEX", { type: "withdrawRequest" });
    t.do("COL", { type: "giveFloor" }).do("BRA", { type: "requestReply" });
    expect(t.state.speakers.replies).toEqual(["BRA"]);
    expect(t.state.speakers.queue).toEqual([]);
    t.do("COL", { type: "advance" });
    expect(t.refused("ARG", { type: "requestFloor" })).toBe("phase/wrong");
    expect(t.refused("ARG", { type: "requestReply" })).toBe("phase/wrong");
    expect(t.refused("COL", { type: "giveFloor" })).toBe("phase/wrong");
    expect(t.refused("ARG", { type: "move", kind: "suspend" })).toBe("phase/wrong");
    expect(foldOas(council(), t.log)).toEqual(t.state);
  });

  it("puts one motion at a time, and holds the agenda while it is voted", () => {
    const t = inDebate().do("BRA", { type: "move", kind: "suspend" }).do("MEX", { type: "move", kind: "adjourn" });
    t.do("COL", { type: "putMotion" });
    expect(t.refused("COL", { type: "putMotion" })).toBe("phase/vote_open");
    expect(t.refused("COL", { type: "advance" })).toBe("phase/vote_open");
  });

  it("records a called delegation absent, and says so when no roll call is open or everyone answered", () => {
    const t = inDebate();
    expect(t.refused("COL", { type: "recordAbsent" })).toBe("vote/none_open");
    expect(t.refused("COL", { type: "closeVote" })).toBe("vote/none_open");
    expect(t.refused("ARG", { type: "vote", choice: "yes" })).toBe("vote/none_open");
    t.do("COL", { type: "advance" });
    for (const id of ENTITLED) t.do(id, { type: "vote", choice: "yes" });
    expect(t.refused("COL", { type: "recordAbsent" })).toBe("vote/incomplete");
    expect(t.refused("COL", { type: "advance" })).toBe("phase/vote_open");
  });

  it("divides the draft once only, and takes amendments in its debate only", () => {
    const t = inResolutionDebate().do("BRA", { type: "move", kind: "divide" }).do("COL", { type: "putMotion" }).roll();
    expect(t.refused("BRA", { type: "move", kind: "divide" })).toBe("motion/already_divided");
    expect(t.refused("MEX", { type: "proposeAmendment", paragraph: 2, text: " " })).toBe("text/invalid");
    expect(inDebate().refused("MEX", { type: "proposeAmendment", paragraph: 2, text: "x" })).toBe("phase/wrong");
    expect(inDebate().refused("MEX", { type: "raisePointOfOrder", text: "" })).toBe("text/invalid");
  });

  it("takes explanations of a vote the delegation cast, and reservations with the votes", () => {
    const t = inResolutionDebate().do("COL", { type: "advance" }).roll();
    expect(t.refused("MEX", { type: "explainVote", question: "paragraph-9", text: "Why" })).toBe("explanation/no_vote");
    expect(t.refused("MEX", { type: "explainVote", question: "whole", text: "" })).toBe("text/invalid");
    expect(t.refused("MEX", { type: "enterReservation", text: "" })).toBe("text/invalid");
    t.do("MEX", { type: "explainVote", question: "whole", text: "Mexico voted for the whole on its own terms." });
    expect(t.state.record.at(-1)).toMatchObject({ kind: "explanation", delegation: "MEX", question: "whole" });
    expect(inDebate().refused("MEX", { type: "enterReservation", text: "Reserved" })).toBe("phase/wrong");
    expect(t.refused("URY", { type: "changeVote", question: "paragraph-2", choice: "yes" })).toBe(
      "vote/unknown_question",
    );
  });

  it("rules on a point of order among other entries of the record", () => {
    const t = inDebate().speech("ARG").do("MEX", { type: "raisePointOfOrder", text: "Order." }).speech("GTM");
    t.do("COL", { type: "rulePointOfOrder", id: "p1", upheld: true });
    expect(t.state.record.map((e) => e.kind)).toEqual(["speech", "pointOfOrder", "speech"]);
  });

  it("accepts nothing but late explanations and vote changes once closed", () => {
    const t = play1962();
    expect(t.refused("COL", { type: "advance" })).toBe("session/closed");
    expect(t.refused("ARG", { type: "requestFloor" })).toBe("session/closed");
    t.do("URY", { type: "explainVote", question: "whole", text: "Instructions arrived from Montevideo." });
    expect(t.state.record.at(-1)?.kind).toBe("explanation");
  });
});
