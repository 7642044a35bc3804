import { COGNITO_DEFAULTS } from "../cognitoDefaults";
import type { NoConfig } from "../config";
import type { IdentityPoolView } from "../identityPoolView";
import { definePolicy, IDENTITY_POOLS } from "../policy";

/**
 * Mirrors AWS Security Hub Cognito.2 ("Cognito identity pools should not allow unauthenticated
 * identities", https://docs.aws.amazon.com/securityhub/latest/userguide/cognito-controls.html#cognito-2)
 * and its AWS Config rules cognito-identity-pool-unauth-access-check
 * (https://docs.aws.amazon.com/config/latest/developerguide/cognito-identity-pool-unauth-access-check.html)
 * and cognito-identity-pool-unauthenticated-logins
 * (https://docs.aws.amazon.com/config/latest/developerguide/cognito-identity-pool-unauthenticated-logins.html),
 * Prowler cognito_identity_pool_guest_access_disabled (prowler-cloud/prowler
 * prowler/providers/aws/services/cognito/cognito_identity_pool_guest_access_disabled/) and cdk-nag
 * AwsSolutions-COG7 (cdklabs/cdk-nag src/rules/cognito/CognitoUserPoolNoUnauthenticatedLogins.ts):
 * each fails AllowUnauthenticatedIdentities true.
 */
export const identityPoolGuestAccessPolicy = definePolicy<NoConfig, IdentityPoolView>({
  name: "cognito-identity-pool-no-guest-access",
  displayName: "Cognito identity pool without guest access",
  description:
    "Cognito identity pools must not give AWS credentials to unauthenticated (guest) identities " +
    "(AllowUnauthenticatedIdentities false). Mirrors AWS Security Hub Cognito.2, AWS Config " +
    "cognito-identity-pool-unauth-access-check and cognito-identity-pool-unauthenticated-logins, Prowler " +
    "cognito_identity_pool_guest_access_disabled and cdk-nag AwsSolutions-COG7.",
  severity: "high",
  defaultEnforcementLevel: "mandatory",
  remediationSteps:
    "Set allowUnauthenticatedIdentities to false, or lower this policy's level for a pool that is meant to serve guests.",
  configFields: {},
  configDefaults: {},
  appliesTo: IDENTITY_POOLS,
  check(identityPool, _config, report) {
    if (identityPool.allowUnauthenticatedIdentities === true) {
      report(
        `${identityPool.subject} must not allow unauthenticated (guest) identities (got true; the default is ` +
          `${String(COGNITO_DEFAULTS.allowUnauthenticatedIdentities)}); ` +
          `set ${identityPool.path("allowUnauthenticatedIdentities")}: false.`,
      );
    }
  },
});
