import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useDelegationName } from "../delegationName.ts";
import { floorClock } from "../floorClock.ts";
import { useScenarioProse } from "../scenario.ts";
import { act, type EntryView, pauseSession, resumeSession, startSession } from "../store.ts";
import { useTable } from "../useTable.ts";
import { ChairConsole } from "./ChairConsole.tsx";
import { CrisisPanel, SecretaryGeneralDesk, TransmittedResolution } from "./Crisis.tsx";
import { InjectEvent, News } from "./News.tsx";
import { NowBar } from "./NowBar.tsx";
import { inSentence, useQuestionLabel } from "./questionLabel.ts";
import { Resolution } from "./Resolution.tsx";
import { ScrollFrame } from "./ScrollFrame.tsx";
import { SeatActions } from "./SeatActions.tsx";
import { AgendaQuestion, Drafts, PresidentConsole } from "./SecurityCouncil.tsx";

/** The host's button to open the session; bots then voice every empty seat. */
export function StartSession() {
  const { t } = useTranslation();
  const allowed = useTable((s) => s.allowed.commands.includes("startSession"));
  const pending = useTable((s) => s.pending);
  const bots = useTable((s) => s.bots);
  if (!allowed) return null;
  return (
    <p>
      <button type="button" className="primary" onClick={() => void startSession()} disabled={pending !== null}>
        {t("chamber.start")}
      </button>{" "}
      <span className="hint">{bots ? t("chamber.startHint") : t("lobby.botsOff")}</span>
    </p>
  );
}

/** The host's pause of the whole table: bots, the chair's patience and every delegate wait until resumed. */
export function PauseControl() {
  const { t } = useTranslation();
  const commands = useTable((s) => s.allowed.commands);
  const pending = useTable((s) => s.pending);
  if (commands.includes("pauseSession")) {
    return (
      <button type="button" onClick={() => void pauseSession()} disabled={pending !== null}>
        {t("host.pause")}
      </button>
    );
  }
  if (commands.includes("resumeSession")) {
    return (
      <button type="button" className="primary" onClick={() => void resumeSession()} disabled={pending !== null}>
        {t("host.resume")}
      </button>
    );
  }
  return null;
}

/** The host takes a vote not yet begun back to its debate: the class wants more time to talk. */
export function ReopenDebate() {
  const { t } = useTranslation();
  const allowed = useTable((s) => s.allowed.commands.includes("reopenDebate"));
  const pending = useTable((s) => s.pending);
  if (!allowed) return null;
  return (
    <button type="button" onClick={() => void act({ type: "reopenDebate" })} disabled={pending !== null}>
      {t("host.reopenDebate")}
    </button>
  );
}

/** The host ends the session where it stands (the bell rings), after confirming. */
export function EndSession() {
  const { t } = useTranslation();
  const allowed = useTable((s) => s.allowed.commands.includes("closeSession"));
  const pending = useTable((s) => s.pending);
  const [confirming, setConfirming] = useState(false);
  if (!allowed) return null;
  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)}>
        {t("host.end")}
      </button>
    );
  }
  return (
    <fieldset className="confirm">
      <legend>{t("host.endConfirm")}</legend>
      <button
        type="button"
        className="danger"
        disabled={pending !== null}
        onClick={() => void act({ type: "closeSession" }).then(() => setConfirming(false))}
      >
        {t("host.endYes")}
      </button>{" "}
      <button type="button" onClick={() => setConfirming(false)}>
        {t("host.endNo")}
      </button>
    </fieldset>
  );
}

/** What stops the table now, said in words on every screen: the host's pause, or a suspension by motion. */
export function Stopped() {
  const { t } = useTranslation();
  const paused = useTable((s) => s.procedure.paused);
  const suspended = useTable((s) => s.procedure.suspended);
  if (paused) return <p className="notice">{t("host.paused")}</p>;
  if (suspended) return <p className="notice">{t("chamber.suspended")}</p>;
  return null;
}

/** The item of the agenda under way, in words: "Debate on convocation", "Meeting 1023". */
export function usePhaseTitle(): string {
  const { t } = useTranslation();
  const phase = useTable((s) => s.procedure.phase);
  const unsc = useTable((s) => s.chamber === "unsc");
  const meeting = useTable((s) => s.procedure.meeting);
  return unsc
    ? t(`unsc.phase.${phase}`, { meeting, defaultValue: phase })
    : t(`phase.${phase}`, { defaultValue: phase });
}

