// The `brink` command line: `pnpm brink simulate --chamber oas|unsc|both --mode historical|open --seed N
// --format json|text`. Part of the public contract: it prints the same record as the HTTP API.
import { parseArgs } from "node:util";
import { loadOctober1962 } from "@brink/scenario";
import {
  formatDistributionText,
  formatRecordText,
  type SimulatedChambers,
  SimulationError,
  simulate,
  simulateMany,
} from "./simulate.ts";

const USAGE = `usage: brink simulate [--chamber oas|unsc|both] [--mode historical|open] [--seed N] [--format json|text] [--runs N]

  Runs a whole session headless, with a bot in every seat, and prints its record.
  --runs N runs seeds N times from --seed and prints the distribution of outcomes instead.
  Defaults: --chamber both --mode historical --seed 1 --format json`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

const [command, ...rest] = process.argv.slice(2);
if (command !== "simulate") fail(command ? `unknown command: ${command}` : "no command given");

let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({
    args: rest,
    options: {
      chamber: { type: "string", default: "both" },
      mode: { type: "string", default: "historical" },
      seed: { type: "string", default: "1" },
      format: { type: "string", default: "json" },
      runs: { type: "string" },
    },
    strict: true,
  }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const chamber = values.chamber as string;
const mode = values.mode as string;
const format = values.format as string;
const seed = Number(values.seed);
if (!["oas", "unsc", "both"].includes(chamber)) fail(`--chamber must be oas, unsc or both, not ${chamber}`);
if (mode !== "historical" && mode !== "open") fail(`--mode must be historical or open, not ${mode}`);
if (!Number.isInteger(seed)) fail(`--seed must be a whole number, not ${String(values.seed)}`);
if (format !== "json" && format !== "text") fail(`--format must be json or text, not ${format}`);
const runs = values.runs === undefined ? null : Number(values.runs);
if (runs !== null && (!Number.isInteger(runs) || runs < 1 || runs > 100_000)) {
  fail(`--runs must be a whole number from 1 to 100000, not ${String(values.runs)}`);
}

try {
  const options = { chamber: chamber as SimulatedChambers, mode, seed } as const;
  if (runs !== null) {
    const distribution = simulateMany(loadOctober1962(), options, runs);
    console.info(format === "json" ? JSON.stringify(distribution, null, 2) : formatDistributionText(distribution));
  } else {
    const record = simulate(loadOctober1962(), options);
    console.info(format === "json" ? JSON.stringify(record, null, 2) : formatRecordText(record));
  }
} catch (error) {
  if (error instanceof SimulationError) fail(error.message);
  throw error;
}
