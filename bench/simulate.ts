// Benchmark of the headless simulator: a whole historical session of both chambers and the crisis track,
// beside a baseline from the same run (serialising the record it produces to JSON and back).
// Run: `pnpm bench`. Figures, not a test. Issue 5's target: under 50 ms.
import { simulate, simulateMany } from "../apps/server/src/simulate.ts";
import { loadOctober1962 } from "../packages/scenario/src/index.ts";
import { median } from "./timing.ts";

const scenario = loadOctober1962();
const options = { chamber: "both", mode: "historical", seed: 1 } as const;

const record = simulate(scenario, options);
const simulateMs = median(100, () => simulate(scenario, options));
const baselineMs = median(100, () => JSON.parse(JSON.stringify(record)));
console.info(`historical session, both chambers: ${record.votes.length} votes, outcome ${record.outcome}`);
console.info(`simulate               ${simulateMs.toFixed(3)} ms  (target < 50 ms)`);
console.info(`baseline: JSON round trip of its record   ${baselineMs.toFixed(3)} ms`);
console.info(`ratio to baseline      ${(simulateMs / baselineMs).toFixed(1)}`);

// Issue 5's second target: 1,000 open-history sessions (both chambers and the track) in under 30 s.
const start = process.hrtime.bigint();
const distribution = simulateMany(scenario, { chamber: "both", mode: "open", seed: 1 }, 1000);
const manyMs = Number(process.hrtime.bigint() - start) / 1e6;
console.info(
  `1,000 open-history runs ${(manyMs / 1000).toFixed(2)} s  (target < 30 s): ${JSON.stringify(distribution.outcomes)}`,
);
console.info(`baseline: 1,000 JSON round trips of a record   ${(baselineMs * 1000).toFixed(1)} ms`);
