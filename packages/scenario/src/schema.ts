import { z } from "zod";

/** A name in every language of the interface. */
export const localized = z.object({ en: z.string().min(1), es: z.string().min(1), pt: z.string().min(1) }).strict();
export type Localized = z.infer<typeof localized>;

export const delegation = z
  .object({
    id: z.string().regex(/^([A-Z]{3}|USSR|SG)$/, "an ISO 3166 alpha-3 code, or USSR / SG"),
    name: localized,
    /** Present at the table but barred from taking part, as Cuba in the OAS in 1962. */
    excluded: z.boolean().default(false),
  })
  .strict();
export type Delegation = z.infer<typeof delegation>;

export const scenario = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    oas: z.object({ members: z.array(delegation).min(1) }).strict(),
  })
  .strict()
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.oas.members.forEach((member, index) => {
      if (seen.has(member.id)) {
        ctx.addIssue({ code: "custom", path: ["oas", "members", index, "id"], message: `duplicate id ${member.id}` });
      }
      seen.add(member.id);
    });
  });
export type Scenario = z.infer<typeof scenario>;

/** A scenario file that does not validate: every problem at once, each with its file and path. */
export class ScenarioError extends Error {
  readonly file: string;
  readonly problems: readonly string[];

  constructor(file: string, problems: readonly string[]) {
    super(`${file} is not a valid scenario:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ScenarioError";
    this.file = file;
    this.problems = problems;
  }
}

export function parseScenario(file: string, data: unknown): Scenario {
  const result = scenario.safeParse(data);
  if (result.success) return result.data;
  throw new ScenarioError(
    file,
    result.error.issues.map((issue) => `${issue.path.length ? issue.path.join(".") : "(root)"}: ${issue.message}`),
  );
}
