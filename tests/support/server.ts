import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** The servers running now, in this test process: a failing test shows what they printed (`failures.ts`). */
const running = new Set<ServerProcess>();
export const runningServers = (): readonly ServerProcess[] => [...running];

/**
 * The real Brink server as its own process, exactly as `npm start` runs it, on a free port with its own
 * SQLite file. `restart()` stops it and starts it again on the same data, as after a crash or a deploy.
 */
export class ServerProcess {
  readonly dataDir: string;
  readonly env: Record<string, string>;
  /** Kilobytes any file the server writes may grow to (`ulimit -f`): its disk is "full" past them. */
  fileSizeLimitKb: number | null = null;
  /** The command line that starts the server, run in the repository, in place of `node apps/server/src/main.ts`. */
  command: readonly string[] | null = null;
  port = 0;
  /** Where the server is reached from here: loopback, or its machine's address (`machines.ts`). */
  host = "127.0.0.1";
  #child: ChildProcess | null = null;
  #output = "";

  /**
   * `env`: extra settings, e.g. `{ BRINK_RECONNECT_GRACE_SECONDS: "1" }`; `dataDir`: another server's data, to
   * start on it as that server would after a restart.
   */
  constructor(env: Record<string, string> = {}, dataDir = mkdtempSync(join(tmpdir(), "brink-it-"))) {
    this.env = env;
    this.dataDir = dataDir;
  }

  get url(): string {
    return `http://${this.host}:${this.port}`;
  }

  /** Starts the server; on the port it had before, if it ran already (a restart), or on `port` if set. */
  async start(): Promise<this> {
    this.port ||= await freePort();
    this.#output = "";
    // A file size limit is set by the shell that then becomes the server; SIGXFSZ is ignored, so that a write
    // past it fails (as on a full disk) instead of killing the process.
    const [command, args] = this.command
      ? [this.command[0] as string, this.command.slice(1)]
      : this.fileSizeLimitKb === null
        ? [process.execPath, ["apps/server/src/main.ts"]]
        : [
            "/bin/bash",
            [
              "-c",
              `trap '' XFSZ; ulimit -f ${this.fileSizeLimitKb}; exec "$0" "$@"`,
              process.execPath,
              "apps/server/src/main.ts",
            ],
          ];
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...this.env, PORT: String(this.port), BRINK_DATA_DIR: this.dataDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (chunk) => {
      this.#output += chunk;
    });
    child.stderr?.on("data", (chunk) => {
      this.#output += chunk;
    });
    // A server that dies under a test says why, where CI's log shows it.
    child.once("exit", (code, signal) => {
      if (this.#child === child && code !== 0 && signal !== "SIGTERM") {
        console.error(`the server on port ${this.port} exited (${code ?? signal}):\n${this.#output.slice(-4000)}`);
      }
    });
    this.#child = child;
    running.add(this);
    child.once("exit", () => running.delete(this));
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`server exited early:\n${this.#output}`);
      try {
        if ((await fetch(`${this.url}/healthz`)).ok) return this;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`server did not answer /healthz within 20 s:\n${this.#output}`);
  }

  /** The running server's process id; 0 while it is not running. */
  get pid(): number {
    return this.#child?.pid ?? 0;
  }

  /** Everything the server printed so far; a test can check that it crashed on nothing. */
  get output(): string {
    return this.#output;
  }

  /** Asks the server to shut down (SIGTERM), as a deploy does; kills it if it has not within `patienceMs`. */
  async stop(patienceMs = 10_000): Promise<void> {
    const child = this.#child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), patienceMs);
    await exited;
    clearTimeout(timer);
    this.#child = null;
  }

  /** Kills the server outright (`kill -9`), as a crash or a power cut of the process would. */
  async crash(): Promise<void> {
    const child = this.#child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    this.#child = null;
    child.kill("SIGKILL");
    await exited;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async post(path: string, body: unknown, raw = false): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${this.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: raw ? (body as string) : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  }
}
