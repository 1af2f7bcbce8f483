// The words of the printed record (an OAS *acta*, a Security Council summary record) in the three languages
// a session may be held in. Written for Brink; the type makes every language say everything.

import { type NameLanguage, nameAs } from "@brink/protocol";

export type RecordLanguage = NameLanguage;

type Choice = "yes" | "no" | "abstain" | "absent";

/**
 * The printed record's words. Where a function takes a delegation, it takes it as the record's sentence needs
 * it: `of` ("of the United States", "de los Estados Unidos", "dos Estados Unidos") after "the representative",
 * or `the` ("the United States") as the subject; the roll call and the list of those present use bare names.
 */
export interface RecordWords {
  /** Whose words these are: names are listed in this language's alphabetical order. */
  readonly language: RecordLanguage;
  /** "of Mexico", "of the United States": a delegation's name after "the representative", with its article. */
  readonly of: (id: string, name: string) => string;
  /** "Mexico", "the United States": a delegation's name as a sentence's subject, with its article. */
  readonly the: (id: string, name: string) => string;
  readonly oasBody: string;
  readonly oasTitle: (date: string) => string;
  readonly unscBody: string;
  readonly unscTitle: (dates: string) => string;
  readonly played: (code: string, date: string) => string;
  readonly historical: string;
  readonly open: (seed: number) => string;
  readonly running: string;
  readonly presiding: (chair: string) => string;
  readonly present: string;
  readonly byBot: string;
  readonly proceedings: string;
  readonly noProceedings: string;
  /** Minutes and seconds since the council first acted, as a margin note. */
  readonly elapsed: (minutes: number, seconds: number) => string;

  readonly opened: string;
  readonly phase: Readonly<Record<string, string>>;
  readonly meetingOpened: (meeting: number) => string;
  readonly meetingAdjourned: (meeting: number) => string;
  readonly said: (delegation: string) => string;
  readonly statement: string;
  readonly motion: (delegation: string, motion: string) => string;
  readonly motionWithdrawn: (delegation: string, motion: string) => string;
  readonly motions: Readonly<Record<string, string>>;
  readonly pointOfOrder: (delegation: string) => string;
  readonly ruling: (delegation: string, upheld: boolean) => string;
  readonly amendment: (delegation: string, question: string) => string;
  readonly division: string;
  readonly vote: (
    question: string,
    adopted: boolean,
    yes: number,
    no: number,
    abstain: number,
    absent: number,
  ) => string;
  readonly rollCall: Readonly<Record<Choice, string>>;
  readonly nobody: string;
  readonly veto: (members: readonly string[]) => string;
  readonly in1962: (adopted: boolean, yes: number, no: number, abstain: number) => string;
  readonly in1962NotCounted: (adopted: boolean) => string;
  readonly notIn1962: string;
  readonly explanation: (delegation: string, question: string) => string;
  readonly reservation: (delegation: string) => string;
  readonly voteChange: (delegation: string, question: string, from: Choice, to: Choice) => string;
  readonly suspended: string;
  readonly resumed: string;
  readonly objection: (delegation: string) => string;
  readonly agenda: string;
  readonly invitation: string;
  readonly draftTabled: (delegation: string) => string;
  readonly draftWithdrawn: (delegation: string) => string;
  readonly voteRequested: (delegation: string) => string;
  readonly adjournmentMoved: (delegation: string) => string;
  readonly closed: Readonly<Record<string, string>>;

  readonly question: {
    readonly convocation: string;
    readonly whole: string;
    readonly paragraph: (n: string) => string;
    readonly motion: (motion: string) => string;
    readonly amendment: (delegation: string) => string;
    readonly draft: (delegation: string) => string;
    readonly agenda: string;
    readonly invitation: string;
  };

  readonly crisis: string;
  readonly outcome: Readonly<Record<"peace" | "standoff" | "war", string>>;
  readonly outcome1962: string;
  readonly tension: (value: number) => string;
  readonly appeals: string;
  readonly appeal: (to: string, reply: string) => string;
  readonly replies: Readonly<Record<string, string>>;
  readonly noAppeals: string;
  readonly drawnUp: (date: string) => string;
}

