/**
 * Connection settings for the provider. They come from stack config (read in `configure()`) and
 * the standard AWS chain, never from resource inputs, so they never reach Pulumi state.
 */

/** The subset of Pulumi's dynamic-provider config the provider reads. */
export interface ConfigSource {
  get(key: string): string | undefined;
}

export interface ConnectionSettings {
  region?: string;
  endpoint?: string;
  profile?: string;
  maxAttempts: number;
  retryMode: "standard" | "adaptive" | "legacy";
}

export const DEFAULT_MAX_ATTEMPTS = 8;

/**
 * Reads `cognito:region`, `cognito:endpoint`, `cognito:profile`, `cognito:maxAttempts`,
 * `cognito:retryMode` and `aws:region`. What is unset is left to the AWS SDK's own chain
 * (AWS_REGION, AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER, AWS_PROFILE, shared config, SSO, roles).
 */
export function connectionSettingsFrom(config: ConfigSource | undefined): ConnectionSettings {
  const get = (key: string): string | undefined => {
    const value = config?.get(key);
    return value === undefined || value === "" ? undefined : value;
  };
  const maxAttemptsText = get("cognito:maxAttempts");
  const maxAttempts = maxAttemptsText === undefined ? DEFAULT_MAX_ATTEMPTS : Number(maxAttemptsText);
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new Error(`cognito:maxAttempts must be a whole number of 1 or more; got "${maxAttemptsText}".`);
  }
  const retryMode = get("cognito:retryMode") ?? "standard";
  if (retryMode !== "standard" && retryMode !== "adaptive" && retryMode !== "legacy") {
    throw new Error(`cognito:retryMode must be "standard", "adaptive" or "legacy"; got "${retryMode}".`);
  }
  return {
    region: get("cognito:region") ?? get("aws:region"),
    endpoint: get("cognito:endpoint"),
    profile: get("cognito:profile"),
    maxAttempts,
    retryMode,
  };
}
