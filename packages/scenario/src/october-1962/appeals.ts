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
      es: "Mensajes idénticos a Kennedy y a Jruschov: abstenerse de todo lo que pueda empeorar la situación, y suspender los envíos de armas a Cuba y la cuarentena durante dos o tres semanas, para dar tiempo a las negociaciones.",
      pt: "Mensagens idênticas a Kennedy e Khrushchov: abster-se de tudo o que possa agravar a situação, e suspender os embarques de armas para Cuba e a quarentena por duas a três semanas, para dar tempo às negociações.",
    },
    replies: [
      {
        from: "WAS",
        date: "1962-10-25",
        answer: "declined",
        gist: {
          en: "Kennedy restates the US position in the Security Council and welcomes talks, but no suspension without safeguards.",
          es: "Kennedy reafirma la posición estadounidense en el Consejo de Seguridad y acoge las negociaciones, pero sin suspensión sin garantías.",
          pt: "Kennedy reafirma a posição americana no Conselho de Segurança e acolhe as negociações, mas nenhuma suspensão sem garantias.",
        },
        sources: [FRUS_59],
      },
      {
        from: "MOS",
        date: "1962-10-25",
        answer: "accepted",
        gist: {
          en: "Khrushchev welcomes the initiative and agrees to it.",
          es: "Jruschov celebra la iniciativa y la acepta.",
          pt: "Khrushchov saúda a iniciativa e a aceita.",
        },
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
    gist: {
      en: "To Khrushchev: keep Soviet ships away from the interception area for a limited time.",
      es: "A Jruschov: mantener los barcos soviéticos lejos de la zona de interceptación durante un tiempo limitado.",
      pt: "A Khrushchov: manter os navios soviéticos longe da área de interceptação por um tempo limitado.",
    },
    note: "FRUS supplement doc 383 is headed 24 October; the other sources place it on the 25th (facts, Uncertain 13).",
    replies: [
      {
        from: "MOS",
        date: "1962-10-26",
        answer: "accepted",
        gist: {
          en: "Khrushchev agrees to keep the ships out of the area for the time being.",
          es: "Jruschov acepta mantener los barcos fuera de la zona por el momento.",
          pt: "Khrushchov aceita manter os navios fora da área por ora.",
        },
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
      es: "A Kennedy: ordenar a los barcos estadounidenses que hagan todo lo posible por evitar un enfrentamiento directo con barcos soviéticos en los próximos días.",
      pt: "A Kennedy: instruir os navios americanos a fazer todo o possível para evitar um confronto direto com navios soviéticos nos próximos dias.",
    },
    replies: [
      {
        from: "WAS",
        date: "1962-10-26",
        answer: "accepted",
        gist: {
          en: "Kennedy pledges to try to avoid confrontation in the next few days.",
          es: "Kennedy se compromete a intentar evitar el enfrentamiento en los próximos días.",
          pt: "Kennedy se compromete a tentar evitar o confronto nos próximos dias.",
        },
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
    gist: {
      en: "To Castro: suspend work on the missile sites while negotiations go on.",
      es: "A Castro: suspender las obras en las bases de misiles mientras siguen las negociaciones.",
      pt: "A Castro: suspender as obras nas bases de mísseis enquanto prosseguem as negociações.",
    },
    replies: [
      {
        from: "HAV",
        date: "1962-10-27",
        answer: "conditional",
        gist: {
          en: "Castro agrees if the United States stops its threats and lifts the blockade, and invites U Thant to Havana.",
          es: "Castro acepta si los Estados Unidos cesan sus amenazas y levantan el bloqueo, e invita a U Thant a La Habana.",
          pt: "Castro aceita se os Estados Unidos pararem com as ameaças e suspenderem o bloqueio, e convida U Thant a Havana.",
        },
        sources: ["http://walterdorn.org/pub/154"],
      },
    ],
    sources: ["http://walterdorn.org/pub/154"],
  },
];