/** The procedure under way, as a seat or the host sees it: the projector has its own layout. */
export function Chamber() {
  const { t } = useTranslation();
  const phase = useTable((s) => s.procedure.phase);
  const outcome = useTable((s) => s.procedure.outcome);
  const unsc = useTable((s) => s.chamber === "unsc");
  const title = usePhaseTitle();
  if (phase === "lobby") return null;
  return (
    <section className="chamber card" aria-labelledby="chamber-title" data-testid="chamber">
      <div className="chamber-head">
        <h3 id="chamber-title">{title}</h3>
        <span className="buttons">
          <PauseControl />
          <ReopenDebate />
          <EndSession />
        </span>
      </div>
      <Stopped />
      {outcome && (
        <p data-testid="outcome">
          {t(unsc ? `unsc.outcome.${outcome}` : `outcome.${outcome}`, { defaultValue: outcome })}
        </p>
      )}
      <News />
      {unsc && <AgendaQuestion />}
      <Floor />
      <RollCall />
      <SeatActions />
      {unsc ? <PresidentConsole /> : <ChairConsole />}
      <NowBar />
      <SecretaryGeneralDesk />
      <InjectEvent />
      <CrisisPanel />
      <TransmittedResolution />
      {unsc ? <Drafts /> : <Resolution />}
      <Minutes />
      <VotesTable />
    </section>
  );
}

/** Minutes and seconds, e.g. `1:05`. */
const clock = (seconds: number): string =>
  `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, "0")}`;

/** The time the speaker has left (or has spoken, without a limit), counted on the server's clock. */
function FloorTimer() {
  const { t } = useTranslation();
  const since = useTable((s) => s.procedure.floorSince);
  const limit = useTable((s) => s.procedure.floorSeconds);
  const skew = useTable((s) => s.clockSkew);
  const frozen = useTable((s) => s.replayAt);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  if (since === 0) return null;
  const shown = floorClock(since, limit, frozen ?? now + skew);
  if ("spoken" in shown) {
    return (
      <span className="timer" role="timer" data-testid="floor-timer">
        {t("chamber.spoken", { time: clock(shown.spoken) })}
      </span>
    );
  }
  const { left } = shown;
  return (
    <span className={left > 0 ? "timer" : "timer over"} role="timer" data-testid="floor-timer">
      {left > 0 ? t("chamber.timeLeft", { time: clock(left) }) : t("chamber.timeUp")}
    </span>
  );
}

/** Who has the floor, for how long, and who is waiting for it. */
export function Floor() {
  const { t } = useTranslation();
  const floor = useTable((s) => s.procedure.floor);
  const queue = useTable((s) => s.procedure.queue);
  const name = useDelegationName();
  return (
    <div className="floor">
      {floor && (
        <p>
          <strong>{t("chamber.floor", { delegation: name(floor) })}</strong> <FloorTimer />
        </p>
      )}
      {queue.length > 0 && (
        <p data-testid="speakers-list">{t("chamber.queue", { list: queue.map(name).join(", ") })}</p>
      )}
    </div>
  );
}

/** The open roll call: the question, who is called, the tally against the votes needed, and this seat's ballot. */
export function RollCall({ large = false }: { large?: boolean }) {
  const { t } = useTranslation();
  const procedure = useTable((s) => s.procedure);
  const name = useDelegationName();
  const label = useQuestionLabel();
  const seats = useTable((s) => s.seats);
  const permanent = new Set(seats.filter((s) => s.standing === "permanent").map((s) => s.delegation));
  if (!procedure.question) return null;
  const counts: Record<string, number> = { yes: 0, no: 0, abstain: 0, absent: 0 };
  for (const choice of Object.values(procedure.choices)) counts[choice] = (counts[choice] ?? 0) + 1;
  const question = procedure.motionKind ? t(`motion.${procedure.motionKind}`) : label(procedure.question);
  // A permanent member's no defeats a draft or an amendment in the Security Council: its veto, marked in words.
  const substantive = /^(draft|amendment)-/.test(procedure.question);
  const vetoes = substantive
    ? Object.entries(procedure.choices)
        .filter(([d, c]) => c === "no" && permanent.has(d))
        .map(([d]) => name(d))
    : [];
  return (
    <div className={large ? "roll-call large" : "roll-call"} data-testid="roll-call">
      <p>
        <strong>{t("chamber.rollCall", { question })}</strong>{" "}
        {procedure.called && t("chamber.called", { delegation: name(procedure.called) })}
      </p>
      <dl className="tally" aria-label={t("chamber.soFar")}>
        {(["yes", "no", "abstain", "absent"] as const).map((choice) => (
          <div key={choice} className={`tally-${choice}`}>
            <dt>{t(`tally.${choice}`)}</dt>
            <dd>{counts[choice]}</dd>
          </div>
        ))}
      </dl>
      {procedure.needed > 0 && (
        <p className="needed">
          {t("chamber.needed", { count: procedure.needed })}
          {substantive && <> {t("unsc.concurring")}</>}
        </p>
      )}
      {vetoes.length > 0 && (
        <p className="veto" data-testid="veto">
          <span aria-hidden="true">⛔</span> {t("unsc.vetoBy", { list: vetoes.join(", ") })}
        </p>
      )}
      {/* This seat's ballot is in the bar at the foot of the screen (NowBar), in view wherever a phone is scrolled. */}
    </div>
  );
}

