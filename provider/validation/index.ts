/**
 * Every rule a user pool's args must satisfy, checked in the user's camelCase shape before any
 * API call (CreateUserPool plus the SetUserPoolMfaConfig factors).
 *
 * `validateArgs` is pure and total: it accepts any JavaScript value (a user's program can pass
 * anything) and returns violations, never throws. It runs in two passes:
 *   1. structure and per-member limits, from the generated shapes table (./walk): kinds, unknown
 *      and required members, enum values, integer-ness, lengths, ranges, entry counts, patterns;
 *   2. what the table cannot say, by topic, each reading only values pass 1 can see: placeholders
 *      in messages, tag keys and values, cross-field rules and feature plans.
 * A value Pulumi does not know yet is skipped by both, at any depth.
 */
import { USER_POOL_FIELDS } from "../fields";
import { SHAPES, type MemberSpec, type ShapeSpec } from "../generated/shapes";
import { checkAttributes } from "./attributes";
import { checkEmail } from "./email";
import { checkLambda } from "./lambda";
import { checkMessages } from "./messages";
import { checkMfa } from "./mfa";
import { checkPasswordPolicy } from "./passwordPolicy";
import { isRecord } from "./read";
import { checkRecovery } from "./recovery";
import { checkSchema } from "./schema";
import { checkSettings } from "./settings";
import { checkSms } from "./sms";
import { checkTags } from "./tags";
import { checkTiers } from "./tiers";
import { showWithKind } from "./text";
import { walkStruct, type Members, type Violation } from "./walk";

export type { Violation } from "./walk";

/** The user pool's settings by argument name: each field's member of its request shape. */
export const ROOT_MEMBERS: Members = new Map(
  USER_POOL_FIELDS.map((field): [string, MemberSpec] => {
    const member = (SHAPES[field.container] as ShapeSpec).members[field.api];
    return [member.camel, member];
  }),
);

/** The rules the shapes table cannot state, one function per topic. Each reads the args defensively. */
const TOPIC_CHECKS: readonly ((args: unknown) => Violation[])[] = [
  checkMessages,
  checkTags,
  checkAttributes,
  checkPasswordPolicy,
  checkMfa,
  checkLambda,
  checkSchema,
  checkEmail,
  checkSms,
  checkRecovery,
  checkSettings,
  checkTiers,
];

/**
 * All violations of the args, with camelCase property paths; empty when Cognito would accept
 * them. Keys in `ignore` (the provider's own args) are not user pool settings and are skipped.
 */
export function validateArgs(args: unknown, ignore: ReadonlySet<string> = new Set()): Violation[] {
  try {
    if (!isRecord(args)) {
      return [
        {
          path: [],
          reason:
            `must be an object of user pool settings; got ${showWithKind(args)}. CreateUserPool takes a set of ` +
            `named settings: pass an object with at least poolName.`,
        },
      ];
    }
    const violations: Violation[] = [];
    walkStruct(args, ROOT_MEMBERS, [], violations, ignore);
    for (const check of TOPIC_CHECKS) violations.push(...check(args));
    return violations;
  } catch (error) {
    // Only reachable through exotic objects (throwing getters, revoked proxies): report, never throw.
    return [
      {
        path: [],
        reason:
          `could not be read as user pool settings (${error instanceof Error ? error.message : "unreadable value"}). ` +
          `Pass plain objects, lists, strings, numbers and booleans only.`,
      },
    ];
  }
}
