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

/**
 * One try and 25 retries, as Terraform's AWS provider and @pulumi/aws: `max_retries` / `aws:maxRetries`,
 * "If omitted, the default value is `25`" (https://registry.terraform.io/providers/hashicorp/aws/latest/docs,
 * argument reference; the same text in @pulumi/aws's installation-configuration page). A stack in a
 * fleet can wait out a shared quota this long.
 */
export const DEFAULT_MAX_ATTEMPTS = 26;

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
  // "standard" (the SDK's standard strategy with the wait capped, provider/retry.ts) stays the
  // default: measured with examples/fleet (100 tenant stacks, 8 at once) through the quota proxy in
  // front of moto (`npm run bench -- --fleet`, bench/results/fleet.md, 2026-12-07). Where the quota
  // bounds the run (a fortieth of Cognito's rates, a 267 s floor for the calls the fleet needs; the
  // fleet alone takes 146-160 s on 2 cores), standard took 309 s (1.16x) against adaptive's 367 s
  // (1.37x); no tenant failed, and a second run of the tenant's stack was needed by 6 tenants with
  // standard, 1 with adaptive. At a twentieth standard took 174 s, near what the machine allows,
  // and adaptive 205 s. Adaptive's client-side rate estimate is per client, and each stack's
  // provider is its own short-lived client, so it starts from nothing per stack and then paces too
  // low. Before the cap (the SDK's 20 s, 8 attempts; the earlier quota model) standard took 1.63x at
  // a twentieth and one tenant failed after three tries.
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
