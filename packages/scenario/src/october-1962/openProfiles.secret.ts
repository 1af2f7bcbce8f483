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
