/**
 * Three-way updates through the provider's update(), the SDK stubbed with aws-sdk-client-mock:
 * for every updatable field (and every MFA factor), a setting never declared keeps the live pool's
 * value, a declared one gets the declared value, and one removed from the program goes back to
 * Cognito's default (or stays, where KEPT_WHEN_REMOVED says why).
 */
import * as assert from "node:assert/strict";
import {
  CognitoIdentityProviderClient,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  SetUserPoolMfaConfigCommand,
  UntagResourceCommand,
  UpdateUserPoolCommand,
  type UserPoolType,
} from "@aws-sdk/client-cognito-identity-provider";
import { mockClient } from "aws-sdk-client-mock";
import { resetValue } from "../../provider/defaults";
import { USER_POOL_FIELDS, type FieldSpec } from "../../provider/fields";
import { camelCase, fromApi } from "../../provider/naming";
import { OWNER_TAG_KEY } from "../../provider/ownership";
import { ROOT_MEMBERS } from "../../provider/validation";
import { walkStruct, type Violation } from "../../provider/validation/walk";
import { KEPT_WHEN_REMOVED, removalNotes } from "../../provider/threeWay";
import type { UserPoolProvider } from "../../provider/userPoolProvider";
import { stubbedProvider } from "../support/stubbedProvider";

const cognito = mockClient(CognitoIdentityProviderClient);
const ID = "us-east-1_ThreeWay1";

const provider = (): UserPoolProvider => stubbedProvider(() => undefined);

/** A password policy as DescribeUserPool reports it (every member), symbols not required. */
const passwordPolicy = (members: Record<string, unknown>): Record<string, unknown> => ({
  MinimumLength: 8,
  RequireUppercase: true,
  RequireLowercase: true,
  RequireNumbers: true,
  RequireSymbols: false,
  TemporaryPasswordValidityDays: 7,
  ...members,
});

const ARN = (name: string): string => `arn:aws:lambda:us-east-1:123456789012:function:${name}`;

/**
 * Per field, in API shape: `before` (what the previous program declared), `now` (what this one
 * declares) and `outside` (what someone set on the live pool with another client).
 */
