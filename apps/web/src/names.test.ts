import { describe, expect, it } from "vitest";
import { learnNames, nameIn } from "./names.ts";

describe("a delegation's name in the interface's sentences", () => {
  learnNames([
    { delegation: "BRA", names: { en: "Brazil", es: "Brasil", pt: "Brasil" } },
    { delegation: "USA", names: { en: "United States", es: "Estados Unidos", pt: "Estados Unidos" } },
    { delegation: "GBR", names: { en: "United Kingdom", es: "Reino Unido", pt: "Reino Unido" } },
  ]);

  it("gives the table's names their articles, by the name the sentence receives", () => {
    expect(nameIn("pt", "Brasil", "of")).toBe("do Brasil");
    expect(nameIn("pt", "Estados Unidos", "the")).toBe("os Estados Unidos");
    expect(nameIn("pt", "Estados Unidos", "for")).toBe("pelos Estados Unidos");
    expect(nameIn("es", "Reino Unido", "to")).toBe("al Reino Unido");
    expect(nameIn("es", "Brasil", "of")).toBe("de Brasil");
    expect(nameIn("en", "United States", "start")).toBe("The United States");
    expect(nameIn("en", "Brazil", "start")).toBe("Brazil");
    // A phone in Brazil or Mexico says its region too.
    expect(nameIn("pt-BR", "Brasil", "of")).toBe("do Brasil");
    expect(nameIn("es-MX", "Reino Unido", "of")).toBe("del Reino Unido");
  });

  it("leaves a name it does not know without an article, and an unknown format alone", () => {
    expect(nameIn("pt", "Atlântida", "of")).toBe("de Atlântida");
    expect(nameIn("pt", "Brasil", "upper")).toBe("Brasil");
  });
});
