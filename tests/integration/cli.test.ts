import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { sessionRecord } from "@brink/protocol";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const brink = (...args: string[]) =>
  spawnSync(process.execPath, ["apps/server/src/cli.ts", ...args], { cwd: root, encoding: "utf8" });

describe("brink simulate", () => {
  it("prints the record of a historical session as JSON", () => {
    const run = brink("simulate", "--chamber", "both", "--mode", "historical", "--seed", "3", "--format", "json");
    expect(run.status).toBe(0);
    const record = sessionRecord.parse(JSON.parse(run.stdout));
    expect(record).toMatchObject({ seed: 3, mode: "historical", outcome: "peace" });
  });

  it("prints a text summary", () => {
    const run = brink("simulate", "--chamber", "oas", "--format", "text");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/OAS whole\s+adopted\s+19-0-1/);
  });

  it("prints the distribution of outcomes over many open-history seeds", () => {
    const run = brink("simulate", "--mode", "open", "--runs", "20", "--format", "json");
    expect(run.status).toBe(0);
    const distribution = JSON.parse(run.stdout) as { runs: number; outcomes: Record<string, number> };
    expect(distribution.runs).toBe(20);
    expect(Object.values(distribution.outcomes).reduce((a, b) => a + b, 0)).toBe(20);
  });

  it("answers bad arguments with a sentence, the usage and exit code 2", () => {
    for (const args of [
      ["simulate", "--chamber", "un"],
      ["simulate", "--seed", "x"],
      ["play"],
      ["simulate", "--colour", "red"],
      [],
    ]) {
      const run = brink(...args);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/usage: brink simulate/);
    }
    expect(brink("simulate", "--runs", "0").stderr).toMatch(/--runs must be a whole number/);
  });
});
