import { describe, expect, it } from "vitest";
import { capitalized, nameAs } from "./names.ts";

describe("a delegation's name in a sentence", () => {
  it("takes Portuguese's articles and their contractions", () => {
    expect(nameAs("pt", "BRA", "Brasil", "the")).toBe("o Brasil");
    expect(nameAs("pt", "BRA", "Brasil", "of")).toBe("do Brasil");
    expect(nameAs("pt", "ARG", "Argentina", "of")).toBe("da Argentina");
    expect(nameAs("pt", "USA", "Estados Unidos", "to")).toBe("aos Estados Unidos");
    expect(nameAs("pt", "VEN", "Venezuela", "to")).toBe("à Venezuela");
    expect(nameAs("pt", "MEX", "México", "for")).toBe("pelo México");
    // Cuba and Honduras take none.
    expect(nameAs("pt", "CUB", "Cuba", "of")).toBe("de Cuba");
    expect(nameAs("pt", "HND", "Honduras", "to")).toBe("a Honduras");
  });

  it("fuses only el in Spanish, and names the few that take an article in English", () => {
    expect(nameAs("es", "GBR", "Reino Unido", "of")).toBe("del Reino Unido");
    expect(nameAs("es", "GBR", "Reino Unido", "to")).toBe("al Reino Unido");
    expect(nameAs("es", "USA", "Estados Unidos", "of")).toBe("de los Estados Unidos");
    expect(nameAs("es", "BRA", "Brasil", "of")).toBe("de Brasil");
    expect(nameAs("en", "USA", "United States", "to")).toBe("to the United States");
    expect(nameAs("en", "BRA", "Brazil", "the")).toBe("Brazil");
  });

  it("opens a sentence in capitals", () => {
    expect(capitalized(nameAs("pt", "BRA", "Brasil", "the"))).toBe("O Brasil");
    expect(capitalized(nameAs("en", "USA", "United States", "the"))).toBe("The United States");
  });
});
