// The same N pools as ../userpools, through the resource plugin instead of the dynamic resource.
// The program stays TypeScript (a plain CustomResource with the plugin's type token, no generated
// SDK), so the two stacks differ only in the provider's door.
import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();
const count = config.requireNumber("count");
const minimumLength = config.getNumber("minimumLength") ?? 8;
// A minimal pool (a name, nothing else): what the state-size targets are stated for.
const minimal = config.getBoolean("minimal") ?? false;

class PluginUserPool extends pulumi.CustomResource {
  constructor(name: string, props: pulumi.Inputs) {
    super("cognito-userpool:index:UserPool", name, props);
  }
}

for (let i = 0; i < count; i++) {
  if (minimal) {
    new PluginUserPool(`pool-${i}`, { poolName: `bench-pool-${i}` });
    continue;
  }
  // The bench pool: keep in step with benchPoolArgs (bench/workspaces.ts), which the API floor and the YAML program use.
  new PluginUserPool(`pool-${i}`, {
    poolName: `bench-pool-${i}`,
    autoVerifiedAttributes: ["email"],
    usernameAttributes: ["email"],
    policies: { passwordPolicy: { minimumLength, requireSymbols: true } },
    userPoolTags: { bench: "true" },
  });
}
