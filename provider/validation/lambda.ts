/** Lambda triggers and the KMS key for custom sender triggers. */
import {
  CustomEmailSenderLambdaVersionType,
  CustomSMSSenderLambdaVersionType,
  InboundFederationLambdaVersionType,
  PreTokenGenerationLambdaVersionType,
} from "@aws-sdk/client-cognito-identity-provider";
import type { Violation } from "../desiredPool";
import { isSet, obj, str } from "./read";
import { arnRules, type FieldRule } from "./rules";
import { arg, quote } from "./text";

/** Triggers given as a bare function ARN. */
export const ARN_TRIGGERS = [
  "PreSignUp",
  "CustomMessage",
  "PostConfirmation",
  "PreAuthentication",
  "PostAuthentication",
  "DefineAuthChallenge",
  "CreateAuthChallenge",
  "VerifyAuthChallengeResponse",
  "PreTokenGeneration",
  "UserMigration",
] as const;

/** Triggers given as `{ LambdaArn, LambdaVersion }`, with the versions each accepts. */
export const VERSIONED_TRIGGERS = {
  PreTokenGenerationConfig: Object.values(PreTokenGenerationLambdaVersionType),
  CustomSMSSender: Object.values(CustomSMSSenderLambdaVersionType),
  CustomEmailSender: Object.values(CustomEmailSenderLambdaVersionType),
  InboundFederation: Object.values(InboundFederationLambdaVersionType),
} as const;

export const lambdaRules: readonly FieldRule[] = [
  ...ARN_TRIGGERS.flatMap((name) => arnRules(["LambdaConfig", name])),
  ...Object.entries(VERSIONED_TRIGGERS).flatMap(([name, versions]): FieldRule[] => [
    ...arnRules(["LambdaConfig", name, "LambdaArn"]),
    { kind: "enum", path: ["LambdaConfig", name, "LambdaVersion"], values: versions },
  ]),
  ...arnRules(["LambdaConfig", "KMSKeyID"]),
];

export function checkLambda(pool: unknown): Violation[] {
  const out: Violation[] = [];
  // An unknown key (an output of a KMS key made in the same program) counts as set.
  const kms = isSet(pool, "LambdaConfig", "KMSKeyID");
  for (const sender of ["CustomEmailSender", "CustomSMSSender"] as const) {
    if (obj(pool, "LambdaConfig", sender) !== undefined && !kms) {
      out.push({
        path: ["LambdaConfig", sender],
        reason:
          `needs ${arg("LambdaConfig.KMSKeyID")}; got a ${arg(`LambdaConfig.${sender}`)} trigger but no KMS key. ` +
          `Cognito encrypts the codes and temporary passwords it hands to a custom sender with that key and rejects ` +
          `the trigger without it: set ${arg("LambdaConfig.KMSKeyID")} to the ARN of a symmetric KMS key your ` +
          `function can decrypt with.`,
      });
    }
  }
  const legacy = str(pool, "LambdaConfig", "PreTokenGeneration");
  const configured = str(pool, "LambdaConfig", "PreTokenGenerationConfig", "LambdaArn");
  if (legacy !== undefined && configured !== undefined && legacy !== configured) {
    out.push({
      path: ["LambdaConfig", "PreTokenGenerationConfig", "LambdaArn"],
      reason:
        `must be identical to ${arg("LambdaConfig.PreTokenGeneration")} when both are set; got ${quote(configured)} ` +
        `and ${quote(legacy)}. They are two spellings of the same trigger and Cognito rejects a mismatch: ` +
        `set only ${arg("LambdaConfig.PreTokenGenerationConfig")} (preferred) or give both the same ARN.`,
    });
  }
  return out;
}
