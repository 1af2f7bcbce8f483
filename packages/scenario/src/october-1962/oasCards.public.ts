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
    },
    talkingPoints: [
      { en: "Weapons that can strike our cities have no place in this hemisphere." },
      {
        en: "The Council should convoke the Organ of Consultation at once: the treaty was written for days like this.",
      },
      { en: "Argentina is ready to put ships at the service of the quarantine." },
      { en: "Acting together through the OAS is what makes this lawful and not one country's war." },
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
    },
    talkingPoints: [
      { en: "Bolivia is here because the peace of the continent matters more than our quarrel with this Council." },
      { en: "Our constitution does not let us approve the joint use of armed force." },
      { en: "Supporting a quarantine is not supporting an attack on Cuba, and the record must say so." },
      { en: "The same Council that acts so quickly today declined to take up the Lauca in May." },
    ],
    sources: [`${FACTS} §1`, `${FACTS} §3`, MEXICAN_TELEGRAM, KELLER],
  },
  {
    delegation: "BRA",
    chamber: "oas",
    brief: {
      en: "Brazil keeps relations with Cuba and fears the precedent of armed intervention. It will back stopping more weapons from arriving, but not force against the missiles already there.",
    },
    talkingPoints: [
      { en: "Brazil supports convoking the Organ of Consultation." },
      {
        en: "Stopping further weapons from reaching the island is one question; using force against what is already there is another.",
      },
      { en: "Let the Council vote the resolution in parts, so each government can answer each question honestly." },
      { en: "Before anyone speaks of force, United Nations observers should verify the charges." },
    ],
    sources: [`${FACTS} §3`, `${FACTS} §8`, MEXICAN_TELEGRAM],
  },
  {
    delegation: "CHL",
    chamber: "oas",
    brief: {
      en: "Chile is at odds with Bolivia over the Lauca River and abstained on excluding Cuba in January. It will vote for the US draft, but its constitution stands against authorising joint armed force.",
    },
    talkingPoints: [
      { en: "Chile will vote for the draft before this Council." },
      { en: "Each state must remain the judge of the force it uses: that is the treaty's own rule." },
      { en: "The Lauca is a matter for peaceful settlement, not for this emergency." },
      { en: "A united hemisphere is the best guarantee that no one acts alone." },
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
    },
    talkingPoints: [
      { en: "The chair will give every delegation its turn and keep to the treaty's procedure." },
      { en: "Colombia approves the convocation of the Organ of Consultation." },
      { en: "The Council should decide today: events will not wait for us." },
      { en: "What this Council decides goes to the United Nations, so let it be clear and lawful." },
    ],
    sources: [KELLER, `${FACTS} §8`],
  },
  {
    delegation: "CRI",
    chamber: "oas",
    brief: {
      en: "Costa Rica wants the Council to speak with one voice, and then to take up the larger problem of Cuba.",
    },
    talkingPoints: [
      { en: "Costa Rica hopes this Council will vote as one." },
      { en: "The missiles are the emergency; they are not the whole problem." },
      { en: "Once this is decided, the Council must return to the wider threat to the hemisphere." },
      { en: "A small country's safety lies in the law of the many." },
    ],
    sources: [KELLER],
  },
  {
    delegation: "CUB",
    chamber: "oas",
    brief: {
      en: "Cuba is still a member of the OAS, but the Punta del Este meeting of January 1962 excluded its government from participation. Its chair stays empty; its voice is heard at the United Nations.",
    },
    talkingPoints: [
      { en: "A body that excluded us decides about us without hearing us." },
      { en: "Cuba's forum is the United Nations, where every member may speak." },
      { en: "A blockade in time of peace is an act of war." },
      { en: "If Cuba had guarantees against invasion, it would not need these weapons." },
    ],
    sources: ["http://avalon.law.yale.edu/20th_century/intam17.asp", `${FACTS} §8`],
  },
  {
    delegation: "DOM",
    chamber: "oas",
    brief: {
      en: "The Dominican Republic stands with the United States and is ready to contribute ships to the quarantine.",
    },
    talkingPoints: [
      { en: "The Caribbean is our home: weapons aimed from it threaten us first." },
      { en: "We will not only vote; we will help enforce what we vote." },
      { en: "The Organ of Consultation must be convoked today." },
      { en: "Solidarity means sharing the burden, not only the words." },
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
    },
    talkingPoints: [
      { en: "Ecuador voted with caution in January; today the danger is of another order." },
      { en: "The treaty's procedure protects every state, large or small: let us follow it." },
      { en: "Missiles in the Caribbean concern the whole continent." },
      { en: "We support measures that stop the danger without widening the war." },
    ],
    sources: [PUNTA, "https://books.google.to/books?id=CE0GAAAAMAAJ&pg=PA54"],
  },
  {
    delegation: "SLV",
    chamber: "oas",
    brief: {
      en: "El Salvador takes a hard line: the danger does not end with the missiles, and Cuba's other activities in the region must be dealt with too.",
    },
    talkingPoints: [
      { en: "Removing the missiles is necessary, and it is not enough." },
      { en: "Cuba's efforts to unsettle its neighbours are part of the same threat." },
      { en: "The quarantine is the least this Council can approve." },
      { en: "Firmness now prevents worse later." },
    ],
    sources: [KELLER],
  },
  {
    delegation: "GTM",
    chamber: "oas",
    brief: {
      en: "Guatemala is among the hawks. In August it had wanted a meeting of foreign ministers over the Soviet build-up; today it calls Cuba a Soviet satellite and beachhead.",
    },
    talkingPoints: [
      { en: "The time for careful words is over: Cuba has become a Soviet beachhead." },
      { en: "Guatemala warned of this build-up weeks ago." },
      { en: "Convoke the Organ of Consultation now, and give it the means to act." },
      { en: "Clear definitions, not diplomatic ones, are what this moment needs." },
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
    },
    talkingPoints: [
      { en: "Haiti is a neighbour of Cuba and feels the danger closely." },
      { en: "The hemisphere must act through its own institutions." },
      { en: "Haiti will vote for the resolution." },
      { en: "The United Nations must hear what the Americas decided together." },
    ],
    sources: [KELLER],
  },
  {
    delegation: "HND",
    chamber: "oas",
    brief: {
      en: "Honduras votes with the majority and sends the UN Secretary-General its own letter with the resolution.",
    },
    talkingPoints: [
      { en: "Honduras supports the convocation of the Organ of Consultation." },
      { en: "A threat to one of us is a threat to all: that is the treaty." },
      { en: "We favour measures that remove the danger quickly." },
      { en: "Let the United Nations know that the hemisphere is united." },
    ],
    sources: [KELLER],
  },
  {
    delegation: "MEX",
    chamber: "oas",
    brief: {
      en: "Mexico has sometimes voted against hemispheric action and abstained on excluding Cuba, but it has instructions to approve the convocation: this time a state's integrity is affected, as Article 6 requires.",
    },
    talkingPoints: [
      { en: "Mexico's position has not changed; the facts have: Article 6 now applies." },
      { en: "Our constitution does not let us approve the joint use of armed force." },
      { en: "Each state must decide its own measures, as Article 20 of the treaty provides." },
      { en: "Our vote for the whole must not be read as approval of an attack on Cuba." },
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
    brief: { en: "Nicaragua is among the hawks: a quarantine is not enough against the wider communist threat." },
    talkingPoints: [
      { en: "A quarantine treats the symptom, not the disease." },
      { en: "The communist threat in our region goes beyond these missiles." },
      { en: "Nicaragua will support every measure the resolution allows." },
      { en: "Hesitation now will be paid for later." },
    ],
    sources: [KELLER],
  },
  {
    delegation: "PAN",
    chamber: "oas",
    brief: {
      en: "Panama votes with the majority and sends the UN Secretary-General its own letter with the resolution.",
    },
    talkingPoints: [
      { en: "The security of the canal and of the Caribbean is at stake." },
      { en: "Panama supports convoking the Organ of Consultation." },
      { en: "Collective measures are better than any one state acting alone." },
      { en: "We will vote for the resolution." },
    ],
    sources: [KELLER],
  },
  {
    delegation: "PRY",
    chamber: "oas",
    brief: {
      en: "The sources record nothing of Paraguay's part on 23 October beyond its vote for the resolution as a whole.",
    },
    talkingPoints: [
      { en: "Paraguay stands by the Rio Treaty and its procedures." },
      { en: "A danger from outside the hemisphere calls for a common answer." },
      { en: "We support the convocation of the Organ of Consultation." },
      { en: "Paraguay will vote for the resolution." },
    ],
    sources: ["https://www.cfr.org/blog/twe-remembers-oas-endorses-quarantine-cuba-cuban-missile-crisis-day-eight"],
  },
  {
    delegation: "PER",
    chamber: "oas",
    brief: {
      en: "Peru recalls the history of security cooperation in the Americas; it had already charged Cuba with intervention.",
    },
    talkingPoints: [
      { en: "The inter-American system was built for collective defence, and it has served before." },
      { en: "Peru warned of Cuban intervention long before these missiles." },
      { en: "The Council must act with the full authority the treaty gives it." },
      { en: "Peru will vote for every part of the resolution." },
    ],
    sources: [KELLER],
  },
  {
    delegation: "USA",
    chamber: "oas",
    brief: {
      en: "The United States asks the Council to convoke the Organ of Consultation under Article 6 and to act as it at once, approving the quarantine and calling for the missiles' removal. Without two-thirds it will act alone, in self-defence.",
    },
    talkingPoints: [
      { en: "Offensive missiles are being installed in Cuba, and they threaten the peace of the whole hemisphere." },
      { en: "We ask the Council to convoke the Organ of Consultation and to act as it today." },
      { en: "A quarantine is the measured answer: it stops more weapons without an attack." },
      { en: "Acting together, the Americas give this measure a legal basis no single state can." },
    ],
    sources: ["http://avalon.law.yale.edu/20th_century/msc_cuba049.asp", KELLER],
  },
  {
    delegation: "URY",
    chamber: "oas",
    brief: {
      en: "Uruguay's substitute has no instructions from Montevideo. In January it had supplied the fourteenth vote to exclude Cuba's government.",
    },
    talkingPoints: [
      { en: "Uruguay's delegation awaits the instructions of its government." },
      { en: "We share the Council's concern and will report it faithfully to Montevideo." },
      { en: "A delegation cannot commit its country beyond its instructions." },
      { en: "Uruguay will state its final position as soon as it can." },
    ],
    sources: [
      "https://www.cfr.org/blog/twe-remembers-oas-endorses-quarantine-cuba-cuban-missile-crisis-day-eight",
      PUNTA,
    ],
  },
  {
    delegation: "VEN",
    chamber: "oas",
    brief: { en: "Venezuela sends a substitute to the Council and votes for the resolution." },
    talkingPoints: [
      { en: "Venezuela supports the convocation of the Organ of Consultation." },
      { en: "Missiles in the Caribbean are a danger to every coast around it." },
      { en: "The answer must be collective and lawful." },
      { en: "Venezuela will vote for the resolution." },
    ],
    sources: [KELLER],
  },
  {
    delegation: "OAS-SG",
    chamber: "oas",
    brief: {
      en: "José A. Mora of Uruguay, Secretary General of the OAS since 1956, who once chaired the Council himself. He sends the Council's resolution to the UN Secretary-General, with the letters of individual governments.",
    },
    talkingPoints: [
      { en: "The Secretariat will see that the Council's decision reaches the United Nations today." },
      { en: "The inter-American system has its own procedures, and they have been followed." },
      { en: "The Organ of Consultation remains in session: the member states will report to it." },
      { en: "The regional body and the world body must work together, not against each other." },
    ],
    sources: ["http://www.oas.org/children/SecGen/SecretGenEng/MoraEng.html", KELLER],
  },
];
