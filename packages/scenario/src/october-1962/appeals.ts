// U Thant's appeals of 24–26 October 1962 and the capitals' replies (1962-facts.md §5). Gists in our words.

const FRUS_59 = "https://history.state.gov/historicaldocuments/frus1961-63v11/d59";

export const appeals = [
  {
    id: "appeal-24-oct",
    date: "1962-10-24",
    to: ["WAS", "MOS"],
    terms: "suspendShipmentsAndQuarantine",
    gist: {
      en: "Identical messages to Kennedy and Khrushchev: refrain from anything that could make things worse, and suspend arms shipments to Cuba and the quarantine for two to three weeks, to give negotiations time.",
    },
    replies: [
      {
        from: "WAS",
        date: "1962-10-25",
        answer: "declined",
        gist: {
          en: "Kennedy restates the US position in the Security Council and welcomes talks, but no suspension without safeguards.",
        },
        sources: [FRUS_59],
      },
      {
        from: "MOS",
        date: "1962-10-25",
        answer: "accepted",
        gist: { en: "Khrushchev welcomes the initiative and agrees to it." },
        sources: [FRUS_59, "https://avalon.law.yale.edu/20th_century/msc_cuba069.asp"],
      },
    ],
    sources: [FRUS_59],
  },
  {
    id: "appeal-25-oct-moscow",
    date: "1962-10-25",
    to: ["MOS"],
    terms: "shipsStayAway",
    gist: { en: "To Khrushchev: keep Soviet ships away from the interception area for a limited time." },
    note: "FRUS supplement doc 383 is headed 24 October; the other sources place it on the 25th (facts, Uncertain 13).",
    replies: [
      {
        from: "MOS",
        date: "1962-10-26",
        answer: "accepted",
        gist: { en: "Khrushchev agrees to keep the ships out of the area for the time being." },
        sources: ["https://www.realtime1960s.com/post/tensions-cool-slightly-in-cuba-crisis"],
      },
    ],
    sources: [FRUS_59, "https://avalon.law.yale.edu/20th_century/msc_cuba072.asp"],
  },
  {
    id: "appeal-25-oct-washington",
    date: "1962-10-25",
    to: ["WAS"],
    terms: "avoidConfrontation",
    gist: {
      en: "To Kennedy: instruct US ships to do all they can to avoid a direct confrontation with Soviet ships in the next few days.",
    },
    replies: [
      {
        from: "WAS",
        date: "1962-10-26",
        answer: "accepted",
        gist: { en: "Kennedy pledges to try to avoid confrontation in the next few days." },
        sources: ["https://www.realtime1960s.com/post/tensions-cool-slightly-in-cuba-crisis"],
      },
    ],
    sources: [FRUS_59, "https://avalon.law.yale.edu/20th_century/msc_cuba072.asp"],
  },
  {
    id: "appeal-26-oct-havana",
    date: "1962-10-26",
    to: ["HAV"],
    terms: "suspendConstruction",
    gist: { en: "To Castro: suspend work on the missile sites while negotiations go on." },
    replies: [
      {
        from: "HAV",
        date: "1962-10-27",
        answer: "conditional",
        gist: {
          en: "Castro agrees if the United States stops its threats and lifts the blockade, and invites U Thant to Havana.",
        },
        sources: ["http://walterdorn.org/pub/154"],
      },
    ],
    sources: ["http://walterdorn.org/pub/154"],
  },
];
