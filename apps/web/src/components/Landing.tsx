import { type FormEvent, useId } from "react";
import { useTranslation } from "react-i18next";
import { editDraft, hostNewSession, joinSession } from "../store.ts";
import { useTable } from "../useTable.ts";

/** The first screen: a host creates a session; everyone else joins with the code and a name. */
export function Landing() {
  const { t } = useTranslation();
  const pending = useTable((s) => s.pending);
  const { code, name } = useTable((s) => s.draft);
  const ids = { code: useId(), codeHint: useId(), name: useId(), nameHint: useId() };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void joinSession(code, name);
  };

  return (
    <div className="landing">
      <section className="card" aria-labelledby="join-title">
        <h2 id="join-title">{t("landing.joinTitle")}</h2>
        <form onSubmit={submit} noValidate>
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
        <button type="button" className="primary" onClick={() => void hostNewSession()} disabled={pending === "create"}>
          {pending === "create" ? t("landing.creating") : t("landing.create")}
        </button>
      </section>
    </div>
  );
}
