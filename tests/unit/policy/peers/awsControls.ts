/**
 * AWS Security Hub's Cognito controls and the AWS Config managed rules behind them, translated:
 * each documented pass and fail condition, and each parameter, as a case.
 *
 * Source: no repository and no commit. AWS publishes these pages only as documentation (the
 * former awsdocs GitHub repositories were archived before the Cognito.4-6 controls existed); the
 * pages, as read on 2026-12-05:
 * - https://docs.aws.amazon.com/securityhub/latest/userguide/cognito-controls.html (Cognito.1-6)
 * - https://docs.aws.amazon.com/config/latest/developerguide/cognito-user-pool-advanced-security-enabled.html
 * - https://docs.aws.amazon.com/config/latest/developerguide/cognito-userpool-cust-auth-threat-full-check.html
 * - https://docs.aws.amazon.com/config/latest/developerguide/cognito-user-pool-password-policy-check.html
 * - https://docs.aws.amazon.com/config/latest/developerguide/cognito-user-pool-mfa-enabled.html
 * - https://docs.aws.amazon.com/config/latest/developerguide/cognito-user-pool-deletion-protection-enabled.html
 * - https://docs.aws.amazon.com/config/latest/developerguide/cognito-identity-pool-unauth-access-check.html
 * - https://docs.aws.amazon.com/config/latest/developerguide/cognito-identity-pool-unauthenticated-logins.html
 * - https://docs.aws.amazon.com/config/latest/developerguide/cognito-user-pool-tagged.html
 *
 * Config evaluates the pool's configuration item, which holds what Cognito applies: a member a
 * program leaves out is judged by Cognito's default (cognitoDefaults.ts), as the pack does.
 */
import { STRONG_PASSWORD_POLICY, type PeerCase, type PeerSource } from "./translate";

export const SOURCE: PeerSource = {
  peer: "AWS Security Hub / AWS Config",
  repository: "no repository: AWS documentation pages, listed above",
  paths: ["securityhub/latest/userguide/cognito-controls.html", "config/latest/developerguide/cognito-*.html"],
  commit: "no commit: pages read 2026-12-05",
};

const C1 = "Security Hub Cognito.1 / Config cognito-user-pool-advanced-security-enabled";
const C3 = "Security Hub Cognito.3 / Config cognito-user-pool-password-policy-check";
const C4 = "Security Hub Cognito.4 / Config cognito-userpool-cust-auth-threat-full-check";
const C5 = "Security Hub Cognito.5 / Config cognito-user-pool-mfa-enabled";
const C6 = "Security Hub Cognito.6 / Config cognito-user-pool-deletion-protection-enabled";
const THREAT = "cognito-user-pool-threat-protection";
const CUSTOM = "cognito-user-pool-custom-auth-threat-protection";
const PASSWORD = "cognito-user-pool-password-policy";

