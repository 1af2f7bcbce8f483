import { UNSC_PRESIDENT_COMMANDS } from "@brink/engine";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useDelegationName } from "../delegationName.ts";
import { inLanguage } from "../i18n.ts";
import { useScenario, useScenarioProse } from "../scenario.ts";
import { act, type Command, type DraftView } from "../store.ts";
import { useTable } from "../useTable.ts";
import { ActButton, TextAction } from "./ActButton.tsx";
import { TimeLimit } from "./ChairConsole.tsx";

/** The engine's limit on a speech, a statement or a paragraph. */
const MAX_TEXT = 4000;

/**
 * A Security Council seat's own acts beyond the floor, as the server allows them now: object to adopting the
 * agenda or the invitation without a vote, table a draft, propose an added paragraph, ask for a vote on its
 * own draft or withdraw it, move to adjourn; U Thant's statement.
 */
export function UnscSeatActions({ delegation }: { delegation: string }) {
  const { t } = useTranslation();
  const commands = useTable((s) => s.allowed.commands);
  const drafts = useTable((s) => s.procedure.drafts);
  const pending = useTable((s) => s.pending);
  const can = (type: Command["type"]) => commands.includes(type);
  const busy = pending !== null;
  const own = drafts.filter((d) => d.sponsor === delegation && d.status === "tabled");
  // The draft this government tabled in October 1962, if any, to table as it was or to rewrite.
  const scenario = useScenario();
  const recorded = scenario?.securityCouncil.drafts
    .find((d) => d.sponsor === delegation)
    ?.paragraphs.map((p) => inLanguage(p).text)
    .join("\n");
  return (
    <>
      {(can("object") || can("moveAdjournment")) && (
        <p className="buttons">
          {can("object") && (
            <button
              type="button"
              onClick={() => void act({ type: "object" })}
              disabled={busy}
              aria-describedby="object-hint"
            >
              {t("unsc.object")}
            </button>
          )}
          <ActButton command={{ type: "moveAdjournment" }}>{t("unsc.moveAdjournment")}</ActButton>
        </p>
      )}
      {can("object") && (
        <p className="hint" id="object-hint">
          {t("unsc.objectHint")}
        </p>
      )}
      {own.length > 0 && (can("requestVote") || can("withdrawDraft")) && (
        <p className="buttons">
          {own.map((draft) => (
            <span key={draft.id}>
              {can("requestVote") && !draft.voteRequested && (
                <button
                  type="button"
                  onClick={() => void act({ type: "requestVote", draft: draft.id })}
                  disabled={busy}
                >
                  {t("unsc.requestVote")}
                </button>
              )}{" "}
              <ActButton command={{ type: "withdrawDraft", draft: draft.id }}>{t("unsc.withdrawDraft")}</ActButton>
            </span>
          ))}
        </p>
      )}
      {can("makeStatement") && (
        <TextAction
          summary={t("unsc.statement")}
          label={t("unsc.statementText")}
          submit={t("unsc.makeStatement")}
          onSubmit={(text) => act({ type: "makeStatement", text })}
          rows={4}
          open
        />
      )}
      {can("tableDraft") && own.length === 0 && (
        <TextAction
          // Mounted again once the scenario has loaded, to start from the recorded draft.
          key={recorded ? "recorded" : "blank"}
          summary={t("unsc.tableDraft")}
          label={t("unsc.draftText")}
          hint={t(recorded ? "unsc.draftHintRecorded" : "unsc.draftHint")}
          initial={recorded}
          submit={t("unsc.table")}
          onSubmit={(text) =>
            act({
              type: "tableDraft",
              paragraphs: text
                .split(/\n\s*\n|\n/)
                .map((p) => p.trim())
                .filter(Boolean),
            })
          }
        />
      )}
      {can("proposeAmendment") && <AmendDraft />}
    </>
  );
}

/** A paragraph to add to a draft before the Council, voted before the draft itself. */
function AmendDraft() {
  const { t } = useTranslation();
  const drafts = useTable((s) => s.procedure.drafts).filter((d) => d.status === "tabled");
  const pending = useTable((s) => s.pending);
  const name = useDelegationName();
  const ids = { draft: useId(), text: useId() };
  const [chosen, setChosen] = useState("");
  const [text, setText] = useState("");
  const draft = chosen || drafts[0]?.id || "";
  return (
    <details className="action">
      <summary>{t("unsc.amend")}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void act({ type: "proposeAmendment", draft, text }).then((ok) => ok && setText(""));
        }}
      >
        <label htmlFor={ids.draft}>{t("unsc.whichDraft")}</label>
        <select id={ids.draft} value={draft} onChange={(e) => setChosen(e.target.value)}>
          {drafts.map((d) => (
            <option key={d.id} value={d.id}>
              {t("unsc.draftOf", { delegation: name(d.sponsor) })}
            </option>
          ))}
        </select>
        <label htmlFor={ids.text}>{t("unsc.amendText")}</label>
        <textarea id={ids.text} value={text} maxLength={MAX_TEXT} rows={3} onChange={(e) => setText(e.target.value)} />
        <button type="submit" disabled={pending !== null || text.trim() === "" || draft === ""}>
          {t("actions.propose")}
        </button>
      </form>
    </details>
  );
}

/**
 * The President's controls, for the host and for a student in the Soviet chair: proceed with the agenda and
 * the invitation, give and end the floor, put a requested draft or a motion, close a vote, suspend, adjourn,
 * convene the next meeting. Each button only while the server would accept it.
 */
