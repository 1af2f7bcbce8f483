// How each OAS seat weighs the questions in open history: game design built on the record, server-only
// (it says who can be moved, and how far). `stance` is support for the US initiative (-1 to 1), `conviction`
// how hard the seat is to move (0 to 1). The hawks (Keller 2019) hold firm; the four governments that would
// not authorise joint armed force carry that constraint; Uruguay has no instructions.

export const openProfiles = {
  ARG: { stance: 0.7, conviction: 0.5 },
  BOL: { stance: 0.4, conviction: 0.6, noJointForce: true },
  BRA: { stance: 0.4, conviction: 0.6, noJointForce: true },
  CHL: { stance: 0.5, conviction: 0.5, noJointForce: true },
  COL: { stance: 0.6, conviction: 0.5 },
  CRI: { stance: 0.9, conviction: 0.8 },
  DOM: { stance: 0.8, conviction: 0.6 },
  ECU: { stance: 0.45, conviction: 0.3 },
  SLV: { stance: 0.9, conviction: 0.8 },
  GTM: { stance: 0.9, conviction: 0.8 },
  HTI: { stance: 0.5, conviction: 0.3 },
  HND: { stance: 0.55, conviction: 0.3 },
  MEX: { stance: 0.4, conviction: 0.6, noJointForce: true },
  NIC: { stance: 0.9, conviction: 0.8 },
  PAN: { stance: 0.55, conviction: 0.3 },
  PRY: { stance: 0.5, conviction: 0.3 },
  PER: { stance: 0.9, conviction: 0.8 },
  USA: { stance: 1, conviction: 1 },
  URY: { stance: 0.5, conviction: 0.5, uninstructed: true },
  VEN: { stance: 0.55, conviction: 0.4 },
} as const;

/** The amendment a hesitant seat may offer to paragraph 2, in the spirit of Rio Treaty art. 20. */
export const armedForceAmendment =
  "Recommends that the member states take the measures they judge necessary, each deciding for itself whether to use armed force, as Article 20 of the Rio Treaty provides.";

/**
 * How each member of the Security Council leans towards each draft in open history, and how likely each
 * sponsor is to press its draft to a vote. Game design: France backed the US draft and Romania the Soviet
 * one (1962-facts.md §4); Chile said it would vote for the US draft; the UAR sponsored the neutral draft;
 * the rest are unrecorded and lean moderately. In 1962 no sponsor asked for a vote.
 */
export const unscOpenProfiles = {
  USA: { lean: { USA: 1, USSR: -1, UAR: -0.2 }, conviction: 1 },
  USSR: { lean: { USA: -1, USSR: 1, UAR: 0.1 }, conviction: 1 },
  GBR: { lean: { USA: 0.5, USSR: -0.6, UAR: 0 }, conviction: 0.6 },
  FRA: { lean: { USA: 0.8, USSR: -0.7, UAR: -0.1 }, conviction: 0.7 },
  ROC: { lean: { USA: 0.5, USSR: -0.7, UAR: 0 }, conviction: 0.6 },
  CHL: { lean: { USA: 0.7, USSR: -0.5, UAR: 0.1 }, conviction: 0.5 },
  GHA: { lean: { USA: -0.1, USSR: 0, UAR: 0.6 }, conviction: 0.4 },
  IRL: { lean: { USA: 0.2, USSR: -0.3, UAR: 0.4 }, conviction: 0.3 },
  ROU: { lean: { USA: -0.8, USSR: 0.9, UAR: 0.2 }, conviction: 0.8 },
  UAR: { lean: { USA: -0.2, USSR: 0.1, UAR: 1 }, conviction: 0.8 },
  VEN: { lean: { USA: 0.6, USSR: -0.6, UAR: 0.1 }, conviction: 0.5 },
} as const;

export const unscRequestChances = { USA: 0.3, USSR: 0.3, UAR: 0.5 } as const;
