import { rosterKey } from "@brink/engine";
import { useTranslation } from "react-i18next";
import { currentLanguage } from "../i18n.ts";
import { claimPlace, type PlayerView, returnPlayer, type SeatView, settleClaim } from "../store.ts";
import { useTable } from "../useTable.ts";

/** The seat a player holds, advises or has kept for them. */
const placeOf = (seats: readonly SeatView[], player: string): SeatView | undefined =>
  seats.find((s) => s.holderId === player || s.keptFor === player || s.advisers.some((a) => a.id === player));

/**
 * For a student who came back on a new device (a phone that closed the tab, another laptop) and joined as a new
 * player: an earlier player of the same name, offline, still has a place. "Is this you? Take back Uruguay"
 * asks the host to confirm; a curious classmate typing another's name gets nothing without the teacher.
 */
export function TakeBack() {
  const { t } = useTranslation();
  const playerId = useTable((s) => s.playerId);
  const players = useTable((s) => s.players);
  const seats = useTable((s) => s.seats);
  const claims = useTable((s) => s.claims);
  const pending = useTable((s) => s.pending);
  const me = players.find((p) => p.id === playerId);
  const found = me && namesake(players, seats, me);
  if (!me || !found) return null;
  const { earlier, place } = found;
  const delegation = place.names[currentLanguage()];
  if (claims.some((c) => c.from === me.id)) {
    return (
      <p role="status" data-testid="take-back">
        {t("claim.asked", { name: earlier.name })}
      </p>
    );
  }
  return (
    <p data-testid="take-back">
      {t("claim.isThisYou", { name: earlier.name, delegation })}{" "}
      <button type="button" className="primary" disabled={pending !== null} onClick={() => void claimPlace(earlier.id)}>
        {t("claim.takeBack", { delegation })}
      </button>
    </p>
  );
}

/** The earlier player of the same name as `me`, offline, with a place to take back, and that place. */
function namesake(
  players: readonly PlayerView[],
  seats: readonly SeatView[],
  me: PlayerView,
): { earlier: PlayerView; place: SeatView } | undefined {
  if (placeOf(seats, me.id)) return undefined;
  const earlier = players.find((p) => p.id !== me.id && !p.connected && rosterKey(p.name) === rosterKey(me.name));
  const place = earlier && placeOf(seats, earlier.id);
  return earlier && place ? { earlier, place } : undefined;
}

/**
 * Beside a new player in the host's list whose name an earlier, offline player with a seat shares: the host
 * knows it is the same student (she said so, or the teacher saw her phone die) and returns her place at once.
 */
export function ReturnToNamesake({ player }: { player: PlayerView }) {
  const { t } = useTranslation();
  const players = useTable((s) => s.players);
  const seats = useTable((s) => s.seats);
  const pending = useTable((s) => s.pending);
  const found = namesake(players, seats, player);
  if (!found || !player.connected) return null;
  const delegation = found.place.names[currentLanguage()];
  return (
    <button type="button" disabled={pending !== null} onClick={() => void returnPlayer(player.id, found.earlier.id)}>
      {t("claim.hostReturn", { name: found.earlier.name, delegation })}
    </button>
  );
}

/** The host's list of such claims, each with its answer: the place is theirs again, or they are not that student. */
export function ClaimsForHost() {
  const { t } = useTranslation();
  const claims = useTable((s) => s.claims);
  const players = useTable((s) => s.players);
  const seats = useTable((s) => s.seats);
  const pending = useTable((s) => s.pending);
  if (claims.length === 0) return null;
  return (
    <ul className="claims" data-testid="claims" aria-label={t("claim.title")}>
      {claims.map((claim) => {
        const name = players.find((p) => p.id === claim.into)?.name ?? "";
        const delegation = placeOf(seats, claim.into)?.names[currentLanguage()] ?? "";
        return (
          <li key={claim.from} className="notice">
            {t("claim.hostAsk", { name, delegation })}{" "}
            <button
              type="button"
              className="primary"
              disabled={pending !== null}
              onClick={() => void settleClaim(claim.from, true)}
            >
              {t("claim.return", { delegation, name })}
            </button>{" "}
            <button type="button" disabled={pending !== null} onClick={() => void settleClaim(claim.from, false)}>
              {t("claim.refuse")}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
