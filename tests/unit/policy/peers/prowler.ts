/**
 * Prowler's Cognito check tests, translated.
 *
 * Source: repository prowler-cloud/prowler, path tests/providers/aws/services/cognito/ (checks in
 * prowler/providers/aws/services/cognito/), commit 3e000faa3109230b748e4418a13c11c9e59f5cfb.
 *
 * Prowler judges the live pool its service read (DescribeUserPool, GetUserPoolMfaConfig,
 * DescribeUserPoolClient, DescribeIdentityPool); each test mocks that state with only the members
 * its check reads. A case states those members as a program would declare them; the rest keep the
 * compliant fixture's values. Prowler's checks have no parameters: the minimum length check is
 * `minimum_length >= 14`, so that case configures minimumLength 14; the MFA check reads every pool,
 * so those cases configure checkPasswordlessPools (they are password-only pools either way).
 *
 * Not ported: each file's test_cognito_no_user_pools / _no_identity_pools (no resource, no
 * finding: 16 tests), and the 13 tests of cognito_user_pool_blocks_compromised_credentials_sign_in_attempts,
 * cognito_user_pool_blocks_potential_malicious_sign_in_attempts and cognito_user_pool_waf_acl_attached,
 * which read a risk configuration or a WAF association, separate resources the pack does not judge
 * (README: "not covered"); 3 of those 13 are no-pool tests already counted above.
 */
import { STRONG_PASSWORD_POLICY, type PeerCase, type PeerSource } from "./translate";

export const SOURCE: PeerSource = {
  peer: "Prowler",
  repository: "prowler-cloud/prowler",
  paths: ["tests/providers/aws/services/cognito/", "prowler/providers/aws/services/cognito/"],
  commit: "3e000faa3109230b748e4418a13c11c9e59f5cfb",
};

const PASSWORD = "cognito-user-pool-password-policy";
const NO_POLICY_REASON =
  "Prowler's mock of a pool without a password policy (password_policy=None) fails; Cognito always has one, and a " +
  "program that declares none gets Cognito's default (8 characters, every class, 7 days), which the pack judges.";

/** The four character-class checks, each with the member it reads. */
const CLASS_CHECKS = [
  ["lowercase", "requireLowercase"],
  ["uppercase", "requireUppercase"],
  ["number", "requireNumbers"],
  ["symbol", "requireSymbols"],
] as const;

const classCases: PeerCase[] = CLASS_CHECKS.flatMap(([check, member]): PeerCase[] => {
  const rule = `cognito_user_pool_password_policy_${check}`;
  return [
    {
      id: `${rule}_test: test_cognito_user_pools_bad_password_policy`,
      rule,
      policy: PASSWORD,
      resource: { userPool: { passwordPolicy: { ...STRONG_PASSWORD_POLICY, [member]: false } } },
      verdict: "fail",
    },
    {
      id: `${rule}_test: test_cognito_user_pools_good_password_policy`,
      rule,
      policy: PASSWORD,
      resource: { userPool: { passwordPolicy: { ...STRONG_PASSWORD_POLICY, [member]: true } } },
      verdict: "pass",
    },
    {
      id: `${rule}_test: test_cognito_user_pools_no_password_policy`,
      rule,
      policy: PASSWORD,
      resource: { userPool: { passwordPolicy: null } },
      verdict: "fail",
      differsOnPurpose: NO_POLICY_REASON,
    },
  ];
});

