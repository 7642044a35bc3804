import * as assert from "node:assert/strict";
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { mockClient } from "aws-sdk-client-mock";
import fc from "fast-check";
import { checkArgs } from "../../provider/check";
import { fromApi } from "../../provider/naming";
import { UserPoolProvider } from "../../provider/userPoolProvider";
import { referenceCreateUserPoolRequest } from "../fixtures/referenceRequest";

const referenceArgs = fromApi("CreateUserPoolRequest", referenceCreateUserPoolRequest) as Record<string, unknown>;

describe("check", function () {
  it("accepts the API reference's full example", function () {
    assert.deepEqual(checkArgs({}, referenceArgs).failures, []);
  });

  it("returns the inputs as given", function () {
    const news = { poolName: "p", __provider: "shim" };
    assert.deepEqual(checkArgs({}, news).inputs, news);
  });

  it("names an unknown top-level key and suggests the right one", function () {
    const { failures } = checkArgs({}, { poolName: "p", deletionprotection: "ACTIVE" });
    assert.equal(failures?.[0]?.property, "deletionprotection");
    assert.match(failures?.[0]?.reason ?? "", /Did you mean deletionProtection\?/);
  });

  it("names an unknown nested key by its full property path", function () {
    const { failures } = checkArgs({}, { poolName: "p", policies: { passwordPolicy: { minLength: 8 } } });
    assert.equal(failures?.[0]?.property, "policies.passwordPolicy.minLength");
  });

  it("reports rule violations under the user's camelCase property path, with the value and the fix", function () {
    const { failures } = checkArgs(
      {},
      {
        poolName: "p",
        policies: { passwordPolicy: { minimumLength: 4 } },
        lambdaConfig: {
          customSmsSender: { lambdaArn: "arn:aws:lambda:us-east-1:123456789012:function:F", lambdaVersion: "V1_0" },
        },
      },
    );
    const byProperty = new Map(failures?.map((f) => [f.property, f.reason]));
    assert.match(byProperty.get("policies.passwordPolicy.minimumLength") ?? "", /6.*99.*4|4.*6/);
    assert.ok(
      [...byProperty.keys()].some((p) => p.startsWith("lambdaConfig")),
      JSON.stringify(failures),
    );
    assert.ok(
      [...byProperty.values()].some((reason) => /kmsKeyId/.test(reason)),
      JSON.stringify(failures),
    );
  });

  it("refuses to change or remove an existing schema attribute, explaining Cognito's rule", function () {
    const olds = { poolName: "p", schema: [{ name: "tenant", attributeDataType: "String", mutable: true }] };
    const changed = checkArgs(olds, {
      poolName: "p",
      schema: [{ name: "tenant", attributeDataType: "Number", mutable: true }],
    });
    assert.equal(changed.failures?.[0]?.property, "schema[0]");
    assert.match(changed.failures?.[0]?.reason ?? "", /never changes or removes/);
    const removed = checkArgs(olds, { poolName: "p" });
    assert.equal(removed.failures?.[0]?.property, "schema");
    const added = checkArgs(olds, {
      poolName: "p",
      schema: [...olds.schema, { name: "plan", attributeDataType: "String" }],
    });
    assert.deepEqual(added.failures, []);
  });

  const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

  it("lists every independent failure at once, each with its path, the value and the fix", function () {
    const { failures } = checkArgs(
      {},
      {
        poolName: "p",
        policies: { passwordPolicy: { minLength: 4 } },
        mfaConfiguration: "SOMETIMES",
        deletionProtection: "YES",
      },
    );
    const byProperty = new Map(failures?.map((f) => [f.property, f.reason]));
    assert.match(byProperty.get("policies.passwordPolicy.minLength") ?? "", /did you mean minimumLength\?/);
    assert.match(byProperty.get("mfaConfiguration") ?? "", /"OFF", "ON" or "OPTIONAL"; got "SOMETIMES"/);
    assert.match(byProperty.get("deletionProtection") ?? "", /"ACTIVE" or "INACTIVE"; got "YES"/);
  });

  it("suggests the closest name for a typo at the top level and nested", function () {
    const top = checkArgs({}, { poolNmae: "p", poolName: "p" }).failures ?? [];
    assert.match(top[0]?.reason ?? "", /Did you mean poolName\?/);
    const nested = checkArgs({}, { poolName: "p", lambdaConfig: { kmsKeyID: "x" } }).failures ?? [];
    assert.match(nested[0]?.reason ?? "", /did you mean kmsKeyId\?/);
  });

  it("skips rules on values not known until apply, at any depth, and still checks known siblings", function () {
    const wired = {
      poolName: "p",
      autoVerifiedAttributes: UNKNOWN,
      userPoolTags: { source: UNKNOWN },
      lambdaConfig: {
        preSignUp: UNKNOWN,
        customSmsSender: { lambdaArn: UNKNOWN, lambdaVersion: "V1_0" },
        customEmailSender: UNKNOWN,
        kmsKeyId: UNKNOWN,
      },
      smsConfiguration: { snsCallerArn: UNKNOWN, externalId: UNKNOWN },
      emailConfiguration: { emailSendingAccount: "DEVELOPER", sourceArn: UNKNOWN },
      userAttributeUpdateSettings: { attributesRequireVerificationBeforeUpdate: ["email"] },
      mfaConfiguration: UNKNOWN,
    };
    assert.deepEqual(checkArgs({}, wired).failures, []);
    const withBadSibling = {
      ...wired,
      policies: { passwordPolicy: { minimumLength: 4, passwordHistorySize: UNKNOWN } },
    };
    assert.deepEqual(
      checkArgs({}, withBadSibling).failures?.map((f) => f.property),
      ["policies.passwordPolicy.minimumLength"],
    );
    // At up the values are known: a bad one fails in check, before CreateUserPool.
    const known = { ...wired, lambdaConfig: { ...wired.lambdaConfig, preSignUp: "not-an-arn" } };
    assert.ok(checkArgs({}, known).failures?.some((f) => f.property === "lambdaConfig.preSignUp"));
    // A cross-field rule applies once the values it needs are known.
    const noKey = { poolName: "p", lambdaConfig: { customSmsSender: { lambdaArn: UNKNOWN, lambdaVersion: "V1_0" } } };
    assert.ok(checkArgs({}, noKey).failures?.some((f) => /kmsKeyId/.test(f.reason)));
  });

  it("judges feature plans by the tier a new pool gets, and waits for an existing pool's live tier", function () {
    const plus = { poolName: "p", userPoolAddOns: { advancedSecurityMode: "ENFORCED" } };
    const created = checkArgs({}, plus).failures ?? [];
    assert.equal(created.length, 1, "a new pool without userPoolTier is ESSENTIALS: threat protection needs PLUS");
    assert.match(created[0].reason, /needs userPoolTier "PLUS"/);
    assert.deepEqual(
      checkArgs({ poolName: "p" }, plus).failures,
      [],
      "an existing pool keeps its live tier (maybe PLUS, set outside Pulumi), which check cannot read",
    );
    assert.deepEqual(checkArgs({}, { ...plus, adoptUserPoolId: "us-east-1_AbC123" }).failures, []);
    assert.equal(
      checkArgs({ poolName: "p" }, { ...plus, userPoolTier: "ESSENTIALS" }).failures?.length,
      1,
      "a declared tier is judged",
    );
  });

  it("refuses adding, changing or removing a standard attribute of an existing pool, naming the way out", function () {
    const olds = { poolName: "p", schema: [{ name: "email", attributeDataType: "String", required: true }] };
    const added = checkArgs(olds, {
      poolName: "p",
      schema: [...olds.schema, { name: "name", attributeDataType: "String", required: true }],
    });
    assert.equal(added.failures?.[0]?.property, "schema[1]");
    assert.match(
      added.failures?.[0]?.reason ?? "",
      /standard attribute "name" is declared as .*"required":true.*standard definition.*fixed when the pool is created.*new pool/,
    );
    const changed = checkArgs(olds, {
      poolName: "p",
      schema: [{ name: "email", attributeDataType: "String", required: false }],
    });
    assert.match(changed.failures?.[0]?.reason ?? "", /standard attribute "email" was changed.*new pool/);
    const removed = checkArgs(olds, { poolName: "p" });
    assert.match(removed.failures?.[0]?.reason ?? "", /standard attribute "email" was removed/);
    const unknown = checkArgs(olds, { poolName: "p", schema: UNKNOWN });
    assert.deepEqual(unknown.failures, []);
  });

  it("judges a standard attribute added to a pool whose old program had no schema against Cognito's standard definition (issue 17, defect 1)", function () {
    const olds = { poolName: "p" };
    const matching = checkArgs(olds, {
      poolName: "p",
      schema: [{ name: "email", attributeDataType: "String", mutable: true }],
    });
    assert.deepEqual(matching.failures, [], "the definition every pool has: nothing to refuse");
    const differing = checkArgs(olds, {
      poolName: "p",
      schema: [{ name: "email", attributeDataType: "String", mutable: false }],
    });
    assert.equal(differing.failures?.length, 1);
    assert.equal(differing.failures?.[0]?.property, "schema[0]");
    assert.match(
      differing.failures?.[0]?.reason ?? "",
      /standard attribute "email" is declared as .*"mutable":false.*"mutable":true.*fixed when the pool is created/,
    );
    const devOnly = checkArgs(olds, {
      poolName: "p",
      schema: [{ name: "email", attributeDataType: "String", developerOnlyAttribute: true }],
    });
    assert.deepEqual(
      devOnly.failures,
      [],
      "a developer-only attribute is custom (dev:custom:email), whatever its name",
    );
  });

  it("leaves an adopted pool's standard attributes to update, which reads the live definitions", function () {
    const olds = { poolName: "p", adoptUserPoolId: "us-east-1_abc" };
    const news = { ...olds, schema: [{ name: "email", attributeDataType: "String", required: true }] };
    assert.deepEqual(checkArgs(olds, news).failures, []);
  });

  it("refuses at preview a change that would replace a protected pool, as one failure", function () {
    const olds = { poolName: "p", deletionProtection: "ACTIVE", usernameAttributes: ["email"] };
    const { failures } = checkArgs(olds, { ...olds, usernameAttributes: ["phone_number"] });
    assert.equal(failures?.length, 1);
    assert.equal(failures?.[0]?.property, "usernameAttributes");
    assert.match(failures?.[0]?.reason ?? "", /would be replaced.*deletion protection is ACTIVE/);
    assert.deepEqual(checkArgs(olds, { ...olds, usernameAttributes: UNKNOWN }).failures, []);
  });

  describe("properties", function () {
    const cognito = mockClient(CognitoIdentityProviderClient);
    after(() => cognito.restore());

    it("never throws, and never reaches the SDK, for arbitrary args", async function () {
      const provider = new UserPoolProvider(() => new CognitoIdentityProviderClient({ region: "us-east-1" }));
      await fc.assert(
        fc.asyncProperty(
          fc.dictionary(fc.string(), fc.jsonValue()),
          fc.dictionary(fc.string(), fc.jsonValue()),
          async (olds, news) => {
            await provider.check(olds, news);
          },
        ),
        { numRuns: 300 },
      );
      assert.equal(cognito.calls().length, 0);
    });

    /** `value` with the subtree at a random path replaced by the unknown sentinel. */
    function withUnknownAt(value: unknown, choice: number[]): unknown {
      if (choice.length === 0 || value === null || typeof value !== "object") return UNKNOWN;
      const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
      if (keys.length === 0) return UNKNOWN;
      const [first, ...rest] = choice;
      if (first % 5 === 0) return UNKNOWN;
      const key = keys[first % keys.length];
      if (Array.isArray(value)) return value.map((item, i) => (i === key ? withUnknownAt(item, rest) : item));
      const record = value as Record<string, unknown>;
      return { ...record, [key]: withUnknownAt(record[key], rest) };
    }
    /** One field of `args` (never the args themselves) with a random subtree unknown. */
    function withUnknownIn(args: Record<string, unknown>, choice: number[]): Record<string, unknown> {
      const keys = Object.keys(args);
      if (keys.length === 0) return args;
      const key = keys[(choice[0] ?? 0) % keys.length];
      return { ...args, [key]: withUnknownAt(args[key], choice.slice(1)) };
    }
    const unknownPaths = fc.array(fc.array(fc.nat({ max: 1000 }), { maxLength: 6 }), { minLength: 1, maxLength: 4 });

    it("valid args with random subtrees unknown: never throws, never reports a rule against an unknown value", function () {
      const { poolName, ...rest } = referenceArgs;
      fc.assert(
        fc.property(unknownPaths, (paths) => {
          let args: Record<string, unknown> = rest;
          for (const path of paths) args = withUnknownIn(args, path);
          const result = checkArgs({}, { poolName, ...args });
          assert.deepEqual(result.failures, [], JSON.stringify(args));
        }),
        { numRuns: 300 },
      );
    });

    it("invalid args with an unrelated subtree unknown: the failure is still reported", function () {
      const broken: [string, unknown, string][] = [
        ["policies", { passwordPolicy: { minimumLength: 4 } }, "policies.passwordPolicy.minimumLength"],
        ["deletionProtection", "YES", "deletionProtection"],
        ["lambdaConfig", { preSignUp: "nope" }, "lambdaConfig.preSignUp"],
        ["userPoolTags", { "aws:x": "v" }, 'userPoolTags["aws:x"]'],
        ["schema", [{ name: "x".repeat(30), attributeDataType: "String" }], "schema[0].name"],
      ];
      fc.assert(
        fc.property(fc.constantFrom(...broken), unknownPaths, ([field, bad, property], paths) => {
          const { poolName, ...others } = referenceArgs;
          delete others[field];
          let args: Record<string, unknown> = others;
          for (const path of paths) args = withUnknownIn(args, path);
          const result = checkArgs({}, { poolName, ...args, [field]: bad });
          assert.ok(
            result.failures?.some((f) => f.property === property),
            JSON.stringify(result.failures),
          );
        }),
        { numRuns: 300 },
      );
    });

    it("reports every arbitrary near-valid input that fails as failures, never as a thrown error", function () {
      const fieldNames = Object.keys(referenceArgs);
      fc.assert(
        fc.property(fc.constantFrom(...fieldNames), fc.jsonValue(), (field, value) => {
          const result = checkArgs({}, { ...referenceArgs, [field]: value });
          assert.ok(Array.isArray(result.failures));
        }),
        { numRuns: 500 },
      );
    });
  });
});
