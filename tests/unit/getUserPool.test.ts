/**
 * What a pool keeps in state (computed outputs without the standard attributes every pool reports
 * identically) and how the full live description is still read: getUserPool through the provider
 * core, the plugin's invoke and the SDK's exported function.
 */
import * as assert from "node:assert/strict";
import {
  CognitoIdentityProviderClient,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  type SchemaAttributeType,
  type UserPoolType,
} from "@aws-sdk/client-cognito-identity-provider";
import * as pulumi from "@pulumi/pulumi";
import { mockClient } from "aws-sdk-client-mock";
import { computedOutputs } from "../../provider/convert";
import { toApi } from "../../provider/naming";
import { OWNER_TAG_KEY } from "../../provider/ownership";
import { STANDARD_ATTRIBUTES } from "../../provider/schemaAttributes";
import { UserPoolPlugin } from "../../plugin/provider";
import { getUserPool } from "../../sdk/getUserPool";
import { stubbedProvider } from "../support/stubbedProvider";

const cognito = mockClient(CognitoIdentityProviderClient);

/** Cognito's standard attributes as DescribeUserPool reports them for a pool that never changed them. */
const standardAttributes = (): SchemaAttributeType[] =>
  toApi("UserPoolType", {
    schemaAttributes: Object.entries(STANDARD_ATTRIBUTES).map(([name, definition]) => ({ name, ...definition })),
  }).SchemaAttributes as SchemaAttributeType[];

const customTenant: SchemaAttributeType = {
  Name: "custom:tenant",
  AttributeDataType: "String",
  DeveloperOnlyAttribute: false,
  Mutable: true,
  Required: false,
  StringAttributeConstraints: { MinLength: "0", MaxLength: "2048" },
};

/** A pool with every standard attribute, email made required, and one custom attribute. */
function describedPool(): UserPoolType {
  const schema = standardAttributes().map((attribute) =>
    attribute.Name === "email" ? { ...attribute, Required: true } : attribute,
  );
  return {
    Id: "us-east-1_abc",
    Name: "tenant-a",
    Arn: "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_abc",
    CreationDate: new Date("2026-12-01T00:00:00Z"),
    LastModifiedDate: new Date("2026-12-02T00:00:00Z"),
    EstimatedNumberOfUsers: 3,
    MfaConfiguration: "OPTIONAL",
    DeletionProtection: "INACTIVE",
    Policies: { PasswordPolicy: { MinimumLength: 8, RequireSymbols: true } },
    UserPoolTags: { team: "a", [OWNER_TAG_KEY]: "urn:pulumi:dev::p::t::n" },
    SchemaAttributes: [...schema, customTenant],
  };
}

