/**
 * What Cognito uses for a setting a program leaves out, as the policies judge it. Pools are
 * judged by what Cognito will actually do, so an omitted setting counts as its default.
 */
export const COGNITO_DEFAULTS = {
  deletionProtection: "INACTIVE",
  /** The password policy of a pool created without one (DescribeUserPool of such a pool). */
  passwordPolicy: {
    minimumLength: 8,
    requireUppercase: true,
    requireLowercase: true,
    requireNumbers: true,
    requireSymbols: true,
    temporaryPasswordValidityDays: 7,
  },
  /**
   * A requirement flag left out of a password policy that *is* declared. The API models these
   * flags as booleans defaulting to false (the AWS SDKs for Go v2 and Terraform's provider send
   * an unset flag as false), so a declared policy requires only what it says.
   */
  omittedRequirementInDeclaredPolicy: false,
  /** Cognito treats TemporaryPasswordValidityDays 0 as "not set", which means 7. */
  temporaryPasswordValidityDaysWhenZero: 7,
  mfaConfiguration: "OFF",
  advancedSecurityMode: "OFF",
  userPoolTier: "ESSENTIALS",
  allowAdminCreateUserOnly: false,
  /** CreateUserPool without UsernameConfiguration makes usernames case-sensitive. */
  caseSensitive: true,
} as const;
