// A delegation's name as a sentence needs it, in the three languages: with its article ("o Brasil", "the
// United States") and the article's contractions ("do Brasil", "ao Brasil", "pelo Brasil", "del Reino Unido").
// One place for the screens (i18next formatters, `apps/web/src/names.ts`) and the printed record
// (`apps/server/src/recordWords.ts`), so that both say it alike.

export type NameLanguage = "en" | "es" | "pt";

/**
 * The article each language puts before a delegation's name, where it puts one: "the United States", "los
 * Estados Unidos", "o Brasil". Portuguese names most countries with one; Spanish and English only a few.
 */
export const ARTICLES: Readonly<Record<NameLanguage, Readonly<Record<string, string>>>> = {
  en: { USA: "the", USSR: "the", GBR: "the", DOM: "the", ROC: "the", UAR: "the" },
  es: { USA: "los", USSR: "la", GBR: "el", DOM: "la", ROC: "la", UAR: "la" },
  pt: {
    USA: "os",
    USSR: "a",
    GBR: "o",
    DOM: "a",
    ROC: "a",
    UAR: "a",
    ARG: "a",
    BOL: "a",
    BRA: "o",
    CHL: "o",
    COL: "a",
    CRI: "a",
    ECU: "o",
    GTM: "a",
    HTI: "o",
    MEX: "o",
    NIC: "a",
    PAN: "o",
    PRY: "o",
    PER: "o",
    URY: "o",
    VEN: "a",
    FRA: "a",
    IRL: "a",
    ROU: "a",
  },
};

/**
 * How the name stands in the sentence: `the` as a subject or object ("o Brasil"), `of` after a noun ("a
 * cadeira do Brasil"), `to` after a verb of giving ("dar a palavra ao Brasil"), `for` ("o voto pelo Brasil").
 */
export type NameForm = "the" | "of" | "to" | "for";
export const NAME_FORMS: readonly NameForm[] = ["the", "of", "to", "for"];

/** Portuguese prepositions fused with the article: de + o = do, a + a = à, por + os = pelos. */
const PT_FUSED: Readonly<Record<Exclude<NameForm, "the">, Readonly<Record<string, string>>>> = {
  of: { o: "do", a: "da", os: "dos", as: "das" },
  to: { o: "ao", a: "à", os: "aos", as: "às" },
  for: { o: "pelo", a: "pela", os: "pelos", as: "pelas" },
};
const PT_BARE: Readonly<Record<Exclude<NameForm, "the">, string>> = { of: "de", to: "a", for: "por" };
/** Spanish fuses only el: de + el = del, a + el = al. */
const ES_PREPOSITION: Readonly<Record<Exclude<NameForm, "the">, string>> = { of: "de", to: "a", for: "por" };
const EN_PREPOSITION: Readonly<Record<Exclude<NameForm, "the">, string>> = { of: "of", to: "to", for: "for" };

/** `name` (the delegation `id`'s, in `language`) as it stands in the sentence in `form`. */
export function nameAs(language: NameLanguage, id: string, name: string, form: NameForm): string {
  const article = ARTICLES[language][id];
  const the = article ? `${article} ${name}` : name;
  if (form === "the") return the;
  if (language === "pt") return article ? `${PT_FUSED[form][article] ?? article} ${name}` : `${PT_BARE[form]} ${name}`;
  if (language === "es") {
    const preposition = ES_PREPOSITION[form];
    if (article === "el" && form !== "for") return `${preposition === "de" ? "del" : "al"} ${name}`;
    return `${preposition} ${the}`;
  }
  return `${EN_PREPOSITION[form]} ${the}`;
}

/** The first letter in capitals, for a name that opens a sentence ("O Brasil…", "The United States…"). */
export const capitalized = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);
