/**
 * Adoption (create with adoptUserPoolId) against real emulator servers: a pool made directly with
 * the AWS SDK, with a user in it, taken over by the provider; never CreateUserPool or DeleteUserPool.
 */
import * as assert from "node:assert/strict";
import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  ListUserPoolsCommand,
  type CreateUserPoolRequest,
} from "@aws-sdk/client-cognito-identity-provider";
import { argsFromLive } from "../../provider/convert";
import { UserPoolProvider } from "../../provider/userPoolProvider";
import { providerFor } from "../../tools/emulatorProvider";
import { emulatorClient, emulatorRegion, startEmulator, type RunningEmulator } from "../../tools/emulators";

/** cognito-local accepts only email-shaped usernames in AdminCreateUser; AWS and moto take any. */
const USERNAME = "alice@example.com";

for (const kind of ["moto", "cognito-local"] as const) {
  describe(`integration: adopting an existing pool on ${kind}`, function () {
    let emulator: RunningEmulator;
    let client: CognitoIdentityProviderClient;
    let provider: UserPoolProvider;
    let report: string[];

    before(async function () {
      emulator = await startEmulator(kind);
      client = emulatorClient(emulator);
      provider = await providerFor(emulator, (line) => report.push(line));
    });

    beforeEach(function () {
      report = [];
    });

    after(async function () {
      client?.destroy();
      await emulator?.stop();
    });

    async function poolWithUser(request: CreateUserPoolRequest): Promise<string> {
      const id = (await client.send(new CreateUserPoolCommand(request))).UserPool?.Id as string;
      await client.send(new AdminCreateUserCommand({ UserPoolId: id, Username: USERNAME, MessageAction: "SUPPRESS" }));
      return id;
    }

    async function poolCount(): Promise<number> {
      return (await client.send(new ListUserPoolsCommand({ MaxResults: 60 }))).UserPools?.length ?? 0;
    }

    it("adopts a pool declared as it is (its own DescribeUserPool output) without changing it", async function () {
      const id = await poolWithUser({
        PoolName: `${kind}-as-is`,
        AliasAttributes: ["email"],
        Policies: { PasswordPolicy: { MinimumLength: 12 } },
        Schema: [{ Name: "tenant", AttributeDataType: "String", Mutable: true }],
      });
      const before = await client.send(new DescribeUserPoolCommand({ UserPoolId: id }));
      const mfa = await client.send(new GetUserPoolMfaConfigCommand({ UserPoolId: id }));
      const args = { ...argsFromLive(before.UserPool ?? {}, mfa), adoptUserPoolId: id };
      const count = await poolCount();

      const result = await provider.create(args);
      assert.equal(result.id, id);
      assert.equal(await poolCount(), count, "no pool created");
      assert.match(report.join("\n"), /its live settings match the declared ones; nothing to change/);
      const after = await client.send(new DescribeUserPoolCommand({ UserPoolId: id }));
      assert.equal(
        after.UserPool?.LastModifiedDate?.getTime(),
        before.UserPool?.LastModifiedDate?.getTime(),
        "not modified",
      );
      assert.ok((await client.send(new AdminGetUserCommand({ UserPoolId: id, Username: USERNAME }))).Username);

      const read = await provider.read(id, result.outs);
      assert.equal(read.inputs?.adoptUserPoolId, id);
      assert.deepEqual(
        (await provider.diff(id, read.props ?? {}, args)).changes,
        false,
        "refresh then preview: no changes",
      );
    });

    it("reports differences, adds a missing custom attribute and converges in place; the user stays", async function () {
      const id = await poolWithUser({
        PoolName: `${kind}-converge`,
        Policies: { PasswordPolicy: { MinimumLength: 8 } },
      });
      const count = await poolCount();
      const args = {
        poolName: `${kind}-converge`,
        policies: { passwordPolicy: { minimumLength: 14 } },
        schema: [{ name: "plan", attributeDataType: "String", mutable: true }],
        adoptUserPoolId: id,
      };
      const result = await provider.create(args);
      assert.equal(result.id, id);
      assert.equal(await poolCount(), count);
      const text = report.join("\n");
      assert.match(
        text,
        /~ policies: live \{"passwordPolicy":\{"minimumLength":8\}\} -> declared \{"passwordPolicy":\{"minimumLength":14\}\}/,
      );
      assert.match(text, /\+ schema\[plan\]: declared custom attribute missing on the pool -> added/);
      assert.match(text, /Converging in place with AddCustomAttributes, then UpdateUserPool/);
      const live = (await client.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool;
      assert.equal(live?.Policies?.PasswordPolicy?.MinimumLength, 14);
      assert.ok(live?.SchemaAttributes?.some((a) => a.Name === "custom:plan"));
      assert.ok((await client.send(new AdminGetUserCommand({ UserPoolId: id, Username: USERNAME }))).Username);
    });

    it("refuses a differing create-only field, changing nothing", async function () {
      const id = await poolWithUser({ PoolName: `${kind}-refused`, AliasAttributes: ["email"] });
      const before = await client.send(new DescribeUserPoolCommand({ UserPoolId: id }));
      await assert.rejects(
        provider.create({ poolName: `${kind}-refused`, aliasAttributes: ["preferred_username"], adoptUserPoolId: id }),
        { message: /aliasAttributes is \["email"\] on the live pool but \["preferred_username"\] is declared/ },
      );
      const after = await client.send(new DescribeUserPoolCommand({ UserPoolId: id }));
      assert.deepEqual(after.UserPool, before.UserPool);
      assert.equal(report.length, 0, "nothing reported as adopted");
    });

    it("refuses a pool that does not exist, naming it and the region", async function () {
      const count = await poolCount();
      const missing = kind === "moto" ? `${emulatorRegion}_0123456789abcdef0123456789abcdef` : "local_NoSuchP1";
      await assert.rejects(provider.create({ poolName: "missing", adoptUserPoolId: missing }), {
        message: new RegExp(
          `Cannot adopt Cognito user pool ${missing}: there is no such pool in region ${emulatorRegion}`,
        ),
      });
      assert.equal(await poolCount(), count);
    });
  });
}
