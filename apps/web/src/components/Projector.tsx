import { useEffect } from "react";
import "./projector.css";
import { useTranslation } from "react-i18next";
import { useTable } from "../useTable.ts";
import { Floor, Minutes, RollCall, Stopped, usePhaseTitle, VotesTable } from "./Chamber.tsx";
import { CrisisPanel, TransmittedResolution } from "./Crisis.tsx";
import { JoinCode, Seating } from "./Lobby.tsx";
import { News } from "./News.tsx";
import { Resolution } from "./Resolution.tsx";
import { AgendaQuestion, Drafts } from "./SecurityCouncil.tsx";

/** A language named in the projector's address (`&lng=es`) wins over the session's. */
const CHOSEN_LANGUAGE = new URLSearchParams(window.location.search).has("lng");
/** Where the language detector keeps a reader's choice (i18next-browser-languagedetector's default). */
const LANGUAGE_KEY = "i18nextLng";

/**
 * The projector view, to be read from the back of a classroom: before the start, the code, the QR code and
 * the table filling; then the item of the agenda, the floor with its timer, the roll call's tally board, the
 * draft with each paragraph's status and the latest of the minutes. It watches as an observer: it shows
 * only what every seat may see, and offers no control. The debrief shows a replayed moment on it (`replay`),
 * without the code to join.
 */
export default function Projector({ replay = false }: { replay?: boolean }) {
  const { t, i18n } = useTranslation();
  const language = useTable((s) => s.language);
  const joined = useTable((s) => s.joinCode !== "");
  // A projector has no control: it speaks the session's language, unless its address names one (`&lng=`).
  useEffect(() => {
    if (replay || !joined || CHOSEN_LANGUAGE || i18n.resolvedLanguage === language) return;
    // The choice is the session's, not the reader's: the teacher's console in the same browser keeps its own.
    const kept = localStorage.getItem(LANGUAGE_KEY);
    void i18n.changeLanguage(language).then(() => {
      if (kept === null) localStorage.removeItem(LANGUAGE_KEY);
      else localStorage.setItem(LANGUAGE_KEY, kept);
    });
  }, [replay, joined, language, i18n]);
  const status = useTable((s) => s.status);
  const phase = useTable((s) => s.procedure.phase);
  const outcome = useTable((s) => s.procedure.outcome);
  const unsc = useTable((s) => s.chamber === "unsc");
  const title = usePhaseTitle();
  // While a roll call is open the tally board takes the room of one entry of the minutes.
  const rollCall = useTable((s) => s.procedure.question !== "");
  // A code that finds no table leaves the error banner to say so.
  if (status === "idle" || status === "left") return null;
  if (status === "connecting") {
    return (
      <p role="status" className="connecting">
        {t("status.connecting")}
      </p>
    );
  }
  return (
    <div className={phase === "lobby" && !replay ? "projector projector-lobby" : "projector"} data-testid="projector">
      {status === "reconnecting" && (
        <p role="status" className="reconnecting">
          {t("status.reconnecting")}
        </p>
      )}
      {!replay && <JoinCode projector />}
      {phase === "lobby" ? (
        <Seating />
      ) : (
        <div className="projector-grid">
          <section className="projector-now" aria-labelledby="projector-phase">
            <p className="council-name">{t(`council.${unsc ? "unsc" : "oas"}`)}</p>
            <h2 id="projector-phase">{title}</h2>
            <Stopped />
            {outcome && (
              <p data-testid="outcome">
                {t(unsc ? `unsc.outcome.${outcome}` : `outcome.${outcome}`, { defaultValue: outcome })}
              </p>
            )}
            <News large />
            {unsc && <AgendaQuestion />}
            <Floor />
            <RollCall large />
            <Minutes recent={rollCall ? 2 : 3} />
            <VotesTable />
          </section>
          <div className="projector-side">
            <CrisisPanel large />
            <TransmittedResolution />
            {unsc ? <Drafts large /> : <Resolution large />}
          </div>
        </div>
      )}
    </div>
  );
}
