// Loaded with `node --import ./bench/meter.ts <server>` into every server a benchmark measures (Brink, the
// floor, the peer), so all are measured the same way from inside: the bytes their TCP sockets wrote and
// read (WebSocket frames with their headers, HTTP included), their CPU time and memory. Asked over the IPC
// channel the benchmark opens (not by a signal: Colyseus shuts down on SIGUSR2), it answers with the
// figures so far; the benchmark reads them before and after its window and takes the difference.
import { Server, type Socket } from "node:net";

if (!process.send) throw new Error("the meter needs an IPC channel: start the server with one");
// The channel must not keep a server alive that would otherwise exit.
process.channel?.unref();

const open = new Set<Socket>();
let closedWritten = 0;
let closedRead = 0;

// Every server socket, whichever library accepted it, is reached through `net.Server`'s connection event.
const emit = Server.prototype.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
  if (event === "connection") {
    const socket = args[0] as Socket;
    open.add(socket);
    socket.once("close", () => {
      open.delete(socket);
      closedWritten += socket.bytesWritten;
      closedRead += socket.bytesRead;
    });
  }
  return emit.call(this, event, ...args);
} as typeof Server.prototype.emit;

process.on("message", (message: { type?: string; sequence?: number; collect?: boolean }) => {
  if (message.type !== "meter") return;
  let written = closedWritten;
  let read = closedRead;
  for (const socket of open) {
    written += socket.bytesWritten;
    read += socket.bytesRead;
  }
  const cpu = process.cpuUsage();
  // Asked to (with --expose-gc), the heap is read after a full collection: what the rooms hold, not what waits
  // to be freed. Its CPU falls outside the reading's window only if no later reading's CPU is compared.
  if (message.collect) (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();
  const reading = {
    sequence: message.sequence,
    bytesWritten: written,
    bytesRead: read,
    sockets: open.size,
    cpuMicros: cpu.user + cpu.system,
    rss: memory.rss,
    heapUsed: memory.heapUsed,
    maxRss: process.resourceUsage().maxRSS * 1024,
  };
  process.send?.({ type: "meter", reading });
});
