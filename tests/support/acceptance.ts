/**
 * What the acceptance tests (tests/acceptance) share: the run (its id, pool-name prefix and tag,
 * from the runner), a Cognito client from the standard AWS chain (the same chain the provider in
 * the pulumi CLI uses: credentials, AWS_REGION, AWS_ENDPOINT_URL), and the pool count of the region.
 */
import * as assert from "node:assert/strict";
import {
  CognitoIdentityProviderClient,
  DescribeUserPoolCommand,
  type CreateUserPoolRequest,
  type UserPoolType,
} from "@aws-sdk/client-cognito-identity-provider";
import { ACCEPTANCE_TAG_KEY, AcceptanceRun } from "../../tools/acceptance/run";
import { listPools } from "../../tools/acceptance/pools";

/** Mocha root hook: the tests run only under `npm run test:aws`, which gates and cleans up. */
export const mochaHooks = {
  beforeAll(): void {
    AcceptanceRun.current();
  },
};

export function currentRun(): AcceptanceRun {
  return AcceptanceRun.current();
}

/** A client of the account and region the credential chain gives (as the provider's). */
export function chainClient(): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({ maxAttempts: 8 });
}

export async function countPools(client: CognitoIdentityProviderClient): Promise<number> {
  return (await listPools(client)).length;
}

export async function describePool(client: CognitoIdentityProviderClient, id: string): Promise<UserPoolType> {
  const pool = (await client.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool;
  assert.ok(pool, `DescribeUserPool ${id} returned no pool`);
  return pool;
}

/**
 * The examples/ program text with this run's pool-name prefix and tag: `poolName` gets the prefix
 * and the run's tag joins `userPoolTags`, in TypeScript (`poolName: "x"`) or YAML (`poolName: x`).
 * Each edit must apply exactly once, so an example that changes shape fails here, loudly.
 */
export function taggedProgram(source: string, run: AcceptanceRun, syntax: "typescript" | "yaml"): string {
  const replaceOnce = (text: string, pattern: RegExp, replacement: (match: RegExpExecArray) => string): string => {
    const matches = [...text.matchAll(new RegExp(pattern.source, "gm"))];
    assert.equal(matches.length, 1, `the program has exactly one match of ${pattern}`);
    const match = matches[0] as RegExpExecArray;
    return text.slice(0, match.index) + replacement(match) + text.slice(match.index + match[0].length);
  };
  if (syntax === "typescript") {
    const named = replaceOnce(source, /poolName: "([^"]+)"/, (m) => `poolName: "${run.poolName(m[1] ?? "")}"`);
    return replaceOnce(named, /userPoolTags: \{/, () => `userPoolTags: { "${ACCEPTANCE_TAG_KEY}": "${run.id}",`);
  }
  const named = replaceOnce(source, /^(\s*)poolName: (\S+)$/, (m) => `${m[1]}poolName: ${run.poolName(m[2] ?? "")}`);
  return replaceOnce(
    named,
    /^(\s*)userPoolTags:\n/,
    (m) => `${m[1]}userPoolTags:\n${m[1]}  "${ACCEPTANCE_TAG_KEY}": ${run.id}\n`,
  );
}

/**
 * Asserts DescribeUserPool reports every member of the CreateUserPool request as declared. Objects
 * compare member by member (DescribeUserPool adds what Cognito computes and defaults), lists and
 * scalars exactly. Two members have another shape when read back, per the API reference: the pool
 * name is `Name`, and a declared custom attribute is `custom:<name>` in SchemaAttributes
 * (`dev:custom:<name>` when developer-only) among the standard ones, with its constraints as strings.
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolType.html
 */
export function assertDescribedAsDeclared(declared: CreateUserPoolRequest, live: UserPoolType): void {
  for (const [member, value] of Object.entries(declared)) {
    if (value === undefined) continue;
    if (member === "PoolName") {
      assert.equal(live.Name, value, "PoolName");
    } else if (member === "Schema") {
      for (const attribute of declared.Schema ?? []) {
        // Constraints of the other data type (the seed declares both on a Number attribute) are
        // not the attribute's: only the type's own are compared.
        const { Name: name, StringAttributeConstraints, NumberAttributeConstraints, ...rest } = attribute;
        const constraints =
          attribute.AttributeDataType === "Number" ? { NumberAttributeConstraints } : { StringAttributeConstraints };
        const read = live.SchemaAttributes?.find((a) => a.Name === `custom:${name}` || a.Name === `dev:custom:${name}`);
        assert.ok(read, `Schema attribute ${name} is in SchemaAttributes`);
        assertContains(read, { ...rest, ...constraints }, `Schema ${name}`);
      }
    } else {
      assertContains((live as Record<string, unknown>)[member], value, member);
    }
  }
}

function assertContains(actual: unknown, expected: unknown, where: string): void {
  if (expected !== null && typeof expected === "object" && !Array.isArray(expected)) {
    assert.ok(actual !== null && typeof actual === "object", `${where}: expected an object, got ${String(actual)}`);
    for (const [key, value] of Object.entries(expected)) {
      if (value !== undefined) assertContains((actual as Record<string, unknown>)[key], value, `${where}.${key}`);
    }
    return;
  }
  assert.deepEqual(actual, expected, where);
}
