import type { SpeakersList, VoteResult } from "@brink/engine";
import { type CouncilState, EntryState, VoteState } from "./state.ts";

/**
 * What both chambers publish alike: the floor and the speakers' list, the open roll call, the votes closed,
 * and the minutes. Each helper writes only what changed, so an unchanged field sends nothing.
 */

/** The floor, the list (replies first) and the speaking time, as the table's timers show them. */
export function projectSpeakers(state: CouncilState, speakers: SpeakersList): void {
  state.floor = speakers.floor?.delegation ?? "";
  const queue = [...speakers.replies, ...speakers.queue];
  if (queue.join() !== [...state.queue].join()) {
    state.queue.clear();
    for (const d of queue) state.queue.push(d);
  }
  const { floor, timeLimitSeconds } = speakers;
  state.floorSince = floor?.since ?? 0;
  state.timeLimit = timeLimitSeconds ?? 0;
  state.floorSeconds =
    floor && timeLimitSeconds !== null
      ? floor.kind === "reply"
        ? Math.floor(timeLimitSeconds / 2)
        : timeLimitSeconds
      : 0;
}

/** The open roll call: its question, the votes it needs, who is called, the answers so far; or none. */
export function projectRollCall(
  state: CouncilState,
  roll: {
    readonly question: string;
    readonly needed: number;
    readonly called: string | undefined | null;
    readonly choices: Readonly<Record<string, string>>;
  } | null,
): void {
  state.question = roll?.question ?? "";
  state.needed = roll?.needed ?? 0;
  state.called = roll?.called ?? "";
  const choices = roll?.choices ?? {};
  for (const key of [...state.choices.keys()]) if (!(key in choices)) state.choices.delete(key);
  for (const [d, c] of Object.entries(choices)) if (state.choices.get(d) !== c) state.choices.set(d, c);
}

/** Appends the votes closed since the last projection, with any permanent member's veto. */
export function projectList(synced: CouncilState["votes"], votes: readonly VoteResult[]): void {
  for (const vote of votes.slice(synced.length)) {
    synced.push(
      new VoteState({
        question: vote.question,
        result: vote.adopted ? "adopted" : "rejected",
        ...vote.tally,
        vetoedBy: [...vote.vetoedBy],
      }),
    );
  }
}

type EntryFields = Pick<EntryState, "kind" | "delegation" | "text" | "subject" | "id" | "detail">;

/** The minutes, entry by entry; an entry already published changes only in its detail (a ruling). */
export function projectMinutes(state: CouncilState, entries: readonly EntryFields[]): void {
  entries.forEach((next, i) => {
    const synced = state.minutes[i];
    if (!synced) state.minutes.push(new EntryState(next));
    else if (synced.detail !== next.detail) synced.detail = next.detail;
  });
}
