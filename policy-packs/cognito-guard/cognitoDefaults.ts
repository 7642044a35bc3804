/**
 * What Cognito does with a setting a program leaves out, as the policies judge it: pools, clients
 * and identity pools are judged by what Cognito will actually do, so an omitted setting counts as
 * Cognito's documented default. Each entry cites where AWS documents it.
 */
export const COGNITO_DEFAULTS = {
  /**
   * "When you create a user pool with the CreateUserPool API, deletion protection is inactive by
   * default." https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-deletion-protection.html
   */
  deletionProtection: "INACTIVE",
  /**
   * The password policy of a pool created without one, as DescribeUserPool reports it: 8
   * characters, all four character classes, temporary passwords valid for 7 days (the console's
   * "Cognito defaults" password policy mode,
   * https://docs.aws.amazon.com/cognito/latest/developerguide/managing-users-passwords.html, and
   * aws-cdk's PasswordPolicy defaults,
   * https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_cognito.PasswordPolicy.html).
   */
  passwordPolicy: {
    minimumLength: 8,
    requireUppercase: true,
    requireLowercase: true,
    requireNumbers: true,
    requireSymbols: true,
    temporaryPasswordValidityDays: 7,
  },
  /**
   * A requirement flag left out of a password policy that *is* declared is false. AWS's own SDK
   * for Go v2, generated from the Cognito API model, declares RequireUppercase, RequireLowercase,
   * RequireNumbers and RequireSymbols as plain `bool` and serialises them only when true
   * (`if v.RequireLowercase != false { ... }` in
   * https://github.com/aws/aws-sdk-go-v2/blob/main/service/cognitoidentityprovider/types/types.go):
   * a request from that SDK that omits a flag and one that sets it to false are the same request.
   * Terraform's provider (@pulumi/aws) sends an unset flag as false too. AWS's documentation itself
   * says only "Required: No" (PasswordPolicyType), and the CDK documents `@default true` while
   * sending the flags unset, so this project's provider relies on no meaning at all (its generator
   * writes every flag, its updates keep a flag's live value: provider/defaults.ts, which holds the
   * sources): judging an omitted flag false is the reading that never passes a weak policy.
   */
  omittedRequirementInDeclaredPolicy: false,
  /**
   * MinimumLength left out of a declared password policy: AWS documents no value for it.
   * PasswordPolicyType lists it as "Required: No" with no default
   * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_PasswordPolicyType.html),
   * and the Go v2 SDK models it as a nullable `*int32` with no model default (same file as above).
   * The default of 8 belongs to a pool created with no password policy at all, not to a member
   * left out of a declared one, so the policy judges such a length as unknown and fails it, as
   * cdk-nag AwsSolutions-COG1 does (`minimumLength == undefined` is NON_COMPLIANT in
   * https://github.com/cdklabs/cdk-nag/blob/main/src/rules/cognito/CognitoUserPoolStrongPasswordPolicy.ts).
   */
  minimumLengthInDeclaredPolicy: undefined,
  /**
   * TemporaryPasswordValidityDays: "Defaults to 7. If you submit a value of 0, Amazon Cognito treats
   * it as a null value and sets TemporaryPasswordValidityDays to its default value."
   * (PasswordPolicyType, link above.) While it is not set, the legacy
   * AdminCreateUserConfig.UnusedAccountValidityDays applies: "For older user pools that have a
   * UnusedAccountValidityDays configuration, that value is effective until you set a value for
   * TemporaryPasswordValidityDays."
   * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUserConfigType.html)
   */
  temporaryPasswordValidityDays: 7,
  /** MfaConfiguration: "OFF" unless set (CreateUserPool). */
  mfaConfiguration: "OFF",
  /** SignInPolicy.AllowedFirstAuthFactors defaults to PASSWORD only (SignInPolicyType). */
  allowedFirstAuthFactors: ["PASSWORD"],
  advancedSecurityMode: "OFF",
  /**
   * "New pools default to ESSENTIALS" holds only at creation: for an existing pool an omitted
   * tier leaves its tier as it is (@pulumi/aws's userPoolTier is optional and computed), so the
   * policies never assume it for a pool they cannot tell is new.
   */
  userPoolTierAtCreation: "ESSENTIALS",
  allowAdminCreateUserOnly: false,
  /** CreateUserPool without UsernameConfiguration makes usernames case-sensitive (UsernameConfigurationType). */
  caseSensitive: true,
  /**
   * "When you create a new app client with the Amazon Cognito user pools API,
   * PreventUserExistenceErrors is LEGACY, or disabled, by default."
   * https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html
   */
  preventUserExistenceErrors: "LEGACY",
  /**
   * "If you don't include this parameter, token revocation is automatically activated for the new
   * user pool client." (EnableTokenRevocation,
   * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html)
   */
  enableTokenRevocation: true,
  /**
   * "If you don't specify a value for ExplicitAuthFlows, your app client supports
   * ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_SRP_AUTH, and ALLOW_CUSTOM_AUTH." (same page)
   */
  explicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH"],
  /**
   * Identity pools: CreateIdentityPool requires AllowUnauthenticatedIdentities (so does
   * aws-native); @pulumi/aws makes it optional, default false, and documents AllowClassicFlow as
   * "Default is `false`"; CloudFormation's AllowClassicFlow is optional and off unless set
   * (https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_CreateIdentityPool.html).
   */
  allowUnauthenticatedIdentities: false,
  allowClassicFlow: false,
} as const;
