/** Why a command was refused: a namespaced code for programs (`seat/taken`) and a sentence for people. */
export interface Rejection<Code extends string = string> {
  readonly code: Code;
  readonly message: string;
}

export type Result<T, Code extends string = string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly rejection: Rejection<Code> };

export const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });

export const reject = <Code extends string>(
  code: Code,
  message: string,
): { readonly ok: false; readonly rejection: Rejection<Code> } => ({ ok: false, rejection: { code, message } });

/** Thrown from the `default` branch of a switch that has covered every member of a union. */
export function exhaustiveSwitchError(value: never, what = "value"): Error {
  return new Error(`Unhandled ${what}: ${JSON.stringify(value)}`);
}
