// The 21 member states of the OAS in October 1962 (1962-facts.md §1, "Members"), in the alphabetical
// order of their English names. Cuba stays a member but is excluded from participation by Resolution VI
// of the Eighth Meeting of Consultation, Punta del Este, January 1962 (1962-facts.md §1, "Cuba's exclusion").
export const oasMembers = [
  { id: "ARG", name: { en: "Argentina", es: "Argentina", pt: "Argentina" } },
  { id: "BOL", name: { en: "Bolivia", es: "Bolivia", pt: "Bolívia" } },
  { id: "BRA", name: { en: "Brazil", es: "Brasil", pt: "Brasil" } },
  { id: "CHL", name: { en: "Chile", es: "Chile", pt: "Chile" } },
  { id: "COL", name: { en: "Colombia", es: "Colombia", pt: "Colômbia" } },
  { id: "CRI", name: { en: "Costa Rica", es: "Costa Rica", pt: "Costa Rica" } },
  { id: "CUB", name: { en: "Cuba", es: "Cuba", pt: "Cuba" }, excluded: true },
  { id: "DOM", name: { en: "Dominican Republic", es: "República Dominicana", pt: "República Dominicana" } },
  { id: "ECU", name: { en: "Ecuador", es: "Ecuador", pt: "Equador" } },
  { id: "SLV", name: { en: "El Salvador", es: "El Salvador", pt: "El Salvador" } },
  { id: "GTM", name: { en: "Guatemala", es: "Guatemala", pt: "Guatemala" } },
  { id: "HTI", name: { en: "Haiti", es: "Haití", pt: "Haiti" } },
  { id: "HND", name: { en: "Honduras", es: "Honduras", pt: "Honduras" } },
  { id: "MEX", name: { en: "Mexico", es: "México", pt: "México" } },
  { id: "NIC", name: { en: "Nicaragua", es: "Nicaragua", pt: "Nicarágua" } },
  { id: "PAN", name: { en: "Panama", es: "Panamá", pt: "Panamá" } },
  { id: "PRY", name: { en: "Paraguay", es: "Paraguay", pt: "Paraguai" } },
  { id: "PER", name: { en: "Peru", es: "Perú", pt: "Peru" } },
  { id: "USA", name: { en: "United States", es: "Estados Unidos", pt: "Estados Unidos" } },
  { id: "URY", name: { en: "Uruguay", es: "Uruguay", pt: "Uruguai" } },
  { id: "VEN", name: { en: "Venezuela", es: "Venezuela", pt: "Venezuela" } },
];
