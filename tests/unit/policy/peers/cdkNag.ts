/**
 * cdk-nag's Cognito rule tests, translated.
 *
 * Source: repository cdklabs/cdk-nag, path test/rules/Cognito.test.ts (rules in
 * src/rules/cognito/*.ts), commit ca6d1b54e1cf1c2e3c29d731e066f6d5ded710b5.
 *
 * cdk-nag judges the synthesized CloudFormation template, so each case states the members the
 * template has. The CDK's UserPool construct writes Policies.PasswordPolicy only from a
 * `passwordPolicy` prop, and then only the flags the prop sets (minLength defaults to 8):
 * aws/aws-cdk packages/aws-cdk-lib/aws-cognito/lib/user-pool.ts, configurePasswordPolicy.
 *
 * Not ported: the three CognitoUserPoolAPIGWAuthorizer (AwsSolutions-COG4) tests, which judge API
 * Gateway methods, not a Cognito resource (the README says the pack does not cover COG4).
 */
import type { PeerCase, PeerSource } from "./translate";

export const SOURCE: PeerSource = {
  peer: "cdk-nag",
  repository: "cdklabs/cdk-nag",
  paths: ["test/rules/Cognito.test.ts", "src/rules/cognito/"],
  commit: "ca6d1b54e1cf1c2e3c29d731e066f6d5ded710b5",
};

/** cognito-user-pool-password-policy configured as COG1 (README: "cdk-nag AwsSolutions-COG1 exactly"). */
const COG1 = { requireDeclaredPolicy: true, requireLowercase: false, maxTemporaryPasswordValidityDays: 365 };
/** cognito-user-pool-mfa configured as COG2: every pool, ON only. */
const COG2 = { checkPasswordlessPools: true, allowOptional: false };

const PASSWORD = "cognito-user-pool-password-policy";
const COG1_RULE = "AwsSolutions-COG1 (CognitoUserPoolStrongPasswordPolicy)";

