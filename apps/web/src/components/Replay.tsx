import type { MinuteEntry, RecordVote, ReplayView, SessionRecord } from "@brink/protocol";
import type { TFunction } from "i18next";
import { useEffect, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api.ts";
import { type PublicScenario, useScenarioProse } from "../scenario.ts";
import { replayStore, showReplay } from "../store.ts";
import { TableContext } from "../useTable.ts";
import { useWords } from "./debriefWords.ts";
import Projector from "./Projector.tsx";

type Chamber = "oas" | "unsc";

/**
 * The session replayed from its minutes, act by act: a council's phase at that moment, the act itself (a
 * speech with its words, a vote with its count), and the votes taken so far. Moved with a slider or the
 * Previous and Next buttons, by keyboard as by pointer; each moment is announced to screen readers.
 */
export function Replay({
  record,
  scenario,
  load,
}: {
  record: SessionRecord;
  scenario: PublicScenario;
  /** Fetches a council's table at a moment, to show it on the chamber view. */
  load: (chamber: Chamber, minute: number) => Promise<ReplayView>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const councils = record.chambers.filter((c) => (record.minutes ?? []).some((m) => m.chamber === c));
  const [chamber, setChamber] = useState<Chamber>(councils[0] ?? "oas");
  const minutes = (record.minutes ?? []).filter((m) => m.chamber === chamber);
  const [step, setStep] = useState(0);
  const [onView, setOnView] = useState(false);
  const describe = useActWords(record, scenario);
  if (councils.length === 0 || minutes.length === 0) return null;
  const at = Math.min(step, minutes.length - 1);
  const act = minutes[at] as MinuteEntry;
  const phase = phaseAt(minutes, at, t);
  const taken = minutes
    .slice(0, at + 1)
    .flatMap((m) => (m.kind === "vote" && m.vote !== undefined && record.votes[m.vote] ? [record.votes[m.vote]] : []))
    .filter((v): v is RecordVote => v !== undefined);
  const go = (next: number) => setStep(Math.max(0, Math.min(minutes.length - 1, next)));
  const position = t("debrief.replay.position", { n: at + 1, total: minutes.length });
  const said = describe(act);
  return (
    <section aria-labelledby="debrief-replay" className="replay" data-testid="debrief-replay">
      <h3 id="debrief-replay">{t("debrief.replay.title")}</h3>
      <p className="hint">{t("debrief.replay.hint")}</p>
      {councils.length > 1 && (
        <p>
          <label htmlFor={`${id}-council`}>{t("debrief.replay.council")}</label>{" "}
          <select
            id={`${id}-council`}
            value={chamber}
            onChange={(e) => {
              setChamber(e.target.value as Chamber);
              setStep(0);
            }}
          >
            {councils.map((c) => (
              <option key={c} value={c}>
                {t(`council.${c}`)}
              </option>
            ))}
          </select>
        </p>
      )}
      <div className="replay-controls">
        <button type="button" onClick={() => go(at - 1)} disabled={at === 0}>
          {t("debrief.replay.previous")}
        </button>
        <label htmlFor={`${id}-moment`}>{t("debrief.replay.moment")}</label>
        <input
          id={`${id}-moment`}
          type="range"
          min={0}
          max={minutes.length - 1}
          value={at}
          aria-valuetext={`${position}: ${said.line}`}
          onChange={(e) => go(Number(e.target.value))}
        />
        <button type="button" onClick={() => go(at + 1)} disabled={at === minutes.length - 1}>
          {t("debrief.replay.next")}
        </button>
      </div>
      <div className="replay-view" aria-live="polite" data-testid="replay-view">
        <p className="council-name">
          {t(`council.${chamber}`)} · {position} ·{" "}
          {t("debrief.replay.elapsed", { minutes: Math.floor(act.elapsed / 60), seconds: act.elapsed % 60 })}
        </p>
        <h4>{phase}</h4>
        <p className="replay-act">{said.line}</p>
        {said.words && (
          <blockquote lang={said.words.lang}>
            {said.words.text.split("\n").map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one fixed text
              <p key={i}>{line}</p>
            ))}
          </blockquote>
        )}
      </div>
      <details className="replay-chamber" onToggle={(e) => setOnView(e.currentTarget.open)}>
        <summary>{t("debrief.replay.onChamberView")}</summary>
        {onView && <ChamberView key={chamber} chamber={chamber} minute={at} load={load} />}
      </details>
      <h4>{t("debrief.replay.votesSoFar")}</h4>
      {taken.length === 0 ? (
        <p className="hint">{t("debrief.replay.noVotesYet")}</p>
      ) : (
        <ul className="replay-votes">
          {taken.map((vote, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a question may be voted twice; the order is fixed
            <li key={i}>{describe.vote(vote)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The projector's own view of the council at the moment, as the server folds it from the log: the floor, the
 * roll call's board, the draft with each paragraph's fate, the crisis, the latest minutes; timers stopped.
 */
function ChamberView({
  chamber,
  minute,
  load,
}: {
  chamber: Chamber;
  minute: number;
  load: (chamber: Chamber, minute: number) => Promise<ReplayView>;
}) {
  const { t } = useTranslation();
  const store = useMemo(() => replayStore(), []);
  const [shown, setShown] = useState<number | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    // Only the moment last asked for is shown, however the answers arrive while the slider moves.
    let current = true;
    load(chamber, minute).then(
      (view) => {
        if (!current) return;
        showReplay(store, view.state, view.at);
        setShown(minute);
        setFailed(null);
      },
      (e: unknown) => current && setFailed(e instanceof ApiError ? e.code : "network"),
    );
    return () => {
      current = false;
    };
  }, [chamber, minute, load, store]);
  return (
    <div className="replay-projector" aria-busy={shown !== minute} data-testid="replay-chamber">
      {failed && (
        <p role="alert" className="error">
          {t(`errors.${failed}`, { defaultValue: t("debrief.failed") })}
        </p>
      )}
      {shown !== null && (
        <TableContext.Provider value={store}>
          <Projector replay />
        </TableContext.Provider>
      )}
    </div>
  );
}

/** The council's phase at a moment: the last phase the minutes entered before it. */
function phaseAt(minutes: readonly MinuteEntry[], at: number, t: TFunction): string {
  const last = minutes
    .slice(0, at + 1)
    .findLast((m) => m.kind === "phase" || m.kind === "opened" || m.kind === "closed" || m.kind === "meetingAdjourned");
  const unsc = minutes[0]?.chamber === "unsc";
  if (!last || last.kind === "opened") return t(unsc ? "unsc.phase.agenda" : "phase.opening");
  if (last.kind === "closed") return t(unsc ? "unsc.phase.closed" : "phase.closed");
  if (last.kind === "meetingAdjourned") return t("unsc.phase.adjourned", { meeting: (last.meeting ?? 0) + 1 });
  if (last.detail === "meeting") return t("unsc.phase.debate", { meeting: last.meeting });
  return t(unsc ? `unsc.phase.${last.detail}` : `phase.${last.detail}`, { defaultValue: last.detail ?? "" });
}

/** Each act of the minutes in a sentence of the reader's language, and a speech's words where it has them. */
function useActWords(record: SessionRecord, scenario: PublicScenario) {
  const { t } = useTranslation();
  const prose = useScenarioProse();
  const words = useWords(scenario, record);
  const name = (id?: string) => (id ? words.name(id) : "");
  // The debrief's labels, and an amendment named by its sponsor and what it amends, as the minutes tell.
  const question = (chamber: Chamber, q?: string, motion?: string): string => {
    if (!q) return "";
    const proposed = q.startsWith("amendment-")
      ? record.minutes?.find((m) => m.chamber === chamber && m.kind === "amendment" && m.question === q)
      : undefined;
    if (!proposed) return words.question({ chamber, question: q, ...(motion ? { motion } : {}) });
    const amended = /^paragraph-(\d+)$/.exec(proposed.detail ?? "");
    if (amended) return t("question.amendmentOf", { delegation: name(proposed.delegation), n: amended[1] });
    const draft = record.drafts.find((d) => d.id === proposed.detail);
    return t("unsc.additionTo", {
      delegation: name(proposed.delegation),
      draft: draft ? name(draft.sponsor) : (proposed.detail ?? ""),
    });
  };
  const vote = (v: RecordVote) =>
    t(v.result === "adopted" ? "announce.adopted" : "announce.rejected", {
      question: question(v.chamber, v.question, v.motion),
      ...v.tally,
    });
  const describe = (m: MinuteEntry): { line: string; words?: { text: string; lang?: string } } => {
    const delegation = name(m.delegation);
    const words = m.text === undefined ? undefined : prose(m.text);
    const of = (q?: string) => question(m.chamber, q);
    switch (m.kind) {
      case "vote": {
        const v = m.vote === undefined ? undefined : record.votes[m.vote];
        return { line: v ? vote(v) : "" };
      }
      case "speech":
        return { line: t("debrief.replay.act.speech", { delegation }), ...(words ? { words } : {}) };
      case "statement":
        return { line: t("debrief.replay.act.statement"), ...(words ? { words } : {}) };
      case "pointOfOrder":
      case "amendment":
      case "explanation":
      case "reservation":
      case "draftTabled":
        return {
          line: t(`debrief.replay.act.${m.kind}`, {
            delegation,
            question: of(m.kind === "amendment" ? m.detail : m.question),
          }),
          ...(words ? { words } : {}),
        };
      case "motion":
      case "motionWithdrawn":
        return { line: t(`debrief.replay.act.${m.kind}`, { delegation, motion: t(`motion.${m.detail ?? ""}`) }) };
      case "ruling":
        return { line: t(`debrief.replay.act.${m.detail === "upheld" ? "upheld" : "overruled"}`, { delegation }) };
      case "voteChange":
        return {
          line: t("debrief.replay.act.voteChange", {
            delegation,
            question: of(m.question),
            from: t(`tally.${m.from ?? "absent"}`),
            to: t(`tally.${m.to ?? "absent"}`),
          }),
        };
      case "phase":
        return { line: t("debrief.replay.act.phase") };
      case "meetingAdjourned":
        return { line: t("minutes.meetingAdjourned", { meeting: m.meeting }) };
      case "closed":
        return {
          line: t(m.chamber === "unsc" ? `unsc.outcome.${m.detail ?? ""}` : `outcome.${m.detail ?? ""}`, {
            defaultValue: m.detail ?? "",
          }),
        };
      default:
        return { line: t(`debrief.replay.act.${m.kind}`, { delegation, question: of(m.question) }) };
    }
  };
  return Object.assign(describe, { vote });
}
