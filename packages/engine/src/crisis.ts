import { type Context, eventSourced, type Stamped } from "./eventSourcing.ts";
import { exhaustiveSwitchError, ok, type Result, reject } from "./result.ts";

/**
 * The crisis track (GAME.md §5): the clock from Kennedy's address to 28 October, the Soviet ships and the
 * quarantine line, US readiness, the legitimacy the OAS vote gives the quarantine, tension, U Thant's
 * appeals and the capitals' replies, and the outcome. Dates and sequences come from the scenario; the
 * numbers that move tension are game rules, not history, and are set in `CrisisRules`.
 */

/** The capitals that answer appeals and make the settlement: Washington, Moscow, Havana. */
export type Capital = "WAS" | "MOS" | "HAV";
export const CAPITALS: readonly Capital[] = ["WAS", "MOS", "HAV"];

export type ShipStatus = "approaching" | "holding" | "turnedBack" | "atLine" | "boarded" | "passed";

export interface Ship {
  /** e.g. `bucharest` */
  readonly id: string;
  /** As the sources name it, or null where they do not ("not recorded"). */
  readonly name: string | null;
  /** Nautical miles to the quarantine line. */
  readonly distanceNm: number;
  /** Knots while approaching (a scenario value). */
  readonly speedKnots: number;
  readonly status: ShipStatus;
}

/** What an appeal asks; each of U Thant's 1962 appeals has one (1962-facts.md §5), or the SG writes his own. */
export type AppealTerms =
  /** 24 Oct: suspend arms shipments and the quarantine for two to three weeks. */
  | "suspendShipmentsAndQuarantine"
  /** 25 Oct, to Moscow: keep Soviet ships away from the interception area for a limited time. */
  | "shipsStayAway"
  /** 25 Oct, to Washington: avoid direct confrontation with Soviet ships. */
  | "avoidConfrontation"
  /** 26 Oct, to Havana: suspend work on the missile sites during negotiations. */
  | "suspendConstruction"
  /** Text of the Secretary-General's own, built from proposals offered. */
  | "own";
export const APPEAL_TERMS: readonly AppealTerms[] = [
  "suspendShipmentsAndQuarantine",
  "shipsStayAway",
  "avoidConfrontation",
  "suspendConstruction",
  "own",
];

/**
 * An idea raised in 1962 that U Thant can put in an appeal of his own (1962-facts.md §5, §8): Dorticós's of
 * 8 October (no weapons needed if the US gives assurances of non-aggression), which Khrushchev's 28 October
 * agreement embraced; Castro's verification outside Cuban territory, at sea, which U Thant put forward as his.
 */
export type Proposal = "nonAggression" | "verificationAtSea";
export const PROPOSALS: readonly Proposal[] = ["nonAggression", "verificationAtSea"];

/**
 * What a capital that accepts a proposal agrees to (game rules): Washington accepting non-aggression gives
 * the no-invasion pledge and Moscow accepting it withdraws the missiles (the 28 October bargain); Moscow or
 * Havana accepting verification at sea agrees to verification.
 */
const PROPOSAL_TERMS: Readonly<Record<Proposal, Partial<Record<Capital, Term>>>> = {
  nonAggression: { WAS: "noInvasionPledge", MOS: "withdrawal" },
  verificationAtSea: { MOS: "verification", HAV: "verification" },
};

export interface Appeal {
  /** e.g. `appeal-2` */
  readonly id: string;
  readonly to: Capital;
  readonly terms: AppealTerms;
  readonly text: string;
  /** The ideas of 1962 the appeal puts to the capital; none for the appeals U Thant sent. */
  readonly proposals?: readonly Proposal[];
  /** Game minute it was sent. */
  readonly sentAt: number;
  readonly reply: { readonly answer: "accepted" | "declined" | "conditional"; readonly at: number } | null;
}