const SAMPLES: Record<string, { before: unknown; now: unknown; outside: unknown }> = {
  PoolName: { before: "pool-a", now: "pool-b", outside: "pool-renamed-outside" },
  Policies: {
    before: { PasswordPolicy: { MinimumLength: 10, RequireUppercase: false } },
    now: { PasswordPolicy: { MinimumLength: 12, RequireUppercase: true } },
    outside: { PasswordPolicy: { MinimumLength: 20, RequireUppercase: true, RequireSymbols: false } },
  },
  DeletionProtection: { before: "INACTIVE", now: "ACTIVE", outside: "ACTIVE" },
  LambdaConfig: {
    before: { PreSignUp: ARN("a") },
    now: { PreSignUp: ARN("b") },
    outside: { PostConfirmation: ARN("outside") },
  },
  AutoVerifiedAttributes: { before: ["email"], now: ["phone_number"], outside: ["email", "phone_number"] },
  SmsVerificationMessage: { before: "A {####}", now: "B {####}", outside: "Outside {####}" },
  EmailVerificationMessage: { before: "A {####}", now: "B {####}", outside: "Outside {####}" },
  EmailVerificationSubject: { before: "A", now: "B", outside: "Outside" },
  VerificationMessageTemplate: {
    before: { DefaultEmailOption: "CONFIRM_WITH_LINK" },
    now: { DefaultEmailOption: "CONFIRM_WITH_CODE" },
    outside: { DefaultEmailOption: "CONFIRM_WITH_LINK" },
  },
  SmsAuthenticationMessage: { before: "A {####}", now: "B {####}", outside: "Outside {####}" },
  MfaConfiguration: { before: "OPTIONAL", now: "ON", outside: "OPTIONAL" },
  UserAttributeUpdateSettings: {
    before: { AttributesRequireVerificationBeforeUpdate: ["email"] },
    now: { AttributesRequireVerificationBeforeUpdate: [] },
    outside: { AttributesRequireVerificationBeforeUpdate: ["email"] },
  },
  DeviceConfiguration: {
    before: { ChallengeRequiredOnNewDevice: true },
    now: { ChallengeRequiredOnNewDevice: false },
    outside: { DeviceOnlyRememberedOnUserPrompt: true },
  },
  EmailConfiguration: {
    before: { ReplyToEmailAddress: "a@example.com" },
    now: { ReplyToEmailAddress: "b@example.com" },
    outside: { ReplyToEmailAddress: "outside@example.com" },
  },
  SmsConfiguration: {
    before: { SnsCallerArn: "arn:aws:iam::123456789012:role/a", ExternalId: "a" },
    now: { SnsCallerArn: "arn:aws:iam::123456789012:role/b", ExternalId: "b" },
    outside: { SnsCallerArn: "arn:aws:iam::123456789012:role/outside", ExternalId: "outside" },
  },
  UserPoolTags: { before: { team: "a" }, now: { team: "b" }, outside: { costCenter: "outside" } },
  AdminCreateUserConfig: {
    before: { AllowAdminCreateUserOnly: true },
    now: { AllowAdminCreateUserOnly: false },
    outside: { AllowAdminCreateUserOnly: true },
  },
  UserPoolAddOns: {
    before: { AdvancedSecurityMode: "AUDIT" },
    now: { AdvancedSecurityMode: "ENFORCED" },
    outside: { AdvancedSecurityMode: "AUDIT" },
  },
  DcrConfiguration: {
    before: { OpenDcrEnabled: true },
    now: { OpenDcrEnabled: false },
    outside: { OpenDcrEnabled: true },
  },
  AccountRecoverySetting: {
    before: { RecoveryMechanisms: [{ Name: "verified_email", Priority: 1 }] },
    now: { RecoveryMechanisms: [{ Name: "admin_only", Priority: 1 }] },
    outside: { RecoveryMechanisms: [{ Name: "verified_phone_number", Priority: 1 }] },
  },
  UserPoolTier: { before: "LITE", now: "PLUS", outside: "PLUS" },
  KeyConfiguration: {
    before: { KeyType: "CUSTOMER_MANAGED_KEY", KmsKeyArn: "arn:aws:kms:us-east-1:123456789012:key/a" },
    now: { KeyType: "CUSTOMER_MANAGED_KEY", KmsKeyArn: "arn:aws:kms:us-east-1:123456789012:key/b" },
    outside: { KeyType: "CUSTOMER_MANAGED_KEY", KmsKeyArn: "arn:aws:kms:us-east-1:123456789012:key/outside" },
  },
  IssuerConfiguration: {
    before: { Type: "ORIGINAL" },
    now: { Type: "UPDATED" },
    outside: { Type: "UPDATED" },
  },
  AcrConfiguration: {
    before: { Level1: { AcrValue: "urn:a" } },
    now: { Level1: { AcrValue: "urn:b" } },
    outside: { Level9: { AcrValue: "urn:outside" } },
  },
  SmsMfaConfiguration: {
    before: {
      SmsAuthenticationMessage: "A {####}",
      SmsConfiguration: { SnsCallerArn: "arn:aws:iam::123456789012:role/a" },
    },
    now: {
      SmsAuthenticationMessage: "B {####}",
      SmsConfiguration: { SnsCallerArn: "arn:aws:iam::123456789012:role/b" },
    },
    outside: {
      SmsAuthenticationMessage: "Outside {####}",
      SmsConfiguration: { SnsCallerArn: "arn:aws:iam::123456789012:role/outside" },
    },
  },
  SoftwareTokenMfaConfiguration: { before: { Enabled: true }, now: { Enabled: false }, outside: { Enabled: true } },
  EmailMfaConfiguration: {
    before: { Subject: "A" },
    now: { Subject: "B" },
    outside: { Subject: "Outside" },
  },
  WebAuthnConfiguration: {
    before: { RelyingPartyId: "a.example.com" },
    now: { RelyingPartyId: "b.example.com" },
    outside: { RelyingPartyId: "outside.example.com" },
  },
};

