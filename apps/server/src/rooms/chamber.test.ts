import { DEFAULT_SETTINGS, delegationId, NOTHING_BEYOND, type OasState } from "@brink/engine";
import { historicalSetup, loadOctober1962 } from "@brink/scenario";
import { describe, expect, it } from "vitest";
import { SqliteStore } from "../store.ts";
import { Chamber } from "./chamber.ts";
import { oasProcedure } from "./procedures.ts";

type OasProcedure = ReturnType<typeof oasProcedure>;

const historical = historicalSetup(loadOctober1962()).oas;

/**
 * A chamber on a real store and the real engine, with a clock the test moves: each timer the chamber sets
 * is kept, and `run` moves the clock to it and fires it, as the room's clock would.
 */
async function table(options: {
  humans: string[];
  budgetsMs?: Record<string, number>;
  fitBudgets?: (state: OasState, people: number, budgets: Readonly<Record<string, number>>) => Record<string, number>;
  timeLimitSeconds?: number | null;
  over?: () => boolean;
  /** Changes the real procedure, e.g. to give the bots a move the engine refuses. */
  procedure?: (real: OasProcedure) => OasProcedure;
}) {
  let now = 1_000_000;
  let pending: { fn: () => Promise<void>; at: number } | null = null;
  const store = new SqliteStore(":memory:");
  await store.insertSession({
    id: "s_1",
    joinCode: "ABC234",
    hostKeyHash: "h",
    scenario: "october-1962",
    createdAt: 0,
    settings: DEFAULT_SETTINGS,
  });
  const procedure = oasProcedure(
    { ...historical.setup, timeLimitSeconds: options.timeLimitSeconds ?? null },
    { mode: "historical", script: historical.script },
    () => NOTHING_BEYOND,
  );
  const chamber = new Chamber({
    store,
    sessionId: "s_1",
    log: [],
    procedure: options.procedure?.(procedure) ?? procedure,
    now: () => now,
    setTimeout: (fn, ms) => {
      const timer = { fn, at: now + ms };
      pending = timer;
      return {
        clear: () => {
          if (pending === timer) pending = null;
        },
      };
    },
    botDelayMs: 100,
    patienceMs: 5_000,
    budgetsMs: options.budgetsMs ?? {},
    ...(options.fitBudgets ? { fitBudgets: options.fitBudgets } : {}),
    humans: () => new Set(options.humans),
    botsOn: () => true,
    ...(options.over ? { over: options.over } : {}),
    onChange: () => undefined,
  });
  return {
    chamber,
    /** Moves the clock on without firing anything, as time passes during a pause. */
    pass: (ms: number) => {
      now += ms;
    },
    /** Milliseconds until the chamber's next timer fires. */
    wait: () => (pending ? pending.at - now : null),
    run: async () => {
      const timer = pending;
      if (!timer) throw new Error("no timer set");
      pending = null;
      now = timer.at;
      await timer.fn();
    },
    /** Fires timers until the chamber reaches `phase`. */
    async runUntil(phase: string) {
      while (chamber.state?.phase.name !== phase) await this.run();
    },
  };
}

