import { APPEAL_TERMS, type AppealTerms, CAPITALS, type Capital, PROPOSALS, type Proposal } from "@brink/engine";
import { type FormEvent, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { currentLanguage, inLanguage } from "../i18n.ts";
import { useScenario, useScenarioProse } from "../scenario.ts";
import { type CrisisView, sendAppeal } from "../store.ts";
import { useTable } from "../useTable.ts";
import { inSentence, useQuestionLabel } from "./questionLabel.ts";

/** Kennedy's address, 22 October 1962, 19:00 EDT: minute 0 of the crisis clock, in milliseconds since 1970. */
const ADDRESS = Date.UTC(1962, 9, 22, 23, 0);

/** New York went from EDT back to EST at 2 a.m. on Sunday 28 October 1962 (06:00 UTC). */
const EST_FROM = Date.UTC(1962, 9, 28, 6, 0);

/**
 * A game minute as a reader says it, in New York's time of October 1962: EDT, then EST from the 28th. The
 * zone is worked out here, as browsers name a 1962 offset only by its hours ("GMT-4").
 */
export function useCrisisDate(): (minute: number, withDay?: boolean) => string {
  const language = currentLanguage();
  const formats = useMemo(() => {
    const short = { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC" } as const;
    return {
      long: new Intl.DateTimeFormat(language, { ...short, weekday: "short", year: "numeric" }),
      short: new Intl.DateTimeFormat(language, short),
    };
  }, [language]);
  return (minute, withDay = true) => {
    const { local, est } = inNewYork(minute);
    return `${(withDay ? formats.long : formats.short).format(local)} ${est ? "EST" : "EDT"}`;
  };
}

/** A minute of the crisis clock as New York's wall clock read it (a date to format in UTC), and its zone. */
function inNewYork(minute: number): { local: Date; est: boolean } {
  const instant = ADDRESS + minute * 60_000;
  const est = instant >= EST_FROM;
  return { local: new Date(instant - (est ? 5 : 4) * 3_600_000), est };
}

/** The day in New York (`1962-10-24`) of a minute of the crisis clock. */
export const crisisDay = (minute: number): string => inNewYork(minute).local.toISOString().slice(0, 10);

/** The minute of the crisis clock at which something dated in New York's time (EDT) happens. */
export const crisisMinute = (date: string, time: string): number =>
  (Date.parse(`${date}T${time}:00-04:00`) - ADDRESS) / 60_000;

/**
 * The crisis track, the same in both councils and on the projector: the clock, the quarantine and its legal
 * basis, the ships and their distance to the line, US readiness, tension, U Thant's appeals and the capitals'
 * answers, and the outcome. Every state in words; the tension meter carries its number.
 */
export function CrisisPanel({ large = false }: { large?: boolean }) {
  const { t } = useTranslation();
  const crisis = useTable((s) => s.crisis);
  const started = useTable((s) => s.procedure.phase !== "lobby");
  const date = useCrisisDate();
  if (!started) return null;
  const inForce = crisis.minute >= crisis.quarantineAt;
  return (
    <section className={large ? "crisis large" : "crisis"} aria-labelledby="crisis-title" data-testid="crisis">
      <h4 id="crisis-title">{t("crisis.title")}</h4>
      <p className="crisis-clock" data-testid="crisis-clock">
        <span aria-hidden="true">🕰 </span>
        {date(crisis.minute)}
      </p>
      {crisis.outcome && (
        <p className={`crisis-outcome ${crisis.outcome}`} data-testid="crisis-outcome">
          <strong>{t(`crisis.outcome.${crisis.outcome}`)}</strong>
        </p>
      )}
      <ul className="crisis-facts">
        <li>
          {inForce ? t("crisis.quarantineInForce") : t("crisis.quarantineFrom", { date: date(crisis.quarantineAt) })}{" "}
          <strong>{t(`crisis.legitimacy.${crisis.legitimacy}`)}</strong>
        </li>
        {crisis.ships.map((ship) => (
          <li key={ship.id}>
            {t("crisis.ship", { name: ship.name || t("crisis.unnamedShip"), distance: ship.distanceNm })}{" "}
            <strong>{t(`crisis.shipStatus.${ship.status}`)}</strong>
          </li>
        ))}
        <li>{t("crisis.defcon", { level: crisis.defcon })}</li>
        <li>
          <label htmlFor="crisis-tension">{t("crisis.tension", { value: crisis.tension })}</label>{" "}
          <meter id="crisis-tension" min={0} max={100} low={40} high={75} optimum={0} value={crisis.tension}>
            {crisis.tension}
          </meter>
        </li>
        {crisis.agreed.length > 0 && (
          <li>{t("crisis.agreed", { list: crisis.agreed.map((term) => t(`crisis.term.${term}`)).join(", ") })}</li>
        )}
      </ul>
      <Appeals appeals={crisis.appeals} />
      {crisis.incidents.length > 0 && (
        <div className="crisis-incidents">
          <h5>{t("crisis.incidents")}</h5>
          <ul>
            {crisis.incidents
              .map((incident, n) => ({ incident, n }))
              .slice(-3)
              .map(({ incident, n }) => (
                // Incidents are only ever appended: a place in the list is a stable key.
                <li key={n}>
                  <span className="hint">{date(incident.minute, false)}</span> <IncidentText text={incident.text} />
                </li>
              ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/**
 * An incident in the reader's language: one of the timeline's as the scenario writes it, the Security
 * Council's (a veto, a resolution) in the interface's words; anything else as it was entered.
 */
function IncidentText({ text }: { text: string }) {
  const { t } = useTranslation();
  const prose = useScenarioProse();
  const label = useQuestionLabel();
  const council = /^(A veto in the Security Council on|The Security Council adopts) (draft-[a-z]+)\.$/.exec(text);
  if (council?.[2]) {
    const key = council[1]?.startsWith("A veto") ? "crisis.vetoIncident" : "crisis.adoptedIncident";
    return <span>{t(key, { draft: inSentence(label(council[2])) })}</span>;
  }
  const said = prose(text);
  return <span lang={said.lang}>{said.text}</span>;
}

/** U Thant's appeals, each with its capital's answer when it has come. */
function Appeals({ appeals }: { appeals: CrisisView["appeals"] }) {
  const { t } = useTranslation();
  const date = useCrisisDate();
  const prose = useScenarioProse();
  if (appeals.length === 0) return null;
  return (
    <div className="appeals" data-testid="appeals">
      <h5>{t("crisis.appeals")}</h5>
      <ul>
        {appeals.map((appeal) => {
          const said = prose(appeal.text);
          return (
            <li key={appeal.id}>
              <strong>
                {t("crisis.appealTo", { capital: t(`crisis.capital.${appeal.to}`), date: date(appeal.sentAt, false) })}
              </strong>{" "}
              <span lang={said.lang}>{said.text}</span>{" "}
              {appeal.proposals.length > 0 && (
                <>
                  {t("crisis.puts", {
                    list: appeal.proposals.map((p) => t(`crisis.proposalName.${p}`)).join(", "),
                  })}{" "}
                </>
              )}
              <em>
                {appeal.reply
                  ? t(`crisis.reply.${appeal.reply}`, { date: date(appeal.repliedAt, false) })
                  : t("crisis.reply.waiting")}
              </em>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * U Thant's desk, for the person in his seat (and the host, for him): the in-tray of cables as they arrive on
 * the crisis clock, and an appeal to Washington, Moscow or Havana — on the terms of his 1962 appeals, whose
 * words fill the text to edit, or on terms of his own.
 */
export function SecretaryGeneralDesk() {
  const { t } = useTranslation();
  const isSg = useTable((s) =>
    s.seats.some((seat) => seat.delegation === "SG" && seat.holderId !== "" && seat.holderId === s.playerId),
  );
  const host = useTable((s) => s.role === "host" && s.chamber === "unsc");
  const minute = useTable((s) => s.crisis.minute);
  const started = useTable((s) => s.procedure.phase !== "lobby");
  const pending = useTable((s) => s.pending);
  const scenario = useScenario();
  const ids = { to: useId(), terms: useId(), text: useId() };
  const [to, setTo] = useState<Capital>("MOS");
  const [terms, setTerms] = useState<AppealTerms>("suspendShipmentsAndQuarantine");
  const [text, setText] = useState("");
  const [proposals, setProposals] = useState<readonly Proposal[]>([]);
  if ((!isSg && !host) || !started) return null;
  /** The words of U Thant's 1962 appeal on these terms, as a start. */
  const model = (chosen: AppealTerms) => {
    const appeal = scenario?.appeals.find((a) => a.terms === chosen);
    return appeal ? inLanguage(appeal.gist).text : "";
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void sendAppeal({ to, terms, text, proposals: [...proposals] }).then((ok) => {
      if (!ok) return;
      setText("");
      setProposals([]);
    });
  };
  const arrived = (scenario?.cables ?? []).filter((c) => crisisMinute(c.arrives.date, c.arrives.time) <= minute);
  const form = (
    <form onSubmit={submit} className="appeal-form">
      <label htmlFor={ids.to}>{t("appeal.to")}</label>
      <select id={ids.to} value={to} onChange={(e) => setTo(e.target.value as Capital)}>
        {CAPITALS.map((capital) => (
          <option key={capital} value={capital}>
            {t(`crisis.capital.${capital}`)}
          </option>
        ))}
      </select>
      <label htmlFor={ids.terms}>{t("appeal.terms")}</label>
      <select
        id={ids.terms}
        value={terms}
        onChange={(e) => {
          const chosen = e.target.value as AppealTerms;
          setTerms(chosen);
          if (text.trim() === "" || APPEAL_TERMS.some((x) => model(x) === text)) setText(model(chosen));
        }}
      >
        {APPEAL_TERMS.map((x) => (
          <option key={x} value={x}>
            {t(`appeal.termsOf.${x}`)}
          </option>
        ))}
      </select>
      <label htmlFor={ids.text}>{t("appeal.text")}</label>
      <textarea id={ids.text} value={text} rows={4} maxLength={4000} onChange={(e) => setText(e.target.value)} />
      {/* The ideas of 1962 an appeal may put: a capital that accepts one is bound to its part of the settlement. */}
      <fieldset className="themes">
        <legend>{t("appeal.proposals")}</legend>
        {PROPOSALS.map((proposal) => (
          <label key={proposal}>
            <input
              type="checkbox"
              checked={proposals.includes(proposal)}
              onChange={(e) =>
                setProposals((before) =>
                  e.target.checked ? [...before, proposal] : before.filter((x) => x !== proposal),
                )
              }
            />{" "}
            {t(`appeal.proposal.${proposal}`)}
          </label>
        ))}
        <p className="hint">{t("appeal.proposalsHint")}</p>
      </fieldset>
      <p className="hint">{t("appeal.hint")}</p>
      <button type="submit" className="primary" disabled={pending !== null || text.trim() === ""}>
        {t("appeal.send")}
      </button>
    </form>
  );
  return (
    <section className="sg-desk" aria-labelledby="sg-desk-title" data-testid="sg-desk">
      <h4 id="sg-desk-title">{isSg ? t("appeal.deskTitle") : t("appeal.hostTitle")}</h4>
      {isSg ? (
        form
      ) : (
        <details>
          <summary>{t("appeal.forHim")}</summary>
          {form}
        </details>
      )}
      {isSg && (
        <details className="in-tray" open>
          <summary>{t("appeal.inTray", { count: arrived.length })}</summary>
          <ul>
            {arrived
              .slice()
              .reverse()
              .map((cable) => (
                <li key={cable.id}>
                  <strong lang={inLanguage(cable.from.label).lang}>{inLanguage(cable.from.label).text}</strong>{" "}
                  <span className="hint">
                    ({t(`appeal.tone.${cable.tone}`)}
                    {cable.composite ? `, ${t("appeal.composite")}` : ""})
                  </span>{" "}
                  <span lang={inLanguage(cable.text).lang}>{inLanguage(cable.text).text}</span>
                </li>
              ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** In the Security Council: the OAS Council's resolution, once voted, as a document before the Council. */
export function TransmittedResolution() {
  const { t } = useTranslation();
  const unsc = useTable((s) => s.chamber === "unsc");
  const result = useTable((s) => s.crisis.oasResolution);
  const paragraphs = useTable((s) => s.crisis.oasParagraphs);
  const prose = useScenarioProse();
  if (!unsc || !result) return null;
  return (
    <section className="transmitted" aria-labelledby="transmitted-title" data-testid="oas-resolution">
      <h4 id="transmitted-title">{t("crisis.oasDocument")}</h4>
      <p>
        <strong>{t(`crisis.oas.${result}`)}</strong>
      </p>
      {paragraphs.length > 0 && (
        <ol>
          {paragraphs
            .map((p, n) => ({ p, n }))
            .map(({ p, n }) => {
              const said = prose(p.text);
              return (
                <li key={n}>
                  <span className={`status ${p.status}`}>{t(`resolution.status.${p.status}`)}</span>{" "}
                  <span lang={said.lang}>{said.text}</span>
                </li>
              );
            })}
        </ol>
      )}
    </section>
  );
}
