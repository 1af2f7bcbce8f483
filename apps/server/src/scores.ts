import type { MinuteEntry, RecordVote, SessionRecord } from "@brink/protocol";
import { type ObjectiveCheck, roleCardFor, type Scenario } from "@brink/scenario";

type Chamber = "oas" | "unsc";
/** Met, not met, or not yet told by the record (a council still sitting, a week still running, a council not played). */
type Verdict = boolean | null;

/** What a check reads: the record, and the seat whose objective it is. */
interface Seat {
  readonly record: Omit<SessionRecord, "scores">;
  readonly chamber: Chamber;
  readonly delegation: string;
}

const councilOf = (question: string): Chamber => (question.startsWith("draft-") ? "unsc" : "oas");
const played = (seat: Seat, chamber: Chamber) => seat.record.chambers.includes(chamber);
/** Whether a council has closed: whatever it did not do by then, it did not do. */
const closed = (seat: Seat, chamber: Chamber) => seat.record.chamberOutcomes[chamber] !== undefined;
/** A question's last vote in its council. */
const voteOn = (seat: Seat, question: string): RecordVote | undefined =>
  seat.record.votes.findLast((v) => v.chamber === councilOf(question) && v.question === question);
const minutesOf = (seat: Seat, chamber: Chamber): MinuteEntry[] =>
  (seat.record.minutes ?? []).filter((m) => m.chamber === chamber);
/** Not done: a failure once the council (or the week) is over, still open before. */
const notYet = (over: boolean): Verdict => (over ? false : null);

/** Whether the record shows a check met. Pure. */
export function checkMet(check: ObjectiveCheck, seat: Seat): Verdict {
  const { record, delegation } = seat;
  switch (check.kind) {
    case "all": {
      const verdicts = check.of.map((c) => checkMet(c, seat));
      if (verdicts.includes(false)) return false;
      return verdicts.every((v) => v === true) ? true : null;
    }
    case "noWar":
      return record.ended ? record.outcome !== "war" : null;
    case "voted": {
      const chamber = councilOf(check.question);
      if (!played(seat, chamber)) return null;
      const vote = voteOn(seat, check.question) ?? (check.orElse ? voteOn(seat, check.orElse) : undefined);
      if (!vote) return check.ifTaken && closed(seat, chamber) ? true : notYet(closed(seat, chamber));
      return vote.choices[delegation] === check.choice;
    }
    case "votedEvery": {
      if (!played(seat, "oas")) return null;
      const answered = record.votes.filter(
        (v) => v.chamber === "oas" && /^(convocation|paragraph-\d|whole)$/.test(v.question) && delegation in v.choices,
      );
      if (answered.some((v) => v.choices[delegation] !== check.choice)) return false;
      return answered.length > 0 && closed(seat, "oas") ? true : notYet(closed(seat, "oas"));
    }
    case "spoke": {
      const chamber = check.chamber ?? seat.chamber;
      if (!played(seat, chamber)) return null;
      const minutes = minutesOf(seat, chamber);
      const until = check.before ? minutes.findIndex((m) => m.kind === "vote" && m.question === check.before) : -1;
      const spoke = minutes
        .slice(0, until === -1 ? undefined : until)
        .some((m) => (m.kind === "speech" || m.kind === "statement") && m.delegation === delegation);
      return spoke || notYet(until !== -1 || closed(seat, chamber));
    }
    case "spokeEveryMeeting": {
      if (!played(seat, "unsc")) return null;
      // The minutes between one meeting's opening and the next's.
      const meetings: MinuteEntry[][] = [];
      for (const m of minutesOf(seat, "unsc")) {
        if (m.kind === "phase" && m.detail === "meeting") meetings.push([]);
        else meetings.at(-1)?.push(m);
      }
      const heard = meetings.map((ms) => ms.some((m) => m.kind === "speech" && m.delegation === delegation));
      // A meeting still sitting may yet hear the seat.
      const done = closed(seat, "unsc") ? heard : heard.slice(0, -1);
      if (done.includes(false)) return false;
      return closed(seat, "unsc") && heard.length > 0 ? true : null;
    }
    case "reservation":
      return (
        record.reservations.some((r) => r.chamber === seat.chamber && r.delegation === delegation) ||
        notYet(closed(seat, seat.chamber))
      );
    case "voteChanged":
      return record.voteChanges.some((c) => c.delegation === delegation) || notYet(record.ended === true);
    case "divided":
      if (!played(seat, "oas")) return null;
      return minutesOf(seat, "oas").some((m) => m.kind === "division") || notYet(closed(seat, "oas"));
    case "decided": {
      const chamber = councilOf(check.questions[0] ?? "");
      if (!played(seat, chamber)) return null;
      return check.questions.every((q) => voteOn(seat, q)) || notYet(closed(seat, chamber));
    }
    case "orderly": {
      if (!played(seat, "oas")) return null;
      if (!closed(seat, "oas")) return null;
      const minutes = minutesOf(seat, "oas");
      const count = (kind: MinuteEntry["kind"]) => minutes.filter((m) => m.kind === kind).length;
      const motionVotes = minutes.filter((m) => m.kind === "vote" && record.votes[m.vote ?? -1]?.motion).length;
      return count("motion") === motionVotes + count("motionWithdrawn") && count("pointOfOrder") === count("ruling");
    }
    case "adopted": {
      const chamber = councilOf(check.question);
      if (!played(seat, chamber)) return null;
      const vote = voteOn(seat, check.question);
      if (!vote) return notYet(closed(seat, chamber));
      return (
        vote.result === "adopted" &&
        vote.tally.yes >= (check.minYes ?? 0) &&
        vote.tally.no <= (check.maxNo ?? Number.POSITIVE_INFINITY)
      );
    }
    case "notAdopted": {
      const chamber = councilOf(check.question);
      if (!played(seat, chamber)) return null;
      const vote = voteOn(seat, check.question);
      return vote ? vote.result !== "adopted" : closed(seat, chamber) ? true : null;
    }
    case "paragraphKept": {
      if (!played(seat, "oas")) return null;
      const paragraph = `paragraph-${check.paragraph}`;
      const amended = minutesOf(seat, "oas").some(
        (m) =>
          m.kind === "amendment" &&
          m.detail === paragraph &&
          m.question !== undefined &&
          voteOn(seat, m.question)?.result === "adopted",
      );
      if (amended || voteOn(seat, paragraph)?.result === "rejected") return false;
      return closed(seat, "oas") ? true : null;
    }
    case "tabled":
      if (!played(seat, "unsc")) return null;
      return record.drafts.some((d) => d.id === check.draft) || notYet(closed(seat, "unsc"));
    case "notVetoed": {
      if (!played(seat, "unsc")) return null;
      if ((voteOn(seat, check.draft)?.vetoedBy ?? []).length > 0) return false;
      return closed(seat, "unsc") ? true : null;
    }
    case "appealSent":
      return record.crisis.appeals.length > 0 || notYet(record.ended === true);
    case "appealAcceptedByBoth": {
      const accepted = (to: string) => record.crisis.appeals.some((a) => a.to === to && a.reply === "accepted");
      return (accepted("WAS") && accepted("MOS")) || notYet(record.ended === true);
    }
    case "agreed":
      return record.crisis.agreed[check.term] !== undefined || notYet(record.ended === true);
  }
}

