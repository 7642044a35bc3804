import { COGNITO_DEFAULTS } from "../cognitoDefaults";
import type { NoConfig } from "../config";
import { definePolicy, USER_POOLS } from "../policy";
import { got } from "../text";
import type { UserPoolView } from "../userPoolView";

/**
 * Mirrors Prowler cognito_user_pool_self_registration_disabled, which fails a pool whose
 * AdminCreateUserConfig.AllowAdminCreateUserOnly is not true
 * (prowler-cloud/prowler prowler/providers/aws/services/cognito/cognito_user_pool_self_registration_disabled/).
 */
export const selfSignupPolicy = definePolicy<NoConfig, UserPoolView>({
  name: "cognito-user-pool-self-signup",
  displayName: "Cognito user pool self sign-up",
  description:
    "Cognito user pools must let only administrators create users (AdminCreateUserConfig.AllowAdminCreateUserOnly " +
    "true), so that nobody can sign themselves up. Mirrors Prowler cognito_user_pool_self_registration_disabled.",
  severity: "medium",
  defaultEnforcementLevel: "advisory",
  remediationSteps:
    "Set adminCreateUserConfig.allowAdminCreateUserOnly to true, or disable this policy for pools meant for public sign-up.",
  configFields: {},
  configDefaults: {},
  appliesTo: USER_POOLS,
  check(pool, _config, report) {
    const value = pool.allowAdminCreateUserOnly;
    if (value !== true) {
      report(
        `${pool.subject} must let only administrators create users, so that nobody can sign themselves up ` +
          `(${got(value, COGNITO_DEFAULTS.allowAdminCreateUserOnly)}); ` +
          `set ${pool.path("allowAdminCreateUserOnly")}: true.`,
      );
    }
  },
});
