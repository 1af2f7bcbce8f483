// Every actor of the scenario, with who spoke for it where the sources name them (1962-facts.md §1, §4, §5).
// Where no source names the representative, the seat carries the office only: `representative: null`.
// Sections of 1962-facts.md are cited as `facts §n`; the addresses are those the facts file gives.

const FACTS = "shared/history/1962-facts.md";

export const delegations = [
  // ── The OAS member states (facts §1, "Members") ──
  {
    id: "ARG",
    name: { en: "Argentina", es: "Argentina", pt: "Argentina" },
    kind: "state",
    seats: {
      oas: {
        representative: null,
        note: "Argentina's ambassador found no seat on a plane and was replaced at the last minute; the substitute is not named in the sources (Keller 2019; facts §8, Uncertain 6).",
        sources: [`${FACTS} §8`],
      },
    },
  },
  {
    id: "BOL",
    name: { en: "Bolivia", es: "Bolivia", pt: "Bolívia" },
    kind: "state",
    seats: { oas: { representative: null, sources: [`${FACTS} §1`] } },
  },
  {
    id: "BRA",
    name: { en: "Brazil", es: "Brasil", pt: "Brasil" },
    kind: "state",
    seats: {
      oas: {
        representative: null,
        note: "The delegation's telegrams of 26 and 29 October are signed José Barreiros; who sat on 23 October is not recorded (facts §1).",
        sources: ["https://wilson-center-digital-archive.dvincitest.com/node/91276"],
      },
    },
  },
  {
    id: "CHL",
    name: { en: "Chile", es: "Chile", pt: "Chile" },
    kind: "state",
    seats: {
      oas: { representative: null, sources: [`${FACTS} §1`] },
      unsc: {
        representative: null,
        note: "Daniel Schweitzer is not verified (facts, Uncertain 9).",
        sources: [`${FACTS} §4`],
      },
    },
  },
  {
    id: "COL",
    name: { en: "Colombia", es: "Colombia", pt: "Colômbia" },
    kind: "state",
    seats: {
      oas: {
        representative: null,
        note: "Colombia's representative presided over the Council; no source consulted names him (facts, Uncertain 5).",
        sources: [`${FACTS} §8`],
      },
    },
  },
  {
    id: "CRI",
    name: { en: "Costa Rica", es: "Costa Rica", pt: "Costa Rica" },
    kind: "state",
    seats: { oas: { representative: null, sources: [`${FACTS} §1`] } },
  },
  {
    id: "CUB",
    name: { en: "Cuba", es: "Cuba", pt: "Cuba" },
    kind: "state",
    seats: {
      oas: {
        representative: null,
        note: "Excluded from participation by Resolution VI of the Eighth Meeting of Consultation, Punta del Este, January 1962; its chair stood empty.",
        sources: ["http://avalon.law.yale.edu/20th_century/intam17.asp"],
      },
      unsc: {
        representative: "Mario García-Incháustegui",
        note: "Invited to take part without a vote (Charter art. 32).",
        sources: ["https://wilson-center-digital-archive.dvincitest.com/node/88428"],
      },
    },
  },
  {
    id: "DOM",
    name: { en: "Dominican Republic", es: "República Dominicana", pt: "República Dominicana" },
    kind: "state",
    seats: { oas: { representative: null, sources: [`${FACTS} §1`] } },
  },
  {
    id: "ECU",
    name: { en: "Ecuador", es: "Ecuador", pt: "Equador" },
    kind: "state",
    seats: { oas: { representative: null, sources: [`${FACTS} §1`] } },
  },
  {
    id: "SLV",
    name: { en: "El Salvador", es: "El Salvador", pt: "El Salvador" },
    kind: "state",
    seats: { oas: { representative: null, sources: [`${FACTS} §1`] } },
  },
  {
    id: "GTM",
    name: { en: "Guatemala", es: "Guatemala", pt: "Guatemala" },
    kind: "state",
    seats: { oas: { representative: null, sources: [`${FACTS} §1`] } },
  },
  {
    id: "HTI",
    name: { en: "Haiti", es: "Haití", pt: "Haiti" },
    kind: "state",
    seats: { oas: { representative: null, sources: [`${FACTS} §1`] } },
  },
  {
    id: "HND",
    name: { en: "Honduras", es: "Honduras", pt: "Honduras" },
    kind: "state",
    seats: { oas: { representative: null, sources: [`${FACTS} §1`] } },
  },
  {
    id: "MEX",
    name: { en: "Mexico", es: "México", pt: "México" },
    kind: "state",
    seats: {
      oas: {
        representative: null,
        note: "The ambassador's name is not shown in the sources consulted; Vicente Sánchez Gavito is confirmed for 1964 only. Minister Andrés Fenochio was in the delegation (facts §1, Uncertain 6).",
        sources: [
          "https://wilson-center-digital-archive.dvincitest.com/document/telegram-mexican-ambassador-organization-american-states-oas-washington",
        ],
      },
    },
  },
  {
    id: "NIC",
    name: { en: "Nicaragua", es: "Nicaragua", pt: "Nicarágua" },
    kind: "state",
    seats: { oas: { representative: null, sources: [`${FACTS} §1`] } },
  },
  {
    id: "PAN",
    name: { en: "Panama", es: "Panamá", pt: "Panamá" },
    kind: "state",
    seats: { oas: { representative: null, sources: [`${FACTS} §1`] } },
  },
  {
    id: "PRY",
    name: { en: "Paraguay", es: "Paraguay", pt: "Paraguai" },
    kind: "state",
    seats: { oas: { representative: null, sources: [`${FACTS} §1`] } },
  },
  {
    id: "PER",
    name: { en: "Peru", es: "Perú", pt: "Peru" },
    kind: "state",
    seats: { oas: { representative: null, sources: [`${FACTS} §1`] } },
  },
  {
    id: "USA",
    name: { en: "United States", es: "Estados Unidos", pt: "Estados Unidos" },
    kind: "state",
    seats: {
      oas: {
        representative: "Dean Rusk",
        note: "The Secretary of State addressed the Council at 9 a.m.; Assistant Secretary Edwin Martin introduced the draft (facts, Uncertain 2).",
        sources: ["http://avalon.law.yale.edu/20th_century/msc_cuba049.asp"],
      },
      unsc: { representative: "Adlai Stevenson", sources: ["http://avalon.law.yale.edu/20th_century/msc_cuba049.asp"] },
    },
  },
  {
    id: "URY",
    name: { en: "Uruguay", es: "Uruguay", pt: "Uruguai" },
    kind: "state",
    seats: {
      oas: {
        representative: null,
        note: "Uruguay sent a substitute, not named in the sources (Keller 2019; facts §8, Uncertain 6).",
        sources: [`${FACTS} §8`],
      },
    },
  },
  {
    id: "VEN",
    name: { en: "Venezuela", es: "Venezuela", pt: "Venezuela" },
    kind: "state",
    seats: {
      oas: {
        representative: null,
        note: "Venezuela sent a substitute, not named in the sources (Keller 2019).",
        sources: [`${FACTS} §8`],
      },
      unsc: {
        representative: null,
        note: "Carlos Sosa Rodríguez is probable but not confirmed (facts, Uncertain 9).",
        sources: ["https://digitalarchive.wilsoncenter.org/document/110986"],
      },
    },
  },

  // ── The other members of the Security Council (facts §4) ──
  {
    id: "USSR",
    name: { en: "Soviet Union", es: "Unión Soviética", pt: "União Soviética" },
    kind: "state",
    seats: {
      unsc: {
        representative: "Valerian Zorin",
        note: "President of the Security Council for October 1962.",
        sources: ["https://digitalarchive.wilsoncenter.org/document/111912"],
      },
    },
  },
  {
    id: "GBR",
    name: { en: "United Kingdom", es: "Reino Unido", pt: "Reino Unido" },
    kind: "state",
    seats: {
      unsc: {
        representative: "Sir Patrick Dean",
        sources: ["https://digitalarchive.wilsoncenter.org/document/110986"],
      },
    },
  },
  {
    id: "FRA",
    name: { en: "France", es: "Francia", pt: "França" },
    kind: "state",
    seats: {
      unsc: {
        representative: "Roger Seydoux",
        note: "Acting or incoming in October 1962 (facts, Uncertain 9).",
        sources: ["https://digitalarchive.wilsoncenter.org/document/110986"],
      },
    },
  },
  {
    id: "ROC",
    name: { en: "China (Republic of China)", es: "China (República de China)", pt: "China (República da China)" },
    kind: "state",
    seats: {
      unsc: {
        representative: null,
        note: "Liu Chieh or Tsiang Tingfu: who sat in October is unresolved (facts, Uncertain 9).",
        sources: ["https://wikisum.wiki/wiki/Liu_Chieh"],
      },
    },
  },
  {
    id: "GHA",
    name: { en: "Ghana", es: "Ghana", pt: "Gana" },
    kind: "state",
    seats: {
      unsc: { representative: "Alex Quaison-Sackey", sources: ["https://www.un.org/en/ga/president/bios/bio19.shtml"] },
    },
  },
  {
    id: "IRL",
    name: { en: "Ireland", es: "Irlanda", pt: "Irlanda" },
    kind: "state",
    seats: {
      unsc: {
        representative: null,
        note: "Frederick H. Boland is probable but his dates conflict (facts, Uncertain 9).",
        sources: ["https://www.un.org/en/ga/president/bios/bio15.shtml"],
      },
    },
  },
  {
    id: "ROU",
    name: { en: "Romania", es: "Rumania", pt: "Romênia" },
    kind: "state",
    seats: {
      unsc: {
        representative: "Mircea Maliţa",
        note: "Deputy Foreign Minister; spoke on 24 October.",
        sources: ["https://digitalarchive.wilsoncenter.org/document/110986"],
      },
    },
  },
  {
    id: "UAR",
    name: { en: "United Arab Republic", es: "República Árabe Unida", pt: "República Árabe Unida" },
    kind: "state",
    seats: { unsc: { representative: "Mahmoud Riad", sources: ["https://memim.com/mahmoud-riad.html"] } },
  },

  // ── Offices (facts §1, §5) ──
  {
    id: "SG",
    name: {
      en: "Acting Secretary-General of the United Nations",
      es: "Secretario General interino de las Naciones Unidas",
      pt: "Secretário-Geral interino das Nações Unidas",
    },
    kind: "office",
    seats: {
      unsc: {
        representative: "U Thant",
        sources: ["https://history.state.gov/historicaldocuments/frus1961-63v11/d59"],
      },
    },
  },
  {
    id: "OAS-SG",
    name: { en: "Secretary General of the OAS", es: "Secretario General de la OEA", pt: "Secretário-Geral da OEA" },
    kind: "office",
    seats: {
      oas: {
        representative: "José A. Mora",
        sources: ["http://www.oas.org/children/SecGen/SecretGenEng/MoraEng.html"],
      },
    },
  },

  // ── Capitals, the actors that answer appeals (GAME.md §5) ──
  {
    id: "WAS",
    name: { en: "Washington", es: "Washington", pt: "Washington" },
    kind: "capital",
    seats: {
      crisis: {
        representative: "John F. Kennedy",
        sources: ["https://history.state.gov/historicaldocuments/frus1961-63v11/d59"],
      },
    },
  },
  {
    id: "MOS",
    name: { en: "Moscow", es: "Moscú", pt: "Moscou" },
    kind: "capital",
    seats: {
      crisis: {
        representative: "Nikita Khrushchev",
        sources: ["https://history.state.gov/historicaldocuments/frus1961-63v11/d59"],
      },
    },
  },
  {
    id: "HAV",
    name: { en: "Havana", es: "La Habana", pt: "Havana" },
    kind: "capital",
    seats: { crisis: { representative: "Fidel Castro", sources: ["http://walterdorn.org/pub/154"] } },
  },
];
