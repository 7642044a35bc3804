/** Password policy, sign-in policy, and the legacy validity of admin-created accounts. */
import { AuthFactorType } from "@aws-sdk/client-cognito-identity-provider";
import type { Violation } from "../desiredPool";
import { int, knownStrings, stringItems } from "./read";
import type { FieldRule } from "./rules";
import { arg } from "./text";

export const passwordRules: readonly FieldRule[] = [
  {
    kind: "range",
    path: ["Policies", "PasswordPolicy", "MinimumLength"],
    min: 6,
    max: 99,
  },
  { kind: "range", path: ["Policies", "PasswordPolicy", "PasswordHistorySize"], min: 0, max: 24 },
  { kind: "range", path: ["Policies", "PasswordPolicy", "TemporaryPasswordValidityDays"], min: 0, max: 365 },
  { kind: "items", path: ["Policies", "SignInPolicy", "AllowedFirstAuthFactors"], min: 1, max: 5 },
  {
    kind: "enum",
    path: ["Policies", "SignInPolicy", "AllowedFirstAuthFactors", "*"],
    values: Object.values(AuthFactorType),
  },
  { kind: "range", path: ["AdminCreateUserConfig", "UnusedAccountValidityDays"], min: 0, max: 365 },
];

export function checkPasswordPolicy(pool: unknown): Violation[] {
  const out: Violation[] = [];
  for (const { value, index } of stringItems(pool, "Policies", "SignInPolicy", "AllowedFirstAuthFactors")) {
    if (value === "SOFTWARE_TOKEN") {
      out.push({
        path: ["Policies", "SignInPolicy", "AllowedFirstAuthFactors", index],
        reason:
          `must not be "SOFTWARE_TOKEN"; got "SOFTWARE_TOKEN". Cognito does not support an authenticator app (TOTP) ` +
          `as a first sign-in factor: remove it from ${arg("Policies.SignInPolicy.AllowedFirstAuthFactors")} and offer ` +
          `TOTP as an MFA factor with softwareTokenMfaConfiguration.enabled instead.`,
      });
    }
  }
  // PASSWORD cannot be left out of the first factors: the AWS CDK refuses it ("The password
  // authentication cannot be disabled.", configureSignInPolicy in
  // https://github.com/aws/aws-cdk/blob/main/packages/aws-cdk-lib/aws-cognito/lib/user-pool.ts), as the
  // Cognito console does; the API reference lists PASSWORD among the factors:
  // https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignInPolicyType.html
  const factors = knownStrings(pool, "Policies", "SignInPolicy", "AllowedFirstAuthFactors");
  if (factors !== undefined && factors.length > 0 && !factors.includes("PASSWORD")) {
    out.push({
      path: ["Policies", "SignInPolicy", "AllowedFirstAuthFactors"],
      reason:
        `must include "PASSWORD"; got [${factors.map((f) => JSON.stringify(f)).join(", ")}]. Password sign-in ` +
        `cannot be turned off in a user pool (the AWS CDK refuses this too): add "PASSWORD" to ` +
        `${arg("Policies.SignInPolicy.AllowedFirstAuthFactors")}, and keep password flows out of your app ` +
        `clients' explicitAuthFlows if users should never sign in with one.`,
    });
  }
  const unused = int(pool, "AdminCreateUserConfig", "UnusedAccountValidityDays");
  const temporary = int(pool, "Policies", "PasswordPolicy", "TemporaryPasswordValidityDays");
  if (unused !== undefined && temporary !== undefined && temporary !== 0) {
    out.push({
      path: ["AdminCreateUserConfig", "UnusedAccountValidityDays"],
      reason:
        `must be left out when ${arg("Policies.PasswordPolicy.TemporaryPasswordValidityDays")} is set; got ${unused} ` +
        `alongside ${temporary}. It is the legacy form of the same setting, and Cognito refuses it once ` +
        `temporaryPasswordValidityDays is used: remove ${arg("AdminCreateUserConfig.UnusedAccountValidityDays")}.`,
    });
  }
  return out;
}
