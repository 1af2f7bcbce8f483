// The secret side of the role cards for the Security Council, U Thant and the capitals: objectives (game
// design) and constraints (from the record). Sent by the server to that seat only.

const AVOID_WAR = {
  text: {
    en: "Help the crisis end without war: everyone loses if it comes.",
    es: "Ayuda a que la crisis termine sin guerra: si llega, todos pierden.",
    pt: "Ajude a crise a terminar sem guerra: se ela vier, todos perdem.",
  },
  points: 3,
  check: { kind: "noWar" },
};
const GIVE_TIME = {
  text: {
    en: "Help the Council give the Acting Secretary-General room to act.",
    es: "Ayuda al Consejo a dar al Secretario General interino margen para actuar.",
    pt: "Ajude o Conselho a dar ao Secretário-Geral interino espaço para agir.",
  },
  points: 2,
  check: { kind: "appealSent" },
};
const NO_VOTE_ART_32 = {
  text: {
    en: "Invited under Article 32 of the Charter: you may speak, but not vote or table a draft.",
    es: "Invitada conforme al artículo 32 de la Carta: puedes hablar, pero no votar ni presentar un proyecto.",
    pt: "Convidada nos termos do artigo 32 da Carta: você pode falar, mas não votar nem apresentar projeto.",
  },
  sources: ["https://wilson-center-digital-archive.dvincitest.com/node/88428"],
};

