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
