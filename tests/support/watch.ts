// Waiting on a Colyseus room's synced state, shared by the tests and the benchmarks' clients. Types only from
// the SDK: the load processes load the SDK themselves, after they have set up what counts its bytes.
import type { Room } from "@colyseus/sdk";

/**
 * Resolves once `check()` holds: now, or on a later patch. Rejects with `failure()` after `timeout` ms.
 *
 * The listener is removed exactly once, on the next microtask. The SDK's emitter (0.18.4) skips a handler
 * removed while it dispatches, and removing one that is no longer registered drops the handler registered
 * last instead — another wait's, which then never hears a patch. Two patches decoded from one socket read
 * call the listener twice before any microtask runs, so a listener that removed itself on each match did
 * exactly that.
 */
export function untilState(room: Room, check: () => boolean, timeout: number, failure: () => Error): Promise<void> {
  return new Promise((resolve, reject) => {
    if (check()) return resolve();
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      queueMicrotask(() => room.onStateChange.remove(listener));
      outcome();
    };
    const timer = setTimeout(() => settle(() => reject(failure())), timeout);
    const listener = () => {
      if (check()) settle(resolve);
    };
    room.onStateChange(listener);
  });
}
