import { DEFAULT_SETTINGS } from "@brink/engine";
import { loadOctober1962 } from "@brink/scenario";
import { expect, it } from "vitest";
import { leaveTrack, trackFor } from "./crisisTrack.ts";
import { createSession } from "./sessions.ts";
import { SqliteStore } from "./store.ts";

it("stops its councils when another process has written the crisis log, and writes nothing more", async () => {
  const store = new SqliteStore(":memory:");
  const { sessionId } = await createSession(store, 0);
  const track = trackFor({
    store,
    logs: await store.read(sessionId),
    sessionId,
    scenario: loadOctober1962(),
    settings: DEFAULT_SETTINGS,
    now: Date.now,
    minutesPerSecond: 60,
  });
  // Another process rebuilt the session meanwhile and its clock has moved.
  await store.appendEvents(sessionId, "crisis", [{ type: "elsewhere" }], 1);
  const lost = new Promise<void>((resolve) =>
    track.attach("oas", { state: () => "running", onChange: () => undefined, lost: resolve }),
  );
  // The clock's first move plays the opening of the week: refused, and the council told.
  await lost;
  const crisis = (await store.read(sessionId)).events(sessionId, "crisis");
  expect(crisis.map((e) => e.type)).toEqual(["elsewhere"]);
  expect(track.state.version).toBe(0);
  leaveTrack(sessionId, "oas");
  await store.close();
});
