import * as pulumi from "@pulumi/pulumi";
import { UserPool } from "pulumi-cognito-userpool";

const config = new pulumi.Config();
const count = config.requireNumber("count");
const minimumLength = config.getNumber("minimumLength") ?? 8;
// A minimal pool (a name, nothing else): what the state-size targets are stated for.
const minimal = config.getBoolean("minimal") ?? false;
const withMfaFactors = config.getBoolean("mfaFactors") ?? false;

for (let i = 0; i < count; i++) {
  if (minimal) {
    new UserPool(`pool-${i}`, { poolName: `bench-pool-${i}` });
    continue;
  }
  // The bench pool: keep in step with benchPoolArgs (bench/workspaces.ts), which the API floor and the YAML program use.
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
