import { COGNITO_DEFAULTS } from "../cognitoDefaults";
import { definePolicy, USER_POOLS } from "../policy";
import { got, literal } from "../text";
import type { UserPoolView } from "../userPoolView";

/**
 * What `securityMode` accepts, named after the peers' own parameter (Security Hub Cognito.1's and
 * AWS Config cognito-user-pool-advanced-security-enabled's SecurityMode):
 * - "ENFORCED": the mode must equal ENFORCED (Security Hub's default value; this policy's default);
 * - "AUDIT": the mode must equal AUDIT (SecurityMode set to AUDIT: then ENFORCED fails too);
 * - "AUDIT_OR_ENFORCED": any enabled mode (the Config rule with no SecurityMode given).
 */
export const SECURITY_MODES = ["ENFORCED", "AUDIT", "AUDIT_OR_ENFORCED"] as const;
export type SecurityMode = (typeof SECURITY_MODES)[number];

export type ThreatProtectionConfig = {
  /** Which threat protection mode passes (SECURITY_MODES). */
  readonly securityMode: SecurityMode;
  /**
   * Deprecated: true is securityMode "AUDIT_OR_ENFORCED". Kept so existing configuration keeps
   * its meaning; it only widens the default "ENFORCED" and never overrides another securityMode.
   */
  readonly allowAudit: boolean;
};

/** The modes that pass, for `config`. */
function acceptedModes(config: ThreatProtectionConfig): readonly string[] {
  const mode = config.allowAudit && config.securityMode === "ENFORCED" ? "AUDIT_OR_ENFORCED" : config.securityMode;
  return mode === "AUDIT_OR_ENFORCED" ? ["ENFORCED", "AUDIT"] : [mode];
}

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
 * Mirrors AWS Security Hub Cognito.1, which "fails if the user pool has threat protection
 * deactivated or if the enforcement mode isn't set to full function for standard authentication",
 * with a SecurityMode parameter (AUDIT or ENFORCED, default ENFORCED)
 * (https://docs.aws.amazon.com/securityhub/latest/userguide/cognito-controls.html#cognito-1), and
 * AWS Config cognito-user-pool-advanced-security-enabled, "NON_COMPLIANT if advanced security is not
 * enabled"; "If [SecurityMode is] provided, the rule is NON_COMPLIANT if the advanced security mode
 * for user pools does not match this parameter value"
 * (https://docs.aws.amazon.com/config/latest/developerguide/cognito-user-pool-advanced-security-enabled.html).
 * So securityMode "ENFORCED" and "AUDIT" are that parameter (the pool's mode must equal it), and
 * "AUDIT_OR_ENFORCED" is the Config rule without it. The default is ENFORCED, Security Hub's
 * default, not the Config rule's parameterless AUDIT_OR_ENFORCED: audit mode takes no action.
 * Prowler cognito_user_pool_advanced_security_enabled passes only ENFORCED
 * (prowler-cloud/prowler prowler/providers/aws/services/cognito/cognito_user_pool_advanced_security_enabled/).
 * Custom authentication (Cognito.4) is its own policy, customAuthThreatProtection.ts.
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
    securityMode: {
      type: "choice",
      choices: SECURITY_MODES,
      description:
        "The mode that passes, as Security Hub Cognito.1's and AWS Config's SecurityMode parameter: \"ENFORCED\" or " +
        '"AUDIT" must equal the pool\'s mode; "AUDIT_OR_ENFORCED" passes either, as the Config rule does without ' +
        "the parameter.",
    },
    allowAudit: {
      type: "boolean",
      description: 'Deprecated: true means securityMode "AUDIT_OR_ENFORCED" (only while securityMode is "ENFORCED").',
    },
  },
  configDefaults: { securityMode: "ENFORCED", allowAudit: false },
  appliesTo: USER_POOLS,
  check(pool, config, report) {
    const declared = pool.advancedSecurityMode;
    const mode = declared ?? COGNITO_DEFAULTS.advancedSecurityMode;
    const mismatch = tierMismatch(pool, "advancedSecurityMode", mode);
    if (mismatch !== undefined) report(mismatch);
    const accepted = acceptedModes(config);
    if (!accepted.includes(mode)) {
      const wanted = accepted.join(" or ");
      const target = accepted.includes("ENFORCED") ? "ENFORCED" : accepted[0];
      const alsoTier = mismatch === undefined ? tierNote(pool) : "";
      report(
        `${pool.subject} must have threat protection ${wanted} (${got(declared, COGNITO_DEFAULTS.advancedSecurityMode)}); ` +
          `set ${pool.path("advancedSecurityMode")}: ${literal(target)}${alsoTier}.`,
      );
    }
  },
});
