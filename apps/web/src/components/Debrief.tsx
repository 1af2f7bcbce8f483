import { readReason } from "@brink/engine";
import type { JudgementRequest, RecordVote, SessionRecord } from "@brink/protocol";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { ApiError, getRecord, getRecordCsv, getRecordHtml, getReplay, judgeObjective } from "../api.ts";
import { hostedSession } from "../hosted.ts";
import { currentLanguage, inLanguage } from "../i18n.ts";
import { type PublicScenario, useScenario, useScenarioProse } from "../scenario.ts";
import { crisisDay, useCrisisDate } from "./Crisis.tsx";
import { useWords } from "./debriefWords.ts";
import { inSentence } from "./questionLabel.ts";
import { Replay } from "./Replay.tsx";
import { ScrollFrame } from "./ScrollFrame.tsx";

type Choice = "yes" | "no" | "abstain" | "absent";
type PastVote = PublicScenario["record"]["votes"][number];

/**
 * The debrief (`/?debrief=SESSION`): the session's record beside 1962, for the host and the projector — the
 * outcome, every vote with each delegation's choice and what it chose in 1962, the differences said in words,
 * the changes of vote, and U Thant's appeals. Read with the host key this browser keeps; printable, and the
 * record can be downloaded as JSON. A chunk of its own: no student's phone loads it.
 */
export default function Debrief({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const scenario = useScenario();
  // Read once per session, not per render: a new object each render would make a new `load`, and the effect
  // below would fetch the record again after every fetch (the debrief asked ~47 times a second).
  const hosted = useMemo(() => hostedSession(sessionId), [sessionId]);
  const [record, setRecord] = useState<SessionRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    if (!hosted) return;
    try {
      setRecord(await getRecord(sessionId, hosted.hostKey));
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e.code : "network");
    }
  }, [hosted, sessionId]);
  useEffect(() => {
    void load();
  }, [load]);
  const hostKey = hosted?.hostKey ?? "";
  const replayOf = useCallback(
    (chamber: "oas" | "unsc", minute: number) => getReplay(sessionId, hostKey, chamber, minute),
    [sessionId, hostKey],
  );
  const download = useMemo(
    () =>
      record ? URL.createObjectURL(new Blob([JSON.stringify(record, null, 2)], { type: "application/json" })) : "",
    [record],
  );
  useEffect(() => () => URL.revokeObjectURL(download), [download]);

  if (!hosted) {
    return (
      <p role="alert" className="debrief-missing">
        {t("debrief.noKey")}
      </p>
    );
  }
  if (error) {
    return (
      <p role="alert" className="error">
        {t(`errors.${error}`, { defaultValue: t("debrief.failed") })}
      </p>
    );
  }
  if (!record || !scenario) {
    return <p role="status">{t("debrief.loading")}</p>;
  }
  return (
    <article className="debrief" aria-labelledby="debrief-title" data-testid="debrief">
      <h2 id="debrief-title">{t("debrief.title", { code: hosted.joinCode })}</h2>
      <p className="debrief-status">
        <span role="status">{record.ended ? t("debrief.ended") : t("debrief.running")}</span>{" "}
        <span className="debrief-tools">
          <button type="button" onClick={() => void load()}>
            {t("debrief.refresh")}
          </button>
          <button type="button" onClick={() => window.print()}>
            {t("debrief.print")}
          </button>
          <a href={download} download={`brink-${hosted.joinCode}-record.json`}>
            {t("debrief.download")}
          </a>
          <button
            type="button"
            onClick={() =>
              void getRecordCsv(sessionId, hosted.hostKey).then(
                (csv) => saveFile(csv, "text/csv", `brink-${hosted.joinCode}-record.csv`),
                (e: unknown) => setError(e instanceof ApiError ? e.code : "network"),
              )
            }
          >
            {t("debrief.downloadCsv")}
          </button>
          <button
            type="button"
            data-testid="printed-record"
            onClick={() => {
              // Opened at the click, so that no popup blocker takes it for an unasked window; filled once loaded.
              const tab = window.open("", "_blank");
              void getRecordHtml(sessionId, hosted.hostKey).then(
                (page) => {
                  const url = URL.createObjectURL(new Blob([page], { type: "text/html" }));
                  if (tab) tab.location.href = url;
                  else saveFile(page, "text/html", `brink-${hosted.joinCode}-record.html`);
                  setTimeout(() => URL.revokeObjectURL(url), 60_000);
                },
                (e: unknown) => {
                  tab?.close();
                  setError(e instanceof ApiError ? e.code : "network");
                },
              );
            }}
          >
            {t("debrief.printed")}
          </button>
        </span>
      </p>
      <Outcome record={record} />
      <Differences record={record} scenario={scenario} />
      <Votes record={record} scenario={scenario} />
      <Replay record={record} scenario={scenario} load={replayOf} />
      <RollCallMatrix record={record} scenario={scenario} />
      <Contributions record={record} scenario={scenario} />
      <Scores
        record={record}
        scenario={scenario}
        judge={(judgement) =>
          judgeObjective(sessionId, hosted.hostKey, judgement).then(load, (e: unknown) =>
            setError(e instanceof ApiError ? e.code : "network"),
          )
        }
      />
      <SpeakingChart record={record} scenario={scenario} />
      <TensionChart record={record} />
      <CrisisDays record={record} scenario={scenario} />
      <BotReasons record={record} scenario={scenario} />
      <Appeals record={record} />
      <Prompts record={record} scenario={scenario} />
    </article>
  );
}

