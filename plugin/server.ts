/**
 * Serves a UserPoolPlugin with `@pulumi/pulumi/provider`'s main(), plus provider configuration.
 *
 * main() of @pulumi/pulumi 3.248.0 answers Configure without looking at its variables
 * (provider/server.js: `configure(call, callback)` only sets acceptSecrets/acceptResources), and its
 * Provider interface has no configure. The plugin needs them (`cognito-userpool:region`,
 * `:endpoint`, ...), so before main() registers its gRPC service this wraps that service's
 * configure: it hands the variables to the plugin, then lets main()'s own answer go out.
 */
import * as path from "node:path";
import { main } from "@pulumi/pulumi/provider";
import { configSourceFrom } from "./config";
import type { UserPoolPlugin } from "./provider";

interface ConfigureCall {
  request: {
    getVariablesMap(): { toArray(): Array<[string, string]> };
    getArgs(): { toJavaScript(): Record<string, unknown> } | undefined;
  };
}
type Callback = (error: unknown, value?: unknown) => void;
type Handler = (call: ConfigureCall, callback: Callback) => void;
interface GrpcServerClass {
  prototype: { addService(service: unknown, implementation: Record<string, unknown>): void };
}

/** The @grpc/grpc-js instance @pulumi/pulumi's provider server uses (resolved from its directory). */
function pulumisGrpc(): { Server: GrpcServerClass } {
  const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the instance resolved from @pulumi/pulumi, not ours
  return require(require.resolve("@grpc/grpc-js", { paths: [pulumiDir] })) as { Server: GrpcServerClass };
}

function withConfigure(plugin: UserPoolPlugin): void {
  const server = pulumisGrpc().Server.prototype;
  const addService = server.addService;
  server.addService = function (service: unknown, implementation: Record<string, unknown>) {
    const original = implementation.configure as Handler | undefined;
    if (typeof original === "function") {
      implementation.configure = (call: ConfigureCall, callback: Callback) => {
        const variables = new Map(call.request.getVariablesMap().toArray());
        for (const [key, value] of Object.entries(call.request.getArgs()?.toJavaScript() ?? {})) {
          if (typeof value === "string" || typeof value === "number") variables.set(key, String(value));
        }
        plugin.configure(configSourceFrom(variables)).then(
          () => original.call(implementation, call, callback),
          (error: unknown) => callback(error),
        );
      };
    }
    return addService.call(this, service, implementation);
  };
}

export function serve(plugin: UserPoolPlugin, args: string[]): Promise<void> {
  withConfigure(plugin);
  return main(plugin, args);
}
