import {
  type AppealTerms,
  type Capital,
  type CrisisScript,
  type CrisisSetup,
  delegationId,
  type LiveCrisisPlan,
  type OasScript,
  type OasSetup,
  type OpenPlan,
  type OpenProfile,
  planOpenSession,
  type RandomSource,
  type ScriptedSpeech,
  type UnscOpenProfile,
  type UnscScript,
  type UnscSetup,
} from "@brink/engine";
import {
  armedForceAmendment,
  openProfiles,
  unscOpenProfiles,
  unscRequestChances,
} from "./october-1962/openProfiles.secret.ts";
import type { Scenario, TimelineEvent } from "./schema.ts";
import { eventInstant } from "./schema.ts";

/**
 * The bots' instructions in historical mode, built from the record of the scenario. Where the record does
 * not say (the order of most speakers, which meeting a speech fell in, the hour of an appeal), the script
 * makes a choice and says so here; it never changes a recorded vote or outcome.
 */
export interface HistoricalSetup {
  readonly oas: { readonly setup: OasSetup; readonly script: OasScript };
  readonly unsc: { readonly setup: UnscSetup; readonly script: UnscScript };
  readonly crisis: { readonly setup: CrisisSetup; readonly script: CrisisScript };
}

const d = delegationId;

function talkingPoint(scenario: Scenario, chamber: "oas" | "unsc" | "crisis", id: string, index = 0): string {
  const card = scenario.roleCards.find((c) => c.chamber === chamber && c.delegation === id);
  return card?.talkingPoints[index]?.en ?? card?.talkingPoints[0]?.en ?? "—";
}

const speeches = (scenario: Scenario, chamber: "oas" | "unsc", ids: readonly string[], index = 0): ScriptedSpeech[] =>
  ids.map((id) => ({ delegation: d(id), text: talkingPoint(scenario, chamber, id, index) }));

function oasScript(scenario: Scenario): HistoricalSetup["oas"] {
  const council = scenario.oasCouncil;
  const entitled = council.members.filter((id) => !council.excluded.includes(id));
  const votes: Record<string, Record<string, "yes" | "no" | "abstain">> = {};
  const questions = ["convocation", "motion-m1", ...council.paragraphs.map((_, i) => `paragraph-${i + 1}`), "whole"];
  // A delegation without instructions can only abstain: Uruguay on 23 October (its card's constraint).
  // The record states its abstention on the whole; on the other questions it is the consistent inference.
  const uninstructed = scenario.instructions.filter((i) => i.chamber === "oas" && i.effect === "mayChangeVote");
  for (const question of questions) {
    votes[question] = Object.fromEntries(uninstructed.map((i) => [i.delegation, "abstain" as const]));
  }
  for (const vote of scenario.record.votes.filter((v) => v.chamber === "oas")) {
    for (const [id, choice] of Object.entries(vote.choices)) {
      if (choice === "absent" || !entitled.includes(id)) continue;
      votes[vote.question] = { ...votes[vote.question], [id]: choice };
    }
  }
  const reservation = scenario.record.reservations.find((r) => r.chamber === "oas");
  return {
    setup: {
      members: council.members.map((id) => ({ delegation: d(id), excluded: council.excluded.includes(id) })),
      chair: d(council.chair),
      requester: d(council.requester),
      paragraphs: council.paragraphs.map((p) => p.text.en),
    },
    script: {
      debates: {
        usStatement: speeches(scenario, "oas", [council.requester]),
        // Argentina and Guatemala spoke first, then Mexico (Mexican lettergram); the rest of the order is not
        // recorded: the hawks, then Brazil and the chair, as Keller groups them.
        convocationDebate: speeches(scenario, "oas", ["ARG", "GTM", "MEX", "SLV", "NIC", "PER", "CRI", "BRA", "COL"]),
        // The afternoon: the draft introduced, Brazil's demand to divide it, the constitutional objections.
        resolutionDebate: speeches(scenario, "oas", ["USA", "BRA", "MEX", "CHL", "BOL"], 1),
      },
      motions: [{ delegation: d("BRA"), kind: "divide" }],
      votes,
      // The count of the convocation vote is not recorded; its result (adopted) is, and Mexico's and Brazil's yes.
      defaultChoice: "yes",
      reservations: (reservation?.delegations ?? []).map((id) => ({
        delegation: d(id),
        text: reservation?.gist.en ?? "",
      })),
      voteChanges: scenario.record.voteChanges
        .filter((c) => c.chamber === "oas" && c.to !== "absent")
        .map((c) => ({ delegation: d(c.delegation), question: c.question, choice: c.to as "yes" | "no" | "abstain" })),
    },
  };
}

