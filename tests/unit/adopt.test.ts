/**
 * Bringing an existing pool under management: the one conversion from DescribeUserPool output to
 * args (read and the generator), the adoption plan, adoptUserPoolId in check and diff, and the
 * provider's adopt path (never CreateUserPool, never DeleteUserPool).
 */
import * as assert from "node:assert/strict";
import {
  AddCustomAttributesCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolCommand,
  DeleteUserPoolCommand,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  SetUserPoolMfaConfigCommand,
  UpdateUserPoolCommand,
  type UserPoolType,
} from "@aws-sdk/client-cognito-identity-provider";
import { mockClient } from "aws-sdk-client-mock";
import { describeAdoption, planAdoption } from "../../provider/adopt";
import { checkArgs } from "../../provider/check";
import {
  argName,
  argsFromLive,
  declaredFromLive,
  desiredFromArgs,
  fieldForArg,
  liveFieldValues,
  updateRequest,
} from "../../provider/convert";
import { diffArgs } from "../../provider/diff";
import { USER_POOL_FIELDS } from "../../provider/fields";
import { fromApi, SHAPES } from "../../provider/naming";
import { planUpdate } from "../../provider/threeWay";
import type { UserPoolProvider } from "../../provider/userPoolProvider";
import { stubbedProvider } from "../support/stubbedProvider";
import { sameValue } from "../../provider/values";
import { DESCRIBE_FIXTURES, loadDescribeFixture } from "../fixtures/describeUserPool";
import { referenceCreateUserPoolRequest } from "../fixtures/referenceRequest";

const referenceArgs = fromApi("CreateUserPoolRequest", referenceCreateUserPoolRequest) as Record<string, unknown>;
const COMPUTED = [
  "id",
  "arn",
  "name",
  "status",
  "creationDate",
  "lastModifiedDate",
  "estimatedNumberOfUsers",
  "domain",
  "customDomain",
  "schemaAttributes",
  "smsConfigurationFailure",
  "emailConfigurationFailure",
];