export const CASES: readonly PeerCase[] = [
  ...classCases,
  {
    id: "cognito_user_pool_password_policy_minimum_length_14_test: test_cognito_user_pools_bad_password_policy",
    rule: "cognito_user_pool_password_policy_minimum_length_14",
    policy: PASSWORD,
    config: { minimumLength: 14 },
    resource: { userPool: { passwordPolicy: { ...STRONG_PASSWORD_POLICY, minimumLength: 10 } } },
    verdict: "fail",
  },
  {
    id: "cognito_user_pool_password_policy_minimum_length_14_test: test_cognito_user_pools_good_password_policy",
    rule: "cognito_user_pool_password_policy_minimum_length_14",
    policy: PASSWORD,
    config: { minimumLength: 14 },
    resource: { userPool: { passwordPolicy: { ...STRONG_PASSWORD_POLICY, minimumLength: 14 } } },
    verdict: "pass",
  },
  {
    id: "cognito_user_pool_password_policy_minimum_length_14_test: test_cognito_user_pools_no_password_policy",
    rule: "cognito_user_pool_password_policy_minimum_length_14",
    policy: PASSWORD,
    config: { minimumLength: 14 },
    resource: { userPool: { passwordPolicy: null } },
    note: "Cognito's default policy has 8 characters, under 14: both fail, for different reasons",
    verdict: "fail",
  },
  {
    id: "cognito_user_pool_temporary_password_expiration_test: test_cognito_user_pools_password_expiration_8",
    rule: "cognito_user_pool_temporary_password_expiration",
    policy: PASSWORD,
    resource: { userPool: { passwordPolicy: { ...STRONG_PASSWORD_POLICY, temporaryPasswordValidityDays: 8 } } },
    verdict: "fail",
  },
  {
    id: "cognito_user_pool_temporary_password_expiration_test: test_cognito_user_pools_password_expiration_7",
    rule: "cognito_user_pool_temporary_password_expiration",
    policy: PASSWORD,
    resource: { userPool: { passwordPolicy: { ...STRONG_PASSWORD_POLICY, temporaryPasswordValidityDays: 7 } } },
    verdict: "pass",
  },
  {
    id: "cognito_user_pool_advanced_security_enabled_test: test_cognito_user_pools_advanced_security_off",
    rule: "cognito_user_pool_advanced_security_enabled",
    policy: "cognito-user-pool-threat-protection",
    resource: { userPool: { advancedSecurityMode: "OFF" } },
    verdict: "fail",
  },
  {
    id: "cognito_user_pool_advanced_security_enabled_test: test_cognito_user_pools_advanced_security_audit",
    rule: "cognito_user_pool_advanced_security_enabled",
    policy: "cognito-user-pool-threat-protection",
    resource: { userPool: { advancedSecurityMode: "AUDIT" } },
    verdict: "fail",
  },
  {
    id: "cognito_user_pool_advanced_security_enabled_test: test_cognito_user_pools_advanced_security_enforced",
    rule: "cognito_user_pool_advanced_security_enabled",
    policy: "cognito-user-pool-threat-protection",
    resource: { userPool: { advancedSecurityMode: "ENFORCED" } },
    verdict: "pass",
  },
  {
    id: "cognito_user_pool_deletion_protection_enabled_test: test_cognito_user_pools_deletion_protection_disabled",
    rule: "cognito_user_pool_deletion_protection_enabled",
    policy: "cognito-user-pool-deletion-protection",
    resource: { userPool: { deletionProtection: "INACTIVE" } },
    note: 'the mock says "DISABLED", which is not one of Cognito\'s values; the check fails anything but ACTIVE',
    verdict: "fail",
  },
  {
    id: "cognito_user_pool_deletion_protection_enabled_test: test_cognito_user_pools_deletion_protection_enabled",
    rule: "cognito_user_pool_deletion_protection_enabled",
    policy: "cognito-user-pool-deletion-protection",
    resource: { userPool: { deletionProtection: "ACTIVE" } },
    verdict: "pass",
  },
  {
    id: "cognito_user_pool_mfa_enabled_test: test_cognito_user_pools_mfa_config_none",
    rule: "cognito_user_pool_mfa_enabled",
    policy: "cognito-user-pool-mfa",
    config: { checkPasswordlessPools: true },
    resource: { userPool: { mfaConfiguration: null, mfaFactors: [] } },
    verdict: "fail",
  },
  {
    id: "cognito_user_pool_mfa_enabled_test: test_cognito_user_pools_mfa_config_disabled",
    rule: "cognito_user_pool_mfa_enabled",
    policy: "cognito-user-pool-mfa",
    config: { checkPasswordlessPools: true },
    resource: { userPool: { mfaConfiguration: "OFF", mfaFactors: [] } },
    verdict: "fail",
  },
  {
    id: "cognito_user_pool_mfa_enabled_test: test_cognito_user_pools_mfa_config_enabled",
    rule: "cognito_user_pool_mfa_enabled",
    policy: "cognito-user-pool-mfa",
    config: { checkPasswordlessPools: true },
    resource: { userPool: { mfaConfiguration: "ON", mfaFactors: ["totp"] } },
    note: "GetUserPoolMfaConfig reports ON only for a pool with a factor; the mock names none, TOTP stands in",
    verdict: "pass",
  },
  {
    id: "cognito_user_pool_self_registration_disabled_test: test_cognito_no_identity_pools",
    rule: "cognito_user_pool_self_registration_disabled",
    policy: "cognito-user-pool-self-signup",
    resource: { userPool: { allowAdminCreateUserOnly: false } },
    verdict: "fail",
  },
  {
    id: "cognito_user_pool_self_registration_disabled_test: test_cognito_identity_pools_allow_admin_create_user_enabled",
    rule: "cognito_user_pool_self_registration_disabled",
    policy: "cognito-user-pool-self-signup",
    resource: { userPool: { allowAdminCreateUserOnly: true } },
    verdict: "pass",
  },
  {
    id: "cognito_user_pool_self_registration_disabled_test: test_cognito_identity_pools_allow_admin_create_user_disabled",
    rule: "cognito_user_pool_self_registration_disabled",
    policy: "cognito-user-pool-self-signup",
    resource: { userPool: { allowAdminCreateUserOnly: false } },
    verdict: "fail",
  },
  {
    id: "cognito_user_pool_self_registration_disabled_test: test_cognito_user_pool_admin_create_user_config_none",
    rule: "cognito_user_pool_self_registration_disabled",
    policy: "cognito-user-pool-self-signup",
    resource: { userPool: { allowAdminCreateUserOnly: null } },
    verdict: "pass",
    differsOnPurpose:
      "Prowler passes a pool whose admin_create_user_config it could not read (None); a program that leaves " +
      "allowAdminCreateUserOnly out gets Cognito's default false, which lets anyone sign up, so the pack fails it.",
  },
  {
    id: "cognito_user_pool_client_prevent_user_existence_errors_test: test_cognito_user_pools_prevent_user_existence_errors_disabled",
    rule: "cognito_user_pool_client_prevent_user_existence_errors",
    policy: "cognito-user-pool-client-prevent-user-existence-errors",
    resource: { userPoolClient: { preventUserExistenceErrors: "LEGACY" } },
    note: 'the mock says "DISABLED"; Cognito\'s values are ENABLED and LEGACY (disabled)',
    verdict: "fail",
  },
  {
    id: "cognito_user_pool_client_prevent_user_existence_errors_test: test_cognito_user_pools_prevent_user_existence_errors_enabled",
    rule: "cognito_user_pool_client_prevent_user_existence_errors",
    policy: "cognito-user-pool-client-prevent-user-existence-errors",
    resource: { userPoolClient: { preventUserExistenceErrors: "ENABLED" } },
    verdict: "pass",
  },
  {
    id: "cognito_user_pool_client_token_revocation_enabled_test: test_cognito_user_pools_token_revocation_disabled",
    rule: "cognito_user_pool_client_token_revocation_enabled",
    policy: "cognito-user-pool-client-token-revocation",
    resource: { userPoolClient: { enableTokenRevocation: false } },
    verdict: "fail",
  },
  {
    id: "cognito_user_pool_client_token_revocation_enabled_test: test_project_user_pools_token_revocation_enabled",
    rule: "cognito_user_pool_client_token_revocation_enabled",
    policy: "cognito-user-pool-client-token-revocation",
    resource: { userPoolClient: { enableTokenRevocation: true } },
    verdict: "pass",
  },
  {
    id: "cognito_identity_pool_guest_access_disabled_test: test_cognito_identity_pools_guest_access_disabled",
    rule: "cognito_identity_pool_guest_access_disabled",
    policy: "cognito-identity-pool-no-guest-access",
    resource: { identityPool: { allowUnauthenticatedIdentities: false } },
    verdict: "pass",
  },
  {
    id: "cognito_identity_pool_guest_access_disabled_test: test_cognito_identity_pools_guest_access_enabled",
    rule: "cognito_identity_pool_guest_access_disabled",
    policy: "cognito-identity-pool-no-guest-access",
    resource: { identityPool: { allowUnauthenticatedIdentities: true } },
    verdict: "fail",
  },
];
