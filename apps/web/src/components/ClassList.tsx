import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { parseClassList } from "../classList.ts";
import { useDelegationName } from "../delegationName.ts";
import { freePlanned, planRoster } from "../store.ts";
import { useTable } from "../useTable.ts";

/**
 * The host's class list: pasted before the lesson, each student takes the place planned for them on joining
 * under their name. Shows who has arrived.
 */
export default function ClassList() {
  const { t } = useTranslation();
  const seats = useTable((s) => s.seats);
  const roster = useTable((s) => s.roster);
  const pending = useTable((s) => s.pending);
  const name = useDelegationName();
  const ids = { text: useId(), hint: useId() };
  const [text, setText] = useState("");
  const [unknown, setUnknown] = useState<string[]>([]);
  const arrived = roster.filter((e) => e.joined).length;
  return (
    <div className="class-list">
      <details>
        <summary>{t("classList.title")}</summary>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const parsed = parseClassList(text, seats);
            setUnknown(parsed.unknown);
            if (parsed.unknown.length === 0 && parsed.entries.length > 0) void planRoster(parsed.entries);
          }}
        >
          <label htmlFor={ids.text}>{t("classList.label")}</label>
          <textarea
            id={ids.text}
            rows={6}
            value={text}
            aria-describedby={ids.hint}
            onChange={(e) => setText(e.target.value)}
          />
          <p id={ids.hint} className="hint">
            {t("classList.hint")}
          </p>
          {unknown.length > 0 && (
            <p role="alert" className="error">
              {t("classList.unknown", { lines: unknown.join("; ") })}
            </p>
          )}
          <button type="submit" disabled={pending !== null || text.trim() === ""}>
            {t("classList.apply")}
          </button>
        </form>
      </details>
      {roster.length > 0 && (
        <>
          <p>{t("classList.arrived", { count: arrived, total: roster.length })}</p>
          <ul className="roster" data-testid="roster">
            {roster.map((entry, i) => (
              // The list is replaced as a whole: an entry's place in it is its identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={i}>
                {entry.name} —{" "}
                {entry.adviser
                  ? t("classList.adviser", { delegation: name(entry.delegation) })
                  : name(entry.delegation)}{" "}
                <span className="hint">
                  {!entry.joined
                    ? t("classList.waiting")
                    : entry.at === ""
                      ? t("classList.joinedNoSeat")
                      : entry.at === entry.delegation
                        ? t("classList.joined")
                        : t("classList.joinedAt", { delegation: name(entry.at) })}
                </span>
                {entry.held && (
                  <>
                    {" "}
                    <button
                      type="button"
                      disabled={pending !== null}
                      onClick={() => void freePlanned(entry.delegation)}
                    >
                      {t("classList.free", { name: entry.name, delegation: name(entry.delegation) })}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
