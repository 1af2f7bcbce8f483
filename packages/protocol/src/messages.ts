import { z } from "zod";

/** Options a client passes when it connects to a room. Without a host key it joins as an observer. */
export const roomJoinOptions = z
  .object({
    protocolVersion: z.number().int(),
    hostKey: z.string().max(200).optional(),
    /** Given once on joining the table; presented again it restores the same player and seat. */
    resumeKey: z.string().max(200).optional(),
  })
  .strict();
export type RoomJoinOptions = z.infer<typeof roomJoinOptions>;

// Lengths here only bound what the server will read; the rules (a name of at most 40 characters)
// live in the engine and answer with their own clear rejection.
const delegation = z.string().regex(/^[A-Z]{2,4}$/, "a delegation id such as BRA");

/** Every client→server request, by type. Each is sent with `room.request(type, payload)`. */
export const clientRequests = {
  joinTable: z.object({ name: z.string().max(10_000) }).strict(),
  leaveTable: z.object({}).strict(),
  claimSeat: z.object({ delegation }).strict(),
  releaseSeat: z.object({}).strict(),
} as const;
export type ClientRequestType = keyof typeof clientRequests;
export type ClientRequest<T extends ClientRequestType> = z.infer<(typeof clientRequests)[T]>;

/** The answer to every request: accepted at a state version, or refused with a code and a sentence. */
export type RequestReply = { ok: true; version: number } | { ok: false; code: string; message: string };
