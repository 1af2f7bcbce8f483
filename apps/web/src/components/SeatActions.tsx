import { SPEECH_THEMES, type SpeechTheme } from "@brink/engine";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useDelegationName } from "../delegationName.ts";
import { inLanguage } from "../i18n.ts";
import { useScenario, useScenarioProse } from "../scenario.ts";
import { act, type Command } from "../store.ts";
import { useTable } from "../useTable.ts";
import { ActButton, TextAction } from "./ActButton.tsx";
import { useQuestionLabel } from "./questionLabel.ts";
import { UnscSeatActions } from "./SecurityCouncil.tsx";

/** The engine's limit on a speech, an explanation, a reservation or a point of order. */
const MAX_TEXT = 4000;

/**
 * What this seat may do now, as the server says (its `allowed` message): ask for the floor, speak, move a
 * motion, raise a point of order, propose an amendment, explain its vote, enter a reservation. Nothing the
 * server would refuse is offered; the server still decides each act.
 */
export function SeatActions() {
  const { t } = useTranslation();
  const mine = useTable((s) => s.seats.find((seat) => seat.holderId !== "" && seat.holderId === s.playerId));
  const { commands, motions } = useTable((s) => s.allowed);
  const pending = useTable((s) => s.pending);
  const motionsPending = useTable((s) => s.procedure.motions);
  const unsc = useTable((s) => s.chamber === "unsc");
  const can = (type: Command["type"]) => commands.includes(type);
  if (!mine) return null;
  const busy = pending !== null;
  const own = motionsPending.filter((m) => m.mover === mine.delegation);
  return (
    <section className="seat-actions" aria-label={t("actions.title")} data-testid="seat-actions">
      {(can("requestFloor") || can("withdrawRequest") || can("requestReply")) && (
        <p className="buttons">
          <ActButton command={{ type: "requestFloor" }}>{t("chamber.requestFloor")}</ActButton>
          <ActButton command={{ type: "withdrawRequest" }}>{t("actions.withdrawRequest")}</ActButton>
          <ActButton command={{ type: "requestReply" }}>{t("actions.requestReply")}</ActButton>
        </p>
      )}
      {can("speak") && <SpeechForm delegation={mine.delegation} />}
      {!can("speak") && can("yieldFloor") && (
        <button type="button" onClick={() => void act({ type: "yieldFloor" })} disabled={busy}>
          {t("chamber.yield")}
        </button>
      )}
      {motions.length > 0 && (
        <fieldset className="motions">
          <legend>{t("actions.move")}</legend>
          {motions.map((kind) => (
            <button
              key={kind}
              type="button"
              onClick={() => void act({ type: "move", kind: kind as "divide" })}
              disabled={busy}
              aria-describedby={`motion-hint-${kind}`}
            >
              {t(`motion.${kind}`)}
            </button>
          ))}
          <ul className="hint">
            {motions.map((kind) => (
              <li key={kind} id={`motion-hint-${kind}`}>
                {t(`motionHint.${kind}`)}
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {unsc && <UnscSeatActions delegation={mine.delegation} />}
      {can("withdrawMotion") &&
        own.map((m) => (
          <button
            key={m.id}
            type="button"
            onClick={() => void act({ type: "withdrawMotion", id: m.id })}
            disabled={busy}
          >
            {t("actions.withdrawMotion", { motion: t(`motion.${m.kind}`) })}
          </button>
        ))}
      {can("proposeAmendment") && !unsc && <AmendmentForm />}
      {can("raisePointOfOrder") && (
        <TextAction
          summary={t("actions.pointOfOrder")}
          label={t("actions.pointOfOrderText")}
          submit={t("actions.raise")}
          onSubmit={(text) => act({ type: "raisePointOfOrder", text })}
        />
      )}
      {can("explainVote") && <ExplainForm delegation={mine.delegation} />}
      {can("changeVote") && <ChangeVoteForm />}
      {can("enterReservation") && (
        <TextAction
          summary={t("actions.reservation")}
          label={t("actions.reservationText")}
          submit={t("actions.enter")}
          onSubmit={(text) => act({ type: "enterReservation", text })}
        />
      )}
    </section>
  );
}

/** The floor is this seat's: write a speech, or start from a talking point of the brief; then yield. */
function SpeechForm({ delegation }: { delegation: string }) {
  const { t } = useTranslation();
  const pending = useTable((s) => s.pending);
  const scenario = useScenario();
  const chamber = useTable((s) => s.chamber);
  const points = scenario?.roleCards.find((c) => c.chamber === chamber && c.delegation === delegation)?.talkingPoints;
  const [text, setText] = useState("");
  const [themes, setThemes] = useState<readonly SpeechTheme[]>([]);
  return (
    <form
      className="speech-form"
      onSubmit={(event) => {
        event.preventDefault();
        // The Security Council's speeches carry no themes: its bots weigh the drafts, not the arguments.
        void act(chamber === "oas" ? { type: "speak", text, themes: [...themes] } : { type: "speak", text }).then(
          (ok) => {
            if (!ok) return;
            setText("");
            setThemes([]);
          },
        );
      }}
    >
      {points && points.length > 0 && (
        <p>
          <label htmlFor="talking-point">{t("actions.fromPoint")}</label>{" "}
          <select
            id="talking-point"
            value=""
            onChange={(e) => setText((before) => [before.trim(), e.target.value].filter(Boolean).join("\n\n"))}
          >
            <option value="">{t("actions.choosePoint")}</option>
            {points.map((point) => {
              // The talking point in the interface's language where it is written, else in English.
              const said = inLanguage(point).text;
              return (
                <option key={point.en} value={said}>
                  {said}
                </option>
              );
            })}
          </select>
        </p>
      )}
      <label htmlFor="speech-text">{t("chamber.yourSpeech")}</label>
      <textarea id="speech-text" value={text} maxLength={MAX_TEXT} rows={4} onChange={(e) => setText(e.target.value)} />
      {/* What the speech argues: in open history the bots weigh the arguments they hear. */}
      {chamber === "oas" && (
        <fieldset className="themes">
          <legend>{t("themes.legend")}</legend>
          {SPEECH_THEMES.map((theme) => (
            <label key={theme}>
              <input
                type="checkbox"
                checked={themes.includes(theme)}
                onChange={(e) =>
                  setThemes((before) => (e.target.checked ? [...before, theme] : before.filter((x) => x !== theme)))
                }
              />{" "}
              {t(`themes.${theme}`)}
            </label>
          ))}
        </fieldset>
      )}
      <p>
        <button type="submit" className="primary" disabled={pending !== null || text.trim() === ""}>
          {t("chamber.speak")}
        </button>{" "}
        <button type="button" onClick={() => void act({ type: "yieldFloor" })} disabled={pending !== null}>
          {t("chamber.yield")}
        </button>
      </p>
    </form>
  );
}

/** A new text for one paragraph of the draft, voted before the paragraph. */
function AmendmentForm() {
  const { t } = useTranslation();
  const paragraphs = useTable((s) => s.procedure.paragraphs);
  const pending = useTable((s) => s.pending);
  const [paragraph, setParagraph] = useState(2);
  const [text, setText] = useState("");
  const [armedForce, setArmedForce] = useState(false);
  const current = paragraphs.find((p) => p.number === paragraph);
  // The draft's own words in the reader's language where the scenario has them; an amendment as it was written.
  const prose = useScenarioProse();
  const reads = current ? prose(current.text) : null;
  return (
    <details className="action">
      <summary>{t("actions.amend")}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const command: Command = {
            type: "proposeAmendment",
            paragraph,
            text,
            ...(armedForce ? { addresses: "armedForce" as const } : {}),
          };
          void act(command).then((ok) => ok && setText(""));
        }}
      >
        <label htmlFor="amend-paragraph">{t("actions.paragraph")}</label>
        <select id="amend-paragraph" value={paragraph} onChange={(e) => setParagraph(Number(e.target.value))}>
          {paragraphs.map((p) => (
            <option key={p.number} value={p.number}>
              {t("question.paragraph", { n: p.number })}
            </option>
          ))}
        </select>
        {reads && (
          <p className="hint">
            {t("actions.nowReads")} <span lang={reads.lang}>{reads.text}</span>
          </p>
        )}
        <label htmlFor="amend-text">{t("actions.newText")}</label>
        <textarea
          id="amend-text"
          value={text}
          maxLength={MAX_TEXT}
          rows={4}
          onChange={(e) => setText(e.target.value)}
        />
        <label className="check">
          <input type="checkbox" checked={armedForce} onChange={(e) => setArmedForce(e.target.checked)} />{" "}
          {t("actions.armedForce")}
        </label>
        <button type="submit" disabled={pending !== null || text.trim() === ""}>
          {t("actions.propose")}
        </button>
      </form>
    </details>
  );
}

/**
 * A change of this seat's vote for the record, after the result (as Uruguay did on 24 October 1962): the
 * record keeps both, and the result stands.
 */
function ChangeVoteForm() {
  const { t } = useTranslation();
  const votes = useTable((s) => s.procedure.votes);
  const pending = useTable((s) => s.pending);
  const label = useQuestionLabel();
  const ids = { question: useId(), choice: useId() };
  const [question, setQuestion] = useState("");
  const [choice, setChoice] = useState<"yes" | "no" | "abstain">("yes");
  const chosen = question || votes.at(-1)?.question || "";
  return (
    <details className="action">
      <summary>{t("actions.changeVote")}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void act({ type: "changeVote", question: chosen, choice });
        }}
      >
        <p className="hint">{t("actions.changeVoteHint")}</p>
        <label htmlFor={ids.question}>{t("chamber.question")}</label>
        <select id={ids.question} value={chosen} onChange={(e) => setQuestion(e.target.value)}>
          {votes.map((v) => (
            <option key={v.question} value={v.question}>
              {label(v.question)}
            </option>
          ))}
        </select>
        <label htmlFor={ids.choice}>{t("actions.newChoice")}</label>
        <select id={ids.choice} value={choice} onChange={(e) => setChoice(e.target.value as "yes" | "no" | "abstain")}>
          {(["yes", "no", "abstain"] as const).map((c) => (
            <option key={c} value={c}>
              {t(`tally.${c}`)}
            </option>
          ))}
        </select>
        <button type="submit" disabled={pending !== null || chosen === ""}>
          {t("actions.changeVoteSubmit")}
        </button>
      </form>
    </details>
  );
}

/** An explanation of a vote this seat cast. */
function ExplainForm({ delegation }: { delegation: string }) {
  const { t } = useTranslation();
  const votes = useTable((s) => s.procedure.votes);
  const label = useQuestionLabel();
  const name = useDelegationName();
  const [question, setQuestion] = useState("");
  const chosen = question || votes.at(-1)?.question || "";
  return (
    <TextAction
      summary={t("actions.explain", { delegation: name(delegation) })}
      label={t("actions.explainText")}
      submit={t("actions.enter")}
      onSubmit={(text) => act({ type: "explainVote", question: chosen, text })}
    >
      <label htmlFor="explain-question">{t("chamber.question")}</label>
      <select id="explain-question" value={chosen} onChange={(e) => setQuestion(e.target.value)}>
        {votes.map((v) => (
          <option key={v.question} value={v.question}>
            {label(v.question)}
          </option>
        ))}
      </select>
    </TextAction>
  );
}
