import type { NoConfig } from "../config";
import { definePolicy, USER_POOL_CLIENTS } from "../policy";
import type { UserPoolClientView } from "../userPoolClientView";

/**
 * Common practice: no Security Hub, Config, Prowler or cdk-nag check covers it. The OAuth 2.0
 * Security Best Current Practice says the implicit grant "SHOULD NOT" be used, as it puts access
 * tokens in URLs (RFC 9700 section 2.1.2, https://www.rfc-editor.org/rfc/rfc9700#section-2.1.2);
 * Cognito's authorization code grant with PKCE serves the same clients.
 */
export const clientImplicitGrantPolicy = definePolicy<NoConfig, UserPoolClientView>({
  name: "cognito-user-pool-client-no-implicit-grant",
  displayName: "Cognito user pool client without the OAuth implicit grant",
  description:
    'Cognito user pool clients should not allow the OAuth "implicit" grant, which returns tokens in the ' +
    'redirect URL; use the authorization code grant ("code") with PKCE. Common practice (RFC 9700).',
  severity: "low",
  defaultEnforcementLevel: "advisory",
  remediationSteps: 'Replace "implicit" with "code" in the allowed OAuth flows.',
  configFields: {},
  configDefaults: {},
  appliesTo: USER_POOL_CLIENTS,
  check(client, _config, report) {
    if (client.allowedOAuthFlows?.includes("implicit")) {
      report(
        `${client.subject} should not allow the OAuth implicit grant (${client.path("allowedOAuthFlows")} includes ` +
          `"implicit"); use "code" (the authorization code grant, with PKCE) instead.`,
      );
    }
  },
});
