// What the benchmarks' clients share about a Colyseus room. Types only from the SDK: the load processes
// load the SDK themselves, after they have set up what counts its bytes.
import type { Room } from "@colyseus/sdk";

/** Waits until the room's synced state satisfies `check`, on its patches; `what` names a stall. */
export function untilState(room: Room, check: () => boolean, what: string, timeout: number): Promise<void> {
  return new Promise((resolve, reject) => {
    if (check()) return resolve();
    const timer = setTimeout(() => reject(new Error(`${what} stalled`)), timeout);
    const listener = () => {
      if (!check()) return;
      clearTimeout(timer);
      // Removed on the next microtask: the SDK's emitter skips a handler if one is removed mid-dispatch.
      queueMicrotask(() => room.onStateChange.remove(listener));
      resolve();
    };
    room.onStateChange(listener);
  });
}
