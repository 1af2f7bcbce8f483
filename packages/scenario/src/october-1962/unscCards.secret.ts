// The secret side of the role cards for the Security Council, U Thant and the capitals: objectives (game
// design) and constraints (from the record). Sent by the server to that seat only.

const AVOID_WAR = { text: { en: "Help the crisis end without war: everyone loses if it comes." }, points: 3 };
const GIVE_TIME = { text: { en: "Help the Council give the Acting Secretary-General room to act." }, points: 2 };
const NO_VOTE_ART_32 = {
  text: { en: "Invited under Article 32 of the Charter: you may speak, but not vote or table a draft." },
  sources: ["https://wilson-center-digital-archive.dvincitest.com/node/88428"],
};

export const unscCardsSecret = {
  USA: {
    objectives: [
      { text: { en: "Table your draft and win the Council's support for UN observers in Cuba." }, points: 2 },
      { text: { en: "Put the evidence before the Council." }, points: 1 },
      {
        text: { en: "Keep the Council as a place for quiet talks: do not force a vote that a veto would kill." },
        points: 2,
      },
      AVOID_WAR,
    ],
    constraints: [
      {
        text: { en: "Washington has decided not to press its draft to a vote." },
        sources: ["https://history.state.gov/historicaldocuments/frus1961-63v10-12mSupp/d384"],
      },
    ],
  },
  USSR: {
    objectives: [
      { text: { en: "Let no draft condemning the Soviet Union pass: use the veto if you must." }, points: 3 },
      { text: { en: "Have your own draft heard and debated." }, points: 1 },
      AVOID_WAR,
    ],
    constraints: [
      {
        text: { en: "You preside this month: the President's powers are yours, and so are the limits of the chair." },
        sources: ["https://digitalarchive.wilsoncenter.org/document/111912"],
      },
    ],
  },
  GBR: { objectives: [GIVE_TIME, AVOID_WAR], constraints: [] },
  FRA: {
    objectives: [{ text: { en: "Support the US draft in the debate and in any vote." }, points: 2 }, AVOID_WAR],
    constraints: [],
  },
  ROC: { objectives: [GIVE_TIME, AVOID_WAR], constraints: [] },
  CHL: {
    objectives: [{ text: { en: "Vote for the US draft if it is put to the vote." }, points: 2 }, AVOID_WAR],
    constraints: [],
  },
  GHA: { objectives: [GIVE_TIME, AVOID_WAR], constraints: [] },
  IRL: { objectives: [GIVE_TIME, AVOID_WAR], constraints: [] },
  ROU: {
    objectives: [{ text: { en: "Support the Soviet draft in the debate and in any vote." }, points: 2 }, AVOID_WAR],
    constraints: [],
  },
  UAR: {
    objectives: [
      { text: { en: "Keep a neutral call for restraint and talks before the Council." }, points: 2 },
      GIVE_TIME,
      AVOID_WAR,
    ],
    constraints: [],
  },
  VEN: {
    objectives: [{ text: { en: "Bring the OAS decision into the Council's debate." }, points: 2 }, AVOID_WAR],
    constraints: [],
  },
  CUB: {
    objectives: [
      { text: { en: "Be heard: speak in every meeting you can." }, points: 1 },
      { text: { en: "Put a guarantee against invasion at the centre of any settlement." }, points: 3 },
      AVOID_WAR,
    ],
    constraints: [NO_VOTE_ART_32],
  },
  SG: {
    objectives: [
      { text: { en: "Send an appeal that both Washington and Moscow accept." }, points: 3 },
      { text: { en: "Keep the ships from meeting at the line." }, points: 2 },
      { text: { en: "Persuade Havana to halt work on the sites." }, points: 1 },
      AVOID_WAR,
    ],
    constraints: [
      {
        text: { en: "You act by statements and appeals: you have no vote and table no draft." },
        sources: ["https://history.state.gov/historicaldocuments/frus1961-63v11/d59"],
      },
    ],
  },
  WAS: {
    objectives: [
      { text: { en: "Get the missiles out of Cuba." }, points: 3 },
      { text: { en: "Avoid a clash at sea." }, points: 2 },
      { text: { en: "Keep the American states behind the quarantine." }, points: 1 },
      AVOID_WAR,
    ],
    constraints: [],
  },
  MOS: {
    objectives: [
      { text: { en: "Win a pledge that Cuba will not be invaded." }, points: 3 },
      { text: { en: "Keep your ships from being boarded." }, points: 2 },
      AVOID_WAR,
    ],
    constraints: [],
  },
  HAV: {
    objectives: [
      { text: { en: "Obtain a guarantee against invasion." }, points: 3 },
      { text: { en: "Allow no inspection on Cuban soil." }, points: 2 },
      { text: { en: "Have Cuba take part in the settlement." }, points: 1 },
      AVOID_WAR,
    ],
    constraints: [],
  },
};