function unscScript(scenario: Scenario): HistoricalSetup["unsc"] {
  const council = scenario.securityCouncil;
  const draft = (sponsor: string) => {
    const found = council.drafts.find((x) => x.sponsor === sponsor);
    return { sponsor: d(sponsor), paragraphs: (found?.paragraphs ?? []).map((p) => p.en) };
  };
  const statement = scenario.roleCards.find((c) => c.delegation === "SG")?.talkingPoints[1]?.en ?? "—";
  return {
    setup: {
      members: council.members.map((id) => ({ delegation: d(id), permanent: council.permanent.includes(id) })),
      president: d(council.president),
      invitee: d(council.invitee),
      firstMeeting: council.firstMeeting,
      lastMeeting: council.lastMeeting,
    },
    script: {
      // 23 October: Stevenson first and the US draft, then Cuba and the Soviet Union. 24 October: eight members
      // and U Thant; which speeches fell in the 1023rd and which in the 1024th meeting is not confirmed (facts,
      // Uncertain 10), so they are split in the order the sources list them. 25 October: Stevenson and Zorin.
      meetings: [
        {
          speeches: speeches(scenario, "unsc", ["USA", "CUB", "USSR"]),
          drafts: [draft("USA"), draft("USSR")],
          statements: [],
        },
        { speeches: speeches(scenario, "unsc", ["VEN", "GBR", "ROU", "IRL"]), drafts: [], statements: [] },
        {
          speeches: speeches(scenario, "unsc", ["FRA", "CHL", "UAR", "GHA"]),
          drafts: [draft("UAR")],
          statements: [statement],
        },
        {
          speeches: [
            { delegation: d("USA"), text: talkingPoint(scenario, "unsc", "USA", 3) },
            { delegation: d("USSR"), text: talkingPoint(scenario, "unsc", "USSR", 2) },
          ],
          drafts: [],
          statements: [],
        },
      ],
    },
  };
}

/** Minutes after the first timeline event (Kennedy's address); events without an hour count from noon EDT. */
function minuteOf(scenario: Scenario, event: Pick<TimelineEvent, "date" | "time" | "zone">): number {
  const origin = scenario.timeline[0];
  if (!origin) return 0;
  const timed = event.time === null ? { ...event, time: "12:00", zone: "EDT" as const } : event;
  return eventInstant(timed) - eventInstant(origin);
}

function crisisScript(scenario: Scenario): HistoricalSetup["crisis"] {
  const at = (date: string, time: string | null = null, zone: "EDT" | "EST" = "EDT") =>
    minuteOf(scenario, { date, time, zone });
  const quarantine = scenario.timeline.find((e) => e.id === "quarantine");
  const steps: {
    minute: number;
    actor: Capital | "SG" | "system";
    command: CrisisScript["steps"][number]["command"];
  }[] = [];
  // The OAS Council sat until about 5 p.m. on 23 October and adopted the resolution.
  steps.push({
    minute: at("1962-10-23", "17:00"),
    actor: "system",
    command: { type: "recordOasResult", multilateral: true },
  });
  for (const event of scenario.timeline) {
    if (event.effect?.kind === "defcon" && event.id !== scenario.timeline[0]?.id) {
      const level = event.effect.level as 1 | 2 | 3 | 4 | 5;
      steps.push({ minute: minuteOf(scenario, event), actor: "WAS", command: { type: "setDefcon", level } });
    }
    if (event.effect?.kind === "tension") {
      steps.push({
        minute: minuteOf(scenario, event),
        actor: "system",
        command: { type: "enterIncident", text: event.text.en, tension: event.effect.delta },
      });
    }
  }
  scenario.appeals.forEach((appeal) => {
    for (const to of appeal.to) {
      steps.push({
        minute: at(appeal.date),
        actor: "SG",
        command: { type: "sendAppeal", to, terms: appeal.terms, text: appeal.gist.en },
      });
    }
  });
  // Replies name the appeal by its place in the order sent: appeal ids are given by the track as they arrive.
  const sent = scenario.appeals.flatMap((appeal) => appeal.to.map((to) => ({ appeal, to })));
  sent.forEach(({ appeal, to }, i) => {
    const reply = appeal.replies.find((r) => r.from === to);
    if (reply) {
      steps.push({
        minute: at(reply.date, "14:00"),
        actor: to,
        command: { type: "answerAppeal", appeal: `appeal-${i + 1}`, answer: reply.answer },
      });
    }
  });
  // The Bucharest is let through the line on 25 October.
  steps.push({
    minute: at("1962-10-25", "15:00"),
    actor: "WAS",
    command: { type: "interceptShip", ship: "bucharest", action: "letPass" },
  });
  // Kennedy's reply of 27 October offers the no-invasion assurance; Radio Moscow's broadcast of 28 October
  // announces the missiles' removal under UN verification.
  steps.push({
    minute: at("1962-10-27", "20:00"),
    actor: "WAS",
    command: { type: "agreeTerm", term: "noInvasionPledge" },
  });
  const broadcast = scenario.timeline.find((e) => e.id === "radio-moscow");
  const broadcastAt = broadcast ? minuteOf(scenario, broadcast) : at("1962-10-28", "09:00", "EST");
  steps.push({ minute: broadcastAt, actor: "MOS", command: { type: "agreeTerm", term: "verification" } });
  steps.push({ minute: broadcastAt, actor: "MOS", command: { type: "agreeTerm", term: "withdrawal" } });
  return {
    setup: {
      // A game value: the Bucharest's distance and speed put it at the line on the morning of 25 October.
      ships: [{ id: "bucharest", name: "Bucharest", distanceNm: 610, speedKnots: 10 }],
      quarantineAt: quarantine ? minuteOf(scenario, quarantine) : 2340,
      endAt: at("1962-10-29", "00:00", "EST"),
      tension: 50,
    },
    script: { steps },
  };
}

