// The secret side of the OAS Council's role cards: each seat's objectives (game design, points on the
// record) and constraints (from the record). Sent by the server to that seat only; never imported by the
// public entry point.

const FACTS = "shared/history/1962-facts.md";
const KELLER =
  "https://www.cambridge.org/core/journals/journal-of-latin-american-studies/article/abs/responsibility-of-the-great-ones-how-the-organization-of-american-states-and-the-united-nations-helped-resolve-the-cuban-missile-crisis/E993BA179A44E09DE412FD60410A0389";

/** Every card's shared objective: the table's outcome counts for everyone (GAME.md §6). */
const AVOID_WAR = {
  text: {
    en: "Help the crisis end without war: everyone loses if it comes.",
    es: "Ayuda a que la crisis termine sin guerra: si llega, todos pierden.",
    pt: "Ajude a crise a terminar sem guerra: se ela vier, todos perdem.",
  },
  points: 3,
  check: { kind: "noWar" },
};

const NO_JOINT_FORCE = {
  text: {
    en: "Your government will not authorise the joint use of armed force: each state must decide its own measures (Rio Treaty art. 20).",
    es: "Tu gobierno no autorizará el uso conjunto de la fuerza armada: cada Estado debe decidir sus propias medidas (Tratado de Río, art. 20).",
    pt: "Seu governo não autorizará o uso conjunto da força armada: cada Estado deve decidir suas próprias medidas (Tratado do Rio, art. 20).",
  },
  sources: [`${FACTS} §8`, KELLER],
};

