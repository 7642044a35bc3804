/**
 * The owner tag and the `orphans` command's decisions: which pools a stack made that its state
 * does not hold, which of them can be adopted, and how one is written into the state. The command
 * itself runs end to end in tests/e2e/interrupted.test.ts.
 */
import * as assert from "node:assert/strict";
import type { UserPoolType } from "@aws-sdk/client-cognito-identity-provider";
import { adoptIntoState, findOrphans, statePrefix, type StackState } from "../../cli/orphans";
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

function state(resources: Array<{ urn: string; id?: string }>, pending: string[] = []): StackState {
  return {
    version: 3,
    deployment: {
      resources: [
        { urn: "urn:pulumi:dev::shop::pulumi:pulumi:Stack::shop-dev", type: "pulumi:pulumi:Stack", custom: false },
        ...resources.map((r) => ({ ...r, type: USER_POOL_TYPE, custom: true, inputs: {}, outputs: {} })),
      ],
      pending_operations: pending.map((u) => ({
        type: "creating",
        resource: {
          urn: u,
          type: USER_POOL_TYPE,
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
