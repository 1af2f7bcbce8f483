import { checkPace, type PaceCheck, planSession } from "@brink/engine";
import { useTranslation } from "react-i18next";
import { useTable } from "../useTable.ts";

/**
 * The host's run sheet for a class period: each part of the lesson with its minutes (and, for a debate,
 * about how many speeches fit), the part under way marked in words. Worked out by the same plan that
 * paces the table on the server.
 */
export function RunSheet() {
  const { t } = useTranslation();
  const role = useTable((s) => s.role);
  const periodMinutes = useTable((s) => s.periodMinutes);
  const phase = useTable((s) => s.procedure.phase);
  const chamber = useTable((s) => s.chamber);
  const meeting = useTable((s) => s.procedure.meeting);
  const procedure = useTable((s) => s.procedure);
  const voting = useTable((s) => s.seats.filter((seat) => !seat.excluded).length);
  const people = useTable((s) => s.seats.filter((seat) => !seat.excluded && seat.holderId !== "").length);
  if (role !== "host" || periodMinutes === null) return null;
  const plan = planSession({ periodMinutes }, chamber);
  const pace = chamber === "oas" ? checkPace(periodMinutes, phase, procedure, people, voting) : null;
  // The Security Council's agenda and invitation are one part; each meeting (its votes too) is its own.
  const current =
    phase === "lobby"
      ? "joining"
      : phase === "opening"
        ? "usStatement"
        : chamber === "unsc"
          ? phase === "agenda" || phase === "invitation"
            ? "agenda"
            : phase === "closed"
              ? "debrief"
              : `debate-${meeting}`
          : phase;
  let start = 0;
  return (
    <>
      {pace && pace.overBy > 0 && <PaceNotice pace={pace} />}
      <details className="run-sheet" open={phase === "lobby"}>
        <summary>{t("runSheet.title", { count: periodMinutes })}</summary>
        <p className="hint">
          {t(chamber === "unsc" ? "runSheet.hintUnsc" : "runSheet.hint", { seconds: plan.speechSeconds ?? 0 })}
        </p>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("runSheet.from")}</th>
              <th scope="col">{t("runSheet.part")}</th>
              <th scope="col">{t("runSheet.minutes")}</th>
            </tr>
          </thead>
          <tbody>
            {plan.runSheet.map((part) => {
              const from = start;
              start += part.minutes;
              const key = part.meeting ? `${part.part}-${part.meeting}` : part.part;
              const now = key === current;
              return (
                <tr key={key} className={now ? "now" : undefined} aria-current={now ? "step" : undefined}>
                  <td>{from}′</td>
                  <th scope="row">
                    {part.meeting
                      ? t("unsc.phase.debate", { meeting: part.meeting })
                      : t(`runSheet.parts.${part.part}`, { defaultValue: t(`phase.${part.part}`) })}
                    {part.speeches !== undefined && <> — {t("runSheet.speeches", { count: part.speeches })}</>}
                    {now && <strong> ({t("runSheet.now")})</strong>}
                  </th>
                  <td>{part.minutes}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </>
  );
}

/**
 * Said to the host as soon as the draft's votes outgrow the run sheet's slot (a division, an amendment): how
 * long the roll calls still to come will take at this table, and what to cut to finish with the bell.
 */
function PaceNotice({ pace }: { pace: PaceCheck }) {
  const { t } = useTranslation();
  return (
    <div className="notice pace" role="status" data-testid="pace">
      <p>
        {t("pace.over", {
          count: pace.rollCalls,
          minutes: pace.votingMinutes,
          planned: pace.plannedMinutes,
          over: pace.overBy,
        })}
      </p>
      <ul>
        {pace.cuts.map((cut) => (
          <li key={cut}>{t(`pace.cut.${cut}`)}</li>
        ))}
      </ul>
    </div>
  );
}
