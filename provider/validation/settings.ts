/** Pool-wide settings: deletion protection, feature plan, encryption, issuer, dynamic client registration, ACR names. */
import type { Violation } from "./walk";
import { isSet, obj, str } from "./read";
import { propertyPath, quote } from "./text";

export function checkSettings(pool: unknown): Violation[] {
  const out: Violation[] = [];
  // "Each name must be unique across all four levels" (AcrConfiguration, SDK documentation).
  const levels = obj(pool, "acrConfiguration") ?? {};
  const seen = new Map<string, string>();
  for (const level of Object.keys(levels)) {
    const value = str(pool, "acrConfiguration", level, "acrValue");
    if (value === undefined) continue;
    const first = seen.get(value);
    if (first !== undefined) {
      out.push({
        path: ["acrConfiguration", level, "acrValue"],
        reason:
          `must be unique across ACR levels; got ${quote(value)}, also the name of ` +
          `${propertyPath(["acrConfiguration", first])}. Cognito reports the level in the acr claim by this name, so ` +
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
    str(pool, "keyConfiguration", "keyType") === "CUSTOMER_MANAGED_KEY" &&
    !isSet(pool, "keyConfiguration", "kmsKeyArn")
  ) {
    out.push({
      path: ["keyConfiguration", "kmsKeyArn"],
      reason:
        `is required when keyConfiguration.keyType is "CUSTOMER_MANAGED_KEY"; got nothing. Cognito encrypts the ` +
        `pool's data with the key you name here and has no key to use without it: set keyConfiguration.kmsKeyArn ` +
        `to the ARN of your KMS key (a multi-Region key for replication), or set keyType to "AWS_OWNED_KEY".`,
    });
  }
  return out;
}
