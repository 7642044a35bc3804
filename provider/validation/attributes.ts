/** Sign-in attributes and attribute verification. */
import type { Violation } from "./walk";
import { arr, knownStrings, stringItems } from "./read";

function isSetList(pool: unknown): boolean {
  const value = (pool as Record<string, unknown>).autoVerifiedAttributes;
  return value !== undefined && value !== null;
}

export function checkAttributes(pool: unknown): Violation[] {
  const out: Violation[] = [];
  const aliases = arr(pool, "aliasAttributes") ?? [];
  const usernames = arr(pool, "usernameAttributes") ?? [];
  if (aliases.length > 0 && usernames.length > 0) {
    out.push({
      path: ["aliasAttributes"],
      reason:
        `must not be set together with usernameAttributes; got both. They are two alternative ways to ` +
        `let users sign in with an email address or phone number, and Cognito accepts only one of them: keep ` +
        `usernameAttributes (sign in with email/phone instead of a user name) or aliasAttributes ` +
        `(sign in with a user name or an alias), and remove the other. Either is fixed once the pool exists.`,
    });
  }
  // Compared only once the whole list is known.
  const known = isSetList(pool) ? knownStrings(pool, "autoVerifiedAttributes") : [];
  if (known === undefined) return out;
  const autoVerified = new Set(known);
  for (const { value, index } of stringItems(
    pool,
    "userAttributeUpdateSettings",
    "attributesRequireVerificationBeforeUpdate",
  )) {
    if (autoVerified.has(value)) continue;
    out.push({
      path: ["userAttributeUpdateSettings", "attributesRequireVerificationBeforeUpdate", index],
      reason:
        `${JSON.stringify(value)} must also be in autoVerifiedAttributes; got ` +
        `[${[...autoVerified].map((v) => JSON.stringify(v)).join(", ")}]. Cognito can hold back an update until ` +
        `the new value is verified only for attributes it verifies automatically: add ${JSON.stringify(value)} to ` +
        `autoVerifiedAttributes or remove it here.`,
    });
  }
  return out;
}
