import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Machine } from "./machines.ts";
import { freePort, ServerProcess } from "./server.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const NGINX = process.env.BRINK_NGINX ?? "/usr/sbin/nginx";
const REDIS = process.env.BRINK_REDIS_SERVER ?? "redis-server";
/** The ports the shipped nginx configuration names, one per process. */
const SHIPPED_PORTS = [2571, 2572, 2573];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for `ready` to hold, up to `ms`; `what` names it in the error. */
async function until(what: string, ready: () => Promise<boolean> | boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (
      await Promise.resolve()
        .then(ready)
        .catch(() => false)
    )
      return;
    await sleep(100);
  }
  throw new Error(`${what} not ready within ${ms} ms`);
}

/** Where a cluster runs, when not alone on this machine's loopback. */
export interface Placement {
  /** The machine its nginx and processes run on (`machines.ts`); this one by default. */
  readonly machine?: Machine;
  /** With a Redis of its own: the address its processes reach it at, and it listens on besides loopback. */
  readonly redisHost?: string;
  /** Another cluster's Redis, shared (several machines of one school): no Redis of its own. */
  readonly redis?: { readonly host: string; readonly port: number };
}

/**
 * A whole-school deployment on loopback, as the README describes it: a real `redis-server`, real Brink
 * processes started as the shipped systemd unit starts them (`deploy/systemd/brink@.service`, with the settings
 * of `brink.env`) sharing one data folder, and a real nginx running the configuration this repository ships
 * (`deploy/nginx/brink.conf`), with only its ports changed to free ones.
 */
export class Cluster {
  readonly dir = mkdtempSync(join(tmpdir(), "brink-cluster-"));
  readonly dataDir = join(this.dir, "data");
  readonly processes: ServerProcess[] = [];
  proxyPort = 0;
  redisPort = 0;
  /** Where nginx listens and the processes are reached: loopback, or the machine's address. */
  host = "127.0.0.1";
  #redis: ChildProcess | null = null;
  #nginx: ChildProcess | null = null;
  #log = "";

  /**
   * `env`: settings for every process, e.g. `{ BRINK_PATIENCE_SECONDS: "1" }`; `size`: how many processes, up
   * to the three the shipped configuration lists (fewer: the lines of the others are left out).
   */
  static async start(
    env: Record<string, string> = {},
    size = SHIPPED_PORTS.length,
    placement: Placement = {},
  ): Promise<Cluster> {
    const cluster = new Cluster();
    try {
      await cluster.#start(env, size, placement);
    } catch (error) {
      await cluster.stop();
      throw error;
    }
    return cluster;
  }

  /** The school's one address: nginx. */
  get url(): string {
    return `http://${this.host}:${this.proxyPort}`;
  }

  async #start(env: Record<string, string>, size: number, placement: Placement): Promise<void> {
    mkdirSync(this.dataDir);
    const on = placement.machine?.run ?? [];
    this.host = placement.machine?.address ?? "127.0.0.1";
    this.proxyPort = await freePort();
    const ports = [];
    for (let i = 0; i < size; i++) ports.push(await freePort());

