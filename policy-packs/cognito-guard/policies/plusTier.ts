import { COGNITO_DEFAULTS } from "../cognitoDefaults";
import type { NoConfig } from "../config";
import { definePolicy, USER_POOLS } from "../policy";
import { literal } from "../text";
import type { UserPoolView } from "../userPoolView";

/**
 * Mirrors cdk-nag AwsSolutions-COG8, the successor of COG3 (removed in cdklabs/cdk-nag#2155):
 * NON_COMPLIANT unless UserPoolTier is PLUS, an omitted tier included
 * (cdklabs/cdk-nag src/rules/cognito/CognitoUserPoolPlusTier.ts).
 */
export const plusTierPolicy = definePolicy<NoConfig, UserPoolView>({
  name: "cognito-user-pool-plus-tier",
  displayName: "Cognito user pool Plus feature plan",
  description:
    "Cognito user pools must be on the Plus feature plan (UserPoolTier PLUS), which threat protection needs. " +
    "Mirrors cdk-nag AwsSolutions-COG8.",
  severity: "low",
  defaultEnforcementLevel: "advisory",
  remediationSteps: 'Set userPoolTier to "PLUS" (a paid plan), or disable this policy.',
  configFields: {},
  configDefaults: {},
  appliesTo: USER_POOLS,
  check(pool, _config, report) {
    const tier = pool.userPoolTier;
    if (tier !== "PLUS") {
      const how =
        tier === undefined
          ? `not set: a new pool gets ${literal(COGNITO_DEFAULTS.userPoolTierAtCreation)}, an existing one keeps its tier`
          : `got ${literal(tier)}`;
      report(`${pool.subject} must be on the Plus feature plan (${how}); set ${pool.path("userPoolTier")}: "PLUS".`);
    }
  },
});
