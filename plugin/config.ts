/**
 * The plugin's provider configuration: stack config `cognito-userpool:<name>` (or the arguments of
 * an explicit provider resource). Each entry is read by the same connection settings the dynamic
 * resource reads from `cognito:<name>` (provider/config.ts), so both doors connect alike; the
 * schema's `config` section is generated from this list.
 */
import { DEFAULT_MAX_ATTEMPTS, type ConfigSource } from "../provider/config";

export interface PluginConfigSpec {
  readonly name: string;
  readonly type: "string" | "integer";
  readonly description: string;
}

export const PLUGIN_CONFIG: readonly PluginConfigSpec[] = [
  {
    name: "region",
    type: "string",
    description:
      "The AWS Region of the user pools. Unset, the AWS SDK's chain decides (AWS_REGION, the profile's region).",
  },
  {
    name: "endpoint",
    type: "string",
    description:
      "The Cognito endpoint URL, e.g. a local emulator. Unset, the AWS SDK's chain decides " +
      "(AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER, else the Region's public endpoint).",
  },
  {
    name: "profile",
    type: "string",
    description: "The shared-config profile whose credentials and Region to use. Unset: AWS_PROFILE, else default.",
  },
  {
    name: "maxAttempts",
    type: "integer",
    description: `How many times the AWS SDK tries a request (throttling included) before failing. Default ${DEFAULT_MAX_ATTEMPTS}.`,
  },
  {
    name: "retryMode",
    type: "string",
    description: 'The AWS SDK retry mode: "standard" (default), "adaptive" or "legacy".',
  },
];

/**
 * The engine hands Configure its variables keyed `cognito-userpool:config:<name>` (and, for an
 * explicit provider, plain `<name>` in its args); the core reads `cognito:<name>`.
 */
export function configSourceFrom(variables: ReadonlyMap<string, string>): ConfigSource {
  const byName = new Map<string, string>();
  for (const [key, value] of variables) byName.set(key.split(":").pop() ?? key, value);
  return {
    get: (key) => {
      const [namespace, name] = key.split(":");
      return namespace === "cognito" ? byName.get(name) : undefined;
    },
  };
}
