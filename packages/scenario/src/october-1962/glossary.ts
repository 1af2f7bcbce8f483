// Words a student meets at the table, in the three languages of the interface. Definitions are ours.

export const glossary = [
  {
    id: "organ-of-consultation",
    term: { en: "Organ of Consultation", es: "Órgano de Consulta", pt: "Órgão de Consulta" },
    definition: {
      en: "The body the Rio Treaty calls together when the peace of the Americas is threatened: normally the foreign ministers; until they meet, the OAS Council may act in its place.",
      es: "El órgano que el Tratado de Río convoca cuando se amenaza la paz de América: normalmente los cancilleres; hasta que se reúnan, el Consejo de la OEA puede actuar en su lugar.",
      pt: "O órgão que o Tratado do Rio convoca quando a paz das Américas é ameaçada: normalmente os chanceleres; até que se reúnam, o Conselho da OEA pode agir em seu lugar.",
    },
  },
  {
    id: "rio-treaty",
    term: { en: "Rio Treaty", es: "Tratado de Río", pt: "Tratado do Rio" },
    definition: {
      en: "The Inter-American Treaty of Reciprocal Assistance of 1947: an attack on one American state concerns them all, and they consult on common measures.",
      es: "El Tratado Interamericano de Asistencia Recíproca de 1947: un ataque a un Estado americano concierne a todos, que se consultan sobre medidas comunes.",
      pt: "O Tratado Interamericano de Assistência Recíproca de 1947: um ataque a um Estado americano diz respeito a todos, que se consultam sobre medidas comuns.",
    },
  },
  {
    id: "quarantine",
    term: { en: "Quarantine", es: "Cuarentena", pt: "Quarentena" },
    definition: {
      en: "The word Washington chose for its naval interception of offensive weapons bound for Cuba, from 24 October 1962; its critics called it a blockade.",
      es: "La palabra que eligió Washington para su interceptación naval de armas ofensivas con destino a Cuba, desde el 24 de octubre de 1962; sus críticos la llamaron bloqueo.",
      pt: "A palavra escolhida por Washington para a interceptação naval de armas ofensivas destinadas a Cuba, a partir de 24 de outubro de 1962; seus críticos a chamaram de bloqueio.",
    },
  },
  {
    id: "division-of-the-question",
    term: { en: "Division of the question", es: "División de la votación", pt: "Divisão da votação" },
    definition: {
      en: "A motion to vote a text in parts, so that each paragraph is adopted or rejected on its own before the whole. Brazil asked for it on 23 October.",
      es: "Moción para votar un texto por partes, de modo que cada párrafo se apruebe o rechace por separado antes del conjunto. Brasil la pidió el 23 de octubre.",
      pt: "Moção para votar um texto por partes, de modo que cada parágrafo seja aprovado ou rejeitado separadamente antes do conjunto. O Brasil a pediu em 23 de outubro.",
    },
  },
  {
    id: "absolute-majority",
    term: { en: "Absolute majority", es: "Mayoría absoluta", pt: "Maioria absoluta" },
    definition: {
      en: "More than half of all the members entitled to vote, whether or not they are present: 11 of the 20 in the OAS Council of 1962.",
      es: "Más de la mitad de todos los miembros con derecho a voto, estén o no presentes: 11 de los 20 en el Consejo de la OEA de 1962.",
      pt: "Mais da metade de todos os membros com direito a voto, presentes ou não: 11 dos 20 no Conselho da OEA de 1962.",
    },
  },
  {
    id: "two-thirds",
    term: {
      en: "Two-thirds of the ratifying states",
      es: "Dos tercios de los Estados ratificantes",
      pt: "Dois terços dos Estados ratificantes",
    },
    definition: {
      en: "What the Organ of Consultation needs to decide: 14 of the 21 states that ratified the Rio Treaty, counted on the whole membership.",
      es: "Lo que necesita el Órgano de Consulta para decidir: 14 de los 21 Estados que ratificaron el Tratado de Río, contados sobre el total de miembros.",
      pt: "O que o Órgão de Consulta precisa para decidir: 14 dos 21 Estados que ratificaram o Tratado do Rio, contados sobre o total de membros.",
    },
  },
  {
    id: "quorum",
    term: { en: "Quorum", es: "Quórum", pt: "Quórum" },
    definition: {
      en: "The number of states that must be represented for a decision to be taken: in the Rio Treaty, at least as many as the votes the decision needs.",
      es: "El número de Estados que deben estar representados para que se tome una decisión: en el Tratado de Río, al menos tantos como los votos que la decisión requiere.",
      pt: "O número de Estados que devem estar representados para que uma decisão seja tomada: no Tratado do Rio, pelo menos tantos quanto os votos que a decisão exige.",
    },
  },
  {
    id: "roll-call",
    term: { en: "Roll call", es: "Votación nominal", pt: "Votação nominal" },
    definition: {
      en: "A vote in which each delegation is called by name, in order, and answers yes, no or abstain aloud, for the record.",
      es: "Votación en la que cada delegación es llamada por su nombre, en orden, y responde sí, no o abstención en voz alta, para el acta.",
      pt: "Votação em que cada delegação é chamada pelo nome, em ordem, e responde sim, não ou abstenção em voz alta, para a ata.",
    },
  },
  {
    id: "reservation",
    term: { en: "Reservation", es: "Reserva", pt: "Reserva" },
    definition: {
      en: "A statement entered in the record saying how a delegation's vote must be read: Brazil, Mexico and Bolivia's support was no endorsement of an armed attack on Cuba.",
      es: "Declaración que consta en acta y dice cómo debe leerse el voto de una delegación: el apoyo de Brasil, México y Bolivia no avalaba un ataque armado contra Cuba.",
      pt: "Declaração registrada em ata que diz como o voto de uma delegação deve ser lido: o apoio de Brasil, México e Bolívia não endossava um ataque armado a Cuba.",
    },
  },
  {
    id: "veto",
    term: { en: "Veto", es: "Veto", pt: "Veto" },
    definition: {
      en: "In the Security Council, a permanent member's vote against a substantive decision defeats it, however many vote for it; an abstention does not.",
      es: "En el Consejo de Seguridad, el voto en contra de un miembro permanente sobre una decisión de fondo la derrota, por muchos votos a favor que tenga; una abstención no.",
      pt: "No Conselho de Segurança, o voto contrário de um membro permanente a uma decisão de mérito a derrota, por mais votos a favor que tenha; uma abstenção não.",
    },
  },
  {
    id: "permanent-member",
    term: { en: "Permanent member", es: "Miembro permanente", pt: "Membro permanente" },
    definition: {
      en: "One of the five states with a permanent seat on the Security Council in 1962: China (Republic of China), France, the Soviet Union, the United Kingdom and the United States.",
      es: "Uno de los cinco Estados con asiento permanente en el Consejo de Seguridad en 1962: China (República de China), Francia, la Unión Soviética, el Reino Unido y los Estados Unidos.",
      pt: "Um dos cinco Estados com assento permanente no Conselho de Segurança em 1962: China (República da China), França, União Soviética, Reino Unido e Estados Unidos.",
    },
  },
  {
    id: "point-of-order",
    term: { en: "Point of order", es: "Cuestión de orden", pt: "Questão de ordem" },
    definition: {
      en: "A delegate's objection that the rules are not being followed; the chair rules on it at once.",
      es: "Objeción de un delegado de que no se están siguiendo las reglas; la presidencia decide sobre ella en el acto.",
      pt: "Objeção de um delegado de que as regras não estão sendo seguidas; a presidência decide sobre ela de imediato.",
    },
  },
  {
    id: "defcon",
    term: { en: "DEFCON", es: "DEFCON", pt: "DEFCON" },
    definition: {
      en: "The readiness level of US forces, from 5 (peace) to 1 (war). They went to 3 on 22 October; Strategic Air Command went to 2 on 24 October.",
      es: "El nivel de alerta de las fuerzas de Estados Unidos, de 5 (paz) a 1 (guerra). Pasaron a 3 el 22 de octubre; el Mando Aéreo Estratégico pasó a 2 el 24.",
      pt: "O nível de prontidão das forças dos Estados Unidos, de 5 (paz) a 1 (guerra). Passaram a 3 em 22 de outubro; o Comando Aéreo Estratégico passou a 2 em 24.",
    },
  },
];