function arg(field: FieldSpec, value: unknown): unknown {
  return (fromApi(field.container, { [field.api]: value }) as Record<string, unknown>)[camelCase(field.api)];
}

/** The live pool and MFA configuration, with `field` set outside Pulumi (when given). */
function stubLive(field?: FieldSpec): void {
  const pool: Record<string, unknown> = {
    Id: ID,
    Name: "pool-a",
    Arn: `arn:aws:cognito-idp:us-east-1:123456789012:userpool/${ID}`,
    UserPoolTags: { [OWNER_TAG_KEY]: "urn:pulumi:dev::proj::pulumi-nodejs:dynamic/cognito:UserPool::p" },
  };
  const mfa: Record<string, unknown> = { MfaConfiguration: "OFF" };
  if (field && field.change === "mfaConfig") mfa[field.api] = SAMPLES[field.api].outside;
  else if (field) {
    const member = field.read.from === "describe" ? field.read.member : field.api;
    pool[member] =
      field.api === "UserPoolTags"
        ? { ...(pool.UserPoolTags as object), ...(SAMPLES[field.api].outside as object) }
        : SAMPLES[field.api].outside;
  }
  cognito.on(DescribeUserPoolCommand).resolves({ UserPool: pool as UserPoolType });
  cognito.on(GetUserPoolMfaConfigCommand).resolves(mfa);
  cognito.on(UpdateUserPoolCommand).resolves({});
  cognito.on(SetUserPoolMfaConfigCommand).resolves({});
  cognito.on(UntagResourceCommand).resolves({});
}

function sentUpdate(): Record<string, unknown> {
  const calls = cognito.commandCalls(UpdateUserPoolCommand);
  assert.equal(calls.length, 1, "one UpdateUserPool");
  return calls[0].args[0].input as unknown as Record<string, unknown>;
}

function sentMfa(): Record<string, unknown> | undefined {
  const calls = cognito.commandCalls(SetUserPoolMfaConfigCommand);
  return calls.length > 0 ? (calls[0].args[0].input as unknown as Record<string, unknown>) : undefined;
}

/** The value the update sent for `field` (UpdateUserPool, or SetUserPoolMfaConfig for factors). */
function sent(field: FieldSpec): unknown {
  if (field.change === "mfaConfig") return sentMfa()?.[field.api];
  const value = sentUpdate()[field.api];
  if (field.api === "UserPoolTags" && value && typeof value === "object") {
    const tags = { ...(value as Record<string, unknown>) };
    assert.ok(tags[OWNER_TAG_KEY], "the owner tag is always carried over");
    delete tags[OWNER_TAG_KEY];
    return Object.keys(tags).length > 0 ? tags : undefined;
  }
  return value;
}

/** The removal's expected value: Cognito's default, or the live value for settings kept. */
function expectedAfterRemoval(field: FieldSpec, live: unknown): unknown {
  if (field.api in KEPT_WHEN_REMOVED) return live;
  return removedMembers(field.api, SAMPLES[field.api].before, live);
}

