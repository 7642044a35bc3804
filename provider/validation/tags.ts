/**
 * Tag limits the shapes table cannot state: they bind a map's keys and values (the API reference's
 * `UserPoolTags`: at most 50 entries, keys 1-128 characters, values 0-256; AWS reserves `aws:`):
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html
 */
import { OWNER_TAG_KEY } from "../ownership";
import { length, propertyPath, quote } from "./text";
import { obj, str } from "./read";
import type { Violation } from "./walk";

/** `entries` is Cognito's 50 less the provider's owner tag, which every created pool carries. */
export const TAG_LIMITS = { entries: 49, key: 128, value: 256 } as const;

export function checkTags(pool: unknown): Violation[] {
  const tags = obj(pool, "userPoolTags");
  if (tags === undefined) return [];
  const out: Violation[] = [];
  const keys = Object.keys(tags);
  if (keys.length > TAG_LIMITS.entries) {
    out.push({
      path: ["userPoolTags"],
      reason:
        `must have at most ${TAG_LIMITS.entries} entries; got ${keys.length}. Cognito allows at most 50 tags on ` +
        `a user pool, and the provider keeps one (${OWNER_TAG_KEY}, which stack made the pool): remove ` +
        `${keys.length - TAG_LIMITS.entries} of them.`,
    });
  }
  for (const key of keys) {
    const path = ["userPoolTags", key];
    const n = length(key);
    if (n < 1 || n > TAG_LIMITS.key) {
      out.push({
        path,
        reason:
          `must have a key 1 to ${TAG_LIMITS.key} characters long; got ${n} (${quote(key)}). Cognito rejects tag ` +
          `keys of other lengths: rename the tag.`,
      });
    }
    if (key === OWNER_TAG_KEY) {
      out.push({
        path,
        reason:
          `is the provider's own tag: it records which stack and resource made the pool, for ` +
          `\`pulumi-cognito-userpool orphans\`, and is set on every pool it creates. Rename the tag key.`,
      });
    }
    if (key.toLowerCase().startsWith("aws:")) {
      out.push({
        path,
        reason: `must not start with "aws:"; got ${quote(key)}. AWS reserves the aws: prefix: rename the tag key.`,
      });
    }
    const value = str(pool, ...path);
    if (value !== undefined && length(value) > TAG_LIMITS.value) {
      out.push({
        path,
        reason:
          `must be at most ${TAG_LIMITS.value} characters long; got ${length(value)} (${quote(value)}). Cognito ` +
          `rejects longer tag values: shorten ${propertyPath(path)}.`,
      });
    }
  }
  return out;
}
