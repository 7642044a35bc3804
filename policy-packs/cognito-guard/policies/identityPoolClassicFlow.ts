import type { NoConfig } from "../config";
import type { IdentityPoolView } from "../identityPoolView";
import { definePolicy, IDENTITY_POOLS } from "../policy";

/**
 * Common practice: no Security Hub, Config, Prowler or cdk-nag check covers it. In the basic
 * (classic) flow the client gets an OpenID token from Cognito and itself calls STS
 * AssumeRoleWithWebIdentity for a role of its choosing; in the enhanced flow Cognito chooses the
 * role by the pool's role settings and rules
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flow.html). Off unless set
 * (cognitoDefaults.ts).
 */
export const identityPoolClassicFlowPolicy = definePolicy<NoConfig, IdentityPoolView>({
  name: "cognito-identity-pool-no-classic-flow",
  displayName: "Cognito identity pool without the basic (classic) flow",
  description:
    "Cognito identity pools should not enable the basic (classic) authentication flow (AllowClassicFlow), in " +
    "which the client picks the IAM role itself; the enhanced flow lets Cognito choose it. Common practice.",
  severity: "medium",
  defaultEnforcementLevel: "advisory",
  remediationSteps: "Remove allowClassicFlow: true (or set it to false) and use the enhanced flow.",
  configFields: {},
  configDefaults: {},
  appliesTo: IDENTITY_POOLS,
  check(identityPool, _config, report) {
    if (identityPool.allowClassicFlow === true) {
      report(
        `${identityPool.subject} should not enable the basic (classic) authentication flow (got true); ` +
          `set ${identityPool.path("allowClassicFlow")}: false.`,
      );
    }
  },
});
