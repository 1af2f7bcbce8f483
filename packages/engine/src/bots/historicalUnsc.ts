import type { DelegationId } from "../ids.ts";
import { calledNext } from "../rollCall.ts";
import { SECRETARY_GENERAL, type UnscActor, type UnscCommand, type UnscState } from "../unsc.ts";
import type { Move, ScriptedSpeech } from "./historicalOas.ts";

/** What happened at each meeting of the Security Council in October 1962: the bots' instructions. */
export interface UnscScript {
  /** One entry per meeting, first to last: who spoke, what was tabled, what the Secretary-General said. */
  readonly meetings: readonly ScriptedMeeting[];
}

export interface ScriptedMeeting {
  readonly speeches: readonly ScriptedSpeech[];
  /** Drafts tabled at this meeting, each by its sponsor once it has spoken. */
  readonly drafts: readonly { readonly sponsor: DelegationId; readonly paragraphs: readonly string[] }[];
  readonly statements: readonly string[];
}

type UnscMove = Move<UnscActor, UnscCommand>;

/**
 * The next command of the Security Council when every seat follows the 1962 record: agenda and invitation
 * without objection, each meeting's speakers in order, drafts tabled, the Secretary-General's statements, no
 * request for a vote, and the President adjourning each meeting until the last. Null when it is over.
 */
export function nextHistoricalUnscMove(state: UnscState, script: UnscScript): UnscMove | null {
  const president = (command: UnscCommand): UnscMove => ({ actor: state.president, command });
  const { phase } = state;
  switch (phase.name) {
    case "agenda":
    case "invitation":
      return president({ type: "proceed" });
    case "adjourned":
    case "suspended":
      return president({ type: phase.name === "adjourned" ? "convene" : "resumeMeeting" });
    case "voting": {
      const called = calledNext(phase.rollCall);
      return called
        ? { actor: called, command: { type: "vote", choice: "abstain" } }
        : president({ type: "closeVote" });
    }
    case "debate": {
      const meeting = script.meetings[phase.meeting - state.firstMeeting] ?? {
        speeches: [],
        drafts: [],
        statements: [],
      };
      const { speakers } = state;
      const floor = speakers.floor;
      if (floor) {
        const spoke = state.record.some(
          (e) => e.kind === "speech" && e.speaker === floor.delegation && e.at >= floor.since,
        );
        const text = meeting.speeches.find((s) => s.delegation === floor.delegation)?.text;
        if (!spoke && text) return { actor: floor.delegation, command: { type: "speak", text } };
        return { actor: floor.delegation, command: { type: "yieldFloor" } };
      }
      const tabled = new Set(state.drafts.map((d) => d.sponsor as string));
      const draft = meeting.drafts.find((d) => !tabled.has(d.sponsor) && speakers.spoken.includes(d.sponsor));
      if (draft) return { actor: draft.sponsor, command: { type: "tableDraft", paragraphs: draft.paragraphs } };
      const waiting = meeting.speeches.find(
        (s) => !speakers.spoken.includes(s.delegation) && !speakers.queue.includes(s.delegation),
      );
      if (waiting) return { actor: waiting.delegation, command: { type: "requestFloor" } };
      if (speakers.queue.length > 0) return president({ type: "giveFloor" });
      const made = state.record.filter((e) => e.kind === "statement").length;
      const before = script.meetings
        .slice(0, phase.meeting - state.firstMeeting)
        .reduce((n, m) => n + m.statements.length, 0);
      const statement = meeting.statements[made - before];
      if (statement !== undefined)
        return { actor: SECRETARY_GENERAL, command: { type: "makeStatement", text: statement } };
      return president({ type: "adjournMeeting" });
    }
    case "closed":
      return null;
    /* v8 ignore next 2 -- unreachable: the switch covers every member of the union */
    default:
      throw new Error(`unknown phase ${JSON.stringify(phase satisfies never)}`);
  }
}
