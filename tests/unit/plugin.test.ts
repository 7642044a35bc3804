/**
 * The resource plugin's door: its schema (generated, current, complete), the translation of the
 * engine's wire values (secrets, output values, unknowns) and its forwarding to the provider core.
 */
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  CognitoIdentityProviderClient,
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { mockClient } from "aws-sdk-client-mock";
import { argName } from "../../provider/convert";
import { CREATE_ONLY_FIELDS, PROVIDER_ARGS, USER_POOL_FIELDS } from "../../provider/fields";
import { fromApi } from "../../provider/naming";
import { OWNER_TAG_KEY } from "../../provider/ownership";
import { UserPoolProvider } from "../../provider/userPoolProvider";
import { stubbedProvider } from "../support/stubbedProvider";
import { configSourceFrom } from "../../plugin/config";
import { UserPoolPlugin } from "../../plugin/provider";
import schema from "../../plugin/schema.json";
import { unwrap, wrapSecrets } from "../../plugin/values";
import { memberSensitive } from "../../scripts/sdkSensitive";
import { referenceCreateUserPoolRequest } from "../fixtures/referenceRequest";

const repoRoot = path.resolve(__dirname, "..", "..");
const SIG = "4dabf18193072939515e22adb298388d";
const SECRET = "1b47061264138c4ac30d75fd1eb44270";
const OUTPUT_VALUE = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const URN = "urn:pulumi:dev::proj::cognito-userpool:index:UserPool::users";
const secret = (value: unknown) => ({ [SIG]: SECRET, value });

type Property = { type?: string; $ref?: string; description?: string; replaceOnChanges?: boolean; secret?: boolean };
type ObjectType = { type: string; properties?: Record<string, Property>; enum?: Array<{ value: string }> };
const resource = schema.resources["cognito-userpool:index:UserPool"] as unknown as {
  inputProperties: Record<string, Property>;
  properties: Record<string, Property>;
  requiredInputs: string[];
};
const types = schema.types as unknown as Record<string, ObjectType>;

describe("plugin: package schema", function () {
  it("is what scripts/generate-schema.ts makes from the field and shapes tables (--check)", function () {
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/generate-schema.ts", "--check"], {
      cwd: repoRoot,
      encoding: "utf8",
    });
    assert.equal(result.status, 0, result.stderr || result.stdout);
  });

  it("--check fails, saying what to run, when plugin/schema.json is stale", function () {
    const file = path.join(repoRoot, "plugin", "schema.json");
    const saved = fs.readFileSync(file, "utf8");
    const backup = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "schema-")), "schema.json");
    fs.writeFileSync(backup, saved);
    try {
      fs.writeFileSync(file, saved.replace('"poolName"', '"poolNameX"'));
      const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/generate-schema.ts", "--check"], {
        cwd: repoRoot,
        encoding: "utf8",
      });
      assert.equal(result.status, 1);
      assert.match(result.stderr, /stale\. Run `npx tsx scripts\/generate-schema\.ts`/);
    } finally {
      fs.writeFileSync(file, fs.readFileSync(backup, "utf8"));
    }
  });

  it("has every field and provider arg as a documented input and output, poolName required", function () {
    const names = [...USER_POOL_FIELDS.map(argName), ...PROVIDER_ARGS.map((arg) => arg.name)];
    assert.deepEqual(Object.keys(resource.inputProperties).sort(), [...names].sort());
    for (const name of names) {
      assert.ok(resource.inputProperties[name].description, `${name} is documented`);
      assert.deepEqual(resource.properties[name], resource.inputProperties[name], `${name} is an output too`);
    }
    assert.deepEqual(resource.requiredInputs, ["poolName"]);
    for (const output of ["arn", "creationDate", "estimatedNumberOfUsers", "schemaAttributes"]) {
      assert.ok(resource.properties[output], output);
    }
  });

  it("marks exactly the fields fixed at creation replaceOnChanges", function () {
    const marked = Object.keys(resource.inputProperties).filter((n) => resource.inputProperties[n].replaceOnChanges);
    assert.deepEqual(marked.sort(), CREATE_ONLY_FIELDS.map(argName).sort());
  });

  it("types enums as enums and every reference resolves", function () {
    const ref = (property: Property) => property.$ref?.replace("#/types/", "");
    assert.equal(ref(resource.inputProperties.deletionProtection), "cognito-userpool:index:DeletionProtection");
    assert.deepEqual(
      types["cognito-userpool:index:DeletionProtection"].enum?.map((e) => e.value),
      ["ACTIVE", "INACTIVE"],
    );
    const refs = JSON.stringify(schema).match(/#\/types\/[^"]+/g) ?? [];
    for (const target of new Set(refs)) assert.ok(types[target.slice("#/types/".length)], `${target} exists`);
  });

  it("marks secret what the AWS SDK's model marks sensitive, read from the SDK itself", function () {
    // Cognito's model marks passwords sensitive, and no member of the user pool shapes.
    assert.equal(memberSensitive("AdminCreateUserRequest", "TemporaryPassword"), true);
    assert.equal(memberSensitive("SmsConfigurationType", "ExternalId"), false);
    const secrets = JSON.stringify(schema).match(/"secret":true/g) ?? [];
    assert.equal(secrets.length, 0);
  });
});