export const unscCardsSecret = {
  USA: {
    objectives: [
      {
        text: {
          en: "Table your draft and win the Council's support for UN observers in Cuba.",
          es: "Presenta tu proyecto y gana el apoyo del Consejo para enviar observadores de la ONU a Cuba.",
          pt: "Apresente seu projeto e conquiste o apoio do Conselho a observadores da ONU em Cuba.",
        },
        points: 2,
        check: { kind: "tabled", draft: "draft-usa" },
      },
      {
        text: {
          en: "Put the evidence before the Council.",
          es: "Pon las pruebas ante el Consejo.",
          pt: "Ponha as provas diante do Conselho.",
        },
        points: 1,
        check: { kind: "spoke" },
      },
      {
        text: {
          en: "Keep the Council as a place for quiet talks: do not force a vote that a veto would kill.",
          es: "Mantén el Consejo como lugar de conversaciones discretas: no fuerces una votación que un veto haría fracasar.",
          pt: "Mantenha o Conselho como lugar de conversas discretas: não force uma votação que um veto derrubaria.",
        },
        points: 2,
        check: { kind: "notVetoed", draft: "draft-usa" },
      },
      AVOID_WAR,
    ],
    constraints: [
      {
        text: {
          en: "Washington has decided not to press its draft to a vote.",
          es: "Washington ha decidido no someter su proyecto a votación.",
          pt: "Washington decidiu não levar seu projeto a votação.",
        },
        sources: ["https://history.state.gov/historicaldocuments/frus1961-63v10-12mSupp/d384"],
      },
    ],
  },
  USSR: {
    objectives: [
      {
        text: {
          en: "Let no draft condemning the Soviet Union pass: use the veto if you must.",
          es: "Que no se apruebe ningún proyecto que condene a la Unión Soviética: usa el veto si hace falta.",
          pt: "Não deixe passar nenhum projeto que condene a União Soviética: use o veto se for preciso.",
        },
        points: 3,
        check: { kind: "notAdopted", question: "draft-usa" },
      },
      {
        text: {
          en: "Have your own draft heard and debated.",
          es: "Consigue que tu propio proyecto se oiga y se debata.",
          pt: "Faça seu próprio projeto ser ouvido e debatido.",
        },
        points: 1,
        check: { kind: "tabled", draft: "draft-ussr" },
      },
      AVOID_WAR,
    ],
    constraints: [
      {
        text: {
          en: "You preside this month: the President's powers are yours, and so are the limits of the chair.",
          es: "Presides este mes: los poderes de la presidencia son tuyos, y también sus límites.",
          pt: "Você preside este mês: os poderes da presidência são seus, e também os seus limites.",
        },
        sources: ["https://digitalarchive.wilsoncenter.org/document/111912"],
      },
    ],
  },
  GBR: { objectives: [GIVE_TIME, AVOID_WAR], constraints: [] },
  FRA: {
    objectives: [
      {
        text: {
          en: "Support the US draft in the debate and in any vote.",
          es: "Apoya el proyecto de los Estados Unidos en el debate y en cualquier votación.",
          pt: "Apoie o projeto dos Estados Unidos no debate e em qualquer votação.",
        },
        points: 2,
        check: {
          kind: "all",
          of: [{ kind: "spoke" }, { kind: "voted", question: "draft-usa", choice: "yes", ifTaken: true }],
        },
      },
      AVOID_WAR,
    ],
    constraints: [],
  },
  ROC: { objectives: [GIVE_TIME, AVOID_WAR], constraints: [] },
  CHL: {
    objectives: [
      {
        text: {
          en: "Vote for the US draft if it is put to the vote.",
          es: "Vota a favor del proyecto de los Estados Unidos si se somete a votación.",
          pt: "Vote a favor do projeto dos Estados Unidos se ele for posto em votação.",
        },
        points: 2,
        check: { kind: "voted", question: "draft-usa", choice: "yes", ifTaken: true },
      },
      AVOID_WAR,
    ],
    constraints: [],
  },
  GHA: { objectives: [GIVE_TIME, AVOID_WAR], constraints: [] },
  IRL: { objectives: [GIVE_TIME, AVOID_WAR], constraints: [] },
  ROU: {
    objectives: [
      {
        text: {
          en: "Support the Soviet draft in the debate and in any vote.",
          es: "Apoya el proyecto soviético en el debate y en cualquier votación.",
          pt: "Apoie o projeto soviético no debate e em qualquer votação.",
        },
        points: 2,
        check: {
          kind: "all",
          of: [{ kind: "spoke" }, { kind: "voted", question: "draft-ussr", choice: "yes", ifTaken: true }],
        },
      },
      AVOID_WAR,
    ],
    constraints: [],
  },
  UAR: {
    objectives: [
      {
        text: {
          en: "Keep a neutral call for restraint and talks before the Council.",
          es: "Mantén ante el Consejo un llamamiento neutral a la moderación y la negociación.",
          pt: "Mantenha diante do Conselho um apelo neutro à moderação e às negociações.",
        },
        points: 2,
        check: { kind: "tabled", draft: "draft-uar" },
      },
      GIVE_TIME,
      AVOID_WAR,
    ],
    constraints: [],
  },
  VEN: {
    objectives: [
      {
        text: {
          en: "Bring the OAS decision into the Council's debate.",
          es: "Lleva la decisión de la OEA al debate del Consejo.",
          pt: "Leve a decisão da OEA ao debate do Conselho.",
        },
        points: 2,
        check: { kind: "spoke" },
      },
      AVOID_WAR,
    ],
    constraints: [],
  },
  CUB: {
    objectives: [
      {
        text: {
          en: "Be heard: speak in every meeting you can.",
          es: "Hazte oír: habla en todas las sesiones que puedas.",
          pt: "Faça-se ouvir: fale em todas as sessões que puder.",
        },
        points: 1,
        check: { kind: "spokeEveryMeeting" },
      },
      {
        text: {
          en: "Put a guarantee against invasion at the centre of any settlement.",
          es: "Pon una garantía contra la invasión en el centro de cualquier arreglo.",
          pt: "Ponha uma garantia contra a invasão no centro de qualquer acordo.",
        },
        points: 3,
        check: { kind: "agreed", term: "noInvasionPledge" },
      },
      AVOID_WAR,
    ],
    constraints: [NO_VOTE_ART_32],
  },
  SG: {
    objectives: [
      {
        text: {
          en: "Send an appeal that both Washington and Moscow accept.",
          es: "Envía un llamamiento que acepten tanto Washington como Moscú.",
          pt: "Envie um apelo que Washington e Moscou aceitem.",
        },
        points: 3,
        check: { kind: "appealAcceptedByBoth" },
      },
      {
        text: {
          en: "Keep the ships from meeting at the line.",
          es: "Evita que los barcos se encuentren en la línea.",
          pt: "Evite que os navios se encontrem na linha.",
        },
        points: 2,
      },
      {
        text: {
          en: "Persuade Havana to halt work on the sites.",
          es: "Convence a La Habana de que detenga las obras en las bases.",
          pt: "Convença Havana a parar as obras nas bases.",
        },
        points: 1,
      },
      AVOID_WAR,
    ],
    constraints: [
      {
        text: {
          en: "You act by statements and appeals: you have no vote and table no draft.",
          es: "Actúas mediante declaraciones y llamamientos: no tienes voto ni presentas proyectos.",
          pt: "Você age por declarações e apelos: não tem voto e não apresenta projetos.",
        },
        sources: ["https://history.state.gov/historicaldocuments/frus1961-63v11/d59"],
      },
    ],
  },
  WAS: {
    objectives: [
      {
        text: { en: "Get the missiles out of Cuba.", es: "Saca los misiles de Cuba.", pt: "Tire os mísseis de Cuba." },
        points: 3,
        check: { kind: "agreed", term: "withdrawal" },
      },
      {
        text: { en: "Avoid a clash at sea.", es: "Evita un choque en el mar.", pt: "Evite um choque no mar." },
        points: 2,
      },
      {
        text: {
          en: "Keep the American states behind the quarantine.",
          es: "Mantén a los Estados americanos detrás de la cuarentena.",
          pt: "Mantenha os Estados americanos apoiando a quarentena.",
        },
        points: 1,
        check: { kind: "adopted", question: "whole" },
      },
      AVOID_WAR,
    ],
    constraints: [],
  },
  MOS: {
    objectives: [
      {
        text: {
          en: "Win a pledge that Cuba will not be invaded.",
          es: "Consigue el compromiso de que Cuba no será invadida.",
          pt: "Obtenha o compromisso de que Cuba não será invadida.",
        },
        points: 3,
        check: { kind: "agreed", term: "noInvasionPledge" },
      },
      {
        text: {
          en: "Keep your ships from being boarded.",
          es: "Evita que aborden tus barcos.",
          pt: "Evite que seus navios sejam abordados.",
        },
        points: 2,
      },
      AVOID_WAR,
    ],
    constraints: [],
  },
  HAV: {
    objectives: [
      {
        text: {
          en: "Obtain a guarantee against invasion.",
          es: "Obtén una garantía contra la invasión.",
          pt: "Obtenha uma garantia contra a invasão.",
        },
        points: 3,
        check: { kind: "agreed", term: "noInvasionPledge" },
      },
      {
        text: {
          en: "Allow no inspection on Cuban soil.",
          es: "No permitas ninguna inspección en suelo cubano.",
          pt: "Não permita nenhuma inspeção em solo cubano.",
        },
        points: 2,
      },
      {
        text: {
          en: "Have Cuba take part in the settlement.",
          es: "Consigue que Cuba participe en el arreglo.",
          pt: "Faça Cuba participar do acordo.",
        },
        points: 1,
      },
      AVOID_WAR,
    ],
    constraints: [],
  },
};
