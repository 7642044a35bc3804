import type { NoConfig } from "../config";
import { definePolicy, USER_POOLS } from "../policy";
import { literal } from "../text";
import type { UserPoolView } from "../userPoolView";
import { tierMismatch, tierNote } from "./threatProtection";

/**
 * Mirrors AWS Security Hub Cognito.4
 * (https://docs.aws.amazon.com/securityhub/latest/userguide/cognito-controls.html#cognito-4) and its AWS
 * Config rule cognito-userpool-cust-auth-threat-full-check: "NON_COMPLIANT if threat protection for
 * custom authentication is not set to full-function enforcement mode", with no parameters
 * (https://docs.aws.amazon.com/config/latest/developerguide/cognito-userpool-cust-auth-threat-full-check.html).
 * So an omitted CustomAuthMode fails, and AUDIT fails whatever the standard-authentication policy accepts.
 */
export const customAuthThreatProtectionPolicy = definePolicy<NoConfig, UserPoolView>({
  name: "cognito-user-pool-custom-auth-threat-protection",
  displayName: "Cognito user pool threat protection for custom authentication",
  description:
    "Cognito user pools must have threat protection ENFORCED for custom authentication " +
    "(UserPoolAddOns.AdvancedSecurityAdditionalFlows.CustomAuthMode), on the Plus feature plan. Mirrors AWS " +
    "Security Hub Cognito.4 and AWS Config cognito-userpool-cust-auth-threat-full-check.",
  severity: "medium",
  defaultEnforcementLevel: "advisory",
  remediationSteps:
    'Set userPoolTier to "PLUS" and userPoolAddOns.advancedSecurityAdditionalFlows.customAuthMode to "ENFORCED".',
  configFields: {},
  configDefaults: {},
  appliesTo: USER_POOLS,
  check(pool, _config, report) {
    const mode = pool.customAuthMode;
    const mismatch = mode === undefined ? undefined : tierMismatch(pool, "customAuthMode", mode);
    if (mismatch !== undefined) report(mismatch);
    if (mode !== "ENFORCED") {
      const how =
        mode === undefined ? "not set, so custom authentication has no threat protection" : `got ${literal(mode)}`;
      report(
        `${pool.subject} must have threat protection ENFORCED for custom authentication (${how}); ` +
          `set ${pool.path("customAuthMode")}: "ENFORCED"${mismatch === undefined ? tierNote(pool) : ""}.`,
      );
    }
  },
});
