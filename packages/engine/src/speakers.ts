import type { DelegationId } from "./ids.ts";
import { exhaustiveSwitchError, ok, type Result, reject } from "./result.ts";

/** Who holds the floor, since when, and why. */
export interface Floor {
  readonly delegation: DelegationId;
  /** Milliseconds since the epoch when the chair gave the floor. */
  readonly since: number;
  /** A speech from the list, or a reply to one (right of reply). */
  readonly kind: "speech" | "reply";
}

/** The speakers' list of a debate. */
export interface SpeakersList {
  /** The delegation speaking now, or null between speakers. */
  readonly floor: Floor | null;
  /** Delegations waiting to speak, in the order they asked, e.g. `["ARG", "GTM"]`. */
  readonly queue: readonly DelegationId[];
  /** Delegations asking to reply; the chair hears them before the next name on the list. */
  readonly replies: readonly DelegationId[];
  /** How long a speech may last, in seconds; null for no limit. Replies get half. */
  readonly timeLimitSeconds: number | null;
  /** Everyone who has held the floor in this debate, in order. */
  readonly spoken: readonly DelegationId[];
}

export type SpeakersRejectionCode =
  | "floor/already_requested"
  | "floor/not_requested"
  | "floor/nobody_waiting"
  | "floor/not_yours"
  | "floor/empty"
  | "floor/reply_not_allowed"
  | "floor/invalid_time_limit";

export const emptySpeakersList = (timeLimitSeconds: number | null = null): SpeakersList => ({
  floor: null,
  queue: [],
  replies: [],
  timeLimitSeconds,
  spoken: [],
});

const waiting = (list: SpeakersList, delegation: DelegationId): boolean =>
  list.queue.includes(delegation) || list.replies.includes(delegation);

/** A delegation asks to be put on the list. */
export function requestFloor(
  list: SpeakersList,
  delegation: DelegationId,
): Result<SpeakersList, SpeakersRejectionCode> {
  if (waiting(list, delegation) || list.floor?.delegation === delegation) {
    return reject("floor/already_requested", `${delegation} is already on the speakers' list.`);
  }
  return ok({ ...list, queue: [...list.queue, delegation] });
}

/** A delegation takes its name off the list. */
export function withdrawRequest(
  list: SpeakersList,
  delegation: DelegationId,
): Result<SpeakersList, SpeakersRejectionCode> {
  if (!waiting(list, delegation)) return reject("floor/not_requested", `${delegation} is not on the list.`);
  return ok({
    ...list,
    queue: list.queue.filter((d) => d !== delegation),
    replies: list.replies.filter((d) => d !== delegation),
  });
}

/**
 * A delegation asks to reply to what has been said. It must have been in the debate's hearing (not the
 * speaker replying to itself) and may have one reply waiting at a time.
 */
export function requestReply(
  list: SpeakersList,
  delegation: DelegationId,
): Result<SpeakersList, SpeakersRejectionCode> {
  const lastSpeaker = list.floor?.delegation ?? list.spoken.at(-1);
  if (lastSpeaker === undefined || lastSpeaker === delegation) {
    return reject("floor/reply_not_allowed", "A reply answers another delegation's speech.");
  }
  if (list.replies.includes(delegation)) {
    return reject("floor/already_requested", `${delegation} has already asked to reply.`);
  }
  return ok({ ...list, replies: [...list.replies, delegation] });
}

/** The chair gives the floor to the next reply, else the next name on the list. */
export function giveFloorToNext(list: SpeakersList, at: number): Result<SpeakersList, SpeakersRejectionCode> {
  const [reply, ...replies] = list.replies;
  if (reply !== undefined) {
    return ok({
      ...list,
      floor: { delegation: reply, since: at, kind: "reply" },
      replies,
      spoken: [...list.spoken, reply],
    });
  }
  const [next, ...queue] = list.queue;
  if (next === undefined) return reject("floor/nobody_waiting", "Nobody is waiting to speak.");
  return ok({ ...list, floor: { delegation: next, since: at, kind: "speech" }, queue, spoken: [...list.spoken, next] });
}

