/**
 * The speaker's clock as a screen shows it, from the server's facts: when the floor was given (`since`, moved
 * later by the chair's "30 more seconds"), the limit in seconds (0 for none) and the time now on the server's
 * clock. Returns the seconds spoken (without a limit) or left (with one). An extension can put `since` ahead of
 * now: the time left is then more than the limit, and counts down at once (it used to stand still at the limit).
 */
export function floorClock(since: number, limitSeconds: number, at: number): { spoken: number } | { left: number } {
  const elapsed = (at - since) / 1000;
  return limitSeconds === 0 ? { spoken: Math.max(0, elapsed) } : { left: limitSeconds - elapsed };
}