export const oasCardsSecret = {
  ARG: {
    objectives: [
      {
        text: {
          en: "Speak early in favour of convoking the Organ of Consultation.",
          es: "Habla pronto a favor de convocar el Órgano de Consulta.",
          pt: "Fale cedo a favor de convocar o Órgão de Consulta.",
        },
        points: 2,
        check: {
          kind: "all",
          of: [
            { kind: "spoke", before: "convocation" },
            { kind: "voted", question: "convocation", choice: "yes" },
          ],
        },
      },
      {
        text: {
          en: "Offer Argentine ships for the quarantine once the resolution passes.",
          es: "Ofrece barcos argentinos para la cuarentena en cuanto se apruebe la resolución.",
          pt: "Ofereça navios argentinos para a quarentena assim que a resolução for aprovada.",
        },
        points: 2,
      },
      AVOID_WAR,
    ],
    constraints: [],
  },
  BOL: {
    objectives: [
      {
        text: {
          en: "Abstain on any paragraph that authorises armed force.",
          es: "Abstente en todo párrafo que autorice la fuerza armada.",
          pt: "Abstenha-se em todo parágrafo que autorize a força armada.",
        },
        points: 3,
        check: { kind: "voted", question: "paragraph-2", choice: "abstain", orElse: "whole" },
      },
      {
        text: {
          en: "Enter a reservation in the record: support for the whole is not support for an attack on Cuba.",
          es: "Deja constancia en el acta de una reserva: apoyar el conjunto no es apoyar un ataque contra Cuba.",
          pt: "Registre na ata uma reserva: apoiar o conjunto não é apoiar um ataque a Cuba.",
        },
        points: 2,
        check: { kind: "reservation" },
      },
      {
        text: {
          en: "Remind the Council of the Lauca River without walking out again.",
          es: "Recuerda al Consejo el río Lauca sin volver a retirarte.",
          pt: "Lembre ao Conselho o rio Lauca sem se retirar de novo.",
        },
        points: 1,
      },
      AVOID_WAR,
    ],
    constraints: [
      NO_JOINT_FORCE,
      {
        text: {
          en: "The grievance: in April 1962 Chile diverted part of the Lauca's waters; on 24 May the Council declined to convoke an Organ of Consultation on Bolivia's complaint.",
          es: "El agravio: en abril de 1962 Chile desvió parte de las aguas del Lauca; el 24 de mayo el Consejo se negó a convocar un Órgano de Consulta sobre la queja de Bolivia.",
          pt: "A queixa: em abril de 1962 o Chile desviou parte das águas do Lauca; em 24 de maio o Conselho recusou-se a convocar um Órgão de Consulta sobre a queixa da Bolívia.",
        },
        sources: ["https://books.google.to/books?id=CE0GAAAAMAAJ&pg=PA54"],
      },
    ],
  },
  BRA: {
    objectives: [
      {
        text: {
          en: "Have the question divided so that the armed-force paragraph is voted on its own.",
          es: "Consigue que se divida la cuestión para que el párrafo de la fuerza armada se vote por separado.",
          pt: "Consiga que a questão seja dividida, para que o parágrafo da força armada seja votado à parte.",
        },
        points: 3,
        check: { kind: "divided" },
      },
      {
        text: {
          en: "Vote for the quarantine's parts and abstain on armed force.",
          es: "Vota a favor de las partes de la cuarentena y abstente sobre la fuerza armada.",
          pt: "Vote a favor das partes da quarentena e abstenha-se sobre a força armada.",
        },
        points: 2,
        check: {
          kind: "all",
          of: [
            { kind: "voted", question: "paragraph-1", choice: "yes" },
            { kind: "voted", question: "paragraph-2", choice: "abstain" },
          ],
        },
      },
      {
        text: {
          en: "Enter a reservation in the record: Brazil's vote does not endorse an armed attack on Cuba.",
          es: "Deja constancia en el acta de una reserva: el voto de Brasil no avala un ataque armado contra Cuba.",
          pt: "Registre na ata uma reserva: o voto do Brasil não endossa um ataque armado a Cuba.",
        },
        points: 1,
        check: { kind: "reservation" },
      },
      AVOID_WAR,
    ],
    constraints: [
      NO_JOINT_FORCE,
      {
        text: {
          en: "Your instructions: vote for the arms embargo and the inspection of ships; if the text is forced on you unchanged, state your solidarity with the hemisphere while dissenting.",
          es: "Tus instrucciones: vota a favor del embargo de armas y de la inspección de barcos; si te imponen el texto sin cambios, expresa tu solidaridad con el hemisferio sin dejar de disentir.",
          pt: "Suas instruções: vote a favor do embargo de armas e da inspeção de navios; se o texto lhe for imposto sem mudanças, declare sua solidariedade com o hemisfério, mantendo sua discordância.",
        },
        sources: ["https://digitalarchive.wilsoncenter.org/document/115291.pdf?v=74e1726398a6d6fb59fa41115de5320e"],
      },
      {
        text: {
          en: "If the question is not divided, Brazil threatens to abstain on everything.",
          es: "Si la cuestión no se divide, Brasil amenaza con abstenerse en todo.",
          pt: "Se a questão não for dividida, o Brasil ameaça abster-se em tudo.",
        },
        sources: [KELLER],
      },
    ],
  },
  CHL: {
    objectives: [
      {
        text: {
          en: "Vote for the resolution as a whole.",
          es: "Vota a favor de la resolución en su conjunto.",
          pt: "Vote a favor da resolução como um todo.",
        },
        points: 2,
        check: { kind: "voted", question: "whole", choice: "yes" },
      },
      {
        text: {
          en: "See that the record keeps each state's right to decide its own use of force.",
          es: "Procura que el acta conserve el derecho de cada Estado a decidir su propio uso de la fuerza.",
          pt: "Cuide de que a ata preserve o direito de cada Estado de decidir seu próprio uso da força.",
        },
        points: 2,
      },
      {
        text: {
          en: "Keep the Lauca dispute off today's agenda.",
          es: "Mantén la disputa del Lauca fuera del orden del día de hoy.",
          pt: "Mantenha a disputa do Lauca fora da pauta de hoje.",
        },
        points: 1,
      },
      AVOID_WAR,
    ],
    constraints: [NO_JOINT_FORCE],
  },
  COL: {
    objectives: [
      {
        text: {
          en: "Bring the Council to a decision on convocation and on the resolution before the day ends.",
          es: "Lleva al Consejo a una decisión sobre la convocatoria y sobre la resolución antes de que termine el día.",
          pt: "Leve o Conselho a uma decisão sobre a convocação e sobre a resolução antes do fim do dia.",
        },
        points: 3,
        check: { kind: "decided", questions: ["convocation", "whole"] },
      },
      {
        text: {
          en: "Keep the debate orderly: every motion put, every point of order ruled on.",
          es: "Mantén el orden del debate: toda moción sometida a votación, toda cuestión de orden resuelta.",
          pt: "Mantenha a ordem do debate: toda moção posta em votação, toda questão de ordem decidida.",
        },
        points: 2,
        check: { kind: "orderly" },
      },
      AVOID_WAR,
    ],
    constraints: [],
  },
  CRI: {
    objectives: [
      {
        text: {
          en: "Get as close to a unanimous vote on the whole as you can.",
          es: "Acerca la votación del conjunto tanto como puedas a la unanimidad.",
          pt: "Aproxime o mais possível da unanimidade a votação do conjunto.",
        },
        points: 3,
        check: { kind: "adopted", question: "whole", maxNo: 0 },
      },
      {
        text: {
          en: "Have the larger Cuban question put on the Council's future business.",
          es: "Consigue que la cuestión cubana más amplia quede en los asuntos futuros del Consejo.",
          pt: "Consiga que a questão cubana mais ampla fique nos trabalhos futuros do Conselho.",
        },
        points: 1,
      },
      AVOID_WAR,
    ],
    constraints: [],
  },
  CUB: {
    objectives: [
      {
        text: {
          en: "Have Cuba's case heard at the Security Council instead.",
          es: "Consigue que el caso de Cuba se oiga en cambio en el Consejo de Seguridad.",
          pt: "Consiga que o caso de Cuba seja ouvido, em vez disso, no Conselho de Segurança.",
        },
        points: 2,
        check: { kind: "spoke", chamber: "unsc" },
      },
      AVOID_WAR,
    ],
    constraints: [
      {
        text: {
          en: "Excluded from participation: you may not speak, move or vote in the OAS Council.",
          es: "Excluida de la participación: no puedes hablar, presentar mociones ni votar en el Consejo de la OEA.",
          pt: "Excluída da participação: você não pode falar, apresentar moções nem votar no Conselho da OEA.",
        },
        sources: ["http://avalon.law.yale.edu/20th_century/intam17.asp"],
      },
    ],
  },
  DOM: {
    objectives: [
      {
        text: {
          en: "Vote for every part of the resolution.",
          es: "Vota a favor de cada parte de la resolución.",
          pt: "Vote a favor de cada parte da resolução.",
        },
        points: 2,
        check: { kind: "votedEvery", choice: "yes" },
      },
      {
        text: {
          en: "Offer Dominican ships for the quarantine.",
          es: "Ofrece barcos dominicanos para la cuarentena.",
          pt: "Ofereça navios dominicanos para a quarentena.",
        },
        points: 2,
      },
      AVOID_WAR,
    ],
    constraints: [],
  },
  ECU: {
    objectives: [
      {
        text: {
          en: "Vote for the resolution as a whole.",
          es: "Vota a favor de la resolución en su conjunto.",
          pt: "Vote a favor da resolução como um todo.",
        },
        points: 2,
        check: { kind: "voted", question: "whole", choice: "yes" },
      },
      AVOID_WAR,
    ],
    constraints: [],
  },
  SLV: {
    objectives: [
      {
        text: {
          en: "Vote for every part of the resolution, armed force included.",
          es: "Vota a favor de cada parte de la resolución, incluida la fuerza armada.",
          pt: "Vote a favor de cada parte da resolução, inclusive a força armada.",
        },
        points: 2,
        check: { kind: "votedEvery", choice: "yes" },
      },
      {
        text: {
          en: "Put Cuba's other activities in the region on the record of the debate.",
          es: "Haz constar en el debate las demás actividades de Cuba en la región.",
          pt: "Registre no debate as outras atividades de Cuba na região.",
        },
        points: 1,
      },
      AVOID_WAR,
    ],
    constraints: [],
  },
  GTM: {
    objectives: [
      {
        text: {
          en: "Speak early in favour of convocation.",
          es: "Habla pronto a favor de la convocatoria.",
          pt: "Fale cedo a favor da convocação.",
        },
        points: 2,
        check: {
          kind: "all",
          of: [
            { kind: "spoke", before: "convocation" },
            { kind: "voted", question: "convocation", choice: "yes" },
          ],
        },
      },
      {
        text: {
          en: "Vote for every part of the resolution, armed force included.",
          es: "Vota a favor de cada parte de la resolución, incluida la fuerza armada.",
          pt: "Vote a favor de cada parte da resolução, inclusive a força armada.",
        },
        points: 2,
        check: { kind: "votedEvery", choice: "yes" },
      },
      AVOID_WAR,
    ],
    constraints: [],
  },
  HTI: {
    objectives: [
      {
        text: {
          en: "Vote for the resolution as a whole.",
          es: "Vota a favor de la resolución en su conjunto.",
          pt: "Vote a favor da resolução como um todo.",
        },
        points: 2,
        check: { kind: "voted", question: "whole", choice: "yes" },
      },
      AVOID_WAR,
    ],
    constraints: [],
  },
  HND: {
    objectives: [
      {
        text: {
          en: "Vote for the resolution as a whole.",
          es: "Vota a favor de la resolución en su conjunto.",
          pt: "Vote a favor da resolução como um todo.",
        },
        points: 2,
        check: { kind: "voted", question: "whole", choice: "yes" },
      },
      AVOID_WAR,
    ],
    constraints: [],
  },
  MEX: {
    objectives: [
      {
        text: {
          en: "Vote for convocation on the grounds of Article 6.",
          es: "Vota a favor de la convocatoria con base en el artículo 6.",
          pt: "Vote a favor da convocação com base no artigo 6.",
        },
        points: 2,
        check: { kind: "voted", question: "convocation", choice: "yes" },
      },
      {
        text: {
          en: "Abstain on the armed-force paragraph.",
          es: "Abstente en el párrafo de la fuerza armada.",
          pt: "Abstenha-se no parágrafo da força armada.",
        },
        points: 3,
        check: { kind: "voted", question: "paragraph-2", choice: "abstain", orElse: "whole" },
      },
      {
        text: {
          en: "Enter a reservation in the record with Brazil and Bolivia.",
          es: "Deja constancia en el acta de una reserva junto con Brasil y Bolivia.",
          pt: "Registre na ata uma reserva junto com o Brasil e a Bolívia.",
        },
        points: 1,
        check: { kind: "reservation" },
      },
      AVOID_WAR,
    ],
    constraints: [NO_JOINT_FORCE],
  },
  NIC: {
    objectives: [
      {
        text: {
          en: "Vote for every part of the resolution, armed force included.",
          es: "Vota a favor de cada parte de la resolución, incluida la fuerza armada.",
          pt: "Vote a favor de cada parte da resolução, inclusive a força armada.",
        },
        points: 2,
        check: { kind: "votedEvery", choice: "yes" },
      },
      {
        text: {
          en: "Argue in the debate that the Council must go further than the quarantine.",
          es: "Sostén en el debate que el Consejo debe ir más allá de la cuarentena.",
          pt: "Defenda no debate que o Conselho deve ir além da quarentena.",
        },
        points: 1,
      },
      AVOID_WAR,
    ],
    constraints: [],
  },
  PAN: {
    objectives: [
      {
        text: {
          en: "Vote for the resolution as a whole.",
          es: "Vota a favor de la resolución en su conjunto.",
          pt: "Vote a favor da resolução como um todo.",
        },
        points: 2,
        check: { kind: "voted", question: "whole", choice: "yes" },
      },
      AVOID_WAR,
    ],
    constraints: [],
  },
  PRY: {
    objectives: [
      {
        text: {
          en: "Vote for the resolution as a whole.",
          es: "Vota a favor de la resolución en su conjunto.",
          pt: "Vote a favor da resolução como um todo.",
        },
        points: 2,
        check: { kind: "voted", question: "whole", choice: "yes" },
      },
      AVOID_WAR,
    ],
    constraints: [],
  },
  PER: {
    objectives: [
      {
        text: {
          en: "Vote for every part of the resolution, armed force included.",
          es: "Vota a favor de cada parte de la resolución, incluida la fuerza armada.",
          pt: "Vote a favor de cada parte da resolução, inclusive a força armada.",
        },
        points: 2,
        check: { kind: "votedEvery", choice: "yes" },
      },
      {
        text: {
          en: "Remind the Council of Peru's earlier charge against Cuba.",
          es: "Recuerda al Consejo la acusación que Perú ya había hecho contra Cuba.",
          pt: "Lembre ao Conselho a acusação que o Peru já tinha feito contra Cuba.",
        },
        points: 1,
      },
      AVOID_WAR,
    ],
    constraints: [],
  },
  USA: {
    objectives: [
      {
        text: {
          en: "Win at least 14 votes for the resolution.",
          es: "Consigue al menos 14 votos para la resolución.",
          pt: "Obtenha pelo menos 14 votos para a resolução.",
        },
        points: 3,
        check: { kind: "adopted", question: "whole", minYes: 14 },
      },
      {
        text: {
          en: "Keep the armed-force paragraph in the text.",
          es: "Mantén en el texto el párrafo de la fuerza armada.",
          pt: "Mantenha no texto o parágrafo da força armada.",
        },
        points: 2,
        check: { kind: "paragraphKept", paragraph: 2 },
      },
      {
        text: {
          en: "Get the convocation adopted in the morning.",
          es: "Consigue que la convocatoria se apruebe por la mañana.",
          pt: "Consiga que a convocação seja aprovada de manhã.",
        },
        points: 2,
        check: { kind: "adopted", question: "convocation" },
      },
      AVOID_WAR,
    ],
    constraints: [],
  },
  URY: {
    objectives: [
      {
        text: {
          en: "Commit Uruguay to nothing before instructions arrive.",
          es: "No comprometas a Uruguay a nada antes de que lleguen las instrucciones.",
          pt: "Não comprometa o Uruguai com nada antes de chegarem as instruções.",
        },
        points: 3,
        check: { kind: "votedEvery", choice: "abstain" },
      },
      {
        text: {
          en: "Once instructed, change Uruguay's vote for the record.",
          es: "Una vez que tengas instrucciones, cambia el voto de Uruguay para que conste en el acta.",
          pt: "Uma vez instruído, mude o voto do Uruguai para que conste da ata.",
        },
        points: 2,
        check: { kind: "voteChanged" },
      },
      AVOID_WAR,
    ],
    constraints: [
      {
        text: {
          en: "No instructions until after the vote: you may only abstain on 23 October.",
          es: "Sin instrucciones hasta después de la votación: el 23 de octubre solo puedes abstenerte.",
          pt: "Sem instruções até depois da votação: em 23 de outubro você só pode se abster.",
        },
        sources: ["https://www.cfr.org/blog/twe-remembers-oas-endorses-quarantine-cuba-cuban-missile-crisis-day-eight"],
      },
    ],
  },
  VEN: {
    objectives: [
      {
        text: {
          en: "Vote for the resolution as a whole.",
          es: "Vota a favor de la resolución en su conjunto.",
          pt: "Vote a favor da resolução como um todo.",
        },
        points: 2,
        check: { kind: "voted", question: "whole", choice: "yes" },
      },
      AVOID_WAR,
    ],
    constraints: [],
  },
  "OAS-SG": {
    objectives: [
      {
        text: {
          en: "Transmit the Council's resolution to the UN Secretary-General as soon as it passes.",
          es: "Transmite la resolución del Consejo al Secretario General de la ONU en cuanto se apruebe.",
          pt: "Transmita a resolução do Conselho ao Secretário-Geral da ONU assim que for aprovada.",
        },
        points: 2,
      },
      AVOID_WAR,
    ],
    constraints: [
      {
        text: {
          en: "You serve the Council: you have no vote and move no motion.",
          es: "Estás al servicio del Consejo: no tienes voto ni presentas mociones.",
          pt: "Você está a serviço do Conselho: não tem voto e não apresenta moções.",
        },
        sources: ["http://www.oas.org/children/SecGen/SecretGenEng/MoraEng.html"],
      },
    ],
  },
};
