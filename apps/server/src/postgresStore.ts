import pg from "pg";
import {
  type LogReader,
  SessionLogs,
  type SessionRecord,
  StaleLogError,
  StorageError,
  type StorageFault,
  type StorageHealth,
  type Store,
  type StoredEvent,
  sessionValues,
  toSession,
} from "./store.ts";

/**
 * The schema, one step per entry, in order; `brink_schema` holds how many have been applied. Never edit one
 * that has shipped: add the next. The columns are SQLite's (`store.ts`), so a record reads the same from both.
 */
const MIGRATIONS = [
  `CREATE TABLE sessions (
     id TEXT PRIMARY KEY,
     join_code TEXT NOT NULL UNIQUE,
     host_key_hash TEXT NOT NULL,
     scenario TEXT NOT NULL,
     created_at BIGINT NOT NULL,
     settings TEXT NOT NULL DEFAULT '{}'
   );
   CREATE TABLE events (
     session_id TEXT NOT NULL REFERENCES sessions(id),
     chamber TEXT NOT NULL,
     seq INTEGER NOT NULL,
     type TEXT NOT NULL,
     payload TEXT NOT NULL,
     at BIGINT NOT NULL,
     PRIMARY KEY (session_id, chamber, seq)
   );
   CREATE TABLE players (
     session_id TEXT NOT NULL REFERENCES sessions(id),
     resume_key_hash TEXT NOT NULL,
     player_id TEXT NOT NULL,
     PRIMARY KEY (session_id, resume_key_hash)
   );`,
];

/** Any number, so that processes starting together migrate one at a time (`pg_advisory_xact_lock`). */
const MIGRATION_LOCK = 0x6272696e6b;

/** PostgreSQL's error codes (SQLSTATE) and Node's network errors that mean the database refused a write. */
const FAULTS: Record<string, StorageFault> = { "53100": "full", "25006": "readOnly" };
const UNREACHABLE = /^(08|57P)|^E(CONNREFUSED|CONNRESET|NOTFOUND|TIMEDOUT|PIPE|HOSTUNREACH)$/;
const SAYS: Record<StorageFault, string> = {
  full: "the database's disk is full",
  readOnly: "the database accepts no writes (read-only)",
  io: "the database cannot be reached",
};

interface SessionRow {
  id: string;
  join_code: string;
  host_key_hash: string;
  scenario: string;
  created_at: string;
  settings: string;
}

/**
 * The store in PostgreSQL (`DATABASE_URL`), for processes on several machines (README, "Running for a whole
 * school"). One table per kind, as in SQLite; an append numbers its events after the log's last in the same
 * statement, so a second writer of one log (a process presumed dead that was not) fails on the key rather
 * than interleaving.
 */
export class PostgresStore implements Store {
  readonly #pool: pg.Pool;
  /** Where, for messages: the address without its password. */
  readonly #where: string;
  #fault: StorageError | null = null;

  private constructor(url: string) {
    this.#pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle connection the server drops (a restart of PostgreSQL) must not take the process with it.
    this.#pool.on("error", (error) => console.error(`PostgreSQL: ${error.message}`));
    const shown = new URL(url);
    shown.password = "";
    this.#where = `its database ${shown.toString()}`;
  }

