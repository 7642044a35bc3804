/** Sign-in attributes and attribute verification. */
import {
  AliasAttributeType,
  UsernameAttributeType,
  VerifiedAttributeType,
} from "@aws-sdk/client-cognito-identity-provider";
import type { Violation } from "../desiredPool";
import { arr, knownStrings, stringItems } from "./read";
import type { FieldRule } from "./rules";
import { arg } from "./text";

export const attributeRules: readonly FieldRule[] = [
  { kind: "enum", path: ["AliasAttributes", "*"], values: Object.values(AliasAttributeType) },
  { kind: "enum", path: ["UsernameAttributes", "*"], values: Object.values(UsernameAttributeType) },
  { kind: "enum", path: ["AutoVerifiedAttributes", "*"], values: Object.values(VerifiedAttributeType) },
  {
    kind: "enum",
    path: ["UserAttributeUpdateSettings", "AttributesRequireVerificationBeforeUpdate", "*"],
    values: Object.values(VerifiedAttributeType),
  },
];

function isSetList(pool: unknown): boolean {
  const value = (pool as Record<string, unknown>).AutoVerifiedAttributes;
  return value !== undefined && value !== null;
}

export function checkAttributes(pool: unknown): Violation[] {
  const out: Violation[] = [];
  const aliases = arr(pool, "AliasAttributes") ?? [];
  const usernames = arr(pool, "UsernameAttributes") ?? [];
  if (aliases.length > 0 && usernames.length > 0) {
    out.push({
      path: ["AliasAttributes"],
      reason:
        `must not be set together with ${arg("UsernameAttributes")}; got both. They are two alternative ways to ` +
        `let users sign in with an email address or phone number, and Cognito accepts only one of them: keep ` +
        `${arg("UsernameAttributes")} (sign in with email/phone instead of a user name) or ${arg("AliasAttributes")} ` +
        `(sign in with a user name or an alias), and remove the other. Either is fixed once the pool exists.`,
    });
  }
  // Compared only once the whole list is known.
  const known = isSetList(pool) ? knownStrings(pool, "AutoVerifiedAttributes") : [];
  if (known === undefined) return out;
  const autoVerified = new Set(known);
  for (const { value, index } of stringItems(
    pool,
    "UserAttributeUpdateSettings",
    "AttributesRequireVerificationBeforeUpdate",
  )) {
    if (autoVerified.has(value)) continue;
    out.push({
      path: ["UserAttributeUpdateSettings", "AttributesRequireVerificationBeforeUpdate", index],
      reason:
        `${JSON.stringify(value)} must also be in ${arg("AutoVerifiedAttributes")}; got ` +
        `[${[...autoVerified].map((v) => JSON.stringify(v)).join(", ")}]. Cognito can hold back an update until ` +
        `the new value is verified only for attributes it verifies automatically: add ${JSON.stringify(value)} to ` +
        `${arg("AutoVerifiedAttributes")} or remove it here.`,
    });
  }
  return out;
}
