import { COGNITO_DEFAULTS } from "../cognitoDefaults";
import { definePolicy, USER_POOLS } from "../policy";
import { got, listOf, literal } from "../text";
import type { UserPoolView } from "../userPoolView";

export type MfaConfig = {
  /** Accept MfaConfiguration OPTIONAL (users may skip MFA) as well as ON. */
  readonly allowOptional: boolean;
  /** Also check pools whose sign-in allows passwordless first factors (Prowler's and cdk-nag's scope). */
  readonly checkPasswordlessPools: boolean;
};

/** The first factors a pool allows other than a password, by its declared sign-in policy (default PASSWORD only). */
function passwordlessFactors(pool: UserPoolView): string[] {
  const factors = pool.allowedFirstAuthFactors ?? COGNITO_DEFAULTS.allowedFirstAuthFactors;
  return factors.filter((f) => f !== "PASSWORD");
}

/**
 * Mirrors AWS Security Hub Cognito.5
 * (https://docs.aws.amazon.com/securityhub/latest/userguide/cognito-controls.html#cognito-5) and its AWS
 * Config rule cognito-user-pool-mfa-enabled, which "checks if Amazon Cognito user pools configured
 * with a PASSWORD-only sign-in policy have Multi-Factor Authentication (MFA) enabled"
 * (https://docs.aws.amazon.com/config/latest/developerguide/cognito-user-pool-mfa-enabled.html): pools
 * whose sign-in policy allows EMAIL_OTP, SMS_OTP or WEB_AUTHN first factors are outside its scope,
 * and here too unless checkPasswordlessPools is set. Prowler cognito_user_pool_mfa_enabled
 * (prowler-cloud/prowler prowler/providers/aws/services/cognito/cognito_user_pool_mfa_enabled/) and
 * cdk-nag AwsSolutions-COG2 (cdklabs/cdk-nag src/rules/cognito/CognitoUserPoolMFA.ts) check every
 * pool and accept only ON: checkPasswordlessPools: true with allowOptional: false (the default) is
 * their rule. Factors: SMS, authenticator app (TOTP) and email. Passkeys are not one, even configured
 * for MFA (WebAuthnConfiguration.FactorConfiguration MULTI_FACTOR_WITH_USER_VERIFICATION): "passkey
 * MFA applies only when passkey is the first authentication factor", and "the user must also have at
 * least one other MFA method such as SMS, TOTP, or email activated"
 * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_WebAuthnMfaSettingsType.html;
 * SetUserPoolMfaConfig lists WebAuthnConfiguration apart from the SMS, TOTP and email MFA
 * configurations, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetUserPoolMfaConfig.html).
 * Email codes count only when the pool sends email through its own SES identity
 * (emailConfiguration.emailSendingAccount DEVELOPER; userPoolView.ts cites AWS). This project's provider
 * refuses MFA ON or OPTIONAL without SMS, TOTP or email, and email MFA without DEVELOPER, at
 * preview (provider/validation/mfa.ts), so this policy never passes a pool the provider refuses
 * for either; tests/unit/policy/mfa.test.ts compares the two.
 */
export const mfaPolicy = definePolicy<MfaConfig, UserPoolView>({
  name: "cognito-user-pool-mfa",
  displayName: "Cognito user pool MFA",
  description:
    "Cognito user pools with password-only sign-in must require multi-factor authentication (MfaConfiguration ON, " +
    "or OPTIONAL when allowed) with at least one factor configured (SMS, authenticator app or email; passkeys are " +
    "not one). " +
    "Mirrors AWS Security Hub Cognito.5 and AWS Config cognito-user-pool-mfa-enabled; with " +
    "checkPasswordlessPools, Prowler cognito_user_pool_mfa_enabled and cdk-nag AwsSolutions-COG2.",
  severity: "high",
  defaultEnforcementLevel: "advisory",
  remediationSteps: 'Set mfaConfiguration to "ON" and configure a factor: an authenticator app (TOTP), SMS or email.',
  configFields: {
    allowOptional: {
      type: "boolean",
      description: 'Also accept mfaConfiguration "OPTIONAL", where each user chooses whether to use MFA.',
    },
    checkPasswordlessPools: {
      type: "boolean",
      description:
        "Also check pools whose sign-in policy allows passwordless first factors (AWS Config leaves them out; " +
        "Prowler and cdk-nag check every pool).",
    },
  },
  configDefaults: { allowOptional: false, checkPasswordlessPools: false },
  appliesTo: USER_POOLS,
  outOfScope(pool, config) {
    if (config.checkPasswordlessPools) return undefined;
    const passwordless = passwordlessFactors(pool);
    return passwordless.length === 0
      ? undefined
      : `${pool.subject} allows passwordless sign-in (${listOf(passwordless)} in ` +
          `${pool.path("allowedFirstAuthFactors")}), outside the scope of AWS Config cognito-user-pool-mfa-enabled ` +
          `(password-only pools); configure checkPasswordlessPools: true to check it too`;
  },
  check(pool, config, report) {
    const declared = pool.mfaConfiguration;
    const mode = declared ?? COGNITO_DEFAULTS.mfaConfiguration;
    const factors = pool.mfaFactors;
    const hasFactor = factors.sms || factors.totp || factors.email;
    const accepted = mode === "ON" || (config.allowOptional && mode === "OPTIONAL");
    const path = pool.path("mfaConfiguration");

    if (!accepted) {
      const wanted = config.allowOptional ? '"ON" (or "OPTIONAL")' : '"ON"';
      const withFactor = hasFactor ? "" : `, with at least one factor: ${pool.mfaFactorSettings}`;
      const optionalNote =
        mode === "OPTIONAL" ? " (or configure this policy with allowOptional: true to accept OPTIONAL)" : "";
      report(
        `${pool.subject} must require MFA for every user (${got(declared, COGNITO_DEFAULTS.mfaConfiguration)}); ` +
          `set ${path}: ${wanted}${withFactor}${optionalNote}.`,
      );
    } else if (!hasFactor) {
      const none = factors.emailWithoutDeveloperAccount
        ? 'email codes are asked for, but Cognito sends them only with emailConfiguration.emailSendingAccount "DEVELOPER"'
        : factors.passkey
          ? "only passkeys are set, which apply only as a first factor and are no MFA factor of their own"
          : "none is set";
      report(
        `${pool.subject} must configure at least one MFA factor for ${path} ${literal(mode)} (${none}); ` +
          `set ${pool.mfaFactorSettings}.`,
      );
    } else if (factors.emailWithoutDeveloperAccount) {
      report(
        `${pool.subject} asks for email MFA codes without emailConfiguration.emailSendingAccount "DEVELOPER", ` +
          `which Cognito needs to send them (it rejects the setting); set emailConfiguration.emailSendingAccount: ` +
          `"DEVELOPER" with a verified Amazon SES sourceArn, or stop asking for email codes.`,
      );
    }
  },
});
