// The public side of the role cards for the Security Council, U Thant and the capitals, 23–28 October 1962.
// Facts come from shared/history/1962-facts.md §4–§6; the wording is ours. Where the sources do not say what
// a delegation argued, its card says so and its talking points take no side the record does not show.

const ZORIN_24 = "https://digitalarchive.wilsoncenter.org/document/110986";
const FRUS_59 = "https://history.state.gov/historicaldocuments/frus1961-63v11/d59";
const AVALON_49 = "http://avalon.law.yale.edu/20th_century/msc_cuba049.asp";
const KELLER =
  "https://www.cambridge.org/core/journals/journal-of-latin-american-studies/article/abs/responsibility-of-the-great-ones-how-the-organization-of-american-states-and-the-united-nations-helped-resolve-the-cuban-missile-crisis/E993BA179A44E09DE412FD60410A0389";

/** Talking points for a member whose arguments the sources do not record: procedure and peace, no side. */
const UNRECORDED_LINE = [
  {
    en: "The Council exists for exactly this: a threat to the peace between great powers.",
    es: "El Consejo existe precisamente para esto: una amenaza a la paz entre grandes potencias.",
    pt: "O Conselho existe exatamente para isto: uma ameaça à paz entre grandes potências.",
  },
  {
    en: "Every draft before us deserves to be heard in full before anyone asks for a vote.",
    es: "Cada proyecto que tenemos delante merece ser oído por completo antes de que nadie pida una votación.",
    pt: "Cada projeto diante de nós merece ser ouvido por inteiro antes que alguém peça uma votação.",
  },
  {
    en: "Time for negotiation is worth more today than any resolution.",
    es: "Hoy el tiempo para negociar vale más que cualquier resolución.",
    pt: "Hoje, tempo para negociar vale mais que qualquer resolução.",
  },
  {
    en: "The Acting Secretary-General should have the Council's support in whatever he can do.",
    es: "El Secretario General interino debe contar con el apoyo del Consejo en todo lo que pueda hacer.",
    pt: "O Secretário-Geral interino deve ter o apoio do Conselho em tudo o que puder fazer.",
  },
];

