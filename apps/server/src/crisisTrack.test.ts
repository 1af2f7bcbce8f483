import { DEFAULT_SETTINGS } from "@brink/engine";
import { loadOctober1962 } from "@brink/scenario";
import { expect, it } from "vitest";
import { leaveTrack, trackFor } from "./crisisTrack.ts";
import { SqliteStore } from "./store.ts";

it("stops its councils when another process has written the crisis log, and writes nothing more", async () => {
  const store = new SqliteStore(":memory:");
  await store.insertSession({
    id: "s_1",
    joinCode: "ABC234",
    hostKeyHash: "h",
    scenario: "october-1962",
    createdAt: 0,
    settings: DEFAULT_SETTINGS,
  });
  const track = trackFor({
    store,
    logs: await store.read("s_1"),
    sessionId: "s_1",
    scenario: loadOctober1962(),
    settings: DEFAULT_SETTINGS,
    now: Date.now,
    minutesPerSecond: 60,
  });
  // Another process rebuilt the session meanwhile and its clock has moved.
  await store.appendEvents("s_1", "crisis", [{ type: "elsewhere" }], 1);
  const lost = new Promise<void>((resolve) =>
    track.attach("oas", { state: () => "running", onChange: () => undefined, lost: resolve }),
  );
  // The clock's first move plays the opening of the week: refused, and the council told.
  await lost;
  const crisis = (await store.read("s_1")).events("s_1", "crisis");
  expect(crisis.map((e) => e.type)).toEqual(["elsewhere"]);
  expect(track.state.version).toBe(0);
  leaveTrack("s_1", "oas");
  await store.close();
});
