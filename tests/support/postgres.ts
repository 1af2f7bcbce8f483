import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { appendFileSync, chownSync, existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./server.ts";

/** The newest PostgreSQL server Debian's packages installed, or `BRINK_PG_BIN`. */
function binaries(): string {
  if (process.env.BRINK_PG_BIN) return process.env.BRINK_PG_BIN;
  const versions = existsSync("/usr/lib/postgresql")
    ? readdirSync("/usr/lib/postgresql")
        .map(Number)
        .filter((v) => existsSync(`/usr/lib/postgresql/${v}/bin/postgres`))
        .sort((a, b) => b - a)
    : [];
  if (versions.length === 0) throw new Error("no PostgreSQL server: apt-get install postgresql, or set BRINK_PG_BIN");
  return `/usr/lib/postgresql/${versions[0]}/bin`;
}

/** PostgreSQL will not run as root: as root, the server runs as the `postgres` user the package made. */
function runAs(): { uid: number; gid: number } | Record<string, never> {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(spawnSync("id", [flag, "postgres"], { encoding: "utf8" }).stdout.trim());
  return { uid: id("-u"), gid: id("-g") };
}

/**
 * A real PostgreSQL server of its own, on a free port of this machine, in a fresh folder: `initdb`, then
 * `postgres` (trust on loopback; fsync off, as nothing here survives a power cut anyway). Each test suite takes
 * a database of its own from it (`database()`).
 */
export class PostgresServer {
  readonly dir = mkdtempSync(join(tmpdir(), "brink-pg-"));
  port = 0;
  #child: ChildProcess | null = null;
  #log = "";
  #databases = 0;
  /** Where it listens: loopback, and the district's network when one is given. */
  #listen = ["127.0.0.1"];

  /** `network`: also listen on `address`, trusting every machine of `subnet` (`machines.ts`). */
  static async start(network?: { address: string; subnet: string }): Promise<PostgresServer> {
    const server = new PostgresServer();
    await server.#start(network);
    return server;
  }

  async #start(network?: { address: string; subnet: string }): Promise<void> {
    const user = runAs();
    if ("uid" in user) chownSync(this.dir, user.uid, user.gid);
    const init = spawnSync(
      join(binaries(), "initdb"),
      ["-D", join(this.dir, "data"), "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"],
      { encoding: "utf8", ...user },
    );
    if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}${init.stdout}`);
    if (network) {
      this.#listen.push(network.address);
      appendFileSync(join(this.dir, "data", "pg_hba.conf"), `host all all ${network.subnet} trust\n`);
    }
    this.port = await freePort();
    await this.#run();
  }

  /** Starts the server again on its port and data, as after a restart of the database. */
  async restart(): Promise<void> {
    await this.stop();
    await this.#run();
  }

  async #run(): Promise<void> {
    const bin = binaries();
    const user = runAs();
    const data = join(this.dir, "data");
    const child = spawn(
      join(bin, "postgres"),
      [
        "-D",
        data,
        "-p",
        String(this.port),
        "-k",
        this.dir,
        "-c",
        `listen_addresses=${this.#listen.join(",")}`,
        "-c",
        "fsync=off",
        "-c",
        "full_page_writes=off",
      ],
      { stdio: ["ignore", "pipe", "pipe"], ...user },
    );
    const keep = (chunk: Buffer) => {
      this.#log = (this.#log + chunk).slice(-8000);
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    this.#child = child;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`postgres exited:\n${this.#log}`);
      if (this.#psql("postgres", "SELECT 1").status === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`postgres did not answer within 30 s:\n${this.#log}`);
  }

  #psql(database: string, sql: string) {
    return spawnSync(
      "psql",
      [
        "-h",
        "127.0.0.1",
        "-p",
        String(this.port),
        "-U",
        "postgres",
        "-d",
        database,
        "-v",
        "ON_ERROR_STOP=1",
        "-c",
        sql,
      ],
      { encoding: "utf8" },
    );
  }

  /** Runs SQL as the superuser, e.g. to look at or break what Brink wrote. */
  sql(database: string, sql: string): string {
    const result = this.#psql(database, sql);
    if (result.status !== 0) throw new Error(`psql: ${result.stderr}`);
    return result.stdout;
  }

  /** `host`: the address it is reached at, loopback by default. */
  url(database: string, host = "127.0.0.1"): string {
    return `postgres://postgres@${host}:${this.port}/${database}`;
  }

  /** A new, empty database, and its address (reached at `host`). */
  database(host?: string): string {
    const name = `brink_${++this.#databases}`;
    this.sql("postgres", `CREATE DATABASE ${name}`);
    return this.url(name, host);
  }

  async stop(): Promise<void> {
    const child = this.#child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    // SIGINT: PostgreSQL's fast shutdown.
    child.kill("SIGINT");
    await exited;
  }
}