export const CASES: readonly PeerCase[] = [
  {
    id: "CognitoUserPoolStrongPasswordPolicy: Noncompliance 1",
    rule: COG1_RULE,
    policy: PASSWORD,
    config: COG1,
    resource: { userPool: { passwordPolicy: null } },
    note: "new UserPool() with no passwordPolicy: the template has no Policies.PasswordPolicy",
    verdict: "fail",
  },
  {
    id: "CognitoUserPoolStrongPasswordPolicy: Noncompliance 2",
    rule: COG1_RULE,
    policy: PASSWORD,
    config: COG1,
    resource: { userPool: { passwordPolicy: { minimumLength: 8, requireUppercase: true, requireNumbers: true } } },
    verdict: "fail",
  },
  {
    id: "CognitoUserPoolStrongPasswordPolicy: Noncompliance 3: undefined passwordPolicy",
    rule: COG1_RULE,
    policy: PASSWORD,
    config: COG1,
    resource: { userPool: { passwordPolicy: null } },
    verdict: "fail",
  },
  {
    id: "CognitoUserPoolStrongPasswordPolicy: Noncompliance 4: no minimumLength in passwordPolicy",
    rule: COG1_RULE,
    policy: PASSWORD,
    config: COG1,
    resource: { userPool: { passwordPolicy: {} } },
    verdict: "fail",
  },
  {
    id: "CognitoUserPoolStrongPasswordPolicy: Noncompliance 5: passwordPolicy.minimumLength < 8",
    rule: COG1_RULE,
    policy: PASSWORD,
    config: COG1,
    resource: { userPool: { passwordPolicy: { minimumLength: 7 } } },
    verdict: "fail",
  },
  {
    id: "CognitoUserPoolStrongPasswordPolicy: Noncompliance 6: passwordPolicy.requireUppercase is not true",
    rule: COG1_RULE,
    policy: PASSWORD,
    config: COG1,
    resource: { userPool: { passwordPolicy: { minimumLength: 8 } } },
    verdict: "fail",
  },
  {
    id: "CognitoUserPoolStrongPasswordPolicy: Noncompliance 7: passwordPolicy.requireNumberst is not true",
    rule: COG1_RULE,
    policy: PASSWORD,
    config: COG1,
    resource: { userPool: { passwordPolicy: { minimumLength: 8, requireUppercase: true } } },
    verdict: "fail",
  },
  {
    id: "CognitoUserPoolStrongPasswordPolicy: Compliance",
    rule: COG1_RULE,
    policy: PASSWORD,
    config: COG1,
    resource: {
      userPool: {
        passwordPolicy: { minimumLength: 8, requireUppercase: true, requireNumbers: true, requireSymbols: true },
      },
    },
    note: "requireLowercase and the validity days are not in the template: COG1 reads neither",
    verdict: "pass",
  },
  {
    id: "CognitoUserPoolStrongPasswordPolicy: Compliance, with the pack's defaults",
    rule: COG1_RULE,
    policy: PASSWORD,
    resource: {
      userPool: {
        passwordPolicy: { minimumLength: 8, requireUppercase: true, requireNumbers: true, requireSymbols: true },
      },
    },
    verdict: "pass",
    differsOnPurpose:
      "COG1 does not require lowercase letters; the pack's default (AWS Config's requireLowercase: true) does, and a " +
      "flag left out of a declared policy is false. Configure requireLowercase: false (with requireDeclaredPolicy: " +
      "true and maxTemporaryPasswordValidityDays: 365) for COG1 exactly.",
  },
  {
    id: "CognitoUserPoolMFA: Noncompliance 1",
    rule: "AwsSolutions-COG2 (CognitoUserPoolMFA)",
    policy: "cognito-user-pool-mfa",
    config: COG2,
    resource: { userPool: { mfaConfiguration: null, mfaFactors: [] } },
    note: "new UserPool(): no MfaConfiguration in the template",
    verdict: "fail",
  },
  {
    id: "CognitoUserPoolMFA: Noncompliance 2",
    rule: "AwsSolutions-COG2 (CognitoUserPoolMFA)",
    policy: "cognito-user-pool-mfa",
    config: COG2,
    resource: { userPool: { mfaConfiguration: "OPTIONAL", mfaFactors: ["sms"] } },
    note: "mfa: Mfa.OPTIONAL; the construct's default second factor is SMS",
    verdict: "fail",
  },
  {
    id: "CognitoUserPoolMFA: Compliance",
    rule: "AwsSolutions-COG2 (CognitoUserPoolMFA)",
    policy: "cognito-user-pool-mfa",
    config: COG2,
    resource: { userPool: { mfaConfiguration: "ON", mfaFactors: ["sms"] } },
    note: "mfa: Mfa.REQUIRED; the construct's default second factor is SMS",
    verdict: "pass",
  },
  {
    id: "CognitoUserPoolPlusTier: Noncompliance 1",
    rule: "AwsSolutions-COG8 (CognitoUserPoolPlusTier)",
    policy: "cognito-user-pool-plus-tier",
    resource: { userPool: { userPoolTier: null } },
    verdict: "fail",
  },
  {
    id: "CognitoUserPoolPlusTier: Noncompliance 2",
    rule: "AwsSolutions-COG8 (CognitoUserPoolPlusTier)",
    policy: "cognito-user-pool-plus-tier",
    resource: { userPool: { userPoolTier: "ESSENTIALS" } },
    verdict: "fail",
  },
  {
    id: "CognitoUserPoolPlusTier: Noncompliance 3",
    rule: "AwsSolutions-COG8 (CognitoUserPoolPlusTier)",
    policy: "cognito-user-pool-plus-tier",
    resource: { userPool: { userPoolTier: "LITE" } },
    verdict: "fail",
  },
  {
    id: "CognitoUserPoolPlusTier: Compliance",
    rule: "AwsSolutions-COG8 (CognitoUserPoolPlusTier)",
    policy: "cognito-user-pool-plus-tier",
    resource: { userPool: { userPoolTier: "PLUS" } },
    verdict: "pass",
  },
  {
    id: "CognitoUserPoolNoUnauthenticatedLogins: Noncompliance 1",
    rule: "AwsSolutions-COG7 (CognitoUserPoolNoUnauthenticatedLogins)",
    policy: "cognito-identity-pool-no-guest-access",
    resource: { identityPool: { allowUnauthenticatedIdentities: true } },
    verdict: "fail",
  },
  {
    id: "CognitoUserPoolNoUnauthenticatedLogins: Compliance",
    rule: "AwsSolutions-COG7 (CognitoUserPoolNoUnauthenticatedLogins)",
    policy: "cognito-identity-pool-no-guest-access",
    resource: { identityPool: { allowUnauthenticatedIdentities: false } },
    verdict: "pass",
  },
];
