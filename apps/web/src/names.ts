import { capitalized, NAME_FORMS, type NameLanguage, nameAs } from "@brink/protocol";

/**
 * The delegations' names this page has been told of, by language and name: the interface's sentences receive
 * a name ("Brasil"), and `nameIn` finds whose it is to give it its article ("do Brasil"). Learnt from the
 * table's seats as they arrive.
 */
const ids = new Map<string, string>();
const key = (language: string, name: string) => `${language}:${name}`;

export function learnNames(seats: readonly { delegation: string; names: Readonly<Record<NameLanguage, string>> }[]) {
  for (const seat of seats) {
    for (const language of ["en", "es", "pt"] as const) ids.set(key(language, seat.names[language]), seat.delegation);
  }
}

/**
 * A delegation's name as the sentence needs it, for the interface's formatters: `{{delegation, of}}` is "do
 * Brasil" in Portuguese, `{{delegation, start}}` opens a sentence ("O Brasil", "The United States"). A name this
 * page does not know is left bare. (i18next takes a format's name in any case: "the" and "The" would be one.)
 */
export function nameIn(language: string, name: string, format: string): string {
  // i18next hands a formatter the browser's code as it is ("pt-BR", "es-419"): its language is the first part.
  const base = language.split("-")[0];
  const lng: NameLanguage = base === "es" || base === "pt" ? base : "en";
  const form = format === "start" ? "the" : NAME_FORMS.find((f) => f === format);
  if (!form) return name;
  const shaped = nameAs(lng, ids.get(key(lng, name)) ?? "", name, form);
  return format === "start" ? capitalized(shaped) : shaped;
}

/** The formats a sentence may ask of a name, in the catalogues: `the`, `of`, `to`, `for`, and `start`. */
export const NAME_FORMATS = [...NAME_FORMS, "start"] as const;