const en: RecordWords = {
  language: "en",
  of: (id, name) => nameAs("en", id, name, "of"),
  the: (id, name) => nameAs("en", id, name, "the"),
  oasBody: "Council of the Organization of American States",
  oasTitle: (date) => `Record of the meeting of ${date}, as held by the class`,
  unscBody: "United Nations Security Council",
  unscTitle: (dates) => `Summary record of the meetings of ${dates}, as held by the class`,
  played: (code, date) => `Brink session ${code}, played on ${date}.`,
  historical: "The empty seats were voiced by bots following their governments' instructions of 1962.",
  open: (seed) => `Open history: the empty seats were voiced by bots weighing the debate (seed ${seed}).`,
  running: "The session is still running: this record stops at the moment it was printed.",
  presiding: (chair) => `Presiding: the representative ${chair}.`,
  present: "Present",
  byBot: "voiced by a bot",
  proceedings: "Proceedings",
  noProceedings: "The council has not yet met.",
  elapsed: (m, s) => `${m} min ${String(s).padStart(2, "0")} s`,

  opened: "The meeting was called to order.",
  phase: {
    usStatement: "The Council heard the request of the United States to convoke the Organ of Consultation.",
    convocationDebate: "The chair opened the debate on the convocation of the Organ of Consultation.",
    recess: "The meeting went into recess for consultations between delegations.",
    resolutionDebate: "The Council took up the draft resolution.",
    explanations: "The chair invited explanations of vote and reservations.",
    invitation: "The Council considered whether to invite Cuba to take part in the debate without a vote.",
  },
  meetingOpened: (n) => `Meeting ${n} was called to order.`,
  meetingAdjourned: (n) => `Meeting ${n} rose.`,
  said: (d) => `The representative ${d} said:`,
  statement: "The Acting Secretary-General made a statement:",
  motion: (d, m) => `The representative ${d} moved ${m}.`,
  motionWithdrawn: (d, m) => `The representative ${d} withdrew the motion ${m}.`,
  motions: {
    divide: "to divide the question",
    closeDebate: "the closure of the debate",
    suspend: "the suspension of the meeting",
    adjourn: "the adjournment of the session",
  },
  pointOfOrder: (d) => `The representative ${d} rose to a point of order:`,
  ruling: (d, upheld) => `The chair ${upheld ? "upheld" : "did not uphold"} the point of order ${d}.`,
  amendment: (d, q) => `The representative ${d} proposed an amendment to ${q}:`,
  division: "The question was divided: each paragraph would be put to the vote separately.",
  vote: (q, adopted, yes, no, abstain, absent) =>
    `The Council ${adopted ? "adopted" : "did not adopt"} ${q}, by ${yes} ${yes === 1 ? "vote" : "votes"} to ${no}, with ${abstain} ${abstain === 1 ? "abstention" : "abstentions"}${absent > 0 ? ` and ${absent} absent` : ""}.`,
  rollCall: { yes: "In favour", no: "Against", abstain: "Abstaining", absent: "Absent" },
  nobody: "none",
  veto: (members) =>
    members.length === 1
      ? `The negative vote ${members[0]}, a permanent member, was a veto.`
      : `The negative votes ${members.join(", ")}, permanent members, were vetoes.`,
  in1962: (adopted, yes, no, abstain) =>
    `In 1962: ${adopted ? "adopted" : "rejected"}, ${yes} in favour, ${no} against, ${abstain} abstaining.`,
  in1962NotCounted: (adopted) => `In 1962: ${adopted ? "adopted" : "rejected"}; the count is not recorded.`,
  notIn1962: "No such vote was taken in 1962.",
  explanation: (d, q) => `The representative ${d} explained the vote on ${q}:`,
  reservation: (d) => `The representative ${d} entered a reservation in the record:`,
  voteChange: (d, q, from, to) =>
    `${capital(d)} changed its vote on ${q} for the record, from ${choiceEn[from]} to ${choiceEn[to]}; the result stands.`,
  suspended: "The meeting was suspended.",
  resumed: "The meeting was resumed.",
  objection: (d) => `The representative ${d} objected.`,
  agenda: "The agenda was adopted.",
  invitation: "Cuba was invited to take part in the debate without a vote.",
  draftTabled: (d) => `The representative ${d} tabled a draft resolution:`,
  draftWithdrawn: (d) => `The representative ${d} withdrew the draft resolution.`,
  voteRequested: (d) => `The representative ${d} asked for the draft resolution to be put to the vote.`,
  adjournmentMoved: (d) => `The representative ${d} moved the adjournment of the meeting.`,
  closed: {
    resolutionAdopted: "The resolution having been adopted, the session was closed.",
    resolutionRejected: "The resolution having been rejected, the session was closed.",
    notConvoked: "The Organ of Consultation not having been convoked, the session was closed.",
    adjourned: "The session was adjourned.",
    agendaRejected: "The agenda having been rejected, the Council rose.",
    endedByHost: "The session was closed by the host.",
  },

  question: {
    convocation: "the convocation of the Organ of Consultation",
    whole: "the resolution as a whole",
    paragraph: (n) => `operative paragraph ${n}`,
    motion: (m) => `the motion ${m}`,
    amendment: (d) => `the amendment ${d}`,
    draft: (d) => `the draft resolution ${d}`,
    agenda: "the adoption of the agenda",
    invitation: "the invitation to Cuba",
  },

  crisis: "The crisis",
  outcome: {
    peace: "The week ended in peace: missiles withdrawn under verification, against a pledge not to invade.",
    standoff: "The week ended in a standoff: nothing was settled by 28 October.",
    war: "The week ended in war.",
  },
  outcome1962:
    "In 1962, on 28 October, Moscow announced the withdrawal of the missiles under UN verification, against a US pledge not to invade Cuba.",
  tension: (v) => `Tension at the end: ${v} out of 100.`,
  appeals: "Appeals of the Acting Secretary-General",
  appeal: (to, reply) => `To ${to}: ${reply}.`,
  replies: { accepted: "accepted", declined: "declined", conditional: "accepted on conditions", none: "no answer" },
  noAppeals: "The Acting Secretary-General sent no appeal.",
  drawnUp: (date) => `Drawn up by Brink from the session's log on ${date}.`,
};