export const unscCardsPublic = [
  {
    delegation: "USA",
    chamber: "unsc",
    brief: {
      en: "Adlai Stevenson speaks first and tables the US draft: dismantle the missiles under UN observers, then lift the quarantine. He tells the Council of the OAS resolution, and on 25 October presses Zorin for an answer and shows the U-2 photographs.",
      es: "Adlai Stevenson habla primero y presenta el proyecto de los Estados Unidos: desmantelar los misiles bajo observadores de la ONU y después levantar la cuarentena. Informa al Consejo de la resolución de la OEA y, el 25 de octubre, exige una respuesta a Zorin y muestra las fotografías del U-2.",
      pt: "Adlai Stevenson fala primeiro e apresenta o projeto dos Estados Unidos: desmontar os mísseis sob observadores da ONU e depois suspender a quarentena. Informa o Conselho da resolução da OEA e, em 25 de outubro, cobra uma resposta de Zorin e mostra as fotografias do U-2.",
    },
    talkingPoints: [
      {
        en: "The Soviet Union has put offensive missiles in Cuba; the photographs are before you.",
        es: "La Unión Soviética ha instalado misiles ofensivos en Cuba; las fotografías están ante ustedes.",
        pt: "A União Soviética instalou mísseis ofensivos em Cuba; as fotografias estão diante dos senhores.",
      },
      {
        en: "The Organization of American States has acted: this is the hemisphere's answer, not ours alone.",
        es: "La Organización de los Estados Americanos ha actuado: esta es la respuesta del hemisferio, no solo la nuestra.",
        pt: "A Organização dos Estados Americanos agiu: esta é a resposta do hemisfério, não só a nossa.",
      },
      {
        en: "Let UN observers verify the dismantling, and the quarantine will end.",
        es: "Que observadores de la ONU verifiquen el desmantelamiento, y la cuarentena terminará.",
        pt: "Que observadores da ONU verifiquem a desmontagem, e a quarentena terminará.",
      },
      {
        en: "Does the Soviet Union deny that these missiles are there? Yes or no.",
        es: "¿Niega la Unión Soviética que esos misiles estén allí? Sí o no.",
        pt: "A União Soviética nega que esses mísseis estejam lá? Sim ou não.",
      },
    ],
    sources: [AVALON_49, "http://jfk50.blogspot.com/2012/10/stevenson-waits-for-answer-until-hell.html", KELLER],
  },
  {
    delegation: "USSR",
    chamber: "unsc",
    brief: {
      en: "Valerian Zorin presides over the Council in October while speaking for the Soviet Union. His draft condemns the US blockade as aggression and calls for talks between the United States, Cuba and the Soviet Union.",
      es: "Valerian Zorin preside el Consejo en octubre mientras habla en nombre de la Unión Soviética. Su proyecto condena el bloqueo estadounidense como agresión y pide negociaciones entre los Estados Unidos, Cuba y la Unión Soviética.",
      pt: "Valerian Zorin preside o Conselho em outubro enquanto fala pela União Soviética. Seu projeto condena o bloqueio americano como agressão e pede negociações entre os Estados Unidos, Cuba e a União Soviética.",
    },
    talkingPoints: [
      {
        en: "Stopping ships on the high seas in time of peace is aggression.",
        es: "Detener barcos en alta mar en tiempo de paz es una agresión.",
        pt: "Parar navios em alto-mar em tempo de paz é agressão.",
      },
      {
        en: "The Council must condemn the blockade, not reward it.",
        es: "El Consejo debe condenar el bloqueo, no premiarlo.",
        pt: "O Conselho deve condenar o bloqueio, não recompensá-lo.",
      },
      {
        en: "Let the United States, Cuba and the Soviet Union negotiate.",
        es: "Que negocien los Estados Unidos, Cuba y la Unión Soviética.",
        pt: "Que negociem os Estados Unidos, Cuba e a União Soviética.",
      },
      {
        en: "Cuba has the right to defend itself against the invasion it fears.",
        es: "Cuba tiene derecho a defenderse de la invasión que teme.",
        pt: "Cuba tem o direito de se defender da invasão que teme.",
      },
    ],
    sources: [
      "https://digitalarchive.wilsoncenter.org/document/111912",
      "https://wilson-center-digital-archive.dvincitest.com/node/88428",
    ],
  },
  {
    delegation: "GBR",
    chamber: "unsc",
    brief: {
      en: "Sir Patrick Dean speaks for the United Kingdom, a permanent member, on 24 October; the sources consulted do not give what he said.",
      es: "Sir Patrick Dean habla por el Reino Unido, miembro permanente, el 24 de octubre; las fuentes consultadas no recogen lo que dijo.",
      pt: "Sir Patrick Dean fala pelo Reino Unido, membro permanente, em 24 de outubro; as fontes consultadas não registram o que disse.",
    },
    talkingPoints: UNRECORDED_LINE,
    sources: [ZORIN_24],
  },
  {
    delegation: "FRA",
    chamber: "unsc",
    brief: {
      en: "Roger Seydoux speaks for France, a permanent member, on 24 October in support of the US draft.",
      es: "Roger Seydoux habla por Francia, miembro permanente, el 24 de octubre en apoyo del proyecto de los Estados Unidos.",
      pt: "Roger Seydoux fala pela França, membro permanente, em 24 de outubro, em apoio ao projeto dos Estados Unidos.",
    },
    talkingPoints: [
      {
        en: "France supports the draft tabled by the United States.",
        es: "Francia apoya el proyecto presentado por los Estados Unidos.",
        pt: "A França apoia o projeto apresentado pelos Estados Unidos.",
      },
      {
        en: "Weapons of this kind change the balance on which peace has rested.",
        es: "Armas de este tipo cambian el equilibrio sobre el que ha descansado la paz.",
        pt: "Armas deste tipo mudam o equilíbrio sobre o qual a paz tem repousado.",
      },
      {
        en: "Verification by the United Nations is the right path.",
        es: "La verificación por las Naciones Unidas es el camino correcto.",
        pt: "A verificação pelas Nações Unidas é o caminho certo.",
      },
      {
        en: "The Council should not condemn a measure taken to remove a threat.",
        es: "El Consejo no debe condenar una medida tomada para eliminar una amenaza.",
        pt: "O Conselho não deve condenar uma medida tomada para afastar uma ameaça.",
      },
    ],
    sources: [ZORIN_24],
  },
  {
    delegation: "ROC",
    chamber: "unsc",
    brief: {
      en: "The Republic of China holds a permanent seat; who spoke for it in October is unresolved, and the sources consulted do not give what it said.",
      es: "La República de China ocupa un asiento permanente; quién habló por ella en octubre no está resuelto, y las fuentes consultadas no recogen lo que dijo.",
      pt: "A República da China ocupa uma cadeira permanente; quem falou por ela em outubro não está esclarecido, e as fontes consultadas não registram o que disse.",
    },
    talkingPoints: UNRECORDED_LINE,
    sources: [ZORIN_24],
  },
  {
    delegation: "CHL",
    chamber: "unsc",
    brief: {
      en: "Chile speaks on 24 October. Its diplomats say it will vote for the US draft, in the OAS and here.",
      es: "Chile habla el 24 de octubre. Sus diplomáticos dicen que votará el proyecto de los Estados Unidos, en la OEA y aquí.",
      pt: "O Chile fala em 24 de outubro. Seus diplomatas dizem que votará o projeto dos Estados Unidos, na OEA e aqui.",
    },
    talkingPoints: [
      {
        en: "Chile stands with the decision the American states took yesterday.",
        es: "Chile respalda la decisión que los Estados americanos tomaron ayer.",
        pt: "O Chile apoia a decisão que os Estados americanos tomaram ontem.",
      },
      {
        en: "Chile will vote for the draft of the United States.",
        es: "Chile votará a favor del proyecto de los Estados Unidos.",
        pt: "O Chile votará a favor do projeto dos Estados Unidos.",
      },
      {
        en: "Observers of the United Nations can settle the facts.",
        es: "Observadores de las Naciones Unidas pueden establecer los hechos.",
        pt: "Observadores das Nações Unidas podem apurar os fatos.",
      },
      {
        en: "The peace of our continent is at stake in this room.",
        es: "En esta sala está en juego la paz de nuestro continente.",
        pt: "A paz do nosso continente está em jogo nesta sala.",
      },
    ],
    sources: [
      ZORIN_24,
      "https://wilson-center-digital-archive.dvincitest.com/document/memorandum-conversation-between-mexican-foreign-ministry-official-and-chilean-diplomat",
    ],
  },
  {
    delegation: "GHA",
    chamber: "unsc",
    brief: {
      en: "Alex Quaison-Sackey speaks for Ghana on 24 October. Whether Ghana co-sponsored the neutral draft of restraint and talks is unverified.",
      es: "Alex Quaison-Sackey habla por Ghana el 24 de octubre. No está verificado que Ghana copatrocinara el proyecto neutral de moderación y negociación.",
      pt: "Alex Quaison-Sackey fala por Gana em 24 de outubro. Não está verificado se Gana copatrocinou o projeto neutro de moderação e negociações.",
    },
    talkingPoints: UNRECORDED_LINE,
    sources: [ZORIN_24, "https://history.state.gov/historicaldocuments/frus1961-63v10-12mSupp/d384"],
  },
  {
    delegation: "IRL",
    chamber: "unsc",
    brief: {
      en: "Ireland speaks on 24 October; the sources consulted do not give what it said.",
      es: "Irlanda habla el 24 de octubre; las fuentes consultadas no recogen lo que dijo.",
      pt: "A Irlanda fala em 24 de outubro; as fontes consultadas não registram o que disse.",
    },
    talkingPoints: UNRECORDED_LINE,
    sources: [ZORIN_24],
  },
  {
    delegation: "ROU",
    chamber: "unsc",
    brief: {
      en: "Deputy Foreign Minister Mircea Maliţa speaks for Romania on 24 October and backs the Soviet draft.",
      es: "El viceministro de Relaciones Exteriores Mircea Maliţa habla por Rumania el 24 de octubre y respalda el proyecto soviético.",
      pt: "O vice-ministro das Relações Exteriores Mircea Maliţa fala pela Romênia em 24 de outubro e apoia o projeto soviético.",
    },
    talkingPoints: [
      {
        en: "Romania supports the draft of the Soviet Union.",
        es: "Rumania apoya el proyecto de la Unión Soviética.",
        pt: "A Romênia apoia o projeto da União Soviética.",
      },
      {
        en: "The blockade threatens every state's freedom of navigation.",
        es: "El bloqueo amenaza la libertad de navegación de todos los Estados.",
        pt: "O bloqueio ameaça a liberdade de navegação de todos os Estados.",
      },
      {
        en: "A small country like Cuba has the right to choose its own defence.",
        es: "Un país pequeño como Cuba tiene derecho a elegir su propia defensa.",
        pt: "Um país pequeno como Cuba tem o direito de escolher sua própria defesa.",
      },
      {
        en: "Negotiation, not force, must settle this.",
        es: "Esto debe resolverlo la negociación, no la fuerza.",
        pt: "Isto deve ser resolvido pela negociação, não pela força.",
      },
    ],
    sources: [ZORIN_24],
  },
  {
    delegation: "UAR",
    chamber: "unsc",
    brief: {
      en: "Mahmoud Riad speaks for the United Arab Republic, which circulates with Algeria a neutral draft: restraint on all sides, and talks.",
      es: "Mahmoud Riad habla por la República Árabe Unida, que hace circular con Argelia un proyecto neutral: moderación de todas las partes y negociaciones.",
      pt: "Mahmoud Riad fala pela República Árabe Unida, que faz circular com a Argélia um projeto neutro: moderação de todos os lados e negociações.",
    },
    talkingPoints: [
      {
        en: "Neither condemnation nor approval: restraint from everyone.",
        es: "Ni condena ni aprobación: moderación de todos.",
        pt: "Nem condenação nem aprovação: moderação de todos.",
      },
      {
        en: "The parties must talk, and the Council must help them do it.",
        es: "Las partes deben hablar, y el Consejo debe ayudarlas a hacerlo.",
        pt: "As partes precisam conversar, e o Conselho deve ajudá-las a fazê-lo.",
      },
      {
        en: "The non-aligned states ask the Acting Secretary-General to act.",
        es: "Los Estados no alineados piden al Secretario General interino que actúe.",
        pt: "Os Estados não alinhados pedem ao Secretário-Geral interino que aja.",
      },
      {
        en: "Time is the most useful thing this Council can give.",
        es: "El tiempo es lo más útil que este Consejo puede dar.",
        pt: "Tempo é o que de mais útil este Conselho pode dar.",
      },
    ],
    sources: [ZORIN_24, "https://history.state.gov/historicaldocuments/frus1961-63v10-12mSupp/d384"],
  },
  {
    delegation: "VEN",
    chamber: "unsc",
    brief: {
      en: "Venezuela, an OAS member that voted for yesterday's resolution, speaks on 24 October.",
      es: "Venezuela, miembro de la OEA que votó ayer a favor de la resolución, habla el 24 de octubre.",
      pt: "A Venezuela, membro da OEA que votou ontem a favor da resolução, fala em 24 de outubro.",
    },
    talkingPoints: [
      {
        en: "The American states have spoken together in the OAS; Venezuela was among them.",
        es: "Los Estados americanos han hablado juntos en la OEA; Venezuela estaba entre ellos.",
        pt: "Os Estados americanos falaram juntos na OEA; a Venezuela estava entre eles.",
      },
      {
        en: "Missiles in the Caribbean threaten every country around it.",
        es: "Los misiles en el Caribe amenazan a todos los países que lo rodean.",
        pt: "Mísseis no Caribe ameaçam todos os países à sua volta.",
      },
      {
        en: "Venezuela supports verification by the United Nations.",
        es: "Venezuela apoya la verificación por las Naciones Unidas.",
        pt: "A Venezuela apoia a verificação pelas Nações Unidas.",
      },
      {
        en: "A regional decision and the Council's work can go together.",
        es: "Una decisión regional y la labor del Consejo pueden ir de la mano.",
        pt: "Uma decisão regional e o trabalho do Conselho podem andar juntos.",
      },
    ],
    sources: [ZORIN_24],
  },
  {
    delegation: "CUB",
    chamber: "unsc",
    brief: {
      en: "Mario García-Incháustegui asked for this meeting on Cuba's behalf. Cuba is not a member: invited, it may speak but not vote. Excluded from the OAS, the UN is its only multilateral forum.",
      es: "Mario García-Incháustegui pidió esta sesión en nombre de Cuba. Cuba no es miembro: invitada, puede hablar pero no votar. Excluida de la OEA, la ONU es su único foro multilateral.",
      pt: "Mario García-Incháustegui pediu esta sessão em nome de Cuba. Cuba não é membro: convidada, pode falar mas não votar. Excluída da OEA, a ONU é seu único foro multilateral.",
    },
    talkingPoints: [
      {
        en: "The blockade is an act of war against a small country.",
        es: "El bloqueo es un acto de guerra contra un país pequeño.",
        pt: "O bloqueio é um ato de guerra contra um país pequeno.",
      },
      {
        en: "Cuba asked for this meeting because it was attacked, not because it attacked.",
        es: "Cuba pidió esta sesión porque fue atacada, no porque atacara.",
        pt: "Cuba pediu esta sessão porque foi atacada, não porque atacou.",
      },
      {
        en: "If the United States gave guarantees that it would not invade, Cuba would not need these weapons.",
        es: "Si los Estados Unidos dieran garantías de que no invadirán, Cuba no necesitaría estas armas.",
        pt: "Se os Estados Unidos dessem garantias de que não invadiriam, Cuba não precisaria destas armas.",
      },
      {
        en: "Here, unlike the OAS, Cuba is heard.",
        es: "Aquí, a diferencia de la OEA, a Cuba se la escucha.",
        pt: "Aqui, ao contrário da OEA, Cuba é ouvida.",
      },
    ],
    sources: ["https://wilson-center-digital-archive.dvincitest.com/node/88428", KELLER],
  },
  {
    delegation: "SG",
    chamber: "unsc",
    brief: {
      en: "U Thant, Acting Secretary-General, is asked by a large number of delegations to intervene. He doubts the legal basis of the OAS resolution's armed-force part, tells the Council the measures taken are extraordinary outside wartime, and writes to the leaders.",
      es: "A U Thant, Secretario General interino, un gran número de delegaciones le pide que intervenga. Duda de la base jurídica de la parte de la resolución de la OEA sobre la fuerza armada, dice al Consejo que las medidas tomadas son extraordinarias fuera de tiempos de guerra y escribe a los dirigentes.",
      pt: "A U Thant, Secretário-Geral interino, um grande número de delegações pede que intervenha. Ele duvida da base jurídica da parte da resolução da OEA sobre a força armada, diz ao Conselho que as medidas tomadas são extraordinárias fora de tempos de guerra e escreve aos líderes.",
    },
    talkingPoints: [
      {
        en: "I speak at the request of many members who fear for the peace of the world.",
        es: "Hablo a petición de muchos miembros que temen por la paz del mundo.",
        pt: "Falo a pedido de muitos membros que temem pela paz do mundo.",
      },
      {
        en: "Measures of this kind would be unusual in any time but war.",
        es: "Medidas de este tipo serían insólitas en cualquier época que no fuera de guerra.",
        pt: "Medidas deste tipo seriam incomuns em qualquer tempo que não o de guerra.",
      },
      {
        en: "I ask both sides to pause: shipments and the quarantine alike, for two or three weeks.",
        es: "Pido a ambas partes una pausa: en los envíos y en la cuarentena por igual, durante dos o tres semanas.",
        pt: "Peço às duas partes uma pausa: nos embarques e na quarentena igualmente, por duas ou três semanas.",
      },
      {
        en: "What is needed now is time, and a way for each side to step back.",
        es: "Lo que hace falta ahora es tiempo, y una manera de que cada parte dé un paso atrás.",
        pt: "O que é preciso agora é tempo, e um modo de cada lado dar um passo atrás.",
      },
    ],
    sources: ["https://docslib.org/doc/9242492/cuba-un-press-releases", FRUS_59, KELLER],
  },
  {
    delegation: "WAS",
    chamber: "crisis",
    brief: {
      en: "Kennedy announced the quarantine on 22 October. To U Thant's first appeal he answers that there is no suspension without safeguards; to the second, that US ships will avoid confrontation.",
      es: "Kennedy anunció la cuarentena el 22 de octubre. Al primer llamamiento de U Thant responde que no hay suspensión sin garantías; al segundo, que los barcos estadounidenses evitarán el enfrentamiento.",
      pt: "Kennedy anunciou a quarentena em 22 de outubro. Ao primeiro apelo de U Thant responde que não há suspensão sem garantias; ao segundo, que os navios americanos evitarão o confronto.",
    },
    talkingPoints: [
      {
        en: "The missiles must go; the quarantine stays until they do.",
        es: "Los misiles deben irse; la cuarentena sigue hasta que se vayan.",
        pt: "Os mísseis devem sair; a quarentena fica até que saiam.",
      },
      {
        en: "We welcome talks, but not a pause that leaves the weapons in place.",
        es: "Bienvenidas las negociaciones, pero no una pausa que deje las armas en su sitio.",
        pt: "Negociações são bem-vindas, mas não uma pausa que deixe as armas no lugar.",
      },
      {
        en: "Our ships will do everything possible to avoid a clash.",
        es: "Nuestros barcos harán todo lo posible por evitar un choque.",
        pt: "Nossos navios farão todo o possível para evitar um choque.",
      },
      {
        en: "Remove the missiles under UN supervision, and we will lift the quarantine and not invade.",
        es: "Retiren los misiles bajo supervisión de la ONU, y levantaremos la cuarentena y no invadiremos.",
        pt: "Retirem os mísseis sob supervisão da ONU, e suspenderemos a quarentena e não invadiremos.",
      },
    ],
    sources: [FRUS_59, "https://www.cia.gov/readingroom/print/20739"],
  },
  {
    delegation: "MOS",
    chamber: "crisis",
    brief: {
      en: "Khrushchev calls the quarantine a threat to peace and the blockade aggression, but accepts U Thant's first appeal, and keeps his ships away from the line for a time.",
      es: "Jruschov llama a la cuarentena una amenaza a la paz y al bloqueo una agresión, pero acepta el primer llamamiento de U Thant y mantiene sus barcos lejos de la línea por un tiempo.",
      pt: "Khrushchov chama a quarentena de ameaça à paz e o bloqueio de agressão, mas aceita o primeiro apelo de U Thant e mantém seus navios longe da linha por um tempo.",
    },
    talkingPoints: [
      {
        en: "Stopping ships on the open sea is aggression.",
        es: "Detener barcos en mar abierto es una agresión.",
        pt: "Parar navios em mar aberto é agressão.",
      },
      {
        en: "We accept the Acting Secretary-General's proposal.",
        es: "Aceptamos la propuesta del Secretario General interino.",
        pt: "Aceitamos a proposta do Secretário-Geral interino.",
      },
      {
        en: "Our ships will keep out of the area for the time being.",
        es: "Nuestros barcos se mantendrán fuera de la zona por el momento.",
        pt: "Nossos navios ficarão fora da área por ora.",
      },
      {
        en: "A pledge not to invade Cuba would change everything.",
        es: "Un compromiso de no invadir Cuba lo cambiaría todo.",
        pt: "Um compromisso de não invadir Cuba mudaria tudo.",
      },
    ],
    sources: [
      FRUS_59,
      "https://www.marxists.org/archive/khrushchev/1962/10/23.htm",
      "https://www.cia.gov/readingroom/print/20739",
    ],
  },
  {
    delegation: "HAV",
    chamber: "crisis",
    brief: {
      en: "Castro answers U Thant's appeal to halt work on the sites: yes, if the threats stop and the blockade is lifted, and he invites U Thant to Havana.",
      es: "Castro responde al llamamiento de U Thant para detener las obras en las bases: sí, si cesan las amenazas y se levanta el bloqueo, e invita a U Thant a La Habana.",
      pt: "Castro responde ao apelo de U Thant para parar as obras nas bases: sim, se cessarem as ameaças e o bloqueio for suspenso, e convida U Thant a Havana.",
    },
    talkingPoints: [
      {
        en: "Cuba will not be inspected on its own soil like a defeated country.",
        es: "Cuba no será inspeccionada en su propio suelo como un país vencido.",
        pt: "Cuba não será inspecionada em seu próprio solo como um país vencido.",
      },
      {
        en: "Lift the blockade and stop the threats, and Cuba will do its part.",
        es: "Levanten el bloqueo y cesen las amenazas, y Cuba hará su parte.",
        pt: "Suspendam o bloqueio e parem as ameaças, e Cuba fará a sua parte.",
      },
      {
        en: "The Secretary-General is welcome in Havana.",
        es: "El Secretario General es bienvenido en La Habana.",
        pt: "O Secretário-Geral é bem-vindo em Havana.",
      },
      {
        en: "No settlement about Cuba can be made without Cuba.",
        es: "No puede haber arreglo sobre Cuba sin Cuba.",
        pt: "Nenhum acordo sobre Cuba pode ser feito sem Cuba.",
      },
    ],
    sources: ["http://walterdorn.org/pub/154"],
  },
];
