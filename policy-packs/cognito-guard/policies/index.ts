/** Every policy of the guard, by its short key, in the order the pack lists them. */
import type { PolicyKey } from "../args";
import type { CognitoPolicy } from "../policy";
import { accountRecoveryPolicy } from "./accountRecovery";
import { caseInsensitiveUsernamesPolicy } from "./caseInsensitiveUsernames";
import { deletionProtectionPolicy } from "./deletionProtection";
import { mfaPolicy } from "./mfa";
import { passwordPolicyPolicy } from "./passwordPolicy";
import { requiredTagsPolicy } from "./requiredTags";
import { selfSignupPolicy } from "./selfSignup";
import { threatProtectionPolicy } from "./threatProtection";

export const POLICIES = {
  deletionProtection: deletionProtectionPolicy,
  passwordPolicy: passwordPolicyPolicy,
  mfa: mfaPolicy,
  threatProtection: threatProtectionPolicy,
  selfSignup: selfSignupPolicy,
  accountRecovery: accountRecoveryPolicy,
  caseInsensitiveUsernames: caseInsensitiveUsernamesPolicy,
  requiredTags: requiredTagsPolicy,
} as const satisfies Record<PolicyKey, CognitoPolicy>;

export const POLICY_KEYS = Object.keys(POLICIES) as PolicyKey[];