/** How many of the latest entries of the minutes the panel shows. */
const RECENT = 6;

/** One entry of the minutes, in words. */
function EntryText({ entry }: { entry: EntryView }) {
  const { t } = useTranslation();
  const name = useDelegationName();
  const label = useQuestionLabel();
  const prose = useScenarioProse();
  const who = name(entry.delegation);
  const said = prose(entry.text);
  const text = <span lang={said.lang}>{said.text}</span>;
  switch (entry.kind) {
    case "speech":
      return (
        <>
          <strong>{who}:</strong> {text}
        </>
      );
    case "motion":
      return <>{t("minutes.motion", { delegation: who, motion: t(`motion.${entry.subject}`) })}</>;
    case "pointOfOrder":
      return (
        <>
          <strong>{t("minutes.pointOfOrder", { delegation: who })}</strong> {entry.text}{" "}
          <em>{t(`ruling.${entry.detail || "pending"}`)}</em>
        </>
      );
    case "explanation":
      return (
        <>
          <strong>{t("minutes.explanation", { delegation: who, question: inSentence(label(entry.subject)) })}</strong>{" "}
          {entry.text}
        </>
      );
    case "reservation":
      return (
        <>
          <strong>{t("minutes.reservation", { delegation: who })}</strong> {text}
        </>
      );
    case "statement":
      return (
        <>
          <strong>{t("minutes.statement", { delegation: who })}</strong> {text}
        </>
      );
    case "objection":
      return <>{t("minutes.objection", { delegation: who, question: inSentence(label(entry.subject)) })}</>;
    case "meetingAdjourned":
      return <>{t("minutes.meetingAdjourned", { meeting: entry.subject })}</>;
    default:
      return (
        <>
          {t("minutes.voteChange", {
            delegation: who,
            question: inSentence(label(entry.subject)),
            choice: inSentence(t(`tally.${entry.detail}`)),
          })}
        </>
      );
  }
}

/** The latest of the minutes: speeches, motions, points of order, explanations and reservations. */
export function Minutes({ recent = RECENT }: { recent?: number }) {
  const { t } = useTranslation();
  const minutes = useTable((s) => s.procedure.minutes);
  if (minutes.length === 0) return null;
  const first = Math.max(minutes.length - recent, 0);
  return (
    <div role="log" aria-labelledby="minutes-title" className="minutes" data-testid="minutes">
      <h4 id="minutes-title">{t("chamber.minutes")}</h4>
      <ol start={first + 1}>
        {minutes
          .map((entry, n) => ({ entry, n }))
          .slice(first)
          .map(({ entry, n }) => (
            // Entries are only ever appended, so an entry's place in the minutes is a stable key.
            <li key={n} className={`entry-${entry.kind}`}>
              <EntryText entry={entry} />
            </li>
          ))}
      </ol>
    </div>
  );
}

/** Every vote taken, with its result and tally. */
export function VotesTable() {
  const { t } = useTranslation();
  const votes = useTable((s) => s.procedure.votes);
  const label = useQuestionLabel();
  const name = useDelegationName();
  if (votes.length === 0) return null;
  const vetoed = votes.some((v) => v.vetoedBy.length > 0);
  return (
    // A frame of its own, so that a wide record scrolls sideways on a phone and the page does not.
    <ScrollFrame className="votes-frame" label={t("chamber.votes")}>
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
            {vetoed && <th scope="col">{t("unsc.veto")}</th>}
          </tr>
        </thead>
        <tbody>
          {votes.map((v) => (
            <tr key={v.question}>
              <th scope="row">{label(v.question)}</th>
              <td>{t(`result.${v.result}`)}</td>
              <td>{v.yes}</td>
              <td>{v.no}</td>
              <td>{v.abstain}</td>
              <td>{v.absent}</td>
              {vetoed && <td>{v.vetoedBy.map(name).join(", ")}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollFrame>
  );
}
