// U Thant's in-tray (GAME.md §5). The Secretariat was deluged with cables and letters: from individuals,
// heads of state, and local, national and international organisations; in fear, anger, defiance and hope;
// most worried more about the quarantine than about the missiles. Canadians were notably inventive; Cubans
// wrote most, and most uniformly defiant (Keller 2019, summarised in 1962-facts.md §8).
//
// Three items are historical. Every other writer is a composite: a voice of the kind the article
// describes, written in our own words, with no real person's name; `composite: true` marks it, and the
// interface says so. The named letter-writers of the article are unconfirmed and are not used.
// `arrives` is when the item reaches the in-tray in the game: for composites, a game value.

const KELLER =
  "https://www.cambridge.org/core/journals/journal-of-latin-american-studies/article/abs/responsibility-of-the-great-ones-how-the-organization-of-american-states-and-the-united-nations-helped-resolve-the-cuban-missile-crisis/E993BA179A44E09DE412FD60410A0389";
const DELUGE = [`shared/history/1962-facts.md §8`, KELLER];

export const cables = [
  {
    id: "oas-transmittal",
    arrives: { date: "1962-10-23", time: "21:00" },
    from: {
      kind: "organisation",
      label: {
        en: "The Secretary General of the OAS",
        es: "El Secretario General de la OEA",
        pt: "O Secretário-Geral da OEA",
      },
    },
    composite: false,
    tone: "hope",
    text: {
      en: "The OAS Secretary General transmits the Council's resolution of today, with letters from the governments of Argentina, Colombia, Costa Rica, the Dominican Republic, El Salvador, Guatemala, Haiti, Honduras, Nicaragua and Panama.",
    },
    note: "The hour of arrival is a game value; the transmittal and the ten letters are recorded.",
    sources: [KELLER],
  },
  {
    id: "neutral-petition",
    arrives: { date: "1962-10-23", time: "23:00" },
    from: {
      kind: "delegations",
      label: {
        en: "Some 45 neutral delegations",
        es: "Unas 45 delegaciones neutrales",
        pt: "Cerca de 45 delegações neutras",
      },
    },
    composite: false,
    tone: "fear",
    text: {
      en: "Delegations of some 45 neutral states, meeting tonight, ask the Acting Secretary-General to intervene before it is too late.",
    },
    note: "TIME gives 45; U Thant spoke of 'a large number' (facts, Uncertain 14). The hour is a game value.",
    sources: ["https://time.com/archive/6812316/united-nations-until-hell-freezes-over"],
  },
  {
    id: "el-diario",
    arrives: { date: "1962-10-25", time: "12:00" },
    from: { kind: "press", label: { en: "El Diario, La Paz", es: "El Diario, La Paz", pt: "El Diario, La Paz" } },
    composite: false,
    tone: "hope",
    text: {
      en: "A Bolivian editorial, 'Responsibility of the Great Ones', looks not to Washington or Moscow but to the United Nations and the OAS to keep the peace.",
    },
    note: "Dated 25 October 1962; its arrival in the in-tray is a game device.",
    sources: [KELLER],
  },
  {
    id: "havana-docker",
    arrives: { date: "1962-10-24", time: "08:00" },
    from: {
      kind: "citizen",
      label: { en: "A dock worker in Havana", es: "Un estibador de La Habana", pt: "Um estivador de Havana" },
    },
    composite: true,
    tone: "defiance",
    text: {
      en: "We unload ships every day and we will go on unloading them. No navy decides what enters a free country's port.",
    },
    sources: DELUGE,
  },
  {
    id: "cuban-union",
    arrives: { date: "1962-10-24", time: "09:30" },
    from: {
      kind: "organisation",
      label: {
        en: "A workers' union in Cuba",
        es: "Un sindicato obrero de Cuba",
        pt: "Um sindicato de trabalhadores de Cuba",
      },
    },
    composite: true,
    tone: "defiance",
    text: {
      en: "The workers of our union stand ready. We ask the United Nations to condemn the blockade, not to excuse it.",
    },
    sources: DELUGE,
  },
  {
    id: "cuban-student",
    arrives: { date: "1962-10-24", time: "14:00" },
    from: {
      kind: "citizen",
      label: {
        en: "A student in Santiago de Cuba",
        es: "Una estudiante de Santiago de Cuba",
        pt: "Uma estudante de Santiago de Cuba",
      },
    },
    composite: true,
    tone: "defiance",
    text: { en: "You are the one place where Cuba still has a voice. Use it: tell the world that we will not kneel." },
    sources: DELUGE,
  },
  {
    id: "cuban-mother",
    arrives: { date: "1962-10-25", time: "07:30" },
    from: {
      kind: "citizen",
      label: { en: "A mother in Matanzas", es: "Una madre de Matanzas", pt: "Uma mãe de Matanzas" },
    },
    composite: true,
    tone: "anger",
    text: { en: "They stop ships on the sea around us and call it a quarantine. Who is sick here?" },
    sources: DELUGE,
  },
  {
    id: "cuban-town",
    arrives: { date: "1962-10-25", time: "16:00" },
    from: {
      kind: "organisation",
      label: {
        en: "A town committee in Oriente",
        es: "Un comité de pueblo de Oriente",
        pt: "Um comitê de vila de Oriente",
      },
    },
    composite: true,
    tone: "defiance",
    text: {
      en: "Our town met last night, every family. We send one message: Cuba will defend itself, and asks only to be left in peace.",
    },
    sources: DELUGE,
  },
  {
    id: "cuban-hope",
    arrives: { date: "1962-10-27", time: "09:00" },
    from: {
      kind: "citizen",
      label: { en: "A teacher in Havana", es: "Una maestra de La Habana", pt: "Uma professora de Havana" },
    },
    composite: true,
    tone: "hope",
    text: { en: "If you come to Havana, you will be met as a friend. Come and see for yourself that we want peace." },
    sources: DELUGE,
  },
  {
    id: "canadian-zone",
    arrives: { date: "1962-10-24", time: "11:00" },
    from: {
      kind: "citizen",
      label: { en: "A citizen of Canada", es: "Un ciudadano de Canadá", pt: "Um cidadão do Canadá" },
    },
    composite: true,
    tone: "hope",
    text: {
      en: "A proposal: declare the waters around Cuba a United Nations zone where no one fights, patrolled by Canadian, Mexican and Brazilian ships under the UN flag.",
    },
    sources: DELUGE,
  },
  {
    id: "ontario-inspection",
    arrives: { date: "1962-10-25", time: "10:00" },
    from: {
      kind: "organisation",
      label: {
        en: "A disarmament committee in Ontario",
        es: "Un comité por el desarme de Ontario",
        pt: "Um comitê pelo desarmamento de Ontário",
      },
    },
    composite: true,
    tone: "hope",
    text: {
      en: "Our committee urges you to send United Nations inspection teams: let neutral eyes settle what the great powers dispute.",
    },
    sources: DELUGE,
  },
  {
    id: "canadian-teacher",
    arrives: { date: "1962-10-26", time: "08:00" },
    from: {
      kind: "citizen",
      label: {
        en: "A schoolteacher in Canada",
        es: "Una maestra de escuela de Canadá",
        pt: "Uma professora primária do Canadá",
      },
    },
    composite: true,
    tone: "fear",
    text: {
      en: "My pupils asked me today whether they will grow up. I did not know what to tell them. Please give me an answer.",
    },
    sources: DELUGE,
  },
  {
    id: "quarantine-fear",
    arrives: { date: "1962-10-24", time: "10:30" },
    from: {
      kind: "citizen",
      label: {
        en: "A citizen (country not given)",
        es: "Una persona (país no indicado)",
        pt: "Uma pessoa (país não indicado)",
      },
    },
    composite: true,
    tone: "fear",
    text: {
      en: "The ships are nearing the line as I write. If one is fired on, who will stop what follows? Ask them to stop the ships.",
    },
    sources: DELUGE,
  },
  {
    id: "quarantine-anger",
    arrives: { date: "1962-10-24", time: "18:00" },
    from: {
      kind: "citizen",
      label: {
        en: "A citizen (country not given)",
        es: "Una persona (país no indicado)",
        pt: "Uma pessoa (país não indicado)",
      },
    },
    composite: true,
    tone: "anger",
    text: {
      en: "No law allows one country to stop another's ships on the open sea in peacetime. The United Nations must say so.",
    },
    sources: DELUGE,
  },
  {
    id: "missiles-anger",
    arrives: { date: "1962-10-25", time: "13:00" },
    from: {
      kind: "citizen",
      label: {
        en: "A citizen (country not given)",
        es: "Una persona (país no indicado)",
        pt: "Uma pessoa (país não indicado)",
      },
    },
    composite: true,
    tone: "anger",
    text: {
      en: "Missiles were brought in secret while the world was told they were not there. Whoever lied first must answer first.",
    },
    sources: DELUGE,
  },
  {
    id: "thanks",
    arrives: { date: "1962-10-25", time: "20:00" },
    from: {
      kind: "citizen",
      label: {
        en: "A citizen (country not given)",
        es: "Una persona (país no indicado)",
        pt: "Uma pessoa (país não indicado)",
      },
    },
    composite: true,
    tone: "hope",
    text: {
      en: "Thank you for your appeal. For the first time in three days I slept. Do not stop asking them to wait.",
    },
    sources: DELUGE,
  },
  {
    id: "peace-organisation",
    arrives: { date: "1962-10-24", time: "16:30" },
    from: {
      kind: "organisation",
      label: {
        en: "An international peace organisation",
        es: "Una organización internacional por la paz",
        pt: "Uma organização internacional pela paz",
      },
    },
    composite: true,
    tone: "hope",
    text: {
      en: "Our members in many countries ask the Secretary-General to offer his good offices to both sides, and to keep offering them.",
    },
    sources: DELUGE,
  },
  {
    id: "congregation",
    arrives: { date: "1962-10-26", time: "11:00" },
    from: {
      kind: "organisation",
      label: { en: "A church congregation", es: "Una congregación religiosa", pt: "Uma congregação religiosa" },
    },
    composite: true,
    tone: "hope",
    text: {
      en: "We are praying for you and for the men on the ships. Peace is possible while people are still talking.",
    },
    sources: DELUGE,
  },
  {
    id: "union-federation",
    arrives: { date: "1962-10-26", time: "15:00" },
    from: {
      kind: "organisation",
      label: {
        en: "A national federation of trade unions",
        es: "Una federación nacional de sindicatos",
        pt: "Uma federação nacional de sindicatos",
      },
    },
    composite: true,
    tone: "fear",
    text: {
      en: "Working people will pay for any war with their lives. We call on both governments to negotiate through the United Nations, now.",
    },
    sources: DELUGE,
  },
  {
    id: "students",
    arrives: { date: "1962-10-26", time: "19:00" },
    from: {
      kind: "organisation",
      label: {
        en: "A university students' association",
        es: "Una asociación de estudiantes universitarios",
        pt: "Uma associação de estudantes universitários",
      },
    },
    composite: true,
    tone: "hope",
    text: {
      en: "Let the United Nations take charge: of the inspection, of the ships, of the talks. That is what it was made for.",
    },
    sources: DELUGE,
  },
  {
    id: "fallout",
    arrives: { date: "1962-10-27", time: "12:00" },
    from: {
      kind: "citizen",
      label: {
        en: "A citizen (country not given)",
        es: "Una persona (país no indicado)",
        pt: "Uma pessoa (país não indicado)",
      },
    },
    composite: true,
    tone: "fear",
    text: {
      en: "A war over Cuba would not stay in Cuba. The wind does not respect borders. We are all on this island now.",
    },
    sources: DELUGE,
  },
  {
    id: "saturday",
    arrives: { date: "1962-10-27", time: "20:00" },
    from: {
      kind: "citizen",
      label: {
        en: "A citizen (country not given)",
        es: "Una persona (país no indicado)",
        pt: "Uma pessoa (país não indicado)",
      },
    },
    composite: true,
    tone: "fear",
    text: { en: "A plane was shot down today. Please, before the next thing happens, make them talk to each other." },
    sources: DELUGE,
  },
];