/**
 * When instructions that free a seat's vote reach it, in minutes on the crisis clock (noon of their day, New
 * York time): Uruguay's from Montevideo on 24 October. Instructions without a recorded day are left out.
 */
export function instructionArrivals(scenario: Scenario): { readonly delegation: string; readonly minute: number }[] {
  return scenario.instructions.flatMap((instruction) =>
    instruction.effect === "mayChangeVote" && instruction.date !== null
      ? [
          {
            delegation: instruction.delegation,
            minute: minuteOf(scenario, { date: instruction.date, time: null, zone: "EDT" }),
          },
        ]
      : [],
  );
}

/** The OAS seats' profiles for open history: the secret profile of each, and its first talking point. */
export function openOasProfiles(scenario: Scenario): OpenProfile[] {
  const { members, excluded } = scenario.oasCouncil;
  return members
    .filter((id) => !excluded.includes(id))
    .map((id) => {
      const profile: { stance: number; conviction: number; noJointForce?: boolean; uninstructed?: boolean } = (
        openProfiles as Record<string, typeof profile>
      )[id] ?? { stance: 0.5, conviction: 0.5 };
      return {
        delegation: d(id),
        stance: profile.stance,
        conviction: profile.conviction,
        noJointForce: profile.noJointForce ?? false,
        uninstructed: profile.uninstructed ?? false,
        speech: talkingPoint(scenario, "oas", id),
      };
    });
}

/** The Security Council members' open-history profiles and the sponsors' chances of pressing a vote. */
export function openUnscProfiles(scenario: Scenario): {
  profiles: UnscOpenProfile[];
  requestChances: Record<string, number>;
} {
  const table = unscOpenProfiles as Record<string, { lean: Record<string, number>; conviction: number }>;
  return {
    profiles: scenario.securityCouncil.members.map((id) => ({
      delegation: d(id),
      lean: table[id]?.lean ?? {},
      conviction: table[id]?.conviction ?? 0.5,
    })),
    requestChances: { ...unscRequestChances },
  };
}

export { armedForceAmendment };

/**
 * One open-history session of the OAS Council, drawn from `random`: each seat's profile, who speaks and moves
 * what; the amendment a hesitant seat may propose, and the reservation of 1962 for the seats it did not win.
 */
export function planOpenOas(scenario: Scenario, random: RandomSource): OpenPlan {
  const reservation = scenario.record.reservations.find((r) => r.chamber === "oas")?.gist.en;
  return planOpenSession(openOasProfiles(scenario), d(scenario.oasCouncil.requester), random, {
    amendment: armedForceAmendment,
    reservation: reservation ?? "Our vote is not a vote for an armed attack on Cuba.",
  });
}

/**
 * How the crisis track plays in a live session of this scenario: its steps, the capitals' answers of 1962 by
 * the terms of each appeal, and a day for each answer, as in 1962.
 */
export function liveCrisisPlan(scenario: Scenario, mode: "historical" | "open", seed: number): LiveCrisisPlan {
  return {
    steps: crisisScript(scenario).script.steps,
    replies: scenario.appeals.flatMap((appeal) =>
      appeal.replies.map((reply) => ({
        to: reply.from as Capital,
        terms: appeal.terms as AppealTerms,
        answer: reply.answer as "accepted" | "declined" | "conditional",
      })),
    ),
    mode,
    seed,
    replyAfterMinutes: 24 * 60,
  };
}

export function historicalSetup(scenario: Scenario): HistoricalSetup {
  return { oas: oasScript(scenario), unsc: unscScript(scenario), crisis: crisisScript(scenario) };
}
