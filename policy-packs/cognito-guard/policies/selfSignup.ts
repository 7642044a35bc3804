import { COGNITO_DEFAULTS } from "../cognitoDefaults";
import type { NoConfig } from "../config";
import { definePolicy } from "../policy";
import { got, subject } from "../text";

export const selfSignupPolicy = definePolicy<NoConfig>({
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
  check(pool, _config, report) {
    const value = pool.allowAdminCreateUserOnly;
    if (value !== true) {
      report(
        `${subject(pool.name)} must let only administrators create users, so that nobody can sign themselves up ` +
          `(${got(value, COGNITO_DEFAULTS.allowAdminCreateUserOnly)}); ` +
          `set ${pool.path("allowAdminCreateUserOnly")}: true.`,
      );
    }
  },
});