/** Hands a file made in the page to the browser's downloads. */
function saveFile(content: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement("a"), { href: url, download: name });
  link.click();
  // Released once the browser has taken the file.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Where a vote's row is, for a link from a discussion prompt: `vote-oas-paragraph-2`, `vote-oas-motion-divide`. */
const voteAnchor = (vote: Pick<RecordVote, "chamber" | "question" | "motion">): string =>
  `vote-${vote.chamber}-${vote.motion ? `motion-${vote.motion}` : vote.question}`;

/** Each vote with a key of its own: a question may be voted more than once (a motion to adjourn each meeting). */
function keyedVotes(votes: readonly RecordVote[]): { vote: RecordVote; key: string }[] {
  const seen = new Map<string, number>();
  return votes.map((vote) => {
    const id = `${vote.chamber}-${vote.question}`;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return { vote, key: `${id}-${n}` };
  });
}

/** The 1962 vote on the same question of the same council, if there was one. */
const pastVote = (scenario: PublicScenario, vote: RecordVote): PastVote | undefined =>
  scenario.record.votes.find((v) => v.chamber === vote.chamber && v.question === vote.question);

/** A delegation's choice on the same question in 1962, where a source records it. */
const pastChoice = (scenario: PublicScenario, vote: RecordVote, delegation: string): Choice | undefined =>
  (pastVote(scenario, vote)?.choices as Partial<Record<string, Choice>> | undefined)?.[delegation];

/** How the week ended, beside how it ended in 1962. */
function Outcome({ record }: { record: SessionRecord }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="debrief-outcome" className="debrief-outcome">
      <h3 id="debrief-outcome">{t("debrief.outcome")}</h3>
      <dl>
        <dt>{t("debrief.thisGame")}</dt>
        <dd className="debrief-outcome-value" data-testid="debrief-outcome">
          {record.ended
            ? t(`crisis.outcome.${record.outcome}`)
            : t("debrief.weekRunning", { tension: record.crisis.tension })}
        </dd>
        <dt>1962</dt>
        <dd className="debrief-outcome-value">{t("debrief.outcome1962")}</dd>
      </dl>
    </section>
  );
}

