/**
 * What Cognito uses for a setting the request leaves out, by API path. It feeds the `@default`
 * of the generated arg docs and lets a program generated from a live pool leave defaults out.
 * Only documented defaults are listed; a setting absent here has none worth stating.
 */
export const COGNITO_DEFAULTS: Readonly<Record<string, unknown>> = {
  DeletionProtection: "INACTIVE",
  MfaConfiguration: "OFF",
  UserPoolTier: "ESSENTIALS",
  "Policies.PasswordPolicy.MinimumLength": 8,
  "Policies.PasswordPolicy.RequireUppercase": true,
  "Policies.PasswordPolicy.RequireLowercase": true,
  "Policies.PasswordPolicy.RequireNumbers": true,
  "Policies.PasswordPolicy.RequireSymbols": true,
  "Policies.PasswordPolicy.TemporaryPasswordValidityDays": 7,
  "Policies.SignInPolicy.AllowedFirstAuthFactors": ["PASSWORD"],
  "AdminCreateUserConfig.AllowAdminCreateUserOnly": false,
  "AdminCreateUserConfig.UnusedAccountValidityDays": 7,
  "UserPoolAddOns.AdvancedSecurityMode": "OFF",
  "VerificationMessageTemplate.DefaultEmailOption": "CONFIRM_WITH_CODE",
  "EmailConfiguration.EmailSendingAccount": "COGNITO_DEFAULT",
  "DeviceConfiguration.ChallengeRequiredOnNewDevice": false,
  "DeviceConfiguration.DeviceOnlyRememberedOnUserPrompt": false,
  "KeyConfiguration.KeyType": "AWS_OWNED_KEY",
};
