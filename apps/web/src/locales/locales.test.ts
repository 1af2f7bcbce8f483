import { REASONS } from "@brink/engine";
import { describe, expect, it } from "vitest";
import { NAME_FORMATS } from "../names.ts";
import en from "./en.json";
import es from "./es.json";
import pt from "./pt.json";

/** Every key path of a nested message catalogue, with its text. */
function entries(catalogue: object, prefix = ""): [string, string][] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value]] : entries(value as object, `${prefix}${key}.`),
  );
}

/** Keys left empty on purpose: a note shown only where the interface's language differs from the brief's. */
const MAY_BE_EMPTY = new Set(["brief.englishOnly"]);

describe("the interface's languages", () => {
  const english = entries(en);
  it.each([
    ["es", es],
    ["pt", pt],
  ])("%s has every English message, and nothing else", (_, catalogue) => {
    expect(
      entries(catalogue)
        .map(([key]) => key)
        .sort(),
    ).toEqual(english.map(([key]) => key).sort());
  });

  it.each([
    ["en", en],
    ["es", es],
    ["pt", pt],
  ])("%s leaves no message empty, and keeps each placeholder of the English", (_, catalogue) => {
    const english = new Map(entries(en));
    for (const [key, text] of entries(catalogue)) {
      if (!MAY_BE_EMPTY.has(key)) expect(text, key).not.toBe("");
      // A placeholder by its name: each language may shape a name its own way ("{{delegation, of}}").
      const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)(?:, *\w+)?\}\}/g)].map((m) => m[1]).sort();
      expect(placeholders(text), key).toEqual(placeholders(english.get(key) ?? ""));
      for (const [, format] of text.matchAll(/\{\{\w+, *(\w+)\}\}/g)) {
        expect(NAME_FORMATS, `${key}: the format ${format}`).toContain(format);
      }
    }
  });
});

describe("a bot's reasons", () => {
  it("have words in the interface for every reason the engine gives, with its parameters", () => {
    for (const [code, sentence] of Object.entries(REASONS)) {
      const words = (en.reason as Record<string, string | undefined>)[code];
      expect(words, code).toBeDefined();
      const params = (s: string) => (s.match(/\{+(\w+)\}+/g) ?? []).map((p) => p.replace(/[{}]/g, "")).sort();
      expect(params(words ?? ""), code).toEqual(params(sentence));
    }
    expect(Object.keys(en.reason).sort()).toEqual(Object.keys(REASONS).sort());
  });
});