const choiceEn: Record<Choice, string> = { yes: "yes", no: "no", abstain: "abstention", absent: "absent" };

const es: RecordWords = {
  language: "es",
  of: (id, name) => nameAs("es", id, name, "of"),
  the: (id, name) => nameAs("es", id, name, "the"),
  oasBody: "Consejo de la Organización de los Estados Americanos",
  oasTitle: (date) => `Acta de la sesión del ${date}, tal como la celebró la clase`,
  unscBody: "Consejo de Seguridad de las Naciones Unidas",
  unscTitle: (dates) => `Acta resumida de las sesiones del ${dates}, tal como las celebró la clase`,
  played: (code, date) => `Sesión de Brink ${code}, jugada el ${date}.`,
  historical: "Los asientos vacíos los ocuparon bots que seguían las instrucciones de sus gobiernos en 1962.",
  open: (seed) => `Historia abierta: los asientos vacíos los ocuparon bots que sopesaban el debate (semilla ${seed}).`,
  running: "La sesión sigue en curso: esta acta se detiene en el momento en que se imprimió.",
  presiding: (chair) => `Presidencia: el representante ${chair}.`,
  present: "Presentes",
  byBot: "a cargo de un bot",
  proceedings: "Desarrollo de la sesión",
  noProceedings: "El consejo aún no se ha reunido.",
  elapsed: (m, s) => `${m} min ${String(s).padStart(2, "0")} s`,

  opened: "Se abrió la sesión.",
  phase: {
    usStatement: "El Consejo escuchó la solicitud de los Estados Unidos de convocar el Órgano de Consulta.",
    convocationDebate: "La presidencia abrió el debate sobre la convocatoria del Órgano de Consulta.",
    recess: "Se pasó a un receso para consultas entre las delegaciones.",
    resolutionDebate: "El Consejo pasó a considerar el proyecto de resolución.",
    explanations: "La presidencia invitó a explicar los votos y a presentar reservas.",
    invitation: "El Consejo consideró si invitar a Cuba a participar en el debate sin voto.",
  },
  meetingOpened: (n) => `Se abrió la sesión ${n}.`,
  meetingAdjourned: (n) => `Se levantó la sesión ${n}.`,
  said: (d) => `El representante ${d} dijo:`,
  statement: "El Secretario General interino hizo una declaración:",
  motion: (d, m) => `El representante ${d} propuso ${m}.`,
  motionWithdrawn: (d, m) => `El representante ${d} retiró la moción de ${m}.`,
  motions: {
    divide: "que se dividiera la cuestión",
    closeDebate: "el cierre del debate",
    suspend: "la suspensión de la sesión",
    adjourn: "el levantamiento de la sesión",
  },
  pointOfOrder: (d) => `El representante ${d} planteó una cuestión de orden:`,
  ruling: (d, upheld) => `La presidencia ${upheld ? "aceptó" : "no aceptó"} la cuestión de orden ${d}.`,
  amendment: (d, q) => `El representante ${d} propuso una enmienda a ${q}:`,
  division: "Se dividió la cuestión: cada párrafo se sometería a votación por separado.",
  vote: (q, adopted, yes, no, abstain, absent) =>
    `El Consejo ${adopted ? "aprobó" : "no aprobó"} ${q}, por ${yes} ${yes === 1 ? "voto" : "votos"} contra ${no} y ${abstain} ${abstain === 1 ? "abstención" : "abstenciones"}${absent > 0 ? `, con ${absent} ${absent === 1 ? "ausente" : "ausentes"}` : ""}.`,
  rollCall: { yes: "A favor", no: "En contra", abstain: "Abstenciones", absent: "Ausentes" },
  nobody: "ninguno",
  veto: (members) =>
    members.length === 1
      ? `El voto negativo ${members[0]}, miembro permanente, fue un veto.`
      : `Los votos negativos ${members.join(", ")}, miembros permanentes, fueron vetos.`,
  in1962: (adopted, yes, no, abstain) =>
    `En 1962: ${adopted ? "aprobación" : "rechazo"}, ${yes} a favor, ${no} en contra, ${abstain} ${abstain === 1 ? "abstención" : "abstenciones"}.`,
  in1962NotCounted: (adopted) => `En 1962: ${adopted ? "aprobación" : "rechazo"}; el recuento no consta.`,
  notIn1962: "En 1962 no hubo tal votación.",
  explanation: (d, q) => `El representante ${d} explicó su voto sobre ${q}:`,
  reservation: (d) => `El representante ${d} dejó constancia de una reserva:`,
  voteChange: (d, q, from, to) =>
    `${capital(d)} cambió para el acta su voto sobre ${q}, de ${choiceEs[from]} a ${choiceEs[to]}; el resultado se mantiene.`,
  suspended: "Se suspendió la sesión.",
  resumed: "Se reanudó la sesión.",
  objection: (d) => `El representante ${d} presentó una objeción.`,
  agenda: "Se aprobó el orden del día.",
  invitation: "Se invitó a Cuba a participar en el debate sin voto.",
  draftTabled: (d) => `El representante ${d} presentó un proyecto de resolución:`,
  draftWithdrawn: (d) => `El representante ${d} retiró el proyecto de resolución.`,
  voteRequested: (d) => `El representante ${d} pidió que el proyecto de resolución se sometiera a votación.`,
  adjournmentMoved: (d) => `El representante ${d} propuso que se levantara la sesión.`,
  closed: {
    resolutionAdopted: "Aprobada la resolución, se cerró la sesión.",
    resolutionRejected: "Rechazada la resolución, se cerró la sesión.",
    notConvoked: "Al no convocarse el Órgano de Consulta, se cerró la sesión.",
    adjourned: "Se levantó la sesión.",
    agendaRejected: "Rechazado el orden del día, el Consejo levantó la sesión.",
    endedByHost: "El anfitrión cerró la sesión.",
  },

  question: {
    convocation: "la convocatoria del Órgano de Consulta",
    whole: "la resolución en su conjunto",
    paragraph: (n) => `el párrafo dispositivo ${n}`,
    motion: (m) => `la moción de ${m}`,
    amendment: (d) => `la enmienda ${d}`,
    draft: (d) => `el proyecto de resolución ${d}`,
    agenda: "la aprobación del orden del día",
    invitation: "la invitación a Cuba",
  },

  crisis: "La crisis",
  outcome: {
    peace: "La semana terminó en paz: misiles retirados bajo verificación, a cambio del compromiso de no invadir.",
    standoff: "La semana terminó en un punto muerto: nada quedó resuelto el 28 de octubre.",
    war: "La semana terminó en guerra.",
  },
  outcome1962:
    "En 1962, el 28 de octubre, Moscú anunció el retiro de los misiles bajo verificación de la ONU, a cambio del compromiso de los Estados Unidos de no invadir Cuba.",
  tension: (v) => `Tensión al final: ${v} sobre 100.`,
  appeals: "Llamamientos del Secretario General interino",
  appeal: (to, reply) => `A ${to}: ${reply}.`,
  replies: {
    accepted: "aceptado",
    declined: "rechazado",
    conditional: "aceptado con condiciones",
    none: "sin respuesta",
  },
  noAppeals: "El Secretario General interino no envió ningún llamamiento.",
  drawnUp: (date) => `Redactada por Brink a partir del registro de la sesión el ${date}.`,
};

