import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, deleteSession } from "../api.ts";
import { forgetHosted, type HostedSession, hostedSessions } from "../hosted.ts";
import { currentLanguage } from "../i18n.ts";

/**
 * The sessions this browser created on this server, newest first: open a debrief, or delete a session and its
 * record for good (after confirming). Shown to whoever uses the browser that holds the host keys.
 */
export function PastSessions() {
  const { t } = useTranslation();
  const [sessions, setSessions] = useState(hostedSessions);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  if (sessions.length === 0 && status === "") return null;
  const when = new Intl.DateTimeFormat(currentLanguage(), { dateStyle: "medium", timeStyle: "short" });

  const remove = async (session: HostedSession) => {
    setBusy(true);
    try {
      await deleteSession(session.sessionId, session.hostKey);
      setStatus(t("past.deleted", { code: session.joinCode }));
    } catch (e) {
      // A session this server no longer has is gone already: only the browser's note of it is left.
      if (!(e instanceof ApiError && e.code === "session/not_found")) {
        setStatus(t("past.failed", { code: session.joinCode }));
        setBusy(false);
        return;
      }
      setStatus(t("past.deleted", { code: session.joinCode }));
    }
    forgetHosted(session.sessionId);
    setSessions(hostedSessions());
    setConfirming(null);
    setBusy(false);
  };

  return (
    <section className="card past-sessions" aria-labelledby="past-title" data-testid="past-sessions">
      <h2 id="past-title">{t("past.title")}</h2>
      <p className="hint">{t("past.hint")}</p>
      <p role="status" className="past-status">
        {status}
      </p>
      <ul>
        {sessions.map((session) => (
          <li key={session.sessionId}>
            <strong>{session.joinCode}</strong> — {when.format(session.createdAt)}{" "}
            <a href={`/?debrief=${session.sessionId}`} target="_blank" rel="noopener">
              {t("past.debrief", { code: session.joinCode })}
            </a>{" "}
            {confirming === session.sessionId ? (
              <fieldset className="confirm">
                <legend>{t("past.confirm", { code: session.joinCode })}</legend>
                <button type="button" className="danger" disabled={busy} onClick={() => void remove(session)}>
                  {t("past.yes")}
                </button>{" "}
                <button type="button" onClick={() => setConfirming(null)}>
                  {t("past.no")}
                </button>
              </fieldset>
            ) : (
              <button type="button" onClick={() => setConfirming(session.sessionId)}>
                {t("past.delete", { code: session.joinCode })}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
