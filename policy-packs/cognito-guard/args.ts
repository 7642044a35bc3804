/**
 * `new CognitoGuard({...})` arguments, modelled on @pulumi/awsguard's: `all` sets every policy's
 * enforcement level, and a short key per policy takes either a level or an object with
 * `enforcementLevel` and that policy's configuration.
 */
import type { EnforcementLevel } from "@pulumi/policy";
import type { AccountRecoveryConfig } from "./policies/accountRecovery";
import type { MfaConfig } from "./policies/mfa";
import type { PasswordPolicyConfig } from "./policies/passwordPolicy";
import type { RequiredTagsConfig } from "./policies/requiredTags";
import type { ThreatProtectionConfig } from "./policies/threatProtection";

/** A level for a policy without remediation (there "remediate" would only act as "mandatory"). */
export type ValidationLevel = Exclude<EnforcementLevel, "remediate">;

type LevelArgs<L extends EnforcementLevel = ValidationLevel> = { readonly enforcementLevel?: L };

export type DeletionProtectionArgs = LevelArgs<EnforcementLevel>;
export type PasswordPolicyArgs = LevelArgs & Partial<PasswordPolicyConfig>;
export type MfaArgs = LevelArgs & Partial<MfaConfig>;
export type ThreatProtectionArgs = LevelArgs & Partial<ThreatProtectionConfig>;
export type AccountRecoveryArgs = LevelArgs & Partial<AccountRecoveryConfig>;
export type RequiredTagsArgs = LevelArgs & Partial<RequiredTagsConfig>;
/** A policy with no configuration: only its level. */
export type LevelOnlyArgs = LevelArgs;

export interface CognitoGuardArgs {
  /** Enforcement level of every policy; a policy's own setting below wins over it. */
  readonly all?: EnforcementLevel;
  /** cognito-user-pool-deletion-protection (default "mandatory"; "remediate" sets ACTIVE). */
  readonly deletionProtection?: EnforcementLevel | DeletionProtectionArgs;
  /**
   * cognito-user-pool-password-policy (default "mandatory"; minimumLength 8, requireUppercase, requireLowercase,
   * requireNumbers and requireSymbols true, maxTemporaryPasswordValidityDays 7, requireDeclaredPolicy false).
   */
  readonly passwordPolicy?: ValidationLevel | PasswordPolicyArgs;
  /** cognito-user-pool-mfa (default "advisory"; allowOptional false, checkPasswordlessPools false). */
  readonly mfa?: ValidationLevel | MfaArgs;
  /** cognito-user-pool-threat-protection (default "advisory"; securityMode "ENFORCED"; allowAudit false, deprecated). */
  readonly threatProtection?: ValidationLevel | ThreatProtectionArgs;
  /** cognito-user-pool-custom-auth-threat-protection (default "advisory"). */
  readonly customAuthThreatProtection?: ValidationLevel | LevelOnlyArgs;
  /** cognito-user-pool-plus-tier (default "advisory"). */
  readonly plusTier?: ValidationLevel | LevelOnlyArgs;
  /** cognito-user-pool-self-signup (default "advisory"). */
  readonly selfSignup?: ValidationLevel | LevelOnlyArgs;
  /** cognito-user-pool-account-recovery (default "advisory"; allowSmsPreferred true). */
  readonly accountRecovery?: ValidationLevel | AccountRecoveryArgs;
  /** cognito-user-pool-case-insensitive-usernames (default "advisory"). */
  readonly caseInsensitiveUsernames?: ValidationLevel | LevelOnlyArgs;
  /**
   * cognito-user-pool-required-tags (default "disabled"; requiredTags []). Giving it tags without
   * a level enables it at "advisory", unless `all` sets a level.
   */
  readonly requiredTags?: ValidationLevel | RequiredTagsArgs;
  /** cognito-user-pool-client-prevent-user-existence-errors (default "mandatory"). */
  readonly clientUserExistenceErrors?: ValidationLevel | LevelOnlyArgs;
  /** cognito-user-pool-client-token-revocation (default "mandatory"). */
  readonly clientTokenRevocation?: ValidationLevel | LevelOnlyArgs;
  /** cognito-user-pool-client-no-user-password-auth (default "advisory"). */
  readonly clientUserPasswordAuth?: ValidationLevel | LevelOnlyArgs;
  /** cognito-user-pool-client-no-implicit-grant (default "advisory"). */
  readonly clientImplicitGrant?: ValidationLevel | LevelOnlyArgs;
  /** cognito-identity-pool-no-guest-access (default "mandatory"). */
  readonly identityPoolGuestAccess?: ValidationLevel | LevelOnlyArgs;
  /** cognito-identity-pool-no-classic-flow (default "advisory"). */
  readonly identityPoolClassicFlow?: ValidationLevel | LevelOnlyArgs;
}

/** The short key of each policy in `CognitoGuardArgs`. */
export type PolicyKey = Exclude<keyof CognitoGuardArgs, "all">;

const LEVELS: readonly EnforcementLevel[] = ["advisory", "mandatory", "remediate", "disabled"];

function checkLevel(where: string, value: unknown): EnforcementLevel | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string" && (LEVELS as readonly string[]).includes(value)) return value as EnforcementLevel;
  throw new Error(
    `CognitoGuard: ${where} must be one of ${LEVELS.map((l) => `"${l}"`).join(", ")}; got ${JSON.stringify(value)}.`,
  );
}

export interface ResolvedSettings {
  readonly level: EnforcementLevel;
  /** The policy's configuration given in code (without enforcementLevel). */
  readonly given: Readonly<Record<string, unknown>>;
}

/**
 * A policy's level and in-code configuration. The level is the policy's own, else `all`, else
 * "advisory" for a policy that is disabled by default but given configuration, else its default.
 */
export function resolveSettings(
  key: PolicyKey,
  defaultLevel: EnforcementLevel,
  args: CognitoGuardArgs,
): ResolvedSettings {
  const all = checkLevel("all", args.all);
  const own: unknown = args[key];
  let explicit: EnforcementLevel | undefined;
  let given: Record<string, unknown> = {};
  if (typeof own === "string") {
    explicit = checkLevel(key, own);
  } else if (typeof own === "object" && own !== null) {
    const { enforcementLevel, ...config } = own as Record<string, unknown>;
    explicit = checkLevel(`${key}.enforcementLevel`, enforcementLevel);
    given = config;
  } else if (own !== undefined) {
    throw new Error(`CognitoGuard: ${key} must be an enforcement level or an object; got ${JSON.stringify(own)}.`);
  }
  const configured = Object.values(given).some((v) => v !== undefined);
  const level = explicit ?? all ?? (defaultLevel === "disabled" && configured ? "advisory" : defaultLevel);
  return { level, given };
}
