import type { MinuteEntry, RecordVote, SessionRecord } from "@brink/protocol";
import type { Scenario } from "@brink/scenario";
import { scenarioProse } from "@brink/scenario/public";
import { RECORD_WORDS, type RecordLanguage, type RecordWords } from "./recordWords.ts";

/** Markup already escaped: what `html` returns, and the only thing it leaves as it is. */
class Markup {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Every character that means something in HTML, made inert. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

type Part = Markup | string | number | null | undefined | false | readonly Part[];

const render = (part: Part): string =>
  part instanceof Markup
    ? part.text
    : Array.isArray(part)
      ? part.map(render).join("")
      : part === null || part === undefined || part === false
        ? ""
        : escapeHtml(String(part));

/** A template whose every interpolation is escaped, unless it is markup made here; lists are joined. */
function html(strings: TemplateStringsArray, ...parts: Part[]): Markup {
  return new Markup(strings.reduce((out, text, i) => out + text + (i < parts.length ? render(parts[i]) : ""), ""));
}

/** What the printed record needs beside the record: where it was played, when, and in which language. */
export interface PrintedRecordContext {
  readonly scenario: Scenario;
  readonly language: RecordLanguage;
  readonly joinCode: string;
  /** Milliseconds since the epoch. */
  readonly createdAt: number;
  readonly printedAt: number;
}

/**
 * The record as an official record of the meetings reads, in the session's language: for the OAS Council an
 * *acta*, for the Security Council a summary record — who presided, who was present and who voiced each seat,
 * then every act in order (speeches in full, motions and rulings, each vote with its roll call and the 1962
 * vote beside it, explanations, reservations, changes of vote), then the crisis and its outcome beside 1962.
 * A page of its own, styled for A4 and Letter, with no script. Every text a player wrote is escaped.
 */
export function recordHtml(record: SessionRecord, context: PrintedRecordContext): string {
  const { scenario, language } = context;
  const words = RECORD_WORDS[language];
  const locale = language === "en" ? "en-GB" : language;
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const name = (id: string | undefined) =>
    id === undefined ? "—" : (scenario.delegations.find((d) => d.id === id)?.name[language] ?? id);
  const of = (id: string | undefined) => (id === undefined ? "—" : words.of(id, name(id)));
  const collator = new Intl.Collator(language);
  const label = questionLabel(record, words, of);
  const prose = inRecordLanguage(scenario, language);
  const { oasCouncil, securityCouncil } = scenario;
  const unscDates = securityCouncil.dates.map((d) => new Date(`${d}T00:00:00Z`));
  const titles = {
    oas: {
      body: words.oasBody,
      title: words.oasTitle(day.format(new Date(`${oasCouncil.date}T00:00:00Z`))),
      chair: oasCouncil.chair,
    },
    unsc: {
      body: words.unscBody,
      title: words.unscTitle(day.formatRange(unscDates[0] ?? new Date(0), unscDates.at(-1) ?? new Date(0))),
      chair: securityCouncil.president,
    },
  };
  const chambers = record.chambers.map((chamber) => {
    const heading = titles[chamber];
    // In the reader's alphabetical order, as a record in their language lists them ("Brasil" after "Bolivia").
    const present = (record.contributions ?? [])
      .filter((c) => c.chamber === chamber)
      .sort((a, b) => collator.compare(name(a.delegation), name(b.delegation)));
    const minutes = (record.minutes ?? []).filter((m) => m.chamber === chamber);
    return html`<section class="chamber" lang="${language}">
  <header>
    <p class="body">${heading.body}</p>
    <h1>${heading.title}</h1>
    <p>${words.played(context.joinCode, day.format(new Date(context.createdAt)))} ${
      record.mode === "historical" ? words.historical : words.open(record.seed)
    }</p>
    ${record.ended === false && html`<p class="running">${words.running}</p>`}
    <p>${words.presiding(of(heading.chair))}</p>
  </header>
  <h2>${words.present}</h2>
  <ul class="present">${present.map(
    (seat) =>
      html`<li><span class="delegation">${name(seat.delegation)}</span>: ${
        seat.people.length > 0 ? seat.people.join(", ") : html`<em>${words.byBot}</em>`
      }</li>`,
  )}</ul>
  <h2>${words.proceedings}</h2>
  ${
    minutes.length === 0
      ? html`<p>${words.noProceedings}</p>`
      : html`<ol class="minutes">${minutes.map((m) =>
          minuteItem(m.text === undefined ? m : { ...m, text: prose(m.text) }, record, words, name, label),
        )}</ol>`
  }
</section>`;
  });
  const crisis = record.crisis;
  const title = record.chambers.map((c) => titles[c].body).join(" · ");
  const page = html`<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — ${context.joinCode}</title>
<style>${new Markup(STYLE)}</style>
</head>
<body>
<main>
${chambers}
<section class="crisis">
  <h2>${words.crisis}</h2>
  <p>${record.ended === false ? words.running : words.outcome[record.outcome]}</p>
  <p class="past">${words.outcome1962}</p>
  <p>${words.tension(crisis.tension)}</p>
  <h3>${words.appeals}</h3>
  ${
    crisis.appeals.length === 0
      ? html`<p>${words.noAppeals}</p>`
      : html`<ul>${crisis.appeals.map(
          (a) => html`<li>${words.appeal(name(a.to), words.replies[a.reply ?? "none"] ?? a.reply ?? "")}</li>`,
        )}</ul>`
  }
</section>
<footer><p>${words.drawnUp(day.format(new Date(context.printedAt)))}</p></footer>
</main>
</body>
</html>
`;
  return page.text;
}

/** The scenario's own words (what the bots say) in the record's language, line by line; a person's stay as written. */
function inRecordLanguage(scenario: Scenario, language: RecordLanguage): (text: string) => string {
  const known = scenarioProse(scenario);
  return (text) =>
    text
      .split("\n")
      .map((line) => known.get(line)?.[language] ?? line)
      .join("\n");
}

/** A question's name inside a sentence, in the record's language. */
function questionLabel(
  record: SessionRecord,
  words: RecordWords,
  of: (id: string | undefined) => string,
): (question: string | undefined, vote?: RecordVote) => string {
  return (question, vote) => {
    if (question === undefined) return "—";
    if (question === "convocation" || question === "whole" || question === "agenda" || question === "invitation") {
      return words.question[question];
    }
    const paragraph = /^paragraph-(\d+)$/.exec(question);
    if (paragraph) return words.question.paragraph(paragraph[1] ?? "");
    if (question.startsWith("motion-")) {
      const kind = vote?.motion ?? (question === "motion-adjourn" ? "adjourn" : undefined);
      return words.question.motion(words.motions[kind ?? ""] ?? question);
    }
    if (question.startsWith("amendment-")) {
      const proposed = record.minutes?.find((m) => m.kind === "amendment" && m.question === question);
      return words.question.amendment(of(proposed?.delegation));
    }
    const draft = record.drafts.find((d) => d.id === question);
    if (draft) return words.question.draft(of(draft.sponsor));
    return question;
  };
}

/** One act of the minutes: its time in the margin, then what was done and said. */
function minuteItem(
  m: MinuteEntry,
  record: SessionRecord,
  words: RecordWords,
  name: (id: string | undefined) => string,
  label: (question: string | undefined, vote?: RecordVote) => string,
): Markup {
  const who = m.delegation === undefined ? "—" : words.of(m.delegation, name(m.delegation));
  const quoted = (text: string | undefined) =>
    html`<blockquote>${(text ?? "").split("\n").map((line) => html`<p>${line}</p>`)}</blockquote>`;
  const body = (): Markup | string => {
    switch (m.kind) {
      case "opened":
        return words.opened;
      case "phase":
        return m.detail === "meeting" && m.meeting !== undefined
          ? html`<strong>${words.meetingOpened(m.meeting)}</strong>`
          : (words.phase[m.detail ?? ""] ?? m.detail ?? "");
      case "meetingAdjourned":
        return words.meetingAdjourned(m.meeting ?? 0);
      case "speech":
        return html`<p>${words.said(who)}</p>${quoted(m.text)}`;
      case "statement":
        return html`<p>${words.statement}</p>${quoted(m.text)}`;
      case "motion":
        return words.motion(who, words.motions[m.detail ?? ""] ?? m.detail ?? "");
      case "motionWithdrawn":
        return words.motionWithdrawn(who, words.motions[m.detail ?? ""] ?? m.detail ?? "");
      case "pointOfOrder":
        return html`<p>${words.pointOfOrder(who)}</p>${quoted(m.text)}`;
      case "ruling":
        return words.ruling(who, m.detail === "upheld");
      case "amendment":
        return html`<p>${words.amendment(who, label(m.detail))}</p>${quoted(m.text)}`;
      case "division":
        return words.division;
      case "vote":
        return voteBody(record.votes[m.vote ?? -1], words, name, label);
      case "explanation":
        return html`<p>${words.explanation(who, label(m.question))}</p>${quoted(m.text)}`;
      case "reservation":
        return html`<p>${words.reservation(who)}</p>${quoted(m.text)}`;
      case "voteChange":
        return words.voteChange(
          words.the(m.delegation ?? "", name(m.delegation)),
          label(m.question),
          m.from ?? "absent",
          m.to ?? "absent",
        );
      case "suspended":
        return words.suspended;
      case "resumed":
        return words.resumed;
      case "objection":
        return words.objection(who);
      case "agenda":
        return words.agenda;
      case "invitation":
        return words.invitation;
      case "draftTabled":
        return html`<p>${words.draftTabled(who)}</p>${html`<ol class="draft">${(m.text ?? "")
          .split("\n")
          .map((p) => html`<li>${p}</li>`)}</ol>`}`;
      case "draftWithdrawn":
        return words.draftWithdrawn(who);
      case "voteRequested":
        return words.voteRequested(who);
      case "adjournmentMoved":
        return words.adjournmentMoved(who);
      case "closed":
        return html`<strong>${words.closed[m.detail ?? ""] ?? m.detail}</strong>`;
    }
  };
  const minutes = Math.floor(m.elapsed / 60);
  return html`<li class="${m.kind}"><span class="time">${words.elapsed(minutes, m.elapsed % 60)}</span><div class="act">${body()}</div></li>`;
}

/** A vote as the record states it: the result and count, the roll call by answer, a veto, and 1962 beside it. */
function voteBody(
  vote: RecordVote | undefined,
  words: RecordWords,
  name: (id: string | undefined) => string,
  label: (question: string | undefined, vote?: RecordVote) => string,
): Markup {
  if (!vote) return html``;
  const { yes, no, abstain, absent } = vote.tally;
  const roll = (["yes", "no", "abstain", "absent"] as const).flatMap((choice) => {
    const members = Object.entries(vote.choices)
      .flatMap(([id, c]) => (c === choice ? [name(id)] : []))
      .sort(new Intl.Collator(words.language).compare);
    if (choice === "absent" && members.length === 0) return [];
    return [
      html`<p class="roll"><strong>${words.rollCall[choice]} (${members.length}):</strong> ${
        members.length > 0 ? members.join(", ") : words.nobody
      }.</p>`,
    ];
  });
  const past = vote.historical;
  const then = !past
    ? words.notIn1962
    : past.tally === "not recorded"
      ? words.in1962NotCounted(past.result === "adopted")
      : words.in1962(past.result === "adopted", past.tally.yes, past.tally.no, past.tally.abstain);
  return html`<p class="result"><strong>${words.vote(label(vote.question, vote), vote.result === "adopted", yes, no, abstain, absent)}</strong></p>
${roll}
${vote.vetoedBy && vote.vetoedBy.length > 0 && html`<p>${words.veto(vote.vetoedBy.map((id) => words.of(id, name(id))))}</p>`}
<p class="past">${then}</p>`;
}

/** The page's look: a printed record, serif, a margin of times, nothing that overflows A4 or Letter. */
const STYLE = `
@page { size: auto; margin: 18mm 16mm; }
* { box-sizing: border-box; }
html { font: 11pt/1.45 "Liberation Serif", "Times New Roman", Georgia, serif; color: #111; background: #fff; }
body { margin: 0; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem; }
header { text-align: center; border-bottom: 1px solid #444; margin-bottom: 1rem; }
.body { font-variant: small-caps; letter-spacing: 0.04em; margin: 0; }
h1 { font-size: 1.35rem; margin: 0.3rem 0 0.6rem; }
h2 { font-size: 1.1rem; margin: 1.2rem 0 0.4rem; border-bottom: 1px solid #bbb; break-after: avoid; }
h3 { font-size: 1rem; break-after: avoid; }
p { margin: 0.25rem 0; }
.running { font-weight: bold; }
.present { columns: 2; column-gap: 2rem; padding-left: 1.1rem; margin: 0; }
.present li { break-inside: avoid; }
.delegation { font-weight: bold; }
.minutes { list-style: none; padding: 0; margin: 0; }
.minutes > li { display: grid; grid-template-columns: 5.2rem minmax(0, 1fr); gap: 0.6rem; padding: 0.3rem 0; break-inside: avoid; }
.minutes > li.speech, .minutes > li.statement, .minutes > li.draftTabled { break-inside: auto; }
.time { color: #555; font-size: 0.85em; text-align: right; padding-top: 0.1em; font-variant-numeric: tabular-nums; }
.act { min-width: 0; overflow-wrap: anywhere; }
blockquote { margin: 0.2rem 0 0.2rem 1.2rem; }
.roll { margin-left: 1.2rem; }
.past { font-style: italic; color: #333; }
.minutes > li.vote { border-top: 1px solid #ddd; border-bottom: 1px solid #ddd; }
.crisis { break-before: auto; }
footer { margin-top: 1.5rem; border-top: 1px solid #444; font-size: 0.9em; color: #444; }
section.chamber + section.chamber { break-before: page; }
@media print { main { max-width: none; padding: 0; } }
`;