/** The three terms of the settlement of 28 October 1962. */
export type Term = "withdrawal" | "noInvasionPledge" | "verification";
/** Who may agree to each term: Moscow withdraws, Washington pledges, verification needs Moscow or Havana. */
export const TERM_PARTIES: Readonly<Record<Term, readonly Capital[]>> = {
  withdrawal: ["MOS"],
  noInvasionPledge: ["WAS"],
  verification: ["MOS", "HAV"],
};

export type CrisisOutcome = "peace" | "standoff" | "war";

/** How much each kind of happening moves tension (0–100). Game rules, tuned by the scenario. */
export interface CrisisRules {
  readonly oasMultilateral: number;
  readonly oasUnilateral: number;
  readonly shipAtLine: number;
  readonly shipHolds: number;
  readonly boarding: number;
  readonly defconRaised: number;
  readonly appealAccepted: number;
  readonly appealDeclined: number;
}

export const DEFAULT_CRISIS_RULES: CrisisRules = {
  oasMultilateral: -10,
  // GAME.md §5: a failed OAS vote makes the quarantine a unilateral act of war.
  oasUnilateral: 20,
  shipAtLine: 10,
  shipHolds: -5,
  boarding: 5,
  defconRaised: 10,
  appealAccepted: -10,
  appealDeclined: 5,
};

export interface CrisisState {
  /** Which table this is: `crisis`. */
  readonly kind: "crisis";
  readonly version: number;
  /** Game minutes since Kennedy's address, 22 October 1962, 19:00 EDT. */
  readonly minute: number;
  /** When the quarantine comes into force: 24 October, 10:00 EDT (1962-facts.md §6) is minute 2340. */
  readonly quarantineAt: number;
  /** When the track ends: the close of 28 October. */
  readonly endAt: number;
  /** US readiness: DEFCON 3 from the address, SAC at 2 from 24 October. */
  readonly defcon: 1 | 2 | 3 | 4 | 5;
  /** The quarantine's legal basis, decided by the OAS vote. */
  readonly legitimacy: "pending" | "multilateral" | "unilateral";
  /** 0 (calm) to 100 (war). */
  readonly tension: number;
  readonly ships: readonly Ship[];
  readonly appeals: readonly Appeal[];
  /** Terms agreed so far, and by whom. */
  readonly agreed: Readonly<Partial<Record<Term, Capital>>>;
  /** Incidents entered from the timeline or by the host, e.g. "U-2 shot down over Banes". */
  readonly incidents: readonly { readonly text: string; readonly tension: number; readonly minute: number }[];
  readonly rules: CrisisRules;
  readonly outcome: CrisisOutcome | null;
}

export interface CrisisSetup {
  readonly ships: readonly Omit<Ship, "status">[];
  readonly quarantineAt: number;
  readonly endAt: number;
  readonly tension: number;
  readonly defcon?: CrisisState["defcon"];
  readonly rules?: CrisisRules;
}

export function createCrisis(setup: CrisisSetup): CrisisState {
  return {
    kind: "crisis",
    version: 0,
    minute: 0,
    quarantineAt: setup.quarantineAt,
    endAt: setup.endAt,
    defcon: setup.defcon ?? 3,
    legitimacy: "pending",
    tension: setup.tension,
    ships: setup.ships.map((s) => ({ ...s, status: "approaching" })),
    appeals: [],
    agreed: {},
    incidents: [],
    rules: setup.rules ?? DEFAULT_CRISIS_RULES,
    outcome: null,
  };
}

export const quarantineInForce = (state: CrisisState): boolean => state.minute >= state.quarantineAt;

/** The game's server (clock, timeline, chamber results), the host, the Secretary-General, or a capital. */
export type CrisisActor = "system" | "host" | "SG" | Capital;

/** Who acts, when, and the random source (see `Context`). */
export type CrisisContext = Context<CrisisActor>;

