import { PERIODS, type SessionMode } from "@brink/engine";
import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { preloadTable } from "../preload.ts";
import { type ChamberId, cancelChoice, editDraft, hostNewSession, joinSession } from "../store.ts";
import { useTable } from "../useTable.ts";
import { PastSessions } from "./PastSessions.tsx";

/** The first screen: a host creates a session; everyone else joins with the code and a name. */
export function Landing() {
  const { t } = useTranslation();
  const pending = useTable((s) => s.pending);
  const { code, name } = useTable((s) => s.draft);
  const ids = { code: useId(), codeHint: useId(), name: useId(), nameHint: useId() };
  // A teacher's first choice is a class period; friends pick "no fixed length".
  const [period, setPeriod] = useState("45");
  const [mode, setMode] = useState<SessionMode>("historical");
  const [councils, setCouncils] = useState("oas");
  const choosing = useTable((s) => s.choosing);
  const chambers = useTable((s) => s.chambers);

  // A student who came by the QR code or a link has the code filled in: what joining needs is fetched at once.
  const prefilled = code !== "";
  useEffect(() => {
    if (prefilled) preloadTable();
  }, [prefilled]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void joinSession(code, name);
  };

  if (choosing) {
    return (
      <div className="landing">
        <section className="card" aria-labelledby="choose-title" data-testid="choose-council">
          <h2 id="choose-title">{t("council.choose")}</h2>
          <p>{t("council.chooseHint")}</p>
          <p className="buttons">
            {chambers.map((chamber: ChamberId) => (
              <button
                key={chamber}
                type="button"
                className="primary"
                disabled={pending === "join"}
                onClick={() => void joinSession(choosing.code, choosing.name, chamber)}
              >
                {t(`council.${chamber}`)}
              </button>
            ))}{" "}
            <button type="button" onClick={cancelChoice}>
              {t("council.back")}
            </button>
          </p>
        </section>
      </div>
    );
  }

  return (
    <div className="landing">
      <section className="card" aria-labelledby="join-title">
        <h2 id="join-title">{t("landing.joinTitle")}</h2>
        <form onSubmit={submit} onFocus={preloadTable} noValidate>
          <label htmlFor={ids.code}>{t("landing.code")}</label>
          <input
            id={ids.code}
            className="code-input"
            value={code}
            onChange={(e) => editDraft({ code: e.target.value })}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={12}
            aria-describedby={ids.codeHint}
          />
          <p id={ids.codeHint} className="hint">
            {t("landing.codeHint")}
          </p>
          <label htmlFor={ids.name}>{t("landing.name")}</label>
          <input
            id={ids.name}
            value={name}
            onChange={(e) => editDraft({ name: e.target.value })}
            autoComplete="nickname"
            aria-describedby={ids.nameHint}
          />
          <p id={ids.nameHint} className="hint">
            {t("landing.nameHint")}
          </p>
          <button type="submit" className="primary" disabled={pending === "join"}>
            {pending === "join" ? t("landing.joining") : t("landing.join")}
          </button>
        </form>
      </section>
      <section className="card" aria-labelledby="host-title">
        <h2 id="host-title">{t("landing.hostTitle")}</h2>
        <p>{t("landing.hostText")}</p>
        <form
          onFocus={preloadTable}
          onSubmit={(event) => {
            event.preventDefault();
            const chosen: ChamberId[] = councils === "both" ? ["oas", "unsc"] : [councils === "unsc" ? "unsc" : "oas"];
            void hostNewSession(period === "free" ? null : (Number(period) as 45 | 50 | 90), mode, chosen);
          }}
        >
          <label htmlFor="period">{t("landing.period")}</label>
          <select id="period" value={period} onChange={(e) => setPeriod(e.target.value)} aria-describedby="period-hint">
            {PERIODS.map((minutes) => (
              <option key={minutes} value={minutes}>
                {t("landing.periodMinutes", { count: minutes })}
              </option>
            ))}
            <option value="free">{t("landing.periodFree")}</option>
          </select>
          <p id="period-hint" className="hint">
            {t("landing.periodHint")}
          </p>
          <label htmlFor="councils">{t("landing.councils")}</label>
          <select
            id="councils"
            value={councils}
            onChange={(e) => setCouncils(e.target.value)}
            aria-describedby="councils-hint"
          >
            <option value="oas">{t("council.oas")}</option>
            <option value="unsc">{t("council.unsc")}</option>
            <option value="both">{t("landing.councilsBoth")}</option>
          </select>
          <p id="councils-hint" className="hint">
            {t("landing.councilsHint")}
          </p>
          <label htmlFor="mode">{t("landing.mode")}</label>
          <select
            id="mode"
            value={mode}
            onChange={(e) => setMode(e.target.value === "open" ? "open" : "historical")}
            aria-describedby="mode-hint"
          >
            <option value="historical">{t("landing.modeHistorical")}</option>
            <option value="open">{t("landing.modeOpen")}</option>
          </select>
          <p id="mode-hint" className="hint">
            {t("landing.modeHint")}
          </p>
          <button type="submit" className="primary" disabled={pending === "create"}>
            {pending === "create" ? t("landing.creating") : t("landing.create")}
          </button>
        </form>
      </section>
      <PastSessions />
    </div>
  );
}
