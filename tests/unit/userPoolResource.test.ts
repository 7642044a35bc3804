/**
 * The dynamic door's resource class under Pulumi's mocks: declared args and computed outputs come
 * back from the engine, an undeclared arg is still an Output of the pool (undefined once the pool
 * exists, unknown while it is to be created) without being registered with the engine.
 */
import * as assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import { ARG_NAMES, COMPUTED_OUTPUT_NAMES, PROVIDER_KEY } from "../../provider/convert";
import { OWNER_INPUT_KEY } from "../../provider/ownership";
import { UserPool } from "../../sdk/userPool";

interface Registered {
  name: string;
  inputs: Record<string, unknown>;
}

/**
 * Sets Pulumi's mocks: the provider answers with the inputs plus an arn, and an id except for a
 * pool to be created at preview (`dryRun` without `existing`). Returns the registrations, as made.
 */
function mockRun(dryRun: boolean, existing = false): Registered[] {
  const registered: Registered[] = [];
  void pulumi.runtime.setMocks(
    {
      newResource(args) {
        registered.push({ name: args.name, inputs: args.inputs as Record<string, unknown> });
        return {
          id: dryRun && !existing ? undefined : `us-east-1_${args.name}`,
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

/**
 * The stack traces Pulumi captured for the promises registered while `construct` ran: pending
 * promises wait in the runtime's leak candidates (@pulumi/pulumi runtime/debuggable.js), each with
 * its `_debugStackTrace`. Read right after construction, before any promise settles.
 */
function promiseStacksOf(construct: () => void): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const state = require("@pulumi/pulumi/runtime/state") as {
    getStore(): { leakCandidates: Set<Promise<unknown> & { _debugStackTrace?: string }> };
  };
  const before = new Set(state.getStore().leakCandidates);
  construct();
  return [...state.getStore().leakCandidates]
    .filter((promise) => !before.has(promise))
    .map((promise) => promise._debugStackTrace ?? "");
}

const hasFrames = (stack: string | undefined): boolean => /\n\s+at /.test(stack ?? "");

function settled<T>(output: pulumi.Output<T>): Promise<{ value: T | undefined; known: boolean }> {
  // isKnown is internal to Output but is what `apply` consults: an unknown output never runs its callback.
  const internal = output as unknown as { isKnown: Promise<boolean>; promise(): Promise<T> };
  return Promise.all([internal.promise(), internal.isKnown]).then(([value, known]) => ({ value, known }));
}

describe("UserPool (dynamic door) outputs", function () {
  after(function () {
    // Leave no mocks or pending registrations to the next test file.
    pulumi.runtime.resetOptions("", "", -1, "", "", false, "");
  });

  it("no arg name shadows a member of the resource or another registered property", function () {
    for (const arg of ARG_NAMES) {
      assert.equal(arg in pulumi.CustomResource.prototype, false, arg);
      assert.equal(COMPUTED_OUTPUT_NAMES.includes(arg), false, arg);
      assert.ok(![PROVIDER_KEY, OWNER_INPUT_KEY, "id", "urn"].includes(arg), arg);
    }
  });

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

  it("an undeclared arg costs the pool nothing until it is read (issue 20: the 33 a pool may leave out were most of a large stack's preview)", async function () {
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

  it("an arg given as undefined is undeclared, as an omitted one is", async function () {
    const registered = mockRun(false);
    const pool = new UserPool("f", { poolName: "f", mfaConfiguration: undefined });
    assert.equal(Object.hasOwn(pool, "mfaConfiguration"), false);
    assert.deepEqual(await settled(pool.mfaConfiguration), { value: undefined, known: true });
    assert.equal("mfaConfiguration" in (registered.find((r) => r.name === "f")?.inputs ?? {}), false);
  });

  it("a transformation may read args before registration; the registered outputs still come back", async function () {
    mockRun(false);
    const seen: unknown[] = [];
    const pool = new UserPool(
      "g",
      { poolName: "g", deletionProtection: "ACTIVE" },
      {
        transformations: [
          (step) => {
            const resource = step.resource as UserPool;
            seen.push(resource.deletionProtection, resource.mfaConfiguration);
            return undefined;
          },
        ],
      },
    );
    assert.deepEqual(seen, [undefined, undefined], "nothing is registered yet");
    assert.equal((await settled(pool.deletionProtection)).value, "ACTIVE");
    assert.deepEqual(await settled(pool.mfaConfiguration), { value: undefined, known: true });
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

  it("registers without a stack trace per promise (issue 20), and leaves the program's Error.stackTraceLimit as it was", async function () {
    mockRun(false);
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 17;
    try {
      let pool: UserPool | undefined;
      const stacks = promiseStacksOf(() => {
        pool = new UserPool("s1", { poolName: "s1", deletionProtection: "ACTIVE" });
      });
      assert.ok(stacks.length >= 4 * 4, `the registration's promises are pending: ${stacks.length}`);
      assert.deepEqual(stacks.filter(hasFrames), []);
      assert.equal(Error.stackTraceLimit, 17);
      assert.equal((await settled(pool!.deletionProtection)).value, "ACTIVE");
    } finally {
      Error.stackTraceLimit = limit;
    }
  });

  it("registers without stack traces when args are another resource's outputs or secrets, which stay unknown at preview and secret", async function () {
    mockRun(true);
    // Any other resource of the program: its id is unknown at preview, as a pool's is.
    const other = new (class Thing extends pulumi.CustomResource {})("test:index:Thing", "other", {});
    let pool: UserPool | undefined;
    const stacks = promiseStacksOf(() => {
      pool = new UserPool("s9", {
        poolName: other.id.apply((id) => `pool-${id}`),
        deletionProtection: pulumi.secret("ACTIVE"),
      });
    });
    assert.ok(stacks.length > 0, "the registration's promises are pending");
    assert.deepEqual(stacks.filter(hasFrames), []);
    assert.equal((await settled(pool!.poolName)).known, false);
    const protection = pool!.deletionProtection as unknown as { isSecret: Promise<boolean> };
    assert.equal(await protection.isSecret, true);
    assert.equal((await settled(pool!.deletionProtection)).value, "ACTIVE");
  });

  it("keeps the stack traces under PULUMI_DEBUG_PROMISE_LEAKS, where Pulumi prints them", function () {
    mockRun(false);
    process.env.PULUMI_DEBUG_PROMISE_LEAKS = "1";
    try {
      const stacks = promiseStacksOf(() => new UserPool("s2", { poolName: "s2" }));
      assert.ok(stacks.length > 0 && stacks.every(hasFrames));
    } finally {
      delete process.env.PULUMI_DEBUG_PROMISE_LEAKS;
    }
  });

  it("keeps the stack traces while a transformation may run, its own or its parent's: an error one throws keeps its frames", function () {
    mockRun(false);
    const own = promiseStacksOf(() => new UserPool("s3", { poolName: "s3" }, { transformations: [() => undefined] }));
    assert.ok(own.length > 0 && own.every(hasFrames));
    const parent = new pulumi.ComponentResource(
      "acme:tenant:Tenant",
      "tenant-s",
      {},
      { transformations: [() => undefined] },
    );
    const inherited = promiseStacksOf(() => new UserPool("s4", { poolName: "s4" }, { parent }));
    assert.ok(inherited.length > 0 && inherited.every(hasFrames));

    const thrown = (() => {
      try {
        new UserPool(
          "s5",
          { poolName: "s5" },
          {
            transformations: [
              () => {
                throw new Error("refused by a transformation");
              },
            ],
          },
        );
      } catch (error) {
        return error as Error;
      }
      return assert.fail("the transformation's error should reach the program");
    })();
    assert.equal(thrown.message, "refused by a transformation");
    // Frames inside @pulumi/pulumi's Resource constructor exist only in the trace captured where the
    // transformation threw, not in the construction site's frames a lowered limit would borrow.
    assert.match(thrown.stack ?? "", /at new Resource /);
    assert.match(thrown.stack ?? "", /userPoolResource\.test\.ts/);
  });

  it("keeps the stack traces while a stack transformation may run", async function () {
    mockRun(false);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const state = require("@pulumi/pulumi/runtime/state") as { setStackResource(stack: unknown): void };
    let stacks: string[] = [];
    try {
      await pulumi.runtime.runInPulumiStack(async () => {
        pulumi.runtime.registerStackTransformation(() => undefined);
        stacks = promiseStacksOf(() => new UserPool("s8", { poolName: "s8" }));
        return {};
      });
    } finally {
      // The stack resource, and its transformation, would otherwise stay set for the next tests.
      state.setStackResource(undefined);
    }
    assert.ok(stacks.length > 0 && stacks.every(hasFrames));
  });

  it("an error thrown while registering carries the frames of the pool's construction", function () {
    mockRun(false);
    const limit = Error.stackTraceLimit;
    const notAResource = {} as unknown as pulumi.Resource;
    const thrown = (() => {
      try {
        new UserPool("s6", { poolName: "s6" }, { parent: notAResource });
      } catch (error) {
        return error as Error;
      }
      return assert.fail("a parent that is not a resource is refused");
    })();
    assert.match(thrown.message, /parent is not a valid Resource/);
    assert.match(thrown.stack ?? "", /^Error: Resource parent is not a valid Resource/);
    assert.match(thrown.stack ?? "", /userPoolResource\.test\.ts/);
    assert.equal(Error.stackTraceLimit, limit);
  });

  it("an error the engine answers a registration with carries the frames of the pool's construction", async function () {
    void pulumi.runtime.setMocks(
      {
        newResource() {
          throw new Error("the engine refused the pool");
        },
        call: (args) => args.inputs,
      },
      "project",
      "stack",
      false,
    );
    const pool = new UserPool("s7", { poolName: "s7" });
    const internal = pool.arn as unknown as { promise(): Promise<unknown> };
    const rejected = await internal.promise().then(
      () => assert.fail("the registration was refused"),
      (error: unknown) => error as Error,
    );
    assert.match(rejected.message, /failed to register new resource s7 .*the engine refused the pool/);
    assert.match(rejected.stack ?? "", /userPoolResource\.test\.ts/);
  });

  it("at preview, a pool that exists has its undeclared args known to be undefined", async function () {
    mockRun(true, true);
    const pool = new UserPool("h", { poolName: "h" });
    assert.deepEqual(await settled(pool.mfaConfiguration), { value: undefined, known: true });
    assert.equal((await settled(pool.poolName)).value, "h");
  });
});
