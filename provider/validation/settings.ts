/** Pool-wide settings: deletion protection, feature plan, encryption, issuer, dynamic client registration, ACR names. */
import {
  DeletionProtectionType,
  EncryptionKeyType,
  IssuerType,
  OAuthFlowType,
  StatusType,
  UserPoolTierType,
} from "@aws-sdk/client-cognito-identity-provider";
import type { Violation } from "../desiredPool";
import { isSet, obj, str } from "./read";
import { arnRules, type FieldRule } from "./rules";
import { quote, userPath } from "./text";

export const settingRules: readonly FieldRule[] = [
  { kind: "enum", path: ["DeletionProtection"], values: Object.values(DeletionProtectionType) },
  { kind: "enum", path: ["UserPoolTier"], values: Object.values(UserPoolTierType) },
  { kind: "enum", path: ["KeyConfiguration", "KeyType"], values: Object.values(EncryptionKeyType) },
  ...arnRules(["KeyConfiguration", "KmsKeyArn"]),
  { kind: "enum", path: ["IssuerConfiguration", "Type"], values: Object.values(IssuerType) },
  { kind: "enum", path: ["DcrConfiguration", "EnableStatus"], values: Object.values(StatusType) },
  { kind: "enum", path: ["DcrConfiguration", "AuthenticatedGrantTypes", "*"], values: Object.values(OAuthFlowType) },
  { kind: "enum", path: ["DcrConfiguration", "OpenDcrGrantTypes", "*"], values: Object.values(OAuthFlowType) },
];

export function checkSettings(pool: unknown): Violation[] {
  const out: Violation[] = [];
  // "Each name must be unique across all four levels" (AcrConfiguration, SDK documentation).
  const levels = obj(pool, "AcrConfiguration") ?? {};
  const seen = new Map<string, string>();
  for (const level of Object.keys(levels)) {
    const value = str(pool, "AcrConfiguration", level, "AcrValue");
    if (value === undefined) continue;
    const first = seen.get(value);
    if (first !== undefined) {
      out.push({
        path: ["AcrConfiguration", level, "AcrValue"],
        reason:
          `must be unique across ACR levels; got ${quote(value)}, also the name of ` +
          `${userPath(["AcrConfiguration", first])}. Cognito reports the level in the acr claim by this name, so ` +
          `each level needs its own: rename one of them.`,
      });
    } else {
      seen.set(value, level);
    }
  }
  // "KmsKeyArn: The ARN of the AWS KMS key used for encryption. If not specified, AWS managed keys are
  // used." A customer-managed key type without its ARN names no key:
  // https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_KeyConfigurationType.html
  if (
    str(pool, "KeyConfiguration", "KeyType") === "CUSTOMER_MANAGED_KEY" &&
    !isSet(pool, "KeyConfiguration", "KmsKeyArn")
  ) {
    out.push({
      path: ["KeyConfiguration", "KmsKeyArn"],
      reason:
        `is required when keyConfiguration.keyType is "CUSTOMER_MANAGED_KEY"; got nothing. Cognito encrypts the ` +
        `pool's data with the key you name here and has no key to use without it: set keyConfiguration.kmsKeyArn ` +
        `to the ARN of your KMS key (a multi-Region key for replication), or set keyType to "AWS_OWNED_KEY".`,
    });
  }
  return out;
}
