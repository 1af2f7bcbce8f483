/**
 * A token bucket: `burst` requests at once, refilled at `perSecond`. Past it a request is answered
 * with `message/rate_limited` instead of being applied; the connection stays.
 */
export class TokenBucket {
  readonly perSecond: number;
  readonly burst: number;
  #tokens: number;
  #updatedAt = Number.NEGATIVE_INFINITY;

  constructor(perSecond: number, burst: number) {
    this.perSecond = perSecond;
    this.burst = burst;
    this.#tokens = burst;
  }

  /** Takes a token at time `now` (ms); false when none is left. */
  take(now: number): boolean {
    const elapsed = Math.max(0, now - this.#updatedAt) / 1000;
    this.#tokens = Math.min(this.burst, this.#tokens + elapsed * this.perSecond);
    this.#updatedAt = now;
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}

/** One bucket per key (an IP address), forgetting keys that have been idle long enough to be full again. */
export class KeyedLimiter {
  readonly #buckets = new Map<string, { bucket: TokenBucket; seen: number }>();
  readonly #perSecond: number;
  readonly #burst: number;

  constructor(perSecond: number, burst: number) {
    this.#perSecond = perSecond;
    this.#burst = burst;
  }

  take(key: string, now: number): boolean {
    if (this.#buckets.size > 10_000) this.#forgetIdle(now);
    let entry = this.#buckets.get(key);
    if (!entry) {
      entry = { bucket: new TokenBucket(this.#perSecond, this.#burst), seen: now };
      this.#buckets.set(key, entry);
    }
    entry.seen = now;
    return entry.bucket.take(now);
  }

  #forgetIdle(now: number): void {
    const refill = (this.#burst / this.#perSecond) * 1000;
    for (const [key, entry] of this.#buckets) if (now - entry.seen > refill) this.#buckets.delete(key);
  }
}
