/**
 * Tag limits the shapes table cannot state: they bind a map's keys and values (the API reference's
 * `UserPoolTags`: at most 50 entries, keys 1-128 characters, values 0-256; AWS reserves `aws:`):
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html
 */
import { length, propertyPath, quote } from "./text";
import { obj, str } from "./read";
import type { Violation } from "./walk";

export const TAG_LIMITS = { entries: 50, key: 128, value: 256 } as const;

export function checkTags(pool: unknown): Violation[] {
  const tags = obj(pool, "userPoolTags");
  if (tags === undefined) return [];
  const out: Violation[] = [];
  const keys = Object.keys(tags);
  if (keys.length > TAG_LIMITS.entries) {
    out.push({
      path: ["userPoolTags"],
      reason:
        `must have at most ${TAG_LIMITS.entries} entries; got ${keys.length}. Cognito allows at most ` +
        `${TAG_LIMITS.entries} tags on a user pool: remove ${keys.length - TAG_LIMITS.entries} of them.`,
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
