// Discussion prompts for the teacher's debrief, each tied to a moment of the game (GAME.md §7). Our words.

export const debriefPrompts = [
  {
    id: "exclusion",
    moment: "oas-seating",
    text: {
      en: "Cuba's chair in the OAS stood empty. What did the Council gain and lose by deciding about Cuba without hearing it?",
    },
  },
  {
    id: "convocation",
    moment: "oas-convocation-vote",
    text: {
      en: "Why did the United States want the OAS to act before the Security Council did? What would have changed had the convocation failed?",
    },
  },
  {
    id: "thresholds",
    moment: "oas-convocation-vote",
    text: {
      en: "Convocation needed 11 votes, the resolution 14. Why might a treaty set a higher bar for the measures than for the meeting?",
    },
  },
  {
    id: "division",
    moment: "oas-division",
    text: {
      en: "Brazil asked for the resolution to be voted in parts. How did dividing the question let hesitant governments say yes and no at once?",
    },
  },
  {
    id: "armed-force",
    moment: "oas-paragraph-2",
    text: {
      en: "Mexico, Brazil and Bolivia abstained on armed force but voted for the whole. Was that consistent? What did their reservations protect?",
    },
  },
  {
    id: "uruguay",
    moment: "oas-vote-change",
    text: {
      en: "Uruguay abstained for lack of instructions and changed its vote the next day. What does this tell you about how delegations work?",
    },
  },
  {
    id: "legitimacy",
    moment: "crisis-legitimacy",
    text: {
      en: "Did the OAS vote turn the quarantine from one country's act of war into a lawful collective measure? Who would have disagreed, and why?",
    },
  },
  {
    id: "president",
    moment: "unsc-agenda",
    text: {
      en: "The Soviet delegate presided over the Security Council while it debated Soviet missiles. How did that shape the debate?",
    },
  },
  {
    id: "no-vote",
    moment: "unsc-adjourned",
    text: {
      en: "No draft was put to a vote in the Security Council. Was that a failure of the Council, or a way of keeping it useful?",
    },
  },
  {
    id: "appeals",
    moment: "crisis-appeals",
    text: {
      en: "Khrushchev accepted U Thant's first appeal and Kennedy declined it; both accepted the second. What made the second easier to accept?",
    },
  },
  {
    id: "small-states",
    moment: "debrief-outcome",
    text: {
      en: "The article behind this game argues that Latin American states and multilateral bodies helped end the crisis. What evidence from your game supports or challenges that?",
    },
  },
  {
    id: "citizens",
    moment: "crisis-cables",
    text: {
      en: "People from many countries wrote to U Thant. Why write to the UN rather than to their own governments?",
    },
  },
];