type Plain = Record<string, unknown>;
const isObject = (value: unknown): value is Plain =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Objects and maps member by member: declared members reset, members set outside Pulumi stay. */
function removedMembers(path: string, before: unknown, live: unknown): unknown {
  if (!isObject(before) || !isObject(live)) return resetValue(path);
  const result: Plain = {};
  for (const key of new Set([...Object.keys(live), ...Object.keys(before)])) {
    const value = key in before ? removedMembers(`${path}.${key}`, before[key], live[key]) : live[key];
    if (value !== undefined) result[key] = value;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

/** Every member of `expected` (recursively, lists whole) has its value in `actual`. */
function assertContains(actual: unknown, expected: unknown, where: string): void {
  if (typeof expected === "object" && expected !== null && !Array.isArray(expected)) {
    for (const [key, member] of Object.entries(expected)) {
      assertContains((actual as Record<string, unknown> | undefined)?.[key], member, `${where}.${key}`);
    }
    return;
  }
  assert.deepEqual(actual, expected, where);
}

/** A declared setting of another field, so MFA factors have a reason to be sent. */
const OTHER_FACTOR: Record<string, Record<string, unknown>> = {
  SoftwareTokenMfaConfiguration: { emailMfaConfiguration: { subject: "x" } },
  EmailMfaConfiguration: { softwareTokenMfaConfiguration: { enabled: true } },
  SmsMfaConfiguration: { softwareTokenMfaConfiguration: { enabled: true } },
  WebAuthnConfiguration: { softwareTokenMfaConfiguration: { enabled: true } },
};

describe("three-way update, per field", function () {
  beforeEach(function () {
    cognito.reset();
  });

  const fields = USER_POOL_FIELDS.filter((f) => f.change === "update" || f.change === "mfaConfig");

  it("samples only values of the API's shapes (members, kinds, enums and limits of the shapes table)", function () {
    for (const field of fields) {
      for (const which of ["before", "now", "outside"] as const) {
        const name = camelCase(field.api);
        const violations: Violation[] = [];
        walkStruct({ poolName: "pool-a", [name]: arg(field, SAMPLES[field.api][which]) }, ROOT_MEMBERS, [], violations);
        assert.deepEqual(violations, [], `${name} (${which})`);
      }
    }
  });

  it("has a sample for every updatable field and MFA factor", function () {
    assert.deepEqual(
      fields.map((f) => f.api).filter((api) => !(api in SAMPLES)),
      [],
    );
  });

  for (const field of fields) {
    const name = camelCase(field.api);
    const sample = SAMPLES[field.api];
    const base = field.api === "PoolName" ? {} : { poolName: "pool-a" };

    describe(name, function () {
      it("never declared: keeps the value set outside Pulumi", async function () {
        stubLive(field);
        if (field.change === "mfaConfig") {
          // Another factor changes, so SetUserPoolMfaConfig is sent: it carries this one as it is live.
          const other = OTHER_FACTOR[field.api];
          await provider().update(ID, { ...base }, { ...base, ...other });
          assert.deepEqual(sent(field), sample.outside);
          return;
        }
        await provider().update(ID, { ...base }, { ...base, emailVerificationSubject: "unrelated change" });
        if (field.api === "EmailVerificationSubject") {
          assert.equal(sent(field), "unrelated change");
          return;
        }
        if (field.api === "VerificationMessageTemplate") {
          // The template's subject follows the legacy subject the program changed (they must agree).
          assert.deepEqual(sent(field), { ...(sample.outside as object), EmailSubject: "unrelated change" });
          return;
        }
        assert.deepEqual(sent(field), sample.outside);
      });

      it("declared: gets the declared value", async function () {
        stubLive(field);
        await provider().update(
          ID,
          { ...base, [name]: arg(field, sample.before) },
          { ...base, [name]: arg(field, sample.now) },
        );
        // Objects merge member by member: every declared member has its declared value.
        assertContains(sent(field), sample.now, name);
      });

      it("removed from the program: back to Cognito's default, or kept where Cognito cannot or must not change it", async function () {
        stubLive(field);
        const live = sample.outside;
        await provider().update(ID, { ...base, [name]: arg(field, sample.before) }, { ...base });
        if (field.api === "PoolName") {
          assert.deepEqual(sent(field), undefined);
          return;
        }
        assert.deepEqual(sent(field), expectedAfterRemoval(field, live));
        const notes = removalNotes({ ...base, [name]: arg(field, sample.before) }, { ...base });
        assert.equal(notes.length, 1);
        assert.equal(notes[0].kind, field.api in KEPT_WHEN_REMOVED ? "kept" : "reset");
      });
    });
  }
});

describe("three-way update, the cases that matter to an operator", function () {
  beforeEach(function () {
    cognito.reset();
  });

  it("describes the pool before UpdateUserPool, and again after for the outputs: 3 calls", async function () {
    stubLive();
    await provider().update(ID, { poolName: "pool-a" }, { poolName: "pool-a", emailVerificationSubject: "x" });
    const names = cognito.calls().map((c) => (c.args[0] as { constructor: { name: string } }).constructor.name);
    // Three calls per update without MFA changes: describe (the live pool), update, describe (the outputs).
    assert.deepEqual(names, ["DescribeUserPoolCommand", "UpdateUserPoolCommand", "DescribeUserPoolCommand"]);
  });

  it("never lowers deletion protection turned on outside Pulumi, and never sends a tier change it was not asked for", async function () {
    cognito.on(DescribeUserPoolCommand).resolves({
      UserPool: { Id: ID, Name: "life1", DeletionProtection: "ACTIVE", UserPoolTier: "PLUS" },
    });
    cognito.on(UpdateUserPoolCommand).resolves({});
    await provider().update(ID, { poolName: "life1" }, { poolName: "life1", emailVerificationSubject: "Hello" });
    const input = sentUpdate();
    assert.equal(input.DeletionProtection, "ACTIVE");
    assert.equal(input.UserPoolTier, "PLUS");
    assert.equal(input.EmailVerificationSubject, "Hello");
  });

  it("lowers deletion protection when the program says INACTIVE", async function () {
    cognito.on(DescribeUserPoolCommand).resolves({ UserPool: { Id: ID, Name: "p", DeletionProtection: "ACTIVE" } });
    cognito.on(UpdateUserPoolCommand).resolves({});
    await provider().update(ID, { poolName: "p" }, { poolName: "p", deletionProtection: "INACTIVE" });
    assert.equal(sentUpdate().DeletionProtection, "INACTIVE");
  });

  it("keeps members of a declared object the program never declared, and resets the ones it removed", async function () {
    cognito.on(DescribeUserPoolCommand).resolves({
      UserPool: {
        Id: ID,
        Name: "p",
        Policies: {
          PasswordPolicy: passwordPolicy({ MinimumLength: 12 }),
        },
      },
    });
    cognito.on(UpdateUserPoolCommand).resolves({});
    await provider().update(
      ID,
      { poolName: "p", policies: { passwordPolicy: { minimumLength: 12, requireSymbols: false } } },
      { poolName: "p", policies: { passwordPolicy: { minimumLength: 14 } } },
    );
    assert.deepEqual(sentUpdate().Policies, {
      PasswordPolicy: passwordPolicy({ MinimumLength: 14, RequireSymbols: true }),
    });
  });

  it("removing a whole object resets only the members it declared: a trigger added outside Pulumi stays", async function () {
    const preSignUp = "arn:aws:lambda:us-east-1:123456789012:function:pre";
    const postConfirmation = "arn:aws:lambda:us-east-1:123456789012:function:added-outside";
    cognito.on(DescribeUserPoolCommand).resolves({
      UserPool: { Id: ID, Name: "p", LambdaConfig: { PreSignUp: preSignUp, PostConfirmation: postConfirmation } },
    });
    cognito.on(UpdateUserPoolCommand).resolves({});
    await provider().update(ID, { poolName: "p", lambdaConfig: { preSignUp } }, { poolName: "p" });
    assert.deepEqual(sentUpdate().LambdaConfig, { PostConfirmation: postConfirmation });
  });

  it("removing policies resets the password members it declared, and keeps a sign-in policy set outside Pulumi", async function () {
    cognito.on(DescribeUserPoolCommand).resolves({
      UserPool: {
        Id: ID,
        Name: "p",
        Policies: {
          PasswordPolicy: passwordPolicy({ MinimumLength: 12, TemporaryPasswordValidityDays: 3 }),
          SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD", "EMAIL_OTP"] },
        },
      },
    });
    cognito.on(UpdateUserPoolCommand).resolves({});
    await provider().update(
      ID,
      { poolName: "p", policies: { passwordPolicy: { minimumLength: 12 } } },
      { poolName: "p" },
    );
    assert.deepEqual(sentUpdate().Policies, {
      PasswordPolicy: passwordPolicy({ MinimumLength: 8, TemporaryPasswordValidityDays: 3 }),
      SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD", "EMAIL_OTP"] },
    });
  });

  it("keeps the legacy message and the template in step when only one is declared", async function () {
    cognito.on(DescribeUserPoolCommand).resolves({
      UserPool: {
        Id: ID,
        Name: "p",
        EmailVerificationSubject: "Your verification code",
        VerificationMessageTemplate: {
          DefaultEmailOption: "CONFIRM_WITH_CODE",
          EmailSubject: "Your verification code",
        },
      },
    });
    cognito.on(UpdateUserPoolCommand).resolves({});
    await provider().update(ID, { poolName: "p" }, { poolName: "p", emailVerificationSubject: "Welcome" });
    const input = sentUpdate();
    assert.equal(input.EmailVerificationSubject, "Welcome");
    assert.deepEqual(input.VerificationMessageTemplate, {
      DefaultEmailOption: "CONFIRM_WITH_CODE",
      EmailSubject: "Welcome",
    });
  });

  it("removing preTokenGenerationConfig also removes the legacy PreTokenGeneration the provider filled from it (issue 17, defect 2)", async function () {
    const token = ARN("token");
    const outside = ARN("added-outside");
    cognito.on(DescribeUserPoolCommand).resolves({
      UserPool: {
        Id: ID,
        Name: "p",
        LambdaConfig: {
          PreTokenGeneration: token,
          PreTokenGenerationConfig: { LambdaArn: token, LambdaVersion: "V2_0" },
          PostConfirmation: outside,
        },
      },
    });
    cognito.on(UpdateUserPoolCommand).resolves({});
    await provider().update(
      ID,
      { poolName: "p", lambdaConfig: { preTokenGenerationConfig: { lambdaArn: token, lambdaVersion: "V2_0" } } },
      { poolName: "p" },
    );
    assert.deepEqual(sentUpdate().LambdaConfig, { PostConfirmation: outside });
  });

  it("removing smsMfaConfiguration turns the SMS factor off, with the SMS settings the provider filled into it (issue 17, defect 3)", async function () {
    const sms = { SnsCallerArn: "arn:aws:iam::123456789012:role/sms", ExternalId: "ext" };
    cognito.on(DescribeUserPoolCommand).resolves({ UserPool: { Id: ID, Name: "p", SmsConfiguration: sms } });
    cognito.on(GetUserPoolMfaConfigCommand).resolves({
      MfaConfiguration: "ON",
      SoftwareTokenMfaConfiguration: { Enabled: true },
      SmsMfaConfiguration: { SmsConfiguration: sms },
    });
    cognito.on(SetUserPoolMfaConfigCommand).resolves({});
    cognito.on(UpdateUserPoolCommand).resolves({});
    const base = {
      poolName: "p",
      mfaConfiguration: "ON",
      softwareTokenMfaConfiguration: { enabled: true },
      smsConfiguration: { snsCallerArn: sms.SnsCallerArn, externalId: "ext" },
    };
    await provider().update(ID, { ...base, smsMfaConfiguration: {} }, base);
    assert.equal(sentMfa()?.SmsMfaConfiguration, undefined);
    assert.deepEqual(sentMfa()?.SoftwareTokenMfaConfiguration, { Enabled: true });
  });

  it("removing the legacy message also resets the template member the provider kept in step with it", async function () {
    cognito.on(DescribeUserPoolCommand).resolves({
      UserPool: {
        Id: ID,
        Name: "p",
        EmailVerificationSubject: "Welcome",
        VerificationMessageTemplate: { DefaultEmailOption: "CONFIRM_WITH_LINK", EmailSubject: "Welcome" },
      },
    });
    cognito.on(UpdateUserPoolCommand).resolves({});
    await provider().update(ID, { poolName: "p", emailVerificationSubject: "Welcome" }, { poolName: "p" });
    const input = sentUpdate();
    assert.equal(input.EmailVerificationSubject, resetValue("EmailVerificationSubject"));
    assert.deepEqual(input.VerificationMessageTemplate, {
      DefaultEmailOption: "CONFIRM_WITH_LINK",
      EmailSubject: resetValue("VerificationMessageTemplate.EmailSubject"),
    });
  });

  it("drops the legacy UnusedAccountValidityDays when the password policy carries the validity", async function () {
    cognito.on(DescribeUserPoolCommand).resolves({
      UserPool: {
        Id: ID,
        Name: "p",
        Policies: { PasswordPolicy: { MinimumLength: 8, TemporaryPasswordValidityDays: 7 } },
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true, UnusedAccountValidityDays: 7 },
      },
    });
    cognito.on(UpdateUserPoolCommand).resolves({});
    await provider().update(ID, { poolName: "p" }, { poolName: "q" });
    assert.deepEqual(sentUpdate().AdminCreateUserConfig, { AllowAdminCreateUserOnly: true });
  });

  it("turns TOTP and MFA off when both are removed, SetUserPoolMfaConfig before UpdateUserPool", async function () {
    cognito.on(DescribeUserPoolCommand).resolves({ UserPool: { Id: ID, Name: "p", MfaConfiguration: "OPTIONAL" } });
    cognito.on(GetUserPoolMfaConfigCommand).resolves({
      MfaConfiguration: "OPTIONAL",
      SoftwareTokenMfaConfiguration: { Enabled: true },
    });
    cognito.on(SetUserPoolMfaConfigCommand).resolves({});
    cognito.on(UpdateUserPoolCommand).resolves({});
    await provider().update(
      ID,
      { poolName: "p", mfaConfiguration: "OPTIONAL", softwareTokenMfaConfiguration: { enabled: true } },
      { poolName: "p" },
    );
    assert.deepEqual(sentMfa(), {
      UserPoolId: ID,
      MfaConfiguration: "OFF",
      SoftwareTokenMfaConfiguration: { Enabled: false },
    });
    assert.equal(sentUpdate().MfaConfiguration, "OFF");
    const names = cognito.calls().map((c) => (c.args[0] as { constructor: { name: string } }).constructor.name);
    assert.ok(names.indexOf("SetUserPoolMfaConfigCommand") < names.indexOf("UpdateUserPoolCommand"));
  });

  it("reads and sets no MFA configuration when no factor is or was declared", async function () {
    stubLive();
    await provider().update(ID, { poolName: "pool-a" }, { poolName: "pool-a", mfaConfiguration: "OFF" });
    assert.equal(cognito.commandCalls(GetUserPoolMfaConfigCommand).length, 0);
    assert.equal(cognito.commandCalls(SetUserPoolMfaConfigCommand).length, 0);
  });

  it("untags a removed tag that UpdateUserPool left on the pool", async function () {
    cognito.on(DescribeUserPoolCommand).resolves({
      UserPool: { Id: ID, Name: "p", Arn: "arn:pool", UserPoolTags: { team: "a", keep: "outside" } },
    });
    cognito.on(UpdateUserPoolCommand).resolves({});
    cognito.on(UntagResourceCommand).resolves({});
    await provider().update(ID, { poolName: "p", userPoolTags: { team: "a" } }, { poolName: "p" });
    assert.deepEqual(sentUpdate().UserPoolTags, { keep: "outside" });
    assert.deepEqual(cognito.commandCalls(UntagResourceCommand)[0].args[0].input, {
      ResourceArn: "arn:pool",
      TagKeys: ["team"],
    });
  });

  it("says nothing of removals for a value unknown at preview (an output of another resource)", function () {
    const unknown = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    assert.deepEqual(
      removalNotes(
        { poolName: "p", lambdaConfig: { preSignUp: "arn:a" }, userPoolTags: { a: "b" } },
        { poolName: "p", lambdaConfig: unknown, userPoolTags: unknown },
      ),
      [],
    );
  });

  it("fails clearly when the pool is gone", async function () {
    cognito
      .on(DescribeUserPoolCommand)
      .rejects(Object.assign(new Error("gone"), { name: "ResourceNotFoundException" }));
    await assert.rejects(provider().update(ID, { poolName: "p" }, { poolName: "q" }), (error: Error) =>
      /no longer exists.*pulumi refresh/.test(error.message),
    );
    assert.equal(cognito.commandCalls(UpdateUserPoolCommand).length, 0);
  });
});
