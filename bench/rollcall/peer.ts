// The peer of the roll-call benchmark: the same roll call as a minimal boardgame.io 0.50 game on
// boardgame.io's own server (Koa and socket.io, state in memory). Players 0–19 vote in turn; player 20,
// the chair, closes the roll call, which opens the next. Run: `node bench/rollcall/peer.ts <port>`.
import { createRequire } from "node:module";
import { CHOICES, VOTERS } from "./shared.ts";

const require = createRequire(import.meta.url);

export interface PeerG {
  rc: number;
  answers: string[];
}

/** The game, shared by the server and every client (boardgame.io runs moves on both). */
export function rollCallGame(invalid: string) {
  return {
    name: "rollcall",
    minPlayers: VOTERS + 1,
    maxPlayers: VOTERS + 1,
    setup: (): PeerG => ({ rc: 0, answers: [] }),
    turn: { minMoves: 1, maxMoves: 1 },
    // `client: false`: the server alone applies a move, as Brink's does; a client sees only what it is sent.
    moves: {
      vote: {
        move: ({ G, playerID }: { G: PeerG; playerID: string }, choice: string) => {
          if (Number(playerID) >= VOTERS || !CHOICES.includes(choice)) return invalid;
          G.answers.push(choice);
          return undefined;
        },
        client: false,
      },
      close: {
        move: ({ G }: { G: PeerG }) => {
          if (G.answers.length < VOTERS) return invalid;
          G.rc += 1;
          G.answers = [];
          return undefined;
        },
        client: false,
      },
    },
  };
}

if (import.meta.main) {
  const { Server, Origins } = require("boardgame.io/server");
  const { INVALID_MOVE } = require("boardgame.io/core");
  const port = Number(process.argv[2]);
  const server = Server({ games: [rollCallGame(INVALID_MOVE)], origins: [Origins.LOCALHOST] });
  await server.run(port);
}