/** Every place where a delegation voted otherwise than in 1962, in words. */
function Differences({ record, scenario }: { record: SessionRecord; scenario: PublicScenario }) {
  const { t } = useTranslation();
  const { name, question } = useWords(scenario, record);
  const differences = record.votes.flatMap((vote) =>
    Object.entries(vote.choices).flatMap(([delegation, choice]) => {
      const then = pastChoice(scenario, vote, delegation);
      return then && then !== choice ? [{ vote, delegation, choice, then }] : [];
    }),
  );
  return (
    <section aria-labelledby="debrief-differences">
      <h3 id="debrief-differences">{t("debrief.differences")}</h3>
      {differences.length === 0 ? (
        <p>{t("debrief.noDifference")}</p>
      ) : (
        <ul data-testid="debrief-differences">
          {differences.map(({ vote, delegation, choice, then }) => (
            <li key={`${vote.chamber}-${vote.question}-${delegation}`}>
              {t("debrief.differs", {
                delegation: name(delegation),
                question: inSentence(question(vote)),
                now: t(`debrief.voted.${choice}`),
                before: t(`debrief.voted.${then}`),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Every vote of the session, its result and count beside 1962's. */
function Votes({ record, scenario }: { record: SessionRecord; scenario: PublicScenario }) {
  const { t } = useTranslation();
  const { name, question } = useWords(scenario, record);
  const count = (tally: RecordVote["tally"]) => t(tally.absent > 0 ? "debrief.tallyAbsent" : "debrief.tally", tally);
  return (
    <section aria-labelledby="debrief-votes">
      <h3 id="debrief-votes">{t("debrief.votes")}</h3>
      {record.votes.length === 0 ? (
        <p>{t("debrief.noVotes")}</p>
      ) : (
        <ScrollFrame className="table-scroll" label={t("debrief.votes")}>
          <table className="debrief-table" data-testid="debrief-votes">
            <thead>
              <tr>
                <th scope="col">{t("debrief.question")}</th>
                <th scope="col">{t("debrief.thisGame")}</th>
                <th scope="col">1962</th>
              </tr>
            </thead>
            <tbody>
              {keyedVotes(record.votes).map(({ vote, key }) => {
                const past = pastVote(scenario, vote);
                return (
                  <tr key={key} id={key.endsWith("-1") ? voteAnchor(vote) : undefined}>
                    <th scope="row">{question(vote)}</th>
                    <td>
                      {t(`result.${vote.result}`)}, {count(vote.tally)}
                      {vote.vetoedBy && vote.vetoedBy.length > 0
                        ? ` — ${t("debrief.veto", { list: vote.vetoedBy.map(name).join(", ") })}`
                        : ""}
                    </td>
                    <td>
                      {past
                        ? `${t(`result.${past.result}`)}, ${past.tally ? count(past.tally) : t("debrief.countNotRecorded")}`
                        : t("debrief.noSuchVote")}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollFrame>
      )}
      {record.voteChanges.length > 0 && (
        <>
          <h4 id="debrief-changes">{t("debrief.changes")}</h4>
          <ul>
            {record.voteChanges.map((change) => (
              <li key={`${change.chamber}-${change.question}-${change.delegation}`}>
                {t("debrief.changed", {
                  delegation: name(change.delegation),
                  question: inSentence(question(change)),
                  from: t(`debrief.voted.${change.from}`),
                  to: t(`debrief.voted.${change.to}`),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * The roll-call matrix: a row per delegation, a column per vote, each cell its choice; where 1962 recorded
 * another choice, the cell says so in words ("≠ 1962: Abstain") and is shaded.
 */
function RollCallMatrix({ record, scenario }: { record: SessionRecord; scenario: PublicScenario }) {
  const { t } = useTranslation();
  const { name, question } = useWords(scenario, record);
  const votes = keyedVotes(record.votes);
  const delegations = [...new Set(record.votes.flatMap((v) => Object.keys(v.choices)))];
  if (votes.length === 0) return null;
  return (
    <section aria-labelledby="debrief-matrix" className="debrief-matrix-section">
      <h3 id="debrief-matrix">{t("debrief.matrix")}</h3>
      <p className="hint">{t("debrief.matrixHint")}</p>
      <ScrollFrame className="table-scroll" label={t("debrief.matrix")}>
        <table className="debrief-table matrix" data-testid="debrief-matrix">
          <thead>
            <tr>
              <th scope="col">{t("debrief.delegation")}</th>
              {votes.map(({ vote, key }) => (
                <th scope="col" key={key}>
                  {question(vote)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {delegations.map((delegation) => (
              <tr key={delegation}>
                <th scope="row">{name(delegation)}</th>
                {votes.map(({ vote, key }) => {
                  const choice = vote.choices[delegation];
                  const before = pastChoice(scenario, vote, delegation);
                  const differs = choice !== undefined && before !== undefined && before !== choice;
                  return (
                    <td key={key} className={differs ? "differs" : undefined}>
                      {choice ? t(`tally.${choice}`) : "—"}
                      {differs && <span className="differs-mark"> ≠ 1962: {t(`tally.${before}`)}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollFrame>
    </section>
  );
}

/**
 * Why each bot voted as it did (open history, and the Security Council's drafts), in the reader's language:
 * the record's English sentences read back to their codes. A sentence no bot gives stays as written.
 */
function BotReasons({ record, scenario }: { record: SessionRecord; scenario: PublicScenario }) {
  const { t } = useTranslation();
  const { name, question } = useWords(scenario, record);
  const say = (sentence: string) => {
    const read = readReason(sentence);
    if (!read) return sentence;
    const { to, sponsor } = read.params;
    return t(`reason.${read.code}`, { to: to && name(to), sponsor: sponsor && name(sponsor) });
  };
  const explained = keyedVotes(record.votes).filter(({ vote }) => Object.keys(vote.reasons ?? {}).length > 0);
  if (explained.length === 0) return null;
  return (
    <section aria-labelledby="debrief-reasons">
      <h3 id="debrief-reasons">{t("debrief.reasonsTitle")}</h3>
      <p className="hint">{t("debrief.reasonsHint")}</p>
      {explained.map(({ vote, key }) => (
        <details key={key} className="debrief-reasons">
          <summary>{question(vote)}</summary>
          <ul>
            {Object.entries(vote.reasons ?? {}).map(([delegation, reasons]) => (
              <li key={delegation}>
                {t("debrief.reasonsOf", { delegation: name(delegation), reasons: reasons.map(say).join("; ") })}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}

/**
 * What each seat did, in the council's order (never ranked): who sat there, speeches and words, proposals,
 * corridor messages. A seat without a person was a bot's.
 */
function Contributions({ record, scenario }: { record: SessionRecord; scenario: PublicScenario }) {
  const { t } = useTranslation();
  const { name } = useWords(scenario, record);
  const rows = record.contributions ?? [];
  if (rows.length === 0) return null;
  const twoCouncils = new Set(rows.map((r) => r.chamber)).size > 1;
  return (
    <section aria-labelledby="debrief-contributions">
      <h3 id="debrief-contributions">{t("debrief.contributions")}</h3>
      <p className="hint">{t("debrief.contributionsHint")}</p>
      <ScrollFrame className="table-scroll" label={t("debrief.contributions")}>
        <table className="debrief-table" data-testid="debrief-contributions">
          <thead>
            <tr>
              <th scope="col">{t("debrief.delegation")}</th>
              <th scope="col">{t("debrief.people")}</th>
              <th scope="col">{t("debrief.speeches")}</th>
              <th scope="col">{t("debrief.words")}</th>
              <th scope="col">{t("debrief.proposals")}</th>
              <th scope="col">{t("debrief.messages")}</th>
              <th scope="col">{t("debrief.speaking")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.chamber}-${row.delegation}`}>
                <th scope="row">
                  {name(row.delegation)}
                  {twoCouncils && ` (${t(`council.${row.chamber}`)})`}
                </th>
                <td>
                  {row.people.length === 0
                    ? t("debrief.bot")
                    : row.byPerson && row.byPerson.length > 1
                      ? // A seat that changed hands: each student with their own part, none ranked.
                        row.byPerson
                          .map((p) =>
                            t("debrief.personPart", {
                              name: p.name,
                              speeches: t("debrief.personSpeeches", { count: p.speeches }),
                              words: t("debrief.personWords", { count: p.words }),
                            }),
                          )
                          .join("; ")
                      : row.people.join(", ")}
                </td>
                <td>{row.speeches}</td>
                <td>{row.words}</td>
                <td>{row.proposals}</td>
                <td>{row.messages}</td>
                <td>{row.speakingSeconds === undefined ? "—" : clock(row.speakingSeconds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollFrame>
    </section>
  );
}

type Curve = readonly { readonly minute: number; readonly tension: number }[];

/**
 * Two stepped curves on one set of minutes, as uPlot draws them: at each minute either curve changes, each
 * holds its last level (the later of two changes in the same minute); none before it starts or after it ends.
 */
function alignCurves(a: Curve, b: Curve): [number[], (number | null)[], (number | null)[]] {
  const minutes = [...new Set([...a, ...b].map((p) => p.minute))].sort((x, y) => x - y);
  const levelAt = (curve: Curve, minute: number): number | null => {
    const last = curve.at(-1);
    if (curve.length === 0 || minute < (curve[0]?.minute ?? 0) || !last || minute > last.minute) return null;
    return curve.findLast((p) => p.minute <= minute)?.tension ?? null;
  };
  return [minutes, minutes.map((m) => levelAt(a, m)), minutes.map((m) => levelAt(b, m))];
}

/** A tension curve as a table that opens on demand: every point, dated in New York's time. */
function CurveTable({ summary, curve }: { summary: string; curve: Curve }) {
  const { t } = useTranslation();
  const date = useCrisisDate();
  return (
    <details>
      <summary>{summary}</summary>
      <table className="debrief-table">
        <thead>
          <tr>
            <th scope="col">{t("debrief.when")}</th>
            <th scope="col">{t("debrief.tension")}</th>
          </tr>
        </thead>
        <tbody>
          {curve.map((point, i) => (
            // Two changes may fall on the same minute: the place in the curve tells them apart.
            // biome-ignore lint/suspicious/noArrayIndexKey: the curve is fixed once drawn
            <tr key={i}>
              <td>{date(point.minute)}</td>
              <td>{point.tension}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/**
 * The crisis day by day, 22 to 28 October: what happened on the track in this game beside what happened in
 * 1962, from the scenario's timeline.
 */
function CrisisDays({ record, scenario }: { record: SessionRecord; scenario: PublicScenario }) {
  const { t } = useTranslation();
  const date = useCrisisDate();
  const prose = useScenarioProse();
  const timeline = record.crisis.timeline ?? [];
  const days = [...new Set(scenario.timeline.map((e) => e.date))].sort();
  if (days.length === 0) return null;
  const capital = (id?: string) => t(`crisis.capital.${id ?? ""}`, { defaultValue: id ?? "" });
  const said = (entry: (typeof timeline)[number]) => {
    switch (entry.kind) {
      case "legitimacy":
        return t(`crisis.legitimacy.${entry.detail ?? ""}`);
      case "incident":
        return prose(entry.text ?? "").text;
      case "appealSent":
        return t("debrief.day.appealSent", { capital: capital(entry.capital) });
      case "appealAnswered":
        return t("debrief.day.appealAnswered", {
          capital: capital(entry.capital),
          answer: t(`crisis.answer.${entry.detail ?? ""}`),
        });
      case "ship":
        return t("debrief.day.ship", {
          name: entry.ship ?? t("crisis.unnamedShip"),
          status: t(`crisis.shipStatus.${entry.detail ?? ""}`),
        });
      case "defcon":
        return t("crisis.defcon", { level: entry.level });
      case "termAgreed":
        return t("debrief.day.termAgreed", {
          capital: capital(entry.capital),
          term: t(`crisis.term.${entry.detail ?? ""}`),
        });
    }
  };
  const dayName = (day: string) =>
    new Date(`${day}T12:00:00Z`).toLocaleDateString(currentLanguage(), {
      weekday: "long",
      day: "numeric",
      month: "long",
      timeZone: "UTC",
    });
  return (
    <section aria-labelledby="debrief-days">
      <h3 id="debrief-days">{t("debrief.daysTitle")}</h3>
      <p className="hint">{t("debrief.daysHint")}</p>
      <ScrollFrame className="table-scroll" label={t("debrief.daysTitle")}>
        <table className="debrief-table debrief-days" data-testid="debrief-days">
          <thead>
            <tr>
              <th scope="col">{t("debrief.day.day")}</th>
              <th scope="col">{t("debrief.thisGame")}</th>
              <th scope="col">1962</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => {
              const game = timeline.filter((e) => crisisDay(e.minute) === day);
              const then = scenario.timeline.filter((e) => e.date === day);
              return (
                <tr key={day}>
                  <th scope="row">{dayName(day)}</th>
                  <td>
                    {game.length === 0 ? (
                      <span className="hint">{t("debrief.day.nothing")}</span>
                    ) : (
                      <ul>
                        {game.map((entry, i) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: the timeline is fixed once loaded
                          <li key={i}>
                            <span className="hint">{date(entry.minute, false)}</span> {said(entry)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    <ul>
                      {then.map((event) => {
                        const text = inLanguage(event.text);
                        return (
                          <li key={event.id}>
                            {event.time && <span className="hint">{`${event.time} ${event.zone}`}</span>}{" "}
                            <span lang={text.lang}>{text.text}</span>
                          </li>
                        );
                      })}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollFrame>
    </section>
  );
}

/** Seconds as a clock reads them: `2:05`. */
const clock = (seconds: number): string => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;

/**
 * Speaking time per delegation, a council at a time: a bar for each seat's time at the floor, drawn with
 * uPlot, in the council's order (never ranked); the table of what each delegation did gives every figure.
 */
function SpeakingChart({ record, scenario }: { record: SessionRecord; scenario: PublicScenario }) {
  const { t } = useTranslation();
  const { name } = useWords(scenario, record);
  const councils = record.chambers.flatMap((chamber) => {
    const rows = (record.contributions ?? []).filter((c) => c.chamber === chamber && c.speakingSeconds !== undefined);
    return rows.some((r) => (r.speakingSeconds ?? 0) > 0) ? [{ chamber, rows }] : [];
  });
  if (councils.length === 0) return null;
  return (
    <section aria-labelledby="debrief-speaking">
      <h3 id="debrief-speaking">{t("debrief.speakingTitle")}</h3>
      <p className="hint">{t("debrief.speakingHint")}</p>
      {councils.map(({ chamber, rows }) => (
        <SpeakingBars
          key={chamber}
          label={t("debrief.speakingSummary", {
            council: t(`council.${chamber}`),
            total: clock(rows.reduce((sum, r) => sum + (r.speakingSeconds ?? 0), 0)),
          })}
          names={rows.map((r) => name(r.delegation))}
          seconds={rows.map((r) => r.speakingSeconds ?? 0)}
        />
      ))}
    </section>
  );
}

/** One council's bars: a delegation's name under each, its time up the side in minutes and seconds. */
function SpeakingBars({ label, names, seconds }: { label: string; names: string[]; seconds: number[] }) {
  const box = useRef<HTMLDivElement>(null);
  // Drawn again only when the figures change, not on every render of the debrief.
  const figures = JSON.stringify([names, seconds]);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const [names, seconds] = JSON.parse(figures) as [string[], number[]];
    const bars = uPlot.paths.bars?.({ size: [0.7, 40] });
    const height = 260;
    const plot = new uPlot(
      {
        width: chartWidth(element),
        height,
        legend: { show: false },
        cursor: { show: false },
        // Room on the right for the last name, slanted under its bar.
        padding: [8, 40, 0, 8],
        scales: {
          x: { time: false, range: [-0.6, names.length - 0.4] },
          y: { range: (_, __, max) => [0, Math.max(60, max)] },
        },
        series: [{}, { fill: "#0b4f6c", stroke: "#0b4f6c", ...(bars ? { paths: bars } : {}), points: { show: false } }],
        axes: [
          {
            splits: () => names.map((_, i) => i),
            values: (_, ticks) => ticks.map((i) => names[i] ?? ""),
            rotate: -60,
            size: 130,
            gap: 2,
          },
          { values: (_, ticks) => ticks.map((s) => clock(Math.round(s))), size: 56 },
        ],
      },
      [names.map((_, i) => i), seconds],
      element,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: chartWidth(element), height }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [figures]);
  return (
    <figure className="speaking-chart">
      <div ref={box} role="img" aria-label={label} />
      <figcaption className="hint">{label}</figcaption>
    </figure>
  );
}

/** The chart's width: its box's, within what a chart of a week reads well at. */
const chartWidth = (element: HTMLElement): number => Math.max(240, Math.min(element.clientWidth || 640, 720));

/**
 * Tension over the week, drawn with uPlot as a stepped line from 0 (calm) to 100 (war), dated in New York's
 * time; the same points follow as a table for a screen reader, or anyone who would rather read.
 */
function TensionChart({ record }: { record: SessionRecord }) {
  const { t } = useTranslation();
  const date = useCrisisDate();
  const box = useRef<HTMLDivElement>(null);
  const curve = record.crisis.tensionCurve ?? [];
  const past = record.crisis.tensionCurve1962 ?? [];
  useEffect(() => {
    const element = box.current;
    if (!element || curve.length < 2) return;
    // Tension moves in steps, event by event: the line holds its level until the next change.
    const stepped = uPlot.paths.stepped?.({ align: 1 });
    const paths = stepped ? { paths: stepped } : {};
    const [minutes, game, then] = alignCurves(curve, past);
    const plot = new uPlot(
      {
        width: chartWidth(element),
        height: 240,
        // The legend names each line; the 1962 line is dashed, so colour is never the only difference.
        legend: { show: past.length > 1, live: false },
        // Room at both ends for the first and last dates.
        padding: [8, 48, 0, 48],
        cursor: { show: false },
        scales: { x: { time: false }, y: { range: [0, 100] } },
        series: [
          {},
          { label: t("debrief.thisGame"), stroke: "#0b4f6c", width: 2, ...paths },
          { label: "1962", stroke: "#8a6d1c", width: 2, dash: [6, 4], ...paths },
        ],
        axes: [
          { values: (_, ticks) => ticks.map((minute) => date(minute, false)), space: 110 },
          { values: (_, ticks) => ticks.map(String) },
        ],
      },
      [minutes, game, then],
      element,
    );
    // The chart follows its box: a phone turned, a window resized, the page laid out for print.
    const resize = new ResizeObserver(() => plot.setSize({ width: chartWidth(element), height: 220 }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [curve, past, date, t]);
  if (curve.length < 2) return null;
  const last = curve.at(-1);
  return (
    <section aria-labelledby="debrief-tension">
      <h3 id="debrief-tension">{t("debrief.tensionTitle")}</h3>
      <figure className="tension-chart">
        <div ref={box} role="img" aria-label={t("debrief.tensionSummary", { value: last?.tension ?? 0 })} />
        <figcaption>
          <CurveTable summary={t("debrief.tensionTable")} curve={curve} />
          {past.length > 1 && <CurveTable summary={t("debrief.tensionTable1962")} curve={past} />}
        </figcaption>
      </figure>
    </section>
  );
}

/** Where in the debrief each moment of the scenario's discussion prompts is, if it happened in this game. */
function momentAnchor(moment: string, record: SessionRecord): string | null {
  const voted = (chamber: "oas" | "unsc", question: string, motion?: string) =>
    record.votes.some((v) => v.chamber === chamber && (motion ? v.motion === motion : v.question === question))
      ? voteAnchor({ chamber, question, ...(motion ? { motion } : {}) })
      : null;
  const unsc = record.chambers.includes("unsc");
  switch (moment) {
    case "oas-seating":
      return record.chambers.includes("oas") ? "debrief-contributions" : null;
    case "oas-convocation-vote":
      return voted("oas", "convocation");
    case "oas-division":
      return voted("oas", "", "divide");
    case "oas-paragraph-2":
      return voted("oas", "paragraph-2");
    case "oas-vote-change":
      return record.voteChanges.length > 0 ? "debrief-changes" : null;
    case "unsc-agenda":
      return voted("unsc", "agenda") ?? (unsc ? "debrief-votes" : null);
    case "unsc-adjourned":
      return unsc ? "debrief-outcome" : null;
    case "crisis-legitimacy":
    case "crisis-cables":
      return "debrief-tension";
    case "crisis-appeals":
      return "debrief-appeals";
    case "debrief-outcome":
      return "debrief-outcome";
    default:
      return null;
  }
}

/** The scenario's questions for discussion, each linked to the moment of this game it is about. */
function Prompts({ record, scenario }: { record: SessionRecord; scenario: PublicScenario }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="debrief-prompts">
      <h3 id="debrief-prompts">{t("debrief.prompts")}</h3>
      <ol data-testid="debrief-prompts">
        {scenario.debriefPrompts.map((prompt) => {
          const { text, lang } = inLanguage(prompt.text);
          const anchor = momentAnchor(prompt.moment, record);
          return (
            <li key={prompt.id}>
              <span lang={lang}>{text}</span>{" "}
              {anchor ? (
                <a href={`#${anchor}`}>{t("debrief.seeMoment")}</a>
              ) : (
                <span className="hint">{t("debrief.notThisGame")}</span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/**
 * Each seat's objectives and points, beside the table's collective outcome: what the record shows met, missed
 * or still open, and what it cannot tell, left to the class. In the council's order, never as a ranking.
 */
function Scores({
  record,
  scenario,
  judge,
}: {
  record: SessionRecord;
  scenario: PublicScenario;
  judge: (judgement: JudgementRequest) => Promise<void>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { name } = useWords(scenario, record);
  const seats = record.scores ?? [];
  if (seats.length === 0) return null;
  const people = (chamber: string, delegation: string) =>
    record.contributions?.find((c) => c.chamber === chamber && c.delegation === delegation)?.people ?? [];
  const twoCouncils = record.chambers.length > 1;
  const status = (o: (typeof seats)[number]["objectives"][number]) =>
    o.judged && o.met === null ? "judged" : o.met === null ? "open" : o.met ? "met" : "missed";
  return (
    <section aria-labelledby="debrief-scores">
      <h3 id="debrief-scores">{t("debrief.scores")}</h3>
      <p className="hint">{t("debrief.scoresHint")}</p>
      <p data-testid="debrief-collective">{t(`debrief.collective.${record.ended ? record.outcome : "running"}`)}</p>
      <ScrollFrame className="table-scroll" label={t("debrief.scores")}>
        <table className="debrief-table debrief-scores" data-testid="debrief-scores">
          <thead>
            <tr>
              <th scope="col">{t("debrief.delegation")}</th>
              <th scope="col">{t("debrief.people")}</th>
              <th scope="col">{t("debrief.objectives")}</th>
              <th scope="col">{t("debrief.points")}</th>
            </tr>
          </thead>
          <tbody>
            {seats.map((seat) => {
              const judged = seat.objectives.reduce((sum, o) => sum + (o.judged ? o.points : 0), 0);
              const awarded = seat.objectives.reduce((sum, o) => sum + (o.judged && o.met ? o.points : 0), 0);
              const sitting = people(seat.chamber, seat.delegation);
              return (
                <tr key={`${seat.chamber}-${seat.delegation}`}>
                  <th scope="row">
                    {name(seat.delegation)}
                    {twoCouncils && ` (${t(`council.${seat.chamber}`)})`}
                  </th>
                  <td>{sitting.length > 0 ? sitting.join(", ") : t("debrief.bot")}</td>
                  <td>
                    <ul className="objectives">
                      {seat.objectives.map((o, i) => {
                        const text = inLanguage(o.text);
                        const control = `${id}-${seat.chamber}-${seat.delegation}-${i}`;
                        return (
                          <li key={o.text.en} className={`objective-${status(o)}`}>
                            <span className="objective-status">{t(`debrief.objective.${status(o)}`)}</span>{" "}
                            <span lang={text.lang}>{text.text}</span>{" "}
                            <span className="objective-points">
                              {t("debrief.objectivePoints", { count: o.points })}
                            </span>
                            {o.judged && (
                              // The class judges what the record cannot tell; the host enters it here.
                              <span className="objective-judge">
                                {" "}
                                <label htmlFor={control}>{t("debrief.judge.label")}</label>{" "}
                                <select
                                  id={control}
                                  value={o.met === null ? "" : String(o.met)}
                                  onChange={(e) =>
                                    void judge({
                                      chamber: seat.chamber,
                                      delegation: seat.delegation,
                                      objective: i,
                                      met: e.target.value === "" ? null : e.target.value === "true",
                                    })
                                  }
                                >
                                  <option value="">{t("debrief.judge.none")}</option>
                                  <option value="true">{t("debrief.judge.met")}</option>
                                  <option value="false">{t("debrief.judge.missed")}</option>
                                </select>
                              </span>
                            )}
                          </li>
                        );
                      })}
                    </ul>
                  </td>
                  <td>
                    {t("debrief.pointsOf", { points: seat.points - awarded, measured: seat.measured })}
                    {judged > 0 && (
                      <>
                        <br />
                        {t("debrief.pointsJudged", { awarded, points: judged })}
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollFrame>
    </section>
  );
}

/** U Thant's appeals and the capitals' answers in this session. */
function Appeals({ record }: { record: SessionRecord }) {
  const { t } = useTranslation();
  const { appeals, agreed } = record.crisis;
  return (
    <section aria-labelledby="debrief-appeals">
      <h3 id="debrief-appeals">{t("crisis.appeals")}</h3>
      {appeals.length === 0 ? (
        <p>{t("debrief.noAppeals")}</p>
      ) : (
        <ul>
          {appeals.map((appeal) => (
            <li key={appeal.id}>
              {t(`crisis.capital.${appeal.to}`)} — {t(`appeal.termsOf.${appeal.terms}`)}:{" "}
              {appeal.reply ? t(`debrief.reply.${appeal.reply}`) : t("debrief.reply.none")}
            </li>
          ))}
        </ul>
      )}
      <p>
        {Object.keys(agreed).length > 0
          ? t("crisis.agreed", {
              list: Object.keys(agreed)
                .map((term) => t(`crisis.term.${term}`))
                .join(", "),
            })
          : t("debrief.nothingAgreed")}
      </p>
    </section>
  );
}
