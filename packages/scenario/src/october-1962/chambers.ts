// The two chambers as they met (1962-facts.md §2, §4). Paragraph texts are our own paraphrases of the
// facts file's summaries, not quotations; the official texts were not among the sources consulted.

export const oasCouncil = {
  date: "1962-10-23",
  // The 21 members in the order of their English names; Cuba stays a member, excluded from participation.
  members: [
    "ARG",
    "BOL",
    "BRA",
    "CHL",
    "COL",
    "CRI",
    "CUB",
    "DOM",
    "ECU",
    "SLV",
    "GTM",
    "HTI",
    "HND",
    "MEX",
    "NIC",
    "PAN",
    "PRY",
    "PER",
    "USA",
    "URY",
    "VEN",
  ],
  excluded: ["CUB"],
  // Colombia's representative presided (Keller 2019; facts, Uncertain 5: no other source confirms it).
  chair: "COL",
  requester: "USA",
  paragraphs: [
    {
      text: {
        en: "Calls for the prompt dismantling and removal from Cuba of every missile and other weapon able to strike offensively.",
        es: "Pide que se desmantelen y retiren de Cuba sin demora todos los misiles y demás armas capaces de atacar ofensivamente.",
        pt: "Pede que sejam desmontados e retirados de Cuba sem demora todos os mísseis e demais armas capazes de atacar ofensivamente.",
      },
      sources: ["http://digitalarchive.wilsoncenter.org/document/115199"],
    },
    {
      text: {
        en: "Recommends that the member states, separately and together, take whatever measures they judge necessary, armed force included, to stop Cuba receiving more military material from the Sino-Soviet powers that endangers the continent, and to keep the missiles already there from ever becoming an active threat.",
        es: "Recomienda que los Estados miembros, por separado y en conjunto, tomen las medidas que juzguen necesarias, incluida la fuerza armada, para impedir que Cuba siga recibiendo de las potencias chino-soviéticas material militar que ponga en peligro al continente, y para evitar que los misiles ya instalados lleguen a ser una amenaza activa.",
        pt: "Recomenda que os Estados membros, separadamente e em conjunto, tomem as medidas que julgarem necessárias, inclusive a força armada, para impedir que Cuba continue a receber das potências sino-soviéticas material militar que ponha o continente em perigo, e para evitar que os mísseis já instalados se tornem uma ameaça ativa.",
      },
      sources: ["https://en.wikisource.org/wiki/Page:United_States_Statutes_at_Large_Volume_77.djvu/991"],
    },
    {
      text: {
        en: "Informs the United Nations Security Council of this resolution, under Article 54 of the UN Charter.",
        es: "Informa de esta resolución al Consejo de Seguridad de las Naciones Unidas, conforme al artículo 54 de la Carta de la ONU.",
        pt: "Informa desta resolução o Conselho de Segurança das Nações Unidas, nos termos do artigo 54 da Carta da ONU.",
      },
      sources: ["https://www.cfr.org/blog/twe-remembers-oas-endorses-quarantine-cuba-cuban-missile-crisis-day-eight"],
      note: "Whether this paragraph also hoped for UN observers is uncertain (facts, Uncertain 8).",
    },
    {
      text: {
        en: "Keeps the Council acting provisionally as Organ of Consultation, and asks the member states to report to it the measures they take under paragraph 2.",
        es: "Mantiene al Consejo actuando provisionalmente como Órgano de Consulta y pide a los Estados miembros que le informen de las medidas que adopten en virtud del párrafo 2.",
        pt: "Mantém o Conselho atuando provisoriamente como Órgão de Consulta e pede aos Estados membros que lhe informem as medidas que tomarem com base no parágrafo 2.",
      },
      sources: [
        "https://digitalarchive.wilsoncenter.org/document/letter-mexican-ambassador-organization-american-states-oas-washington-mexican-foreign",
      ],
    },
  ],
};

export const securityCouncil = {
  dates: ["1962-10-23", "1962-10-24", "1962-10-25"],
  members: ["USA", "USSR", "GBR", "FRA", "ROC", "CHL", "GHA", "IRL", "ROU", "UAR", "VEN"],
  permanent: ["USA", "USSR", "GBR", "FRA", "ROC"],
  president: "USSR",
  invitee: "CUB",
  firstMeeting: 1022,
  lastMeeting: 1025,
  drafts: [
    {
      sponsor: "USA",
      paragraphs: [
        {
          en: "Acting under Article 40, demands the immediate dismantling and withdrawal from Cuba of the missiles and other offensive weapons.",
          es: "Actuando conforme al artículo 40, exige el desmantelamiento y el retiro inmediatos de Cuba de los misiles y demás armas ofensivas.",
          pt: "Agindo nos termos do artigo 40, exige a desmontagem e a retirada imediatas de Cuba dos mísseis e demais armas ofensivas.",
        },
        {
          en: "Authorises the Acting Secretary-General to send a corps of UN observers to Cuba.",
          es: "Autoriza al Secretario General interino a enviar a Cuba un cuerpo de observadores de la ONU.",
          pt: "Autoriza o Secretário-Geral interino a enviar a Cuba um corpo de observadores da ONU.",
        },
        {
          en: "The quarantine to be lifted once compliance is certified; the United States and the Soviet Union urged to talk.",
          es: "La cuarentena se levantará una vez certificado el cumplimiento; se insta a los Estados Unidos y a la Unión Soviética a negociar.",
          pt: "A quarentena será suspensa assim que o cumprimento for certificado; os Estados Unidos e a União Soviética são instados a negociar.",
        },
      ],
      note: "Usually given as S/5182; the symbol was not found in the sources consulted (facts, Uncertain 11).",
      sources: ["https://digitalarchive.wilsoncenter.org/document/111912"],
    },
    {
      sponsor: "USSR",
      paragraphs: [
        {
          en: "Condemns the United States blockade as aggression.",
          es: "Condena el bloqueo de los Estados Unidos como agresión.",
          pt: "Condena o bloqueio dos Estados Unidos como agressão.",
        },
        {
          en: "Demands an end to interference with shipping and in Cuba's affairs.",
          es: "Exige que cese la interferencia con la navegación y en los asuntos de Cuba.",
          pt: "Exige o fim da interferência na navegação e nos assuntos de Cuba.",
        },
        {
          en: "Urges negotiations between the United States, Cuba and the Soviet Union.",
          es: "Insta a que negocien los Estados Unidos, Cuba y la Unión Soviética.",
          pt: "Insta à negociação entre os Estados Unidos, Cuba e a União Soviética.",
        },
      ],
      note: "Usually given as S/5187 (facts, Uncertain 11).",
      sources: ["https://wilson-center-digital-archive.dvincitest.com/node/88428"],
    },
    {
      sponsor: "UAR",
      paragraphs: [
        {
          en: "Calls on the parties to show restraint and to talk.",
          es: "Pide a las partes moderación y diálogo.",
          pt: "Pede às partes moderação e diálogo.",
        },
      ],
      note: "Circulated by the UAR with Algeria on 24 October; Ghana's co-sponsorship is unverified (facts, Uncertain 11).",
      sources: ["https://history.state.gov/historicaldocuments/frus1961-63v10-12mSupp/d384"],
    },
  ],
};
