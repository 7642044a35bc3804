import { COGNITO_DEFAULTS } from "../cognitoDefaults";
import type { NoConfig } from "../config";
import { definePolicy, USER_POOL_CLIENTS } from "../policy";
import { listOf } from "../text";
import type { UserPoolClientView } from "../userPoolClientView";

/** The flows that send the password itself to Cognito (the legacy name included). */
const PLAIN_PASSWORD_FLOWS = ["ALLOW_USER_PASSWORD_AUTH", "USER_PASSWORD_AUTH"];

/**
 * Common practice: no Security Hub, Config, Prowler or cdk-nag check covers it. With
 * USER_PASSWORD_AUTH "your app passes a user name and password to Amazon Cognito in the request,
 * instead of using the Secure Remote Password (SRP) protocol to securely transmit the password"
 * (ExplicitAuthFlows, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html);
 * AWS Amplify calls USER_SRP_AUTH, where "the password never leaves the client", "the recommended
 * flow" and keeps USER_PASSWORD_AUTH for user migration
 * (https://docs.amplify.aws/react/build-a-backend/auth/switch-auth/). Left out, ExplicitAuthFlows
 * does not include it (cognitoDefaults.ts).
 */
export const clientUserPasswordAuthPolicy = definePolicy<NoConfig, UserPoolClientView>({
  name: "cognito-user-pool-client-no-user-password-auth",
  displayName: "Cognito user pool client without plain password sign-in",
  description:
    "Cognito user pool clients should not allow ALLOW_USER_PASSWORD_AUTH, which sends the password itself to " +
    "Cognito; SRP (ALLOW_USER_SRP_AUTH) proves it without sending it. Common practice.",
  severity: "low",
  defaultEnforcementLevel: "advisory",
  remediationSteps: 'Remove "ALLOW_USER_PASSWORD_AUTH" from explicitAuthFlows; use "ALLOW_USER_SRP_AUTH".',
  configFields: {},
  configDefaults: {},
  appliesTo: USER_POOL_CLIENTS,
  check(client, _config, report) {
    const flows = client.explicitAuthFlows ?? COGNITO_DEFAULTS.explicitAuthFlows;
    const plain = flows.filter((f) => PLAIN_PASSWORD_FLOWS.includes(f));
    if (plain.length > 0) {
      report(
        `${client.subject} should not send passwords to Cognito in plain (${client.path("explicitAuthFlows")} ` +
          `includes ${listOf(plain)}); remove ${plain.length === 1 ? "it" : "them"} and use "ALLOW_USER_SRP_AUTH".`,
      );
    }
  },
});
