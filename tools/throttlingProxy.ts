/**
 * A loopback HTTP proxy in front of an emulator that answers some requests the way Cognito answers
 * when it throttles, so the client's retries can be measured. Two ways to choose them, usable
 * together: `faults` draws a fraction of requests at random from a seeded generator (runs repeat)
 * and answers them with TooManyRequestsException or HTTP 500; `quotas` models Cognito's request-rate
 * quotas, a token bucket per operation category (tools/cognitoQuotas.ts) shared by every client of
 * the proxy, so every stack of a fleet draws on the same account-wide budget, and, for the categories
 * Cognito also caps per user pool, a bucket per operation and pool.
 */
import { randomUUID } from "node:crypto";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { COGNITO_QUOTA_CATEGORIES, quotaCategoryOf, type QuotaCategory, type QuotaCategoryName } from "./cognitoQuotas";
import { TokenBucket } from "./tokenBucket";

export interface FaultOptions {
  throttleRate: number;
  serverErrorRate: number;
  seed?: number;
}

export interface QuotaOptions {
  /**
   * Multiplies every rate, the per-pool caps included: 0.1 models a tenth of Cognito's quotas (a
   * refused request spends no token, so a pool that calls an operation once is never refused by
   * its cap at any scale).
   */
  scale: number;
}

export interface CategoryStats {
  rps: number;
  admitted: number;
  /** Refused by the account-wide rate or, where the category has one, the per-pool cap. */
  throttled: number;
  /** Of `throttled`, those refused by the per-pool cap. */
  throttledByPoolCap: number;
  /** When the first and the last admitted request of the category arrived (ms, performance.now()). */
  firstAdmittedAt?: number;
  lastAdmittedAt?: number;
}

export interface ProxyStats {
  requests: number;
  throttled: number;
  serverErrors: number;
  byCategory: Partial<Record<QuotaCategoryName, CategoryStats>>;
  /**
   * Throttled answers by the pool they were about, under its id: a CreateUserPool refused before the
   * pool existed is counted under its name until a create of that name succeeds.
   */
  throttledByPool: Record<string, number>;
}

export interface ThrottlingProxy {
  endpoint: string;
  stats: ProxyStats;
  close(): Promise<void>;
}

/** The operation an AWS JSON 1.1 request names in its X-Amz-Target header. */
function operationOf(request: http.IncomingMessage): string {
  const target = request.headers["x-amz-target"];
  const value = Array.isArray(target) ? target[0] : target;
  return value?.split(".").pop() ?? "";
}

