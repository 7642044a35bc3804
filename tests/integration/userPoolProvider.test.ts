/**
 * The provider's methods against real emulator servers on 127.0.0.1 (moto and cognito-local),
 * each started for this file on a free port. Where an emulator differs from the AWS documentation
 * the provider follows AWS, and the test names the gap (GAPS below) instead of bending the provider.
 */
import * as assert from "node:assert/strict";
import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  CognitoIdentityProviderClient,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  UpdateUserPoolCommand,
  type UserPoolType,
} from "@aws-sdk/client-cognito-identity-provider";
import { argName } from "../../provider/convert";
import { USER_POOL_FIELDS } from "../../provider/fields";
import { fromApi } from "../../provider/naming";
import { UserPoolProvider } from "../../provider/userPoolProvider";
import { sameValue } from "../../provider/values";
import { emulatorClient, startEmulator, type EmulatorKind, type RunningEmulator } from "../../tools/emulators";
import { providerFor } from "../../tools/emulatorProvider";
import { referenceCreateUserPoolRequest } from "../fixtures/referenceRequest";

interface EmulatorGaps {
  /**
   * Reference-example fields DescribeUserPool leaves out right after creation. AWS returns every
   * one of them (DescribeUserPool reference: UserPoolType).
   */
  unreportedAfterCreate: string[];
  /** AWS renames a pool in place with UpdateUserPool's PoolName; these emulators ignore it. */
  ignoresRename: boolean;
  /**
   * AWS keeps create-only fields across UpdateUserPool; moto rebuilds the pool from its defaults
   * plus the request, so these vanish from DescribeUserPool after any update.
   */
  dropsAfterUpdate: string[];
  /** AWS refuses DeleteUserPool while DeletionProtection is ACTIVE (InvalidParameterException). */
  deletesProtectedPool: boolean;
  /** AWS reports developer-only attributes as dev:custom:NAME. */
  developerAttributePrefix: string;
  /** Fields DescribeUserPool never reports (AWS reports every field that is set). */
  neverReported: string[];
}

const GAPS: Record<EmulatorKind, EmulatorGaps> = {
  moto: {
    unreportedAfterCreate: [],
    ignoresRename: true,
    dropsAfterUpdate: ["AliasAttributes", "UsernameConfiguration"],
    deletesProtectedPool: true,
    developerAttributePrefix: "dev:custom:",
    neverReported: [],
  },
  "cognito-local": {
    unreportedAfterCreate: ["DeletionProtection", "UserAttributeUpdateSettings"],
    ignoresRename: true,
    dropsAfterUpdate: [],
    deletesProtectedPool: true,
    developerAttributePrefix: "custom:",
    neverReported: ["DeletionProtection", "UserAttributeUpdateSettings"],
  },
};

const referenceArgs = fromApi("CreateUserPoolRequest", referenceCreateUserPoolRequest) as Record<string, unknown>;
const liveMember = (api: string): string => (api === "PoolName" ? "Name" : api === "Schema" ? "SchemaAttributes" : api);

