// Set up before every test file (vitest.config.ts): a failing test shows what the servers it ran printed — a
// bot's refused move, a stack, a storage fault — where CI's log keeps it. A passing test shows nothing.
import { afterEach } from "vitest";
import { runningServers } from "./server.ts";

afterEach((context) => {
  if (!context.task.result?.errors?.length) return;
  for (const server of runningServers()) {
    console.error(`the server on port ${server.port} printed, last 4,000 characters:\n${server.output.slice(-4000)}`);
  }
});
