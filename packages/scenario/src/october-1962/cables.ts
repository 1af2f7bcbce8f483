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
      es: "El Secretario General de la OEA transmite la resolución del Consejo de hoy, con cartas de los gobiernos de Argentina, Colombia, Costa Rica, la República Dominicana, El Salvador, Guatemala, Haití, Honduras, Nicaragua y Panamá.",
      pt: "O Secretário-Geral da OEA transmite a resolução do Conselho de hoje, com cartas dos governos da Argentina, Colômbia, Costa Rica, República Dominicana, El Salvador, Guatemala, Haiti, Honduras, Nicarágua e Panamá.",
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
      es: "Delegaciones de unos 45 Estados neutrales, reunidas esta noche, piden al Secretario General interino que intervenga antes de que sea demasiado tarde.",
      pt: "Delegações de cerca de 45 Estados neutros, reunidas esta noite, pedem ao Secretário-Geral interino que intervenha antes que seja tarde demais.",
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
      es: "Un editorial boliviano, «La responsabilidad de los grandes», no mira a Washington ni a Moscú sino a las Naciones Unidas y a la OEA para mantener la paz.",
      pt: "Um editorial boliviano, «A responsabilidade dos grandes», não olha para Washington nem para Moscou, mas para as Nações Unidas e a OEA para manter a paz.",
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
      es: "Descargamos barcos todos los días y seguiremos descargándolos. Ninguna armada decide qué entra en el puerto de un país libre.",
      pt: "Descarregamos navios todos os dias e vamos continuar descarregando. Nenhuma marinha decide o que entra no porto de um país livre.",
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
      es: "Los trabajadores de nuestro sindicato están preparados. Pedimos a las Naciones Unidas que condenen el bloqueo, no que lo disculpen.",
      pt: "Os trabalhadores do nosso sindicato estão prontos. Pedimos às Nações Unidas que condenem o bloqueio, não que o desculpem.",
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
    text: {
      en: "You are the one place where Cuba still has a voice. Use it: tell the world that we will not kneel.",
      es: "Ustedes son el único lugar donde Cuba todavía tiene voz. Úsenla: digan al mundo que no nos arrodillaremos.",
      pt: "Vocês são o único lugar onde Cuba ainda tem voz. Usem-na: digam ao mundo que não vamos nos ajoelhar.",
    },
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
    text: {
      en: "They stop ships on the sea around us and call it a quarantine. Who is sick here?",
      es: "Detienen barcos en el mar que nos rodea y lo llaman cuarentena. ¿Quién está enfermo aquí?",
      pt: "Param navios no mar à nossa volta e chamam isso de quarentena. Quem está doente aqui?",
    },
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
      es: "Nuestro pueblo se reunió anoche, todas las familias. Enviamos un solo mensaje: Cuba se defenderá, y solo pide que la dejen en paz.",
      pt: "Nossa cidade se reuniu ontem à noite, todas as famílias. Enviamos uma só mensagem: Cuba vai se defender, e só pede que a deixem em paz.",
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
    text: {
      en: "If you come to Havana, you will be met as a friend. Come and see for yourself that we want peace.",
      es: "Si viene a La Habana, será recibido como un amigo. Venga a ver con sus propios ojos que queremos la paz.",
      pt: "Se vier a Havana, será recebido como amigo. Venha ver com seus próprios olhos que queremos a paz.",
    },
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
      es: "Una propuesta: declarar las aguas que rodean Cuba zona de las Naciones Unidas donde nadie combata, patrullada por barcos canadienses, mexicanos y brasileños bajo la bandera de la ONU.",
      pt: "Uma proposta: declarar as águas em torno de Cuba zona das Nações Unidas onde ninguém combata, patrulhada por navios canadenses, mexicanos e brasileiros sob a bandeira da ONU.",
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
      es: "Nuestro comité le insta a enviar equipos de inspección de las Naciones Unidas: que ojos neutrales resuelvan lo que las grandes potencias disputan.",
      pt: "Nosso comitê pede que envie equipes de inspeção das Nações Unidas: que olhos neutros resolvam o que as grandes potências disputam.",
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
      es: "Hoy mis alumnos me preguntaron si llegarán a crecer. No supe qué decirles. Por favor, deme una respuesta.",
      pt: "Hoje meus alunos me perguntaram se vão crescer. Não soube o que lhes dizer. Por favor, me dê uma resposta.",
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
      es: "Los barcos se acercan a la línea mientras escribo. Si disparan contra uno, ¿quién detendrá lo que venga después? Pídales que detengan los barcos.",
      pt: "Os navios se aproximam da linha enquanto escrevo. Se atirarem em um, quem vai deter o que vier depois? Peça que parem os navios.",
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
      es: "Ninguna ley permite a un país detener los barcos de otro en mar abierto en tiempo de paz. Las Naciones Unidas deben decirlo.",
      pt: "Nenhuma lei permite a um país parar os navios de outro em mar aberto em tempo de paz. As Nações Unidas devem dizê-lo.",
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
      es: "Los misiles se trajeron en secreto mientras se decía al mundo que no estaban allí. Quien mintió primero debe responder primero.",
      pt: "Os mísseis foram trazidos em segredo enquanto se dizia ao mundo que não estavam lá. Quem mentiu primeiro deve responder primeiro.",
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
      es: "Gracias por su llamamiento. Por primera vez en tres días he dormido. No deje de pedirles que esperen.",
      pt: "Obrigado pelo seu apelo. Pela primeira vez em três dias consegui dormir. Não pare de pedir que esperem.",
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
      es: "Nuestros miembros en muchos países piden al Secretario General que ofrezca sus buenos oficios a ambas partes, y que siga ofreciéndolos.",
      pt: "Nossos membros em muitos países pedem ao Secretário-Geral que ofereça seus bons ofícios às duas partes, e que continue a oferecê-los.",
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
      es: "Rezamos por usted y por los hombres de los barcos. La paz es posible mientras la gente siga hablando.",
      pt: "Rezamos pelo senhor e pelos homens nos navios. A paz é possível enquanto as pessoas ainda estiverem conversando.",
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
      es: "Los trabajadores pagarán cualquier guerra con su vida. Pedimos a ambos gobiernos que negocien a través de las Naciones Unidas, ya.",
      pt: "Os trabalhadores pagarão qualquer guerra com a vida. Pedimos aos dois governos que negociem por meio das Nações Unidas, já.",
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
      es: "Que las Naciones Unidas se hagan cargo: de la inspección, de los barcos, de las negociaciones. Para eso se crearon.",
      pt: "Que as Nações Unidas assumam: a inspeção, os navios, as negociações. Foi para isso que foram criadas.",
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
      es: "Una guerra por Cuba no se quedaría en Cuba. El viento no respeta fronteras. Ahora todos estamos en esta isla.",
      pt: "Uma guerra por Cuba não ficaria em Cuba. O vento não respeita fronteiras. Agora estamos todos nesta ilha.",
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
    text: {
      en: "A plane was shot down today. Please, before the next thing happens, make them talk to each other.",
      es: "Hoy derribaron un avión. Por favor, antes de que ocurra lo siguiente, haga que hablen entre ellos.",
      pt: "Hoje derrubaram um avião. Por favor, antes que aconteça a próxima coisa, faça com que conversem entre si.",
    },
    sources: DELUGE,
  },
];
