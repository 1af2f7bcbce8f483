// Discussion prompts for the teacher's debrief, each tied to a moment of the game (GAME.md §7). Our words.

export const debriefPrompts = [
  {
    id: "exclusion",
    moment: "oas-seating",
    text: {
      en: "Cuba's chair in the OAS stood empty. What did the Council gain and lose by deciding about Cuba without hearing it?",
      es: "El asiento de Cuba en la OEA quedó vacío. ¿Qué ganó y qué perdió el Consejo al decidir sobre Cuba sin escucharla?",
      pt: "A cadeira de Cuba na OEA ficou vazia. O que o Conselho ganhou e perdeu ao decidir sobre Cuba sem ouvi-la?",
    },
  },
  {
    id: "convocation",
    moment: "oas-convocation-vote",
    text: {
      en: "Why did the United States want the OAS to act before the Security Council did? What would have changed had the convocation failed?",
      es: "¿Por qué querían los Estados Unidos que la OEA actuara antes que el Consejo de Seguridad? ¿Qué habría cambiado si la convocatoria hubiera fracasado?",
      pt: "Por que os Estados Unidos queriam que a OEA agisse antes do Conselho de Segurança? O que teria mudado se a convocação tivesse fracassado?",
    },
  },
  {
    id: "thresholds",
    moment: "oas-convocation-vote",
    text: {
      en: "Convocation needed 11 votes, the resolution 14. Why might a treaty set a higher bar for the measures than for the meeting?",
      es: "La convocatoria necesitaba 11 votos; la resolución, 14. ¿Por qué un tratado pondría un listón más alto para las medidas que para la reunión?",
      pt: "A convocação precisava de 11 votos; a resolução, de 14. Por que um tratado exigiria mais para as medidas do que para a reunião?",
    },
  },
  {
    id: "division",
    moment: "oas-division",
    text: {
      en: "Brazil asked for the resolution to be voted in parts. How did dividing the question let hesitant governments say yes and no at once?",
      es: "Brasil pidió que la resolución se votara por partes. ¿Cómo permitió la división de la cuestión que los gobiernos indecisos dijeran sí y no a la vez?",
      pt: "O Brasil pediu que a resolução fosse votada por partes. Como a divisão da questão permitiu que governos hesitantes dissessem sim e não ao mesmo tempo?",
    },
  },
  {
    id: "armed-force",
    moment: "oas-paragraph-2",
    text: {
      en: "Mexico, Brazil and Bolivia abstained on armed force but voted for the whole. Was that consistent? What did their reservations protect?",
      es: "México, Brasil y Bolivia se abstuvieron sobre la fuerza armada pero votaron a favor del conjunto. ¿Fue coherente? ¿Qué protegían sus reservas?",
      pt: "México, Brasil e Bolívia se abstiveram sobre a força armada mas votaram a favor do conjunto. Foi coerente? O que suas reservas protegiam?",
    },
  },
  {
    id: "uruguay",
    moment: "oas-vote-change",
    text: {
      en: "Uruguay abstained for lack of instructions and changed its vote the next day. What does this tell you about how delegations work?",
      es: "Uruguay se abstuvo por falta de instrucciones y cambió su voto al día siguiente. ¿Qué te dice esto sobre cómo trabajan las delegaciones?",
      pt: "O Uruguai se absteve por falta de instruções e mudou seu voto no dia seguinte. O que isso lhe diz sobre como as delegações trabalham?",
    },
  },
  {
    id: "legitimacy",
    moment: "crisis-legitimacy",
    text: {
      en: "Did the OAS vote turn the quarantine from one country's act of war into a lawful collective measure? Who would have disagreed, and why?",
      es: "¿Convirtió el voto de la OEA la cuarentena, de acto de guerra de un solo país, en una medida colectiva legítima? ¿Quién habría discrepado, y por qué?",
      pt: "O voto da OEA transformou a quarentena, de ato de guerra de um só país, em medida coletiva legítima? Quem teria discordado, e por quê?",
    },
  },
  {
    id: "president",
    moment: "unsc-agenda",
    text: {
      en: "The Soviet delegate presided over the Security Council while it debated Soviet missiles. How did that shape the debate?",
      es: "El delegado soviético presidía el Consejo de Seguridad mientras este debatía sobre misiles soviéticos. ¿Cómo influyó eso en el debate?",
      pt: "O delegado soviético presidia o Conselho de Segurança enquanto este debatia mísseis soviéticos. Como isso moldou o debate?",
    },
  },
  {
    id: "no-vote",
    moment: "unsc-adjourned",
    text: {
      en: "No draft was put to a vote in the Security Council. Was that a failure of the Council, or a way of keeping it useful?",
      es: "Ningún proyecto se sometió a votación en el Consejo de Seguridad. ¿Fue un fracaso del Consejo, o una manera de mantenerlo útil?",
      pt: "Nenhum projeto foi posto em votação no Conselho de Segurança. Foi um fracasso do Conselho, ou um modo de mantê-lo útil?",
    },
  },
  {
    id: "appeals",
    moment: "crisis-appeals",
    text: {
      en: "Khrushchev accepted U Thant's first appeal and Kennedy declined it; both accepted the second. What made the second easier to accept?",
      es: "Jruschov aceptó el primer llamamiento de U Thant y Kennedy lo rechazó; ambos aceptaron el segundo. ¿Qué hizo más fácil aceptar el segundo?",
      pt: "Khrushchov aceitou o primeiro apelo de U Thant e Kennedy o recusou; ambos aceitaram o segundo. O que tornou o segundo mais fácil de aceitar?",
    },
  },
  {
    id: "small-states",
    moment: "debrief-outcome",
    text: {
      en: "The article behind this game argues that Latin American states and multilateral bodies helped end the crisis. What evidence from your game supports or challenges that?",
      es: "El artículo en que se basa este juego sostiene que los Estados latinoamericanos y los organismos multilaterales ayudaron a poner fin a la crisis. ¿Qué pruebas de tu partida lo apoyan o lo ponen en duda?",
      pt: "O artigo em que este jogo se baseia sustenta que os Estados latino-americanos e os organismos multilaterais ajudaram a pôr fim à crise. Que evidências da sua partida apoiam ou contestam isso?",
    },
  },
  {
    id: "citizens",
    moment: "crisis-cables",
    text: {
      en: "People from many countries wrote to U Thant. Why write to the UN rather than to their own governments?",
      es: "Personas de muchos países escribieron a U Thant. ¿Por qué escribir a la ONU y no a sus propios gobiernos?",
      pt: "Pessoas de muitos países escreveram a U Thant. Por que escrever à ONU e não a seus próprios governos?",
    },
  },
];