describe("adoption: DescribeUserPool output to args (one conversion for read and the generator)", function () {
  it("the every-field fixture sets every member of UserPoolType and GetUserPoolMfaConfigResponse", function () {
    const { pool, mfa } = loadDescribeFixture("every-field");
    const missing = Object.keys(SHAPES.UserPoolType.members).filter(
      (m) => (pool as Record<string, unknown>)[m] === undefined,
    );
    assert.deepEqual(missing, ["AliasAttributes"], "only AliasAttributes (it excludes UsernameAttributes)");
    const missingMfa = Object.keys(SHAPES.GetUserPoolMfaConfigResponse.members).filter(
      (m) => (mfa as Record<string, unknown>)[m] === undefined,
    );
    assert.deepEqual(missingMfa, []);
  });

  it("liveFieldValues gives every reported field in camelCase, by the table's read column", function () {
    const { pool, mfa } = loadDescribeFixture("every-field");
    const live = liveFieldValues(pool, mfa);
    const expected = USER_POOL_FIELDS.map(argName).filter((n) => n !== "aliasAttributes");
    assert.deepEqual(Object.keys(live).sort(), [...expected].sort());
    assert.equal(live.poolName, "every field pool", "poolName is read from Name");
    assert.equal((live.lambdaConfig as Record<string, unknown>).kmsKeyId, pool.LambdaConfig?.KMSKeyID);
    assert.equal((live.schema as unknown[]).length, pool.SchemaAttributes?.length, "the schema as reported");
    assert.deepEqual(live.webAuthnConfiguration, {
      relyingPartyId: "auth.example.com",
      userVerification: "required",
      factorConfiguration: "MULTI_FACTOR_WITH_USER_VERIFICATION",
    });
    assert.equal(
      liveFieldValues(pool, undefined).softwareTokenMfaConfiguration,
      undefined,
      "MFA factors need GetUserPoolMfaConfig",
    );
  });

  it("converts the API reference example's pool to the example's args: settings entirely at Cognito's default left out, objects written whole", function () {
    const { pool, mfa } = loadDescribeFixture("reference.moto");
    const args = argsFromLive(pool, mfa);
    const expected: Record<string, unknown> = structuredClone(referenceArgs);
    // A setting entirely at Cognito's default is left out (userPoolAddOns: advancedSecurityMode OFF);
    // inside an object that is written, only members whose omission AWS documents are left out
    // (temporaryPasswordValidityDays 7), so the four password requirements stay.
    const passwordPolicy = (expected.policies as { passwordPolicy: Record<string, unknown> }).passwordPolicy;
    delete passwordPolicy.temporaryPasswordValidityDays;
    delete expected.userPoolAddOns;
    // A Number attribute has no string constraints; Cognito reports none.
    delete (expected.schema as Record<string, unknown>[])[0].stringAttributeConstraints;
    assert.deepEqual(args, expected);
  });

  it("converts an untouched pool to its name alone", function () {
    const { pool, mfa } = loadDescribeFixture("untouched.moto");
    assert.deepEqual(argsFromLive(pool, mfa), { poolName: "untouched" });
  });

  it("converts the every-field pool: defaults, standard attributes in their standard form and computed members left out", function () {
    const { pool, mfa } = loadDescribeFixture("every-field");
    const args = argsFromLive(pool, mfa);
    for (const key of COMPUTED) assert.equal(key in args, false, `${key} is computed, never an arg`);
    assert.deepEqual(
      Object.keys(args).filter((key) => fieldForArg(key) === undefined),
      [],
    );
    assert.deepEqual((args.policies as { passwordPolicy: unknown }).passwordPolicy, {
      minimumLength: 14,
      requireUppercase: true,
      requireLowercase: true,
      requireNumbers: false,
      requireSymbols: false,
      passwordHistorySize: 5,
      temporaryPasswordValidityDays: 3,
    });
    assert.deepEqual(args.adminCreateUserConfig, {
      allowAdminCreateUserOnly: true,
      inviteMessageTemplate: {
        smsMessage: "Welcome {username}, your code is {####}",
        emailMessage: "Welcome to Example, {username}. Your temporary password is {####}",
        emailSubject: "Welcome to Example",
      },
    });
    assert.deepEqual(args.deviceConfiguration, {
      challengeRequiredOnNewDevice: true,
      deviceOnlyRememberedOnUserPrompt: false,
    });
    assert.deepEqual(
      args.keyConfiguration,
      pool.KeyConfiguration && fromApi("KeyConfigurationType", pool.KeyConfiguration),
    );
    assert.deepEqual(
      args.acrConfiguration,
      { Level1: { acrValue: "urn:example:loa:1" }, Level2: { acrValue: "urn:example:loa:2" } },
      "map keys kept",
    );
    assert.deepEqual(args.userPoolTags, { team: "identity", "cost-center": "cc:42" });
    assert.deepEqual(args.softwareTokenMfaConfiguration, { enabled: true });
    assert.deepEqual(args.schema, [
      {
        name: "given_name",
        attributeDataType: "String",
        developerOnlyAttribute: false,
        mutable: true,
        required: true,
        stringAttributeConstraints: { minLength: "0", maxLength: "2048" },
      },
      {
        name: "email",
        attributeDataType: "String",
        developerOnlyAttribute: false,
        mutable: true,
        required: true,
        stringAttributeConstraints: { minLength: "0", maxLength: "2048" },
      },
      {
        name: "tenant",
        attributeDataType: "String",
        developerOnlyAttribute: false,
        mutable: true,
        required: false,
        stringAttributeConstraints: { minLength: "1", maxLength: "64" },
      },
      { name: "joined", attributeDataType: "DateTime", developerOnlyAttribute: false, mutable: false, required: false },
      {
        name: "risk",
        attributeDataType: "Number",
        developerOnlyAttribute: true,
        mutable: true,
        required: false,
        numberAttributeConstraints: { minValue: "0", maxValue: "100" },
      },
    ]);
    const expectedFields = USER_POOL_FIELDS.map(argName).filter((n) => n !== "aliasAttributes");
    assert.deepEqual(Object.keys(args).sort(), [...expectedFields].sort(), "every set field is declared");
  });

  it("leaves out the legacy unusedAccountValidityDays where temporaryPasswordValidityDays says the same", function () {
    const pool: UserPoolType = {
      Name: "legacy",
      Policies: { PasswordPolicy: { TemporaryPasswordValidityDays: 3 } },
      AdminCreateUserConfig: { UnusedAccountValidityDays: 3, AllowAdminCreateUserOnly: true },
    };
    const args = argsFromLive(pool, undefined);
    assert.deepEqual(args.adminCreateUserConfig, { allowAdminCreateUserOnly: true });
    assert.deepEqual(checkArgs({}, args).failures, []);
  });

  for (const name of DESCRIBE_FIXTURES) {
    it(`${name}: the generated args pass check, read back without drift, and adopt with no difference`, function () {
      const { pool, mfa } = loadDescribeFixture(name);
      const args = argsFromLive(pool, mfa);
      assert.deepEqual(checkArgs({}, args).failures, []);
      desiredFromArgs(args);
      const read = declaredFromLive(args, pool, mfa);
      for (const field of USER_POOL_FIELDS) {
        const arg = argName(field);
        assert.ok(sameValue(read[arg], args[arg], field.unordered), `${arg}: read ${JSON.stringify(read[arg])}`);
      }
      const plan = planAdoption({ ...args, adoptUserPoolId: pool.Id }, pool, mfa);
      assert.deepEqual(plan, {
        conflicts: [],
        differences: [],
        attributesToAdd: [],
        needsUpdate: false,
        needsMfaConfig: false,
      });
    });
  }
});

