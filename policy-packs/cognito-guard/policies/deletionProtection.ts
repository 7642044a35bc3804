import { COGNITO_DEFAULTS } from "../cognitoDefaults";
import type { NoConfig } from "../config";
import { definePolicy, USER_POOLS } from "../policy";
import { got } from "../text";
import type { UserPoolView } from "../userPoolView";

/** True for the error @pulumi/policy throws when a value is unknown during preview. */
function isUnknownValueError(error: unknown): boolean {
  return error instanceof Error && error.constructor.name === "UnknownValueError";
}

/**
 * Whether the pool already has deletion protection ACTIVE. A value unknown during preview counts
 * as not: whatever it turns out to be, ACTIVE is what the policy wants.
 */
function alreadyActive(pool: UserPoolView): boolean {
  try {
    return pool.deletionProtection === "ACTIVE";
  } catch (error) {
    if (isUnknownValueError(error)) return false;
    throw error;
  }
}

/**
 * Mirrors AWS Security Hub Cognito.6
 * (https://docs.aws.amazon.com/securityhub/latest/userguide/cognito-controls.html#cognito-6), AWS Config
 * cognito-user-pool-deletion-protection-enabled ("NON_COMPLIANT if a user pool has deletion protection
 * disabled", https://docs.aws.amazon.com/config/latest/developerguide/cognito-user-pool-deletion-protection-enabled.html)
 * and Prowler cognito_user_pool_deletion_protection_enabled (PASS only for "ACTIVE",
 * prowler-cloud/prowler prowler/providers/aws/services/cognito/cognito_user_pool_deletion_protection_enabled/).
 */
export const deletionProtectionPolicy = definePolicy<NoConfig, UserPoolView>({
  name: "cognito-user-pool-deletion-protection",
  displayName: "Cognito user pool deletion protection",
  description:
    "Cognito user pools must have deletion protection ACTIVE. Mirrors AWS Security Hub Cognito.6, AWS Config " +
    "cognito-user-pool-deletion-protection-enabled and Prowler cognito_user_pool_deletion_protection_enabled.",
  severity: "high",
  defaultEnforcementLevel: "mandatory",
  remediationSteps: 'Set deletionProtection to "ACTIVE". At enforcement level "remediate" the policy sets it for you.',
  configFields: {},
  configDefaults: {},
  appliesTo: USER_POOLS,
  check(pool, _config, report) {
    const value = pool.deletionProtection;
    if (value !== "ACTIVE") {
      report(
        `${pool.subject} must have deletion protection ACTIVE (${got(value, COGNITO_DEFAULTS.deletionProtection)}); ` +
          `set ${pool.path("deletionProtection")}: "ACTIVE".`,
      );
    }
  },
  remediate(pool) {
    return alreadyActive(pool) ? [] : [{ segments: pool.segments("deletionProtection"), value: "ACTIVE" }];
  },
});
