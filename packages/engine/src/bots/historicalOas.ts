import type { DelegationId } from "../ids.ts";
import { type MotionKind, type OasActor, type OasCommand, type OasState, openOasRollCall } from "../oas.ts";
import type { QuestionId } from "../rollCall.ts";
import { calledNext } from "../rollCall.ts";

/** What each delegation did on 23 October 1962, as the scenario records it: the bots' instructions. */
export interface OasScript {
  /** Who speaks in each debate, in order, and what they say (a talking point). */
  readonly debates: Readonly<
    Record<"usStatement" | "convocationDebate" | "resolutionDebate", readonly ScriptedSpeech[]>
  >;
  /** Motions moved in the debate on the draft, e.g. Brazil's division. */
  readonly motions: readonly { readonly delegation: DelegationId; readonly kind: MotionKind }[];
  /** Recorded choices by question; a delegation not listed answers `defaultChoice`. */
  readonly votes: Readonly<Record<QuestionId, Readonly<Record<string, "yes" | "no" | "abstain">>>>;
  /** How a seat votes where the record gives no choice (the convocation's count is not recorded). */
  readonly defaultChoice: "yes" | "no" | "abstain";
  readonly reservations: readonly { readonly delegation: DelegationId; readonly text: string }[];
  /** Changes of vote for the record once the session is closed (Uruguay, 24 October). */
  readonly voteChanges: readonly {
    readonly delegation: DelegationId;
    readonly question: QuestionId;
    readonly choice: "yes" | "no" | "abstain";
  }[];
}

export interface ScriptedSpeech {
  readonly delegation: DelegationId;
  readonly text: string;
}

export interface Move<Actor, Command> {
  readonly actor: Actor;
  readonly command: Command;
}

type OasMove = Move<OasActor, OasCommand>;

const chair = (state: OasState, command: OasCommand): OasMove => ({ actor: state.chair, command });

/** The open roll call, if any: a motion's first. */
/** The next move of the whole table in historical mode: the chair's, or the seat whose turn it is. */
function voteMove(state: OasState, script: OasScript): OasMove | null {
  const roll = openOasRollCall(state);
  if (!roll) return null;
  const called = calledNext(roll);
  if (!called) return chair(state, { type: "closeVote" });
  const choice = script.votes[roll.question]?.[called] ?? script.defaultChoice;
  return { actor: called, command: { type: "vote", choice } };
}

/**
 * The speakers' list played by bots: the speaker who has the floor speaks once and yields, each scripted
 * speaker asks for the floor, and the chair gives it. Null once every scripted speaker has spoken.
 */
export function speakersTurn(state: OasState, speeches: readonly ScriptedSpeech[]): OasMove | null {
  const { speakers } = state;
  const floor = speakers.floor;
  if (floor) {
    const spoke = state.record.some(
      (e) => e.kind === "speech" && e.delegation === floor.delegation && e.at >= floor.since,
    );
    const text = speeches.find((s) => s.delegation === floor.delegation)?.text;
    if (!spoke && text) return { actor: floor.delegation, command: { type: "speak", text } };
    return { actor: floor.delegation, command: { type: "yieldFloor" } };
  }
  const waiting = speeches.find(
    (s) => !speakers.spoken.includes(s.delegation) && !speakers.queue.includes(s.delegation),
  );
  if (waiting) return { actor: waiting.delegation, command: { type: "requestFloor" } };
  if (speakers.queue.length > 0) return chair(state, { type: "giveFloor" });
  return null;
}

/** A debate: the scripted speakers, then the recorded motions, then the pending motions put, then the chair moves on. */
function debateMove(state: OasState, speeches: readonly ScriptedSpeech[], script: OasScript): OasMove {
  const turn = speakersTurn(state, speeches);
  if (turn) return turn;
  if (state.phase.name === "resolutionDebate") {
    const unmoved = script.motions.find(
      (m) =>
        !state.record.some((e) => e.kind === "motion" && e.motion.mover === m.delegation && e.motion.kind === m.kind),
    );
    if (unmoved) return { actor: unmoved.delegation, command: { type: "move", kind: unmoved.kind } };
  }
  // A motion a person moved in any debate is put before the chair moves on.
  if (state.motions.length > 0) return chair(state, { type: "putMotion" });
  return chair(state, { type: "advance" });
}

/**
 * The next command of the table when every seat follows its 1962 instructions, or null when nothing is
 * left to do. Pure: the same state and script always give the same move.
 */
export function nextHistoricalOasMove(state: OasState, script: OasScript): OasMove | null {
  if (state.suspended) return chair(state, { type: "resume" });
  const voting = voteMove(state, script);
  if (voting) return voting;
  const { phase } = state;
  switch (phase.name) {
    case "opening":
    case "recess":
      return chair(state, { type: "advance" });
    case "usStatement":
    case "convocationDebate":
    case "resolutionDebate":
      return debateMove(state, script.debates[phase.name], script);
    case "explanations": {
      const pending = script.reservations.find(
        (r) => !state.record.some((e) => e.kind === "reservation" && e.delegation === r.delegation),
      );
      if (pending) return { actor: pending.delegation, command: { type: "enterReservation", text: pending.text } };
      return chair(state, { type: "advance" });
    }
    case "closed": {
      // A change the record already shows (the seat voted so, voiced by a person then) is no change.
      const change = script.voteChanges.find(
        (c) =>
          state.votes.some((v) => v.question === c.question && v.choices[c.delegation] !== c.choice) &&
          !state.record.some(
            (e) => e.kind === "voteChange" && e.delegation === c.delegation && e.question === c.question,
          ),
      );
      return change
        ? {
            actor: change.delegation,
            command: { type: "changeVote", question: change.question, choice: change.choice },
          }
        : null;
    }
    /* v8 ignore next 2 -- vote phases were answered above; listed so the switch stays exhaustive */
    case "convocationVote":
    case "voting":
      return null;
    /* v8 ignore next 2 -- unreachable: the switch covers every member of the union */
    default:
      throw new Error(`unknown phase ${JSON.stringify(phase satisfies never)}`);
  }
}
