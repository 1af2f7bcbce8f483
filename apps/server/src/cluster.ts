import { createHash } from "node:crypto";
import { ROOM_NAMES } from "@brink/protocol";
import { matchMaker } from "@colyseus/core";

type Listing = Awaited<ReturnType<typeof matchMaker.query>>[number];

/**
 * Where a session's councils run when several server processes share one Redis (README, "Running for a whole
 * school"). Colyseus lists every room in Redis and hands a WebSocket to the process that holds its room; this
 * module decides which process that is and notices a process that has died.
 *
 * A session's two councils share one crisis track in memory (`crisisTrack.ts`), so both run in one process: the
 * one already holding the other council, else the one the session's id ranks first among the live processes
 * (rendezvous hashing). Every process asked ranks them alike, so two students joining at once through two
 * processes send the room to the same place, where it is made once; and sessions spread evenly over processes.
 */

/** A council's room id: its chamber and its session. */
export const roomIdFor = (sessionId: string, chamber: string): string => `${chamber}-${sessionId}`;

const CHAMBERS = Object.keys(ROOM_NAMES) as (keyof typeof ROOM_NAMES)[];

/**
 * The processes taking new rooms: listed in the matchmaker's counts (a draining process takes itself out) and
 * still connected to Redis. A killed process's connection closes with it, so it leaves this list at once,
 * where the counts would name it until a health check timed out.
 */
export async function liveProcesses(): Promise<string[]> {
  const counted = (await matchMaker.stats.fetchAll()).map((s) => s.processId);
  const listening = new Set((await matchMaker.presence.channels("p:*")).map((channel) => channel.slice(2)));
  return counted.filter((id) => id === matchMaker.processId || listening.has(id));
}

/** Whether the process is still connected to Redis (and so alive), whether or not it takes new rooms. */
export async function processAlive(processId: string): Promise<boolean> {
  if (processId === matchMaker.processId) return true;
  return (await matchMaker.presence.channels(`p:${processId}`)).length > 0;
}

const rank = (sessionId: string, processId: string): string =>
  createHash("sha256").update(`${sessionId}\n${processId}`).digest("hex");

/** Colyseus's `selectProcessIdToCreateRoom`: the process for a council of the session in `options`. */
export async function processForSession(_roomName: string, options: { sessionId?: unknown }): Promise<string> {
  const live = await liveProcesses();
  if (typeof options.sessionId !== "string" || live.length === 0) return live[0] ?? matchMaker.processId;
  const sessionId = options.sessionId;
  const listed = await matchMaker.findRoomsByIds(CHAMBERS.map((c) => roomIdFor(sessionId, c)));
  const sibling = [...listed.values()].find((room) => live.includes(room.processId));
  if (sibling) return sibling.processId;
  return live.reduce((best, id) => (rank(sessionId, id) > rank(sessionId, best) ? id : best));
}

/**
 * The room's listing, if a live process holds it. A listing left by a process that died is removed with the
 * rest of that process's rooms, so the session is rebuilt from its log on a live one.
 */
export async function liveListing(roomId: string): Promise<Listing | undefined> {
  // By id (one HMGET in Redis): `query` would read every room's listing to filter them.
  const listed = (await matchMaker.findRoomsByIds([roomId])).get(roomId);
  if (!listed) return undefined;
  if (await processAlive(listed.processId)) return listed;
  await forgetProcess(listed.processId);
  return undefined;
}

/** Takes a dead process's rooms and counts out of Redis. */
async function forgetProcess(processId: string): Promise<void> {
  console.warn(`Brink: process ${processId} has gone; its sessions will be rebuilt from the log on another.`);
  await matchMaker.stats.excludeProcess(processId);
  await matchMaker.driver.cleanup?.(processId);
}
