import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { inLanguage } from "../i18n.ts";
import { useScenario } from "../scenario.ts";
import { injectEvent } from "../store.ts";
import { useTable } from "../useTable.ts";

/** An event's day and hour as the sources give them, e.g. "Oct 24, 10:00 EDT"; the hour only where known. */
function useWhen(): (event: { date: string; time: string | null; zone: string }) => string {
  const { i18n } = useTranslation();
  return ({ date, time, zone }) => {
    const day = new Date(`${date}T12:00:00Z`).toLocaleDateString(i18n.resolvedLanguage, {
      day: "numeric",
      month: "short",
      timeZone: "UTC",
    });
    return time ? `${day}, ${time} ${zone}` : day;
  };
}

/**
 * The news of the crisis the host has brought to the table, the latest first, on every screen; the latest is
 * announced to screen readers as it arrives.
 */
export function News({ large = false }: { large?: boolean }) {
  const { t } = useTranslation();
  const bulletins = useTable((s) => s.procedure.bulletins);
  const scenario = useScenario();
  const when = useWhen();
  if (bulletins.length === 0 || !scenario) return null;
  const events = [...bulletins]
    .reverse()
    .flatMap((id) => scenario.timeline.filter((e) => e.id === id))
    .slice(0, large ? 2 : 4);
  return (
    <section className={large ? "news large" : "news"} aria-labelledby="news-title" data-testid="news">
      <h4 id="news-title">{t("news.title")}</h4>
      <ul>
        {events.map((event, i) => {
          const said = inLanguage(event.text);
          return (
            // The newest is read out when it comes; the live region sits inside the item, which stays a list item.
            <li key={event.id}>
              <span role={i === 0 ? "status" : undefined}>
                <span className="hint">{when(event)}</span> <span lang={said.lang}>{said.text}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The host brings an event of the crisis to the table, from the scenario's timeline. */
export function InjectEvent() {
  const { t } = useTranslation();
  const allowed = useTable((s) => s.role === "host" && s.procedure.phase !== "lobby");
  const bulletins = useTable((s) => s.procedure.bulletins);
  const pending = useTable((s) => s.pending);
  const scenario = useScenario();
  const when = useWhen();
  const id = useId();
  const [chosen, setChosen] = useState("");
  if (!allowed || !scenario) return null;
  const left = scenario.timeline.filter((e) => !bulletins.includes(e.id));
  if (left.length === 0) return null;
  const event = chosen && left.some((e) => e.id === chosen) ? chosen : (left[0]?.id ?? "");
  return (
    <form
      className="inject-event"
      onSubmit={(e) => {
        e.preventDefault();
        void injectEvent(event);
      }}
    >
      <label htmlFor={id}>{t("news.inject")}</label>{" "}
      <select id={id} value={event} onChange={(e) => setChosen(e.target.value)}>
        {left.map((e) => (
          <option key={e.id} value={e.id}>
            {when(e)} — {inLanguage(e.text).text}
          </option>
        ))}
      </select>{" "}
      <button type="submit" disabled={pending !== null}>
        {t("news.announce")}
      </button>
    </form>
  );
}
