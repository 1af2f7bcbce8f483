import { useState } from "react";
import { useTranslation } from "react-i18next";
import { currentLanguage } from "../i18n.ts";
import { requestFloor, speak, startSession, vote, yieldFloor } from "../store.ts";
import { useTable } from "../useTable.ts";
import { useQuestionLabel } from "./questionLabel.ts";

/** The host's button to open the session; bots then voice every empty seat. */
export function StartSession() {
  const { t } = useTranslation();
  const role = useTable((s) => s.role);
  const phase = useTable((s) => s.procedure.phase);
  const pending = useTable((s) => s.pending);
  if (role !== "host" || phase !== "lobby") return null;
  return (
    <p>
      <button type="button" className="primary" onClick={() => void startSession()} disabled={pending !== null}>
        {t("chamber.start")}
      </button>{" "}
      <span className="hint">{t("chamber.startHint")}</span>
    </p>
  );
}

/** The phases in which delegations ask for the floor and speak. */
const DEBATES = new Set(["usStatement", "convocationDebate", "resolutionDebate"]);
/** How many of the latest speeches the chamber panel shows. */
const RECENT_SPEECHES = 5;

/** The floor is this seat's: write a speech and deliver it, then yield. */
function SpeechForm() {
  const { t } = useTranslation();
  const pending = useTable((s) => s.pending);
  const [text, setText] = useState("");
  return (
    <form
      className="speech-form"
      onSubmit={(event) => {
        event.preventDefault();
        void speak(text).then((ok) => ok && setText(""));
      }}
    >
      <label htmlFor="speech-text">{t("chamber.yourSpeech")}</label>
      <textarea id="speech-text" value={text} maxLength={4000} rows={4} onChange={(e) => setText(e.target.value)} />
      <p>
        <button type="submit" className="primary" disabled={pending !== null || text.trim() === ""}>
          {t("chamber.speak")}
        </button>{" "}
        <button type="button" onClick={() => void yieldFloor()} disabled={pending !== null}>
          {t("chamber.yield")}
        </button>
      </p>
    </form>
  );
}

/** The procedure under way: phase, floor, the open roll call (with this seat's vote), and the votes taken. */
export function Chamber() {
  const { t } = useTranslation();
  const procedure = useTable((s) => s.procedure);
  const seats = useTable((s) => s.seats);
  const mine = useTable((s) => s.seats.find((seat) => seat.holderId !== "" && seat.holderId === s.playerId));
  const pending = useTable((s) => s.pending);
  const label = useQuestionLabel();
  if (procedure.phase === "lobby") return null;
  const name = (id: string) => seats.find((s) => s.delegation === id)?.names[currentLanguage()] ?? id;
  const counts = { yes: 0, no: 0, abstain: 0, absent: 0 } as Record<string, number>;
  for (const choice of Object.values(procedure.choices)) counts[choice] = (counts[choice] ?? 0) + 1;
  const myTurn = mine !== undefined && procedure.called === mine.delegation;
  const myFloor = mine !== undefined && procedure.floor === mine.delegation;
  const canAsk =
    mine !== undefined &&
    DEBATES.has(procedure.phase) &&
    !myFloor &&
    !procedure.queue.includes(mine.delegation) &&
    procedure.question === "";

  return (
    <section className="chamber card" aria-labelledby="chamber-title" data-testid="chamber">
      <h3 id="chamber-title">{t(`phase.${procedure.phase}`, { defaultValue: procedure.phase })}</h3>
      {procedure.outcome && (
        <p data-testid="outcome">{t(`outcome.${procedure.outcome}`, { defaultValue: procedure.outcome })}</p>
      )}
      {procedure.floor && <p>{t("chamber.floor", { delegation: name(procedure.floor) })}</p>}
      {procedure.queue.length > 0 && (
        <p data-testid="speakers-list">{t("chamber.queue", { list: procedure.queue.map(name).join(", ") })}</p>
      )}
      {canAsk && (
        <button type="button" onClick={() => void requestFloor()} disabled={pending !== null}>
          {t("chamber.requestFloor")}
        </button>
      )}
      {myFloor && <SpeechForm />}
      {procedure.question && (
        <div className="roll-call" data-testid="roll-call">
          <p>
            <strong>{t("chamber.rollCall", { question: label(procedure.question) })}</strong>{" "}
            {procedure.called && t("chamber.called", { delegation: name(procedure.called) })}
          </p>
          <p>
            {t("chamber.soFar")}: {t("tally.yes")} {counts.yes} · {t("tally.no")} {counts.no} · {t("tally.abstain")}{" "}
            {counts.abstain} · {t("tally.absent")} {counts.absent}
            {procedure.needed > 0 && <> — {t("chamber.needed", { count: procedure.needed })}</>}
          </p>
          {myTurn && (
            <fieldset className="vote-buttons">
              <legend>{t("chamber.yourVote", { delegation: mine ? name(mine.delegation) : "" })}</legend>
              {(["yes", "no", "abstain"] as const).map((choice) => (
                <button key={choice} type="button" onClick={() => void vote(choice)} disabled={pending !== null}>
                  {t(`tally.${choice}`)}
                </button>
              ))}
            </fieldset>
          )}
        </div>
      )}
      {procedure.speeches.length > 0 && (
        <div role="log" aria-labelledby="speeches-title" className="speeches" data-testid="speeches">
          <h4 id="speeches-title">{t("chamber.speeches")}</h4>
          <ol start={Math.max(procedure.speeches.length - RECENT_SPEECHES, 0) + 1}>
            {procedure.speeches
              .map((speech, n) => ({ speech, n }))
              .slice(-RECENT_SPEECHES)
              .map(({ speech, n }) => (
                // Speeches are only ever appended, so a speech's place in the record is a stable key.
                <li key={n}>
                  <strong>{name(speech.delegation)}:</strong> {speech.text}
                </li>
              ))}
          </ol>
        </div>
      )}
      {procedure.votes.length > 0 && (
        <table className="votes" data-testid="votes">
          <caption>{t("chamber.votes")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("chamber.question")}</th>
              <th scope="col">{t("chamber.result")}</th>
              <th scope="col">{t("tally.yes")}</th>
              <th scope="col">{t("tally.no")}</th>
              <th scope="col">{t("tally.abstain")}</th>
              <th scope="col">{t("tally.absent")}</th>
            </tr>
          </thead>
          <tbody>
            {procedure.votes.map((v) => (
              <tr key={v.question}>
                <th scope="row">{label(v.question)}</th>
                <td>{t(`result.${v.result}`)}</td>
                <td>{v.yes}</td>
                <td>{v.no}</td>
                <td>{v.abstain}</td>
                <td>{v.absent}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
