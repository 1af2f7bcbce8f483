import { describe, expect, it } from "vitest";
import { KeyedLimiter, TokenBucket } from "./rateLimit.ts";

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

describe("limits per address", () => {
  it("keeps one budget per key", () => {
    const limiter = new KeyedLimiter(1, 2);
    expect([limiter.take("a", 0), limiter.take("a", 0), limiter.take("a", 0)]).toEqual([true, true, false]);
    expect(limiter.take("b", 0)).toBe(true);
  });
});
