/**
 * A loopback HTTP proxy in front of an emulator that answers a chosen fraction of requests with
 * Cognito's TooManyRequestsException (HTTP 400) and another fraction with HTTP 500, so the
 * client's retries can be measured. Faults are drawn from a seeded generator: runs repeat.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";

export interface FaultProxy {
  endpoint: string;
  stats: { requests: number; throttled: number; serverErrors: number };
  close(): Promise<void>;
}

export async function startFaultProxy(
  target: string,
  throttleRate: number,
  serverErrorRate: number,
  seed = 42,
): Promise<FaultProxy> {
  let state = seed >>> 0;
  const random = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const stats = { requests: 0, throttled: 0, serverErrors: 0 };
  const targetUrl = new URL(target);
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      stats.requests += 1;
      const draw = random();
      if (draw < throttleRate) {
        stats.throttled += 1;
        response.writeHead(400, { "content-type": "application/x-amz-json-1.1" });
        response.end(JSON.stringify({ __type: "TooManyRequestsException", message: "Rate exceeded" }));
        return;
      }
      if (draw < throttleRate + serverErrorRate) {
        stats.serverErrors += 1;
        response.writeHead(500, { "content-type": "application/x-amz-json-1.1" });
        response.end(JSON.stringify({ __type: "InternalErrorException", message: "injected fault" }));
        return;
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
          answer.pipe(response);
        },
      );
      upstream.on("error", () => {
        response.writeHead(502);
        response.end();
      });
      upstream.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stats,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
