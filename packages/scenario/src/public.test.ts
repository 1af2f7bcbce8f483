import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadOctober1962 } from "./index.ts";
import { october1962Public } from "./public.ts";

/** Every repository file reachable from `entry` through relative imports. */
function moduleGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, "utf8").matchAll(/from "(\.[^"]+)"/g)) {
      if (spec) visit(resolve(dirname(file), spec));
    }
  };
  visit(entry);
  return [...seen];
}

describe("the public entry point", () => {
  it("reaches no secret file and no schema through its imports", () => {
    const files = moduleGraph(fileURLToPath(new URL("./public.ts", import.meta.url)));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      expect(file).not.toMatch(/\.secret\.ts$/);
      expect(file).not.toMatch(/schema\.ts$/);
    }
  });

  it("holds no objective and no constraint of any card", () => {
    const exported = JSON.stringify(october1962Public);
    for (const card of loadOctober1962().roleCards) {
      for (const objective of card.secret.objectives) expect(exported).not.toContain(objective.text.en);
      for (const constraint of card.secret.constraints) expect(exported).not.toContain(constraint.text.en);
    }
  });

  it("is the validated scenario without the cards' secrets", () => {
    const full = loadOctober1962();
    expect(october1962Public.roleCards.map((c) => c.delegation)).toEqual(full.roleCards.map((c) => c.delegation));
    expect(october1962Public.timeline).toEqual(full.timeline);
  });
});
