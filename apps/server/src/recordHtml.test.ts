import type { MinuteEntry, SessionRecord } from "@brink/protocol";
import { loadOctober1962 } from "@brink/scenario";
import { describe, expect, it } from "vitest";
import { escapeHtml, recordHtml } from "./recordHtml.ts";
import { simulate } from "./simulate.ts";

const scenario = loadOctober1962();
const both = simulate(scenario, { chamber: "both", mode: "historical", seed: 1 });
const context = {
  scenario,
  joinCode: "KX4PQ7",
  createdAt: Date.UTC(2026, 10, 26, 9),
  printedAt: Date.UTC(2026, 10, 26, 10),
};

const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes" 'too' \u202Eevil`;

/** The simulated week with every kind of minute a live table can add, each carrying hostile text. */
function everyKind(): SessionRecord {
  const extra: MinuteEntry[] = (
    [
      { kind: "opened" },
      { kind: "motionWithdrawn", delegation: "MEX", detail: "closeDebate" },
      { kind: "pointOfOrder", delegation: "MEX", text: HOSTILE },
      { kind: "ruling", delegation: "MEX", detail: "overruled" },
      { kind: "amendment", delegation: "MEX", question: "amendment-a1", detail: "paragraph-2", text: HOSTILE },
      { kind: "explanation", delegation: "MEX", question: "whole", text: HOSTILE },
      { kind: "suspended" },
      { kind: "resumed" },
    ] as const
  ).map((m) => ({ chamber: "oas" as const, elapsed: 3725, ...m }));
  const unsc: MinuteEntry[] = (
    [
      { kind: "objection", delegation: "USSR" },
      { kind: "draftWithdrawn", delegation: "UAR", question: "draft-uar" },
      { kind: "voteRequested", delegation: "USA", question: "draft-usa" },
      { kind: "adjournmentMoved", delegation: "USSR" },
      { kind: "speech", delegation: "CUB", text: HOSTILE },
    ] as const
  ).map((m) => ({ chamber: "unsc" as const, elapsed: 61, ...m }));
  return {
    ...both,
    minutes: [...(both.minutes ?? []), ...extra, ...unsc],
    contributions: (both.contributions ?? []).map((c) =>
      c.delegation === "MEX" ? { ...c, people: [HOSTILE, "Inés"] } : c,
    ),
  };
}

