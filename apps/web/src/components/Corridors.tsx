import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useDelegationName } from "../delegationName.ts";
import { sendCorridor, teamSeatOf } from "../store.ts";
import { useTable } from "../useTable.ts";

/** The engine's limit on a corridor message. */
const MAX_CORRIDOR = 1000;

/**
 * The corridors: a seat's private notes to another delegation (or to the chair), and the replies. The page
 * says plainly that the host reads them. The host sees every exchange here, and cannot write.
 */
export default function Corridors() {
  const { t } = useTranslation();
  const role = useTable((s) => s.role);
  // The seat this player speaks for or advises: its team reads and writes its corridors alike.
  const mine = useTable((s) => teamSeatOf(s.seats, s.playerId));
  const messages = useTable((s) => s.corridor);
  const name = useDelegationName();
  if (role !== "host" && !mine) return null;
  if (role === "host" && messages.length === 0) return null;
  return (
    <section className="corridors card" aria-labelledby="corridors-title" data-testid="corridors">
      <h3 id="corridors-title">{role === "host" ? t("corridor.hostTitle") : t("corridor.title")}</h3>
      <p className="hint">{role === "host" ? t("corridor.hostHint") : t("corridor.hostReads")}</p>
      {mine && <CorridorForm from={mine.delegation} />}
      {messages.length > 0 && (
        <ol className="corridor-log" role="log" aria-label={t("corridor.log")}>
          {messages.map((m) => (
            <li key={m.id} className={m.from === mine?.delegation ? "sent" : "received"}>
              <strong>
                {m.from === m.to
                  ? t("corridor.teamNote", { delegation: name(m.from) })
                  : t("corridor.fromTo", {
                      from: m.from === mine?.delegation ? t("corridor.you") : name(m.from),
                      to: m.to === mine?.delegation ? t("corridor.you") : name(m.to),
                    })}
              </strong>{" "}
              {m.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function CorridorForm({ from }: { from: string }) {
  const { t } = useTranslation();
  const seats = useTable((s) => s.seats);
  const chair = useTable((s) => s.chair);
  const pending = useTable((s) => s.pending);
  const name = useDelegationName();
  const ids = { to: useId(), text: useId() };
  const others = seats.filter((s) => !s.excluded && s.delegation !== from);
  const own = seats.find((s) => s.delegation === from);
  const [to, setTo] = useState(chair && chair !== from ? chair : (others[0]?.delegation ?? ""));
  const [text, setText] = useState("");
  return (
    <form
      className="corridor-form"
      onSubmit={(event) => {
        event.preventDefault();
        void sendCorridor(to, text).then((ok) => ok && setText(""));
      }}
    >
      <label htmlFor={ids.to}>{t("corridor.to")}</label>
      <select id={ids.to} value={to} onChange={(e) => setTo(e.target.value)}>
        {others.map((s) => (
          <option key={s.delegation} value={s.delegation}>
            {s.delegation === chair ? t("corridor.chair", { delegation: name(s.delegation) }) : name(s.delegation)}
          </option>
        ))}
        {own && own.advisers.length > 0 && <option value={from}>{t("corridor.team")}</option>}
      </select>
      <label htmlFor={ids.text}>{t("corridor.message")}</label>
      <textarea
        id={ids.text}
        value={text}
        maxLength={MAX_CORRIDOR}
        rows={2}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" className="corridor-send" disabled={pending !== null || text.trim() === "" || to === ""}>
        {t("corridor.send")}
      </button>
    </form>
  );
}