/** The pool a request is about: its id (given, or the last part of a pool ARN), or its name for CreateUserPool. */
function poolOf(body: Buffer): string | undefined {
  try {
    const parsed = JSON.parse(body.toString("utf8")) as {
      UserPoolId?: unknown;
      ResourceArn?: unknown;
      PoolName?: unknown;
    };
    const fromArn = typeof parsed.ResourceArn === "string" ? parsed.ResourceArn.split("userpool/")[1] : undefined;
    const pool = parsed.UserPoolId ?? fromArn ?? parsed.PoolName;
    return typeof pool === "string" ? pool : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Cognito's throttling answer: HTTP 400, an AWS JSON 1.1 body whose `__type` names the exception,
 * and the same name in `x-amzn-ErrorType`. The AWS SDK for JavaScript v3 reads the code of an AWS
 * JSON error from `__type` first, then `code`, then the `x-amzn-ErrorType` header, cutting a
 * `namespace#` prefix and a `:…` suffix (loadJsonRpcErrorCode in @smithy/core 3.41.1,
 * https://github.com/smithy-lang/smithy-typescript/blob/main/packages/core/src/submodules/protocols/json/parseJsonBody.ts),
 * and its retry strategies treat TooManyRequestsException as a throttling error (THROTTLING_ERROR_CODES,
 * https://github.com/smithy-lang/smithy-typescript/blob/main/packages/core/src/submodules/retry/service-error-classification/constants.ts).
 * The exception and its HTTP status are those of the Cognito API reference's error table, e.g.
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#API_CreateUserPool_Errors
 */
export function writeTooManyRequests(response: http.ServerResponse): void {
  response.writeHead(400, {
    "content-type": "application/x-amz-json-1.1",
    "x-amzn-errortype": "TooManyRequestsException",
    "x-amzn-requestid": randomUUID(),
  });
  response.end(JSON.stringify({ __type: "TooManyRequestsException", message: "Rate exceeded" }));
}

function writeInternalError(response: http.ServerResponse): void {
  response.writeHead(500, {
    "content-type": "application/x-amz-json-1.1",
    "x-amzn-errortype": "InternalErrorException",
    "x-amzn-requestid": randomUUID(),
  });
  response.end(JSON.stringify({ __type: "InternalErrorException", message: "injected fault" }));
}

export async function startThrottlingProxy(
  target: string,
  options: { faults?: FaultOptions; quotas?: QuotaOptions },
): Promise<ThrottlingProxy> {
  let state = (options.faults?.seed ?? 42) >>> 0;
  const random = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  // Per category: the account's bucket and the rate of its per-pool cap, if it has one.
  const quotas = new Map<QuotaCategoryName, { account: TokenBucket; perPoolRps?: number }>();
  const poolBuckets = new Map<string, TokenBucket>();
  // A second's worth of burst, at least one request, as a token bucket at `rps` allows.
  const bucketAt = (rps: number): TokenBucket => new TokenBucket(rps, Math.max(1, rps));
  const stats: ProxyStats = { requests: 0, throttled: 0, serverErrors: 0, byCategory: {}, throttledByPool: {} };
  const scale = options.quotas?.scale;
  if (scale !== undefined) {
    for (const [name, category] of Object.entries(COGNITO_QUOTA_CATEGORIES) as Array<
      [QuotaCategoryName, QuotaCategory]
    >) {
      const rps = category.defaultRps * scale;
      const perPoolRps = category.perPoolOperationRps && category.perPoolOperationRps * scale;
      quotas.set(name, { account: bucketAt(rps), perPoolRps });
      stats.byCategory[name] = { rps, admitted: 0, throttled: 0, throttledByPoolCap: 0 };
    }
  }
  const throttle = (response: http.ServerResponse, pool: string | undefined): void => {
    stats.throttled += 1;
    const key = pool ?? "(no pool)";
    stats.throttledByPool[key] = (stats.throttledByPool[key] ?? 0) + 1;
    writeTooManyRequests(response);
  };
  // A created pool's throttled creates, counted under its name, move to its id (CreateUserPool's
  // answer holds UserPool.Id:
  // https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#API_CreateUserPool_ResponseSyntax).
  // The count is looked up again when the answer ends: another create of the same name may have
  // moved it meanwhile.
  const countUnderId = (name: string, answer: Buffer): void => {
    try {
      const id = (JSON.parse(answer.toString("utf8")) as { UserPool?: { Id?: unknown } }).UserPool?.Id;
      if (typeof id !== "string" || stats.throttledByPool[name] === undefined) return;
      stats.throttledByPool[id] = (stats.throttledByPool[id] ?? 0) + stats.throttledByPool[name];
      delete stats.throttledByPool[name];
    } catch {
      // Not a created pool (an error answer): the name keeps its count.
    }
  };
  const targetUrl = new URL(target);
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      stats.requests += 1;
      const body = Buffer.concat(chunks);
      const pool = poolOf(body);
      if (options.faults) {
        const draw = random();
        if (draw < options.faults.throttleRate) return throttle(response, pool);
        if (draw < options.faults.throttleRate + options.faults.serverErrorRate) {
          stats.serverErrors += 1;
          return writeInternalError(response);
        }
      }
      const operation = operationOf(request);
      const category = quotaCategoryOf(operation);
      const quota = category && quotas.get(category);
      const categoryStats = category && stats.byCategory[category];
      if (quota && categoryStats) {
        let poolBucket: TokenBucket | undefined;
        if (quota.perPoolRps !== undefined && pool !== undefined) {
          const key = `${operation} ${pool}`;
          poolBucket = poolBuckets.get(key) ?? bucketAt(quota.perPoolRps);
          poolBuckets.set(key, poolBucket);
        }
        // Admitted only when both the pool's cap and the account's rate allow it, and only then is
        // a token taken from each: a refused request spends neither.
        if (poolBucket && !poolBucket.hasToken()) {
          categoryStats.throttled += 1;
          categoryStats.throttledByPoolCap += 1;
          return throttle(response, pool);
        }
        if (!quota.account.tryTake()) {
          categoryStats.throttled += 1;
          return throttle(response, pool);
        }
        poolBucket?.tryTake();
        const now = performance.now();
        categoryStats.admitted += 1;
        categoryStats.firstAdmittedAt ??= now;
        categoryStats.lastAdmittedAt = now;
      }
      const upstream = http.request(
        {
          host: targetUrl.hostname,
          port: targetUrl.port,
          method: request.method,
          path: request.url,
          headers: request.headers,
        },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          if (operation === "CreateUserPool" && pool !== undefined && stats.throttledByPool[pool] !== undefined) {
            const answerChunks: Buffer[] = [];
            answer.on("data", (chunk: Buffer) => answerChunks.push(chunk));
            answer.on("end", () => countUnderId(pool, Buffer.concat(answerChunks)));
          }
          answer.pipe(response);
        },
      );
      upstream.on("error", () => {
        response.writeHead(502);
        response.end();
      });
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stats,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A proxy that injects faults only: `throttleRate` TooManyRequestsException, `serverErrorRate` HTTP 500. */
export function startFaultProxy(
  target: string,
  throttleRate: number,
  serverErrorRate: number,
  seed = 42,
): Promise<ThrottlingProxy> {
  return startThrottlingProxy(target, { faults: { throttleRate, serverErrorRate, seed } });
}
