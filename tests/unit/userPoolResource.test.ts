/**
 * The dynamic door's resource class under Pulumi's mocks: declared args and computed outputs come
 * back from the engine, an undeclared arg is still an Output of the pool (undefined once the pool
 * exists, unknown while it is to be created) without being registered with the engine.
 */
import * as assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import { OWNER_INPUT_KEY } from "../../provider/ownership";
import { UserPool } from "../../sdk/userPool";

interface Registered {
  name: string;
  inputs: Record<string, unknown>;
}

/** Runs `program` under mocks whose provider answers with the inputs plus an arn; records registrations. */
function mockRun(dryRun: boolean): Registered[] {
  const registered: Registered[] = [];
  void pulumi.runtime.setMocks(
    {
      newResource(args) {
        registered.push({ name: args.name, inputs: args.inputs as Record<string, unknown> });
        return {
          id: dryRun ? undefined : `us-east-1_${args.name}`,
          state: { ...args.inputs, arn: `arn:aws:cognito-idp:us-east-1:123456789012:userpool/${args.name}` },
        };
      },
      call: (args) => args.inputs,
    },
    "project",
    "stack",
    dryRun,
  );
  return registered;
}

function settled<T>(output: pulumi.Output<T>): Promise<{ value: T | undefined; known: boolean }> {
  // isKnown is internal to Output but is what `apply` consults: an unknown output never runs its callback.
  const internal = output as unknown as { isKnown: Promise<boolean>; promise(): Promise<T> };
  return Promise.all([internal.promise(), internal.isKnown]).then(([value, known]) => ({ value, known }));
}

describe("UserPool (dynamic door) outputs", function () {
  it("declared args come back; undeclared args are Outputs resolving to undefined; neither leaks across pools", async function () {
    const registered = mockRun(false);
    const declaresMfa = new UserPool("a", { poolName: "a", mfaConfiguration: "OFF" });
    const declaresNone = new UserPool("b", { poolName: "b" });

    assert.equal((await settled(declaresMfa.mfaConfiguration)).value, "OFF");
    assert.equal((await settled(declaresMfa.poolName)).value, "a");
    assert.match(String((await settled(declaresMfa.arn)).value), /userpool\/a$/);
    assert.equal(await settled(declaresMfa.id).then((s) => s.value), "us-east-1_a");

    assert.ok(pulumi.Output.isInstance(declaresNone.mfaConfiguration));
    assert.deepEqual(await settled(declaresNone.mfaConfiguration), { value: undefined, known: true });
    assert.deepEqual(await settled(declaresNone.adoptUserPoolId), { value: undefined, known: true });
    assert.deepEqual(await settled(declaresNone.emailConfiguration), { value: undefined, known: true });
    assert.equal(declaresNone.emailConfiguration, declaresNone.emailConfiguration, "one Output per property");
    assert.equal((await settled(declaresNone.poolName)).value, "b");

    const inputsOfB = registered.find((r) => r.name === "b")?.inputs ?? {};
    assert.deepEqual(Object.keys(inputsOfB).sort(), ["__provider", OWNER_INPUT_KEY, "poolName"].sort());
  });

  it("an undeclared arg costs the pool nothing until it is read (issue 20: ~60 per pool were most of a large stack's preview)", async function () {
    mockRun(false);
    const pool = new UserPool("e", { poolName: "e", deletionProtection: "ACTIVE" });
    assert.ok(Object.hasOwn(pool, "deletionProtection"));
    assert.equal(Object.hasOwn(pool, "mfaConfiguration"), false);
    assert.equal(Object.hasOwn(pool, "adoptUserPoolId"), false);
    void pool.mfaConfiguration;
    assert.ok(Object.hasOwn(pool, "mfaConfiguration"));
    assert.equal((await settled(pool.deletionProtection)).value, "ACTIVE");
  });

  it("an undeclared arg's output carries the pool as a dependency, like a registered one", async function () {
    mockRun(false);
    const pool = new UserPool("c", { poolName: "c" });
    const internal = pool.smsConfiguration as unknown as { resources(): Set<pulumi.Resource> };
    assert.ok(internal.resources().has(pool));
  });

  it("sends its own URN as the owner input, with and without a parent", async function () {
    const registered = mockRun(false);
    const parent = new pulumi.ComponentResource("acme:tenant:Tenant", "tenant-a");
    const top = new UserPool("top", { poolName: "top" });
    const child = new UserPool("child", { poolName: "child" }, { parent });
    await Promise.all([settled(top.urn), settled(child.urn)]);
    const ownerOf = (name: string): unknown => registered.find((r) => r.name === name)?.inputs[OWNER_INPUT_KEY];
    assert.equal(ownerOf("top"), await settled(top.urn).then((s) => s.value));
    assert.equal(ownerOf("top"), "urn:pulumi:stack::project::pulumi-nodejs:dynamic/cognito:UserPool::top");
    assert.equal(ownerOf("child"), await settled(child.urn).then((s) => s.value));
    assert.match(String(ownerOf("child")), /::acme:tenant:Tenant\$pulumi-nodejs:dynamic\/cognito:UserPool::child$/);
  });

  it("at preview, a pool still to be created has its undeclared args unknown, as its id is", async function () {
    mockRun(true);
    const pool = new UserPool("d", { poolName: "d" });
    assert.equal((await settled(pool.mfaConfiguration)).known, false);
    assert.equal((await settled(pool.poolName)).value, "d");
  });
});
