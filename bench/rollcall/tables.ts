// The three tables of the roll-call benchmark as seen from the clients: Brink (real @colyseus/sdk clients
// in a council room), the floor (bare WebSockets) and the peer (boardgame.io clients). Each opens 21
// connections — 20 voters and one more screen — and tells the runner what each connection sees: which
// roll call, how many answers, and whether it is this connection's turn.
import { createRequire } from "node:module";
import { PROTOCOL_VERSION } from "@brink/protocol";
import { Client, type Room } from "@colyseus/sdk";
import { untilState } from "../../tests/support/watch.ts";
import { postJson } from "../servers.ts";
import { rollCallGame } from "./peer.ts";
import { choiceOf, VOTERS } from "./shared.ts";

const require = createRequire(import.meta.url);

/** What one connection sees: the roll call (a number that grows), its answers so far, and whether it is called. */
export interface View {
  rc: number;
  n: number;
  calledMe: boolean;
}

export interface Table {
  /** Connects the 21 clients and brings the table to its first roll call; `onView` hears every client. */
  open(onView: (client: number, view: View) => void): Promise<void>;
  /** Opens roll call `k` (Brink: a seat moves the closure of debate and the chair puts it). */
  begin(k: number): Promise<void>;
  /** Client `client`, called `n`-th, answers. */
  vote(client: number, n: number): void;
  /** Closes roll call `k` once every answer is in. */
  end(k: number): Promise<void>;
  close(): Promise<void>;
}

interface Reply {
  ok: boolean;
  code?: string;
}
async function expectOk(what: string, reply: Promise<Reply>): Promise<void> {
  const answer = await reply;
  if (!answer.ok) throw new Error(`${what} refused: ${answer.code}`);
}

/** A Brink session of the OAS Council with bots off: 20 players voice the 20 voting seats, a host screen watches. */
export class BrinkTable implements Table {
  readonly #url: string;
  readonly #localAddress: string;
  #host: Room | undefined;
  /** The voters' rooms; each also holds the host key, as a host who voices a seat among friends does, so the
   * chair's commands go round them and no one connection meets the per-person rate limit (10 a second). */
  readonly #voters: { room: Room; delegation: string }[] = [];
  #closing = false;

  constructor(url: string, localAddress: string) {
    this.#url = url;
    this.#localAddress = localAddress;
  }

