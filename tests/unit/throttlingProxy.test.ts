/**
 * The quota proxy's answer, read by the real AWS SDK client: a stub upstream on loopback stands in
 * for the emulator, so this runs without one.
 */
import * as assert from "node:assert/strict";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import {
  CognitoIdentityProviderClient,
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  SetUserPoolMfaConfigCommand,
  TooManyRequestsException,
  UntagResourceCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { startThrottlingProxy, type ThrottlingProxy } from "../../tools/throttlingProxy";

describe("tools/throttlingProxy: Cognito's quotas as a token bucket per operation category", function () {
  let upstream: http.Server;
  let upstreamRequests: string[];
  let proxy: ThrottlingProxy;

  before(async function () {
    upstreamRequests = [];
    upstream = http.createServer((request, response) => {
      upstreamRequests.push(String(request.headers["x-amz-target"]));
      request.resume();
      request.on("end", () => {
        response.writeHead(200, { "content-type": "application/x-amz-json-1.1" });
        response.end(JSON.stringify({ UserPool: { Id: "us-east-1_stub", Name: "stub" } }));
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  });

  beforeEach(async function () {
    upstreamRequests.length = 0;
    // 15 RPS × 1/150: one token, refilled every 10 s, so a second request in a test is always throttled.
    proxy = await startThrottlingProxy(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}`, {
      quotas: { scale: 1 / 150 },
    });
  });

  afterEach(async function () {
    await proxy.close();
  });

  after(async function () {
    await new Promise<void>((resolve) => upstream.close(() => resolve()));
  });

  function client(maxAttempts: number, endpoint = proxy.endpoint): CognitoIdentityProviderClient {
    const sdk = new CognitoIdentityProviderClient({
      endpoint,
      region: "us-east-1",
      credentials: { accessKeyId: "test", secretAccessKey: "test" },
      maxAttempts,
    });
    // Other unit files stub CognitoIdentityProviderClient.prototype.send for the whole run
    // (aws-sdk-client-mock); this client needs the real one, which the SDK's base class holds.
    const base = Object.getPrototypeOf(CognitoIdentityProviderClient.prototype) as Pick<
      CognitoIdentityProviderClient,
      "send"
    >;
    sdk.send = base.send.bind(sdk) as CognitoIdentityProviderClient["send"];
    return sdk;
  }

  /**
   * A proxy at `scale` of Cognito's rates in front of the same stub, and a client of it that tries
   * once, both closed after `use`.
   */
  async function withProxyAt(
    scale: number,
    use: (proxyAtScale: ThrottlingProxy, sdk: CognitoIdentityProviderClient) => Promise<void>,
  ): Promise<void> {
    const scaled = await startThrottlingProxy(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}`, {
      quotas: { scale },
    });
    const sdk = client(1, scaled.endpoint);
    try {
      await use(scaled, sdk);
    } finally {
      sdk.destroy();
      await scaled.close();
    }
  }

  const setMfa = (sdk: CognitoIdentityProviderClient, pool: string): Promise<unknown> =>
    sdk.send(new SetUserPoolMfaConfigCommand({ UserPoolId: pool, MfaConfiguration: "OFF" }));

  /** Past the second a bucket at 1 RPS takes to hold a token again. */
  const untilRefilled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1100));

  it("answers an excess request as Cognito does: the SDK raises TooManyRequestsException from HTTP 400", async function () {
    const sdk = client(1);
    await sdk.send(new DescribeUserPoolCommand({ UserPoolId: "us-east-1_stub" }));
    const error = await sdk.send(new DescribeUserPoolCommand({ UserPoolId: "us-east-1_stub" })).then(
      () => assert.fail("the second read within the quota's second should be throttled"),
      (caught: unknown) => caught,
    );
    assert.ok(error instanceof TooManyRequestsException, `got ${String(error)}`);
    assert.equal(error.name, "TooManyRequestsException");
    assert.equal(error.message, "Rate exceeded");
    assert.equal(error.$metadata.httpStatusCode, 400);
    assert.ok(error.$metadata.requestId, "the answer carries a request id, as Cognito's do");
    assert.deepEqual(upstreamRequests, ["AWSCognitoIdentityProviderService.DescribeUserPool"]);
    assert.equal(proxy.stats.byCategory.UserPoolRead?.admitted, 1);
    assert.equal(proxy.stats.byCategory.UserPoolRead?.throttled, 1);
    assert.deepEqual(proxy.stats.throttledByPool, { "us-east-1_stub": 1 });
    sdk.destroy();
  });

  it("is an error the SDK retries as throttling, and each category has its own bucket", async function () {
    const sdk = client(2);
    await sdk.send(new DescribeUserPoolCommand({ UserPoolId: "us-east-1_stub" }));
    const error = await sdk.send(new DescribeUserPoolCommand({ UserPoolId: "us-east-1_stub" })).then(
      () => assert.fail("the read should stay throttled for 10 s"),
      (caught: unknown) => caught as TooManyRequestsException,
    );
    assert.equal(error.name, "TooManyRequestsException");
    assert.equal(error.$metadata.attempts, 2, "the SDK retried the throttled request once");
    assert.equal(proxy.stats.byCategory.UserPoolRead?.throttled, 2);
    // UserPoolUpdate draws on its own bucket, untouched by the reads.
    await sdk.send(new CreateUserPoolCommand({ PoolName: "tenant-a" }));
    await assert.rejects(sdk.send(new CreateUserPoolCommand({ PoolName: "tenant-b" })), {
      name: "TooManyRequestsException",
    });
    assert.equal(proxy.stats.byCategory.UserPoolUpdate?.admitted, 1);
    assert.equal(proxy.stats.throttledByPool["tenant-b"], 2);
    sdk.destroy();
  });

  it("counts the MFA configuration against the pool-resource categories, not the pool ones", async function () {
    const sdk = client(1);
    await sdk.send(new GetUserPoolMfaConfigCommand({ UserPoolId: "us-east-1_stub" }));
    await setMfa(sdk, "us-east-1_stub");
    // Reading and writing the pool itself still has its whole budget.
    await sdk.send(new DescribeUserPoolCommand({ UserPoolId: "us-east-1_stub" }));
    await sdk.send(new CreateUserPoolCommand({ PoolName: "tenant-a" }));
    assert.equal(proxy.stats.byCategory.UserPoolResourceRead?.admitted, 1);
    assert.equal(proxy.stats.byCategory.UserPoolResourceUpdate?.admitted, 1);
    assert.equal(proxy.stats.byCategory.UserPoolRead?.admitted, 1);
    assert.equal(proxy.stats.byCategory.UserPoolUpdate?.admitted, 1);
    assert.equal(proxy.stats.throttled, 0);
    // Tags count against the same category; the pool is read from the ARN.
    await assert.rejects(
      sdk.send(
        new UntagResourceCommand({
          ResourceArn: "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_stub",
          TagKeys: ["team"],
        }),
      ),
      { name: "TooManyRequestsException" },
    );
    assert.equal(proxy.stats.byCategory.UserPoolResourceUpdate?.throttled, 1);
    assert.deepEqual(proxy.stats.throttledByPool, { "us-east-1_stub": 1 });
    sdk.destroy();
  });

  it("caps an operation of a pool-resource category per pool, below the account's rate", async function () {
    // A fifth of Cognito's rates: SetUserPoolMfaConfig 3 RPS for the account, 1 RPS for any one pool.
    await withProxyAt(1 / 5, async (fifth, sdk) => {
      await setMfa(sdk, "us-east-1_a");
      await assert.rejects(setMfa(sdk, "us-east-1_a"), { name: "TooManyRequestsException" });
      await setMfa(sdk, "us-east-1_b");
      assert.deepEqual(fifth.stats.byCategory.UserPoolResourceUpdate, {
        ...fifth.stats.byCategory.UserPoolResourceUpdate,
        rps: 3,
        admitted: 2,
        throttled: 1,
        throttledByPoolCap: 1,
      });
      assert.deepEqual(fifth.stats.throttledByPool, { "us-east-1_a": 1 });
    });
  });

  it("a request the account's rate refuses spends none of its pool's cap", async function () {
    // A fifteenth: the account 1 RPS for SetUserPoolMfaConfig, any one pool 1/3 RPS.
    await withProxyAt(1 / 15, async (fifteenth, sdk) => {
      await setMfa(sdk, "us-east-1_a");
      await assert.rejects(setMfa(sdk, "us-east-1_b"), { name: "TooManyRequestsException" });
      await untilRefilled();
      await setMfa(sdk, "us-east-1_b");
      const stats = fifteenth.stats.byCategory.UserPoolResourceUpdate;
      assert.equal(stats?.admitted, 2);
      assert.equal(stats?.throttled, 1);
      assert.equal(stats?.throttledByPoolCap, 0, "b was refused by the account's rate only");
    });
  });

  it("a request its pool's cap refuses spends none of the account's rate", async function () {
    // A fifteenth: the account 1 RPS for SetUserPoolMfaConfig, any one pool 1/3 RPS.
    await withProxyAt(1 / 15, async (fifteenth, sdk) => {
      await setMfa(sdk, "us-east-1_a");
      // The account's token is back after a second; a's cap needs three.
      await untilRefilled();
      await assert.rejects(setMfa(sdk, "us-east-1_a"), { name: "TooManyRequestsException" });
      await setMfa(sdk, "us-east-1_b");
      const stats = fifteenth.stats.byCategory.UserPoolResourceUpdate;
      assert.equal(stats?.admitted, 2);
      assert.equal(stats?.throttledByPoolCap, 1, "a was refused by its cap, and b admitted on the account's token");
    });
  });

  it("counts a pool's throttled creates under its id once a create of its name succeeds", async function () {
    // A fifteenth: CreateUserPool 1 RPS for the account.
    await withProxyAt(1 / 15, async (fifteenth, sdk) => {
      await sdk.send(new CreateUserPoolCommand({ PoolName: "tenant-a" }));
      await assert.rejects(sdk.send(new CreateUserPoolCommand({ PoolName: "tenant-b" })), {
        name: "TooManyRequestsException",
      });
      assert.deepEqual(fifteenth.stats.throttledByPool, { "tenant-b": 1 });
      await untilRefilled();
      await sdk.send(new CreateUserPoolCommand({ PoolName: "tenant-b" }));
      // The stub answers every create with the pool us-east-1_stub.
      assert.deepEqual(fifteenth.stats.throttledByPool, { "us-east-1_stub": 1 });
    });
  });
});
