// Starting a measured server for a benchmark, and reading its meter (see meter.ts).
import { type ChildProcess, fork, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));

export interface MeterReading {
  sequence: number;
  bytesWritten: number;
  bytesRead: number;
  sockets: number;
  cpuMicros: number;
  rss: number;
  heapUsed: number;
  maxRss: number;
}

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

/** A server process with the meter loaded, on a free port. */
export class MeteredServer {
  readonly #child: ChildProcess;
  readonly port: number;
  #output = "";
  #sequence = 0;
  readonly #readings: MeterReading[] = [];

  private constructor(child: ChildProcess, port: number) {
    this.#child = child;
    this.port = port;
    child.on("message", (message: { type?: string; reading?: MeterReading }) => {
      if (message.type === "meter" && message.reading) this.#readings.push(message.reading);
    });
    child.stdout?.on("data", (chunk) => {
      this.#output += chunk;
    });
    child.stderr?.on("data", (chunk) => {
      this.#output += chunk;
    });
  }

  /**
   * Starts `script` (relative to the repository) with the meter. Brink's server reads its port from PORT;
   * the floor and the peer take it as their argument.
   */
  static async start(script: string, env: Record<string, string> = {}): Promise<MeteredServer> {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), "brink-bench-"));
    const child = spawn(process.execPath, ["--expose-gc", "--import", "./bench/meter.ts", script, String(port)], {
      cwd: root,
      env: { ...process.env, PORT: String(port), BRINK_DATA_DIR: dir, ...env },
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    });
    const server = new MeteredServer(child, port);
    await server.#listening();
    return server;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    return this.#child.pid ?? 0;
  }

  async #listening(): Promise<void> {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (this.#child.exitCode !== null) throw new Error(`server exited:\n${this.#output}`);
      try {
        await fetch(this.url);
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error(`server did not listen within 30 s:\n${this.#output}`);
  }

  /**
   * Asks the server for its meter and waits for the new reading; `collect`: after a full garbage collection,
   * for a reading of memory (its CPU then counts in the next reading's).
   */
  async read(collect = false): Promise<MeterReading> {
    this.#sequence += 1;
    const sequence = this.#sequence;
    this.#child.send({ type: "meter", sequence, collect });
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const reading = this.#readings.find((r) => r.sequence === sequence);
      if (reading) return reading;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`the meter did not answer:\n${this.#output.slice(-2000)}`);
  }

  get output(): string {
    return this.#output;
  }

  async stop(): Promise<void> {
    if (this.#child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.#child.once("exit", resolve));
    this.#child.kill("SIGTERM");
    const timer = setTimeout(() => this.#child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

/** A load process forked from `script`, talking to the benchmark over IPC. */
export class LoadProcess<Result> {
  readonly #child: ChildProcess;
  readonly #messages: { type: string; result?: Result }[] = [];
  #waiters: (() => void)[] = [];
  #failure: Error | undefined;

  constructor(script: string) {
    this.#child = fork(join(root, script), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    this.#child.on("message", (message) => {
      this.#messages.push(message as { type: string; result?: Result });
      for (const wake of this.#waiters.splice(0)) wake();
    });
    // A load process that ends before it has reported is a failure, whatever its exit code. Its last messages
    // may arrive after its exit is known: they are given a moment.
    this.#child.on("exit", (code, signal) => {
      setTimeout(() => {
        if (!this.#messages.some((m) => m.type === "done")) {
          this.#failure = new Error(`a load process ended before reporting (${code ?? signal})`);
        }
        for (const wake of this.#waiters.splice(0)) wake();
      }, 1_000);
    });
  }

  send(message: object): void {
    this.#child.send(message);
  }

  /** Waits for the message of `type`; a benchmark that hears nothing for ten minutes says so and stops. */
  async next(type: string, timeoutMs = 600_000): Promise<{ type: string; result?: Result }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.#messages.find((m) => m.type === type);
      if (found) return found;
      if (this.#failure) throw this.#failure;
      if (Date.now() > deadline) throw new Error(`a load process never said "${type}"`);
      await new Promise<void>((resolve) => {
        this.#waiters.push(resolve);
        setTimeout(resolve, 1_000);
      });
    }
  }

  kill(): void {
    if (this.#child.exitCode === null) this.#child.kill("SIGKILL");
  }
}

/** The value below which `p` of the sorted `values` fall. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

/** POSTs JSON from a given loopback address: each room stands for a school of its own, as in real use. */
export function postJson(url: string, body: unknown, localAddress: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = httpRequest(
      url,
      { method: "POST", localAddress, headers: { "content-type": "application/json", "content-length": data.length } },
      (res) => {
        let text = "";
        res.on("data", (chunk) => {
          text += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }));
      },
    );
    req.on("error", reject);
    req.end(data);
  });
}

/** A loopback source address of its own for room `room`: each room stands for a school of its own. */
export const schoolAddress = (room: number): string => `127.0.${Math.floor(room / 250)}.${(room % 250) + 2}`;

/** Sends a load process's last message, and ends the process once it has gone: `process.exit` may drop it. */
export function reportAndExit(message: object): void {
  process.send?.(message, () => process.exit(0));
}
