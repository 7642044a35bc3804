/**
 * Issue 17, defect 1, as a user meets it, through the real pulumi CLI against moto: a pool created
 * without a schema, then a program that declares a standard attribute. The attribute the pool already
 * has (as declared) changes nothing: no `custom:email` appears and the next preview shows no changes.
 * One that differs from Cognito's standard definition is refused at preview, naming the attribute.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { DescribeUserPoolCommand, type CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { emulatorClient, emulatorEnvironment, startEmulator, type RunningEmulator } from "../../tools/emulators";
import { PulumiWorkspace, repoRoot } from "../../tools/pulumiCli";

/** A one-pool program with the given UserPool args (a TypeScript object literal). */
function program(args: string): string {
  return [
    'import { UserPool } from "pulumi-cognito-userpool";',
    `const pool = new UserPool("std", ${args});`,
    "export const userPoolId = pool.id;",
    "",
  ].join("\n");
}

const EMAIL = '{ name: "email", attributeDataType: "String", mutable: true }';

describe("e2e: a standard attribute declared on an existing pool, through the pulumi CLI, against moto", function () {
  let moto: RunningEmulator;
  let client: CognitoIdentityProviderClient;
  let workspace: PulumiWorkspace;

  before(async function () {
    assert.ok(fs.existsSync(path.join(repoRoot, "dist", "sdk", "index.js")), "run `npm run build` first");
    moto = await startEmulator("moto");
    client = emulatorClient(moto);
    workspace = await PulumiWorkspace.forProgram(
      "standard-attributes",
      program('{ poolName: "std1" }'),
      "e2e",
      emulatorEnvironment(moto),
    );
  });

  after(async function () {
    if (workspace) await workspace.destroy({ allowFailure: true });
    client?.destroy();
    await moto?.stop();
    workspace?.remove();
  });

  it("adding schema [email as every pool has it] to a pool created without a schema: no custom:email, no changes after up", async function () {
    await workspace.up();
    const id = String((await workspace.outputs()).userPoolId);

    workspace.writeProgram(program(`{ poolName: "std1", schema: [${EMAIL}] }`));
    await workspace.up();
    const pool = (await client.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool;
    const names = (pool?.SchemaAttributes ?? []).map((attribute) => attribute.Name);
    assert.ok(!names.includes("custom:email"), `no custom attribute made of a standard one: ${names.join(", ")}`);
    await workspace.preview(["--expect-no-changes"]);
  });

  it("a standard attribute that differs from the pool's definition is refused at preview, naming it", async function () {
    workspace.writeProgram(
      program(
        `{ poolName: "std1", schema: [${EMAIL}, { name: "phone_number", attributeDataType: "String", required: true }] }`,
      ),
    );
    const preview = await workspace.preview([], { allowFailure: true });
    assert.notEqual(preview.code, 0, "preview fails");
    const said = preview.stdout + preview.stderr;
    assert.match(said, /standard attribute "phone_number" is declared as .*"required":true/);
    assert.match(said, /fixed when the pool is created/);
  });
});