describe("what a pool keeps in state, and getUserPool", function () {
  beforeEach(function () {
    cognito.reset();
  });

  describe("computedOutputs (the resource's computed outputs, stored in state)", function () {
    it("keeps custom attributes and standard attributes defined differently, not the standard table's copies", function () {
      const outputs = computedOutputs(describedPool());
      const names = (outputs.schemaAttributes as Array<{ name: string }>).map((a) => a.name);
      assert.deepEqual(names, ["email", "custom:tenant"]);
      assert.equal((outputs.schemaAttributes as Array<{ required?: boolean }>)[0].required, true);
    });

    it("stores no nulls for members Cognito does not report, and an empty list when every attribute is standard", function () {
      const outputs = computedOutputs({ ...describedPool(), SchemaAttributes: standardAttributes() });
      assert.deepEqual(outputs.schemaAttributes, []);
      assert.equal("domain" in outputs, false);
      assert.equal("status" in outputs, false);
      assert.equal(outputs.arn, describedPool().Arn);
      assert.equal(outputs.estimatedNumberOfUsers, 3);
      assert.ok(!Object.values(outputs).includes(null));
    });
  });

  describe("the provider core's describeUserPool", function () {
    it("returns every setting, every computed member and every schema attribute, the owner tag left out", async function () {
      cognito.on(DescribeUserPoolCommand).resolves({ UserPool: describedPool() });
      cognito
        .on(GetUserPoolMfaConfigCommand)
        .resolves({ MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } });
      const pool = await stubbedProvider().describeUserPool("us-east-1_abc");
      assert.equal(pool.userPoolId, "us-east-1_abc");
      assert.equal(pool.poolName, "tenant-a");
      assert.equal(pool.arn, describedPool().Arn);
      assert.deepEqual(pool.policies, { passwordPolicy: { minimumLength: 8, requireSymbols: true } });
      assert.deepEqual(pool.softwareTokenMfaConfiguration, { enabled: true });
      assert.deepEqual(pool.userPoolTags, { team: "a" });
      const attributes = pool.schemaAttributes as Array<{ name: string }>;
      assert.equal(attributes.length, Object.keys(STANDARD_ATTRIBUTES).length + 1);
      assert.ok(attributes.some((a) => a.name === "sub") && attributes.some((a) => a.name === "custom:tenant"));
      assert.equal("schema" in pool, false, "the reported schema is schemaAttributes, not a second copy");
    });

    it("fails naming the id, the region and userPoolId when there is no such pool", async function () {
      cognito
        .on(DescribeUserPoolCommand)
        .rejects(
          Object.assign(new Error("User pool us-east-1_nope does not exist."), { name: "ResourceNotFoundException" }),
        );
      await assert.rejects(
        stubbedProvider().describeUserPool("us-east-1_nope"),
        (error: Error & { property?: string }) => {
          assert.match(error.message, /no Cognito user pool us-east-1_nope in region us-east-1/);
          assert.match(error.message, /userPoolId/);
          return true;
        },
      );
    });
  });

  describe("the plugin's invoke (cognito-userpool:index:getUserPool)", function () {
    it("answers the function with the full description", async function () {
      cognito.on(DescribeUserPoolCommand).resolves({ UserPool: describedPool() });
      cognito.on(GetUserPoolMfaConfigCommand).resolves({ MfaConfiguration: "OPTIONAL" });
      const result = await new UserPoolPlugin(stubbedProvider()).invoke("cognito-userpool:index:getUserPool", {
        userPoolId: "us-east-1_abc",
      });
      const outputs = result.outputs as Record<string, unknown>;
      assert.equal(outputs.arn, describedPool().Arn);
      assert.equal((outputs.schemaAttributes as unknown[]).length, Object.keys(STANDARD_ATTRIBUTES).length + 1);
      assert.deepEqual(result.failures, undefined);
    });

    it("reports a missing userPoolId as a failure on that property, without calling Cognito", async function () {
      const result = await new UserPoolPlugin(stubbedProvider()).invoke("cognito-userpool:index:getUserPool", {});
      assert.equal(result.failures?.[0].property, "userPoolId");
      assert.equal(cognito.calls().length, 0);
    });

    it("refuses a function it does not serve", async function () {
      await assert.rejects(
        new UserPoolPlugin(stubbedProvider()).invoke("cognito-userpool:index:getUserPools", { userPoolId: "x" }),
        /unknown function cognito-userpool:index:getUserPools/,
      );
    });
  });

  describe("the SDK's getUserPool", function () {
    const saved = { ...process.env };
    afterEach(function () {
      process.env = { ...saved };
    });

    it("connects as the UserPool resource does (stack config cognito:region) and returns the full description", async function () {
      Object.assign(process.env, { AWS_ACCESS_KEY_ID: "a", AWS_SECRET_ACCESS_KEY: "b" });
      pulumi.runtime.setConfig("cognito:region", "eu-west-1");
      cognito.on(DescribeUserPoolCommand).resolves({ UserPool: { ...describedPool(), Id: "eu-west-1_abc" } });
      cognito.on(GetUserPoolMfaConfigCommand).resolves({ MfaConfiguration: "OFF" });
      const pool = await getUserPool({ userPoolId: "eu-west-1_abc" });
      assert.equal(pool.userPoolId, "eu-west-1_abc");
      assert.equal(pool.schemaAttributes.length, Object.keys(STANDARD_ATTRIBUTES).length + 1);
      const client = cognito.call(0).thisValue as CognitoIdentityProviderClient;
      assert.equal(await client.config.region(), "eu-west-1");
      assert.deepEqual(cognito.commandCalls(DescribeUserPoolCommand)[0].args[0].input, { UserPoolId: "eu-west-1_abc" });
    });
  });
});
