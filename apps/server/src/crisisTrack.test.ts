import { DEFAULT_SETTINGS } from "@brink/engine";
import { loadOctober1962 } from "@brink/scenario";
import { expect, it } from "vitest";
import { crisisRates, leaveTrack, trackFor } from "./crisisTrack.ts";
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

it("runs the week to the quarantine's hour over a class's debates and votes, and the rest over its close", () => {
  const week = { quarantineAt: 2340, endAt: 8940 };
  const minute = 60_000;
  const oas = crisisRates(week, { periodMinutes: 45, chambers: ["oas"] });
  // A 45-minute class: statement, debates, recess and votes take 33 minutes; explanations and the debrief, 4.
  expect(oas.beforeVote * 33 * minute).toBeCloseTo(2340);
  expect(oas.afterVote * 4 * minute).toBeCloseTo(8940 - 2340);
  // Without the OAS Council, or without a period, the week runs at one pace over the playing time.
  const unsc = crisisRates(week, { periodMinutes: 45, chambers: ["unsc"] });
  expect(unsc.beforeVote).toBe(unsc.afterVote);
  const friends = crisisRates(week, { periodMinutes: null, chambers: ["oas"] });
  expect(friends.beforeVote * 45 * minute).toBeCloseTo(8940);
  expect(crisisRates(week, { periodMinutes: 45, chambers: ["oas"] }, 120)).toEqual({
    beforeVote: 0.12,
    afterVote: 0.12,
  });
});
