import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadOctober1962 } from "@brink/scenario";
import { expect, test } from "@playwright/test";

const assets = fileURLToPath(new URL("../../apps/web/dist/assets", import.meta.url));

test("the built web app carries no seat's secret objective or constraint", () => {
  const bundle = readdirSync(assets)
    .filter((f) => f.endsWith(".js"))
    .map((f) => readFileSync(join(assets, f), "utf8"))
    .join("\n");
  expect(bundle).toContain("Brazil keeps relations with Cuba");
  for (const card of loadOctober1962().roleCards) {
    for (const secret of [...card.secret.objectives, ...card.secret.constraints]) {
      expect(bundle, `${card.delegation}: ${secret.text.en}`).not.toContain(secret.text.en);
    }
  }
});
