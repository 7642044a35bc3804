import { COGNITO_DEFAULTS } from "../cognitoDefaults";
import { definePolicy, USER_POOLS } from "../policy";
import { got, literal } from "../text";
import type { UserPoolView } from "../userPoolView";

export type ThreatProtectionConfig = {
  /** Accept AUDIT (log risks, take no action) as well as ENFORCED: Security Hub Cognito.1's SecurityMode parameter. */
  readonly allowAudit: boolean;
};

/**
 * The tier to add to a fix that turns threat protection on. An omitted tier is ESSENTIALS only
 * for a new pool; an existing pool keeps its tier (cognitoDefaults.ts), so the fix names PLUS
 * without claiming the deployment fails.
 */
export function tierNote(pool: UserPoolView): string {
  const tier = pool.userPoolTier;
  const tierPath = pool.path("userPoolTier");
  if (tier === "PLUS") return "";
  if (tier !== undefined) return ` and ${tierPath}: "PLUS" (threat protection needs the Plus plan)`;
  return (
    ` (threat protection needs the Plus plan: ${tierPath} is not set, which gives a new pool ` +
    `${literal(COGNITO_DEFAULTS.userPoolTierAtCreation)}, so set ${tierPath}: "PLUS" unless the pool already has it)`
  );
}

/**
 * The violation for threat protection asked for on a declared tier below PLUS, which Cognito
 * rejects with FeatureUnavailableInTierException
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html). An
 * omitted tier is not reported: an existing Plus pool with the tier left out deploys fine.
 */
export function tierMismatch(
  pool: UserPoolView,
  modeField: "advancedSecurityMode" | "customAuthMode",
  mode: string,
): string | undefined {
  const tier = pool.userPoolTier;
  if (tier === undefined || tier === "PLUS" || mode === "OFF") return undefined;
  return (
    `${pool.subject} asks for threat protection (${pool.path(modeField)}: ${literal(mode)}) on the ${tier} feature ` +
    `plan (got ${literal(tier)}), where Cognito rejects it with FeatureUnavailableInTierException; ` +
    `set ${pool.path("userPoolTier")}: "PLUS".`
  );
}

/**
 * Mirrors AWS Security Hub Cognito.1 ("threat protection activated with full function
 * enforcement mode for standard authentication"; its SecurityMode parameter accepts AUDIT or
 * ENFORCED, default ENFORCED: this policy's allowAudit,
 * https://docs.aws.amazon.com/securityhub/latest/userguide/cognito-controls.html#cognito-1), AWS Config
 * cognito-user-pool-advanced-security-enabled
 * (https://docs.aws.amazon.com/config/latest/developerguide/cognito-user-pool-advanced-security-enabled.html)
 * and Prowler cognito_user_pool_advanced_security_enabled (PASS only for ENFORCED, prowler-cloud/prowler
 * prowler/providers/aws/services/cognito/cognito_user_pool_advanced_security_enabled/). Custom
 * authentication (Cognito.4) is its own policy, customAuthThreatProtection.ts.
 */
export const threatProtectionPolicy = definePolicy<ThreatProtectionConfig, UserPoolView>({
  name: "cognito-user-pool-threat-protection",
  displayName: "Cognito user pool threat protection",
  description:
    "Cognito user pools must have threat protection (advanced security) ENFORCED for standard authentication, on " +
    "the Plus feature plan that threat protection needs. Mirrors AWS Security Hub Cognito.1, AWS Config " +
    "cognito-user-pool-advanced-security-enabled and Prowler cognito_user_pool_advanced_security_enabled.",
  severity: "medium",
  defaultEnforcementLevel: "advisory",
  remediationSteps: 'Set userPoolTier to "PLUS" and userPoolAddOns.advancedSecurityMode to "ENFORCED".',
  configFields: {
    allowAudit: {
      type: "boolean",
      description:
        'Also accept "AUDIT", which logs risky sign-ins but does not act on them (Security Hub SecurityMode).',
    },
  },
  configDefaults: { allowAudit: false },
  appliesTo: USER_POOLS,
  check(pool, config, report) {
    const declared = pool.advancedSecurityMode;
    const mode = declared ?? COGNITO_DEFAULTS.advancedSecurityMode;
    const mismatch = tierMismatch(pool, "advancedSecurityMode", mode);
    if (mismatch !== undefined) report(mismatch);
    const acceptable = mode === "ENFORCED" || (config.allowAudit && mode === "AUDIT");
    if (!acceptable) {
      const wanted = config.allowAudit ? "ENFORCED or AUDIT" : "ENFORCED";
      const alsoTier = mismatch === undefined ? tierNote(pool) : "";
      report(
        `${pool.subject} must have threat protection ${wanted} (${got(declared, COGNITO_DEFAULTS.advancedSecurityMode)}); ` +
          `set ${pool.path("advancedSecurityMode")}: "ENFORCED"${alsoTier}.`,
      );
    }
  },
});