    const redisHost = placement.redis?.host ?? placement.redisHost ?? "127.0.0.1";
    if (placement.redis) this.redisPort = placement.redis.port;
    else {
      this.redisPort = await freePort();
      const binds = [...new Set(["127.0.0.1", redisHost])];
      this.#redis = this.#spawn(REDIS, [
        "--port",
        String(this.redisPort),
        "--bind",
        ...binds,
        "--protected-mode",
        "no",
        "--save",
        "",
        "--appendonly",
        "no",
        "--dir",
        this.dir,
      ]);
      await until("redis-server", () => this.redis("PING") === "PONG");
    }

    this.#writeNginxConfig(ports);
    this.#nginx = this.#spawn(NGINX, ["-p", this.dir, "-c", join(this.dir, "nginx.conf"), "-g", "daemon off;"], on);

    // The settings every process shares are the shipped `brink.env`'s, each set to this machine's.
    const here: Record<string, string> = {
      REDIS_URL: `redis://${redisHost}:${this.redisPort}`,
      BRINK_PUBLIC_ADDRESS: `${this.host}:${this.proxyPort}`,
      BRINK_DATA_DIR: this.dataDir,
    };
    const shared: Record<string, string> = {};
    for (const line of readFileSync(join(root, "deploy/systemd/brink.env"), "utf8").split("\n")) {
      const key = /^([A-Z_]+)=/.exec(line)?.[1];
      if (!key) continue;
      const value = here[key];
      if (value === undefined) throw new Error(`deploy/systemd/brink.env sets ${key}: give the test cluster a value`);
      shared[key] = value;
    }
    // Each process as systemd starts one from the shipped unit: its command line, in the folder it names
    // (here, this repository), the shared settings and its own PORT (the instance).
    const unit = readFileSync(join(root, "deploy/systemd/brink@.service"), "utf8");
    const execStart = /^ExecStart=(.+)$/m.exec(unit)?.[1]?.split(" ");
    if (!execStart || !/^WorkingDirectory=\/opt\/brink$/m.test(unit) || !/^Environment=PORT=%i$/m.test(unit)) {
      throw new Error("deploy/systemd/brink@.service no longer starts Brink from /opt/brink with PORT=%i");
    }
    for (const port of ports) {
      const server = new ServerProcess({ ...shared, ...env }, this.dataDir);
      server.command = [...on, ...execStart];
      server.port = port;
      server.host = this.host;
      this.processes.push(server);
    }
    // One at a time, as a process manager would start them: each sees the ones before it in Redis.
    for (const server of this.processes) await server.start();
    await until("nginx", async () => (await fetch(`${this.url}/healthz`)).ok);
  }

  /** The shipped configuration with its listen address and the three processes' ports replaced. */
  #writeNginxConfig(ports: number[]): void {
    let site = readFileSync(join(root, "deploy/nginx/brink.conf"), "utf8");
    const replace = (from: string | RegExp, to: string) => {
      const next = site.replace(from, to);
      if (next === site) throw new Error(`deploy/nginx/brink.conf no longer has ${from}`);
      site = next;
    };
    replace("listen 80;", `listen ${this.host}:${this.proxyPort};`);
    SHIPPED_PORTS.forEach((shipped, i) => {
      const port = ports[i];
      if (port === undefined) replace(new RegExp(`^.*\\b${shipped}\\b.*\n`, "gm"), "");
      else replace(new RegExp(`\\b${shipped}\\b`, "g"), String(port));
    });
    writeFileSync(join(this.dir, "brink.conf"), site);
    const temp = join(this.dir, "temp");
    mkdirSync(temp);
    // nginx's workers drop root for `nobody`, who must be able to write the buffers' files.
    chmodSync(this.dir, 0o755);
    chmodSync(temp, 0o777);
    writeFileSync(
      join(this.dir, "nginx.conf"),
      [
        // Each student's socket is two connections to nginx (theirs, and on to Brink): as the README asks of a
        // school's nginx.conf, room for thousands.
        "worker_processes 1;",
        "worker_rlimit_nofile 20000;",
        `pid ${join(this.dir, "nginx.pid")};`,
        `error_log ${join(this.dir, "nginx-error.log")} warn;`,
        "events { worker_connections 9000; }",
        "http {",
        "  access_log off;",
        ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(
          (kind) => `  ${kind}_temp_path ${join(temp, kind)};`,
        ),
        `  include ${join(this.dir, "brink.conf")};`,
        "}",
      ].join("\n"),
    );
  }

  /** `on`: what runs it on its machine (`ip netns exec …`), if not this one. */
  #spawn(command: string, args: string[], on: readonly string[] = []): ChildProcess {
    const [program, ...rest] = [...on, command, ...args] as [string, ...string[]];
    const child = spawn(program, rest, { cwd: this.dir, stdio: ["ignore", "pipe", "pipe"] });
    const keep = (chunk: Buffer) => {
      this.#log = (this.#log + chunk).slice(-8000);
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    child.once("error", (error) => {
      this.#log += `\n${command}: ${error.message}`;
    });
    return child;
  }

  /** A Redis command's answer, through `redis-cli`. */
  redis(...command: string[]): string {
    const result = spawnSync("redis-cli", ["-p", String(this.redisPort), ...command], { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`redis-cli ${command.join(" ")}: ${result.stderr}`);
    return result.stdout.trim();
  }

  /** The matchmaker's id of a process (its `/healthz` names it). */
  async processIdOf(server: ServerProcess): Promise<string> {
    return ((await (await fetch(`${server.url}/healthz`)).json()) as { process: string }).process;
  }

  /** The process that holds a room now, as Redis lists it; undefined when none does. */
  async owner(roomId: string): Promise<ServerProcess | undefined> {
    const listing = this.redis("HGET", "roomcaches", roomId);
    if (!listing) return undefined;
    const { processId } = JSON.parse(listing) as { processId: string };
    for (const server of this.processes) {
      if ((await this.processIdOf(server).catch(() => null)) === processId) return server;
    }
    return undefined;
  }

  async post(path: string, body: unknown): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${this.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  }

  /** What nginx and Redis printed, for a failing test's message. */
  get log(): string {
    return this.#log;
  }

  async stop(): Promise<void> {
    await Promise.all(this.processes.map((server) => server.stop()));
    for (const child of [this.#nginx, this.#redis]) {
      if (!child || child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
  }
}