describe("plugin: wire values", function () {
  it("unwraps secrets (noting their top-level key) and output values, keeping unknowns as the sentinel", function () {
    const { plain, secretKeys } = unwrap({
      poolName: "p",
      smsConfiguration: { externalId: secret("x"), snsCallerArn: "arn" },
      lambdaConfig: { [SIG]: OUTPUT_VALUE, dependencies: [] },
      userPoolTags: { [SIG]: OUTPUT_VALUE, value: { a: "b" }, secret: true },
    });
    assert.deepEqual(plain, {
      poolName: "p",
      smsConfiguration: { externalId: "x", snsCallerArn: "arn" },
      lambdaConfig: UNKNOWN,
      userPoolTags: { a: "b" },
    });
    assert.deepEqual([...secretKeys].sort(), ["smsConfiguration", "userPoolTags"]);
  });

  it("wraps the values under secret keys, leaving out undefined", function () {
    assert.deepEqual(wrapSecrets({ a: 1, b: { c: 2 }, d: undefined, e: null }, new Set(["b", "e"])), {
      a: 1,
      b: secret({ c: 2 }),
      e: null,
    });
  });

  it("maps the engine's config variables onto the core's cognito:* keys", function () {
    const config = configSourceFrom(
      new Map([
        ["cognito-userpool:config:region", "eu-west-1"],
        ["endpoint", "http://127.0.0.1:1"],
      ]),
    );
    assert.equal(config.get("cognito:region"), "eu-west-1");
    assert.equal(config.get("cognito:endpoint"), "http://127.0.0.1:1");
    assert.equal(config.get("aws:region"), undefined);
  });
});