  async open(onView: (client: number, view: View) => void): Promise<void> {
    const created = (await postJson(`${this.#url}/api/sessions`, {}, this.#localAddress)).body as {
      joinCode: string;
      hostKey: string;
    };
    const target = (await postJson(`${this.#url}/api/join`, { joinCode: created.joinCode }, this.#localAddress))
      .body as { roomId: string };
    if (!target.roomId) throw new Error(`no room: ${JSON.stringify(created)} ${JSON.stringify(target)}`);
    const join = async () => {
      const room = await new Client(this.#url).joinById(target.roomId, {
        protocolVersion: PROTOCOL_VERSION,
        hostKey: created.hostKey,
      });
      // The server's messages to each screen (who you are, what you may do, your role card) are read as a
      // real client reads them; what the benchmark watches is the synced state.
      room.onMessage("*", () => {});
      room.onDrop((code, reason) => {
        throw new Error(`a client's connection dropped (${code} ${reason})`);
      });
      room.onLeave((code) => {
        if (!this.#closing) throw new Error(`a client was disconnected (${code})`);
      });
      return room;
    };
    const host = await join();
    this.#host = host;
    await waitFor(host, () => host.state.seats?.length > 0);
    const seats = (host.state.seats.toJSON() as { delegation: string; excluded: boolean }[]).filter((s) => !s.excluded);
    if (seats.length !== VOTERS) throw new Error(`expected ${VOTERS} voting seats, found ${seats.length}`);
    await expectOk("setBots", host.request("setBots", { on: false }));
    for (const [i, seat] of seats.entries()) {
      const room = await join();
      await expectOk("joinTable", room.request("joinTable", { name: `Delegate ${i + 1}` }));
      await expectOk("claimSeat", room.request("claimSeat", { delegation: seat.delegation }));
      this.#voters.push({ room, delegation: seat.delegation });
    }
    await expectOk("startSession", host.request("startSession", {}));
    // The host chairs the opening: the United States' statement, then the debate on convocation.
    for (const type of ["advance", "endSpeech", "advance"]) {
      await expectOk(type, host.request("act", { command: { type } }));
    }
    await waitFor(host, () => host.state.phase === "convocationDebate");
    const watch = (room: Room, client: number, delegation: string | null) => {
      room.onStateChange((state) => {
        onView(client, { rc: state.votes.length, n: state.choices.size, calledMe: state.called === delegation });
      });
    };
    for (const [i, voter] of this.#voters.entries()) watch(voter.room, i, voter.delegation);
    watch(host, VOTERS, null);
  }

  #voter(k: number): Room {
    return (this.#voters[((k % VOTERS) + VOTERS) % VOTERS] as { room: Room }).room;
  }

  async begin(k: number): Promise<void> {
    await expectOk("move", this.#voter(k + 7).request("act", { command: { type: "move", kind: "closeDebate" } }));
    await expectOk("putMotion", this.#voter(k).request("act", { command: { type: "putMotion" } }));
  }

  vote(client: number, n: number): void {
    const room = (this.#voters[client] as { room: Room }).room;
    void expectOk("vote", room.request("act", { command: { type: "vote", choice: choiceOf(n) } }));
  }

  async end(k: number): Promise<void> {
    await expectOk("closeVote", this.#voter(k).request("act", { command: { type: "closeVote" } }));
  }

  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all([this.#host, ...this.#voters.map((v) => v.room)].map((room) => room?.leave()));
  }
}

const waitFor = (room: Room, check: () => boolean, timeout = 10_000) =>
  untilState(room, check, timeout, () => new Error("a room stalled"));

/** The floor: 21 bare WebSockets on the floor server, the seat's index being its place in the roll. */
export class FloorTable implements Table {
  readonly #url: string;
  readonly #room: string;
  readonly #sockets: WebSocket[] = [];

  constructor(url: string, room: string) {
    this.#url = url;
    this.#room = room;
  }

  async open(onView: (client: number, view: View) => void): Promise<void> {
    for (let i = 0; i <= VOTERS; i++) {
      const socket = new WebSocket(this.#url);
      await new Promise((resolve, reject) => {
        socket.onopen = resolve;
        socket.onerror = reject;
      });
      let rc = 0;
      let n = 0;
      const joined = new Promise((resolve) => {
        socket.onmessage = (event) => {
          const delta = JSON.parse(String(event.data)) as { rc?: number; n?: number; error?: string };
          if (delta.error) throw new Error(`floor refused: ${delta.error}`);
          rc = delta.rc ?? rc;
          n = delta.n ?? n;
          onView(i, { rc, n, calledMe: i === n && i < VOTERS });
          resolve(undefined);
        };
      });
      socket.send(JSON.stringify({ t: "join", room: this.#room, seat: i }));
      await joined;
      this.#sockets.push(socket);
    }
  }

  async begin(): Promise<void> {}

  vote(client: number, n: number): void {
    this.#sockets[client]?.send(JSON.stringify({ t: "vote", choice: choiceOf(n) }));
  }

  async end(k: number): Promise<void> {
    this.#sockets[k % VOTERS]?.send('{"t":"close"}');
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.close();
  }
}

interface PeerClient {
  start(): void;
  stop(): void;
  subscribe(
    listener: (state: { G: { rc: number; answers: string[] }; ctx: { currentPlayer: string } } | null) => void,
  ): void;
  moves: Record<string, (...args: unknown[]) => void>;
}

/** The peer: a boardgame.io match of 21 players; players 0–19 vote in turn, player 20 closes the roll call. */
export class PeerTable implements Table {
  readonly #url: string;
  readonly #localAddress: string;
  readonly #clients: PeerClient[] = [];

  constructor(url: string, localAddress: string) {
    this.#url = url;
    this.#localAddress = localAddress;
  }

  async open(onView: (client: number, view: View) => void): Promise<void> {
    const { Client: PeerClientOf } = require("boardgame.io/client");
    const { SocketIO } = require("boardgame.io/multiplayer");
    const { INVALID_MOVE } = require("boardgame.io/core");
    const game = rollCallGame(INVALID_MOVE);
    const created = await postJson(
      `${this.#url}/games/rollcall/create`,
      { numPlayers: VOTERS + 1 },
      this.#localAddress,
    );
    const { matchID } = created.body as { matchID: string };
    for (let i = 0; i <= VOTERS; i++) {
      const joined = await postJson(
        `${this.#url}/games/rollcall/${matchID}/join`,
        { playerID: String(i), playerName: `Delegate ${i + 1}` },
        this.#localAddress,
      );
      const { playerCredentials } = joined.body as { playerCredentials: string };
      const client: PeerClient = PeerClientOf({
        game,
        numPlayers: VOTERS + 1,
        // Each client its own connection: socket.io would otherwise share one socket among all 21.
        multiplayer: SocketIO({ server: this.#url, socketOpts: { forceNew: true, transports: ["websocket"] } }),
        matchID,
        playerID: String(i),
        credentials: playerCredentials,
        debug: false,
      });
      const synced = new Promise((resolve) => {
        client.subscribe((state) => {
          if (!state) return;
          onView(i, { rc: state.G.rc, n: state.G.answers.length, calledMe: state.ctx.currentPlayer === String(i) });
          resolve(undefined);
        });
      });
      client.start();
      await synced;
      this.#clients.push(client);
    }
  }

  async begin(): Promise<void> {}

  vote(client: number, n: number): void {
    this.#clients[client]?.moves.vote?.(choiceOf(n));
  }

  async end(): Promise<void> {
    this.#clients[VOTERS]?.moves.close?.();
  }

  async close(): Promise<void> {
    for (const client of this.#clients) client.stop();
  }
}
