// The floor of the roll-call benchmark: a bare `ws` server keeping the same state as a council's roll call
// (who is called, the answers so far) and broadcasting a small JSON delta after each accepted vote. It
// checks what Brink checks first (the vote is the called seat's, the choice is one of four) and nothing
// else: no schema, no event log, no disk, no projection. Run: `node bench/rollcall/floor.ts <port>`.
import { type WebSocket, WebSocketServer } from "ws";
import { CHOICES, VOTERS } from "./shared.ts";

interface FloorRoom {
  rollCall: number;
  answers: string[];
  clients: Set<WebSocket>;
}

const rooms = new Map<string, FloorRoom>();
const port = Number(process.argv[2]);
const server = new WebSocketServer({ port, maxPayload: 4096 });

function broadcast(room: FloorRoom, delta: object): void {
  const text = JSON.stringify(delta);
  for (const client of room.clients) client.send(text);
}

server.on("connection", (socket) => {
  let room: FloorRoom | undefined;
  let seat = -1;
  socket.on("message", (data) => {
    let message: { t?: unknown; room?: unknown; seat?: unknown; choice?: unknown };
    try {
      message = JSON.parse(String(data));
    } catch {
      return socket.send('{"error":"invalid"}');
    }
    if (message.t === "join" && typeof message.room === "string" && typeof message.seat === "number") {
      room = rooms.get(message.room) ?? { rollCall: 0, answers: [], clients: new Set() };
      rooms.set(message.room, room);
      room.clients.add(socket);
      seat = message.seat;
      socket.send(JSON.stringify({ rc: room.rollCall, n: room.answers.length, called: room.answers.length }));
      return;
    }
    if (!room) return socket.send('{"error":"not_joined"}');
    if (message.t === "vote") {
      if (seat !== room.answers.length || seat >= VOTERS) return socket.send('{"error":"not_called"}');
      if (!CHOICES.includes(message.choice as string)) return socket.send('{"error":"invalid"}');
      room.answers.push(message.choice as string);
      return broadcast(room, { rc: room.rollCall, n: room.answers.length, seat, choice: message.choice });
    }
    if (message.t === "close") {
      if (room.answers.length < VOTERS) return socket.send('{"error":"still_voting"}');
      room.rollCall += 1;
      room.answers = [];
      return broadcast(room, { rc: room.rollCall, n: 0 });
    }
    socket.send('{"error":"unknown"}');
  });
  socket.on("close", () => room?.clients.delete(socket));
});
server.on("listening", () => console.info(`floor listening on ${port}`));
