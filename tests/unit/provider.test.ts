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
  type SchemaAttributeType,
  type UpdateUserPoolRequest,
} from "@aws-sdk/client-cognito-identity-provider";
import { mockClient } from "aws-sdk-client-mock";
import { USER_POOL_FIELDS } from "../../provider/fields";
import { camelCase, fromApi } from "../../provider/naming";
import type { UserPoolProvider } from "../../provider/userPoolProvider";
import { stubbedProvider } from "../support/stubbedProvider";
import { referenceCreateUserPoolRequest } from "../fixtures/referenceRequest";

const cognito = mockClient(CognitoIdentityProviderClient);

const provider = (): UserPoolProvider => stubbedProvider();

function awsError(name: string, message = name): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

const referenceArgs = fromApi("CreateUserPoolRequest", referenceCreateUserPoolRequest) as Record<string, unknown>;

describe("provider", function () {
  beforeEach(function () {
    cognito.reset();
  });

  describe("create", function () {
    it("makes one CreateUserPool call with the declared settings in API shape", async function () {
      cognito
        .on(CreateUserPoolCommand)
        .resolves({ UserPool: { Id: "us-east-1_abc", Arn: "arn:pool", Name: "my-test-user-pool" } });
      const result = await provider().create({ ...referenceArgs, __provider: "shim" });
      assert.equal(result.id, "us-east-1_abc");
      const calls = cognito.calls();
      assert.equal(calls.length, 1);
      assert.deepEqual(cognito.commandCalls(CreateUserPoolCommand)[0].args[0].input, referenceCreateUserPoolRequest);
      assert.equal(result.outs.arn, "arn:pool");
      assert.equal(result.outs.poolName, "my-test-user-pool");
      assert.equal(result.outs.__provider, undefined);
    });

    it("switches MFA on with SetUserPoolMfaConfig when TOTP is asked", async function () {
      cognito.on(CreateUserPoolCommand).resolves({ UserPool: { Id: "p1" } });
      cognito.on(SetUserPoolMfaConfigCommand).resolves({ MfaConfiguration: "ON" });
      await provider().create({
        poolName: "p",
        mfaConfiguration: "ON",
        softwareTokenMfaConfiguration: { enabled: true },
      });
      const create = cognito.commandCalls(CreateUserPoolCommand)[0].args[0].input;
      assert.equal(create.MfaConfiguration, undefined, "MFA ON before a factor exists is refused by Cognito");
      const mfa = cognito.commandCalls(SetUserPoolMfaConfigCommand)[0].args[0].input;
      assert.deepEqual(mfa, {
        UserPoolId: "p1",
        MfaConfiguration: "ON",
        SoftwareTokenMfaConfiguration: { Enabled: true },
        EmailMfaConfiguration: undefined,
        WebAuthnConfiguration: undefined,
      });
    });

    it("keeps the SMS factor off beside TOTP unless smsMfaConfiguration declares it, smsConfiguration or not (issue 17, defect 3)", async function () {
      cognito.on(CreateUserPoolCommand).resolves({ UserPool: { Id: "p1" } });
      cognito.on(SetUserPoolMfaConfigCommand).resolves({ MfaConfiguration: "ON" });
      cognito.on(DescribeUserPoolCommand).resolves({ UserPool: { Id: "p1" } });
      const sms = { snsCallerArn: "arn:aws:iam::123456789012:role/sms", externalId: "ext" };
      const totpOnly = {
        poolName: "p",
        mfaConfiguration: "ON",
        softwareTokenMfaConfiguration: { enabled: true },
        smsConfiguration: sms,
        smsAuthenticationMessage: "Code {####}",
      };
      await provider().create(totpOnly);
      const first = cognito.commandCalls(SetUserPoolMfaConfigCommand)[0].args[0].input;
      assert.equal(first.SmsMfaConfiguration, undefined, "SMS for verification only: no SMS factor");
      assert.deepEqual(cognito.commandCalls(CreateUserPoolCommand)[0].args[0].input.SmsConfiguration, {
        SnsCallerArn: sms.snsCallerArn,
        ExternalId: "ext",
      });

      cognito.resetHistory();
      await provider().create({ ...totpOnly, smsMfaConfiguration: {} });
      const second = cognito.commandCalls(SetUserPoolMfaConfigCommand)[0].args[0].input;
      assert.deepEqual(second.SmsMfaConfiguration, {
        SmsConfiguration: { SnsCallerArn: sms.snsCallerArn, ExternalId: "ext" },
        SmsAuthenticationMessage: "Code {####}",
      });
    });

    it("deletes the pool it just made when the second step fails, and reports what failed", async function () {
      cognito.on(CreateUserPoolCommand).resolves({ UserPool: { Id: "p1" } });
      cognito.on(SetUserPoolMfaConfigCommand).rejects(awsError("InvalidParameterException", "bad TOTP"));
      cognito.on(UpdateUserPoolCommand).resolves({});
      cognito.on(DeleteUserPoolCommand).resolves({});
      await assert.rejects(
        provider().create({
          poolName: "p",
          deletionProtection: "ACTIVE",
          mfaConfiguration: "ON",
          softwareTokenMfaConfiguration: { enabled: true },
        }),
        { message: /SetUserPoolMfaConfig failed \(InvalidParameterException: bad TOTP\)/ },
      );
      assert.equal(cognito.commandCalls(UpdateUserPoolCommand)[0].args[0].input.DeletionProtection, "INACTIVE");
      assert.deepEqual(cognito.commandCalls(DeleteUserPoolCommand)[0].args[0].input, { UserPoolId: "p1" });
    });

    it("translates Cognito's exceptions", async function () {
      cognito.on(CreateUserPoolCommand).rejects(awsError("FeatureUnavailableInTierException", "needs PLUS"));
      await assert.rejects(provider().create({ poolName: "p" }), { message: /userPoolTier/ });
    });
  });

  describe("update", function () {
    it("sends one UpdateUserPool carrying every declared updatable field, and reads fresh outputs", async function () {
      cognito.on(UpdateUserPoolCommand).resolves({});
      cognito
        .on(DescribeUserPoolCommand)
        .resolves({ UserPool: { Id: "p1", Name: "my-test-user-pool", LastModifiedDate: new Date(0) } });
      const result = await provider().update("p1", referenceArgs, referenceArgs);
      const request = cognito.commandCalls(UpdateUserPoolCommand)[0].args[0].input as UpdateUserPoolRequest;
      const updatable = USER_POOL_FIELDS.filter((f) => f.change === "update").map((f) => f.api);
      for (const api of updatable) {
        const declared = (referenceCreateUserPoolRequest as unknown as Record<string, unknown>)[api];
        assert.deepEqual((request as unknown as Record<string, unknown>)[api], declared, api);
      }
      for (const createOnly of ["AliasAttributes", "UsernameConfiguration", "Schema"]) {
        assert.equal(createOnly in request, false, createOnly);
      }
      assert.equal(request.UserPoolId, "p1");
      assert.equal(cognito.commandCalls(AddCustomAttributesCommand).length, 0);
      assert.equal(result.outs?.lastModifiedDate, "1970-01-01T00:00:00.000Z");
    });

    it("adds new custom attributes with AddCustomAttributes", async function () {
      cognito.on(AddCustomAttributesCommand).resolves({});
      cognito.on(UpdateUserPoolCommand).resolves({});
      cognito.on(DescribeUserPoolCommand).resolves({ UserPool: { Id: "p1" } });
      const olds = { poolName: "p", schema: [{ name: "tenant", attributeDataType: "String" }] };
      const news = {
        poolName: "p",
        schema: [...olds.schema, { name: "plan", attributeDataType: "String", mutable: true }],
      };
      await provider().update("p1", olds, news);
      assert.deepEqual(cognito.commandCalls(AddCustomAttributesCommand)[0].args[0].input, {
        UserPoolId: "p1",
        CustomAttributes: [{ Name: "plan", AttributeDataType: "String", Mutable: true }],
      });
    });
  });

  describe("update: a standard attribute the program starts declaring (issue 17, defect 1)", function () {
    const emailAsReported: SchemaAttributeType = {
      Name: "email",
      AttributeDataType: "String",
      DeveloperOnlyAttribute: false,
      Mutable: true,
      Required: false,
      StringAttributeConstraints: { MinLength: "0", MaxLength: "2048" },
    };

    it("never sends it to AddCustomAttributes where the old program had no schema; custom ones beside it are added", async function () {
      cognito.on(AddCustomAttributesCommand).resolves({});
      cognito.on(UpdateUserPoolCommand).resolves({});
      cognito.on(DescribeUserPoolCommand).resolves({ UserPool: { Id: "p1", SchemaAttributes: [emailAsReported] } });
      await provider().update(
        "p1",
        { poolName: "p" },
        {
          poolName: "p",
          schema: [
            { name: "email", attributeDataType: "String", mutable: true },
            { name: "plan", attributeDataType: "String" },
          ],
        },
      );
      const added = cognito.commandCalls(AddCustomAttributesCommand).map((call) => call.args[0].input.CustomAttributes);
      assert.deepEqual(added, [[{ Name: "plan", AttributeDataType: "String" }]]);
      assert.equal(cognito.commandCalls(UpdateUserPoolCommand).length, 1);
    });

    it("refuses one that differs from the live definition before changing anything, naming it", async function () {
      cognito.on(DescribeUserPoolCommand).resolves({ UserPool: { Id: "p1", SchemaAttributes: [emailAsReported] } });
      await assert.rejects(
        provider().update(
          "p1",
          { poolName: "p", adoptUserPoolId: "us-east-1_p1" },
          {
            poolName: "p",
            adoptUserPoolId: "us-east-1_p1",
            schema: [{ name: "email", attributeDataType: "String", required: true }],
          },
        ),
        {
          message:
            /standard attribute "email" is declared as .*"required":true.*"required":false.*fixed when the pool is created/,
        },
      );
      assert.equal(cognito.commandCalls(AddCustomAttributesCommand).length, 0);
      assert.equal(cognito.commandCalls(UpdateUserPoolCommand).length, 0);
    });
  });

  describe("read", function () {
    it("reports declared fields only, keeps declared values the service does not report, and the pool's computed outputs", async function () {
      cognito.on(DescribeUserPoolCommand).resolves({
        UserPool: {
          Id: "p1",
          Name: "renamed-out-of-band",
          Arn: "arn:p1",
          Policies: { PasswordPolicy: { MinimumLength: 10, RequireSymbols: true, TemporaryPasswordValidityDays: 7 } },
          MfaConfiguration: "OFF",
          SchemaAttributes: [
            { Name: "sub", AttributeDataType: "String" },
            {
              Name: "dev:custom:mydev",
              AttributeDataType: "Number",
              DeveloperOnlyAttribute: true,
              Mutable: true,
              NumberAttributeConstraints: { MinValue: "1", MaxValue: "99" },
            },
          ],
        },
      });
      const declared = {
        poolName: "p",
        deletionProtection: "ACTIVE",
        policies: { passwordPolicy: { minimumLength: 8 } },
        schema: [
          {
            name: "mydev",
            attributeDataType: "Number",
            developerOnlyAttribute: true,
            mutable: true,
            numberAttributeConstraints: { minValue: "1", maxValue: "99" },
          },
        ],
      };
      const result = await provider().read("p1", { ...declared, arn: "old" });
      assert.equal(cognito.calls().length, 1, "one DescribeUserPool, no MFA read without TOTP/email factors");
      assert.deepEqual(result.inputs, {
        poolName: "renamed-out-of-band",
        deletionProtection: "ACTIVE",
        policies: { passwordPolicy: { minimumLength: 10 } },
        schema: declared.schema,
      });
      assert.equal(result.props?.arn, "arn:p1");
      assert.equal((result.props?.schemaAttributes as unknown[]).length, 2);
    });

    it("reports a pool that is gone as gone", async function () {
      cognito.on(DescribeUserPoolCommand).rejects(awsError("ResourceNotFoundException"));
      const result = await provider().read("p1", { poolName: "p" });
      assert.equal(result.id, undefined);
    });

    it("reads MFA factors with GetUserPoolMfaConfig when they are declared", async function () {
      cognito.on(DescribeUserPoolCommand).resolves({ UserPool: { Id: "p1", MfaConfiguration: "ON" } });
      cognito
        .on(GetUserPoolMfaConfigCommand)
        .resolves({ MfaConfiguration: "ON", SoftwareTokenMfaConfiguration: { Enabled: false } });
      const result = await provider().read("p1", {
        mfaConfiguration: "ON",
        softwareTokenMfaConfiguration: { enabled: true },
      });
      assert.deepEqual(result.inputs, { mfaConfiguration: "ON", softwareTokenMfaConfiguration: { enabled: false } });
    });
    it("reports drift of a declared SMS MFA factor turned off outside Pulumi (issue 17, defect 3)", async function () {
      const smsConfiguration = { SnsCallerArn: "arn:aws:iam::123456789012:role/sms", ExternalId: "x" };
      cognito
        .on(DescribeUserPoolCommand)
        .resolves({ UserPool: { Id: "p1", MfaConfiguration: "ON", SmsConfiguration: smsConfiguration } });
      cognito
        .on(GetUserPoolMfaConfigCommand)
        .resolves({ MfaConfiguration: "ON", SoftwareTokenMfaConfiguration: { Enabled: true } });
      const declared = {
        mfaConfiguration: "ON",
        smsConfiguration: { snsCallerArn: smsConfiguration.SnsCallerArn, externalId: "x" },
        smsMfaConfiguration: {},
        softwareTokenMfaConfiguration: { enabled: true },
      };
      const result = await provider().read("p1", declared);
      assert.ok(result.inputs, "the pool exists");
      assert.equal(result.inputs.smsMfaConfiguration, undefined, "the factor is gone from the live pool");
      assert.deepEqual(result.inputs.softwareTokenMfaConfiguration, { enabled: true });
    });
  });

  describe("delete", function () {
    it("refuses while the stored state says deletion protection is ACTIVE, without calling Cognito", async function () {
      await assert.rejects(
        provider().delete("p1", { poolName: "p", deletionProtection: "ACTIVE" }),
        (error: Error) =>
          /deletion protection ACTIVE/.test(error.message) && /deletionProtection: "INACTIVE"/.test(error.message),
      );
      assert.equal(cognito.calls().length, 0);
    });

    it("refuses when the live pool is protected, even if the endpoint would not enforce it", async function () {
      cognito.on(DescribeUserPoolCommand).resolves({ UserPool: { Id: "p1", DeletionProtection: "ACTIVE" } });
      cognito.on(DeleteUserPoolCommand).resolves({});
      await assert.rejects(provider().delete("p1", { poolName: "p" }), { message: /on the live pool/ });
      assert.equal(cognito.commandCalls(DeleteUserPoolCommand).length, 0);
    });

    it("deletes an unprotected pool with one protection check and one DeleteUserPool", async function () {
      cognito.on(DescribeUserPoolCommand).resolves({ UserPool: { Id: "p1", DeletionProtection: "INACTIVE" } });
      cognito.on(DeleteUserPoolCommand).resolves({});
      await provider().delete("p1", { poolName: "p" });
      assert.equal(cognito.calls().length, 2);
    });

    it("treats a pool already gone as deleted", async function () {
      cognito.on(DescribeUserPoolCommand).rejects(awsError("ResourceNotFoundException"));
      await provider().delete("p1", { poolName: "p" });
      cognito.reset();
      cognito.on(DescribeUserPoolCommand).resolves({ UserPool: { Id: "p1" } });
      cognito.on(DeleteUserPoolCommand).rejects(awsError("ResourceNotFoundException"));
      await provider().delete("p1", { poolName: "p" });
    });
  });

  it("names every field with the camelCase rule", function () {
    for (const field of USER_POOL_FIELDS) assert.match(camelCase(field.api), /^[a-z][A-Za-z]*$/);
  });
});
