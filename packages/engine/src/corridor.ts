import type { AskAnswer, CorridorAsk, Pledge } from "./bots/persuasion.ts";
import type { DelegationId } from "./ids.ts";
import { ok, type Result, reject } from "./result.ts";
import type { Viewer } from "./views.ts";

/**
 * A corridor message: a word between two delegations (or to the chair) away from the table, or, from a
 * seat to itself, a note within its team (an adviser's suggestion to the head). Only the two seats' teams
 * and the host read it; it is never part of a chamber's public state.
 */
export interface CorridorMessage {
  /** e.g. `c12` */
  readonly id: string;
  readonly from: DelegationId;
  readonly to: DelegationId;
  readonly text: string;
  /** Milliseconds since the epoch, from the server's clock. */
  readonly at: number;
  /** A request for a vote, with an offer in return or not; the text may then be empty. */
  readonly ask?: CorridorAsk;
  /** A bot's answer to the request of message `message`. */
  readonly reply?: AskAnswer & { readonly message: string };
}

/** The longest corridor message: a note passed along the corridor, not a speech. */
export const MAX_CORRIDOR_LENGTH = 1000;

export type CorridorRejectionCode = "seat/unknown" | "seat/excluded" | "text/invalid";

/**
 * Whether a seat may send `text` to `to` at a table with these seats: to a seat that takes part (its own:
 * a team note), with 1 to 1,000 characters after trimming (none needed beside a request for a vote). Returns
 * the text as it will be delivered.
 */
export function checkCorridorMessage(
  seats: readonly { readonly delegation: DelegationId; readonly excluded: boolean }[],
  to: string,
  text: string,
  asks = false,
): Result<{ readonly to: DelegationId; readonly text: string }, CorridorRejectionCode> {
  const seat = seats.find((s) => s.delegation === to);
  if (!seat) return reject("seat/unknown", `There is no seat for ${to} at this table.`);
  if (seat.excluded) return reject("seat/excluded", `${to} is excluded from participation: no one sits there.`);
  const trimmed = text.trim();
  if ((trimmed.length === 0 && !asks) || trimmed.length > MAX_CORRIDOR_LENGTH) {
    return reject("text/invalid", `A corridor message has 1 to ${MAX_CORRIDOR_LENGTH} characters.`);
  }
  return ok({ to: seat.delegation, text: trimmed });
}

/** Whether a viewer may read a corridor message: its two seats, and the host. */
export const canReadCorridor = (message: CorridorMessage, viewer: Viewer): boolean =>
  viewer.kind === "host" ||
  (viewer.kind === "delegation" && (viewer.delegation === message.from || viewer.delegation === message.to));

/** The word seats gave in the corridors: each request a seat agreed to, in the order given. */
export function pledgesOf(messages: readonly CorridorMessage[]): Pledge[] {
  const byId = new Map(messages.map((m) => [m.id, m]));
  return messages.flatMap((reply) => {
    if (reply.reply?.answer !== "agreed") return [];
    const asked = byId.get(reply.reply.message);
    if (!asked?.ask) return [];
    return [{ delegation: reply.from, to: reply.to, question: asked.ask.question, choice: asked.ask.choice }];
  });
}
