/** Lambda triggers and the KMS key for custom sender triggers. */
import type { Violation } from "./walk";
import { isSet, obj, str } from "./read";
import { quote } from "./text";

export function checkLambda(pool: unknown): Violation[] {
  const out: Violation[] = [];
  // An unknown key (an output of a KMS key made in the same program) counts as set.
  const kms = isSet(pool, "lambdaConfig", "kmsKeyId");
  for (const sender of ["customEmailSender", "customSmsSender"] as const) {
    if (obj(pool, "lambdaConfig", sender) !== undefined && !kms) {
      out.push({
        path: ["lambdaConfig", sender],
        reason:
          `needs lambdaConfig.kmsKeyId; got a lambdaConfig.${sender} trigger but no KMS key. ` +
          `Cognito encrypts the codes and temporary passwords it hands to a custom sender with that key and rejects ` +
          `the trigger without it: set lambdaConfig.kmsKeyId to the ARN of a symmetric KMS key your ` +
          `function can decrypt with.`,
      });
    }
  }
  const legacy = str(pool, "lambdaConfig", "preTokenGeneration");
  const configured = str(pool, "lambdaConfig", "preTokenGenerationConfig", "lambdaArn");
  if (legacy !== undefined && configured !== undefined && legacy !== configured) {
    out.push({
      path: ["lambdaConfig", "preTokenGenerationConfig", "lambdaArn"],
      reason:
        `must be identical to lambdaConfig.preTokenGeneration when both are set; got ${quote(configured)} ` +
        `and ${quote(legacy)}. They are two spellings of the same trigger and Cognito rejects a mismatch: ` +
        `set only lambdaConfig.preTokenGenerationConfig (preferred) or give both the same ARN.`,
    });
  }
  return out;
}
