/**
 * Every rule a CreateUserPool request (plus the SetUserPoolMfaConfig factors) must satisfy,
 * checked before any API call.
 *
 * `validateDesiredUserPool` is pure and total: it accepts any JavaScript value (a user's
 * program can pass anything) and returns violations, never throws. It runs in two passes:
 *   1. structure and per-field limits: kinds, unknown and required members, and every row of
 *      {@link FIELD_RULES} (enums, lengths, ranges, patterns, placeholders, entry counts);
 *   2. cross-field rules, by topic, each reading only values pass 1 found well-formed.
 */
import type { DesiredUserPool, Violation } from "../desiredPool";
import { addOnRules } from "./addOns";
import { attributeRules, checkAttributes } from "./attributes";
import { checkEmail, emailRules } from "./email";
import { checkLambda, lambdaRules } from "./lambda";
import { messageRules } from "./messages";
import { checkMfa, mfaRules } from "./mfa";
import { nameRules, tagRules } from "./names";
import { checkPasswordPolicy, passwordRules } from "./passwordPolicy";
import { checkRecovery, recoveryRules } from "./recovery";
import type { FieldRule } from "./rules";
import { checkSchema, schemaRules } from "./schema";
import { checkSettings, settingRules } from "./settings";
import { checkSms, smsRules } from "./sms";
import { checkTiers } from "./tiers";
import { indexRules, walkPool } from "./walk";

export type { FieldRule, RulePath } from "./rules";
export { DESIRED_USER_POOL_SHAPE, type Shape, type StructureShape } from "./shape";
export { STANDARD_ATTRIBUTES } from "./schema";
export { tieredFeatures } from "./tiers";
export { userPath } from "./text";

/**
 * Every per-field limit, as data: API path (with `"*"` for each list entry or map value and
 * `"{key}"` for each map key) and the enum, length, range, pattern, placeholder or entry count
 * it must satisfy. For generated documentation as much as for validation.
 */
export const FIELD_RULES: readonly FieldRule[] = [
  ...nameRules,
  ...passwordRules,
  ...messageRules,
  ...mfaRules,
  ...lambdaRules,
  ...attributeRules,
  ...schemaRules,
  ...emailRules,
  ...smsRules,
  ...addOnRules,
  ...recoveryRules,
  ...settingRules,
  ...tagRules,
];

/** Cross-field rules, one function per topic. Each reads the pool defensively. */
export const CROSS_FIELD_CHECKS: readonly ((pool: unknown) => Violation[])[] = [
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

const RULE_INDEX = indexRules(FIELD_RULES);

/** All violations of `pool`, in API-shape paths; empty when CreateUserPool would accept it. */
export function validateDesiredUserPool(pool: DesiredUserPool): Violation[] {
  return validateUnknown(pool);
}

/** {@link validateDesiredUserPool} for input of unknown shape. */
export function validateUnknown(pool: unknown): Violation[] {
  try {
    const violations = walkPool(pool, RULE_INDEX);
    if (pool !== null && typeof pool === "object" && !Array.isArray(pool)) {
      for (const check of CROSS_FIELD_CHECKS) violations.push(...check(pool));
    }
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
