import { oasCouncil } from "./chambers.ts";

// What the two chambers decided in 1962, as the sources record it (1962-facts.md §3, §4). A count the
// sources do not give is `tally: null` ("not recorded"); `choices` lists only what a source states or what
// arithmetic on a sourced count forces, and says which.

// Rio Treaty art. 14: the members entitled to vote are those not excluded from participation.
const ENTITLED = oasCouncil.members.filter((id) => !oasCouncil.excluded.includes(id));
const KELLER =
  "https://www.cambridge.org/core/journals/journal-of-latin-american-studies/article/abs/responsibility-of-the-great-ones-how-the-organization-of-american-states-and-the-united-nations-helped-resolve-the-cuban-missile-crisis/E993BA179A44E09DE412FD60410A0389";
const MEXICAN_TELEGRAM = "http://digitalarchive.wilsoncenter.org/document/115199";

export const historicalRecord = {
  votes: [
    {
      chamber: "oas",
      question: "convocation",
      date: "1962-10-23",
      result: "adopted",
      tally: null,
      choices: { MEX: "yes", BRA: "yes" },
      note: "No count was found. Mexico voted yes; Mexico understood that Brazil did too (facts §3, Uncertain 3).",
      sources: [MEXICAN_TELEGRAM],
    },
    ...[1, 3, 4].map((n) => ({
      chamber: "oas",
      question: `paragraph-${n}`,
      date: "1962-10-23",
      result: "adopted",
      tally: null,
      choices: {},
      note: "The resolution was voted in parts; the count of this part is not recorded (facts, Uncertain 4).",
      sources: [MEXICAN_TELEGRAM],
    })),
    {
      chamber: "oas",
      question: "paragraph-2",
      date: "1962-10-23",
      result: "adopted",
      tally: null,
      choices: { BOL: "abstain", BRA: "abstain", MEX: "abstain" },
      note: "Bolivia, Brazil and Mexico abstained on the armed-force paragraph; 16-0-4 is an inference, not a sourced count (facts §3, Uncertain 4).",
      sources: [MEXICAN_TELEGRAM],
    },
    {
      chamber: "oas",
      question: "whole",
      date: "1962-10-23",
      result: "adopted",
      tally: { yes: 19, no: 0, abstain: 1, absent: 0 },
      // 19 yes and one abstention among the 20 entitled: every member but Uruguay voted yes.
      choices: Object.fromEntries(ENTITLED.map((id) => [id, id === "URY" ? "abstain" : "yes"])),
      note: "Uruguay's ambassador had no instructions and abstained; the choices of the others follow from the sourced count.",
      sources: [
        "https://www.cfr.org/blog/twe-remembers-oas-endorses-quarantine-cuba-cuban-missile-crisis-day-eight",
        "https://books.google.to/books?id=CE0GAAAAMAAJ&pg=PA54",
      ],
    },
  ],
  voteChanges: [
    {
      chamber: "oas",
      question: "whole",
      delegation: "URY",
      from: "abstain",
      to: "yes",
      date: "1962-10-24",
      note: "The result stood; the final tally is given as 20 to 0 (facts §3, Uncertain 1).",
      sources: ["https://www.cfr.org/blog/twe-remembers-oas-endorses-quarantine-cuba-cuban-missile-crisis-day-eight"],
    },
  ],
  reservations: [
    {
      chamber: "oas",
      delegations: ["BRA", "MEX", "BOL"],
      gist: {
        en: "Their support for the resolution as a whole was not support for an armed attack on Cuba.",
        es: "Su apoyo a la resolución en su conjunto no era apoyo a un ataque armado contra Cuba.",
        pt: "Seu apoio à resolução como um todo não era apoio a um ataque armado a Cuba.",
      },
      sources: [KELLER],
    },
  ],
  outcomes: [
    {
      chamber: "oas",
      outcome: "resolutionAdopted",
      date: "1962-10-23",
      sources: ["http://avalon.law.yale.edu/20th_century/msc_cuba049.asp"],
    },
    {
      chamber: "unsc",
      outcome: "adjourned",
      date: "1962-10-25",
      note: "No draft was put to a vote; the United States chose not to press its draft (facts §4, Uncertain 12).",
      sources: ["https://history.state.gov/historicaldocuments/frus1961-63v10-12mSupp/d384"],
    },
  ],
};
