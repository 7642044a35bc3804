/**
 * Acceptance: the API reference's full example (the seed) through both doors, the dynamic resource
 * (examples/reference) and the resource plugin (examples/yaml-reference), each installed from its
 * tarball, against the account and region of the AWS chain. Each pool is compared field by field
 * with DescribeUserPool, previews no changes, and is destroyed once its program says INACTIVE.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import type { CognitoIdentityProviderClient, CreateUserPoolRequest } from "@aws-sdk/client-cognito-identity-provider";
import { pluginInstallArgs, sharedPluginTarball } from "../../tools/pluginPackage";
import { PulumiWorkspace } from "../../tools/pulumiCli";
import { referenceCreateUserPoolRequest } from "../fixtures/referenceRequest";
import {
  assertDescribedAsDeclared,
  chainClient,
  countPools,
  currentRun,
  describePool,
  taggedProgram,
} from "../support/acceptance";

const doors = [
  { door: "the dynamic resource (examples/reference, TypeScript)", example: "reference", file: "index.ts" },
  {
    door: "the resource plugin (examples/yaml-reference, Pulumi YAML)",
    example: "yaml-reference",
    file: "Pulumi.yaml",
  },
] as const;

for (const { door, example, file } of doors) {
  describe(`acceptance: the API reference's full example through ${door}`, function () {
    const run = currentRun();
    let client: CognitoIdentityProviderClient;
    let workspace: PulumiWorkspace;
    let poolsBefore: number;
    const programFile = (): string => path.join(workspace.projectDir, file);
    const edit = (from: string, to: string): void => {
      const text = fs.readFileSync(programFile(), "utf8");
      assert.ok(text.includes(from), `the program contains ${from}`);
      fs.writeFileSync(programFile(), text.replace(from, to));
    };

    before(async function () {
      client = chainClient();
      poolsBefore = await countPools(client);
      workspace = await PulumiWorkspace.create(example, "acceptance", {});
      if (file === "Pulumi.yaml") await workspace.run(pluginInstallArgs(await sharedPluginTarball()));
      const source = fs.readFileSync(programFile(), "utf8");
      fs.writeFileSync(programFile(), taggedProgram(source, run, file === "index.ts" ? "typescript" : "yaml"));
    });

    after(async function () {
      client?.destroy();
      workspace?.remove();
    });

    it("deploys it, and DescribeUserPool reports every declared field as declared; then no changes", async function () {
      await workspace.up();
      const id = String((await workspace.outputs()).userPoolId);
      const declared: CreateUserPoolRequest = {
        ...referenceCreateUserPoolRequest,
        PoolName: run.poolName(referenceCreateUserPoolRequest.PoolName ?? ""),
        UserPoolTags: { ...referenceCreateUserPoolRequest.UserPoolTags, ...run.tags() },
      };
      assertDescribedAsDeclared(declared, await describePool(client, id));
      assert.equal(await countPools(client), poolsBefore + 1);
      await workspace.preview(["--expect-no-changes"]);
    });

    it("is destroyed once the program lowers deletion protection, leaving the pool count as it was", async function () {
      const protection = (value: string): string =>
        file === "index.ts" ? `deletionProtection: "${value}"` : `deletionProtection: ${value}`;
      edit(protection("ACTIVE"), protection("INACTIVE"));
      await workspace.up();
      await workspace.destroy();
      assert.equal(await countPools(client), poolsBefore);
    });
  });
}
