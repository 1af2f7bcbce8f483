import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { DatabaseSync, type StatementSync } from "node:sqlite";
import { DEFAULT_SETTINGS, type SessionSettings } from "@brink/engine";

/** A session as stored: the host key is kept only as a hash. */
export interface SessionRecord {
  /** e.g. `s_9b1c2e…` */
  readonly id: string;
  /** 6 characters, e.g. `KX4PQ7` */
  readonly joinCode: string;
  /** SHA-256 of the host key, hex. */
  readonly hostKeyHash: string;
  /** e.g. `october-1962` */
  readonly scenario: string;
  /** Milliseconds since the epoch. */
  readonly createdAt: number;
  /** How the host set the session up; `DEFAULT_SETTINGS` fill in what sessions made before a setting lack. */
  readonly settings: SessionSettings;
}

/** One accepted event of a chamber's log, as stored. */
export interface StoredEvent {
  readonly seq: number;
  readonly type: string;
  readonly payload: unknown;
  readonly at: number;
}

/** A session's logs as read at one moment: what a room rebuilds from, and what the record and replay fold. */
export interface LogReader {
  /** One log of the session (`oas`, `oas-lobby`, `crisis`, …), oldest first; empty if it has none. */
  events(sessionId: string, log: string): StoredEvent[];
}

/** Whether the last write succeeded; if not, why not, in a sentence. */
export type StorageHealth = { ok: true } | { ok: false; fault: StorageFault; message: string };

/**
 * The durable store: sessions, their append-only event logs, and the resume keys that let a player take back
 * their place after a reload or a restart. Two engines: SQLite in one file (`SqliteStore`, the default) and
 * PostgreSQL (`PostgresStore`, with `DATABASE_URL`), shared by several processes or machines. Every write
 * resolves once it is durable, and rejects with a `StorageError` (nothing written) when the storage refuses.
 */
