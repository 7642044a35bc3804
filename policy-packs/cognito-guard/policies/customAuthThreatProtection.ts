import { COGNITO_DEFAULTS } from "../cognitoDefaults";
import type { NoConfig } from "../config";
import { definePolicy, USER_POOLS } from "../policy";
import { got, literal } from "../text";
import type { UserPoolView } from "../userPoolView";
import { tierMismatch, tierNote } from "./threatProtection";

/**
 * Mirrors AWS Security Hub Cognito.4, which fails "if the user pool has threat protection
 * disabled" as well as when threat protection for custom authentication is not set to full
 * function (https://docs.aws.amazon.com/securityhub/latest/userguide/cognito-controls.html#cognito-4;
 * the same page's Cognito.1 says it in the same words for standard authentication: "The control
 * fails if the user pool has threat protection deactivated or if the enforcement mode isn't set to
 * full function"),
 * and its AWS Config rule cognito-userpool-cust-auth-threat-full-check: "NON_COMPLIANT if threat
 * protection for custom authentication is not set to full-function enforcement mode", with no
 * parameters (https://docs.aws.amazon.com/config/latest/developerguide/cognito-userpool-cust-auth-threat-full-check.html).
 * So the pool fails when its threat protection (UserPoolAddOns.AdvancedSecurityMode) is OFF or
 * omitted (Cognito's default OFF), whatever CustomAuthMode says, and when CustomAuthMode is omitted
 * or AUDIT, whatever the standard-authentication policy accepts.
 */
export const customAuthThreatProtectionPolicy = definePolicy<NoConfig, UserPoolView>({
  name: "cognito-user-pool-custom-auth-threat-protection",
  displayName: "Cognito user pool threat protection for custom authentication",
  description:
    "Cognito user pools must have threat protection on and ENFORCED for custom authentication " +
    "(UserPoolAddOns.AdvancedSecurityAdditionalFlows.CustomAuthMode), on the Plus feature plan. Mirrors AWS " +
    "Security Hub Cognito.4 and AWS Config cognito-userpool-cust-auth-threat-full-check.",
  severity: "medium",
  defaultEnforcementLevel: "advisory",
  remediationSteps:
    'Set userPoolTier to "PLUS", userPoolAddOns.advancedSecurityMode to "AUDIT" or "ENFORCED" and ' +
    'userPoolAddOns.advancedSecurityAdditionalFlows.customAuthMode to "ENFORCED".',
  configFields: {},
  configDefaults: {},
  appliesTo: USER_POOLS,
  check(pool, _config, report) {
    const mode = pool.customAuthMode;
    const mismatch = mode === undefined ? undefined : tierMismatch(pool, "customAuthMode", mode);
    if (mismatch !== undefined) report(mismatch);
    const tier = mismatch === undefined ? tierNote(pool) : "";
    const standard = pool.advancedSecurityMode;
    if ((standard ?? COGNITO_DEFAULTS.advancedSecurityMode) === "OFF") {
      report(
        `${pool.subject} must have threat protection on for custom authentication to be protected ` +
          `(${pool.path("advancedSecurityMode")} ${got(standard, COGNITO_DEFAULTS.advancedSecurityMode)}); ` +
          `set ${pool.path("advancedSecurityMode")}: "ENFORCED"${mode === "ENFORCED" ? tier : ""}.`,
      );
    }
    if (mode !== "ENFORCED") {
      const how =
        mode === undefined ? "not set, so custom authentication has no threat protection" : `got ${literal(mode)}`;
      report(
        `${pool.subject} must have threat protection ENFORCED for custom authentication (${how}); ` +
          `set ${pool.path("customAuthMode")}: "ENFORCED"${tier}.`,
      );
    }
  },
});
