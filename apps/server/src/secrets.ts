import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from "@brink/protocol";

/** An unguessable token, URL-safe: 24 random bytes → 32 characters. */
export const newSecret = (): string => randomBytes(24).toString("base64url");

/** A short opaque id with a prefix saying what it names, e.g. `s_Zk3…` for a session. */
export const newId = (prefix: string): string => `${prefix}_${randomBytes(12).toString("base64url")}`;

export function newJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

export const hashSecret = (secret: string): string => createHash("sha256").update(secret).digest("hex");

/** Compares a presented secret with a stored hash in constant time. */
export function secretMatches(secret: string, hash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), "hex");
  const stored = Buffer.from(hash, "hex");
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
