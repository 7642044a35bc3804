import { COGNITO_DEFAULTS } from "../cognitoDefaults";
import type { NoConfig } from "../config";
import { definePolicy, USER_POOL_CLIENTS } from "../policy";
import { got } from "../text";
import type { UserPoolClientView } from "../userPoolClientView";

/**
 * Mirrors Prowler cognito_user_pool_client_prevent_user_existence_errors: PASS only for ENABLED
 * (prowler-cloud/prowler prowler/providers/aws/services/cognito/cognito_user_pool_client_prevent_user_existence_errors/).
 * An omitted setting is LEGACY for a client created through the API (cognitoDefaults.ts).
 */
export const clientUserExistenceErrorsPolicy = definePolicy<NoConfig, UserPoolClientView>({
  name: "cognito-user-pool-client-prevent-user-existence-errors",
  displayName: "Cognito user pool client hides whether a user exists",
  description:
    "Cognito user pool clients must have PreventUserExistenceErrors ENABLED, so that sign-in, confirmation and " +
    "password recovery do not tell an attacker which usernames exist. Mirrors Prowler " +
    "cognito_user_pool_client_prevent_user_existence_errors.",
  severity: "medium",
  defaultEnforcementLevel: "mandatory",
  remediationSteps: 'Set preventUserExistenceErrors to "ENABLED".',
  configFields: {},
  configDefaults: {},
  appliesTo: USER_POOL_CLIENTS,
  check(client, _config, report) {
    const value = client.preventUserExistenceErrors;
    if (value !== "ENABLED") {
      report(
        `${client.subject} must not reveal whether a user exists ` +
          `(${got(value, COGNITO_DEFAULTS.preventUserExistenceErrors)}); ` +
          `set ${client.path("preventUserExistenceErrors")}: "ENABLED".`,
      );
    }
  },
});
