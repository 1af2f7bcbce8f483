import { OAS_CHAIR_COMMANDS } from "@brink/engine";
import { useTranslation } from "react-i18next";
import { useDelegationName } from "../delegationName.ts";
import { act, type Command } from "../store.ts";
import { useTable } from "../useTable.ts";
import { ActButton } from "./ActButton.tsx";

/** Seconds per speech the chair may set; 0 is no limit. */
const LIMITS = [0, 30, 45, 60, 90, 120, 180, 300];

/**
 * The chair's controls, for the host (teacher) and for a student who holds the chair: move the agenda on,
 * give and end the floor, put motions, close votes, rule on points of order, set the speaking time. Each
 * button is offered only while the server would accept it. While a bot holds the chair it does this itself;
 * the host can still step in.
 */
export function ChairConsole() {
  const { t } = useTranslation();
  const commands = useTable((s) => s.allowed.commands);
  const role = useTable((s) => s.role);
  const procedure = useTable((s) => s.procedure);
  const pending = useTable((s) => s.pending);
  const name = useDelegationName();
  const can = (type: (typeof OAS_CHAIR_COMMANDS)[number]) => commands.includes(type);
  if (!OAS_CHAIR_COMMANDS.some(can)) return null;
  const busy = pending !== null;
  const run = (command: Command) => () => void act(command);
  const points = procedure.minutes.filter((e) => e.kind === "pointOfOrder" && e.detail === "");
  const next = procedure.nextPhase;
  return (
    <section className="chair-console" aria-labelledby="chair-title" data-testid="chair-console">
      <h4 id="chair-title">{role === "host" ? t("chair.hostTitle") : t("chair.title")}</h4>
      <p className="buttons">
        {can("advance") && next && (
          <button type="button" className="primary" onClick={run({ type: "advance" })} disabled={busy}>
            {t("chair.advance", { next: t(`phase.${next}`) })}
          </button>
        )}
        {procedure.queue[0] && (
          <ActButton command={{ type: "giveFloor" }}>
            {t("chair.giveFloor", { delegation: name(procedure.queue[0]) })}
          </ActButton>
        )}
        <ActButton command={{ type: "extendSpeech", seconds: 30 }}>{t("chair.extend")}</ActButton>
        <ActButton command={{ type: "endSpeech" }}>{t("chair.endSpeech")}</ActButton>
        <ActButton command={{ type: "putMotion" }}>{t("chair.putMotion")}</ActButton>
        {procedure.called && (
          <ActButton command={{ type: "recordAbsent" }}>
            {t("chair.recordAbsent", { delegation: name(procedure.called) })}
          </ActButton>
        )}
        <ActButton command={{ type: "closeVote" }} primary>
          {t("chair.closeVote")}
        </ActButton>
        <ActButton command={{ type: "resume" }} primary>
          {t("chair.resume")}
        </ActButton>
      </p>
      {can("setTimeLimit") && <TimeLimit />}
      {can("rulePointOfOrder") && points.length > 0 && (
        <ul className="points">
          {points.map((point) => (
            <li key={point.id}>
              {t("minutes.pointOfOrder", { delegation: name(point.delegation) })} {point.text}{" "}
              <button type="button" onClick={run({ type: "rulePointOfOrder", id: point.id, upheld: true })}>
                {t("chair.uphold")}
              </button>{" "}
              <button type="button" onClick={run({ type: "rulePointOfOrder", id: point.id, upheld: false })}>
                {t("chair.overrule")}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The speaking time the chair (or the President) sets for every speech, from a short list. */
export function TimeLimit() {
  const { t } = useTranslation();
  const timeLimit = useTable((s) => s.procedure.timeLimit);
  const busy = useTable((s) => s.pending !== null);
  return (
    <p>
      <label htmlFor="time-limit">{t("chair.timeLimit")}</label>{" "}
      <select
        id="time-limit"
        value={timeLimit}
        disabled={busy}
        onChange={(e) => {
          const seconds = Number(e.target.value);
          void act({ type: "setTimeLimit", seconds: seconds === 0 ? null : seconds });
        }}
      >
        {LIMITS.map((seconds) => (
          <option key={seconds} value={seconds}>
            {seconds === 0 ? t("chair.noLimit") : t("chair.seconds", { count: seconds })}
          </option>
        ))}
      </select>
    </p>
  );
}