for (const kind of ["moto", "cognito-local"] as const) {
  describe(`integration: provider against ${kind}`, function () {
    const gaps = GAPS[kind];
    let emulator: RunningEmulator;
    let client: CognitoIdentityProviderClient;
    let provider: UserPoolProvider;
    const created: string[] = [];

    before(async function () {
      emulator = await startEmulator(kind);
      client = emulatorClient(emulator);
      provider = await providerFor(emulator);
    });

    after(async function () {
      client?.destroy();
      await emulator?.stop();
    });

    async function describePool(id: string): Promise<UserPoolType> {
      const response = await client.send(new DescribeUserPoolCommand({ UserPoolId: id }));
      assert.ok(response.UserPool);
      return response.UserPool;
    }

    async function createPool(args: Record<string, unknown>): Promise<{ id: string; outs: Record<string, unknown> }> {
      const result = await provider.create(args);
      created.push(result.id);
      return { id: result.id, outs: result.outs as Record<string, unknown> };
    }

    it("creates the API reference's full example and reads it back field by field", async function () {
      const { id, outs } = await createPool({ ...referenceArgs, deletionProtection: "INACTIVE" });
      const live = (await describePool(id)) as Record<string, unknown>;

      const unreported = Object.keys(referenceCreateUserPoolRequest).filter(
        (api) => live[liveMember(api)] === undefined,
      );
      assert.deepEqual(unreported, gaps.unreportedAfterCreate, "fields the emulator does not report");

      const customNames = (live.SchemaAttributes as Array<{ Name: string }>)
        .map((a) => a.Name)
        .filter((n) => n.includes("custom:"));
      assert.deepEqual(customNames, [`${gaps.developerAttributePrefix}mydev`]);

      const read = await provider.read(id, outs);
      const declared: Record<string, unknown> = { ...referenceArgs, deletionProtection: "INACTIVE" };
      for (const field of USER_POOL_FIELDS) {
        const name = argName(field);
        assert.ok(
          sameValue(read.inputs?.[name], declared[name], field.unordered),
          `${name}: ${JSON.stringify(read.inputs?.[name])}`,
        );
      }
      assert.equal(read.props?.arn, live.Arn);
      assert.ok(String(read.props?.creationDate).match(/^\d{4}-\d\d-\d\dT/));
    });

    it("updates each updatable field group in place", async function () {
      const { id, outs } = await createPool({ poolName: `${kind}-groups`, aliasAttributes: ["email"] });
      const news = {
        poolName: `${kind}-groups`,
        aliasAttributes: ["email"],
        deletionProtection: "INACTIVE",
        policies: {
          passwordPolicy: {
            minimumLength: 12,
            requireLowercase: true,
            requireUppercase: false,
            requireNumbers: true,
            requireSymbols: false,
            temporaryPasswordValidityDays: 3,
          },
        },
        lambdaConfig: { preSignUp: "arn:aws:lambda:us-east-1:123456789012:function:Pre" },
        autoVerifiedAttributes: ["email"],
        smsVerificationMessage: "Code {####}",
        emailVerificationMessage: "Your code is {####}",
        emailVerificationSubject: "Verify",
        smsAuthenticationMessage: "Auth {####}",
        deviceConfiguration: { challengeRequiredOnNewDevice: true, deviceOnlyRememberedOnUserPrompt: false },
        emailConfiguration: { emailSendingAccount: "COGNITO_DEFAULT" },
        userPoolTags: { team: "identity" },
        adminCreateUserConfig: { allowAdminCreateUserOnly: true },
        accountRecoverySetting: { recoveryMechanisms: [{ name: "verified_email", priority: 1 }] },
        verificationMessageTemplate: {
          defaultEmailOption: "CONFIRM_WITH_CODE",
          emailMessage: "Code {####}",
          emailSubject: "Your code",
        },
      };
      const updated = await provider.update(id, outs, news);
      assert.ok(updated.outs);
      const live = fromApi("UserPoolType", await describePool(id)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(news)) {
        if (name === "poolName" || name === "aliasAttributes") continue;
        const field = USER_POOL_FIELDS.find((f) => argName(f) === name);
        assert.ok(field, name);
        if (gaps.neverReported.includes(field.api)) continue;
        if (gaps.dropsAfterUpdate.includes(field.api) && live[name] === undefined) continue;
        const reported = live[name];
        assert.ok(
          sameValue(
            typeof value === "object" && !Array.isArray(value)
              ? pickKeys(reported, value as Record<string, unknown>)
              : reported,
            value,
            field.unordered,
          ),
          `${name}: sent ${JSON.stringify(value)}, Cognito reports ${JSON.stringify(reported)}`,
        );
      }
    });

    it("adds a custom attribute in place, and a user created beforehand survives", async function () {
      const schema = [{ name: "tenant", attributeDataType: "String", mutable: true }];
      const { id, outs } = await createPool({ poolName: `${kind}-schema`, schema });
      // An email-shaped username: cognito-local insists on one (AWS takes any username here).
      const username = "alice@example.com";
      await client.send(new AdminCreateUserCommand({ UserPoolId: id, Username: username, MessageAction: "SUPPRESS" }));

      const diff = await provider.diff(id, outs, {
        poolName: `${kind}-schema`,
        schema: [...schema, { name: "plan", attributeDataType: "String", mutable: true }],
      });
      assert.equal(diff.changes, true);
      assert.deepEqual(diff.replaces, []);
      await provider.update(id, outs, {
        poolName: `${kind}-schema`,
        schema: [...schema, { name: "plan", attributeDataType: "String", mutable: true }],
      });

      const names = (await describePool(id)).SchemaAttributes?.map((a) => a.Name);
      assert.ok(names?.includes("custom:tenant"));
      assert.ok(names?.includes("custom:plan"));
      const alice = await client.send(new AdminGetUserCommand({ UserPoolId: id, Username: username }));
      assert.ok(alice.Username, "the user is still in the pool");
    });

    it("renames the pool in place (same id)", async function () {
      const { id, outs } = await createPool({ poolName: `${kind}-before` });
      const diff = await provider.diff(id, outs, { poolName: `${kind}-after` });
      assert.deepEqual(diff.replaces, []);
      const updated = await provider.update(id, outs, { poolName: `${kind}-after` });
      assert.equal(updated.outs?.poolName, `${kind}-after`);
      const live = await describePool(id);
      // AWS renames in place; both emulators ignore UpdateUserPool's PoolName.
      assert.equal(live.Name, gaps.ignoresRename ? `${kind}-before` : `${kind}-after`);
    });

    it("refuses to delete a protected pool, whatever the endpoint enforces", async function () {
      const { id, outs } = await createPool({ poolName: `${kind}-protected`, deletionProtection: "ACTIVE" });
      await assert.rejects(provider.delete(id, outs), { message: /deletion protection ACTIVE/ });
      assert.equal((await describePool(id)).Id, id, "the pool is still there");
      // Protection turned on out of band is seen on the live pool (where the emulator reports it).
      await provider.update(id, outs, { poolName: `${kind}-protected`, deletionProtection: "INACTIVE" });
      await client.send(new UpdateUserPoolCommand({ UserPoolId: id, DeletionProtection: "ACTIVE" }));
      const liveProtection = (await describePool(id)).DeletionProtection;
      if (liveProtection === "ACTIVE") {
        await assert.rejects(provider.delete(id, { poolName: `${kind}-protected`, deletionProtection: "INACTIVE" }), {
          message: /on the live pool/,
        });
      }
      await client.send(new UpdateUserPoolCommand({ UserPoolId: id, DeletionProtection: "INACTIVE" }));
      await provider.delete(id, { poolName: `${kind}-protected`, deletionProtection: "INACTIVE" });
      await assert.rejects(describePool(id), (error: Error) => error.name === "ResourceNotFoundException");
      assert.equal(
        gaps.deletesProtectedPool,
        true,
        "recorded gap: this emulator would have deleted the protected pool",
      );
    });

    it("reports an out-of-band change on refresh, and only on declared fields", async function () {
      const args = {
        poolName: `${kind}-drift`,
        policies: { passwordPolicy: { minimumLength: 8 } },
        mfaConfiguration: "OFF",
      };
      const { id, outs } = await createPool(args);
      const before = await provider.read(id, outs);
      assert.deepEqual(before.inputs, args, "no drift invented from Cognito's defaults");

      await client.send(
        new UpdateUserPoolCommand({
          UserPoolId: id,
          Policies: { PasswordPolicy: { MinimumLength: 14 } },
          MfaConfiguration: "OFF",
        }),
      );
      const after = await provider.read(id, outs);
      assert.deepEqual(after.inputs?.policies, { passwordPolicy: { minimumLength: 14 } });
      const diff = await provider.diff(id, after.props as Record<string, unknown>, args);
      assert.equal(diff.changes, true, "the next up undoes the drift");
    });

    it("turns on TOTP MFA with SetUserPoolMfaConfig, reads it back, and changes it in place", async function () {
      const args = {
        poolName: `${kind}-totp`,
        mfaConfiguration: "ON",
        softwareTokenMfaConfiguration: { enabled: true },
      };
      const { id, outs } = await createPool(args);
      const mfa = await client.send(new GetUserPoolMfaConfigCommand({ UserPoolId: id }));
      assert.equal(mfa.MfaConfiguration, "ON");
      assert.equal(mfa.SoftwareTokenMfaConfiguration?.Enabled, true);
      const read = await provider.read(id, outs);
      assert.deepEqual(read.inputs, args);

      const optional = { ...args, mfaConfiguration: "OPTIONAL" };
      await provider.update(id, outs, optional);
      const after = await client.send(new GetUserPoolMfaConfigCommand({ UserPoolId: id }));
      assert.equal(after.MfaConfiguration, "OPTIONAL");
      assert.equal(after.SoftwareTokenMfaConfiguration?.Enabled, true);
    });

    it("reports a deleted pool as gone, and deleting it again succeeds", async function () {
      const { id, outs } = await createPool({ poolName: `${kind}-gone` });
      await provider.delete(id, outs);
      const read = await provider.read(id, outs);
      assert.equal(read.id, undefined);
      await provider.delete(id, outs);
    });
  });
}

function pickKeys(live: unknown, declared: Record<string, unknown>): unknown {
  if (typeof live !== "object" || live === null) return live;
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(declared)) result[key] = (live as Record<string, unknown>)[key];
  return result;
}
