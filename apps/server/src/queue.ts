/**
 * Runs tasks one after another, each once the one before has settled. A session's changes go through one
 * (its two councils, its crisis track and their timers): each decides on the state the one before left, and
 * waits for its events to be stored before anyone sees them, without another change slipping in between.
 * A task must not run another through the same queue: it would wait for itself.
 */
export class SerialQueue {
  #tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => T | Promise<T>): Promise<T> {
    const result = this.#tail.then(task);
    this.#tail = result.catch(() => undefined);
    return result;
  }
}
