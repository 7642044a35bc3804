/** Every policy of the guard, by its short key, in the order the pack lists them. */
import type { PolicyKey } from "../args";
import type { CognitoPolicy } from "../policy";
import { accountRecoveryPolicy } from "./accountRecovery";
import { caseInsensitiveUsernamesPolicy } from "./caseInsensitiveUsernames";
import { clientImplicitGrantPolicy } from "./clientImplicitGrant";
import { clientTokenRevocationPolicy } from "./clientTokenRevocation";
import { clientUserExistenceErrorsPolicy } from "./clientUserExistenceErrors";
import { clientUserPasswordAuthPolicy } from "./clientUserPasswordAuth";
import { customAuthThreatProtectionPolicy } from "./customAuthThreatProtection";
import { deletionProtectionPolicy } from "./deletionProtection";
import { identityPoolClassicFlowPolicy } from "./identityPoolClassicFlow";
import { identityPoolGuestAccessPolicy } from "./identityPoolGuestAccess";
import { mfaPolicy } from "./mfa";
import { passwordPolicyPolicy } from "./passwordPolicy";
import { plusTierPolicy } from "./plusTier";
import { requiredTagsPolicy } from "./requiredTags";
import { selfSignupPolicy } from "./selfSignup";
import { threatProtectionPolicy } from "./threatProtection";

export const POLICIES = {
  deletionProtection: deletionProtectionPolicy,
  passwordPolicy: passwordPolicyPolicy,
  mfa: mfaPolicy,
  threatProtection: threatProtectionPolicy,
  customAuthThreatProtection: customAuthThreatProtectionPolicy,
  plusTier: plusTierPolicy,
  selfSignup: selfSignupPolicy,
  accountRecovery: accountRecoveryPolicy,
  caseInsensitiveUsernames: caseInsensitiveUsernamesPolicy,
  requiredTags: requiredTagsPolicy,
  clientUserExistenceErrors: clientUserExistenceErrorsPolicy,
  clientTokenRevocation: clientTokenRevocationPolicy,
  clientUserPasswordAuth: clientUserPasswordAuthPolicy,
  clientImplicitGrant: clientImplicitGrantPolicy,
  identityPoolGuestAccess: identityPoolGuestAccessPolicy,
  identityPoolClassicFlow: identityPoolClassicFlowPolicy,
} as const satisfies Record<PolicyKey, CognitoPolicy>;

export const POLICY_KEYS = Object.keys(POLICIES) as PolicyKey[];

export {
  accountRecoveryPolicy,
  caseInsensitiveUsernamesPolicy,
  clientImplicitGrantPolicy,
  clientTokenRevocationPolicy,
  clientUserExistenceErrorsPolicy,
  clientUserPasswordAuthPolicy,
  customAuthThreatProtectionPolicy,
  deletionProtectionPolicy,
  identityPoolClassicFlowPolicy,
  identityPoolGuestAccessPolicy,
  mfaPolicy,
  passwordPolicyPolicy,
  plusTierPolicy,
  requiredTagsPolicy,
  selfSignupPolicy,
  threatProtectionPolicy,
};
