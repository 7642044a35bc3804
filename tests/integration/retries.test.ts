/**
 * Throttling is retried by the SDK client's retry settings, not by hand-written loops: a small
 * HTTP server on 127.0.0.1 answers TooManyRequestsException a chosen number of times first.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import type { AddressInfo } from "node:net";
import { UserPoolProvider } from "../../provider/userPoolProvider";

interface ThrottlingServer {
  endpoint: string;
  requests: () => number;
  close: () => Promise<void>;
}

async function throttlingServer(throttledAnswers: number): Promise<ThrottlingServer> {
  let count = 0;
  const server = http.createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      count += 1;
      response.setHeader("content-type", "application/x-amz-json-1.1");
      if (count <= throttledAnswers) {
        response.statusCode = 400;
        response.end(JSON.stringify({ __type: "TooManyRequestsException", message: "Rate exceeded" }));
        return;
      }
      response.end(
        JSON.stringify({
          UserPool: {
            Id: "us-east-1_retry",
            Name: "p",
            Arn: "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_retry",
          },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests: () => count,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function configuredProvider(endpoint: string, extra: Record<string, string> = {}): Promise<UserPoolProvider> {
  const provider = new UserPoolProvider();
  const config: Record<string, string> = { "cognito:endpoint": endpoint, "cognito:region": "us-east-1", ...extra };
  await provider.configure({ config: { get: (key: string) => config[key] } });
  return provider;
}

describe("integration: throttling is retried by the client", function () {
  const saved = { ...process.env };
  before(() => Object.assign(process.env, { AWS_ACCESS_KEY_ID: "test", AWS_SECRET_ACCESS_KEY: "test" }));
  after(() => {
    process.env = saved;
  });

  it("retries TooManyRequestsException with backoff and succeeds", async function () {
    const server = await throttlingServer(2);
    try {
      const provider = await configuredProvider(server.endpoint);
      const result = await provider.read("us-east-1_retry", { poolName: "p" });
      assert.equal(result.id, "us-east-1_retry");
      assert.equal(server.requests(), 3);
    } finally {
      await server.close();
    }
  });

  it("gives up after cognito:maxAttempts and says which setting to raise", async function () {
    const server = await throttlingServer(100);
    try {
      const provider = await configuredProvider(server.endpoint, { "cognito:maxAttempts": "2" });
      await assert.rejects(provider.read("us-east-1_retry", { poolName: "p" }), {
        message: /TooManyRequestsException.*cognito:maxAttempts/s,
      });
      assert.equal(server.requests(), 2);
    } finally {
      await server.close();
    }
  });

  it("logs each call's command name (and nothing else) when PULUMI_COGNITO_API_CALL_LOG is set, for the benchmarks", async function () {
    const server = await throttlingServer(1);
    const logFile = path.join(os.tmpdir(), `api-calls-${process.pid}.log`);
    process.env.PULUMI_COGNITO_API_CALL_LOG = logFile;
    try {
      const provider = await configuredProvider(server.endpoint);
      await provider.read("us-east-1_retry", { poolName: "p" });
      assert.equal(fs.readFileSync(logFile, "utf8"), "DescribeUserPoolCommand\n", "one call, however many attempts");
    } finally {
      delete process.env.PULUMI_COGNITO_API_CALL_LOG;
      fs.rmSync(logFile, { force: true });
      await server.close();
    }
  });
});
