import { COGNITO_DEFAULTS } from "../cognitoDefaults";
import { definePolicy } from "../policy";
import { got, literal, subject } from "../text";

export type MfaConfig = {
  /** Accept MfaConfiguration OPTIONAL (users may skip MFA) as well as ON. */
  readonly allowOptional: boolean;
};

export const mfaPolicy = definePolicy<MfaConfig>({
  name: "cognito-user-pool-mfa",
  displayName: "Cognito user pool MFA",
  description:
    "Cognito user pools must require multi-factor authentication (MfaConfiguration ON, or OPTIONAL when allowed) " +
    "with at least one factor configured (SMS, authenticator app or email). Mirrors AWS Security Hub Cognito.5, " +
    "AWS Config cognito-user-pool-mfa-enabled, Prowler cognito_user_pool_mfa_enabled and KICS.",
  severity: "high",
  defaultEnforcementLevel: "advisory",
  remediationSteps: 'Set mfaConfiguration to "ON" and configure a factor: an authenticator app (TOTP), SMS or email.',
  configFields: {
    allowOptional: {
      type: "boolean",
      description: 'Also accept mfaConfiguration "OPTIONAL", where each user chooses whether to use MFA.',
    },
  },
  configDefaults: { allowOptional: false },
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
        `${subject(pool.name)} must require MFA for every user (${got(declared, COGNITO_DEFAULTS.mfaConfiguration)}); ` +
          `set ${path}: ${wanted}${withFactor}${optionalNote}.`,
      );
    } else if (!hasFactor) {
      report(
        `${subject(pool.name)} must configure at least one MFA factor for ${path} ${literal(mode)} (none is set); ` +
          `set ${pool.mfaFactorSettings}.`,
      );
    }
  },
});