const choiceEs: Record<Choice, string> = { yes: "sí", no: "no", abstain: "abstención", absent: "ausente" };

const pt: RecordWords = {
  language: "pt",
  of: (id, name) => nameAs("pt", id, name, "of"),
  the: (id, name) => nameAs("pt", id, name, "the"),
  oasBody: "Conselho da Organização dos Estados Americanos",
  oasTitle: (date) => `Ata da sessão de ${date}, tal como a turma a realizou`,
  unscBody: "Conselho de Segurança das Nações Unidas",
  unscTitle: (dates) => `Ata resumida das sessões de ${dates}, tal como a turma as realizou`,
  played: (code, date) => `Sessão do Brink ${code}, jogada em ${date}.`,
  historical: "Os assentos vazios foram ocupados por bots que seguiam as instruções de seus governos em 1962.",
  open: (seed) =>
    `História aberta: os assentos vazios foram ocupados por bots que ponderavam o debate (semente ${seed}).`,
  running: "A sessão ainda está em andamento: esta ata para no momento em que foi impressa.",
  presiding: (chair) => `Presidência: o representante ${chair}.`,
  present: "Presentes",
  byBot: "a cargo de um bot",
  proceedings: "Andamento da sessão",
  noProceedings: "O conselho ainda não se reuniu.",
  elapsed: (m, s) => `${m} min ${String(s).padStart(2, "0")} s`,

  opened: "Foi aberta a sessão.",
  phase: {
    usStatement: "O Conselho ouviu o pedido dos Estados Unidos de convocar o Órgão de Consulta.",
    convocationDebate: "A presidência abriu o debate sobre a convocação do Órgão de Consulta.",
    recess: "A sessão entrou em recesso para consultas entre as delegações.",
    resolutionDebate: "O Conselho passou a considerar o projeto de resolução.",
    explanations: "A presidência convidou as delegações a explicar seus votos e a apresentar reservas.",
    invitation: "O Conselho considerou se convidava Cuba a participar do debate sem direito a voto.",
  },
  meetingOpened: (n) => `Foi aberta a sessão ${n}.`,
  meetingAdjourned: (n) => `Foi encerrada a sessão ${n}.`,
  said: (d) => `O representante ${d} disse:`,
  statement: "O Secretário-Geral interino fez uma declaração:",
  motion: (d, m) => `O representante ${d} propôs ${m}.`,
  motionWithdrawn: (d, m) => `O representante ${d} retirou a moção de ${m}.`,
  motions: {
    divide: "que a questão fosse dividida",
    closeDebate: "o encerramento do debate",
    suspend: "a suspensão da sessão",
    adjourn: "o encerramento da sessão",
  },
  pointOfOrder: (d) => `O representante ${d} levantou uma questão de ordem:`,
  ruling: (d, upheld) => `A presidência ${upheld ? "acolheu" : "não acolheu"} a questão de ordem ${d}.`,
  amendment: (d, q) => `O representante ${d} propôs uma emenda a ${q}:`,
  division: "A questão foi dividida: cada parágrafo seria votado separadamente.",
  vote: (q, adopted, yes, no, abstain, absent) =>
    `O Conselho ${adopted ? "aprovou" : "não aprovou"} ${q}, por ${yes} ${yes === 1 ? "voto" : "votos"} a ${no} e ${abstain} ${abstain === 1 ? "abstenção" : "abstenções"}${absent > 0 ? `, com ${absent} ${absent === 1 ? "ausente" : "ausentes"}` : ""}.`,
  rollCall: { yes: "A favor", no: "Contra", abstain: "Abstenções", absent: "Ausentes" },
  nobody: "nenhum",
  veto: (members) =>
    members.length === 1
      ? `O voto contrário ${members[0]}, membro permanente, foi um veto.`
      : `Os votos contrários ${members.join(", ")}, membros permanentes, foram vetos.`,
  in1962: (adopted, yes, no, abstain) =>
    `Em 1962: ${adopted ? "aprovação" : "rejeição"}, ${yes} a favor, ${no} contra, ${abstain} ${abstain === 1 ? "abstenção" : "abstenções"}.`,
  in1962NotCounted: (adopted) => `Em 1962: ${adopted ? "aprovação" : "rejeição"}; a contagem não consta.`,
  notIn1962: "Em 1962 não houve essa votação.",
  explanation: (d, q) => `O representante ${d} explicou seu voto sobre ${q}:`,
  reservation: (d) => `O representante ${d} registrou uma reserva na ata:`,
  voteChange: (d, q, from, to) =>
    `${capital(d)} mudou para a ata seu voto sobre ${q}, de ${choicePt[from]} para ${choicePt[to]}; o resultado se mantém.`,
  suspended: "A sessão foi suspensa.",
  resumed: "A sessão foi retomada.",
  objection: (d) => `O representante ${d} apresentou uma objeção.`,
  agenda: "A ordem do dia foi aprovada.",
  invitation: "Cuba foi convidada a participar do debate sem direito a voto.",
  draftTabled: (d) => `O representante ${d} apresentou um projeto de resolução:`,
  draftWithdrawn: (d) => `O representante ${d} retirou o projeto de resolução.`,
  voteRequested: (d) => `O representante ${d} pediu que o projeto de resolução fosse posto em votação.`,
  adjournmentMoved: (d) => `O representante ${d} propôs o encerramento da sessão.`,
  closed: {
    resolutionAdopted: "Aprovada a resolução, a sessão foi encerrada.",
    resolutionRejected: "Rejeitada a resolução, a sessão foi encerrada.",
    notConvoked: "Não tendo sido convocado o Órgão de Consulta, a sessão foi encerrada.",
    adjourned: "A sessão foi encerrada.",
    agendaRejected: "Rejeitada a ordem do dia, o Conselho encerrou a sessão.",
    endedByHost: "O anfitrião encerrou a sessão.",
  },

  question: {
    convocation: "a convocação do Órgão de Consulta",
    whole: "a resolução como um todo",
    paragraph: (n) => `o parágrafo dispositivo ${n}`,
    motion: (m) => `a moção de ${m}`,
    amendment: (d) => `a emenda ${d}`,
    draft: (d) => `o projeto de resolução ${d}`,
    agenda: "a aprovação da ordem do dia",
    invitation: "o convite a Cuba",
  },

  crisis: "A crise",
  outcome: {
    peace: "A semana terminou em paz: mísseis retirados sob verificação, em troca do compromisso de não invadir.",
    standoff: "A semana terminou num impasse: nada ficou resolvido até 28 de outubro.",
    war: "A semana terminou em guerra.",
  },
  outcome1962:
    "Em 1962, em 28 de outubro, Moscou anunciou a retirada dos mísseis sob verificação da ONU, em troca do compromisso dos Estados Unidos de não invadir Cuba.",
  tension: (v) => `Tensão no fim: ${v} de 100.`,
  appeals: "Apelos do Secretário-Geral interino",
  appeal: (to, reply) => `A ${to}: ${reply}.`,
  replies: { accepted: "aceito", declined: "recusado", conditional: "aceito com condições", none: "sem resposta" },
  noAppeals: "O Secretário-Geral interino não enviou nenhum apelo.",
  drawnUp: (date) => `Redigida pelo Brink a partir do registro da sessão em ${date}.`,
};

const choicePt: Record<Choice, string> = { yes: "sim", no: "não", abstain: "abstenção", absent: "ausente" };

function capital(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

export const RECORD_WORDS: Readonly<Record<RecordLanguage, RecordWords>> = { en, es, pt };