describe("the chamber's pacing", () => {
  it("holds a debate open for its minutes on the run sheet while people hold seats, then moves on", async () => {
    const t = await table({ humans: ["MEX"], budgetsMs: { convocationDebate: 600_000 } });
    await t.chamber.start();
    await t.runUntil("convocationDebate");
    // The bots speak one after another, a bot delay apart; then the chair waits out the debate's ten minutes.
    while (t.wait() === 100) await t.run();
    const spent = t.chamber.state?.record.filter((e) => e.kind === "speech").length ?? 0;
    expect(spent).toBeGreaterThan(1);
    const held = t.wait() ?? 0;
    expect(held).toBeGreaterThan(590_000);
    expect(held).toBeLessThanOrEqual(600_000);
    // A person's act starts the wait again, but never beyond the item's time.
    await t.chamber.act(delegationId("MEX"), { type: "requestFloor" });
    expect(t.wait()).toBe(100);
    await t.run();
    expect(t.chamber.state?.speakers.floor?.delegation).toBe("MEX");
  });

  it("does not count the host's pause against a debate's time on the run sheet", async () => {
    const t = await table({ humans: ["MEX"], budgetsMs: { convocationDebate: 600_000 } });
    await t.chamber.start();
    await t.runUntil("convocationDebate");
    while (t.wait() === 100) await t.run();
    const held = t.wait() ?? 0;
    await t.chamber.setPaused(true);
    t.pass(300_000);
    await t.chamber.setPaused(false);
    expect(t.wait()).toBe(held);
  });

  it("holds a debate open only as long as the council's fitting of the run sheet says, told who sits", async () => {
    const seen: number[] = [];
    const t = await table({
      humans: ["MEX", "BRA"],
      budgetsMs: { convocationDebate: 600_000 },
      // As the OAS Council does when the roll calls outgrow the voting's slot: the hold gives way.
      fitBudgets: (_state, people, budgets) => {
        seen.push(people);
        return { ...budgets, convocationDebate: 60_000 };
      },
    });
    await t.chamber.start();
    await t.runUntil("convocationDebate");
    while (t.wait() === 100) await t.run();
    expect(t.wait() ?? 0).toBeLessThanOrEqual(60_000);
    expect(t.wait() ?? 0).toBeGreaterThan(5_000);
    expect(seen.at(-1)).toBe(2);
  });

  it("waits only the table's patience when the run sheet holds nothing open", async () => {
    const t = await table({ humans: ["MEX"] });
    await t.chamber.start();
    await t.runUntil("convocationDebate");
    while (t.wait() === 100) await t.run();
    expect(t.wait()).toBe(5_000);
    await t.run();
    expect(t.chamber.state?.phase.name).toBe("convocationVote");
  });

  it("ends a person's speech when the speaking time runs out, not before", async () => {
    const t = await table({ humans: ["MEX"], timeLimitSeconds: 60 });
    await t.chamber.start();
    await t.runUntil("convocationDebate");
    await t.chamber.act(delegationId("MEX"), { type: "requestFloor" });
    while (t.chamber.state?.speakers.floor?.delegation !== "MEX") await t.run();
    expect(t.wait()).toBe(60_000);
    await t.run();
    expect(t.chamber.state?.speakers.floor).toBeNull();
  });

  it("sets no timer at all while the host has paused the table", async () => {
    const t = await table({ humans: [] });
    await t.chamber.start();
    await t.run();
    expect(await t.chamber.setPaused(true)).toMatchObject({ ok: true });
    expect(t.wait()).toBeNull();
    expect(await t.chamber.setPaused(false)).toMatchObject({ ok: true });
    expect(t.wait()).toBe(100);
  });

  it("leaves the table idle after a bot move the engine refuses, and looks again at the next news", async () => {
    let broken = true;
    const t = await table({
      humans: [],
      procedure: (real) => ({
        ...real,
        // Recording an absence with no roll call open: a move the engine refuses.
        nextBotMove: (state, humans, bots) =>
          broken
            ? { actor: delegationId("COL"), command: { type: "recordAbsent" } }
            : real.nextBotMove(state, humans, bots),
      }),
    });
    await t.chamber.start();
    const version = t.chamber.state?.version;
    await t.run();
    expect(t.chamber.state?.version).toBe(version);
    expect(t.wait()).toBeNull();
    broken = false;
    t.chamber.nudge();
    expect(t.wait()).toBe(100);
    await t.run();
    expect(t.chamber.state?.version).toBeGreaterThan(version ?? 0);
  });

  it("stops the table for everyone once the crisis has ended in war", async () => {
    let war = false;
    const t = await table({ humans: ["MEX"], over: () => war });
    await t.chamber.start();
    await t.runUntil("convocationDebate");
    war = true;
    expect(await t.chamber.act(delegationId("MEX"), { type: "requestFloor" })).toMatchObject({
      ok: false,
      code: "session/over",
    });
    expect(await t.chamber.act("host", { type: "advance" })).toMatchObject({ ok: false, code: "session/over" });
    const version = t.chamber.state?.version;
    // A timer already set finds the table over and moves nothing, nor sets another.
    if (t.wait() !== null) await t.run();
    expect(t.chamber.state?.version).toBe(version);
    expect(t.wait()).toBeNull();
  });
});
