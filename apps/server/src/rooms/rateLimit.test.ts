import { describe, expect, it } from "vitest";
import { TokenBucket } from "./rateLimit.ts";

describe("the request rate limit", () => {
  it("allows a burst, then refuses until tokens refill", () => {
    const bucket = new TokenBucket(10, 3);
    expect([bucket.take(0), bucket.take(0), bucket.take(0), bucket.take(0)]).toEqual([true, true, true, false]);
    expect(bucket.take(50)).toBe(false);
    expect(bucket.take(100)).toBe(true);
  });

  it("never holds more than the burst", () => {
    const bucket = new TokenBucket(10, 2);
    bucket.take(0);
    const later = 60_000;
    expect([bucket.take(later), bucket.take(later), bucket.take(later)]).toEqual([true, true, false]);
  });
});