export type CrisisCommand =
  | { readonly type: "advanceClock"; readonly minutes: number }
  | { readonly type: "recordOasResult"; readonly multilateral: boolean }
  | { readonly type: "enterIncident"; readonly text: string; readonly tension: number }
  | {
      readonly type: "sendAppeal";
      readonly to: Capital;
      readonly terms: AppealTerms;
      readonly text: string;
      readonly proposals?: readonly Proposal[];
    }
  | { readonly type: "answerAppeal"; readonly appeal: string; readonly answer: "accepted" | "declined" | "conditional" }
  | { readonly type: "orderShip"; readonly ship: string; readonly order: "hold" | "turnBack" | "proceed" }
  | { readonly type: "interceptShip"; readonly ship: string; readonly action: "board" | "letPass" }
  | { readonly type: "setDefcon"; readonly level: CrisisState["defcon"] }
  | { readonly type: "agreeTerm"; readonly term: Term };

type Fact =
  | { readonly type: "clockAdvanced"; readonly minutes: number }
  | { readonly type: "legitimacySet"; readonly legitimacy: "multilateral" | "unilateral" }
  | { readonly type: "incidentEntered"; readonly text: string; readonly tension: number }
  | { readonly type: "appealSent"; readonly appeal: Appeal }
  | {
      readonly type: "appealAnswered";
      readonly appeal: string;
      readonly answer: "accepted" | "declined" | "conditional";
    }
  | { readonly type: "shipOrdered"; readonly ship: string; readonly status: ShipStatus }
  | { readonly type: "shipIntercepted"; readonly ship: string; readonly status: "boarded" | "passed" }
  | { readonly type: "defconSet"; readonly level: CrisisState["defcon"] }
  | { readonly type: "termAgreed"; readonly term: Term; readonly by: Capital };

export type CrisisEvent = Stamped<Fact>;

export type CrisisRejectionCode =
  | "crisis/over"
  | "crisis/not_yours"
  | "crisis/invalid"
  | "appeal/unknown"
  | "appeal/answered"
  | "ship/unknown"
  | "ship/not_approaching"
  | "ship/not_at_line"
  | "term/already_agreed";

const clampTension = (n: number): number => Math.max(0, Math.min(100, n));

