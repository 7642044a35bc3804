/**
 * The owner tag and the `orphans` command's decisions: which pools a stack made that its state
 * does not hold, which of them can be adopted, and how one is written into the state. The command
 * itself runs end to end in tests/e2e/interrupted.test.ts.
 */
import * as assert from "node:assert/strict";
import {
  CognitoIdentityProviderClient,
  DeleteUserPoolCommand,
  DescribeUserPoolCommand,
  ListUserPoolsCommand,
  UpdateUserPoolCommand,
  type UserPoolType,
} from "@aws-sdk/client-cognito-identity-provider";
import { mockClient } from "aws-sdk-client-mock";
import { adoptIntoState, findOrphans, runOrphans, statePrefix, type StackState } from "../../cli/orphans";
import { engineAddress } from "../../provider/engineWatch";
import {
  OWNER_TAG_KEY,
  USER_POOL_TYPE,
  ownedByStack,
  ownerTagValue,
  stackPrefix,
  withoutOwnerTags,
} from "../../provider/ownership";
import { liveFieldValues } from "../../provider/convert";
import { USER_POOL_TOKEN } from "../../plugin/token";

const urn = (name: string, parent = ""): string => `urn:pulumi:dev::shop::${parent}${USER_POOL_TYPE}::${name}`;

function pool(id: string, owner: string | undefined, created: string, extra: Partial<UserPoolType> = {}): UserPoolType {
  return {
    Id: id,
    Name: id,
    CreationDate: new Date(created),
    UserPoolTags: owner === undefined ? {} : { [OWNER_TAG_KEY]: owner },
    ...extra,
  };
}

function state(
  resources: Array<{ urn: string; id?: string }>,
  pending: string[] = [],
  type = USER_POOL_TYPE,
): StackState {
  return {
    version: 3,
    deployment: {
      resources: [
        { urn: "urn:pulumi:dev::shop::pulumi:pulumi:Stack::shop-dev", type: "pulumi:pulumi:Stack", custom: false },
        ...resources.map((r) => ({ ...r, type, custom: true, inputs: {}, outputs: {} })),
      ],
      pending_operations: pending.map((u) => ({
        type: "creating",
        resource: {
          urn: u,
          type,
          custom: true,
          inputs: { poolName: "p", __provider: "shim", __owner: u },
        },
      })),
    },
  };
}

describe("owner tag", function () {
  it("is the resource's URN when Cognito accepts it as a tag value", function () {
    assert.equal(ownerTagValue(urn("users")), urn("users"));
  });

  it("is the stack prefix and a SHA-256 of the URN when the URN has characters tag values cannot hold", function () {
    const nested = urn("users", "my:component:Auth$");
    const value = ownerTagValue(nested);
    assert.match(value, /^urn:pulumi:dev::shop::sha256:[0-9a-f]{64}$/);
    assert.equal(ownerTagValue(nested), value, "stable");
    assert.ok(ownedByStack(value, "urn:pulumi:dev::shop::"));
    assert.ok(!ownedByStack(value, "urn:pulumi:prod::shop::"));
  });

  it("fits Cognito's 256-character limit for very long names", function () {
    assert.ok(ownerTagValue(urn("x".repeat(400))).length <= 256);
  });

  it("names the stack in its prefix", function () {
    assert.equal(stackPrefix(urn("users")), "urn:pulumi:dev::shop::");
  });

  it("is never shown as a setting: read, adoption and the generator do not see it", function () {
    const live = liveFieldValues({ Name: "p", UserPoolTags: { [OWNER_TAG_KEY]: urn("p"), team: "a" } }, undefined);
    assert.deepEqual(live.userPoolTags, { team: "a" });
    const onlyOwner = liveFieldValues({ Name: "p", UserPoolTags: { [OWNER_TAG_KEY]: urn("p") } }, undefined);
    assert.equal("userPoolTags" in onlyOwner, false);
    assert.equal(withoutOwnerTags({ [OWNER_TAG_KEY]: "x" }), undefined);
  });
});