export interface Store {
  readonly health: StorageHealth;
  /** Inserts a session; false when its id or join code is already taken. */
  insertSession(session: SessionRecord): Promise<boolean>;
  sessionById(id: string): Promise<SessionRecord | undefined>;
  sessionByJoinCode(joinCode: string): Promise<SessionRecord | undefined>;
  /**
   * Appends events atomically after the log's last; all or none are written. With `after`, the number of the
   * last event the writer read or wrote, only if the log still ends there: if another process has written it
   * since, nothing is written and a `StaleLogError` is thrown (`LogTail` keeps the number).
   */
  appendEvents(
    sessionId: string,
    log: string,
    events: readonly { type: string }[],
    at: number,
    after?: number,
  ): Promise<void>;
  /** Every log of the session, read at once: what a room rebuilds from, and what the record folds. */
  read(sessionId: string): Promise<LogReader>;
  rememberPlayer(sessionId: string, resumeKeyHash: string, playerId: string): Promise<void>;
  playerByResumeKey(sessionId: string, resumeKeyHash: string): Promise<string | undefined>;
  /** Deletes a session and everything stored for it, in one transaction, so its words are gone for good. */
  deleteSession(id: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A log has moved on past where its writer knew it to end: another process has written it, having rebuilt the
 * session from it (this one was presumed dead: a long pause, a lost Redis connection). Nothing was written; this
 * writer's picture of the session is stale, and its table must stop and send its pages to the session as stored.
 */
export class StaleLogError extends Error {
  constructor(sessionId: string, log: string, after: number) {
    super(`The ${log} log of session ${sessionId} no longer ends at event ${after}: another process has written it.`);
  }
}

/**
 * A writer's end of one log: each append lands right after the last event it read or wrote, or not at all
 * (`StaleLogError`). A process that still holds a session another process has rebuilt cannot fork its log: its
 * first write after the other's is refused.
 */
export class LogTail {
  readonly #store: Store;
  readonly #sessionId: string;
  readonly #log: string;
  #last: number;

  /** `read`: the log as the writer rebuilt its state from it. */
  constructor(store: Store, sessionId: string, log: string, read: readonly StoredEvent[]) {
    this.#store = store;
    this.#sessionId = sessionId;
    this.#log = log;
    this.#last = read.at(-1)?.seq ?? 0;
  }

  async append(events: readonly { type: string }[], at: number): Promise<void> {
    if (events.length === 0) return;
    await this.#store.appendEvents(this.#sessionId, this.#log, events, at, this.#last);
    this.#last += events.length;
  }
}

/** A session's logs grouped by name, as one query returned them. */
export class SessionLogs implements LogReader {
  readonly #sessionId: string;
  readonly #logs = new Map<string, StoredEvent[]>();

  constructor(sessionId: string, rows: Iterable<StoredEvent & { log: string }>) {
    this.#sessionId = sessionId;
    for (const { log, ...event } of rows) {
      const list = this.#logs.get(log);
      if (list) list.push(event);
      else this.#logs.set(log, [event]);
    }
  }

  events(sessionId: string, log: string): StoredEvent[] {
    if (sessionId !== this.#sessionId) throw new Error(`these logs are ${this.#sessionId}'s, not ${sessionId}'s`);
    return this.#logs.get(log) ?? [];
  }
}

/** Schema changes after the first, in order; never edit one that has shipped, add the next. */
const MIGRATIONS = [
  // 1: how the host set the session up (its class period), as JSON.
  "ALTER TABLE sessions ADD COLUMN settings TEXT NOT NULL DEFAULT '{}'",
];

/** Why the storage refused a write. */
export type StorageFault = "full" | "readOnly" | "io";

const FAULTS: Record<number, StorageFault> = { 8: "readOnly", 10: "io", 13: "full" };
const SAYS: Record<StorageFault, string> = {
  full: "the disk is full",
  readOnly: "the data file or its folder is read-only",
  io: "the disk reported an error",
};

/**
 * The storage refused a write: the disk is full, the file read-only, the disk failed, the database cannot be
 * reached. Nothing of the write was kept, so the action that asked for it must not happen: it is refused, and
 * asked for again once the storage is back.
 */
export class StorageError extends Error {
  readonly code = "storage/unavailable";
  readonly fault: StorageFault;

  /** `where`: "its data file /srv/brink.sqlite"; `says`: why, when not the fault's usual sentence. */
  constructor(fault: StorageFault, where: string, cause: unknown, says = SAYS[fault]) {
    super(`Brink cannot save to ${where}: ${says}.`, { cause });
    this.fault = fault;
  }
}

/** SQLite's primary result code in an error from `node:sqlite`, if it is one. */
const sqliteCode = (error: unknown): number | undefined => {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  return typeof code === "number" ? code & 0xff : undefined;
};

/**
 * The store in one SQLite file (`node:sqlite`), embedded: the default, and enough for one machine, however many
 * processes share the file. Its writes are synchronous underneath; each resolves once committed.
 */
export class SqliteStore implements Store {
  readonly #db: DatabaseSync;
  readonly #path: string;
  /** The last write's failure, until a write succeeds again. */
  #fault: StorageError | null = null;
  /** Each statement compiled once: a vote appends to the log, and compiling the SQL cost more than running it. */
  readonly #statements = new Map<string, StatementSync>();

  #prepare(sql: string): StatementSync {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  constructor(path: string) {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    this.#path = path;
    // Several processes may share the file (README, "Running for a whole school"): a write waits for another
    // process's to finish, up to 5 s, rather than failing at once.
    this.#db = new DatabaseSync(path, { timeout: 5000 });
    // WAL: readers never block the writer; synchronous=NORMAL is durable across process crashes in WAL mode.
    this.#db.exec(`
      PRAGMA journal_mode = WAL;
      PRAGMA synchronous = NORMAL;
      PRAGMA foreign_keys = ON;
      PRAGMA secure_delete = ON;
      CREATE TABLE IF NOT EXISTS sessions (
        id TEXT PRIMARY KEY,
        join_code TEXT NOT NULL UNIQUE,
        host_key_hash TEXT NOT NULL,
        scenario TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE IF NOT EXISTS events (
        session_id TEXT NOT NULL REFERENCES sessions(id),
        chamber TEXT NOT NULL,
        seq INTEGER NOT NULL,
        type TEXT NOT NULL,
        payload TEXT NOT NULL,
        at INTEGER NOT NULL,
        PRIMARY KEY (session_id, chamber, seq)
      );
      CREATE TABLE IF NOT EXISTS players (
        session_id TEXT NOT NULL REFERENCES sessions(id),
        resume_key_hash TEXT NOT NULL,
        player_id TEXT NOT NULL,
        PRIMARY KEY (session_id, resume_key_hash)
      );
    `);
    this.#migrate();
    // A read-only file can be opened and read: find out now, not at a class's first vote. Setting the schema's
    // version to what it already is writes the file's header and changes nothing.
    this.#write(() => this.#db.exec(`PRAGMA user_version = ${MIGRATIONS.length}`));
  }

  /**
   * Brings an older file up to this schema, one step at a time, each in a transaction; SQLite's
   * `user_version` counts the steps applied. A file from a newer Brink is refused rather than damaged.
   */
  #migrate(): void {
    const { user_version: applied } = this.#prepare("PRAGMA user_version").get() as { user_version: number };
    if (applied > MIGRATIONS.length) {
      throw new Error(`the data file is from a newer Brink (schema ${applied}; this one knows ${MIGRATIONS.length})`);
    }
    for (let step = applied; step < MIGRATIONS.length; step++) {
      this.#write(() => {
        this.#db.exec(MIGRATIONS[step] as string);
        this.#db.exec(`PRAGMA user_version = ${step + 1}`);
      });
    }
  }

  get health(): StorageHealth {
    return this.#fault ? { ok: false, fault: this.#fault.fault, message: this.#fault.message } : { ok: true };
  }

  /**
   * Runs a write in one transaction. A full disk, a read-only file or a failed disk becomes a `StorageError`
   * with nothing written; any other error is a bug and is thrown as it is.
   */
  #write<T>(write: () => T): T {
    try {
      this.#db.exec("BEGIN IMMEDIATE");
      const result = write();
      this.#db.exec("COMMIT");
      this.#fault = null;
      return result;
    } catch (error) {
      try {
        if (this.#db.isTransaction) this.#db.exec("ROLLBACK");
      } catch {
        // SQLite may have rolled back itself after an I/O error.
      }
      const fault = FAULTS[sqliteCode(error) ?? -1];
      if (!fault) throw error;
      this.#fault = new StorageError(fault, `its data file ${this.#path}`, error);
      throw this.#fault;
    }
  }

  async insertSession(session: SessionRecord): Promise<boolean> {
    const result = this.#write(() =>
      this.#prepare(
        "INSERT OR IGNORE INTO sessions (id, join_code, host_key_hash, scenario, created_at, settings) VALUES (?, ?, ?, ?, ?, ?)",
      ).run(...sessionValues(session)),
    );
    return result.changes === 1;
  }

  async sessionById(id: string): Promise<SessionRecord | undefined> {
    return toSession(this.#prepare("SELECT * FROM sessions WHERE id = ?").get(id));
  }

  async sessionByJoinCode(joinCode: string): Promise<SessionRecord | undefined> {
    return toSession(this.#prepare("SELECT * FROM sessions WHERE join_code = ?").get(joinCode));
  }

  async appendEvents(
    sessionId: string,
    chamber: string,
    events: readonly { type: string }[],
    at: number,
    after?: number,
  ): Promise<void> {
    if (events.length === 0) return;
    this.#write(() => {
      const last = this.#prepare(
        "SELECT COALESCE(MAX(seq), 0) AS seq FROM events WHERE session_id = ? AND chamber = ?",
      ).get(sessionId, chamber) as { seq: number };
      if (after !== undefined && last.seq !== after) throw new StaleLogError(sessionId, chamber, after);
      const insert = this.#prepare(
        "INSERT INTO events (session_id, chamber, seq, type, payload, at) VALUES (?, ?, ?, ?, ?, ?)",
      );
      events.forEach((event, i) => {
        insert.run(sessionId, chamber, last.seq + i + 1, event.type, JSON.stringify(event), at);
      });
    });
  }

  async read(sessionId: string): Promise<LogReader> {
    const rows = this.#prepare(
      "SELECT chamber, seq, type, payload, at FROM events WHERE session_id = ? ORDER BY chamber, seq",
    ).all(sessionId) as { chamber: string; seq: number; type: string; payload: string; at: number }[];
    return new SessionLogs(
      sessionId,
      rows.map((row) => ({
        log: row.chamber,
        seq: row.seq,
        type: row.type,
        payload: JSON.parse(row.payload),
        at: row.at,
      })),
    );
  }

  async rememberPlayer(sessionId: string, resumeKeyHash: string, playerId: string): Promise<void> {
    this.#write(() =>
      this.#prepare("INSERT OR REPLACE INTO players (session_id, resume_key_hash, player_id) VALUES (?, ?, ?)").run(
        sessionId,
        resumeKeyHash,
        playerId,
      ),
    );
  }

  async playerByResumeKey(sessionId: string, resumeKeyHash: string): Promise<string | undefined> {
    const row = this.#prepare("SELECT player_id FROM players WHERE session_id = ? AND resume_key_hash = ?").get(
      sessionId,
      resumeKeyHash,
    ) as { player_id: string } | undefined;
    return row?.player_id;
  }

  /**
   * Deletes a session and everything stored for it (its events, its players' resume keys), in one
   * transaction; `secure_delete` overwrites the freed pages and the log is checkpointed, so the text is gone
   * from the files too.
   */
  async deleteSession(id: string): Promise<void> {
    this.#write(() => {
      this.#prepare("DELETE FROM events WHERE session_id = ?").run(id);
      this.#prepare("DELETE FROM players WHERE session_id = ?").run(id);
      this.#prepare("DELETE FROM sessions WHERE id = ?").run(id);
    });
    // The write-ahead log still holds the old pages: fold it into the file and empty it.
    this.#db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
  }

  async close(): Promise<void> {
    this.#db.close();
  }
}

/** A session's columns in the order both engines insert them: id, join code, host key hash, scenario, created, settings. */
export const sessionValues = (session: SessionRecord): [string, string, string, string, number, string] => [
  session.id,
  session.joinCode,
  session.hostKeyHash,
  session.scenario,
  session.createdAt,
  JSON.stringify(session.settings),
];

/** A session as either engine returns its row (PostgreSQL gives its BIGINT as text). */
export function toSession(row: unknown): SessionRecord | undefined {
  if (!row) return undefined;
  const r = row as {
    id: string;
    join_code: string;
    host_key_hash: string;
    scenario: string;
    created_at: number | string;
    settings: string;
  };
  return {
    id: r.id,
    joinCode: r.join_code,
    hostKeyHash: r.host_key_hash,
    scenario: r.scenario,
    createdAt: Number(r.created_at),
    settings: { ...DEFAULT_SETTINGS, ...(JSON.parse(r.settings) as Partial<SessionSettings>) },
  };
}