function decide(
  state: CrisisState,
  command: CrisisCommand,
  actor: CrisisActor,
): Result<readonly Fact[], CrisisRejectionCode> {
  if (state.outcome) return reject("crisis/over", `The crisis is over: ${state.outcome}.`);
  const control = actor === "system" || actor === "host";
  switch (command.type) {
    case "advanceClock":
      if (!control) return reject("crisis/not_yours", "Only the game's clock moves time.");
      if (!Number.isInteger(command.minutes) || command.minutes < 1 || command.minutes > 24 * 60) {
        return reject("crisis/invalid", "Time moves on by 1 to 1440 minutes at once.");
      }
      return ok([{ type: "clockAdvanced", minutes: command.minutes }]);
    case "recordOasResult":
      if (!control) return reject("crisis/not_yours", "The OAS Council's result is entered by the game.");
      if (state.legitimacy !== "pending") return reject("crisis/invalid", "The OAS has already decided.");
      return ok([{ type: "legitimacySet", legitimacy: command.multilateral ? "multilateral" : "unilateral" }]);
    case "enterIncident":
      if (!control) return reject("crisis/not_yours", "Incidents come from the timeline or the host.");
      if (command.text.trim().length === 0 || command.text.length > 500 || Math.abs(command.tension) > 100) {
        return reject("crisis/invalid", "An incident has a short text and a tension change from -100 to 100.");
      }
      return ok([{ type: "incidentEntered", text: command.text.trim(), tension: command.tension }]);
    case "sendAppeal": {
      if (actor !== "SG" && !control) return reject("crisis/not_yours", "Appeals are the Secretary-General's.");
      if (!CAPITALS.includes(command.to))
        return reject("crisis/invalid", "Appeals go to Washington, Moscow or Havana.");
      const text = command.text.trim();
      if (text.length === 0 || text.length > 4000)
        return reject("crisis/invalid", "An appeal has 1 to 4000 characters.");
      const proposals = [...new Set(command.proposals ?? [])];
      if (proposals.some((p) => !PROPOSALS.includes(p))) return reject("crisis/invalid", "There is no such proposal.");
      const appeal: Appeal = {
        id: `appeal-${state.appeals.length + 1}`,
        to: command.to,
        terms: command.terms,
        text,
        sentAt: state.minute,
        reply: null,
        ...(proposals.length > 0 ? { proposals } : {}),
      };
      return ok([{ type: "appealSent", appeal }]);
    }
    case "answerAppeal": {
      const appeal = state.appeals.find((a) => a.id === command.appeal);
      if (!appeal) return reject("appeal/unknown", "There is no such appeal.");
      if (actor !== appeal.to && !control) return reject("crisis/not_yours", "Only the capital addressed may answer.");
      if (appeal.reply) return reject("appeal/answered", "That appeal has been answered.");
      return ok([{ type: "appealAnswered", appeal: appeal.id, answer: command.answer }]);
    }
    case "orderShip": {
      if (actor !== "MOS" && !control) return reject("crisis/not_yours", "Soviet ships take their orders from Moscow.");
      const ship = state.ships.find((s) => s.id === command.ship);
      if (!ship) return reject("ship/unknown", "There is no such ship.");
      if (ship.status !== "approaching" && ship.status !== "holding") {
        return reject("ship/not_approaching", "The ship is no longer under way to the line.");
      }
      const status: ShipStatus =
        command.order === "hold" ? "holding" : command.order === "turnBack" ? "turnedBack" : "approaching";
      return ok([{ type: "shipOrdered", ship: ship.id, status }]);
    }
    case "interceptShip": {
      if (actor !== "WAS" && !control) return reject("crisis/not_yours", "The quarantine is enforced by Washington.");
      const ship = state.ships.find((s) => s.id === command.ship);
      if (!ship) return reject("ship/unknown", "There is no such ship.");
      if (ship.status !== "atLine") return reject("ship/not_at_line", "Only a ship at the line can be intercepted.");
      return ok([
        { type: "shipIntercepted", ship: ship.id, status: command.action === "board" ? "boarded" : "passed" },
      ]);
    }
    case "setDefcon":
      if (actor !== "WAS" && !control) return reject("crisis/not_yours", "US readiness is set by Washington.");
      if (![1, 2, 3, 4, 5].includes(command.level)) return reject("crisis/invalid", "DEFCON runs from 1 to 5.");
      return ok([{ type: "defconSet", level: command.level }]);
    case "agreeTerm": {
      if (actor === "system" || actor === "host" || actor === "SG" || !TERM_PARTIES[command.term].includes(actor)) {
        return reject("crisis/not_yours", `${command.term} is not for ${actor} to agree.`);
      }
      if (state.agreed[command.term]) return reject("term/already_agreed", "That term is already agreed.");
      return ok([{ type: "termAgreed", term: command.term, by: actor }]);
    }
    /* v8 ignore next 2 -- unreachable: the switch covers every member of the union */
    default:
      throw exhaustiveSwitchError(command, "crisis command");
  }
}

/** Ships under way close on the line; once the quarantine is in force, one that reaches it stops there. */
function sail(state: CrisisState, minutes: number): CrisisState {
  let tension = state.tension;
  const inForce = state.minute + minutes >= state.quarantineAt;
  const ships = state.ships.map((ship) => {
    if (ship.status !== "approaching") return ship;
    const distanceNm = Math.max(0, ship.distanceNm - (ship.speedKnots * minutes) / 60);
    if (distanceNm === 0 && inForce) {
      tension += state.rules.shipAtLine;
      return { ...ship, distanceNm, status: "atLine" as const };
    }
    return { ...ship, distanceNm };
  });
  return { ...state, ships, tension: clampTension(tension), minute: state.minute + minutes };
}