describe("orphans: which pools the state does not hold", function () {
  it("lists the stack's tagged pools whose ids no resource has, and marks the ones with a pending create adoptable", function () {
    const s = state([{ urn: urn("a"), id: "pool-a" }], [urn("b")]);
    const found = findOrphans(s, [
      pool("pool-a", urn("a"), "2026-01-01"),
      pool("pool-b", urn("b"), "2026-01-02"),
      pool("pool-c", urn("c"), "2026-01-03"),
    ]);
    assert.deepEqual(
      found.map((o) => [o.id, o.adoptable, o.urn]),
      [
        ["pool-b", true, urn("b")],
        ["pool-c", false, urn("c")],
      ],
    );
  });

  it("never offers to adopt a pool for a resource the state already holds (a replacement's or a re-run's pool)", function () {
    const s = state([{ urn: urn("a"), id: "pool-a2" }], [urn("a")]);
    const found = findOrphans(s, [pool("pool-a2", urn("a"), "2026-01-02"), pool("pool-a1", urn("a"), "2026-01-01")]);
    assert.deepEqual(
      found.map((o) => [o.id, o.adoptable]),
      [["pool-a1", false]],
    );
  });

  it("adopts only the newest pool when one create was interrupted twice", function () {
    const s = state([], [urn("b")]);
    const found = findOrphans(s, [pool("pool-old", urn("b"), "2026-01-01"), pool("pool-new", urn("b"), "2026-01-05")]);
    assert.deepEqual(
      found.map((o) => [o.id, o.adoptable]),
      [
        ["pool-new", true],
        ["pool-old", false],
      ],
    );
  });

  it("treats the resource plugin's UserPool (cognito-userpool:index:UserPool) like the dynamic one", function () {
    const pluginUrn = (name: string): string => `urn:pulumi:dev::shop::${USER_POOL_TOKEN}::${name}`;
    const s = state([{ urn: pluginUrn("a"), id: "pool-a" }], [pluginUrn("b")], USER_POOL_TOKEN);
    const found = findOrphans(s, [
      pool("pool-a", pluginUrn("a"), "2026-01-01"),
      pool("pool-b", pluginUrn("b"), "2026-01-02"),
    ]);
    assert.deepEqual(
      found.map((o) => [o.id, o.adoptable, o.urn]),
      [["pool-b", true, pluginUrn("b")]],
    );
    const adopted = adoptIntoState(s, found[0], pool("pool-b", pluginUrn("b"), "2026-01-02"), undefined);
    assert.equal(adopted.deployment.resources?.find((r) => r.urn === pluginUrn("b"))?.id, "pool-b");
    assert.deepEqual(adopted.deployment.pending_operations, []);
  });

  it("takes the stack from the state's URNs", function () {
    assert.equal(
      statePrefix(state([]), () => "fallback"),
      "urn:pulumi:dev::shop::",
    );
    assert.equal(
      statePrefix({ version: 3, deployment: {} }, () => "fallback"),
      "fallback",
    );
  });

  it("writes an adopted pool into the state as the pending resource: its id, outputs as read reports them, the pending operation gone", function () {
    const s = state([], [urn("b")]);
    const orphan = findOrphans(s, [pool("pool-b", urn("b"), "2026-01-02", { Arn: "arn:pool-b" })])[0];
    const next = adoptIntoState(s, orphan, pool("pool-b", urn("b"), "2026-01-02", { Arn: "arn:pool-b" }), undefined);
    assert.deepEqual(next.deployment.pending_operations, []);
    const adopted = next.deployment.resources?.find((r) => r.urn === urn("b"));
    assert.equal(adopted?.id, "pool-b");
    assert.equal(adopted?.outputs?.poolName, "pool-b", "declared fields as the live pool has them");
    assert.equal(adopted?.outputs?.arn, "arn:pool-b");
    assert.equal(adopted?.outputs?.__provider, "shim");
    assert.equal("__owner" in (adopted?.outputs ?? {}), false);
  });
});

describe("engine watch", function () {
  it("recognises the dynamic-provider host and its engine address, and nothing else", function () {
    assert.deepEqual(
      engineAddress(["node", "/x/node_modules/@pulumi/pulumi/cmd/dynamic-provider/index.js", "127.0.0.1:4321"]),
      {
        host: "127.0.0.1",
        port: 4321,
      },
    );
    assert.equal(engineAddress(["node", "/x/mocha", "127.0.0.1:4321"]), undefined);
    assert.equal(engineAddress(["node", "/x/cmd/dynamic-provider/index.js"]), undefined);
  });
});

