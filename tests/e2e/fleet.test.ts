/**
 * examples/fleet, run as its users run it (tools/fleetExample.ts), against moto: a hundred tenants
 * get a stack and a hardened pool each, then a change reaches every tenant, then ten tenants are
 * removed. What exists afterwards is read with the test's own SDK client, not from the fleet's report.
 * FLEET_E2E_TENANTS and FLEET_E2E_CONCURRENCY override the tenant count (100) and the stacks run at
 * once (the example's default).
 */
import * as assert from "node:assert/strict";
import {
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  paginateListUserPools,
  type CognitoIdentityProviderClient,
  type UserPoolType,
} from "@aws-sdk/client-cognito-identity-provider";
import type { Tenant } from "../../examples/fleet/tenantPool";
import { emulatorClient, emulatorEnvironment, startEmulator, type RunningEmulator } from "../../tools/emulators";
import { FleetWorkspace, type FleetRun } from "../../tools/fleetExample";

const tenantCount = Number(process.env.FLEET_E2E_TENANTS ?? 100);
const concurrencyArgs = process.env.FLEET_E2E_CONCURRENCY ? ["--concurrency", process.env.FLEET_E2E_CONCURRENCY] : [];
const REMOVED = Math.max(1, Math.round(tenantCount / 10));

const ids = Array.from({ length: tenantCount }, (_, i) => `t${String(i).padStart(3, "0")}`);

describe(`e2e: examples/fleet keeps ${tenantCount} tenant stacks through the Automation API, against moto`, function () {
  this.timeout(20 * 60 * 1000);
  let moto: RunningEmulator;
  let client: CognitoIdentityProviderClient;
  let fleet: FleetWorkspace;

  before(async function () {
    moto = await startEmulator("moto");
    client = emulatorClient(moto);
    fleet = FleetWorkspace.create(emulatorEnvironment(moto));
  });

  after(async function () {
    client?.destroy();
    await moto?.stop();
    fleet?.remove();
  });

  async function run(tenants: Tenant[]): Promise<FleetRun> {
    const result = await fleet.run(tenants, concurrencyArgs);
    process.stderr.write(`      fleet of ${tenants.length}: ${result.seconds.toFixed(1)}s\n`);
    assert.equal(result.code, 0, `the fleet reported failures:\n${result.log.slice(-4000)}`);
    return result;
  }

  /** Every pool moto holds, by name, described. */
  async function livePools(): Promise<Map<string, UserPoolType>> {
    const pools = new Map<string, UserPoolType>();
    for await (const page of paginateListUserPools({ client }, { MaxResults: 60 })) {
      for (const listed of page.UserPools ?? []) {
        const described = await client.send(new DescribeUserPoolCommand({ UserPoolId: listed.Id }));
        if (described.UserPool?.Name) pools.set(described.UserPool.Name, described.UserPool);
      }
    }
    return pools;
  }

  async function assertHardenedPools(expected: string[], minimumLength: number): Promise<void> {
    const pools = await livePools();
    assert.deepEqual([...pools.keys()].sort(), expected.map((id) => `tenant-${id}`).sort());
    for (const id of expected) {
      const pool = pools.get(`tenant-${id}`) as UserPoolType;
      assert.equal(pool.DeletionProtection, "ACTIVE", `tenant-${id}'s deletion protection`);
      assert.equal(pool.Policies?.PasswordPolicy?.MinimumLength, minimumLength, `tenant-${id}'s minimum length`);
      assert.equal(pool.Policies?.PasswordPolicy?.RequireSymbols, true);
      assert.equal(pool.AdminCreateUserConfig?.AllowAdminCreateUserOnly, true);
      assert.equal(pool.MfaConfiguration, "ON");
      assert.equal(pool.UserPoolAddOns?.AdvancedSecurityMode, "ENFORCED");
      assert.equal(pool.UserPoolTags?.tenant, id);
    }
    // MFA factors live outside DescribeUserPool: one tenant's, read the way Cognito exposes them.
    const sample = pools.get(`tenant-${expected[0]}`) as UserPoolType;
    const mfa = await client.send(new GetUserPoolMfaConfigCommand({ UserPoolId: sample.Id }));
    assert.equal(mfa.SoftwareTokenMfaConfiguration?.Enabled, true);
  }

  it(`creates a stack and a hardened pool for each of ${tenantCount} tenants`, async function () {
    const result = await run(ids.map((id) => ({ id })));
    assert.equal(result.results.length, tenantCount);
    for (const tenant of result.results) {
      assert.equal(tenant.status, "succeeded");
      // The stack's own root resource and the pool.
      assert.equal(tenant.changes?.create, 2, `${tenant.tenant} created its stack and pool`);
    }
    await assertHardenedPools(ids, 14);
    assert.deepEqual(fleet.stackNames(), ids);
  });

  it("applies a change to every tenant in place", async function () {
    const before = await livePools();
    const result = await run(ids.map((id) => ({ id, passwordMinimumLength: 16 })));
    for (const tenant of result.results) assert.equal(tenant.changes?.update, 1, `${tenant.tenant} updated its pool`);
    await assertHardenedPools(ids, 16);
    const after = await livePools();
    for (const [name, pool] of after) assert.equal(pool.Id, before.get(name)?.Id, `${name} was updated, not replaced`);
  });

  it(`removes ${REMOVED} tenants: their protection lowered, their pools deleted, their stacks gone`, async function () {
    const kept = ids.slice(REMOVED);
    const removed = ids.slice(0, REMOVED);
    const result = await run(kept.map((id) => ({ id, passwordMinimumLength: 16 })));
    const removals = result.results.filter((tenant) => tenant.action === "remove");
    assert.deepEqual(removals.map((tenant) => tenant.tenant).sort(), removed);
    for (const tenant of removals) assert.equal(tenant.changes?.delete, 2, `${tenant.tenant}'s pool and stack deleted`);
    for (const tenant of result.results.filter((t) => t.action === "apply")) {
      assert.equal(tenant.changes?.update ?? 0, 0, `${tenant.tenant} unchanged`);
    }
    await assertHardenedPools(kept, 16);
    assert.deepEqual(fleet.stackNames(), kept);
  });
});
