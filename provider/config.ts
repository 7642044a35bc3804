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
 * One try and 25 retries, as Terraform's AWS provider and @pulumi/aws (`max_retries`,
 * `aws:maxRetries`: "If omitted, the default value is 25", hashicorp/terraform-provider-aws
 * website/docs/index.html.markdown). A stack in a fleet can wait out a shared quota this long.
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
  // "standard" stays the default: measured with examples/fleet (100 tenant stacks, 8 at once) through
  // the quota proxy in front of moto (`npm run bench -- --fleet`, bench/results/fleet*.md, 2026-12-05),
  // adaptive was a little faster at a tenth of Cognito's pool quotas (179.7 s, 1.35x the quota floor,
  // against 193.4 s, 1.43x) but far slower at a twentieth (716.8 s, 2.69x, no tenant failed, against
  // 509.8 s, 1.63x, one tenant failed after three tries): each stack's provider is its own short-lived
  // client, so adaptive's client-side rate estimate starts from nothing per stack and then paces too low.
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
