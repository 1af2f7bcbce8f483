import {
  applyLobby,
  type Beyond,
  type CorridorAsk,
  type CorridorMessage,
  canReadCorridor,
  checkCorridorMessage,
  delegationId,
  foldLobby,
  isHostLobbyCommand,
  type LobbyActor,
  type LobbyCommand,
  type LobbyEvent,
  type LobbyState,
  NOTHING_BEYOND,
  type PlayerId,
  planSession,
  playerId,
  pledgesOf,
  type Seat,
  seatOf,
  teamOf,
  type Viewer,
} from "@brink/engine";
import {
  type AllowedMessage,
  type CardMessage,
  CLOSE_CODES,
  type ClientRequest,
  type ClientRequestType,
  type CorridorUpdate,
  clientRequests,
  PROTOCOL_VERSION,
  packAllowed,
  type RequestReply,
  roomJoinOptions,
  SERVER_MESSAGES,
  WIRE_ERRORS,
  type YouMessage,
} from "@brink/protocol";
import { instructionArrivals, roleCardFor, type Scenario } from "@brink/scenario";
import { type Client, CloseCode, type MessageContext, matchMaker, Room, ServerError } from "@colyseus/core";
import { liveListing, roomIdFor } from "../cluster.ts";
import { type CrisisTrack, leaveTrack, trackFor } from "../crisisTrack.ts";
import { TokenBucket } from "../rateLimit.ts";
import { hashSecret, newId, newSecret, secretMatches } from "../secrets.ts";
import { LogTail, type SessionRecord, StaleLogError, StorageError, type Store } from "../store.ts";
import { Chamber } from "./chamber.ts";
import { type CouncilKind, lobbyFor } from "./councils.ts";
import { projectCrisis, projectLobby, projectTable, setUpTable } from "./projection.ts";
import { CouncilState } from "./state.ts";

/** What every room of this process shares: set once by the server before it listens. */
export interface RoomServices {
  readonly store: Store;
  readonly scenario: Scenario;
  readonly now: () => number;
  /** Seconds a dropped player's seat is kept for them before a bot takes it back. */
  readonly reconnectGraceSeconds: number;
  /** Milliseconds a bot waits before its move, in place of the session's plan. */
  readonly botDelayMs?: number;
  /** Milliseconds the table waits for a person, in place of the session's plan, which then holds nothing open. */
  readonly patienceMs?: number;
  /** Game minutes the crisis clock moves per real second, in place of the lesson's pace. */
  readonly crisisMinutesPerSecond?: number;
  /** Requests a connection may send per second, twice that at once. */
  readonly messagesPerSecond: number;
  /**
   * Milliseconds a process shutting down waits for a session's open roll call to close before handing the
   * session on (0: at once). Only with other processes to hand it to (README, "Running for a whole school").
   */
  readonly drainMs: number;
}
let services: RoomServices | undefined;
export const setRoomServices = (value: RoomServices): void => {
  services = value;
};

/** Requests a person's connection may send per second, twice that at once, unless configured otherwise. */
export const MESSAGES_PER_SECOND = 10;
/** Seconds a dropped player's seat is kept for them before it is freed, unless configured otherwise. */
export const RECONNECT_GRACE_SECONDS = 60;
/**
 * What a muted player may not do: take or ask for the floor, move, table, write in the record. They may still
 * vote, yield, withdraw, and read everything.
 */
const VOICE: ReadonlySet<string> = new Set([
  "requestFloor",
  "requestReply",
  "speak",
  "move",
  "raisePointOfOrder",
  "proposeAmendment",
  "explainVote",
  "enterReservation",
  "object",
  "makeStatement",
  "tableDraft",
  "moveAdjournment",
]);

/** Who a connection is; never taken from a message payload. */
interface Connection {
  role: "host" | "observer";
  player: PlayerId | null;
  readonly bucket: TokenBucket;
  /** The commands last told to this client as allowed, joined, so that only a change is sent. */
  allowed: string | null;
  /** Whose secrets (card, corridor) this client was last sent: a seat, "host", "" for none; null before the first. */
  card: string | null;
}

export interface CouncilRoomOptions {
  sessionId: string;
}

interface AuthResult {
  role: "host" | "observer";
  player: PlayerId | null;
}

/** What a process shutting down asks of each of its councils. */
interface Hosted {
  readonly sessionId: string;
  /** No roll call is open. */
  quiet(): boolean;
  /** Stops the table and sends its clients on: they come back on another process, rebuilt from the log. */
  handOver(): void;
}
/**
 * The councils open in this process, by room id (null while one is being made): each is made once, however
 * many ask at once.
 */
const hosted = new Map<string, Hosted | null>();
let drainingNow = false;
/** Why a table being handed to another process refuses an action: the page comes back there. */
const MOVING = "This table is moving to another server; your page reconnects in a moment.";
/** Whether this process is shutting down: it takes no new class, and hands on the ones it holds. */
export const draining = (): boolean => drainingNow;

/**
 * A council of October 1962 as a Colyseus room: a thin adapter that validates each request, takes the acting
 * seat from the connection, lets the engine decide, then persists the events, updates the synced state and
 * answers. It runs the lobby (joining the table, seats, teams), the corridors and the host's powers; each
 * chamber's room (`OasCouncilRoom`, `SecurityCouncilRoom`) adds its procedure and how it is published.
 */
