import { lazy, memo, Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { getServerInfo } from "../api.ts";
import { currentLanguage } from "../i18n.ts";
import {
  assignAdviser,
  assignSeat,
  claimSeat,
  handOver,
  joinTableAs,
  joinTeam,
  leave,
  mutePlayer,
  type PlayerView,
  releaseSeat,
  removePlayer,
  type SeatView,
  seatEveryone,
  setBots,
  switchChamber,
  teamSeatOf,
  unseatPlayer,
} from "../store.ts";
import { useTable } from "../useTable.ts";
// The session and the QR code load as chunks of their own: the landing and join screens do not wait for them.
import { ClaimsForHost, ReturnToNamesake, TakeBack } from "./Claims.tsx";
import { RoleBrief } from "./RoleBrief.tsx";

const Session = lazy(() => import("./Session.tsx"));
const JoinQr = lazy(() => import("./JoinQr.tsx"));
const Corridors = lazy(() => import("./Corridors.tsx"));
const ClassList = lazy(() => import("./ClassList.tsx"));

/** The table before the session opens: the join code, who holds which seat, and (for a player) the seat picker. */
export function Lobby() {
  const { t } = useTranslation();
  const status = useTable((s) => s.status);
  const role = useTable((s) => s.role);
  const lobby = useTable((s) => s.procedure.phase === "lobby");
  const seated = useTable(canPickSeat);
  const inTeam = useTable((s) => teamSeatOf(s.seats, s.playerId) !== undefined);
  const chamber = useTable((s) => s.chamber);
  const chambers = useTable((s) => s.chambers);
  // A student moves on to the other council when this one is over (or has not begun): never mid-debate.
  const closed = useTable((s) => s.procedure.phase === "closed");

  return (
    <div className="lobby">
      {status === "reconnecting" && (
        <p role="status" className="reconnecting">
          {t("status.reconnecting")}
        </p>
      )}
      <div className="lobby-head">
        <h2>{t(`council.${chamber}`)}</h2>
        {chambers.length > 1 && (role === "host" || (role === "player" && (lobby || closed))) && <OtherCouncil />}
        <button type="button" onClick={() => void leave()}>
          {t("lobby.leave")}
        </button>
      </div>
      <JoinCode />
      {/* The session's screens (the host's start and run sheet, the chamber) are fetched once they can show
          something: a student's phone waits for no more than the seat picker before it is seated. */}
      {(role === "host" || !lobby || inTeam) && (
        <Suspense fallback={null}>
          <Session />
        </Suspense>
      )}
      {role !== "player" && lobby && <p>{role === "host" ? t("lobby.hostView") : t("lobby.observerView")}</p>}
      {seated ? <You /> : role === "host" && <HostJoin />}
      <Suspense fallback={null}>
        <Corridors />
      </Suspense>
      {lobby ? (
        <Seating />
      ) : (
        // Once the session is under way the seating is reference, not the task: folded, still one key away.
        <details className="seating-folded">
          <summary>{t("lobby.seating")}</summary>
          <Seating />
        </details>
      )}
      <Players />
    </div>
  );
}

/** The host of a session of two councils goes to the other one; this one plays on by itself meanwhile. */
function OtherCouncil() {
  const { t } = useTranslation();
  const chamber = useTable((s) => s.chamber);
  const pending = useTable((s) => s.pending);
  const other = chamber === "oas" ? "unsc" : "oas";
  return (
    <button
      type="button"
      onClick={() => void switchChamber(other)}
      disabled={pending !== null}
      data-testid="switch-council"
    >
      {t("council.goTo", { council: t(`council.${other}`) })}
    </button>
  );
}

/** Who holds which seat; for a player, the seat picker. */
export function Seating() {
  const { t } = useTranslation();
  const seats = useTable((s) => s.seats);
  const held = seats.filter((s) => s.holderId).length;
  const total = seats.filter((s) => !s.excluded).length;
  const canPick = useTable(canPickSeat);
  return (
    <section aria-labelledby="seating-title" className="seating">
      <h3 id="seating-title">{canPick ? t("lobby.pick") : t("lobby.seating")}</h3>
      <p className="hint">{t("lobby.held", { count: held, total })}</p>
      <ul className="seats">
        {seats.map((seat) => (
          <SeatCard key={seat.delegation} seat={seat} />
        ))}
      </ul>
    </section>
  );
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Where students should go. A host on `localhost` (the projector computer running the server) cannot
 * give that address to phones, so it asks the server for its addresses on the local network.
 */
function useJoinAddress(enabled: boolean): string {
  const here = window.location.origin;
  const [address, setAddress] = useState(here);
  useEffect(() => {
    if (!enabled || !LOOPBACK.has(window.location.hostname)) return;
    getServerInfo()
      .then((info) => setAddress(info.lanUrls[0] ?? here))
      .catch(() => undefined);
  }, [enabled, here]);
  return address;
}

/** The code to join with; for the host and the projector, large, with the address and a direct link. */
export function JoinCode({ projector = false }: { projector?: boolean }) {
  const { t } = useTranslation();
  const joinCode = useTable((s) => s.joinCode);
  const role = useTable((s) => s.role);
  const lobby = useTable((s) => s.procedure.phase === "lobby");
  const mode = useTable((s) => s.mode);
  const bots = useTable((s) => s.bots);
  const pending = useTable((s) => s.pending);
  const chamber = useTable((s) => s.chamber);
  const twoCouncils = useTable((s) => s.chambers.length > 1);
  const sessionId = useTable((s) => s.sessionId);
  const shown = projector || role === "host";
  const address = useJoinAddress(shown);
  const link = `${address}/?code=${joinCode}`;
  return (
    <section className={shown && lobby ? "join-code large" : "join-code"} aria-label={t("lobby.codeLabel")}>
      <span className="label">{t("lobby.codeLabel")}</span>
      <output className="code" data-testid="join-code" aria-label={joinCode.split("").join(" ")}>
        {joinCode}
      </output>
      <span className="hint" data-testid="mode">
        {bots ? t(mode === "open" ? "lobby.modeOpen" : "lobby.modeHistorical") : t("lobby.botsOff")}
      </span>
      {role === "host" && !projector && (
        <span className="bots-toggle">
          <label>
            <input
              type="checkbox"
              checked={bots}
              disabled={pending !== null}
              onChange={(e) => void setBots(e.target.checked)}
              aria-describedby="bots-hint"
            />{" "}
            {t("host.bots")}
          </label>
          <span id="bots-hint" className="hint">
            {t(chamber === "unsc" ? "host.botsHintUnsc" : "host.botsHint")}
          </span>
        </span>
      )}
      {shown && (
        <>
          <span className="join-address" data-testid="join-address">
            {t("lobby.codeHelp", { url: address.replace(/^https?:\/\//, "") })}
          </span>
          {projector ? (
            <Suspense fallback={null}>
              <JoinQr link={link} />
            </Suspense>
          ) : (
            <>
              <span className="hint">
                {t("lobby.directLink")} <a href={link}>{link}</a>
              </span>
              <span className="hint">
                <a
                  href={`${address}/?projector=${joinCode}${twoCouncils ? `&chamber=${chamber}` : ""}`}
                  target="_blank"
                  rel="noopener"
                  data-testid="projector-link"
                >
                  {t("lobby.projector")}
                </a>{" "}
                {t("lobby.projectorHint")}
              </span>
              {sessionId && (
                <span className="hint">
                  <a href={`/?debrief=${sessionId}`} target="_blank" rel="noopener" data-testid="debrief-link">
                    {t("debrief.open")}
                  </a>{" "}
                  {t("debrief.openHint")}
                </span>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}

function You() {
  const { t } = useTranslation();
  const playerId = useTable((s) => s.playerId);
  const me = useTable((s) => s.players.find((p) => p.id === s.playerId));
  const mine = useTable((s) => s.seats.find((seat) => seat.holderId === playerId && playerId));
  const advised = useTable((s) => s.seats.find((seat) => seat.advisers.some((a) => a.id === playerId)));
  const pending = useTable((s) => s.pending);
  const team = mine ?? advised;
  return (
    <div className="you" data-testid="you">
      {me && <p>{t("lobby.youAre", { name: me.name })}</p>}
      {me?.muted && <p className="notice">{t("host.muted")}</p>}
      {mine && (
        <p>
          <strong>{t("lobby.youVoice", { delegation: mine.names[currentLanguage()] })}</strong>{" "}
          <button type="button" onClick={() => void releaseSeat()} disabled={pending !== null}>
            {t("lobby.release")}
          </button>
        </p>
      )}
      {advised && (
        <p>
          <strong>
            {t("team.youAdvise", { delegation: advised.names[currentLanguage()], head: advised.holderName })}
          </strong>{" "}
          {t("team.adviserHint")}{" "}
          <button type="button" onClick={() => void releaseSeat()} disabled={pending !== null}>
            {t("team.leave")}
          </button>
        </p>
      )}
      {!team && <p>{t("lobby.noSeat")}</p>}
      {!team && <TakeBack />}
      {mine && mine.advisers.length > 0 && (
        <div className="team" data-testid="team">
          <p>{t("team.yours", { names: mine.advisers.map((a) => a.name).join(", ") })}</p>
          <p>
            {mine.advisers.map((a) => (
              <button key={a.id} type="button" onClick={() => void handOver(a.id)} disabled={pending !== null}>
                {t("team.handOver", { name: a.name })}
              </button>
            ))}
          </p>
        </div>
      )}
      {team && <RoleBrief delegation={team.delegation} />}
    </div>
  );
}

/** Whether this connection is at the table as a person: a student, or a host who plays a seat too. */
const canPickSeat = (s: { role: string; playerId: string | null }): boolean =>
  s.role === "player" || (s.role === "host" && s.playerId !== null);

/** A host who wants to play a seat too (friends online) joins the table under a name, as a student would. */
function HostJoin() {
  const { t } = useTranslation();
  const pending = useTable((s) => s.pending);
  // Friends online usually play; a teacher seldom does, so in a class the form stays folded.
  const friends = useTable((s) => s.periodMinutes === null);
  const [name, setName] = useState("");
  return (
    <details className="host-join" open={friends}>
      <summary>{t("host.playTooTitle")}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void joinTableAs(name);
        }}
      >
        <label htmlFor="host-name">{t("host.playToo")}</label>{" "}
        <input id="host-name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="nickname" />{" "}
        <button type="submit" disabled={pending !== null || name.trim() === ""}>
          {t("host.joinTable")}
        </button>
      </form>
    </details>
  );
}

const SeatCard = memo(function SeatCard({ seat }: { seat: SeatView }) {
  const { t } = useTranslation();
  const canPick = useTable(canPickSeat);
  const playerId = useTable((s) => s.playerId);
  const pending = useTable((s) => s.pending);
  const offline = useTable((s) => s.status !== "connected");
  const name = seat.names[currentLanguage()];
  const mine = seat.holderId !== "" && seat.holderId === playerId;
  const advising = seat.advisers.some((a) => a.id === playerId);
  const state = seat.excluded
    ? "excluded"
    : mine
      ? "mine"
      : advising
        ? "advising"
        : seat.holderId
          ? "taken"
          : seat.keptFor
            ? "kept"
            : seat.plannedFor
              ? "planned"
              : "open";
  const label = {
    excluded: () => t("seat.excluded"),
    mine: () => t("seat.yours"),
    taken: () => t("seat.heldBy", { name: seat.holderName }),
    advising: () => t("seat.advising", { name: seat.holderName }),
    kept: () => t("seat.keptFor", { name: seat.keptForName }),
    planned: () => t("seat.plannedFor", { name: seat.plannedFor }),
    open: () => t("seat.open"),
  }[state]();
  const statusId = `seat-${seat.delegation}-status`;
  const whyId = `seat-${seat.delegation}-why`;

  // In the Security Council a seat's standing is said in words beside its name: veto, invited, Secretary-General.
  const standingId = `seat-${seat.delegation}-standing`;
  const standing =
    seat.standing !== "member" ? (
      <span className="seat-standing" id={standingId}>
        {t(`seat.standing.${seat.standing}`)}
      </span>
    ) : null;
  const team =
    seat.advisers.length > 0 ? (
      <span className="seat-team">{t("seat.team", { names: seat.advisers.map((a) => a.name).join(", ") })}</span>
    ) : null;

  if (!canPick) {
    return (
      <li className={`seat ${state}`} data-delegation={seat.delegation}>
        <span className="seat-name">{name}</span>
        {standing}
        <span className="seat-status" id={statusId}>
          <Mark state={state} /> {label}
        </span>
        {team}
      </li>
    );
  }
  // Excluded and taken seats stay focusable (aria-disabled) so keyboard and screen-reader users hear why.
  const unavailable =
    state === "excluded" || state === "taken" || state === "kept" || state === "planned" || state === "advising";
  return (
    <li className={`seat ${state}`} data-delegation={seat.delegation}>
      <button
        type="button"
        className="seat-button"
        aria-describedby={[standing ? standingId : "", statusId, state === "excluded" ? whyId : ""].join(" ").trim()}
        aria-pressed={mine}
        aria-disabled={unavailable || pending !== null || offline}
        onClick={() => {
          if (!unavailable && !mine && pending === null && !offline) void claimSeat(seat.delegation);
        }}
      >
        <span className="seat-name">{name}</span>
      </button>
      {/* Beside the button, not in it: its name is the delegation's, as on the card; the card is its target. */}
      {standing}
      <span className="seat-status" id={statusId}>
        <Mark state={state} /> {label}
      </span>
      {state === "excluded" && (
        <span className="seat-why" id={whyId}>
          {t("seat.excludedWhy")}
        </span>
      )}
      {team}
      {state === "taken" && (
        <button
          type="button"
          className="team-button"
          aria-disabled={pending !== null || offline}
          onClick={() => {
            if (pending === null && !offline) void joinTeam(seat.delegation);
          }}
        >
          {t("seat.joinTeam", { delegation: name, name: seat.holderName })}
        </button>
      )}
    </li>
  );
});

/**
 * The host's hand on one player: seat them (a taken seat is swapped with its holder), leave them without a
 * seat, or remove them from the table.
 */
function PlacePlayer({ player }: { player: PlayerView }) {
  const { t } = useTranslation();
  const seats = useTable((s) => s.seats);
  const pending = useTable((s) => s.pending);
  const held = seats.find((s) => s.holderId === player.id);
  const advised = seats.find((s) => s.advisers.some((a) => a.id === player.id));
  const id = `place-${player.id}`;
  return (
    <span className="place-player">
      {" "}
      <label htmlFor={id} className="visually-hidden">
        {t("host.seatOf", { name: player.name })}
      </label>
      <select
        id={id}
        value={held?.delegation ?? (advised ? `team:${advised.delegation}` : "")}
        disabled={pending !== null}
        onChange={(e) => {
          const value = e.target.value;
          if (value === "") void unseatPlayer(player.id);
          else if (value.startsWith("team:")) void assignAdviser(player.id, value.slice("team:".length));
          else void assignSeat(player.id, value);
        }}
      >
        <option value="">{t("host.noSeat")}</option>
        {seats
          .filter((s) => !s.excluded)
          .map((s) => (
            <option key={s.delegation} value={s.delegation}>
              {s.names[currentLanguage()]}
              {s.holderId && s.holderId !== player.id ? ` — ${s.holderName}` : ""}
              {!s.holderId && s.keptFor && s.keptFor !== player.id
                ? ` — ${t("seat.keptFor", { name: s.keptForName })}`
                : !s.holderId && s.plannedFor
                  ? ` — ${t("seat.plannedFor", { name: s.plannedFor })}`
                  : ""}
            </option>
          ))}
        {seats
          .filter((s) => s.holderId && s.holderId !== player.id)
          .map((s) => (
            <option key={`team:${s.delegation}`} value={`team:${s.delegation}`}>
              {t("host.adviserTo", { delegation: s.names[currentLanguage()], name: s.holderName })}
            </option>
          ))}
      </select>{" "}
      <button
        type="button"
        aria-pressed={player.muted}
        disabled={pending !== null}
        onClick={() => void mutePlayer(player.id, !player.muted)}
      >
        {t("host.mute", { name: player.name })}
      </button>{" "}
      <button type="button" disabled={pending !== null} onClick={() => void removePlayer(player.id)}>
        {t("host.remove", { name: player.name })}
      </button>
    </span>
  );
}

/** A shape beside each seat's status, so the state never rests on colour alone. */
function Mark({ state }: { state: "excluded" | "mine" | "advising" | "taken" | "kept" | "planned" | "open" }) {
  const glyph = { excluded: "⊘", mine: "★", advising: "☆", taken: "●", kept: "◐", planned: "◔", open: "○" }[state];
  return <span aria-hidden="true">{glyph}</span>;
}

/** Players by name in the interface's alphabetical order (accents and case as the language sorts them). */
const byName = (a: PlayerView, b: PlayerView): number =>
  new Intl.Collator(currentLanguage(), { sensitivity: "base" }).compare(a.name, b.name);

function Players() {
  const { t } = useTranslation();
  const players = useTable((s) => s.players);
  const host = useTable((s) => s.role === "host");
  const seats = useTable((s) => s.seats);
  return (
    <section aria-labelledby="players-title" className="players">
      <h3 id="players-title">{t("lobby.players")}</h3>
      {host && (
        <Suspense fallback={null}>
          <ClassList />
        </Suspense>
      )}
      {host && <ClaimsForHost />}
      {host && players.some((p) => !teamSeatOf(seats, p.id)) && (
        <p>
          <button type="button" onClick={() => void seatEveryone()}>
            {t("host.seatEveryone")}
          </button>{" "}
          <span className="hint">{t("host.seatEveryoneHint")}</span>
        </p>
      )}
      {players.length === 0 ? (
        <p className="hint">{t("lobby.noPlayers")}</p>
      ) : (
        <ul>
          {/* In alphabetical order: the teacher finds one of thirty by name. */}
          {[...players].sort(byName).map((p) => (
            <li key={p.id}>
              {p.name}
              {!p.connected && <span className="hint"> ({t("lobby.offline")})</span>}
              {host && <PlacePlayer player={p} />}
              {host && <ReturnToNamesake player={p} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