  /** Connects, brings the schema up to date, and refuses a database a newer Brink has migrated. */
  static async open(url: string): Promise<PostgresStore> {
    const store = new PostgresStore(url);
    try {
      await store.#migrate();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  async #migrate(): Promise<void> {
    await this.#transaction(async (client) => {
      await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      await client.query("CREATE TABLE IF NOT EXISTS brink_schema (version INTEGER NOT NULL)");
      const { rows } = await client.query<{ version: number }>("SELECT version FROM brink_schema");
      const applied = rows[0]?.version ?? 0;
      if (rows.length === 0) await client.query("INSERT INTO brink_schema (version) VALUES (0)");
      if (applied > MIGRATIONS.length) {
        throw new Error(`the database is from a newer Brink (schema ${applied}; this one knows ${MIGRATIONS.length})`);
      }
      for (let step = applied; step < MIGRATIONS.length; step++) {
        await client.query(MIGRATIONS[step] as string);
      }
      await client.query("UPDATE brink_schema SET version = $1", [MIGRATIONS.length]);
    });
  }

  get health(): StorageHealth {
    return this.#fault ? { ok: false, fault: this.#fault.fault, message: this.#fault.message } : { ok: true };
  }

  /**
   * Runs a query or a transaction; the database refusing it (full, read-only, out of reach) becomes a
   * `StorageError` with nothing written, and any other error (a bug) is thrown as it is.
   */
  async #run<T>(work: () => Promise<T>): Promise<T> {
    try {
      const result = await work();
      this.#fault = null;
      return result;
    } catch (error) {
      const code = String((error as { code?: unknown }).code ?? "");
      const fault = FAULTS[code] ?? (UNREACHABLE.test(code) || isLostConnection(error) ? "io" : undefined);
      if (!fault) throw error;
      this.#fault = new StorageError(fault, this.#where, error, SAYS[fault]);
      throw this.#fault;
    }
  }

  #query<Row extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<pg.QueryResult<Row>> {
    return this.#run(() => this.#pool.query<Row>(sql, values));
  }

  #transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return this.#run(async () => {
      const client = await this.#pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(client);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    });
  }

  async insertSession(session: SessionRecord): Promise<boolean> {
    const result = await this.#query(
      `INSERT INTO sessions (id, join_code, host_key_hash, scenario, created_at, settings)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      sessionValues(session),
    );
    return result.rowCount === 1;
  }

  async sessionById(id: string): Promise<SessionRecord | undefined> {
    return toSession((await this.#query<SessionRow>("SELECT * FROM sessions WHERE id = $1", [id])).rows[0]);
  }

  async sessionByJoinCode(joinCode: string): Promise<SessionRecord | undefined> {
    const { rows } = await this.#query<SessionRow>("SELECT * FROM sessions WHERE join_code = $1", [joinCode]);
    return toSession(rows[0]);
  }

  async appendEvents(
    sessionId: string,
    log: string,
    events: readonly { type: string }[],
    at: number,
    after?: number,
  ): Promise<void> {
    if (events.length === 0) return;
    const types = events.map((e) => e.type);
    const payloads = events.map((e) => JSON.stringify(e));
    if (after !== undefined) {
      // Numbered from `after`, and only if the log still ends there. Another writer numbering from the same
      // end at once fails on the key once the first commits: either way the log has moved on past `after`.
      const { rowCount } = await this.#query(
        `INSERT INTO events (session_id, chamber, seq, type, payload, at)
         SELECT $1, $2, $6::bigint + e.n, e.type, e.payload, $5
         FROM unnest($3::text[], $4::text[]) WITH ORDINALITY AS e(type, payload, n)
         WHERE (SELECT COALESCE(MAX(seq), 0) FROM events WHERE session_id = $1 AND chamber = $2) = $6::bigint`,
        [sessionId, log, types, payloads, at, after],
      ).catch((error: unknown) => {
        throw (error as { code?: unknown }).code === "23505" ? new StaleLogError(sessionId, log, after) : error;
      });
      if (rowCount === 0) throw new StaleLogError(sessionId, log, after);
      return;
    }
    // Two appends to one log at once both number after the same last event: the second fails on the key and
    // numbers again. (The class's judgements may come through any process.)
    for (let attempt = 0; ; attempt++) {
      try {
        await this.#insertEvents(sessionId, log, types, payloads, at);
        return;
      } catch (error) {
        if ((error as { code?: unknown }).code !== "23505" || attempt >= 4) throw error;
      }
    }
  }

  #insertEvents(sessionId: string, log: string, types: string[], payloads: string[], at: number) {
    return this.#query(
      `INSERT INTO events (session_id, chamber, seq, type, payload, at)
       SELECT $1, $2, (SELECT COALESCE(MAX(seq), 0) FROM events WHERE session_id = $1 AND chamber = $2) + e.n,
              e.type, e.payload, $5
       FROM unnest($3::text[], $4::text[]) WITH ORDINALITY AS e(type, payload, n)`,
      [sessionId, log, types, payloads, at],
    );
  }

  async read(sessionId: string): Promise<LogReader> {
    const { rows } = await this.#query<EventRow & { chamber: string }>(
      "SELECT chamber, seq, type, payload, at FROM events WHERE session_id = $1 ORDER BY chamber, seq",
      [sessionId],
    );
    return new SessionLogs(
      sessionId,
      rows.map((row) => ({ log: row.chamber, ...toEvent(row) })),
    );
  }

  async rememberPlayer(sessionId: string, resumeKeyHash: string, playerId: string): Promise<void> {
    await this.#query(
      `INSERT INTO players (session_id, resume_key_hash, player_id) VALUES ($1, $2, $3)
       ON CONFLICT (session_id, resume_key_hash) DO UPDATE SET player_id = EXCLUDED.player_id`,
      [sessionId, resumeKeyHash, playerId],
    );
  }

  async playerByResumeKey(sessionId: string, resumeKeyHash: string): Promise<string | undefined> {
    const { rows } = await this.#query<{ player_id: string }>(
      "SELECT player_id FROM players WHERE session_id = $1 AND resume_key_hash = $2",
      [sessionId, resumeKeyHash],
    );
    return rows[0]?.player_id;
  }

  /**
   * Deletes the session with its events and players in one transaction, then vacuums the three tables so
   * PostgreSQL reuses the space the rows held (their words are overwritten as it does; a full rewrite,
   * `VACUUM FULL`, would stop every class's writes while it ran).
   */
  async deleteSession(id: string): Promise<void> {
    await this.#transaction(async (client) => {
      await client.query("DELETE FROM events WHERE session_id = $1", [id]);
      await client.query("DELETE FROM players WHERE session_id = $1", [id]);
      await client.query("DELETE FROM sessions WHERE id = $1", [id]);
    });
    await this.#query("VACUUM events, players, sessions");
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}

interface EventRow {
  seq: number;
  type: string;
  payload: string;
  at: string;
}

/** BIGINT arrives as text: the times are milliseconds since the epoch, well inside a double. */
const toEvent = (row: EventRow): StoredEvent => ({
  seq: row.seq,
  type: row.type,
  payload: JSON.parse(row.payload),
  at: Number(row.at),
});

/** The connection closed under the query (the server stopped, the network failed). */
const isLostConnection = (error: unknown): boolean =>
  error instanceof Error && /Connection terminated|connect ECONNREFUSED|timeout exceeded/i.test(error.message);
