/**
 * The acceptance tier's decisions, with the SDK stubbed: the gate (no opt-in, no identity: refused,
 * and STS not even asked without the opt-in), which pools cleanup and the sweeper pick (only
 * tagged, only this run's, only older than the age), and the order of a deletion (protection
 * lowered, tags kept, then delete). tests/integration/acceptance.test.ts runs them against moto.
 */
import * as assert from "node:assert/strict";
import {
  CognitoIdentityProviderClient,
  DeleteUserPoolCommand,
  DescribeUserPoolCommand,
  ListUserPoolsCommand,
  UpdateUserPoolCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { mockClient, type AwsClientStub } from "aws-sdk-client-mock";
import { AcceptanceRefused, acceptanceIdentity } from "../../tools/acceptance/identity";
import {
  acceptancePools,
  deletePool,
  deleteRunPools,
  parseAge,
  sweepable,
  type TaggedPool,
} from "../../tools/acceptance/pools";
import { ACCEPTANCE_TAG_KEY, AcceptanceRun, newRunId } from "../../tools/acceptance/run";

const HOUR = 3_600_000;
const NOW = new Date("2026-12-05T12:00:00Z");

describe("acceptance gate", function () {
  let sts: AwsClientStub<STSClient>;
  const client = (): STSClient =>
    new STSClient({ region: "eu-west-3", credentials: { accessKeyId: "a", secretAccessKey: "b" } });

  beforeEach(function () {
    sts = mockClient(STSClient);
  });
  afterEach(function () {
    sts.restore();
  });

  for (const value of [undefined, "", "0", "true", "yes"]) {
    it(`refuses when COGNITO_ACCEPTANCE is ${value === undefined ? "unset" : JSON.stringify(value)}, without calling STS`, async function () {
      sts.on(GetCallerIdentityCommand).resolves({ Account: "111122223333", Arn: "arn:aws:iam::111122223333:user/x" });
      const env = value === undefined ? {} : { COGNITO_ACCEPTANCE: value };
      await assert.rejects(
        acceptanceIdentity(env, client()),
        (error: Error) =>
          error instanceof AcceptanceRefused &&
          /set COGNITO_ACCEPTANCE=1/.test(error.message) &&
          /docs\/acceptance\.md/.test(error.message),
      );
      assert.equal(sts.calls().length, 0, "no AWS call before the opt-in");
    });
  }

  it("refuses when the credential chain yields no identity, saying so", async function () {
    sts
      .on(GetCallerIdentityCommand)
      .rejects(Object.assign(new Error("The security token is invalid"), { name: "InvalidClientTokenId" }));
    await assert.rejects(
      acceptanceIdentity({ COGNITO_ACCEPTANCE: "1" }, client()),
      (error: Error) =>
        error instanceof AcceptanceRefused &&
        /credential chain yields no identity \(STS GetCallerIdentity in eu-west-3 failed: InvalidClientTokenId/.test(
          error.message,
        ),
    );
  });

  it("returns the account, the principal and the region when opted in with an identity", async function () {
    sts.on(GetCallerIdentityCommand).resolves({ Account: "111122223333", Arn: "arn:aws:iam::111122223333:user/x" });
    assert.deepEqual(await acceptanceIdentity({ COGNITO_ACCEPTANCE: "1" }, client()), {
      account: "111122223333",
      arn: "arn:aws:iam::111122223333:user/x",
      region: "eu-west-3",
    });
  });

  it("the tests refuse to run outside the runner (no run id)", function () {
    assert.throws(() => AcceptanceRun.current({}), /start the acceptance tier with `npm run test:aws`/);
    const run = AcceptanceRun.current({ COGNITO_ACCEPTANCE_RUN_ID: "acc-x" });
    assert.equal(run.poolName("life"), "acc-x-life");
    assert.deepEqual(run.tags(), { [ACCEPTANCE_TAG_KEY]: "acc-x" });
  });

  it("run ids are valid in pool names and tag values, and differ between runs", function () {
    const id = newRunId(NOW);
    assert.match(id, /^acc-20261205t120000-[0-9a-f]{6}$/);
    assert.match(new AcceptanceRun(id).poolName("x".repeat(64)), /^[\w\s+=,.@-]{1,128}$/);
    assert.notEqual(newRunId(NOW), id);
  });
});

describe("acceptance pool selection", function () {
  const pool = (id: string, ageHours: number, tags: Record<string, string>): TaggedPool => ({
    id,
    name: id,
    created: new Date(NOW.getTime() - ageHours * HOUR),
    tags,
  });

  it("the sweeper picks only tagged pools older than the age", function () {
    const pools = [
      pool("old-tagged", 3, { [ACCEPTANCE_TAG_KEY]: "acc-1" }),
      pool("young-tagged", 1, { [ACCEPTANCE_TAG_KEY]: "acc-2" }),
      pool("old-untagged", 5, { team: "payments" }),
      pool("old-owner-only", 5, { "pulumi-cognito-userpool:owner": "urn:pulumi:prod::shop::x::y" }),
      { ...pool("no-date", 0, { [ACCEPTANCE_TAG_KEY]: "acc-3" }), created: undefined },
    ];
    assert.deepEqual(
      sweepable(pools, NOW, 2 * HOUR).map((p) => p.id),
      ["old-tagged"],
    );
    assert.deepEqual(
      sweepable(pools, NOW, 0).map((p) => p.id),
      ["old-tagged", "young-tagged"],
    );
  });

  it("reads tags with DescribeUserPool and keeps only tagged pools (of one run, when given); a pool gone meanwhile is skipped", async function () {
    const cognito = mockClient(CognitoIdentityProviderClient);
    try {
      const tags: Record<string, Record<string, string>> = {
        a: { [ACCEPTANCE_TAG_KEY]: "acc-1" },
        b: { [ACCEPTANCE_TAG_KEY]: "acc-2" },
        c: {},
      };
      cognito.on(DescribeUserPoolCommand).callsFake(({ UserPoolId }: { UserPoolId: string }) => {
        if (UserPoolId === "gone") throw Object.assign(new Error("gone"), { name: "ResourceNotFoundException" });
        return { UserPool: { Id: UserPoolId, UserPoolTags: tags[UserPoolId] } };
      });
      const listed = ["a", "b", "c", "gone"].map((Id) => ({ Id, Name: Id, CreationDate: NOW }));
      const client = new CognitoIdentityProviderClient({ region: "eu-west-3" });
      assert.deepEqual(
        (await acceptancePools(client, listed)).map((p) => p.id),
        ["a", "b"],
      );
      assert.deepEqual(
        (await acceptancePools(client, listed, "acc-2")).map((p) => p.id),
        ["b"],
      );
    } finally {
      cognito.restore();
    }
  });
});

describe("acceptance pool deletion", function () {
  let cognito: AwsClientStub<CognitoIdentityProviderClient>;
  const client = (): CognitoIdentityProviderClient => new CognitoIdentityProviderClient({ region: "eu-west-3" });
  const tagged: TaggedPool = { id: "p1", name: "acc-1-life", created: NOW, tags: { [ACCEPTANCE_TAG_KEY]: "acc-1" } };

  beforeEach(function () {
    cognito = mockClient(CognitoIdentityProviderClient);
  });
  afterEach(function () {
    cognito.restore();
  });

  it("lowers deletion protection (keeping the tags, so a failed delete can be found again), then deletes", async function () {
    cognito.on(UpdateUserPoolCommand).resolves({});
    cognito.on(DeleteUserPoolCommand).resolves({});
    await deletePool(client(), tagged);
    const calls = cognito.calls().map((call) => call.args[0]);
    assert.deepEqual(
      calls.map((command) => command.constructor.name),
      ["UpdateUserPoolCommand", "DeleteUserPoolCommand"],
    );
    assert.deepEqual(calls[0]?.input, {
      UserPoolId: "p1",
      DeletionProtection: "INACTIVE",
      UserPoolTags: { [ACCEPTANCE_TAG_KEY]: "acc-1" },
    });
  });

  it("counts a pool already gone as deleted, and reports any other failure", async function () {
    cognito.on(UpdateUserPoolCommand).rejects(Object.assign(new Error("gone"), { name: "ResourceNotFoundException" }));
    await deletePool(client(), tagged);
    cognito.reset();
    cognito.on(UpdateUserPoolCommand).resolves({});
    cognito.on(DeleteUserPoolCommand).rejects(Object.assign(new Error("denied"), { name: "AccessDeniedException" }));
    await assert.rejects(deletePool(client(), tagged), /denied/);
  });

  it("a run's cleanup deletes only that run's recent pools and prints each", async function () {
    cognito.on(ListUserPoolsCommand).resolves({
      UserPools: [
        { Id: "mine", Name: "acc-1-life", CreationDate: NOW },
        { Id: "other-run", Name: "acc-2-life", CreationDate: NOW },
        { Id: "untagged", Name: "prod", CreationDate: NOW },
        { Id: "mine-but-old", Name: "acc-1-x", CreationDate: new Date(NOW.getTime() - 48 * HOUR) },
      ],
    });
    const tags: Record<string, Record<string, string>> = {
      mine: { [ACCEPTANCE_TAG_KEY]: "acc-1" },
      "other-run": { [ACCEPTANCE_TAG_KEY]: "acc-2" },
      untagged: {},
    };
    cognito
      .on(DescribeUserPoolCommand)
      .callsFake(({ UserPoolId }: { UserPoolId: string }) => ({ UserPool: { UserPoolTags: tags[UserPoolId] } }));
    cognito.on(UpdateUserPoolCommand).resolves({});
    cognito.on(DeleteUserPoolCommand).resolves({});
    const lines: string[] = [];
    const failed = await deleteRunPools(client(), "acc-1", new Date(NOW.getTime() - HOUR), (line) => lines.push(line));
    assert.equal(failed, 0);
    assert.deepEqual(
      cognito.commandCalls(DeleteUserPoolCommand).map((call) => call.args[0].input.UserPoolId),
      ["mine"],
    );
    assert.ok(lines.includes("cleanup: deleted mine (acc-1-life)"), lines.join("\n"));
  });
});

describe("sweeper ages", function () {
  it("parses s, m, h and d, and says what it accepts otherwise", function () {
    assert.equal(parseAge("90m"), 90 * 60_000);
    assert.equal(parseAge("2h"), 2 * HOUR);
    assert.equal(parseAge("1d"), 24 * HOUR);
    assert.equal(parseAge("0s"), 0);
    assert.throws(() => parseAge("2 hours"), /--older-than must be a whole number followed by s, m, h or d/);
  });
});
