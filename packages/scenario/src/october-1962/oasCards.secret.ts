// The secret side of the OAS Council's role cards: each seat's objectives (game design, points on the
// record) and constraints (from the record). Sent by the server to that seat only; never imported by the
// public entry point.

const FACTS = "shared/history/1962-facts.md";
const KELLER =
  "https://www.cambridge.org/core/journals/journal-of-latin-american-studies/article/abs/responsibility-of-the-great-ones-how-the-organization-of-american-states-and-the-united-nations-helped-resolve-the-cuban-missile-crisis/E993BA179A44E09DE412FD60410A0389";

/** Every card's shared objective: the table's outcome counts for everyone (GAME.md §6). */
const AVOID_WAR = { text: { en: "Help the crisis end without war: everyone loses if it comes." }, points: 3 };

const NO_JOINT_FORCE = {
  text: {
    en: "Your government will not authorise the joint use of armed force: each state must decide its own measures (Rio Treaty art. 20).",
  },
  sources: [`${FACTS} §8`, KELLER],
};

export const oasCardsSecret = {
  ARG: {
    objectives: [
      { text: { en: "Speak early in favour of convoking the Organ of Consultation." }, points: 2 },
      { text: { en: "Offer Argentine ships for the quarantine once the resolution passes." }, points: 2 },
      AVOID_WAR,
    ],
    constraints: [],
  },
  BOL: {
    objectives: [
      { text: { en: "Abstain on any paragraph that authorises armed force." }, points: 3 },
      {
        text: {
          en: "Enter a reservation in the record: support for the whole is not support for an attack on Cuba.",
        },
        points: 2,
      },
      { text: { en: "Remind the Council of the Lauca River without walking out again." }, points: 1 },
      AVOID_WAR,
    ],
    constraints: [
      NO_JOINT_FORCE,
      {
        text: {
          en: "The grievance: in April 1962 Chile diverted part of the Lauca's waters; on 24 May the Council declined to convoke an Organ of Consultation on Bolivia's complaint.",
        },
        sources: ["https://books.google.to/books?id=CE0GAAAAMAAJ&pg=PA54"],
      },
    ],
  },
  BRA: {
    objectives: [
      { text: { en: "Have the question divided so that the armed-force paragraph is voted on its own." }, points: 3 },
      { text: { en: "Vote for the quarantine's parts and abstain on armed force." }, points: 2 },
      {
        text: { en: "Enter a reservation in the record: Brazil's vote does not endorse an armed attack on Cuba." },
        points: 1,
      },
      AVOID_WAR,
    ],
    constraints: [
      NO_JOINT_FORCE,
      {
        text: {
          en: "Your instructions: vote for the arms embargo and the inspection of ships; if the text is forced on you unchanged, state your solidarity with the hemisphere while dissenting.",
        },
        sources: ["https://digitalarchive.wilsoncenter.org/document/115291.pdf?v=74e1726398a6d6fb59fa41115de5320e"],
      },
      {
        text: { en: "If the question is not divided, Brazil threatens to abstain on everything." },
        sources: [KELLER],
      },
    ],
  },
  CHL: {
    objectives: [
      { text: { en: "Vote for the resolution as a whole." }, points: 2 },
      { text: { en: "See that the record keeps each state's right to decide its own use of force." }, points: 2 },
      { text: { en: "Keep the Lauca dispute off today's agenda." }, points: 1 },
      AVOID_WAR,
    ],
    constraints: [NO_JOINT_FORCE],
  },
  COL: {
    objectives: [
      {
        text: { en: "Bring the Council to a decision on convocation and on the resolution before the day ends." },
        points: 3,
      },
      { text: { en: "Keep the debate orderly: every motion put, every point of order ruled on." }, points: 2 },
      AVOID_WAR,
    ],
    constraints: [],
  },
  CRI: {
    objectives: [
      { text: { en: "Get as close to a unanimous vote on the whole as you can." }, points: 3 },
      { text: { en: "Have the larger Cuban question put on the Council's future business." }, points: 1 },
      AVOID_WAR,
    ],
    constraints: [],
  },
  CUB: {
    objectives: [{ text: { en: "Have Cuba's case heard at the Security Council instead." }, points: 2 }, AVOID_WAR],
    constraints: [
      {
        text: { en: "Excluded from participation: you may not speak, move or vote in the OAS Council." },
        sources: ["http://avalon.law.yale.edu/20th_century/intam17.asp"],
      },
    ],
  },
  DOM: {
    objectives: [
      { text: { en: "Vote for every part of the resolution." }, points: 2 },
      { text: { en: "Offer Dominican ships for the quarantine." }, points: 2 },
      AVOID_WAR,
    ],
    constraints: [],
  },
  ECU: {
    objectives: [{ text: { en: "Vote for the resolution as a whole." }, points: 2 }, AVOID_WAR],
    constraints: [],
  },
  SLV: {
    objectives: [
      { text: { en: "Vote for every part of the resolution, armed force included." }, points: 2 },
      { text: { en: "Put Cuba's other activities in the region on the record of the debate." }, points: 1 },
      AVOID_WAR,
    ],
    constraints: [],
  },
  GTM: {
    objectives: [
      { text: { en: "Speak early in favour of convocation." }, points: 2 },
      { text: { en: "Vote for every part of the resolution, armed force included." }, points: 2 },
      AVOID_WAR,
    ],
    constraints: [],
  },
  HTI: {
    objectives: [{ text: { en: "Vote for the resolution as a whole." }, points: 2 }, AVOID_WAR],
    constraints: [],
  },
  HND: {
    objectives: [{ text: { en: "Vote for the resolution as a whole." }, points: 2 }, AVOID_WAR],
    constraints: [],
  },
  MEX: {
    objectives: [
      { text: { en: "Vote for convocation on the grounds of Article 6." }, points: 2 },
      { text: { en: "Abstain on the armed-force paragraph." }, points: 3 },
      { text: { en: "Enter a reservation in the record with Brazil and Bolivia." }, points: 1 },
      AVOID_WAR,
    ],
    constraints: [NO_JOINT_FORCE],
  },
  NIC: {
    objectives: [
      { text: { en: "Vote for every part of the resolution, armed force included." }, points: 2 },
      { text: { en: "Argue in the debate that the Council must go further than the quarantine." }, points: 1 },
      AVOID_WAR,
    ],
    constraints: [],
  },
  PAN: {
    objectives: [{ text: { en: "Vote for the resolution as a whole." }, points: 2 }, AVOID_WAR],
    constraints: [],
  },
  PRY: {
    objectives: [{ text: { en: "Vote for the resolution as a whole." }, points: 2 }, AVOID_WAR],
    constraints: [],
  },
  PER: {
    objectives: [
      { text: { en: "Vote for every part of the resolution, armed force included." }, points: 2 },
      { text: { en: "Remind the Council of Peru's earlier charge against Cuba." }, points: 1 },
      AVOID_WAR,
    ],
    constraints: [],
  },
  USA: {
    objectives: [
      { text: { en: "Win at least 14 votes for the resolution." }, points: 3 },
      { text: { en: "Keep the armed-force paragraph in the text." }, points: 2 },
      { text: { en: "Get the convocation adopted in the morning." }, points: 2 },
      AVOID_WAR,
    ],
    constraints: [],
  },
  URY: {
    objectives: [
      { text: { en: "Commit Uruguay to nothing before instructions arrive." }, points: 3 },
      { text: { en: "Once instructed, change Uruguay's vote for the record." }, points: 2 },
      AVOID_WAR,
    ],
    constraints: [
      {
        text: { en: "No instructions until after the vote: you may only abstain on 23 October." },
        sources: ["https://www.cfr.org/blog/twe-remembers-oas-endorses-quarantine-cuba-cuban-missile-crisis-day-eight"],
      },
    ],
  },
  VEN: {
    objectives: [{ text: { en: "Vote for the resolution as a whole." }, points: 2 }, AVOID_WAR],
    constraints: [],
  },
  "OAS-SG": {
    objectives: [
      {
        text: { en: "Transmit the Council's resolution to the UN Secretary-General as soon as it passes." },
        points: 2,
      },
      AVOID_WAR,
    ],
    constraints: [
      {
        text: { en: "You serve the Council: you have no vote and move no motion." },
        sources: ["http://www.oas.org/children/SecGen/SecretGenEng/MoraEng.html"],
      },
    ],
  },
};
