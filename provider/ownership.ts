/**
 * Which stack and resource made a pool. CreateUserPool writes one tag, OWNER_TAG_KEY, whose value
 * is the resource's URN (`urn:pulumi:<stack>::<project>::<type>::<name>`). The tag travels in the
 * CreateUserPool request itself, so it costs no API call, and it is on the pool from the moment
 * the pool exists: a pool whose CreateUserPool returned after `pulumi up` was killed still says
 * which stack and resource asked for it. `pulumi-cognito-userpool orphans` reads it to find the
 * pools a stack created that its state does not hold.
 *
 * The tag is the provider's, not the program's: read, diff, adoption and the generator never show
 * it (liveFieldValues drops it), and every update carries it over from the live pool.
 */
import { createHash } from "node:crypto";

/** The UserPool resource's type token (a dynamic resource of module `cognito`, type `UserPool`). */
export const USER_POOL_TYPE = "pulumi-nodejs:dynamic/cognito:UserPool";

/** The owner tag's key. AWS reserves only the `aws:` prefix. */
export const OWNER_TAG_KEY = "pulumi-cognito-userpool:owner";

/**
 * The input key under which the SDK hands the provider the resource's URN (never a user setting,
 * never an output, never compared by diff).
 */
export const OWNER_INPUT_KEY = "__owner";

/**
 * Cognito tag values: at most 256 characters of letters, spaces, digits and `_ . : / = + - @`
 * (UserPoolTags in the API reference:
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-UserPoolTags).
 */
const TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u;

/** `urn:pulumi:<stack>::<project>::`, the part of every URN of a stack that names it. */
export function stackUrnPrefix(stack: string, project: string): string {
  return `urn:pulumi:${stack}::${project}::`;
}

/** The URN of a UserPool declared without a parent in `stack` of `project`. */
export function topLevelUrn(stack: string, project: string, name: string): string {
  return `${stackUrnPrefix(stack, project)}${USER_POOL_TYPE}::${name}`;
}

/** The {@link stackUrnPrefix} of a URN. */
export function stackPrefix(urn: string): string | undefined {
  const match = /^urn:pulumi:([^:]+)::([^:]+)::/.exec(urn);
  return match ? match[0] : undefined;
}

/**
 * The owner tag's value for a resource URN: the URN itself when Cognito accepts it as a tag value,
 * else the URN's stack prefix and a SHA-256 of the whole URN (a component parent puts `$` in the
 * URN, which tag values cannot hold; very long names exceed 256 characters).
 */
export function ownerTagValue(urn: string): string {
  if (TAG_VALUE.test(urn)) return urn;
  const digest = `sha256:${createHash("sha256").update(urn).digest("hex")}`;
  const prefix = stackPrefix(urn) ?? "";
  const candidate = `${prefix}${digest}`;
  return TAG_VALUE.test(candidate) ? candidate : digest;
}

/**
 * A CreateUserPool request's tags with the owner tag of the resource `owner` names (the URN the SDK
 * hands over under OWNER_INPUT_KEY), or as they are when it names none.
 */
export function withOwnerTag(
  tags: Record<string, string> | undefined,
  owner: unknown,
): Record<string, string> | undefined {
  if (typeof owner !== "string" || !owner.startsWith("urn:")) return tags;
  return { ...tags, [OWNER_TAG_KEY]: ownerTagValue(owner) };
}

/** Whether the pool's owner tag says it was made for the stack whose URNs start with `prefix`. */
export function ownedByStack(tagValue: string | undefined, prefix: string): boolean {
  return typeof tagValue === "string" && tagValue.startsWith(prefix);
}

/** The tags with the provider's own removed (undefined when nothing else is left). */
export function withoutOwnerTags(tags: unknown): Record<string, unknown> | undefined {
  if (typeof tags !== "object" || tags === null || Array.isArray(tags)) return undefined;
  const rest = Object.fromEntries(Object.entries(tags).filter(([key]) => key !== OWNER_TAG_KEY));
  return Object.keys(rest).length > 0 ? rest : undefined;
}
