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
  { en: "The Council exists for exactly this: a threat to the peace between great powers." },
  { en: "Every draft before us deserves to be heard in full before anyone asks for a vote." },
  { en: "Time for negotiation is worth more today than any resolution." },
  { en: "The Acting Secretary-General should have the Council's support in whatever he can do." },
];

export const unscCardsPublic = [
  {
    delegation: "USA",
    chamber: "unsc",
    brief: {
      en: "Adlai Stevenson speaks first and tables the US draft: dismantle the missiles under UN observers, then lift the quarantine. He tells the Council of the OAS resolution, and on 25 October presses Zorin for an answer and shows the U-2 photographs.",
    },
    talkingPoints: [
      { en: "The Soviet Union has put offensive missiles in Cuba; the photographs are before you." },
      { en: "The Organization of American States has acted: this is the hemisphere's answer, not ours alone." },
      { en: "Let UN observers verify the dismantling, and the quarantine will end." },
      { en: "Does the Soviet Union deny that these missiles are there? Yes or no." },
    ],
    sources: [AVALON_49, "http://jfk50.blogspot.com/2012/10/stevenson-waits-for-answer-until-hell.html", KELLER],
  },
  {
    delegation: "USSR",
    chamber: "unsc",
    brief: {
      en: "Valerian Zorin presides over the Council in October while speaking for the Soviet Union. His draft condemns the US blockade as aggression and calls for talks between the United States, Cuba and the Soviet Union.",
    },
    talkingPoints: [
      { en: "Stopping ships on the high seas in time of peace is aggression." },
      { en: "The Council must condemn the blockade, not reward it." },
      { en: "Let the United States, Cuba and the Soviet Union negotiate." },
      { en: "Cuba has the right to defend itself against the invasion it fears." },
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
    },
    talkingPoints: UNRECORDED_LINE,
    sources: [ZORIN_24],
  },
  {
    delegation: "FRA",
    chamber: "unsc",
    brief: { en: "Roger Seydoux speaks for France, a permanent member, on 24 October in support of the US draft." },
    talkingPoints: [
      { en: "France supports the draft tabled by the United States." },
      { en: "Weapons of this kind change the balance on which peace has rested." },
      { en: "Verification by the United Nations is the right path." },
      { en: "The Council should not condemn a measure taken to remove a threat." },
    ],
    sources: [ZORIN_24],
  },
  {
    delegation: "ROC",
    chamber: "unsc",
    brief: {
      en: "The Republic of China holds a permanent seat; who spoke for it in October is unresolved, and the sources consulted do not give what it said.",
    },
    talkingPoints: UNRECORDED_LINE,
    sources: [ZORIN_24],
  },
  {
    delegation: "CHL",
    chamber: "unsc",
    brief: { en: "Chile speaks on 24 October. Its diplomats say it will vote for the US draft, in the OAS and here." },
    talkingPoints: [
      { en: "Chile stands with the decision the American states took yesterday." },
      { en: "Chile will vote for the draft of the United States." },
      { en: "Observers of the United Nations can settle the facts." },
      { en: "The peace of our continent is at stake in this room." },
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
    },
    talkingPoints: UNRECORDED_LINE,
    sources: [ZORIN_24, "https://history.state.gov/historicaldocuments/frus1961-63v10-12mSupp/d384"],
  },
  {
    delegation: "IRL",
    chamber: "unsc",
    brief: { en: "Ireland speaks on 24 October; the sources consulted do not give what it said." },
    talkingPoints: UNRECORDED_LINE,
    sources: [ZORIN_24],
  },
  {
    delegation: "ROU",
    chamber: "unsc",
    brief: { en: "Deputy Foreign Minister Mircea Maliţa speaks for Romania on 24 October and backs the Soviet draft." },
    talkingPoints: [
      { en: "Romania supports the draft of the Soviet Union." },
      { en: "The blockade threatens every state's freedom of navigation." },
      { en: "A small country like Cuba has the right to choose its own defence." },
      { en: "Negotiation, not force, must settle this." },
    ],
    sources: [ZORIN_24],
  },
  {
    delegation: "UAR",
    chamber: "unsc",
    brief: {
      en: "Mahmoud Riad speaks for the United Arab Republic, which circulates with Algeria a neutral draft: restraint on all sides, and talks.",
    },
    talkingPoints: [
      { en: "Neither condemnation nor approval: restraint from everyone." },
      { en: "The parties must talk, and the Council must help them do it." },
      { en: "The non-aligned states ask the Acting Secretary-General to act." },
      { en: "Time is the most useful thing this Council can give." },
    ],
    sources: [ZORIN_24, "https://history.state.gov/historicaldocuments/frus1961-63v10-12mSupp/d384"],
  },
  {
    delegation: "VEN",
    chamber: "unsc",
    brief: { en: "Venezuela, an OAS member that voted for yesterday's resolution, speaks on 24 October." },
    talkingPoints: [
      { en: "The American states have spoken together in the OAS; Venezuela was among them." },
      { en: "Missiles in the Caribbean threaten every country around it." },
      { en: "Venezuela supports verification by the United Nations." },
      { en: "A regional decision and the Council's work can go together." },
    ],
    sources: [ZORIN_24],
  },
  {
    delegation: "CUB",
    chamber: "unsc",
    brief: {
      en: "Mario García-Incháustegui asked for this meeting on Cuba's behalf. Cuba is not a member: invited, it may speak but not vote. Excluded from the OAS, the UN is its only multilateral forum.",
    },
    talkingPoints: [
      { en: "The blockade is an act of war against a small country." },
      { en: "Cuba asked for this meeting because it was attacked, not because it attacked." },
      { en: "If the United States gave guarantees that it would not invade, Cuba would not need these weapons." },
      { en: "Here, unlike the OAS, Cuba is heard." },
    ],
    sources: ["https://wilson-center-digital-archive.dvincitest.com/node/88428", KELLER],
  },
  {
    delegation: "SG",
    chamber: "unsc",
    brief: {
      en: "U Thant, Acting Secretary-General, is asked by a large number of delegations to intervene. He doubts the legal basis of the OAS resolution's armed-force part, tells the Council the measures taken are extraordinary outside wartime, and writes to the leaders.",
    },
    talkingPoints: [
      { en: "I speak at the request of many members who fear for the peace of the world." },
      { en: "Measures of this kind would be unusual in any time but war." },
      { en: "I ask both sides to pause: shipments and the quarantine alike, for two or three weeks." },
      { en: "What is needed now is time, and a way for each side to step back." },
    ],
    sources: ["https://docslib.org/doc/9242492/cuba-un-press-releases", FRUS_59, KELLER],
  },
  {
    delegation: "WAS",
    chamber: "crisis",
    brief: {
      en: "Kennedy announced the quarantine on 22 October. To U Thant's first appeal he answers that there is no suspension without safeguards; to the second, that US ships will avoid confrontation.",
    },
    talkingPoints: [
      { en: "The missiles must go; the quarantine stays until they do." },
      { en: "We welcome talks, but not a pause that leaves the weapons in place." },
      { en: "Our ships will do everything possible to avoid a clash." },
      { en: "Remove the missiles under UN supervision, and we will lift the quarantine and not invade." },
    ],
    sources: [FRUS_59, "https://www.cia.gov/readingroom/print/20739"],
  },
  {
    delegation: "MOS",
    chamber: "crisis",
    brief: {
      en: "Khrushchev calls the quarantine a threat to peace and the blockade aggression, but accepts U Thant's first appeal, and keeps his ships away from the line for a time.",
    },
    talkingPoints: [
      { en: "Stopping ships on the open sea is aggression." },
      { en: "We accept the Acting Secretary-General's proposal." },
      { en: "Our ships will keep out of the area for the time being." },
      { en: "A pledge not to invade Cuba would change everything." },
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
    },
    talkingPoints: [
      { en: "Cuba will not be inspected on its own soil like a defeated country." },
      { en: "Lift the blockade and stop the threats, and Cuba will do its part." },
      { en: "The Secretary-General is welcome in Havana." },
      { en: "No settlement about Cuba can be made without Cuba." },
    ],
    sources: ["http://walterdorn.org/pub/154"],
  },
];