/** The speaker yields the floor back to the chair. */
export function yieldFloor(list: SpeakersList, delegation: DelegationId): Result<SpeakersList, SpeakersRejectionCode> {
  if (list.floor?.delegation !== delegation) return reject("floor/not_yours", `${delegation} does not have the floor.`);
  return ok({ ...list, floor: null });
}

/** The chair ends the current speech, e.g. when its time is up. */
export function endSpeech(list: SpeakersList): Result<SpeakersList, SpeakersRejectionCode> {
  if (!list.floor) return reject("floor/empty", "Nobody has the floor.");
  return ok({ ...list, floor: null });
}

export function setTimeLimit(list: SpeakersList, seconds: number | null): Result<SpeakersList, SpeakersRejectionCode> {
  if (seconds !== null && (!Number.isInteger(seconds) || seconds < 15 || seconds > 1800)) {
    return reject("floor/invalid_time_limit", "A time limit is a whole number of seconds from 15 to 1800.");
  }
  return ok({ ...list, timeLimitSeconds: seconds });
}

/** Milliseconds the current speaker may still talk, or null when there is no limit or no speaker. */
export function timeLeft(list: SpeakersList, at: number): number | null {
  if (!list.floor || list.timeLimitSeconds === null) return null;
  const allowed = (list.floor.kind === "reply" ? list.timeLimitSeconds / 2 : list.timeLimitSeconds) * 1000;
  return Math.max(0, list.floor.since + allowed - at);
}

/** What happens to a speakers' list, as recorded by either chamber. */
export type SpeakersFact =
  | { readonly type: "floorRequested"; readonly delegation: DelegationId }
  | { readonly type: "floorRequestWithdrawn"; readonly delegation: DelegationId }
  | { readonly type: "replyRequested"; readonly delegation: DelegationId }
  | { readonly type: "floorGiven" }
  | { readonly type: "floorYielded"; readonly delegation: DelegationId }
  | { readonly type: "speechEnded" }
  | { readonly type: "timeLimitSet"; readonly seconds: number | null };

const SPEAKERS_FACTS: readonly string[] = [
  "floorRequested",
  "floorRequestWithdrawn",
  "replyRequested",
  "floorGiven",
  "floorYielded",
  "speechEnded",
  "timeLimitSet",
] satisfies SpeakersFact["type"][];

export const isSpeakersFact = (fact: { readonly type: string }): fact is SpeakersFact =>
  SPEAKERS_FACTS.includes(fact.type);

/** Applies a recorded speakers' list fact; it was decided valid, so the helper cannot refuse it. */
export function evolveSpeakers(list: SpeakersList, fact: SpeakersFact, at: number): SpeakersList {
  const result = ((): Result<SpeakersList, SpeakersRejectionCode> => {
    switch (fact.type) {
      case "floorRequested":
        return requestFloor(list, fact.delegation);
      case "floorRequestWithdrawn":
        return withdrawRequest(list, fact.delegation);
      case "replyRequested":
        return requestReply(list, fact.delegation);
      case "floorGiven":
        return giveFloorToNext(list, at);
      case "floorYielded":
        return yieldFloor(list, fact.delegation);
      case "speechEnded":
        return endSpeech(list);
      case "timeLimitSet":
        return setTimeLimit(list, fact.seconds);
      /* v8 ignore next 2 -- unreachable: the switch covers every member of the union */
      default:
        throw exhaustiveSwitchError(fact, "speakers' list fact");
    }
  })();
  /* v8 ignore next -- a recorded fact was decided valid against this very list */
  if (!result.ok) throw new Error(`speakers' list fact does not apply: ${result.rejection.code}`);
  return result.value;
}
