import * as pulumi from "@pulumi/pulumi";
import { UserPool } from "pulumi-cognito-userpool";

const config = new pulumi.Config();
const count = config.requireNumber("count");
const minimumLength = config.getNumber("minimumLength") ?? 8;
const withMfaFactors = config.getBoolean("mfaFactors") ?? false;

for (let i = 0; i < count; i++) {
  new UserPool(`pool-${i}`, {
    poolName: `bench-pool-${i}`,
    autoVerifiedAttributes: ["email"],
    usernameAttributes: ["email"],
    policies: { passwordPolicy: { minimumLength, requireSymbols: true } },
    userPoolTags: { bench: "true" },
    ...(withMfaFactors
      ? { mfaConfiguration: "OPTIONAL" as const, softwareTokenMfaConfiguration: { enabled: true } }
      : {}),
  });
}
