import i18n, { type BackendModule, type ResourceKey } from "i18next";
import LanguageDetector from "i18next-browser-languagedetector";
import { initReactI18next } from "react-i18next";
import en from "./locales/en.json";
import { NAME_FORMATS, nameIn } from "./names.ts";

export const LANGUAGES = [
  { code: "en", label: "English" },
  { code: "es", label: "Español" },
  { code: "pt", label: "Português" },
] as const;
export type Language = (typeof LANGUAGES)[number]["code"];

/**
 * Spanish and Portuguese load as chunks of their own when first needed, so that the first screen of a reader
 * in English does not carry them; English, the fallback, is bundled. (i18next's backend interface, with the
 * bundler's dynamic import as the transport.)
 */
const lazyLocales: BackendModule = {
  type: "backend",
  init: () => undefined,
  read: (language, _namespace, callback) => {
    const load =
      language === "es"
        ? import("./locales/es.json")
        : language === "pt"
          ? import("./locales/pt.json")
          : Promise.resolve({ default: en });
    load.then(
      (module) => callback(null, module.default as ResourceKey),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

// The browser's language on first visit, then the one the user picked (kept in localStorage).
void i18n
  .use(lazyLocales)
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en } },
    partialBundledLanguages: true,
    supportedLngs: LANGUAGES.map((l) => l.code),
    nonExplicitSupportedLngs: true,
    load: "languageOnly",
    fallbackLng: "en",
    interpolation: { escapeValue: false },
    detection: { order: ["querystring", "localStorage", "navigator"], caches: ["localStorage"] },
  });

// A delegation's name with its article where the sentence needs one: "{{delegation, of}}" → "do Brasil".
for (const format of NAME_FORMATS) {
  i18n.services.formatter?.add(format, (value: unknown, lng: string | undefined) =>
    nameIn(lng ?? "en", String(value), format),
  );
}

i18n.on("languageChanged", (lng) => {
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18n.resolvedLanguage ?? "en";

export const currentLanguage = (): Language => {
  const lng = i18n.resolvedLanguage;
  return lng === "es" || lng === "pt" ? lng : "en";
};

export default i18n;

/**
 * Scenario prose in the interface's language where it is written, else in English; `lang` says which, for the
 * element that shows it (screen readers then pronounce it right).
 */
export function inLanguage(text: { readonly en: string }): { text: string; lang: Language } {
  const language = currentLanguage();
  const written = (text as Partial<Record<Language, string>>)[language];
  return written ? { text: written, lang: language } : { text: text.en, lang: "en" };
}