export function PresidentConsole() {
  const { t } = useTranslation();
  const commands = useTable((s) => s.allowed.commands);
  const role = useTable((s) => s.role);
  const procedure = useTable((s) => s.procedure);
  const pending = useTable((s) => s.pending);
  const name = useDelegationName();
  const can = (type: Command["type"]) => commands.includes(type);
  if (!UNSC_PRESIDENT_COMMANDS.some(can)) return null;
  const busy = pending !== null;
  const run = (command: Command) => () => void act(command);
  const requested = procedure.drafts.filter((d) => d.status === "tabled" && d.voteRequested);
  const objected = procedure.objections.length > 0;
  return (
    <section className="chair-console" aria-labelledby="president-title" data-testid="chair-console">
      <h4 id="president-title">{role === "host" ? t("unsc.hostPresident") : t("unsc.president")}</h4>
      <p className="buttons">
        <ActButton command={{ type: "proceed" }} primary>
          {objected
            ? t("unsc.putObjection")
            : t(procedure.phase === "agenda" ? "unsc.adoptAgenda" : "unsc.invite", {
                delegation: name("CUB"),
              })}
        </ActButton>
        {procedure.queue[0] && (
          <ActButton command={{ type: "giveFloor" }}>
            {t("chair.giveFloor", { delegation: name(procedure.queue[0]) })}
          </ActButton>
        )}
        <ActButton command={{ type: "endSpeech" }}>{t("chair.endSpeech")}</ActButton>
        {can("putDraft") &&
          requested.map((d) => (
            <button
              key={d.id}
              type="button"
              className="primary"
              onClick={run({ type: "putDraft", draft: d.id })}
              disabled={busy}
            >
              {t("unsc.putDraft", { delegation: name(d.sponsor) })}
            </button>
          ))}
        <ActButton command={{ type: "putMotion" }}>{t("unsc.putAdjournment")}</ActButton>
        {procedure.called && (
          <ActButton command={{ type: "recordAbsent" }}>
            {t("chair.recordAbsent", { delegation: name(procedure.called) })}
          </ActButton>
        )}
        <ActButton command={{ type: "closeVote" }} primary>
          {t("chair.closeVote")}
        </ActButton>
        <ActButton command={{ type: "suspendMeeting" }}>{t("unsc.suspend")}</ActButton>
        <ActButton command={{ type: "resumeMeeting" }} primary>
          {t("unsc.resume")}
        </ActButton>
        <ActButton command={{ type: "adjournMeeting" }}>{t("unsc.adjourn", { meeting: procedure.meeting })}</ActButton>
        <ActButton command={{ type: "convene" }} primary>
          {t("unsc.convene", { meeting: procedure.meeting })}
        </ActButton>
      </p>
      {can("setTimeLimit") && <TimeLimit />}
    </section>
  );
}

/**
 * The drafts before the Security Council: each with its sponsor, its paragraphs (in the interface's language
 * while they read as the scenario wrote them), the paragraphs proposed to it, whether a vote is asked, and
 * its fate in words.
 */
export function Drafts({ large = false }: { large?: boolean }) {
  const { t } = useTranslation();
  const drafts = useTable((s) => s.procedure.drafts);
  const amendments = useTable((s) => s.procedure.amendments);
  const name = useDelegationName();
  const prose = useScenarioProse();
  if (drafts.length === 0) return null;
  const paragraph = (text: string) => {
    const said = prose(text);
    return <span lang={said.lang}>{said.text}</span>;
  };
  return (
    <section className={large ? "resolution large" : "resolution"} aria-labelledby="drafts-title">
      <h4 id="drafts-title">{t("unsc.drafts")}</h4>
      <ul className="drafts" data-testid="drafts">
        {drafts.map((draft: DraftView) => (
          <li key={draft.id} className={`draft ${draft.status}`}>
            <p>
              <strong>{t("unsc.draftOf", { delegation: name(draft.sponsor) })}</strong>{" "}
              <span className={`status ${draft.status}`}>{t(`unsc.status.${draft.status}`)}</span>
              {draft.voteRequested && draft.status === "tabled" && <> — {t("unsc.voteAsked")}</>}
            </p>
            <ol className="paragraphs">
              {draft.paragraphs
                .map((text, n) => ({ text, n }))
                .map(({ text, n }) => (
                  // Paragraphs are only ever appended, so a paragraph's place is a stable key.
                  <li key={n}>{paragraph(text)}</li>
                ))}
            </ol>
            {amendments
              .filter((a) => a.draft === draft.id && a.status === "pending")
              .map((a) => (
                <p key={a.id} className="amendment pending">
                  <span className="status pending">{t("resolution.amendmentStatus.pending")}</span>{" "}
                  {t("unsc.addition", { delegation: name(a.sponsor) })} <q>{a.text}</q>
                </p>
              ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * What the Council decides before it debates, said to everyone: the agenda (the three letters) and Cuba's
 * invitation pass unless a member objects, and the members who have objected, by name.
 */
export function AgendaQuestion() {
  const { t } = useTranslation();
  const phase = useTable((s) => s.procedure.phase);
  const objections = useTable((s) => s.procedure.objections);
  const name = useDelegationName();
  if (phase !== "agenda" && phase !== "invitation") return null;
  return (
    <div className="agenda-question" data-testid="agenda-question">
      <p>{t(`unsc.question.${phase}`, { delegation: name("CUB") })}</p>
      {objections.length > 0 && (
        <p>
          <strong>{t("unsc.objections", { list: objections.map(name).join(", ") })}</strong>
        </p>
      )}
    </div>
  );
}
