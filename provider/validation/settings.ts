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
import { obj, str } from "./read";
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
  return out;
}