describe("the printed record", () => {
  it("reads as the minutes of each council: who presided, who was present, every act in order", () => {
    const page = recordHtml(both, { ...context, language: "en" });
    expect(page.startsWith("<!doctype html>")).toBe(true);
    expect(page).toContain('<html lang="en">');
    expect(page).toContain("Council of the Organization of American States");
    expect(page).toContain("Record of the meeting of 23 October 1962");
    expect(page).toMatch(/Summary record of the meetings of 23\s*–\s*25 October 1962/);
    expect(page).toContain("Presiding: the representative of Colombia.");
    expect(page).toContain("The representative of the United States said:");
    expect(page).toContain("The representative of Brazil moved to divide the question.");
    expect(page).toContain("The Council adopted the resolution as a whole, by 19 votes to 0, with 1 abstention.");
    expect(page).toContain("In 1962: adopted, 19 in favour, 0 against, 1 abstaining.");
    expect(page).toContain("Meeting 1022 was called to order.");
    expect(page).toContain(
      "Uruguay changed its vote on the resolution as a whole for the record, from abstention to yes",
    );
    // The acts in the order they happened: the convocation vote before the division, the division before paragraph 2.
    const at = (text: string) => page.indexOf(text);
    expect(at("convocation of the Organ of Consultation, by")).toBeLessThan(at("moved to divide the question"));
    expect(at("moved to divide the question")).toBeLessThan(at("operative paragraph 2, by"));
    expect(page).toContain("The week ended in peace");
    expect(page).not.toContain("<script");
  });

  it("is written in the session's language, the bots' words included", () => {
    const es = recordHtml(both, { ...context, language: "es" });
    expect(es).toContain('<html lang="es">');
    expect(es).toContain("Acta de la sesión del 23 de octubre de 1962");
    expect(es).toContain("El Consejo aprobó la resolución en su conjunto, por 19 votos contra 0 y 1 abstención.");
    const brazil = scenario.roleCards.find((c) => c.chamber === "oas" && c.delegation === "BRA")?.talkingPoints[0];
    expect(es).toContain(escapeHtml(brazil?.es ?? "missing"));
    expect(es).not.toContain(escapeHtml(brazil?.en ?? "missing"));
    // Names take the article each language gives them, contracted where it must be.
    expect(es).toContain("El representante de los Estados Unidos dijo:");
    expect(es).toContain("El representante del Reino Unido dijo:");
    expect(es).toContain("El representante de México dijo:");
    const pt = recordHtml(both, { ...context, language: "pt" });
    expect(pt).toContain("O representante dos Estados Unidos disse:");
    expect(pt).toContain("O representante do Brasil disse:");
    expect(pt).toContain("Presidência: o representante da Colômbia.");
    // City names take no article in Portuguese: to Havana is "a Havana", without the crasis.
    expect(pt).toContain("A Havana: aceito com condições.");
    expect(pt).toContain("Ata da sessão de 23 de outubro de 1962");
    expect(pt).toContain("O Conselho aprovou a resolução como um todo, por 19 votos a 0 e 1 abstenção.");
    expect(pt).toContain(escapeHtml(brazil?.pt ?? "missing"));
  });

  it("lists the delegations present and each roll call in the reader's alphabetical order", () => {
    const order = (page: string, names: string[]) =>
      names.map((n) => page.indexOf(`<span class="delegation">${n}</span>`));
    // Bolivia, Brazil, Chile, Colombia… in English; Brasil, Chile, Colombia, Costa Rica, Ecuador, El Salvador,
    // Estados Unidos in Spanish — where the United States stands between El Salvador and Guatemala.
    const es = recordHtml(both, { ...context, language: "es" });
    const [salvador, usa, guatemala] = order(es, ["El Salvador", "Estados Unidos", "Guatemala"]);
    expect(salvador).toBeGreaterThan(0);
    expect(usa).toBeGreaterThan(salvador ?? 0);
    expect(guatemala).toBeGreaterThan(usa ?? 0);
    // In a roll call too: the yes votes of the convocation, in Portuguese order.
    const pt = recordHtml(both, { ...context, language: "pt" });
    const yes = pt.match(/<p class="roll"><strong>[^<]+\(\d+\):<\/strong> ([^<]+)\.<\/p>/)?.[1]?.split(", ") ?? [];
    expect(yes.length).toBeGreaterThan(10);
    expect(yes).toEqual([...yes].sort(new Intl.Collator("pt").compare));
    expect(yes.indexOf("Estados Unidos")).toBeLessThan(yes.indexOf("Guatemala"));
  });

  it("writes every kind of act in every language, and leaves whatever a player wrote inert", () => {
    for (const language of ["en", "es", "pt"] as const) {
      const page = recordHtml(everyKind(), { ...context, language });
      expect(page).not.toMatch(/<script|<img|onerror=alert\(1\)>/);
      expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
      expect(page).toContain("&#39;too&#39;");
      expect(page).toContain("Inés");
      // No act is left without its words: every item of the minutes says something.
      const items = [...page.matchAll(/<div class="act">([\s\S]*?)<\/div><\/li>/g)].map((m) => m[1] ?? "");
      expect(items.length).toBe((everyKind().minutes ?? []).length);
      for (const item of items) expect(item.replace(/<[^>]+>/g, "").trim().length).toBeGreaterThan(3);
      expect(page).toContain("62 min 05 s");
      expect(page).not.toContain("undefined");
    }
  });

  it("says when the week still runs, and when a council has not met", () => {
    const running = recordHtml({ ...both, ended: false, minutes: [] }, { ...context, language: "en" });
    expect(running).toContain("The session is still running");
    expect(running).toContain("The council has not yet met.");
  });
});
