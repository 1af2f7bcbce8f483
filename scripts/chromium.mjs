// Finds the Chromium the end-to-end tests drive. Playwright's own browser download cannot work on
// machines that reach only package registries, so the tests use a system Chromium.
import { existsSync } from "node:fs";

const candidates = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

/** The path from BRINK_CHROMIUM when set, else the first system Chromium found; undefined if none. */
export function findChromium() {
  const fromEnv = process.env.BRINK_CHROMIUM;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((path) => existsSync(path));
}

export function chromiumHelp() {
  const fromEnv = process.env.BRINK_CHROMIUM;
  return [
    fromEnv
      ? `BRINK_CHROMIUM is set to ${fromEnv}, but there is no file there.`
      : "The end-to-end tests need Chromium, and none was found.",
    `Looked in: ${candidates.join(", ")}.`,
    "Install it with: sudo apt-get update && sudo apt-get install -y chromium   (Debian/Ubuntu)",
    "or point BRINK_CHROMIUM at a Chromium or Chrome binary: BRINK_CHROMIUM=/path/to/chrome npm test",
  ].join("\n");
}
