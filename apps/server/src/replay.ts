import { evolveLobby, type LobbyEvent, NOTHING_BEYOND, planSession } from "@brink/engine";
import type { ReplayView } from "@brink/protocol";
import type { Scenario } from "@brink/scenario";
import { crisisUntil } from "./crisisTrack.ts";
import { actsOf } from "./record.ts";
import { chamberLogUntil } from "./rooms/chamber.ts";
import { type CouncilKind, lobbyFor, OAS_COUNCIL, SECURITY_COUNCIL } from "./rooms/councils.ts";
import { projectCrisis, projectLobby, projectTable, setUpTable } from "./rooms/projection.ts";
import { CouncilState } from "./rooms/state.ts";
import type { LogReader, SessionRecord } from "./store.ts";

/** Why a moment cannot be replayed: the council has no minutes yet, or the session has no such moment. */
export type ReplayRefusal = "none" | "out_of_range";

/**
 * A council's table as everyone saw it just after the `minute`-th act of its minutes: its log folded to that
 * act, the lobby's and the crisis's logs to the same instant, published through the room's own projection so
 * that the chamber view renders it as it rendered the game. Pure over the logs; no room need run.
 */
export function replayAt(...moment: Moment): ReplayView | ReplayRefusal {
  return moment[3] === "oas" ? replayCouncil(OAS_COUNCIL, ...moment) : replayCouncil(SECURITY_COUNCIL, ...moment);
}

/** Which moment of which session: its logs as read, its scenario, the session, the council, the act. */
type Moment = [logs: LogReader, scenario: Scenario, session: SessionRecord, chamber: "oas" | "unsc", minute: number];

function replayCouncil<
  State extends { readonly version: number; readonly phase: { readonly name: string } },
  Command extends { readonly type: string },
  Actor extends string,
>(
  council: CouncilKind<State, Command, Actor>,
  ...[logs, scenario, session, chamber, minute]: Moment
): ReplayView | ReplayRefusal {
  if (!session.settings.chambers.includes(chamber)) return "none";
  // The council's log read once: its acts found in it, then folded to the one asked for.
  const log = logs.events(session.id, chamber);
  const acts = actsOf(scenario, chamber, chamberLogUntil(log).events);
  if (acts.length === 0) return "none";
  const count = acts[minute];
  if (count === undefined) return "out_of_range";
  const logged = chamberLogUntil(log, count);
  // The bots' plans do not change what was logged: the procedure only folds here, it never moves.
  const { procedure, chair } = council.setup(
    scenario,
    session.settings,
    planSession(session.settings, chamber),
    () => NOTHING_BEYOND,
  );
  const seats = council.table(scenario);
  const state = new CouncilState();
  setUpTable(state, session, chamber, seats, chair);
  let lobby = lobbyFor(seats);
  for (const stored of logs.events(session.id, `${chamber}-lobby`)) {
    if (stored.at > logged.at) break;
    lobby = evolveLobby(lobby, stored.payload as LobbyEvent);
  }
  projectLobby(state, lobby);
  const folded = procedure.fold(logged.events);
  projectTable(state, folded.phase.name, { ...logged, askable: procedure.askable(folded) });
  council.project(state, folded);
  const crisis = crisisUntil(logs, session.id, scenario, logged.at);
  projectCrisis(state.crisis, crisis.state, crisis.oasResolution);
  return { chamber, minute, minutes: acts.length, at: logged.at, state: state.toJSON() as Record<string, unknown> };
}