export const CASES: readonly PeerCase[] = [
  // Cognito.1: "fails if the user pool has threat protection deactivated or if the enforcement mode
  // isn't set to full function"; SecurityMode AUDIT or ENFORCED, Security Hub default ENFORCED.
  {
    id: "Cognito.1: OFF fails",
    rule: C1,
    policy: THREAT,
    resource: { userPool: { advancedSecurityMode: "OFF" } },
    verdict: "fail",
  },
  {
    id: "Cognito.1: threat protection left out (Cognito's default OFF) fails",
    rule: C1,
    policy: THREAT,
    resource: { userPool: { advancedSecurityMode: null } },
    verdict: "fail",
  },
  {
    id: "Cognito.1 (SecurityMode ENFORCED, the default): AUDIT fails",
    rule: C1,
    policy: THREAT,
    resource: { userPool: { advancedSecurityMode: "AUDIT" } },
    verdict: "fail",
  },
  {
    id: "Cognito.1 (SecurityMode ENFORCED, the default): ENFORCED passes",
    rule: C1,
    policy: THREAT,
    resource: { userPool: { advancedSecurityMode: "ENFORCED" } },
    verdict: "pass",
  },
  {
    id: "Config SecurityMode AUDIT: AUDIT passes",
    rule: C1,
    policy: THREAT,
    config: { securityMode: "AUDIT" },
    resource: { userPool: { advancedSecurityMode: "AUDIT" } },
    verdict: "pass",
  },
  {
    id: "Config SecurityMode AUDIT: ENFORCED does not match, fails",
    rule: C1,
    policy: THREAT,
    config: { securityMode: "AUDIT" },
    resource: { userPool: { advancedSecurityMode: "ENFORCED" } },
    verdict: "fail",
  },
  {
    id: "Config without SecurityMode: AUDIT (enabled) passes",
    rule: C1,
    policy: THREAT,
    config: { securityMode: "AUDIT_OR_ENFORCED" },
    resource: { userPool: { advancedSecurityMode: "AUDIT" } },
    verdict: "pass",
  },
  {
    id: "Config without SecurityMode: ENFORCED passes",
    rule: C1,
    policy: THREAT,
    config: { securityMode: "AUDIT_OR_ENFORCED" },
    resource: { userPool: { advancedSecurityMode: "ENFORCED" } },
    verdict: "pass",
  },
  {
    id: "Config without SecurityMode: OFF (not enabled) fails",
    rule: C1,
    policy: THREAT,
    config: { securityMode: "AUDIT_OR_ENFORCED" },
    resource: { userPool: { advancedSecurityMode: "OFF" } },
    verdict: "fail",
  },
  {
    id: "Config without SecurityMode, run with the pack's default: AUDIT",
    rule: C1,
    policy: THREAT,
    resource: { userPool: { advancedSecurityMode: "AUDIT" } },
    verdict: "pass",
    differsOnPurpose:
      "The pack's default is Security Hub's SecurityMode ENFORCED, not the Config rule's parameterless 'any enabled " +
      'mode\': audit mode takes no action. Configure securityMode: "AUDIT_OR_ENFORCED" for the Config rule as deployed without it.',
  },
  // Cognito.2: fails when AllowUnauthenticatedIdentities is true.
  {
    id: "Cognito.2: guest access on fails",
    rule: "Security Hub Cognito.2 / Config cognito-identity-pool-unauth-access-check",
    policy: "cognito-identity-pool-no-guest-access",
    resource: { identityPool: { allowUnauthenticatedIdentities: true } },
    verdict: "fail",
  },
  {
    id: "Cognito.2: guest access off passes",
    rule: "Security Hub Cognito.2 / Config cognito-identity-pool-unauth-access-check",
    policy: "cognito-identity-pool-no-guest-access",
    resource: { identityPool: { allowUnauthenticatedIdentities: false } },
    verdict: "pass",
  },
  // Config cognito-identity-pool-unauthenticated-logins: "NON_COMPLIANT if
  // configuration.AllowUnauthenticatedIdentities is true".
  {
    id: "Config cognito-identity-pool-unauthenticated-logins: AllowUnauthenticatedIdentities true fails",
    rule: "Config cognito-identity-pool-unauthenticated-logins",
    policy: "cognito-identity-pool-no-guest-access",
    resource: { identityPool: { allowUnauthenticatedIdentities: true } },
    verdict: "fail",
  },
  {
    id: "Config cognito-identity-pool-unauthenticated-logins: AllowUnauthenticatedIdentities left out passes",
    rule: "Config cognito-identity-pool-unauthenticated-logins",
    policy: "cognito-identity-pool-no-guest-access",
    resource: { identityPool: { allowUnauthenticatedIdentities: null } },
    verdict: "pass",
  },
  // Cognito.3: the policy must meet every parameter; defaults minLength 8, the four require* true,
  // temporaryPasswordValidity 7.
  {
    id: "Cognito.3 defaults: a policy of 8 characters, every class, 7 days passes",
    rule: C3,
    policy: PASSWORD,
    resource: {
      userPool: { passwordPolicy: { ...STRONG_PASSWORD_POLICY, minimumLength: 8, temporaryPasswordValidityDays: 7 } },
    },
    verdict: "pass",
  },
  {
    id: "Cognito.3 defaults: 7 characters fails",
    rule: C3,
    policy: PASSWORD,
    resource: { userPool: { passwordPolicy: { ...STRONG_PASSWORD_POLICY, minimumLength: 7 } } },
    verdict: "fail",
  },
  ...(["requireUppercase", "requireLowercase", "requireNumbers", "requireSymbols"] as const).flatMap(
    (member): PeerCase[] => [
      {
        id: `Cognito.3 defaults: ${member} false fails`,
        rule: C3,
        policy: PASSWORD,
        resource: { userPool: { passwordPolicy: { ...STRONG_PASSWORD_POLICY, [member]: false } } },
        verdict: "fail",
      },
      {
        id: `Config ${member}: false: a pool without that class passes`,
        rule: C3,
        policy: PASSWORD,
        config: { [member]: false },
        resource: { userPool: { passwordPolicy: { ...STRONG_PASSWORD_POLICY, [member]: false } } },
        verdict: "pass",
      },
    ],
  ),
  {
    id: "Cognito.3 defaults: temporary passwords valid 8 days fail",
    rule: C3,
    policy: PASSWORD,
    resource: { userPool: { passwordPolicy: { ...STRONG_PASSWORD_POLICY, temporaryPasswordValidityDays: 8 } } },
    verdict: "fail",
  },
  {
    id: "Config minLength 16: 14 characters fail",
    rule: C3,
    policy: PASSWORD,
    config: { minimumLength: 16 },
    resource: { userPool: { passwordPolicy: STRONG_PASSWORD_POLICY } },
    verdict: "fail",
  },
  {
    id: "Config temporaryPasswordValidity 30: 8 days pass",
    rule: C3,
    policy: PASSWORD,
    config: { maxTemporaryPasswordValidityDays: 30 },
    resource: { userPool: { passwordPolicy: { ...STRONG_PASSWORD_POLICY, temporaryPasswordValidityDays: 8 } } },
    verdict: "pass",
  },
  {
    id: "Cognito.3 defaults: no declared policy (Cognito's default policy) passes",
    rule: C3,
    policy: PASSWORD,
    resource: { userPool: { passwordPolicy: null } },
    verdict: "pass",
  },
  // Cognito.4: fails if threat protection is disabled, or custom authentication is not ENFORCED.
  {
    id: "Cognito.4: threat protection ENFORCED, custom authentication ENFORCED passes",
    rule: C4,
    policy: CUSTOM,
    resource: { userPool: { advancedSecurityMode: "ENFORCED", customAuthMode: "ENFORCED" } },
    verdict: "pass",
  },
  {
    id: "Cognito.4: threat protection AUDIT (on), custom authentication ENFORCED passes",
    rule: C4,
    policy: CUSTOM,
    resource: { userPool: { advancedSecurityMode: "AUDIT", customAuthMode: "ENFORCED" } },
    verdict: "pass",
  },
  {
    id: "Cognito.4: custom authentication AUDIT fails",
    rule: C4,
    policy: CUSTOM,
    resource: { userPool: { customAuthMode: "AUDIT" } },
    verdict: "fail",
  },
  {
    id: "Cognito.4: custom authentication left out fails",
    rule: C4,
    policy: CUSTOM,
    resource: { userPool: { customAuthMode: null } },
    verdict: "fail",
  },
  {
    id: "Cognito.4: threat protection disabled (OFF) fails, custom authentication ENFORCED",
    rule: C4,
    policy: CUSTOM,
    resource: { userPool: { advancedSecurityMode: "OFF", customAuthMode: "ENFORCED" } },
    verdict: "fail",
  },
  {
    id: "Cognito.4: threat protection left out fails, custom authentication ENFORCED",
    rule: C4,
    policy: CUSTOM,
    resource: { userPool: { advancedSecurityMode: null, customAuthMode: "ENFORCED" } },
    verdict: "fail",
  },
  // Cognito.5: password-only pools must have MFA; other sign-in policies are out of scope.
  {
    id: "Cognito.5: password-only pool with MFA ON passes",
    rule: C5,
    policy: "cognito-user-pool-mfa",
    resource: { userPool: { mfaConfiguration: "ON", mfaFactors: ["totp"], allowedFirstAuthFactors: ["PASSWORD"] } },
    verdict: "pass",
  },
  {
    id: "Cognito.5: password-only pool with MFA OFF fails",
    rule: C5,
    policy: "cognito-user-pool-mfa",
    resource: { userPool: { mfaConfiguration: "OFF", mfaFactors: [], allowedFirstAuthFactors: ["PASSWORD"] } },
    verdict: "fail",
  },
  {
    id: "Cognito.5: MFA left out (Cognito's default OFF) fails",
    rule: C5,
    policy: "cognito-user-pool-mfa",
    resource: { userPool: { mfaConfiguration: null, mfaFactors: [] } },
    verdict: "fail",
  },
  {
    id: "Cognito.5: a pool with passwordless first factors is outside the rule",
    rule: C5,
    policy: "cognito-user-pool-mfa",
    resource: {
      userPool: { mfaConfiguration: "OFF", mfaFactors: [], allowedFirstAuthFactors: ["PASSWORD", "EMAIL_OTP"] },
    },
    verdict: "not-applicable",
  },
  {
    id: "Cognito.5: MFA ON whose only factor is passkeys (no SMS, TOTP or email) is not MFA enabled",
    rule: C5,
    policy: "cognito-user-pool-mfa",
    kinds: ["dynamic", "awsNative"],
    resource: { userPool: { mfaConfiguration: "ON", mfaFactors: [], passkeyMfa: true } },
    note: "Cognito refuses MFA ON without SMS, TOTP or email (API_WebAuthnMfaSettingsType), and so does this project's provider",
    verdict: "fail",
  },
  // Cognito.6
  {
    id: "Cognito.6: deletion protection ACTIVE passes",
    rule: C6,
    policy: "cognito-user-pool-deletion-protection",
    resource: { userPool: { deletionProtection: "ACTIVE" } },
    verdict: "pass",
  },
  {
    id: "Cognito.6: deletion protection INACTIVE fails",
    rule: C6,
    policy: "cognito-user-pool-deletion-protection",
    resource: { userPool: { deletionProtection: "INACTIVE" } },
    verdict: "fail",
  },
  {
    id: "Cognito.6: deletion protection left out (INACTIVE) fails",
    rule: C6,
    policy: "cognito-user-pool-deletion-protection",
    resource: { userPool: { deletionProtection: null } },
    verdict: "fail",
  },
  // Config cognito-user-pool-tagged: no tags fails; requiredKeyTags must all be present; aws: tags do not count.
  {
    id: "Config cognito-user-pool-tagged: no tags fails",
    rule: "Config cognito-user-pool-tagged",
    policy: "cognito-user-pool-required-tags",
    config: { requiredTags: [] },
    resource: { userPool: { tags: null } },
    verdict: "fail",
  },
  {
    id: "Config cognito-user-pool-tagged: only aws: tags fail",
    rule: "Config cognito-user-pool-tagged",
    policy: "cognito-user-pool-required-tags",
    config: { requiredTags: [] },
    resource: { userPool: { tags: { "aws:cloudformation:stack-name": "s" } } },
    verdict: "fail",
  },
  {
    id: "Config cognito-user-pool-tagged: any tag passes",
    rule: "Config cognito-user-pool-tagged",
    policy: "cognito-user-pool-required-tags",
    config: { requiredTags: [] },
    resource: { userPool: { tags: { team: "identity" } } },
    verdict: "pass",
  },
  {
    id: "Config cognito-user-pool-tagged requiredKeyTags owner: a pool without owner fails",
    rule: "Config cognito-user-pool-tagged",
    policy: "cognito-user-pool-required-tags",
    config: { requiredTags: ["owner"] },
    resource: { userPool: { tags: { team: "identity" } } },
    verdict: "fail",
  },
  {
    id: "Config cognito-user-pool-tagged requiredKeyTags owner: a pool with owner passes",
    rule: "Config cognito-user-pool-tagged",
    policy: "cognito-user-pool-required-tags",
    config: { requiredTags: ["owner"] },
    resource: { userPool: { tags: { owner: "identity-team" } } },
    verdict: "pass",
  },
];