describe("plugin: forwarding to the provider core", function () {
  const cognito = mockClient(CognitoIdentityProviderClient);
  const plugin = () => new UserPoolPlugin(stubbedProvider(() => undefined));

  beforeEach(() => cognito.reset());

  it("check: hands the core what the dynamic door hands it (unknowns as the sentinel) and keeps secrets secret", async function () {
    const news = {
      poolName: "users",
      smsConfiguration: { snsCallerArn: "arn:aws:iam::123456789012:role/sms", externalId: secret("x") },
      lambdaConfig: { customSmsSender: { lambdaArn: UNKNOWN, lambdaVersion: "V1_0" }, kmsKeyId: UNKNOWN },
      userPoolTags: { [SIG]: OUTPUT_VALUE, dependencies: ["urn:x"] },
    };
    const result = await plugin().check(URN, {}, news);
    // The dynamic provider's runtime hands check the engine's Struct as JavaScript: secrets already
    // unwrapped, unknowns as the sentinel string. Whatever the core says to that, it says here too.
    const core = new UserPoolProvider(() => new CognitoIdentityProviderClient({ region: "us-east-1" }));
    const dynamicNews = {
      ...news,
      smsConfiguration: { ...news.smsConfiguration, externalId: "x" },
      userPoolTags: UNKNOWN,
    };
    assert.deepEqual(result.failures, (await core.check({}, dynamicNews)).failures);
    const inputs = result.inputs as Record<string, unknown>;
    assert.deepEqual(
      inputs.smsConfiguration,
      secret({ snsCallerArn: "arn:aws:iam::123456789012:role/sms", externalId: "x" }),
    );
    assert.equal(inputs.userPoolTags, UNKNOWN);
    assert.equal(inputs.poolName, "users");
    assert.equal(cognito.calls().length, 0, "no API call in check");
  });

  it("check: reports the same failures as the dynamic resource", async function () {
    const result = await plugin().check(
      URN,
      {},
      { poolName: "users", policies: { passwordPolicy: { minimumLength: 3 } } },
    );
    assert.equal(result.failures?.[0]?.property, "policies.passwordPolicy.minimumLength");
  });

  it("check: refuses a standard attribute added to an existing pool when it differs from Cognito's definition, and accepts the matching one (issue 17, defect 1)", async function () {
    const olds = { poolName: "users" };
    const matching = await plugin().check(URN, olds, {
      poolName: "users",
      schema: [{ name: "email", attributeDataType: "String", mutable: true }],
    });
    assert.deepEqual(matching.failures, []);
    const differing = await plugin().check(URN, olds, {
      poolName: "users",
      schema: [{ name: "email", attributeDataType: "String", required: true }],
    });
    assert.equal(differing.failures?.[0]?.property, "schema[0]");
    assert.match(differing.failures?.[0]?.reason ?? "", /standard attribute "email"/);
  });

  it("create: calls CreateUserPool once, tagged with the resource's URN, and returns secret inputs as secret outputs", async function () {
    cognito.on(CreateUserPoolCommand).resolves({ UserPool: { Id: "us-east-1_abc", Arn: "arn:pool" } });
    const result = await plugin().create(URN, { poolName: "users", userPoolTags: secret({ team: "a" }) });
    assert.equal(result.id, "us-east-1_abc");
    assert.equal(cognito.commandCalls(CreateUserPoolCommand).length, 1);
    assert.deepEqual(cognito.commandCalls(CreateUserPoolCommand)[0].args[0].input.UserPoolTags, {
      team: "a",
      [OWNER_TAG_KEY]: URN,
    });
    const outs = result.outs as Record<string, unknown>;
    assert.deepEqual(outs.userPoolTags, secret({ team: "a" }), "the owner tag is the provider's, not an output");
    assert.equal(outs.arn, "arn:pool");
    assert.ok(!("__provider" in outs));
    assert.ok(!("__owner" in outs));
  });

  it("read with nothing declared (pulumi import): the live pool's settings become the inputs", async function () {
    const live = { ...referenceCreateUserPoolRequest, Id: "us-east-1_abc", Name: "my-test-user-pool" };
    delete (live as { PoolName?: string }).PoolName;
    cognito.on(DescribeUserPoolCommand).resolves({ UserPool: live as never });
    cognito.on(GetUserPoolMfaConfigCommand).resolves({ MfaConfiguration: "OPTIONAL" });
    const result = await plugin().read("us-east-1_abc", URN, {});
    assert.equal(result.id, "us-east-1_abc");
    const inputs = result.inputs as Record<string, unknown>;
    const expected = fromApi("CreateUserPoolRequest", referenceCreateUserPoolRequest) as Record<string, unknown>;
    assert.equal(inputs.poolName, "my-test-user-pool");
    assert.deepEqual(inputs.aliasAttributes, expected.aliasAttributes);
    assert.equal(inputs.deletionProtection, "ACTIVE");
    const checked = await plugin().check(URN, {}, inputs);
    assert.deepEqual(checked.failures, [], "the imported inputs pass check");
  });

  it("pulumi import declares the SMS MFA factor exactly when the live pool has it (issue 17, defect 3)", async function () {
    const smsConfiguration = {
      SnsCallerArn: "arn:aws:iam::123456789012:role/sms",
      ExternalId: "x",
      SnsRegion: "us-east-1",
    };
    const live = {
      Id: "us-east-1_abc",
      Name: "sms-pool",
      MfaConfiguration: "ON" as const,
      SmsConfiguration: smsConfiguration,
    };
    cognito.on(DescribeUserPoolCommand).resolves({ UserPool: live });
    const totpOnly = { MfaConfiguration: "ON" as const, SoftwareTokenMfaConfiguration: { Enabled: true } };
    cognito.on(GetUserPoolMfaConfigCommand).resolves(totpOnly);
    const smsOff = (await plugin().read("us-east-1_abc", URN, {})).inputs as Record<string, unknown>;
    assert.ok(smsOff.smsConfiguration, "the SMS configuration (for verification messages) is an input");
    assert.deepEqual(smsOff.softwareTokenMfaConfiguration, { enabled: true });
    assert.ok(!("smsMfaConfiguration" in smsOff), "SMS is not an MFA factor on the live pool");
    assert.deepEqual((await plugin().check(URN, {}, smsOff)).failures, []);

    cognito
      .on(GetUserPoolMfaConfigCommand)
      .resolves({ ...totpOnly, SmsMfaConfiguration: { SmsConfiguration: smsConfiguration } });
    const smsOn = (await plugin().read("us-east-1_abc", URN, {})).inputs as Record<string, unknown>;
    assert.ok(smsOn.smsMfaConfiguration, "SMS is an MFA factor on the live pool");
  });

  it("read of a pool that is gone returns no id", async function () {
    const error = new Error("gone");
    error.name = "ResourceNotFoundException";
    cognito.on(DescribeUserPoolCommand).rejects(error);
    assert.equal((await plugin().read("us-east-1_gone", URN, {})).id, undefined);
  });

  it("refuses a resource type it does not serve", async function () {
    await assert.rejects(
      plugin().check("urn:pulumi:dev::proj::cognito-userpool:index:Other::x", {}, {}),
      /unknown resource type/,
    );
  });
});
