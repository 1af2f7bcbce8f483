// The public side of the OAS Council's role cards, 23 October 1962: briefs and talking points, which any
// seat or observer may read. Facts come from shared/history/1962-facts.md (its sections are cited); the
// wording is ours. Where the sources say little about a delegation, its card says only what they say and
// argues its recorded vote, inventing no fact. The secret side is in oasCards.secret.ts.

const FACTS = "shared/history/1962-facts.md";
const KELLER =
  "https://www.cambridge.org/core/journals/journal-of-latin-american-studies/article/abs/responsibility-of-the-great-ones-how-the-organization-of-american-states-and-the-united-nations-helped-resolve-the-cuban-missile-crisis/E993BA179A44E09DE412FD60410A0389";
const MEXICAN_TELEGRAM = "http://digitalarchive.wilsoncenter.org/document/115199";
const PUNTA = "https://history.state.gov./historicaldocuments/frus1961-63v12/d144";

export const oasCardsPublic = [
  {
    delegation: "ARG",
    chamber: "oas",
    brief: {
      en: "Argentina backs firm action. Its ambassador could not get a seat on a plane and a substitute sits in his place. In January it abstained on excluding Cuba; today it stands with Washington.",
      es: "Argentina respalda una acción firme. Su embajador no consiguió lugar en un avión y un suplente ocupa su asiento. En enero se abstuvo sobre la exclusión de Cuba; hoy está con Washington.",
      pt: "A Argentina apoia uma ação firme. Seu embaixador não conseguiu lugar num avião e um substituto ocupa a cadeira. Em janeiro se absteve sobre a exclusão de Cuba; hoje está com Washington.",
    },
    talkingPoints: [
      {
        en: "Weapons that can strike our cities have no place in this hemisphere.",
        es: "Las armas que pueden alcanzar nuestras ciudades no tienen lugar en este hemisferio.",
        pt: "Armas capazes de atingir nossas cidades não têm lugar neste hemisfério.",
      },
      {
        en: "The Council should convoke the Organ of Consultation at once: the treaty was written for days like this.",
        es: "El Consejo debe convocar de inmediato el Órgano de Consulta: el tratado se escribió para días como este.",
        pt: "O Conselho deve convocar já o Órgão de Consulta: o tratado foi escrito para dias como este.",
      },
      {
        en: "Argentina is ready to put ships at the service of the quarantine.",
        es: "Argentina está dispuesta a poner barcos al servicio de la cuarentena.",
        pt: "A Argentina está pronta a pôr navios a serviço da quarentena.",
      },
      {
        en: "Acting together through the OAS is what makes this lawful and not one country's war.",
        es: "Actuar juntos a través de la OEA es lo que hace esto legítimo y no la guerra de un solo país.",
        pt: "Agir juntos pela OEA é o que torna isto legítimo, e não a guerra de um só país.",
      },
    ],
    sources: [
      `${FACTS} §8`,
      "https://wilson-center-digital-archive.dvincitest.com/document/telegram-mexican-ambassador-organization-american-states-oas-washington",
      PUNTA,
    ],
  },
  {
    delegation: "BOL",
    chamber: "oas",
    brief: {
      en: "Bolivia had left the Council over its inaction on Chile's diversion of the Lauca River, and has come back for the emergency. It abstained on excluding Cuba in January.",
      es: "Bolivia se había retirado del Consejo por su inacción ante el desvío del río Lauca por Chile, y ha vuelto por la emergencia. En enero se abstuvo sobre la exclusión de Cuba.",
      pt: "A Bolívia tinha deixado o Conselho por sua inação diante do desvio do rio Lauca pelo Chile, e voltou para a emergência. Em janeiro se absteve sobre a exclusão de Cuba.",
    },
    talkingPoints: [
      {
        en: "Bolivia is here because the peace of the continent matters more than our quarrel with this Council.",
        es: "Bolivia está aquí porque la paz del continente importa más que nuestra disputa con este Consejo.",
        pt: "A Bolívia está aqui porque a paz do continente importa mais que nossa disputa com este Conselho.",
      },
      {
        en: "Our constitution does not let us approve the joint use of armed force.",
        es: "Nuestra constitución no nos permite aprobar el uso conjunto de la fuerza armada.",
        pt: "Nossa constituição não nos permite aprovar o uso conjunto da força armada.",
      },
      {
        en: "Supporting a quarantine is not supporting an attack on Cuba, and the record must say so.",
        es: "Apoyar una cuarentena no es apoyar un ataque contra Cuba, y el acta debe decirlo.",
        pt: "Apoiar uma quarentena não é apoiar um ataque a Cuba, e a ata deve dizê-lo.",
      },
      {
        en: "The same Council that acts so quickly today declined to take up the Lauca in May.",
        es: "El mismo Consejo que hoy actúa tan deprisa se negó en mayo a tratar el Lauca.",
        pt: "O mesmo Conselho que hoje age tão depressa recusou-se em maio a tratar do Lauca.",
      },
    ],
    sources: [`${FACTS} §1`, `${FACTS} §3`, MEXICAN_TELEGRAM, KELLER],
  },
  {
    delegation: "BRA",
    chamber: "oas",
    brief: {
      en: "Brazil keeps relations with Cuba and fears the precedent of armed intervention. It will back stopping more weapons from arriving, but not force against the missiles already there.",
      es: "Brasil mantiene relaciones con Cuba y teme el precedente de una intervención armada. Apoyará impedir que lleguen más armas, pero no la fuerza contra los misiles que ya están allí.",
      pt: "O Brasil mantém relações com Cuba e teme o precedente de uma intervenção armada. Apoiará impedir que cheguem mais armas, mas não a força contra os mísseis que já estão lá.",
    },
    talkingPoints: [
      {
        en: "Brazil supports convoking the Organ of Consultation.",
        es: "Brasil apoya la convocatoria del Órgano de Consulta.",
        pt: "O Brasil apoia a convocação do Órgão de Consulta.",
      },
      {
        en: "Stopping further weapons from reaching the island is one question; using force against what is already there is another.",
        es: "Impedir que lleguen más armas a la isla es una cuestión; usar la fuerza contra lo que ya está allí es otra.",
        pt: "Impedir que mais armas cheguem à ilha é uma questão; usar a força contra o que já está lá é outra.",
      },
      {
        en: "Let the Council vote the resolution in parts, so each government can answer each question honestly.",
        es: "Que el Consejo vote la resolución por partes, para que cada gobierno responda con honestidad a cada cuestión.",
        pt: "Que o Conselho vote a resolução por partes, para que cada governo responda com honestidade a cada questão.",
      },
      {
        en: "Before anyone speaks of force, United Nations observers should verify the charges.",
        es: "Antes de hablar de fuerza, observadores de las Naciones Unidas deberían verificar las acusaciones.",
        pt: "Antes de se falar em força, observadores das Nações Unidas deveriam verificar as acusações.",
      },
    ],
    sources: [`${FACTS} §3`, `${FACTS} §8`, MEXICAN_TELEGRAM],
  },
  {
    delegation: "CHL",
    chamber: "oas",
    brief: {
      en: "Chile is at odds with Bolivia over the Lauca River and abstained on excluding Cuba in January. It will vote for the US draft, but its constitution stands against authorising joint armed force.",
      es: "Chile está enfrentado con Bolivia por el río Lauca y en enero se abstuvo sobre la exclusión de Cuba. Votará el proyecto de los Estados Unidos, pero su constitución se opone a autorizar la fuerza armada conjunta.",
      pt: "O Chile está em conflito com a Bolívia pelo rio Lauca e em janeiro se absteve sobre a exclusão de Cuba. Votará o projeto dos Estados Unidos, mas sua constituição se opõe a autorizar a força armada conjunta.",
    },
    talkingPoints: [
      {
        en: "Chile will vote for the draft before this Council.",
        es: "Chile votará a favor del proyecto que tiene ante sí este Consejo.",
        pt: "O Chile votará a favor do projeto que está diante deste Conselho.",
      },
      {
        en: "Each state must remain the judge of the force it uses: that is the treaty's own rule.",
        es: "Cada Estado debe seguir siendo juez de la fuerza que emplea: es la regla del propio tratado.",
        pt: "Cada Estado deve continuar juiz da força que emprega: é a regra do próprio tratado.",
      },
      {
        en: "The Lauca is a matter for peaceful settlement, not for this emergency.",
        es: "El Lauca es asunto de solución pacífica, no de esta emergencia.",
        pt: "O Lauca é assunto de solução pacífica, não desta emergência.",
      },
      {
        en: "A united hemisphere is the best guarantee that no one acts alone.",
        es: "Un hemisferio unido es la mejor garantía de que nadie actúe por su cuenta.",
        pt: "Um hemisfério unido é a melhor garantia de que ninguém aja sozinho.",
      },
    ],
    sources: [
      "https://wilson-center-digital-archive.dvincitest.com/document/memorandum-conversation-between-mexican-foreign-ministry-official-and-chilean-diplomat",
      KELLER,
      PUNTA,
    ],
  },
  {
    delegation: "COL",
    chamber: "oas",
    brief: {
      en: "Colombia's representative presides over the Council. On the question itself Colombia says little: one sentence of approval.",
      es: "El representante de Colombia preside el Consejo. Sobre la cuestión misma, Colombia dice poco: una frase de aprobación.",
      pt: "O representante da Colômbia preside o Conselho. Sobre a questão em si, a Colômbia diz pouco: uma frase de aprovação.",
    },
    talkingPoints: [
      {
        en: "The chair will give every delegation its turn and keep to the treaty's procedure.",
        es: "La presidencia dará a cada delegación su turno y se atendrá al procedimiento del tratado.",
        pt: "A presidência dará a cada delegação a sua vez e seguirá o procedimento do tratado.",
      },
      {
        en: "Colombia approves the convocation of the Organ of Consultation.",
        es: "Colombia aprueba la convocatoria del Órgano de Consulta.",
        pt: "A Colômbia aprova a convocação do Órgão de Consulta.",
      },
      {
        en: "The Council should decide today: events will not wait for us.",
        es: "El Consejo debe decidir hoy: los acontecimientos no nos esperarán.",
        pt: "O Conselho deve decidir hoje: os acontecimentos não vão esperar por nós.",
      },
      {
        en: "What this Council decides goes to the United Nations, so let it be clear and lawful.",
        es: "Lo que decida este Consejo irá a las Naciones Unidas; que sea claro y conforme a derecho.",
        pt: "O que este Conselho decidir irá às Nações Unidas; que seja claro e conforme o direito.",
      },
    ],
    sources: [KELLER, `${FACTS} §8`],
  },
  {
    delegation: "CRI",
    chamber: "oas",
    brief: {
      en: "Costa Rica wants the Council to speak with one voice, and then to take up the larger problem of Cuba.",
      es: "Costa Rica quiere que el Consejo hable con una sola voz y que después aborde el problema más amplio de Cuba.",
      pt: "A Costa Rica quer que o Conselho fale a uma só voz e depois trate do problema mais amplo de Cuba.",
    },
    talkingPoints: [
      {
        en: "Costa Rica hopes this Council will vote as one.",
        es: "Costa Rica espera que este Consejo vote unido.",
        pt: "A Costa Rica espera que este Conselho vote unido.",
      },
      {
        en: "The missiles are the emergency; they are not the whole problem.",
        es: "Los misiles son la emergencia; no son todo el problema.",
        pt: "Os mísseis são a emergência; não são todo o problema.",
      },
      {
        en: "Once this is decided, the Council must return to the wider threat to the hemisphere.",
        es: "Una vez decidido esto, el Consejo debe volver a la amenaza más amplia contra el hemisferio.",
        pt: "Decidido isto, o Conselho deve voltar à ameaça mais ampla contra o hemisfério.",
      },
      {
        en: "A small country's safety lies in the law of the many.",
        es: "La seguridad de un país pequeño está en la ley de muchos.",
        pt: "A segurança de um país pequeno está na lei de muitos.",
      },
    ],
    sources: [KELLER],
  },
  {
    delegation: "CUB",
    chamber: "oas",
    brief: {
      en: "Cuba is still a member of the OAS, but the Punta del Este meeting of January 1962 excluded its government from participation. Its chair stays empty; its voice is heard at the United Nations.",
      es: "Cuba sigue siendo miembro de la OEA, pero la reunión de Punta del Este de enero de 1962 excluyó a su gobierno de la participación. Su asiento queda vacío; su voz se oye en las Naciones Unidas.",
      pt: "Cuba continua membro da OEA, mas a reunião de Punta del Este de janeiro de 1962 excluiu seu governo da participação. Sua cadeira fica vazia; sua voz é ouvida nas Nações Unidas.",
    },
    talkingPoints: [
      {
        en: "A body that excluded us decides about us without hearing us.",
        es: "Un órgano que nos excluyó decide sobre nosotros sin escucharnos.",
        pt: "Um órgão que nos excluiu decide sobre nós sem nos ouvir.",
      },
      {
        en: "Cuba's forum is the United Nations, where every member may speak.",
        es: "El foro de Cuba son las Naciones Unidas, donde todo miembro puede hablar.",
        pt: "O foro de Cuba são as Nações Unidas, onde todo membro pode falar.",
      },
      {
        en: "A blockade in time of peace is an act of war.",
        es: "Un bloqueo en tiempo de paz es un acto de guerra.",
        pt: "Um bloqueio em tempo de paz é um ato de guerra.",
      },
      {
        en: "If Cuba had guarantees against invasion, it would not need these weapons.",
        es: "Si Cuba tuviera garantías contra una invasión, no necesitaría estas armas.",
        pt: "Se Cuba tivesse garantias contra uma invasão, não precisaria dessas armas.",
      },
    ],
    sources: ["http://avalon.law.yale.edu/20th_century/intam17.asp", `${FACTS} §8`],
  },
  {
    delegation: "DOM",
    chamber: "oas",
    brief: {
      en: "The Dominican Republic stands with the United States and is ready to contribute ships to the quarantine.",
      es: "La República Dominicana está con los Estados Unidos y dispuesta a aportar barcos a la cuarentena.",
      pt: "A República Dominicana está com os Estados Unidos e pronta a contribuir com navios para a quarentena.",
    },
    talkingPoints: [
      {
        en: "The Caribbean is our home: weapons aimed from it threaten us first.",
        es: "El Caribe es nuestra casa: las armas que apuntan desde él nos amenazan primero.",
        pt: "O Caribe é a nossa casa: as armas apontadas a partir dele ameaçam primeiro a nós.",
      },
      {
        en: "We will not only vote; we will help enforce what we vote.",
        es: "No solo votaremos: ayudaremos a cumplir lo que votemos.",
        pt: "Não vamos só votar: vamos ajudar a cumprir o que votarmos.",
      },
      {
        en: "The Organ of Consultation must be convoked today.",
        es: "El Órgano de Consulta debe convocarse hoy.",
        pt: "O Órgão de Consulta deve ser convocado hoje.",
      },
      {
        en: "Solidarity means sharing the burden, not only the words.",
        es: "Solidaridad es compartir la carga, no solo las palabras.",
        pt: "Solidariedade é dividir o peso, não só as palavras.",
      },
    ],
    sources: [
      KELLER,
      "https://digitalarchive.wilsoncenter.org/document/letter-mexican-ambassador-organization-american-states-oas-washington-mexican-foreign",
    ],
  },
  {
    delegation: "ECU",
    chamber: "oas",
    brief: {
      en: "Ecuador abstained on excluding Cuba in January 1962. The sources say nothing more of its part on 23 October than its vote for the whole.",
      es: "Ecuador se abstuvo sobre la exclusión de Cuba en enero de 1962. Las fuentes no dicen de su papel el 23 de octubre más que su voto a favor del conjunto.",
      pt: "O Equador se absteve sobre a exclusão de Cuba em janeiro de 1962. As fontes não dizem nada de seu papel em 23 de outubro além de seu voto a favor do conjunto.",
    },
    talkingPoints: [
      {
        en: "Ecuador voted with caution in January; today the danger is of another order.",
        es: "Ecuador votó con cautela en enero; hoy el peligro es de otro orden.",
        pt: "O Equador votou com cautela em janeiro; hoje o perigo é de outra ordem.",
      },
      {
        en: "The treaty's procedure protects every state, large or small: let us follow it.",
        es: "El procedimiento del tratado protege a todos los Estados, grandes o pequeños: sigámoslo.",
        pt: "O procedimento do tratado protege todos os Estados, grandes ou pequenos: vamos segui-lo.",
      },
      {
        en: "Missiles in the Caribbean concern the whole continent.",
        es: "Los misiles en el Caribe conciernen a todo el continente.",
        pt: "Mísseis no Caribe dizem respeito a todo o continente.",
      },
      {
        en: "We support measures that stop the danger without widening the war.",
        es: "Apoyamos medidas que detengan el peligro sin ampliar la guerra.",
        pt: "Apoiamos medidas que detenham o perigo sem alargar a guerra.",
      },
    ],
    sources: [PUNTA, "https://books.google.to/books?id=CE0GAAAAMAAJ&pg=PA54"],
  },
  {
    delegation: "SLV",
    chamber: "oas",
    brief: {
      en: "El Salvador takes a hard line: the danger does not end with the missiles, and Cuba's other activities in the region must be dealt with too.",
      es: "El Salvador adopta una línea dura: el peligro no termina con los misiles, y también hay que ocuparse de las demás actividades de Cuba en la región.",
      pt: "El Salvador adota uma linha dura: o perigo não acaba com os mísseis, e é preciso tratar também das outras atividades de Cuba na região.",
    },
    talkingPoints: [
      {
        en: "Removing the missiles is necessary, and it is not enough.",
        es: "Retirar los misiles es necesario, y no basta.",
        pt: "Retirar os mísseis é necessário, e não basta.",
      },
      {
        en: "Cuba's efforts to unsettle its neighbours are part of the same threat.",
        es: "Los esfuerzos de Cuba por desestabilizar a sus vecinos son parte de la misma amenaza.",
        pt: "Os esforços de Cuba para desestabilizar seus vizinhos fazem parte da mesma ameaça.",
      },
      {
        en: "The quarantine is the least this Council can approve.",
        es: "La cuarentena es lo mínimo que este Consejo puede aprobar.",
        pt: "A quarentena é o mínimo que este Conselho pode aprovar.",
      },
      {
        en: "Firmness now prevents worse later.",
        es: "La firmeza de hoy evita algo peor mañana.",
        pt: "Firmeza agora evita o pior depois.",
      },
    ],
    sources: [KELLER],
  },
  {
    delegation: "GTM",
    chamber: "oas",
    brief: {
      en: "Guatemala is among the hawks. In August it had wanted a meeting of foreign ministers over the Soviet build-up; today it calls Cuba a Soviet satellite and beachhead.",
      es: "Guatemala está entre los duros. En agosto había pedido una reunión de cancilleres por el despliegue soviético; hoy llama a Cuba satélite y cabeza de puente soviética.",
      pt: "A Guatemala está entre os duros. Em agosto quis uma reunião de chanceleres sobre o reforço militar soviético; hoje chama Cuba de satélite e cabeça de ponte soviética.",
    },
    talkingPoints: [
      {
        en: "The time for careful words is over: Cuba has become a Soviet beachhead.",
        es: "Se acabó el tiempo de las palabras prudentes: Cuba se ha convertido en una cabeza de puente soviética.",
        pt: "Acabou o tempo das palavras cautelosas: Cuba se tornou uma cabeça de ponte soviética.",
      },
      {
        en: "Guatemala warned of this build-up weeks ago.",
        es: "Guatemala advirtió de este despliegue hace semanas.",
        pt: "A Guatemala alertou para esse reforço semanas atrás.",
      },
      {
        en: "Convoke the Organ of Consultation now, and give it the means to act.",
        es: "Convóquese ya el Órgano de Consulta y dénsele los medios para actuar.",
        pt: "Convoque-se já o Órgão de Consulta, e deem-lhe os meios de agir.",
      },
      {
        en: "Clear definitions, not diplomatic ones, are what this moment needs.",
        es: "Este momento necesita definiciones claras, no diplomáticas.",
        pt: "Este momento pede definições claras, não diplomáticas.",
      },
    ],
    sources: [
      KELLER,
      "https://wilson-center-digital-archive.dvincitest.com/document/telegram-mexican-ambassador-organization-american-states-oas-washington",
    ],
  },
  {
    delegation: "HTI",
    chamber: "oas",
    brief: {
      en: "Haiti sent the Secretary-General of the UN its own letter with the resolution. Before the crisis the CIA expected it to join at most an informal meeting.",
      es: "Haití envió al Secretario General de la ONU su propia carta con la resolución. Antes de la crisis, la CIA esperaba que se sumara como mucho a una reunión informal.",
      pt: "O Haiti enviou ao Secretário-Geral da ONU sua própria carta com a resolução. Antes da crise, a CIA esperava que aderisse no máximo a uma reunião informal.",
    },
    talkingPoints: [
      {
        en: "Haiti is a neighbour of Cuba and feels the danger closely.",
        es: "Haití es vecino de Cuba y siente el peligro de cerca.",
        pt: "O Haiti é vizinho de Cuba e sente o perigo de perto.",
      },
      {
        en: "The hemisphere must act through its own institutions.",
        es: "El hemisferio debe actuar a través de sus propias instituciones.",
        pt: "O hemisfério deve agir por meio de suas próprias instituições.",
      },
      {
        en: "Haiti will vote for the resolution.",
        es: "Haití votará a favor de la resolución.",
        pt: "O Haiti votará a favor da resolução.",
      },
      {
        en: "The United Nations must hear what the Americas decided together.",
        es: "Las Naciones Unidas deben oír lo que las Américas decidieron juntas.",
        pt: "As Nações Unidas devem ouvir o que as Américas decidiram juntas.",
      },
    ],
    sources: [KELLER],
  },
  {
    delegation: "HND",
    chamber: "oas",
    brief: {
      en: "Honduras votes with the majority and sends the UN Secretary-General its own letter with the resolution.",
      es: "Honduras vota con la mayoría y envía al Secretario General de la ONU su propia carta con la resolución.",
      pt: "Honduras vota com a maioria e envia ao Secretário-Geral da ONU sua própria carta com a resolução.",
    },
    talkingPoints: [
      {
        en: "Honduras supports the convocation of the Organ of Consultation.",
        es: "Honduras apoya la convocatoria del Órgano de Consulta.",
        pt: "Honduras apoia a convocação do Órgão de Consulta.",
      },
      {
        en: "A threat to one of us is a threat to all: that is the treaty.",
        es: "Una amenaza contra uno de nosotros es una amenaza contra todos: eso es el tratado.",
        pt: "Uma ameaça a um de nós é uma ameaça a todos: isso é o tratado.",
      },
      {
        en: "We favour measures that remove the danger quickly.",
        es: "Preferimos medidas que eliminen el peligro pronto.",
        pt: "Preferimos medidas que afastem o perigo depressa.",
      },
      {
        en: "Let the United Nations know that the hemisphere is united.",
        es: "Que las Naciones Unidas sepan que el hemisferio está unido.",
        pt: "Que as Nações Unidas saibam que o hemisfério está unido.",
      },
    ],
    sources: [KELLER],
  },
  {
    delegation: "MEX",
    chamber: "oas",
    brief: {
      en: "Mexico has sometimes voted against hemispheric action and abstained on excluding Cuba, but it has instructions to approve the convocation: this time a state's integrity is affected, as Article 6 requires.",
      es: "México a veces ha votado contra la acción hemisférica y se abstuvo sobre la exclusión de Cuba, pero tiene instrucciones de aprobar la convocatoria: esta vez está afectada la integridad de un Estado, como exige el artículo 6.",
      pt: "O México às vezes votou contra a ação hemisférica e se absteve sobre a exclusão de Cuba, mas tem instruções de aprovar a convocação: desta vez a integridade de um Estado está afetada, como exige o artigo 6.",
    },
    talkingPoints: [
      {
        en: "Mexico's position has not changed; the facts have: Article 6 now applies.",
        es: "La posición de México no ha cambiado; los hechos sí: ahora se aplica el artículo 6.",
        pt: "A posição do México não mudou; os fatos mudaram: agora se aplica o artigo 6.",
      },
      {
        en: "Our constitution does not let us approve the joint use of armed force.",
        es: "Nuestra constitución no nos permite aprobar el uso conjunto de la fuerza armada.",
        pt: "Nossa constituição não nos permite aprovar o uso conjunto da força armada.",
      },
      {
        en: "Each state must decide its own measures, as Article 20 of the treaty provides.",
        es: "Cada Estado debe decidir sus propias medidas, como dispone el artículo 20 del tratado.",
        pt: "Cada Estado deve decidir suas próprias medidas, como dispõe o artigo 20 do tratado.",
      },
      {
        en: "Our vote for the whole must not be read as approval of an attack on Cuba.",
        es: "Nuestro voto por el conjunto no debe leerse como aprobación de un ataque contra Cuba.",
        pt: "Nosso voto pelo conjunto não deve ser lido como aprovação de um ataque a Cuba.",
      },
    ],
    sources: [
      MEXICAN_TELEGRAM,
      "https://wilson-center-digital-archive.dvincitest.com/document/telegram-mexican-ambassador-organization-american-states-oas-washington",
      KELLER,
    ],
  },
  {
    delegation: "NIC",
    chamber: "oas",
    brief: {
      en: "Nicaragua is among the hawks: a quarantine is not enough against the wider communist threat.",
      es: "Nicaragua está entre los duros: una cuarentena no basta contra la amenaza comunista más amplia.",
      pt: "A Nicarágua está entre os duros: uma quarentena não basta contra a ameaça comunista mais ampla.",
    },
    talkingPoints: [
      {
        en: "A quarantine treats the symptom, not the disease.",
        es: "Una cuarentena trata el síntoma, no la enfermedad.",
        pt: "Uma quarentena trata o sintoma, não a doença.",
      },
      {
        en: "The communist threat in our region goes beyond these missiles.",
        es: "La amenaza comunista en nuestra región va más allá de estos misiles.",
        pt: "A ameaça comunista em nossa região vai além destes mísseis.",
      },
      {
        en: "Nicaragua will support every measure the resolution allows.",
        es: "Nicaragua apoyará todas las medidas que permita la resolución.",
        pt: "A Nicarágua apoiará todas as medidas que a resolução permitir.",
      },
      {
        en: "Hesitation now will be paid for later.",
        es: "La vacilación de hoy se pagará mañana.",
        pt: "A hesitação de agora será paga depois.",
      },
    ],
    sources: [KELLER],
  },
  {
    delegation: "PAN",
    chamber: "oas",
    brief: {
      en: "Panama votes with the majority and sends the UN Secretary-General its own letter with the resolution.",
      es: "Panamá vota con la mayoría y envía al Secretario General de la ONU su propia carta con la resolución.",
      pt: "O Panamá vota com a maioria e envia ao Secretário-Geral da ONU sua própria carta com a resolução.",
    },
    talkingPoints: [
      {
        en: "The security of the canal and of the Caribbean is at stake.",
        es: "Está en juego la seguridad del canal y del Caribe.",
        pt: "Está em jogo a segurança do canal e do Caribe.",
      },
      {
        en: "Panama supports convoking the Organ of Consultation.",
        es: "Panamá apoya la convocatoria del Órgano de Consulta.",
        pt: "O Panamá apoia a convocação do Órgão de Consulta.",
      },
      {
        en: "Collective measures are better than any one state acting alone.",
        es: "Las medidas colectivas son mejores que la acción aislada de un solo Estado.",
        pt: "Medidas coletivas são melhores que um Estado agindo sozinho.",
      },
      {
        en: "We will vote for the resolution.",
        es: "Votaremos a favor de la resolución.",
        pt: "Votaremos a favor da resolução.",
      },
    ],
    sources: [KELLER],
  },
  {
    delegation: "PRY",
    chamber: "oas",
    brief: {
      en: "The sources record nothing of Paraguay's part on 23 October beyond its vote for the resolution as a whole.",
      es: "Las fuentes no registran nada del papel de Paraguay el 23 de octubre más allá de su voto a favor de la resolución en su conjunto.",
      pt: "As fontes nada registram do papel do Paraguai em 23 de outubro além de seu voto a favor da resolução como um todo.",
    },
    talkingPoints: [
      {
        en: "Paraguay stands by the Rio Treaty and its procedures.",
        es: "Paraguay se atiene al Tratado de Río y a sus procedimientos.",
        pt: "O Paraguai se mantém fiel ao Tratado do Rio e a seus procedimentos.",
      },
      {
        en: "A danger from outside the hemisphere calls for a common answer.",
        es: "Un peligro venido de fuera del hemisferio exige una respuesta común.",
        pt: "Um perigo vindo de fora do hemisfério pede uma resposta comum.",
      },
      {
        en: "We support the convocation of the Organ of Consultation.",
        es: "Apoyamos la convocatoria del Órgano de Consulta.",
        pt: "Apoiamos a convocação do Órgão de Consulta.",
      },
      {
        en: "Paraguay will vote for the resolution.",
        es: "Paraguay votará a favor de la resolución.",
        pt: "O Paraguai votará a favor da resolução.",
      },
    ],
    sources: ["https://www.cfr.org/blog/twe-remembers-oas-endorses-quarantine-cuba-cuban-missile-crisis-day-eight"],
  },
  {
    delegation: "PER",
    chamber: "oas",
    brief: {
      en: "Peru recalls the history of security cooperation in the Americas; it had already charged Cuba with intervention.",
      es: "Perú recuerda la historia de la cooperación en seguridad en las Américas; ya había acusado a Cuba de intervención.",
      pt: "O Peru lembra a história da cooperação em segurança nas Américas; já tinha acusado Cuba de intervenção.",
    },
    talkingPoints: [
      {
        en: "The inter-American system was built for collective defence, and it has served before.",
        es: "El sistema interamericano se construyó para la defensa colectiva, y ya ha servido antes.",
        pt: "O sistema interamericano foi construído para a defesa coletiva, e já serviu antes.",
      },
      {
        en: "Peru warned of Cuban intervention long before these missiles.",
        es: "Perú advirtió de la intervención cubana mucho antes de estos misiles.",
        pt: "O Peru alertou para a intervenção cubana muito antes destes mísseis.",
      },
      {
        en: "The Council must act with the full authority the treaty gives it.",
        es: "El Consejo debe actuar con toda la autoridad que le da el tratado.",
        pt: "O Conselho deve agir com toda a autoridade que o tratado lhe dá.",
      },
      {
        en: "Peru will vote for every part of the resolution.",
        es: "Perú votará a favor de cada parte de la resolución.",
        pt: "O Peru votará a favor de cada parte da resolução.",
      },
    ],
    sources: [KELLER],
  },
  {
    delegation: "USA",
    chamber: "oas",
    brief: {
      en: "The United States asks the Council to convoke the Organ of Consultation under Article 6 and to act as it at once, approving the quarantine and calling for the missiles' removal. Without two-thirds it will act alone, in self-defence.",
      es: "Los Estados Unidos piden al Consejo que convoque el Órgano de Consulta conforme al artículo 6 y que actúe como tal de inmediato, aprobando la cuarentena y pidiendo el retiro de los misiles. Sin dos tercios, actuarán solos, en legítima defensa.",
      pt: "Os Estados Unidos pedem ao Conselho que convoque o Órgão de Consulta nos termos do artigo 6 e que aja como tal de imediato, aprovando a quarentena e pedindo a retirada dos mísseis. Sem dois terços, agirão sozinhos, em legítima defesa.",
    },
    talkingPoints: [
      {
        en: "Offensive missiles are being installed in Cuba, and they threaten the peace of the whole hemisphere.",
        es: "Se están instalando misiles ofensivos en Cuba, y amenazan la paz de todo el hemisferio.",
        pt: "Mísseis ofensivos estão sendo instalados em Cuba, e ameaçam a paz de todo o hemisfério.",
      },
      {
        en: "We ask the Council to convoke the Organ of Consultation and to act as it today.",
        es: "Pedimos al Consejo que convoque el Órgano de Consulta y que actúe como tal hoy mismo.",
        pt: "Pedimos ao Conselho que convoque o Órgão de Consulta e que aja como tal hoje mesmo.",
      },
      {
        en: "A quarantine is the measured answer: it stops more weapons without an attack.",
        es: "Una cuarentena es la respuesta mesurada: detiene más armas sin un ataque.",
        pt: "Uma quarentena é a resposta comedida: detém mais armas sem um ataque.",
      },
      {
        en: "Acting together, the Americas give this measure a legal basis no single state can.",
        es: "Actuando juntas, las Américas dan a esta medida una base jurídica que ningún Estado solo puede darle.",
        pt: "Agindo juntas, as Américas dão a esta medida uma base jurídica que nenhum Estado sozinho pode dar.",
      },
    ],
    sources: ["http://avalon.law.yale.edu/20th_century/msc_cuba049.asp", KELLER],
  },
  {
    delegation: "URY",
    chamber: "oas",
    brief: {
      en: "Uruguay's substitute has no instructions from Montevideo. In January it had supplied the fourteenth vote to exclude Cuba's government.",
      es: "El suplente de Uruguay no tiene instrucciones de Montevideo. En enero había aportado el decimocuarto voto para excluir al gobierno de Cuba.",
      pt: "O substituto do Uruguai não tem instruções de Montevidéu. Em janeiro, o Uruguai tinha dado o décimo quarto voto para excluir o governo de Cuba.",
    },
    talkingPoints: [
      {
        en: "Uruguay's delegation awaits the instructions of its government.",
        es: "La delegación de Uruguay espera las instrucciones de su gobierno.",
        pt: "A delegação do Uruguai aguarda as instruções de seu governo.",
      },
      {
        en: "We share the Council's concern and will report it faithfully to Montevideo.",
        es: "Compartimos la preocupación del Consejo y la transmitiremos fielmente a Montevideo.",
        pt: "Partilhamos a preocupação do Conselho e a transmitiremos fielmente a Montevidéu.",
      },
      {
        en: "A delegation cannot commit its country beyond its instructions.",
        es: "Una delegación no puede comprometer a su país más allá de sus instrucciones.",
        pt: "Uma delegação não pode comprometer seu país além de suas instruções.",
      },
      {
        en: "Uruguay will state its final position as soon as it can.",
        es: "Uruguay dará a conocer su posición definitiva en cuanto pueda.",
        pt: "O Uruguai dará a conhecer sua posição final assim que puder.",
      },
    ],
    sources: [
      "https://www.cfr.org/blog/twe-remembers-oas-endorses-quarantine-cuba-cuban-missile-crisis-day-eight",
      PUNTA,
    ],
  },
  {
    delegation: "VEN",
    chamber: "oas",
    brief: {
      en: "Venezuela sends a substitute to the Council and votes for the resolution.",
      es: "Venezuela envía un suplente al Consejo y vota a favor de la resolución.",
      pt: "A Venezuela envia um substituto ao Conselho e vota a favor da resolução.",
    },
    talkingPoints: [
      {
        en: "Venezuela supports the convocation of the Organ of Consultation.",
        es: "Venezuela apoya la convocatoria del Órgano de Consulta.",
        pt: "A Venezuela apoia a convocação do Órgão de Consulta.",
      },
      {
        en: "Missiles in the Caribbean are a danger to every coast around it.",
        es: "Los misiles en el Caribe son un peligro para todas las costas que lo rodean.",
        pt: "Mísseis no Caribe são um perigo para todas as costas à sua volta.",
      },
      {
        en: "The answer must be collective and lawful.",
        es: "La respuesta debe ser colectiva y conforme a derecho.",
        pt: "A resposta deve ser coletiva e conforme o direito.",
      },
      {
        en: "Venezuela will vote for the resolution.",
        es: "Venezuela votará a favor de la resolución.",
        pt: "A Venezuela votará a favor da resolução.",
      },
    ],
    sources: [KELLER],
  },
  {
    delegation: "OAS-SG",
    chamber: "oas",
    brief: {
      en: "José A. Mora of Uruguay, Secretary General of the OAS since 1956, who once chaired the Council himself. He sends the Council's resolution to the UN Secretary-General, with the letters of individual governments.",
      es: "José A. Mora, de Uruguay, Secretario General de la OEA desde 1956, que en otro tiempo presidió él mismo el Consejo. Envía la resolución del Consejo al Secretario General de la ONU, con las cartas de cada gobierno.",
      pt: "José A. Mora, do Uruguai, Secretário-Geral da OEA desde 1956, que um dia presidiu ele mesmo o Conselho. Envia a resolução do Conselho ao Secretário-Geral da ONU, com as cartas de cada governo.",
    },
    talkingPoints: [
      {
        en: "The Secretariat will see that the Council's decision reaches the United Nations today.",
        es: "La Secretaría se ocupará de que la decisión del Consejo llegue hoy a las Naciones Unidas.",
        pt: "A Secretaria cuidará de que a decisão do Conselho chegue hoje às Nações Unidas.",
      },
      {
        en: "The inter-American system has its own procedures, and they have been followed.",
        es: "El sistema interamericano tiene sus propios procedimientos, y se han seguido.",
        pt: "O sistema interamericano tem seus próprios procedimentos, e eles foram seguidos.",
      },
      {
        en: "The Organ of Consultation remains in session: the member states will report to it.",
        es: "El Órgano de Consulta sigue reunido: los Estados miembros le informarán.",
        pt: "O Órgão de Consulta continua reunido: os Estados membros lhe prestarão contas.",
      },
      {
        en: "The regional body and the world body must work together, not against each other.",
        es: "El organismo regional y el organismo mundial deben trabajar juntos, no uno contra otro.",
        pt: "O organismo regional e o organismo mundial devem trabalhar juntos, não um contra o outro.",
      },
    ],
    sources: ["http://www.oas.org/children/SecGen/SecretGenEng/MoraEng.html", KELLER],
  },
];
