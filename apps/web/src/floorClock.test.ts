import { describe, expect, it } from "vitest";
import { floorClock } from "./floorClock.ts";

describe("the speaker's clock", () => {
  it("counts a minute down from the moment the floor was given", () => {
    expect(floorClock(10_000, 60, 10_000)).toEqual({ left: 60 });
    expect(floorClock(10_000, 60, 40_000)).toEqual({ left: 30 });
  });

  it("shows 30 more seconds at once, counting down, when the chair extends a speech with 3 s gone", () => {
    // The chair moves the start 30 s later: 60 − 3 + 30 = 87 s left, and a second later 86.
    const since = 10_000 + 30_000;
    expect(floorClock(since, 60, 13_000)).toEqual({ left: 87 });
    expect(floorClock(since, 60, 14_000)).toEqual({ left: 86 });
  });

  it("counts the time spoken when there is no limit, never below nothing", () => {
    expect(floorClock(10_000, 0, 25_000)).toEqual({ spoken: 15 });
    expect(floorClock(10_000, 0, 9_000)).toEqual({ spoken: 0 });
  });
});