describe("adoption: the plan", function () {
  const { pool, mfa } = loadDescribeFixture("reference.moto");
  const generated = argsFromLive(pool, mfa);

  it("refuses a create-only field that differs, naming the live value to declare", function () {
    const plan = planAdoption(
      { ...generated, aliasAttributes: ["phone_number"], usernameConfiguration: { caseSensitive: false } },
      pool,
      mfa,
    );
    assert.equal(plan.conflicts.length, 2);
    assert.match(
      plan.conflicts[0],
      /aliasAttributes is \["email"\] on the live pool but \["phone_number"\] is declared/,
    );
    assert.match(plan.conflicts[0], /Declare the live value \(aliasAttributes: \["email"\]\)/);
    assert.match(plan.conflicts[1], /usernameConfiguration/);
  });

  it("refuses an existing schema attribute declared differently, and adds a new custom one", function () {
    const schema = [
      { name: "mydev", attributeDataType: "String", developerOnlyAttribute: true, mutable: true },
      { name: "tenant", attributeDataType: "String", mutable: true },
    ];
    const plan = planAdoption({ ...generated, schema }, pool, mfa);
    assert.equal(plan.conflicts.length, 1);
    assert.match(plan.conflicts[0], /schema attribute "mydev"/);
    const ok = planAdoption({ ...generated, schema: [...(generated.schema as unknown[]), schema[1]] }, pool, mfa);
    assert.deepEqual(ok.conflicts, []);
    assert.deepEqual(ok.attributesToAdd, [schema[1]]);
    assert.deepEqual(ok.differences, [{ arg: "schema[tenant]", kind: "add", declared: schema[1] }]);
  });

  it("treats the declared schema's order, prefixes and unreported members as no difference", function () {
    const schema = [
      {
        name: "dev:custom:mydev",
        attributeDataType: "Number",
        developerOnlyAttribute: true,
        mutable: true,
        required: false,
        stringAttributeConstraints: { minLength: "1" },
      },
    ];
    assert.deepEqual(planAdoption({ ...generated, schema }, pool, mfa).conflicts, []);
  });

  it("reports updatable differences: changed, not declared (kept), and members outside the declared shape (kept)", function () {
    const withoutLambda = Object.fromEntries(Object.entries(generated).filter(([key]) => key !== "lambdaConfig"));
    const args = {
      ...withoutLambda,
      policies: { passwordPolicy: { minimumLength: 10 } },
      emailConfiguration: {
        emailSendingAccount: "DEVELOPER",
        sourceArn: "arn:aws:ses:us-east-1:123456789012:identity/support@example.com",
      },
    };
    const plan = planAdoption(args, pool, mfa);
    assert.deepEqual(plan.conflicts, []);
    assert.equal(plan.needsUpdate, true);
    const byArg = new Map(plan.differences.map((d) => [`${d.arg}:${d.kind}`, d]));
    assert.deepEqual(byArg.get("policies:change")?.live, { passwordPolicy: { minimumLength: 6 } });
    assert.ok(byArg.get("lambdaConfig:kept"), "an undeclared Lambda config keeps its live value (three-way)");
    assert.deepEqual(byArg.get("emailConfiguration:kept")?.live, {
      configurationSet: "my-test-ses-configuration-set",
      from: "support@example.com",
      replyToEmailAddress: "support@example.com",
    });
  });

  it("keeps undeclared create-only fields and custom attributes, and applies declared fields the service does not report", function () {
    const plan = planAdoption(
      { poolName: "my-test-user-pool", deletionProtection: "ACTIVE", userPoolTier: "ESSENTIALS" },
      pool,
      mfa,
    );
    const kinds = plan.differences.map((d) => `${d.kind} ${d.arg}`);
    assert.ok(kinds.includes("kept aliasAttributes"));
    assert.ok(kinds.includes("kept usernameConfiguration"));
    assert.ok(kinds.includes("kept schema[mydev]"));
    assert.ok(kinds.includes("unreported userPoolTier"), "moto does not report UserPoolTier");
    assert.equal(plan.needsUpdate, true, "an unreported updatable field is applied, to be sure");
    const createOnly = planAdoption({ ...generated, usernameAttributes: ["email"] }, pool, mfa);
    assert.deepEqual(createOnly.conflicts, [], "an unreported create-only field is assumed as declared");
    assert.deepEqual(createOnly.differences, [
      { arg: "usernameAttributes", kind: "unreported", declared: ["email"], applied: false },
    ]);
    assert.equal(createOnly.needsUpdate, false);
  });

  it("asks for SetUserPoolMfaConfig when a declared factor differs", function () {
    const plan = planAdoption({ ...generated, softwareTokenMfaConfiguration: { enabled: true } }, pool, {
      MfaConfiguration: "OPTIONAL",
      SoftwareTokenMfaConfiguration: { Enabled: false },
    });
    assert.equal(plan.needsMfaConfig, true);
    assert.equal(plan.needsUpdate, false);
  });

  it("describes the differences one line each", function () {
    const lines = describeAdoption(
      "'p' (us-east-1_x)",
      planAdoption({ ...generated, policies: { passwordPolicy: { minimumLength: 10 } } }, pool, mfa),
    );
    assert.match(lines[0], /Adopting Cognito user pool 'p' \(us-east-1_x\)/);
    assert.ok(
      lines.some((l) =>
        /~ policies: live \{"passwordPolicy":\{"minimumLength":6\}\} -> declared \{"passwordPolicy":\{"minimumLength":10\}\}/.test(
          l,
        ),
      ),
    );
    assert.match(lines.at(-1) ?? "", /UpdateUserPool/);
    assert.match(
      describeAdoption("'p'", planAdoption(generated, pool, mfa))[0],
      /match the declared ones; nothing to change/,
    );
  });
});

