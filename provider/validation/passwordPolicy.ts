/** Password policy, sign-in policy, and the legacy validity of admin-created accounts. */
import type { Violation } from "./walk";
import { int, knownStrings, stringItems } from "./read";

export function checkPasswordPolicy(pool: unknown): Violation[] {
  const out: Violation[] = [];
  for (const { value, index } of stringItems(pool, "policies", "signInPolicy", "allowedFirstAuthFactors")) {
    if (value === "SOFTWARE_TOKEN") {
      out.push({
        path: ["policies", "signInPolicy", "allowedFirstAuthFactors", index],
        reason:
          `must not be "SOFTWARE_TOKEN"; got "SOFTWARE_TOKEN". Cognito does not support an authenticator app (TOTP) ` +
          `as a first sign-in factor: remove it from policies.signInPolicy.allowedFirstAuthFactors and offer ` +
          `TOTP as an MFA factor with softwareTokenMfaConfiguration.enabled instead.`,
      });
    }
  }
  // PASSWORD cannot be left out of the first factors: the AWS CDK refuses it ("The password
  // authentication cannot be disabled.", configureSignInPolicy in
  // https://github.com/aws/aws-cdk/blob/main/packages/aws-cdk-lib/aws-cognito/lib/user-pool.ts), as the
  // Cognito console does; the API reference lists PASSWORD among the factors:
  // https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignInPolicyType.html
  const factors = knownStrings(pool, "policies", "signInPolicy", "allowedFirstAuthFactors");
  if (factors !== undefined && factors.length > 0 && !factors.includes("PASSWORD")) {
    out.push({
      path: ["policies", "signInPolicy", "allowedFirstAuthFactors"],
      reason:
        `must include "PASSWORD"; got [${factors.map((f) => JSON.stringify(f)).join(", ")}]. Password sign-in ` +
        `cannot be turned off in a user pool (the AWS CDK refuses this too): add "PASSWORD" to ` +
        `policies.signInPolicy.allowedFirstAuthFactors, and keep password flows out of your app ` +
        `clients' explicitAuthFlows if users should never sign in with one.`,
    });
  }
  const unused = int(pool, "adminCreateUserConfig", "unusedAccountValidityDays");
  const temporary = int(pool, "policies", "passwordPolicy", "temporaryPasswordValidityDays");
  if (unused !== undefined && temporary !== undefined && temporary !== 0) {
    out.push({
      path: ["adminCreateUserConfig", "unusedAccountValidityDays"],
      reason:
        `must be left out when policies.passwordPolicy.temporaryPasswordValidityDays is set; got ${unused} ` +
        `alongside ${temporary}. It is the legacy form of the same setting, and Cognito refuses it once ` +
        `temporaryPasswordValidityDays is used: remove adminCreateUserConfig.unusedAccountValidityDays.`,
    });
  }
  return out;
}
