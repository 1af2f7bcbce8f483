// Instructions from capitals that change what a seat may do (GAME.md §3, phase 5; 1962-facts.md §3, §8).
// `date: null` where the sources give no day.

const CFR = "https://www.cfr.org/blog/twe-remembers-oas-endorses-quarantine-cuba-cuban-missile-crisis-day-eight";
const KELLER =
  "https://www.cambridge.org/core/journals/journal-of-latin-american-studies/article/abs/responsibility-of-the-great-ones-how-the-organization-of-american-states-and-the-united-nations-helped-resolve-the-cuban-missile-crisis/E993BA179A44E09DE412FD60410A0389";

export const instructions = [
  {
    id: "uruguay-instructions",
    delegation: "URY",
    chamber: "oas",
    date: "1962-10-24",
    /** Uruguay may now change its abstention on the whole to a vote for the record. */
    effect: "mayChangeVote",
    text: {
      en: "Instructions reach Uruguay's delegation from Montevideo, the day after the vote: it may now support the resolution.",
      es: "Las instrucciones de Montevideo llegan a la delegación de Uruguay al día siguiente de la votación: ahora puede apoyar la resolución.",
      pt: "As instruções de Montevidéu chegam à delegação do Uruguai no dia seguinte à votação: agora ela pode apoiar a resolução.",
    },
    sources: [CFR],
  },
  {
    id: "argentina-ships",
    delegation: "ARG",
    chamber: "oas",
    date: null,
    effect: "offersShips",
    text: {
      en: "Argentina offers ships for the quarantine, and sends them.",
      es: "Argentina ofrece barcos para la cuarentena, y los envía.",
      pt: "A Argentina oferece navios para a quarentena, e os envia.",
    },
    sources: [KELLER],
  },
  {
    id: "dominican-ships",
    delegation: "DOM",
    chamber: "oas",
    date: null,
    effect: "offersShips",
    text: {
      en: "The Dominican Republic offers ships for the quarantine, and sends them.",
      es: "La República Dominicana ofrece barcos para la cuarentena, y los envía.",
      pt: "A República Dominicana oferece navios para a quarentena, e os envia.",
    },
    sources: [KELLER],
  },
];