describe("adoption: adoptUserPoolId in check and diff", function () {
  it("is a known arg, checked for the <region>_<id> form", function () {
    assert.deepEqual(checkArgs({}, { poolName: "p", adoptUserPoolId: "us-east-1_AbC123xyZ" }).failures, []);
    assert.deepEqual(checkArgs({}, { poolName: "p", adoptUserPoolId: "local_0KAiaBoc" }).failures, []);
    for (const bad of [
      "us-east-1",
      "my pool",
      "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_x",
      42,
      `us-east-1_${"a".repeat(50)}`,
    ]) {
      const { failures } = checkArgs({}, { poolName: "p", adoptUserPoolId: bad });
      assert.equal(failures?.length, 1, String(bad));
      assert.equal(failures?.[0].property, "adoptUserPoolId");
      assert.match(failures?.[0].reason ?? "", /<region>_<id>/);
    }
  });

  it("accepts a value not known until deployment", function () {
    assert.deepEqual(
      checkArgs({}, { poolName: "p", adoptUserPoolId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" }).failures,
      [],
    );
  });

  it("is never sent to Cognito", function () {
    const desired = desiredFromArgs({ poolName: "p", adoptUserPoolId: "us-east-1_x" });
    assert.deepEqual(updateRequest("us-east-1_x", desired), { UserPoolId: "us-east-1_x", PoolName: "p" });
  });

  it("is ignored by diff: adding, changing or removing it changes nothing", function () {
    const olds = { poolName: "p", adoptUserPoolId: "us-east-1_a" };
    for (const news of [{ poolName: "p" }, { poolName: "p", adoptUserPoolId: "us-east-1_b" }]) {
      const result = diffArgs(olds, news, "us-east-1_a");
      assert.equal(result.changes, false);
      assert.deepEqual(result.replaces, []);
    }
  });

  it("refuses a replacement that would adopt the same pool again and then delete it", function () {
    const olds = { poolName: "p", usernameAttributes: ["email"], adoptUserPoolId: "us-east-1_a" };
    assert.throws(() => diffArgs(olds, { ...olds, usernameAttributes: ["phone_number"] }, "us-east-1_a"), {
      message:
        /adoptUserPoolId still names this pool: the replacement would adopt the same pool again and then delete it/,
    });
    const replaced = diffArgs(olds, { poolName: "p", usernameAttributes: ["phone_number"] }, "us-east-1_a");
    assert.deepEqual(
      replaced.replaces,
      ["usernameAttributes"],
      "without adoptUserPoolId it is an ordinary replacement",
    );
  });
});

describe("adoption: the provider's create with adoptUserPoolId", function () {
  const cognito = mockClient(CognitoIdentityProviderClient);
  const { pool, mfa } = loadDescribeFixture("reference.moto");
  const id = "us-east-1_ReferenceExample1";
  const generated = argsFromLive(pool, mfa);
  let lines: string[];

  function provider(): UserPoolProvider {
    lines = [];
    return stubbedProvider((line) => lines.push(line));
  }

  beforeEach(function () {
    cognito.reset();
    cognito.on(CreateUserPoolCommand).rejects(new Error("CreateUserPool must not be called"));
    cognito.on(DeleteUserPoolCommand).rejects(new Error("DeleteUserPool must not be called"));
    cognito.on(DescribeUserPoolCommand).resolves({ UserPool: pool });
    cognito.on(GetUserPoolMfaConfigCommand).resolves(mfa);
  });

  after(function () {
    cognito.restore();
  });

  it("takes over a pool that matches: only reads, no write call, outputs like a normal create", async function () {
    const result = await provider().create({ ...generated, adoptUserPoolId: id, __provider: "shim" });
    assert.equal(result.id, id);
    assert.deepEqual(
      cognito.calls().map((c) => c.args[0].constructor.name),
      ["DescribeUserPoolCommand", "GetUserPoolMfaConfigCommand"],
    );
    assert.equal(result.outs.arn, pool.Arn);
    assert.equal(result.outs.poolName, "my-test-user-pool");
    assert.equal(result.outs.adoptUserPoolId, id);
    assert.equal(result.outs.__provider, undefined);
    assert.match(
      lines.join("\n"),
      /Adopting Cognito user pool 'my-test-user-pool' \(us-east-1_ReferenceExample1\): its live settings match/,
    );
  });

  it("converges differences with one UpdateUserPool: the declared settings over the live pool", async function () {
    const args = { ...generated, policies: { passwordPolicy: { minimumLength: 10 } }, adoptUserPoolId: id };
    await provider().create(args);
    const updates = cognito.commandCalls(UpdateUserPoolCommand);
    assert.equal(updates.length, 1);
    assert.deepEqual(updates[0].args[0].input, planUpdate(id, {}, args, pool, mfa).update);
    assert.equal(updates[0].args[0].input.Policies?.PasswordPolicy?.MinimumLength, 10);
    assert.equal(cognito.commandCalls(SetUserPoolMfaConfigCommand).length, 0);
    assert.ok(
      lines.some((l) => /~ policies: live .*minimumLength":6.* -> declared .*minimumLength":10/.test(l)),
      lines.join("\n"),
    );
  });

  it("never lowers deletion protection, nor drops triggers, that a hand-written program leaves out", async function () {
    assert.equal(pool.DeletionProtection, "ACTIVE");
    assert.ok(pool.LambdaConfig?.PreSignUp);
    await provider().create({
      poolName: "my-test-user-pool",
      emailVerificationSubject: "A new subject",
      adoptUserPoolId: id,
    });
    const update = cognito.commandCalls(UpdateUserPoolCommand)[0].args[0].input;
    assert.equal(update.EmailVerificationSubject, "A new subject");
    assert.equal(update.DeletionProtection, "ACTIVE");
    assert.deepEqual(update.LambdaConfig, pool.LambdaConfig);
    assert.match(lines.join("\n"), /= deletionProtection: live "ACTIVE", not declared -> left as it is/);
  });

  it("adds missing custom attributes with AddCustomAttributes", async function () {
    cognito.on(AddCustomAttributesCommand).resolves({});
    const tenant = { name: "tenant", attributeDataType: "String", mutable: true };
    await provider().create({
      ...generated,
      schema: [...(generated.schema as unknown[]), tenant],
      adoptUserPoolId: id,
    });
    assert.deepEqual(cognito.commandCalls(AddCustomAttributesCommand)[0].args[0].input, {
      UserPoolId: id,
      CustomAttributes: [{ Name: "tenant", AttributeDataType: "String", Mutable: true }],
    });
    assert.equal(cognito.commandCalls(UpdateUserPoolCommand).length, 0, "nothing else differs");
  });

  it("applies differing MFA factors with SetUserPoolMfaConfig", async function () {
    cognito.on(SetUserPoolMfaConfigCommand).resolves({});
    cognito
      .on(GetUserPoolMfaConfigCommand)
      .resolves({ MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: false } });
    await provider().create({ ...generated, softwareTokenMfaConfiguration: { enabled: true }, adoptUserPoolId: id });
    assert.equal(
      cognito.commandCalls(SetUserPoolMfaConfigCommand)[0].args[0].input.SoftwareTokenMfaConfiguration?.Enabled,
      true,
    );
    assert.equal(cognito.commandCalls(UpdateUserPoolCommand).length, 0);
  });

  it("keeps the live SMS MFA factor when the program leaves smsMfaConfiguration out, and turns it on when declared (issue 17, defect 3)", async function () {
    cognito.on(SetUserPoolMfaConfigCommand).resolves({});
    const liveSms = { SmsConfiguration: pool.SmsConfiguration };
    cognito.on(GetUserPoolMfaConfigCommand).resolves({
      MfaConfiguration: "OPTIONAL",
      SmsMfaConfiguration: liveSms,
      SoftwareTokenMfaConfiguration: { Enabled: false },
    });
    await provider().create({ ...generated, softwareTokenMfaConfiguration: { enabled: true }, adoptUserPoolId: id });
    const kept = cognito.commandCalls(SetUserPoolMfaConfigCommand)[0].args[0].input;
    assert.equal(kept.SoftwareTokenMfaConfiguration?.Enabled, true);
    assert.deepEqual(kept.SmsMfaConfiguration, liveSms, "a factor the program never declared keeps its live value");

    cognito.resetHistory();
    cognito.on(GetUserPoolMfaConfigCommand).resolves({
      MfaConfiguration: "OPTIONAL",
      SoftwareTokenMfaConfiguration: { Enabled: true },
    });
    await provider().create({
      ...generated,
      softwareTokenMfaConfiguration: { enabled: true },
      smsMfaConfiguration: {},
      adoptUserPoolId: id,
    });
    const turnedOn = cognito.commandCalls(SetUserPoolMfaConfigCommand)[0].args[0].input;
    assert.ok(
      turnedOn.SmsMfaConfiguration?.SmsConfiguration,
      "the declared SMS factor is set, with the pool's SMS configuration",
    );
  });

  it("refuses a differing create-only field before any write, explaining why", async function () {
    await assert.rejects(
      provider().create({ ...generated, aliasAttributes: ["phone_number"], adoptUserPoolId: id }),
      (error: Error) => {
        assert.match(
          error.message,
          /Cannot adopt Cognito user pool 'my-test-user-pool' \(us-east-1_ReferenceExample1\)/,
        );
        assert.match(error.message, /aliasAttributes is \["email"\] on the live pool/);
        assert.match(error.message, /would need a new pool, which would have none of this pool's users/);
        assert.match(error.message, /Nothing was changed/);
        return true;
      },
    );
    assert.deepEqual(
      cognito.calls().map((c) => c.args[0].constructor.name),
      ["DescribeUserPoolCommand", "GetUserPoolMfaConfigCommand"],
    );
  });

  it("names the id and the region when the pool does not exist, and creates nothing", async function () {
    const notFound = new Error("User pool us-east-1_Missing1 does not exist.");
    notFound.name = "ResourceNotFoundException";
    cognito.on(DescribeUserPoolCommand).rejects(notFound);
    await assert.rejects(
      provider().create({ poolName: "p", adoptUserPoolId: "us-east-1_Missing1" }),
      (error: Error) => {
        assert.match(
          error.message,
          /Cannot adopt Cognito user pool us-east-1_Missing1: there is no such pool in region us-east-1/,
        );
        assert.match(error.message, /Nothing was created or changed/);
        return true;
      },
    );
    await assert.rejects(provider().create({ poolName: "p", adoptUserPoolId: "eu-west-1_Missing1" }), {
      message: /names region eu-west-1, but the provider uses us-east-1/,
    });
    assert.equal(cognito.commandCalls(CreateUserPoolCommand).length, 0);
  });

  it("carries adoptUserPoolId through read and update", async function () {
    cognito.on(UpdateUserPoolCommand).resolves({});
    const p = provider();
    const read = await p.read(id, { ...generated, adoptUserPoolId: id });
    assert.equal(read.props?.adoptUserPoolId, id);
    assert.equal(read.inputs?.adoptUserPoolId, id);
    const updated = await p.update(id, { ...generated, adoptUserPoolId: id }, { ...generated, adoptUserPoolId: id });
    assert.equal(updated.outs?.adoptUserPoolId, id);
  });
});
