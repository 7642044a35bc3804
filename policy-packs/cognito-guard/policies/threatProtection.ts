import { COGNITO_DEFAULTS } from "../cognitoDefaults";
import { definePolicy } from "../policy";
import { got, literal, subject } from "../text";

export type ThreatProtectionConfig = {
  /** Accept AUDIT (log risks, take no action) as well as ENFORCED. */
  readonly allowAudit: boolean;
};

export const threatProtectionPolicy = definePolicy<ThreatProtectionConfig>({
  name: "cognito-user-pool-threat-protection",
  displayName: "Cognito user pool threat protection",
  description:
    "Cognito user pools must have threat protection (advanced security) ENFORCED, for custom authentication too " +
    "when it is set, on the Plus feature plan that threat protection needs. Mirrors AWS Security Hub Cognito.1 " +
    "and Cognito.4, AWS Config cognito-user-pool-advanced-security-enabled, Prowler " +
    "cognito_user_pool_advanced_security_enabled and cdk-nag AwsSolutions-COG3.",
  severity: "medium",
  defaultEnforcementLevel: "advisory",
  remediationSteps:
    'Set userPoolTier to "PLUS" and userPoolAddOns.advancedSecurityMode to "ENFORCED" (and ' +
    'userPoolAddOns.advancedSecurityAdditionalFlows.customAuthMode to "ENFORCED" when set).',
  configFields: {
    allowAudit: {
      type: "boolean",
      description: 'Also accept "AUDIT", which logs risky sign-ins but does not act on them.',
    },
  },
  configDefaults: { allowAudit: false },
  check(pool, config, report) {
    const declaredMode = pool.advancedSecurityMode;
    const mode = declaredMode ?? COGNITO_DEFAULTS.advancedSecurityMode;
    const declaredTier = pool.userPoolTier;
    const tier = declaredTier ?? COGNITO_DEFAULTS.userPoolTier;
    const onPlus = tier === "PLUS";
    const acceptable = (m: string) => m === "ENFORCED" || (config.allowAudit && m === "AUDIT");
    const wanted = config.allowAudit ? "ENFORCED or AUDIT" : "ENFORCED";
    const tierPath = pool.path("userPoolTier");

    // Whatever the configuration: Cognito refuses threat protection below the Plus plan.
    if (mode !== "OFF" && !onPlus) {
      report(
        `${subject(pool.name)} asks for threat protection (${pool.path("advancedSecurityMode")}: ${literal(mode)}) ` +
          `on the ${tier} feature plan (${got(declaredTier, COGNITO_DEFAULTS.userPoolTier)}), where Cognito rejects it ` +
          `with FeatureUnavailableInTierException; set ${tierPath}: "PLUS".`,
      );
    }
    if (!acceptable(mode)) {
      const alsoTier =
        mode === "OFF" && !onPlus ? ` and ${tierPath}: "PLUS" (threat protection needs the Plus plan)` : "";
      report(
        `${subject(pool.name)} must have threat protection ${wanted} ` +
          `(${got(declaredMode, COGNITO_DEFAULTS.advancedSecurityMode)}); ` +
          `set ${pool.path("advancedSecurityMode")}: "ENFORCED"${alsoTier}.`,
      );
    }
    const customAuthMode = pool.customAuthMode;
    if (customAuthMode !== undefined && !acceptable(customAuthMode)) {
      report(
        `${subject(pool.name)} must have threat protection ${wanted} for custom authentication too ` +
          `(got ${literal(customAuthMode)}); set ${pool.path("customAuthMode")}: "ENFORCED".`,
      );
    }
  },
});