/** War when tension reaches 100; peace once withdrawal and the no-invasion pledge are both agreed; a standoff at the end. */
function judge(state: CrisisState): CrisisState {
  if (state.outcome) return state;
  if (state.tension >= 100) return { ...state, outcome: "war" };
  if (state.agreed.withdrawal && state.agreed.noInvasionPledge) return { ...state, outcome: "peace" };
  if (state.minute >= state.endAt) return { ...state, outcome: "standoff" };
  return state;
}

const shift = (state: CrisisState, delta: number): CrisisState => ({
  ...state,
  tension: clampTension(state.tension + delta),
});

export function evolveCrisis(state: CrisisState, event: CrisisEvent): CrisisState {
  const next: CrisisState = { ...state, version: event.version };
  const { rules } = state;
  switch (event.type) {
    case "clockAdvanced":
      return judge(sail(next, event.minutes));
    case "legitimacySet":
      return judge(
        shift(
          { ...next, legitimacy: event.legitimacy },
          event.legitimacy === "multilateral" ? rules.oasMultilateral : rules.oasUnilateral,
        ),
      );
    case "incidentEntered":
      return judge(
        shift(
          {
            ...next,
            incidents: [...state.incidents, { text: event.text, tension: event.tension, minute: state.minute }],
          },
          event.tension,
        ),
      );
    case "appealSent":
      return { ...next, appeals: [...state.appeals, event.appeal] };
    case "appealAnswered": {
      const appeal = state.appeals.find((a) => a.id === event.appeal) as Appeal;
      const answered = {
        ...next,
        appeals: state.appeals.map((a) =>
          a === appeal ? { ...a, reply: { answer: event.answer, at: state.minute } } : a,
        ),
      };
      // An appeal accepted buys time: tension falls, and Moscow's acceptance holds its ships (GAME.md §5).
      if (event.answer === "declined") return judge(shift(answered, rules.appealDeclined));
      if (event.answer === "conditional") return answered;
      // A proposal accepted binds the capital to its term of the settlement, unless someone agreed it already.
      const agreed = { ...answered.agreed };
      for (const proposal of appeal.proposals ?? []) {
        const term = PROPOSAL_TERMS[proposal][appeal.to];
        if (term && !agreed[term]) agreed[term] = appeal.to;
      }
      const holding =
        appeal.to === "MOS" && (appeal.terms === "shipsStayAway" || appeal.terms === "suspendShipmentsAndQuarantine")
          ? {
              ...answered,
              agreed,
              ships: answered.ships.map((s) => (s.status === "approaching" ? { ...s, status: "holding" as const } : s)),
            }
          : { ...answered, agreed };
      return judge(shift(holding, rules.appealAccepted));
    }
    case "shipOrdered": {
      const ships = state.ships.map((s) => (s.id === event.ship ? { ...s, status: event.status } : s));
      const calmer = event.status === "holding" || event.status === "turnedBack";
      return judge(shift({ ...next, ships }, calmer ? rules.shipHolds : 0));
    }
    case "shipIntercepted": {
      const ships = state.ships.map((s) => (s.id === event.ship ? { ...s, status: event.status } : s));
      return judge(shift({ ...next, ships }, event.status === "boarded" ? rules.boarding : 0));
    }
    case "defconSet":
      return judge(shift({ ...next, defcon: event.level }, event.level < state.defcon ? rules.defconRaised : 0));
    case "termAgreed":
      return judge({ ...next, agreed: { ...state.agreed, [event.term]: event.by } });
    /* v8 ignore next 2 -- unreachable: the switch covers every member of the union */
    default:
      throw exhaustiveSwitchError(event, "crisis event");
  }
}

/**
 * The one entry: decides a command against the state and returns the new state with the events that
 * record it, or a rejection that changes nothing. `foldCrisis` replays a log.
 */
export const { apply: applyCrisis, fold: foldCrisis, accepts: acceptsCrisis } = eventSourced(decide, evolveCrisis);