export abstract class CouncilRoom<
  State extends { readonly version: number; readonly phase: { readonly name: string } },
  Command extends { readonly type: string },
  Actor extends string,
> extends Room<{ state: CouncilState }> {
  override state = new CouncilState();
  /** A last-resort cap: a client past it is dropped (its seat is kept for reconnection). */
  override maxMessagesPerSecond = 100;

  #session!: SessionRecord;
  #services!: RoomServices;
  #lobby!: LobbyState;
  readonly #connections = new Map<string, Connection>();
  /** Sessions whose connection dropped and may still come back. */
  readonly #dropped = new Set<string>();
  #shuttingDown = false;
  /** Set once the process has begun to hand this table to another. */
  #handingOver = false;
  #chamber!: Chamber<State, Command, Actor>;
  /** Every corridor message of the session, in order. */
  #corridor: CorridorMessage[] = [];
  /** Where the lobby's and the corridors' logs are written: right after what the room read and wrote. */
  #lobbyTail!: LogTail;
  #corridorTail!: LogTail;
  /** The session's crisis track, shared with its other council. */
  #crisis!: CrisisTrack;
  /** When instructions reach their seats on the crisis clock: the scenario's, worked out once per room. */
  #arrivals: readonly { readonly delegation: string; readonly minute: number }[] = [];

  /** The storage's fault while it refuses writes, said once; null while it saves. */
  #storageFault: string | null = null;

  /** `oas` or `unsc`: names the room, its logs and the role cards it deals. */
  protected abstract readonly chamberId: "oas" | "unsc";
  /** The commands a host who also voices a seat gives as the host: the chair's powers, and the host's own. */
  protected abstract readonly hostPowers: ReadonlySet<string>;
  /** The council's table, procedure and how its state is published. */
  protected abstract readonly council: CouncilKind<State, Command, Actor>;
  /** Checks an `act` command's shape for this chamber; whether it is allowed now is the engine's to decide. */
  protected abstract readonly commandSchema: { safeParse(value: unknown): { success: boolean; data?: unknown } };
  /** The council's name in a refusal: "the OAS Council". */
  protected abstract readonly councilName: string;
  /** Tells the crisis track what the chamber's procedure has decided (the OAS vote, the Council's votes). */
  protected abstract reportToCrisis(state: State, crisis: CrisisTrack): Promise<void>;
  /** What a viewer may do at the table now, down to the motions its seat may move. */
  protected abstract allowedAt(chamber: State, viewer: Viewer): AllowedMessage;

  override async onCreate(options: CouncilRoomOptions): Promise<void> {
    if (!services) throw new Error("room services are not configured");
    this.#services = services;
    const session = await services.store.sessionById(options.sessionId);
    if (!session) throw new ServerError(404, WIRE_ERRORS.sessionNotFound);
    this.#session = session;
    this.#arrivals = instructionArrivals(services.scenario);
    // One room per council: a second (two joins at once, a client asking the matchmaker to create one) would
    // play the same log apart from the first. Held here before the look in Redis, so two at once are caught.
    const roomId = roomIdFor(session.id, this.chamberId);
    if (hosted.has(roomId)) throw new ServerError(409, WIRE_ERRORS.roomOpen);
    hosted.set(roomId, null);
    try {
      const listed = await liveListing(roomId);
      if (listed && listed.processId !== matchMaker.processId) throw new ServerError(409, WIRE_ERRORS.roomOpen);
    } catch (error) {
      hosted.delete(roomId);
      throw error;
    }
    this.roomId = roomId;
    this.setPrivate(true);

    // The session's logs, read once: the room is rebuilt from them (after a restart, or on another process).
    const logs = await services.store.read(session.id);
    const seats = this.council.table(services.scenario);
    const initial = lobbyFor(seats);
    const lobbyLog = logs.events(session.id, this.#lobbyLog);
    this.#lobby = foldLobby(
      initial,
      lobbyLog.map(({ payload }) => payload as LobbyEvent),
    );
    this.#lobbyTail = new LogTail(services.store, session.id, this.#lobbyLog, lobbyLog);
    const corridorLog = logs.events(session.id, this.#corridorLog);
    this.#corridorTail = new LogTail(services.store, session.id, this.#corridorLog, corridorLog);
    this.#corridor = corridorLog.map(({ payload }) => {
      const { type: _type, ...message } = payload as CorridorMessage & { type: string };
      return message;
    });

    // The session's plan paces the table; a server-wide wait (tests, demos) replaces it.
    const plan = planSession(session.settings, this.chamberId);
    const setup = this.council.setup(services.scenario, session.settings, plan, () => this.#beyond());
    setUpTable(this.state, session, this.chamberId, seats, setup.chair);
    this.#chamber = new Chamber({
      store: services.store,
      sessionId: session.id,
      log: logs.events(session.id, setup.procedure.log),
      procedure: setup.procedure,
      now: services.now,
      setTimeout: (fn, ms) => this.#later(fn, ms),
      botDelayMs: services.botDelayMs ?? plan.botDelayMs,
      patienceMs: services.patienceMs ?? plan.patienceSeconds * 1000,
      budgetsMs: services.patienceMs === undefined ? setup.budgetsMs : {},
      ...(setup.fitBudgets ? { fitBudgets: setup.fitBudgets } : {}),
      humans: () => this.#humanSeats(),
      botsOn: () => this.#lobby.bots,
      // Read lazily: a chamber rebuilt from its log schedules its bots before the track is joined.
      over: () => this.#crisis?.state.outcome === "war",
      onChange: async () => {
        const state = this.#chamber.state;
        if (state) await this.reportToCrisis(state, this.#crisis);
        this.#projectChamber();
        this.broadcastPatch();
        this.#tellClients();
      },
    });
    this.#crisis = trackFor({
      store: services.store,
      logs,
      sessionId: session.id,
      scenario: services.scenario,
      settings: session.settings,
      now: services.now,
      ...(services.crisisMinutesPerSecond !== undefined ? { minutesPerSecond: services.crisisMinutesPerSecond } : {}),
    });
    this.#crisis.attach(this.chamberId, {
      state: () => (!this.#chamber.state ? "waiting" : this.#chamber.paused ? "paused" : "running"),
      secretaryGeneralHeld: () => this.#humanSeats().has("SG"),
      lost: () => this.#lost(),
      onChange: () => {
        this.#projectCrisis();
        this.broadcastPatch();
        // War stops every table: each client is told it may do nothing more.
        if (this.#chamber.over) this.#tellAllowed();
        // The week moved on: instructions may have arrived, the danger grown.
        else this.#chamber.nudge();
      },
    });
    this.#project();
    this.#projectChamber();
    this.#projectCrisis();
    // Players restored from the log have no connection yet: each gets the usual grace to come back.
    for (const player of this.#lobby.players) this.#freeSeatLater(player.id);

    for (const type of Object.keys(clientRequests) as ClientRequestType[]) {
      this.onMessage(type, async (client: Client, payload: unknown, ctx?: MessageContext) => {
        // A flood is refused on arrival, before it waits its turn.
        const connection = this.#connections.get(client.sessionId);
        const refused = !connection
          ? fail(WIRE_ERRORS.internal, "This connection is not part of the room.")
          : !connection.bucket.take(this.#services.now())
            ? fail(WIRE_ERRORS.rateLimited, "Too many requests at once; wait a moment and try again.")
            : null;
        const reply = refused ?? (await this.#inTurn(() => this.#handle(client, type, payload)));
        return this.#answer(client, type, ctx, reply);
      });
    }
    hosted.set(roomId, {
      sessionId: session.id,
      quiet: () => !this.#chamber.state || !this.council.voting(this.#chamber.state),
      handOver: () => this.#handOver(),
    });
    // An unknown type sent with `send` would otherwise cost the client its connection.
    this.onMessage("*", (client: Client, type: string | number) => {
      client.send(SERVER_MESSAGES.error, {
        ok: false,
        code: WIRE_ERRORS.unknown,
        message: `There is no message of type ${String(type).slice(0, 40)}.`,
      });
    });
  }

  override async onAuth(_client: Client, rawOptions: unknown): Promise<AuthResult> {
    const parsed = roomJoinOptions.safeParse(rawOptions);
    if (!parsed.success) throw new ServerError(400, WIRE_ERRORS.invalid);
    const options = parsed.data;
    if (options.protocolVersion !== PROTOCOL_VERSION) throw new ServerError(400, WIRE_ERRORS.versionMismatch);
    let role: AuthResult["role"] = "observer";
    if (options.hostKey !== undefined) {
      if (!secretMatches(options.hostKey, this.#session.hostKeyHash)) {
        throw new ServerError(403, WIRE_ERRORS.hostKeyInvalid);
      }
      role = "host";
    }
    let player: PlayerId | null = null;
    if (options.resumeKey !== undefined) {
      const id = await this.#services.store.playerByResumeKey(this.#session.id, hashSecret(options.resumeKey));
      if (id && this.#lobby.players.some((p) => p.id === id)) player = playerId(id);
    }
    return { role, player };
  }

  override onJoin(client: Client, _options: unknown, auth: AuthResult): void {
    this.#connections.set(client.sessionId, {
      ...auth,
      bucket: new TokenBucket(this.#services.messagesPerSecond, this.#services.messagesPerSecond * 2),
      allowed: null,
      card: null,
    });
    if (auth.role === "host") this.state.hostConnected = true;
    if (auth.player) this.#soon(() => this.#comeBack(auth.player as PlayerId));
    this.#syncPresence();
    this.#tellYou(client);
    this.#tellClients();
  }

  override async onDrop(client: Client): Promise<void> {
    if (this.#shuttingDown) return;
    this.#markDropped(client.sessionId);
    await this.allowReconnection(client, this.#services.reconnectGraceSeconds);
  }

  override onReconnect(client: Client): void {
    this.#dropped.delete(client.sessionId);
    this.#syncPresence();
  }

  override onDispose(): void {
    hosted.delete(this.roomId);
    this.#chamber?.dispose();
    if (this.#crisis) leaveTrack(this.#session.id, this.chamberId);
  }

  /**
   * The host deletes the session: the room writes nothing more (no one is recorded leaving) and closes every
   * connection. Called by name through the matchmaker (`remoteRoomCall`), wherever the room runs.
   */
  async closeForDeletion(): Promise<void> {
    await this.#stopTable();
    await this.disconnect(CLOSE_CODES.sessionDeleted);
  }

  /**
   * Stops the table in the session's turn: every change asked for before is stored, none after is taken, and
   * the bots and the clock stop. Then nothing this room does writes again.
   */
  #stopTable(): Promise<void> {
    return this.#crisis.queue.run(() => {
      this.#shuttingDown = true;
      this.#chamber.dispose();
      leaveTrack(this.#session.id, this.chamberId);
    });
  }

  /**
   * The process is shutting down (a deploy, a restart): the matchmaker has locked the room. With other
   * processes to take the session, it waits until no roll call of the session is open (up to `drainMs`), then
   * stops both councils' tables at once, so a single crisis track runs, and closes their connections; the
   * clients come back through the proxy to another process, which rebuilds the session from the log.
   */
  override onBeforeShutdown(): void {
    drainingNow = true;
    const deadline = Date.now() + this.#services.drainMs;
    const handOverWhenQuiet = () => {
      const session = [...hosted.values()].filter((room) => room?.sessionId === this.#session.id) as Hosted[];
      if (Date.now() < deadline && session.some((room) => !room.quiet())) setTimeout(handOverWhenQuiet, 200);
      else for (const room of session) room.handOver();
    };
    handOverWhenQuiet();
  }

  /**
   * Another process has written the session's log since this one read it: it rebuilt the session while this
   * process was presumed dead (a long pause, a lost Redis connection), and the write that found out was refused.
   * Both councils of the session stop here and send their pages on, to the session as stored.
   */
  #lost(): void {
    if (this.#handingOver) return;
    console.error(`session ${this.#session.id}: another process has written its log; handing its tables on.`);
    for (const room of hosted.values()) if (room?.sessionId === this.#session.id) room.handOver();
  }

  #handOver(): void {
    if (this.#handingOver) return;
    this.#handingOver = true;
    this.#stopTable()
      .then(() => this.disconnect(CloseCode.SERVER_SHUTDOWN))
      .catch((error: unknown) => console.error(`room ${this.roomId}:`, error));
  }

  /**
   * A player who leaves on purpose leaves the table. One whose connection was lost for longer than the
   * grace keeps their place in the session (their resume key still works) and their seat, voiced by a bot
   * and kept for them until they return.
   */
  override onLeave(client: Client, code?: number): void {
    const connection = this.#connections.get(client.sessionId);
    this.#connections.delete(client.sessionId);
    this.#dropped.delete(client.sessionId);
    if (this.#shuttingDown) return;
    const player = connection?.player;
    if (player && !this.#isConnected(player)) {
      this.#soon(async () => {
        // Back on another connection meanwhile: nothing to record.
        if (this.#isConnected(player)) return;
        if (code === CloseCode.CONSENTED) await this.#commit(player, { type: "leaveTable" });
        else await this.#stepAway(player);
      });
    }
    this.#syncPresence();
  }

  async #stepAway(player: PlayerId): Promise<void> {
    if (seatOf(this.#lobby, player)) await this.#commit(player, { type: "stepAway" });
  }

  /** A returning player takes back the seat a bot kept for them; a claim to be them waits no more. */
  async #comeBack(player: PlayerId): Promise<void> {
    const kept = this.#lobby.seats.find((s) => s.keptFor === player);
    if (kept) await this.#commit(player, { type: "claimSeat", delegation: kept.delegation });
    for (const claim of this.#lobby.claims.filter((c) => c.into === player)) {
      await this.#commit("host", { type: "settleClaim", from: claim.from, accept: false });
    }
  }

  #markDropped(sessionId: string): void {
    this.#dropped.add(sessionId);
    this.#syncPresence();
  }

  #isConnected(player: PlayerId): boolean {
    for (const [sessionId, c] of this.#connections) {
      if (c.player === player && !this.#dropped.has(sessionId)) return true;
    }
    return false;
  }

  /**
   * `fn` once, after `ms` on the room clock. The timer is cleared before `fn` runs: `fn` publishes through
   * `broadcastPatch()`, which ticks the same clock, and a timer still active in that nested tick would fire
   * again, running every bot move at once instead of one per delay.
   */
  #later(fn: () => Promise<void>, ms: number): { clear(): void } {
    const timer = this.clock.setTimeout(() => {
      timer.clear();
      this.#soon(fn);
    }, ms);
    return timer;
  }

  /**
   * Runs a change in the session's turn: after every change asked for before it, in either council or the
   * crisis track, has been decided and stored. A table being handed to another process takes none.
   */
  #inTurn(run: () => Promise<RequestReply>): Promise<RequestReply> {
    return this.#crisis.queue.run(() =>
      this.#shuttingDown ? fail(WIRE_ERRORS.roomClosing, MOVING) : this.#unlessStorageFails(run),
    );
  }

  /** A change nobody waits for (a timer's, a connection's coming and going), in the session's turn. */
  #soon(fn: () => Promise<void>): void {
    this.#inTurn(async () => {
      await fn();
      return { ok: true, version: 0 };
    }).catch((error: unknown) => console.error(`room ${this.roomId}:`, error));
  }

  /**
   * Runs what may write to the storage. When the storage refuses (a full disk, a read-only file), nothing
   * was written and nothing changed: the request is refused with `storage/unavailable`, the server says why
   * once, and the host's screens are told; the next write tries again. When another process has written the
   * session's log meanwhile, nothing was written either: refused `room/closing`, and the session handed on.
   */
  async #unlessStorageFails(run: () => Promise<RequestReply>): Promise<RequestReply> {
    try {
      const reply = await run();
      this.#storageFault = null;
      return reply;
    } catch (error) {
      if (error instanceof StaleLogError) {
        this.#lost();
        return fail(WIRE_ERRORS.roomClosing, MOVING);
      }
      if (!(error instanceof StorageError)) throw error;
      if (this.#storageFault !== error.fault) {
        this.#storageFault = error.fault;
        console.error(`${error.message} Actions are refused until it can save again.`);
        for (const client of this.clients) {
          if (this.#connections.get(client.sessionId)?.role !== "host") continue;
          client.send(SERVER_MESSAGES.error, { ok: false, code: error.code, message: error.message });
        }
      }
      return fail(error.code, `${error.message} Nothing was changed; tell the teacher.`);
    }
  }

  #freeSeatLater(player: PlayerId): void {
    this.#later(async () => {
      if (![...this.#connections.values()].some((c) => c.player === player)) await this.#stepAway(player);
    }, this.#services.reconnectGraceSeconds * 1000);
  }

  async #handle(client: Client, type: ClientRequestType, payload: unknown): Promise<RequestReply> {
    const connection = this.#connections.get(client.sessionId);
    if (!connection) return fail(WIRE_ERRORS.internal, "This connection is not part of the room.");
    const parsed = clientRequests[type].safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail(WIRE_ERRORS.invalid, `Malformed ${type}: ${issue?.path.join(".") || "payload"} ${issue?.message}`);
    }
    if (type === "startSession") {
      if (connection.role !== "host") return fail(WIRE_ERRORS.hostOnly, "Only the host starts the session.");
      const started = await this.#chamber.start();
      // Once the lesson starts, a seat planned for a student who has not come waits no more: anyone may take it.
      if (started.ok) await this.#commit("host", { type: "freePlanned" });
      return started;
    }
    if (type === "injectEvent") {
      if (connection.role !== "host") return fail(WIRE_ERRORS.hostOnly, "Only the host brings news to the table.");
      const { event } = parsed.data as ClientRequest<"injectEvent">;
      if (!this.#services.scenario.timeline.some((e) => e.id === event)) {
        return fail("event/unknown", `The scenario has no event ${event.slice(0, 40)}.`);
      }
      return this.#chamber.announce(event);
    }
    if (type === "sendAppeal") {
      const seat = connection.player ? seatOf(this.#lobby, connection.player) : undefined;
      const sg = seat?.delegation === "SG";
      if (!sg && connection.role !== "host") {
        return fail("sg/only", "Only the Secretary-General (or the host for him) sends appeals.");
      }
      const { to, terms, text, proposals = [] } = parsed.data as ClientRequest<"sendAppeal">;
      return this.#crisis.sendAppeal(sg ? "SG" : "host", { to, terms, text, proposals });
    }
    if (type === "pauseSession" || type === "resumeSession") {
      if (connection.role !== "host") return fail(WIRE_ERRORS.hostOnly, "Only the host pauses the session.");
      return this.#chamber.setPaused(type === "pauseSession");
    }
    if ((type === "sendMessage" || type === "act") && this.#isMuted(connection)) {
      const command = type === "act" ? (parsed.data as ClientRequest<"act">).command.type : type;
      if (command === "sendMessage" || VOICE.has(command)) {
        return fail("player/muted", "The host has muted you: you may still vote, not speak or write.");
      }
    }
    if (type === "sendMessage") {
      const { to, text, ask } = parsed.data as ClientRequest<"sendMessage">;
      const request: CorridorAsk | undefined = ask && {
        question: ask.question,
        choice: ask.choice,
        ...(ask.offer ? { offer: ask.offer } : {}),
      };
      return this.#sendCorridor(connection, to, text, request);
    }
    if (type === "act") {
      const checked = this.commandSchema.safeParse((parsed.data as ClientRequest<"act">).command);
      if (!checked.success) return fail(WIRE_ERRORS.invalid, `That is not a command of ${this.councilName}.`);
      const command = checked.data as Command;
      const seat = connection.player ? seatOf(this.#lobby, connection.player) : undefined;
      // A host who also voices a seat (friends online) uses the chair's and the host's powers as the host,
      // and everything else as the seat.
      const asHost = connection.role === "host" && (!seat || this.hostPowers.has(command.type));
      const actor = (asHost ? "host" : (seat?.delegation ?? null)) as Actor | null;
      if (!actor && connection.player && teamOf(this.#lobby, connection.player)) {
        return fail(
          "seat/adviser",
          "Only the head of your delegation speaks and votes; suggest it in your team's notes.",
        );
      }
      if (!actor) return fail("seat/none", "Take a seat to act at the table.");
      return this.#chamber.act(actor, command);
    }
    const command = (toCommand[type as LobbyRequestType] as (request: unknown) => LobbyCommand)(parsed.data);
    if (isHostLobbyCommand(command)) {
      if (connection.role !== "host") return fail(WIRE_ERRORS.hostOnly, "Only the host places other players.");
      // A place the host gives back to a student on a new device: asked for (a claim accepted), or unasked.
      const returning =
        command.type === "returnPlayer"
          ? { from: command.from, into: command.into }
          : command.type === "settleClaim" && command.accept
            ? this.#lobby.claims.find((c) => c.from === command.from)
            : undefined;
      // Checked when the host answers, not only when the claim was made: either device may have come or gone since.
      if (returning && this.#isConnected(returning.into)) {
        return fail("claim/online", "That player is at the table on another device: return nothing to a namesake.");
      }
      if (returning && !this.#isConnected(returning.from)) {
        return fail("claim/offline", "The student who asked is no longer connected: nothing to return to.");
      }
      const reply = await this.#commit("host", command);
      if (reply.ok && command.type === "removePlayer") this.#dismiss(command.player);
      if (reply.ok && returning) await this.#returned(returning);
      return reply;
    }
    if (command.type === "claimPlace" && this.#isConnected(command.into)) {
      return fail("claim/online", "That player is at the table on another device: it cannot be you.");
    }
    if (command.type === "joinTable" && !connection.player) {
      const id = playerId(newId("p"));
      const reply = await this.#commit(id, command);
      if (reply.ok) {
        const resumeKey = newSecret();
        await this.#services.store.rememberPlayer(this.#session.id, hashSecret(resumeKey), id);
        connection.player = id;
        // The player was added while this connection was not yet theirs: they are here, not offline.
        this.#syncPresence();
        this.#tellYou(client, resumeKey);
        this.#tellClients();
      }
      return reply;
    }
    if (!connection.player) {
      return fail("player/not_joined", "Join the table with a name first; observers cannot act.");
    }
    const reply = await this.#commit(connection.player, command);
    if (reply.ok && command.type === "leaveTable") {
      connection.player = null;
      this.#tellYou(client);
      this.#tellClients();
    }
    return reply;
  }

  /**
   * The host confirmed that a new player is an earlier one back on a new device: the new player's connections
   * go on as the earlier player, each with a new resume key (the old device's is void with its tab), and the
   * seat kept for them is theirs again.
   */
  async #returned(claim: { from: PlayerId; into: PlayerId }): Promise<void> {
    let moved = false;
    for (const client of this.clients) {
      const connection = this.#connections.get(client.sessionId);
      if (connection?.player !== claim.from) continue;
      connection.player = claim.into;
      moved = true;
      const resumeKey = newSecret();
      await this.#services.store.rememberPlayer(this.#session.id, hashSecret(resumeKey), claim.into);
      this.#tellYou(client, resumeKey);
    }
    this.#syncPresence();
    this.broadcastPatch();
    // Nobody to sit there if the asking device went meanwhile: the seat stays kept, voiced by a bot.
    if (moved) await this.#comeBack(claim.into);
    this.#tellClients();
  }

  /** A player the host removed: their connections stay, as observers, and are told so. */
  #dismiss(player: PlayerId): void {
    for (const client of this.clients) {
      const connection = this.#connections.get(client.sessionId);
      if (connection?.player !== player) continue;
      connection.player = null;
      this.#tellYou(client);
    }
    this.#tellClients();
  }

  /** Decide, then persist, then publish: the log is written before anyone sees the change. */
  async #commit(actor: LobbyActor, command: LobbyCommand): Promise<RequestReply> {
    const at = this.#services.now();
    // Chance (seating everyone at random) is drawn here; the seats drawn are in the events, so a replay agrees.
    const result = applyLobby(this.#lobby, command, { actor, at, random: Math.random });
    if (!result.ok) return { ok: false, ...result.rejection };
    const { state, events } = result.value;
    await this.#lobbyTail.append(events, at);
    this.#lobby = state;
    this.#project();
    this.broadcastPatch();
    this.#chamber?.seatsChanged();
    this.#tellClients();
    return { ok: true, version: state.version };
  }

  /** Mirrors the engine state into the synced schema; unchanged fields send nothing. */
  #project(): void {
    projectLobby(this.state, this.#lobby);
    this.#syncPresence();
  }

  /** The seats people hold: bots voice all the others. */
  #humanSeats(): ReadonlySet<string> {
    return new Set(this.#lobby.seats.flatMap((s) => (s.holder ? [s.delegation as string] : [])));
  }

  /** Mirrors the chamber into the synced state: the phase, the pause and the news, then its procedure. */
  #projectChamber(): void {
    const chamber = this.#chamber.state;
    if (!chamber) return;
    projectTable(this.state, chamber.phase.name, this.#chamber);
    this.council.project(this.state, chamber);
  }

  /** The lobby's own log, apart from the chamber's procedure: `oas-lobby`. */
  get #lobbyLog(): string {
    return `${this.chamberId}-lobby`;
  }

  /** Corridor messages, in a log of their own: never part of a chamber's public state. */
  get #corridorLog(): string {
    return `${this.chamberId}-corridor`;
  }

  /** Mirrors the session's crisis track into the synced state: the clock, the ships, the appeals, the OAS vote. */
  #projectCrisis(): void {
    projectCrisis(this.state.crisis, this.#crisis.state, this.#crisis.oasResolution);
  }

  #syncPresence(): void {
    for (const [id, player] of this.state.players) player.connected = this.#isConnected(playerId(id));
    this.state.hostConnected = [...this.#connections].some(([s, c]) => c.role === "host" && !this.#dropped.has(s));
  }

  #tellYou(client: Client, resumeKey?: string): void {
    const connection = this.#connections.get(client.sessionId);
    if (!connection) return;
    const you: YouMessage = {
      role: connection.role === "host" ? "host" : connection.player ? "player" : "observer",
      playerId: connection.player,
      sessionId: this.#session.id,
      ...(resumeKey ? { resumeKey } : {}),
      serverTime: this.#services.now(),
    };
    client.send(SERVER_MESSAGES.you, you);
  }

  /** Who a connection is at the table: the host, the seat its player holds, or an observer. */
  /** Whether the host has muted this connection's player. */
  #isMuted(connection: Connection): boolean {
    return this.#lobby.players.some((p) => p.id === connection.player && p.muted);
  }

  /** Who a connection reads as: the host, its seat's delegation (head or adviser alike), or an observer. */
  #viewerOf(connection: Connection): Viewer {
    if (connection.role === "host") return { kind: "host" };
    const seat = connection.player ? teamOf(this.#lobby, connection.player) : undefined;
    return seat ? { kind: "delegation", delegation: seat.delegation } : { kind: "observer" };
  }

  /** The seat a connection's player heads or advises. */
  #seatOfConnection(connection: Connection): Seat | undefined {
    return connection.player ? teamOf(this.#lobby, connection.player) : undefined;
  }

  /** Whether a connection's player advises a seat rather than heads it: they read and write, never act. */
  #isAdviser(connection: Connection): boolean {
    return (
      connection.player !== null && !seatOf(this.#lobby, connection.player) && !!teamOf(this.#lobby, connection.player)
    );
  }

  /**
   * Sends each client what only its seat may read, when that seat changed: the secret side of its role
   * card, and every corridor message to or from it (the host: all of them). The only way these leave the
   * server, and only to the connections that may read them.
   */
  #tellSecrets(): void {
    for (const client of this.clients) {
      const connection = this.#connections.get(client.sessionId);
      if (!connection) continue;
      const viewer = this.#viewerOf(connection);
      // A host who also voices a seat reads every corridor, and its seat's card.
      const delegation =
        viewer.kind === "delegation" ? viewer.delegation : (this.#seatOfConnection(connection)?.delegation ?? null);
      const key = `${viewer.kind}:${delegation ?? ""}`;
      if (key === connection.card) continue;
      connection.card = key;
      const secret = delegation ? roleCardFor(this.#services.scenario, this.chamberId, delegation)?.secret : undefined;
      const card: CardMessage = {
        delegation,
        objectives: secret?.objectives.map(({ text, points }) => ({ text, points })) ?? [],
        constraints: secret?.constraints.map((c) => ({ text: c.text })) ?? [],
      };
      client.send(SERVER_MESSAGES.card, card);
      const corridor: CorridorUpdate = {
        messages: this.#corridor.filter((m) => canReadCorridor(m, viewer)),
        replace: true,
      };
      client.send(SERVER_MESSAGES.corridor, corridor);
    }
  }

  /**
   * A seat's corridor message: checked, written to the log, then delivered to its readers alone. A request
   * for a vote must name questions still open; a bot in the seat asked answers at once, and keeps its word.
   */
  async #sendCorridor(connection: Connection, to: string, text: string, ask?: CorridorAsk): Promise<RequestReply> {
    const seat = connection.player ? teamOf(this.#lobby, connection.player) : undefined;
    if (!seat) return fail("seat/none", "Take a seat to talk in the corridors.");
    const checked = checkCorridorMessage(this.#lobby.seats, to, text, ask !== undefined);
    if (!checked.ok) return { ok: false, ...checked.rejection };
    if (ask) {
      if (checked.value.to === seat.delegation) return fail("ask/self", "Ask another delegation for its vote.");
      const open = this.#chamber.askable;
      if (!open.includes(ask.question) || (ask.offer && !open.includes(ask.offer.question))) {
        return fail("ask/closed", "That question is not open to a vote now: ask about one still to be voted.");
      }
    }
    const message: CorridorMessage = {
      id: `c${this.#corridor.length + 1}`,
      from: seat.delegation,
      to: checked.value.to,
      text: checked.value.text,
      at: this.#services.now(),
      ...(ask ? { ask } : {}),
    };
    await this.#deliverCorridor(message);
    const answer = ask ? this.#chamber.answerAsk(message.to, ask) : null;
    if (answer) {
      await this.#deliverCorridor({
        id: `c${this.#corridor.length + 1}`,
        from: message.to,
        to: message.from,
        text: "",
        at: this.#services.now(),
        reply: { ...answer, message: message.id },
      });
      if (answer.answer === "agreed") this.#chamber.nudge();
    }
    // The corridors have no state version of their own: the reply counts the messages sent so far.
    return { ok: true, version: this.#corridor.length };
  }

  /** A corridor message into the log, then to its readers alone. */
  async #deliverCorridor(message: CorridorMessage): Promise<void> {
    await this.#corridorTail.append([{ type: "corridorMessage", ...message }], message.at);
    this.#corridor.push(message);
    const update: CorridorUpdate = { messages: [message], replace: false };
    for (const client of this.clients) {
      const reader = this.#connections.get(client.sessionId);
      if (reader && canReadCorridor(message, this.#viewerOf(reader))) client.send(SERVER_MESSAGES.corridor, update);
    }
  }

  /**
   * What the bots hear away from the table: the crisis's tension, the instructions that have reached their
   * seats by the crisis clock, and the word given in the corridors.
   */
  #beyond(): Beyond {
    const track = this.#crisis?.state;
    if (!track) return { ...NOTHING_BEYOND, pledges: pledgesOf(this.#corridor) };
    return {
      tension: track.tension,
      instructed: this.#arrivals.filter((a) => a.minute <= track.minute).map((a) => a.delegation),
      pledges: pledgesOf(this.#corridor),
    };
  }

  /** Tells each client what changed for it alone: its seat's secrets, and the commands it may use now. */
  #tellClients(): void {
    this.#tellSecrets();
    this.#tellAllowed();
  }

  /** Tells each client the commands it may use now, when they differ from what it was last told. */
  #tellAllowed(): void {
    const chamber = this.#chamber?.state ?? null;
    const byViewer = new Map<string, AllowedMessage>();
    // What one viewer may do, worked out once per change however many screens it has.
    const byRole = new Map<string, AllowedMessage>();
    const allowedOf = (viewer: Viewer): AllowedMessage => {
      const key =
        viewer.kind === "delegation" ? viewer.delegation : viewer.kind === "capital" ? viewer.capital : viewer.kind;
      let message = byRole.get(key);
      if (!message) {
        message = this.#allowed(chamber, viewer);
        byRole.set(key, message);
      }
      return message;
    };
    for (const client of this.clients) {
      const connection = this.#connections.get(client.sessionId);
      if (!connection) continue;
      const viewer = this.#viewerOf(connection);
      const muted = this.#isMuted(connection);
      const adviser = this.#isAdviser(connection);
      // A host who heads a seat may do what the host may, and what the seat may.
      const held = viewer.kind === "host" && connection.player ? seatOf(this.#lobby, connection.player) : undefined;
      const key = `${viewer.kind === "delegation" ? viewer.delegation : viewer.kind}${held ? `:${held.delegation}` : ""}${muted ? ":muted" : ""}${adviser ? ":adviser" : ""}`;
      let message = byViewer.get(key);
      if (!message) {
        message = adviser ? { commands: [], motions: [] } : allowedOf(viewer);
        if (held) {
          const seat = allowedOf({ kind: "delegation", delegation: held.delegation });
          message = { commands: [...new Set([...message.commands, ...seat.commands])], motions: seat.motions };
        }
        if (muted) message = { commands: message.commands.filter((c) => !VOICE.has(c)), motions: [] };
        byViewer.set(key, message);
      }
      const joined = `${message.commands.join()};${message.motions.join()}`;
      if (joined === connection.allowed) continue;
      connection.allowed = joined;
      client.send(SERVER_MESSAGES.allowed, packAllowed(message));
    }
  }

  /**
   * What a viewer may do at the table now. The host also starts, pauses and resumes the session; while it is
   * paused, only the host acts.
   */
  #allowed(chamber: State | null, viewer: Viewer): AllowedMessage {
    const host = viewer.kind === "host";
    if (!chamber) return { commands: host ? ["startSession"] : [], motions: [] };
    const paused = this.#chamber.paused;
    if (this.#chamber.over) return { commands: [], motions: [] };
    if (paused && !host) return { commands: [], motions: [] };
    const allowed = this.allowedAt(chamber, viewer);
    return host ? { ...allowed, commands: [...allowed.commands, paused ? "resumeSession" : "pauseSession"] } : allowed;
  }

  /** A request gets its reply; a fire-and-forget `send` that was refused still hears why. */
  #answer(client: Client, type: ClientRequestType, ctx: MessageContext | undefined, reply: RequestReply): RequestReply {
    if (ctx?.id === undefined && !reply.ok) client.send(SERVER_MESSAGES.error, { ...reply, type });
    return reply;
  }
}

const fail = (code: string, message: string): RequestReply => ({ ok: false, code, message });

/** The lobby's requests; the session's (`startSession`, pausing, `act`) go to the chamber. */
type LobbyRequestType = Exclude<
  ClientRequestType,
  "startSession" | "pauseSession" | "resumeSession" | "act" | "sendMessage" | "injectEvent" | "sendAppeal"
>;

/** The engine command each lobby request asks for. */
const toCommand: { [T in LobbyRequestType]: (request: ClientRequest<T>) => LobbyCommand } = {
  joinTable: (r) => ({ type: "joinTable", name: r.name }),
  leaveTable: () => ({ type: "leaveTable" }),
  claimSeat: (r) => ({ type: "claimSeat", delegation: delegationId(r.delegation) }),
  releaseSeat: () => ({ type: "releaseSeat" }),
  joinTeam: (r) => ({ type: "joinTeam", delegation: delegationId(r.delegation) }),
  handOver: (r) => ({ type: "handOver", player: playerId(r.player) }),
  assignAdviser: (r) => ({ type: "assignAdviser", player: playerId(r.player), delegation: delegationId(r.delegation) }),
  assignSeat: (r) => ({ type: "assignSeat", player: playerId(r.player), delegation: delegationId(r.delegation) }),
  unseatPlayer: (r) => ({ type: "unseatPlayer", player: playerId(r.player) }),
  removePlayer: (r) => ({ type: "removePlayer", player: playerId(r.player) }),
  seatEveryone: () => ({ type: "seatEveryone" }),
  planRoster: (r) => ({
    type: "planRoster",
    entries: r.entries.map(({ name, delegation }) =>
      delegation === undefined ? { name } : { name, delegation: delegationId(delegation) },
    ),
  }),
  mutePlayer: (r) => ({ type: "mutePlayer", player: playerId(r.player), muted: r.muted }),
  setBots: (r) => ({ type: "setBots", on: r.on }),
  claimPlace: (r) => ({ type: "claimPlace", into: playerId(r.into) }),
  settleClaim: (r) => ({ type: "settleClaim", from: playerId(r.from), accept: r.accept }),
  returnPlayer: (r) => ({ type: "returnPlayer", from: playerId(r.from), into: playerId(r.into) }),
  freePlanned: (r) =>
    r.delegation === undefined
      ? { type: "freePlanned" }
      : { type: "freePlanned", delegation: delegationId(r.delegation) },
};
