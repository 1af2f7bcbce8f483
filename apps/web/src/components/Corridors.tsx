import type { CorridorMessageWire } from "@brink/protocol";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useDelegationName } from "../delegationName.ts";
import { type CorridorAskView, sendCorridor, teamSeatOf } from "../store.ts";
import { useTable } from "../useTable.ts";
import { inSentence, useQuestionLabel } from "./questionLabel.ts";

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
        // The live log around the list, so that the list stays a list to a screen reader.
        <div role="log" aria-label={t("corridor.log")}>
          <ol className="corridor-log">
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
                <AskLine message={m} all={messages} />
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}

const CHOICES = ["yes", "no", "abstain"] as const;
type AskedChoice = (typeof CHOICES)[number];

/** A request for a vote and what is offered for it, or a bot's answer to one, in the reader's words. */
function AskLine({ message, all }: { message: CorridorMessageWire; all: readonly CorridorMessageWire[] }) {
  const { t } = useTranslation();
  const label = useQuestionLabel();
  const vote = (choice: string, question: string) => ({
    vote: t(`corridor.vote.${choice}`),
    question: inSentence(label(question)),
  });
  if (message.ask) {
    const { question, choice, offer } = message.ask;
    return (
      <span className="corridor-ask">
        {" "}
        {t("corridor.asks", vote(choice, question))}
        {offer && ` ${t("corridor.offers", vote(offer.choice, offer.question))}`}
      </span>
    );
  }
  const reply = message.reply;
  const asked = reply && all.find((m) => m.id === reply.message)?.ask;
  if (!reply || !asked) return null;
  return (
    <span className={`corridor-reply ${reply.answer}`}>
      {t(reply.answer === "agreed" ? "corridor.agreed" : "corridor.declined", vote(asked.choice, asked.question))}{" "}
      {t(`corridor.reason.${reply.reason}`)}
    </span>
  );
}

function CorridorForm({ from }: { from: string }) {
  const { t } = useTranslation();
  const seats = useTable((s) => s.seats);
  const chair = useTable((s) => s.chair);
  const pending = useTable((s) => s.pending);
  const name = useDelegationName();
  const askable = useTable((s) => s.procedure.askable);
  const label = useQuestionLabel();
  const ids = {
    to: useId(),
    text: useId(),
    question: useId(),
    choice: useId(),
    offer: useId(),
    offerChoice: useId(),
  };
  const others = seats.filter((s) => !s.excluded && s.delegation !== from);
  const own = seats.find((s) => s.delegation === from);
  const [to, setTo] = useState(chair && chair !== from ? chair : (others[0]?.delegation ?? ""));
  const [text, setText] = useState("");
  const [question, setQuestion] = useState("");
  const [choice, setChoice] = useState<AskedChoice>("yes");
  const [offer, setOffer] = useState("");
  const [offerChoice, setOfferChoice] = useState<AskedChoice>("yes");
  // A question voted meanwhile is no longer open to a request.
  const asking = question !== "" && askable.includes(question) && to !== from;
  const offering = asking && offer !== "" && offer !== question && askable.includes(offer);
  const ask: CorridorAskView | undefined = asking
    ? { question, choice, ...(offering ? { offer: { question: offer, choice: offerChoice } } : {}) }
    : undefined;
  const choices = CHOICES.map((c) => (
    <option key={c} value={c}>
      {t(`tally.${c}`)}
    </option>
  ));
  return (
    <form
      className="corridor-form"
      onSubmit={(event) => {
        event.preventDefault();
        void sendCorridor(to, text, ask).then((ok) => {
          if (!ok) return;
          setText("");
          setQuestion("");
          setOffer("");
        });
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
      {askable.length > 0 && to !== from && (
        <fieldset className="corridor-request">
          <legend>{t("corridor.ask")}</legend>
          <label htmlFor={ids.question}>{t("corridor.askQuestion")}</label>
          <select id={ids.question} value={question} onChange={(e) => setQuestion(e.target.value)}>
            <option value="">{t("corridor.askNone")}</option>
            {askable.map((q) => (
              <option key={q} value={q}>
                {label(q)}
              </option>
            ))}
          </select>
          {question !== "" && (
            <>
              <label htmlFor={ids.choice}>{t("corridor.askChoice")}</label>
              <select id={ids.choice} value={choice} onChange={(e) => setChoice(e.target.value as AskedChoice)}>
                {choices}
              </select>
              <label htmlFor={ids.offer}>{t("corridor.offer")}</label>
              <select id={ids.offer} value={offer} onChange={(e) => setOffer(e.target.value)}>
                <option value="">{t("corridor.offerNone")}</option>
                {askable
                  .filter((q) => q !== question)
                  .map((q) => (
                    <option key={q} value={q}>
                      {label(q)}
                    </option>
                  ))}
              </select>
              {offer !== "" && (
                <>
                  <label htmlFor={ids.offerChoice}>{t("corridor.offerChoice")}</label>
                  <select
                    id={ids.offerChoice}
                    value={offerChoice}
                    onChange={(e) => setOfferChoice(e.target.value as AskedChoice)}
                  >
                    {choices}
                  </select>
                </>
              )}
            </>
          )}
        </fieldset>
      )}
      <button
        type="submit"
        className="corridor-send"
        disabled={pending !== null || (text.trim() === "" && !ask) || to === ""}
      >
        {t("corridor.send")}
      </button>
    </form>
  );
}