/** A judgement's key: `oas:ARG:1`, the objective's place on the seat's card. */
export const judgementKey = (chamber: string, delegation: string, objective: number): string =>
  `${chamber}:${delegation}:${objective}`;

/**
 * Each seat's objectives as its role card gives them, in the council's order, with what the record shows:
 * met or not, still open, or for the class to judge where the card's objective has no check — and, where the
 * host has entered the class's judgement of one (`judgements`, by `judgementKey`), that judgement.
 */
export function scoresOf(
  record: Omit<SessionRecord, "scores">,
  scenario: Scenario,
  judgements: ReadonlyMap<string, boolean> = new Map(),
): SessionRecord["scores"] {
  return (record.contributions ?? []).flatMap(({ chamber, delegation }) => {
    const card = roleCardFor(scenario, chamber, delegation);
    if (!card) return [];
    const seat: Seat = { record, chamber, delegation };
    const objectives = card.secret.objectives.map((objective, i) => {
      const judged = judgements.get(judgementKey(chamber, delegation, i));
      return {
        text: { ...objective.text },
        points: objective.points,
        met: objective.check ? checkMet(objective.check, seat) : (judged ?? null),
        judged: !objective.check,
        ...(!objective.check && judged !== undefined ? { judgedByClass: true } : {}),
      };
    });
    return [
      {
        chamber,
        delegation,
        objectives,
        points: objectives.reduce((sum, o) => sum + (o.met === true ? o.points : 0), 0),
        measured: objectives.reduce((sum, o) => sum + (o.judged ? 0 : o.points), 0),
      },
    ];
  });
}
