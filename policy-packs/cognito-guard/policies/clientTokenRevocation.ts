import type { NoConfig } from "../config";
import { definePolicy, USER_POOL_CLIENTS } from "../policy";
import type { UserPoolClientView } from "../userPoolClientView";

/**
 * Mirrors Prowler cognito_user_pool_client_token_revocation_enabled: FAIL unless
 * EnableTokenRevocation is true (prowler-cloud/prowler
 * prowler/providers/aws/services/cognito/cognito_user_pool_client_token_revocation_enabled/). Prowler
 * reads the live client; left out of the program, it is true for a new client (cognitoDefaults.ts),
 * so only an explicit false fails.
 */
export const clientTokenRevocationPolicy = definePolicy<NoConfig, UserPoolClientView>({
  name: "cognito-user-pool-client-token-revocation",
  displayName: "Cognito user pool client token revocation",
  description:
    "Cognito user pool clients must keep token revocation enabled (EnableTokenRevocation not false), so that " +
    "signing out or revoking a refresh token invalidates the tokens issued from it. Mirrors Prowler " +
    "cognito_user_pool_client_token_revocation_enabled.",
  severity: "medium",
  defaultEnforcementLevel: "mandatory",
  remediationSteps: "Remove enableTokenRevocation: false, or set it to true.",
  configFields: {},
  configDefaults: {},
  appliesTo: USER_POOL_CLIENTS,
  check(client, _config, report) {
    if (client.enableTokenRevocation === false) {
      report(
        `${client.subject} must keep token revocation enabled (got false); set ${client.path("enableTokenRevocation")}: true.`,
      );
    }
  },
});