describe("orphans: the command, with a stubbed pulumi and SDK", function () {
  const cognito = mockClient(CognitoIdentityProviderClient);
  const owner = urn("b");

  beforeEach(function () {
    cognito.reset();
    cognito.on(ListUserPoolsCommand).resolves({ UserPools: [{ Id: "pool-a" }, { Id: "pool-b" }, { Id: "other" }] });
    cognito
      .on(DescribeUserPoolCommand, { UserPoolId: "pool-a" })
      .resolves({ UserPool: pool("pool-a", urn("a"), "2026-01-01") });
    cognito
      .on(DescribeUserPoolCommand, { UserPoolId: "pool-b" })
      .resolves({ UserPool: pool("pool-b", owner, "2026-01-02", { DeletionProtection: "ACTIVE" }) });
    cognito
      .on(DescribeUserPoolCommand, { UserPoolId: "other" })
      .resolves({ UserPool: pool("other", "urn:pulumi:prod::shop::x::y", "2026-01-03") });
    cognito.on(UpdateUserPoolCommand).resolves({});
    cognito.on(DeleteUserPoolCommand).resolves({});
  });

  function io(out: string[]) {
    return {
      stdout: (text: string) => out.push(text),
      stderr: (text: string) => out.push(text),
      pulumi: (args: string[]) => {
        if (args[0] === "stack" && args[1] === "export")
          return JSON.stringify(state([{ urn: urn("a"), id: "pool-a" }]));
        if (args[0] === "config") return "{}";
        throw new Error(`unexpected pulumi ${args.join(" ")}`);
      },
      client: () =>
        new CognitoIdentityProviderClient({
          region: "us-east-1",
          credentials: { accessKeyId: "a", secretAccessKey: "b" },
        }),
    };
  }

  it("lists only this stack's pools that the state does not hold", async function () {
    const out: string[] = [];
    assert.equal(await runOrphans([], io(out)), 0);
    const text = out.join("");
    assert.match(text, /^1 user pool created by stack dev::shop is not in its state:/m);
    assert.match(text, /pool-b/);
    assert.doesNotMatch(text, /pool-a|"other"/);
    assert.equal(cognito.commandCalls(DeleteUserPoolCommand).length, 0);
  });

  it("--delete keeps a protected pool unless --force, which turns protection off (three-way) and deletes", async function () {
    const out: string[] = [];
    assert.equal(await runOrphans(["--delete"], io(out)), 1);
    assert.match(out.join(""), /Kept pool-b: its deletion protection is ACTIVE \(pass --force/);
    assert.equal(cognito.commandCalls(DeleteUserPoolCommand).length, 0);

    assert.equal(await runOrphans(["--delete", "--force"], io([])), 0);
    const update = cognito.commandCalls(UpdateUserPoolCommand)[0].args[0].input;
    assert.equal(update.DeletionProtection, "INACTIVE");
    assert.equal(update.PoolName, "pool-b", "the rest of the pool is sent back as it is");
    assert.deepEqual(cognito.commandCalls(DeleteUserPoolCommand)[0].args[0].input, { UserPoolId: "pool-b" });
  });

  it("connects with the stack's cognito-userpool:* config (the resource plugin's) as well as cognito:*", async function () {
    const seen: Array<{ region?: string; endpoint?: string; profile?: string }> = [];
    for (const namespace of ["cognito", "cognito-userpool"]) {
      const base = io([]);
      await runOrphans([], {
        ...base,
        pulumi: (args: string[]) =>
          args[0] === "config"
            ? JSON.stringify({
                [`${namespace}:region`]: { value: "eu-west-3" },
                [`${namespace}:endpoint`]: { value: "http://127.0.0.1:4566" },
              })
            : base.pulumi(args),
        client: (settings) => {
          seen.push(settings);
          return base.client();
        },
      });
    }
    assert.deepEqual(
      seen.map((s) => [s.region, s.endpoint]),
      [
        ["eu-west-3", "http://127.0.0.1:4566"],
        ["eu-west-3", "http://127.0.0.1:4566"],
      ],
    );
  });

  it("refuses --adopt with --delete", async function () {
    const out: string[] = [];
    assert.equal(await runOrphans(["--adopt", "--delete"], io(out)), 2);
    assert.match(out.join(""), /Pass --adopt or --delete, not both/);
  });
});
