import { DEFAULT_SETTINGS, type SessionSettings } from "@brink/engine";
import type { CreatedSession } from "@brink/protocol";
import { hashSecret, newId, newJoinCode, newSecret } from "./secrets.ts";
import type { SessionRecord, Store } from "./store.ts";

/** Creates a session with a fresh join code and host key; the key is returned once and stored hashed. */
export async function createSession(
  store: Store,
  now: number,
  settings: SessionSettings = DEFAULT_SETTINGS,
  scenario = "october-1962",
): Promise<CreatedSession> {
  // 887 million codes: a collision is rare, but a live code must never be handed out twice.
  for (let attempt = 0; attempt < 20; attempt++) {
    const hostKey = newSecret();
    const session: SessionRecord = {
      id: newId("s"),
      joinCode: newJoinCode(),
      hostKeyHash: hashSecret(hostKey),
      scenario,
      createdAt: now,
      settings,
    };
    if (await store.insertSession(session)) return { sessionId: session.id, joinCode: session.joinCode, hostKey };
  }
  throw new Error("could not find a free join code after 20 attempts");
}
