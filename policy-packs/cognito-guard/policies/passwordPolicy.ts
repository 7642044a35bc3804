import { COGNITO_DEFAULTS } from "../cognitoDefaults";
import { definePolicy } from "../policy";
import { literal, subject } from "../text";
import { PASSWORD_REQUIREMENTS, type PasswordRequirement, type UserPoolView } from "../userPoolView";

export type PasswordPolicyConfig = {
  /** Fewest characters a password may have. */
  readonly minimumLength: number;
  /** Most days a temporary password (from AdminCreateUser) stays valid. */
  readonly maxTemporaryPasswordValidityDays: number;
};

const DEFAULT_POLICY = COGNITO_DEFAULTS.passwordPolicy;

const WHAT: Record<PasswordRequirement, string> = {
  requireUppercase: "an uppercase letter",
  requireLowercase: "a lowercase letter",
  requireNumbers: "a number",
  requireSymbols: "a symbol",
};

/** A setting as Cognito will apply it, and how the program arrives at it (for the message). */
interface Judged<T> {
  readonly value: T;
  readonly how: string;
}

/** The effective password settings of a pool, judged by Cognito's defaults where left out. */
function judge(pool: UserPoolView): {
  declared: boolean;
  minimumLength: Judged<number>;
  requirements: Record<PasswordRequirement, Judged<boolean>>;
  temporaryPasswordValidityDays: Judged<number>;
} {
  const declared = pool.passwordPolicy;
  if (declared === undefined) {
    const how = (v: unknown) =>
      `${pool.path("passwordPolicy")} is not set, so Cognito's default policy applies, with ${literal(v)}`;
    const requirement = (r: PasswordRequirement) => ({ value: DEFAULT_POLICY[r], how: how(DEFAULT_POLICY[r]) });
    return {
      declared: false,
      minimumLength: { value: DEFAULT_POLICY.minimumLength, how: how(DEFAULT_POLICY.minimumLength) },
      requirements: {
        requireUppercase: requirement("requireUppercase"),
        requireLowercase: requirement("requireLowercase"),
        requireNumbers: requirement("requireNumbers"),
        requireSymbols: requirement("requireSymbols"),
      },
      temporaryPasswordValidityDays: {
        value: DEFAULT_POLICY.temporaryPasswordValidityDays,
        how: how(DEFAULT_POLICY.temporaryPasswordValidityDays),
      },
    };
  }
  const flag = (r: PasswordRequirement): Judged<boolean> => {
    const v = declared[r];
    return v === undefined
      ? {
          value: COGNITO_DEFAULTS.omittedRequirementInDeclaredPolicy,
          how: "not set, and a requirement left out of a declared password policy is false",
        }
      : { value: v, how: `got ${literal(v)}` };
  };
  const length = declared.minimumLength;
  const days = declared.temporaryPasswordValidityDays;
  return {
    declared: true,
    minimumLength:
      length === undefined
        ? {
            value: DEFAULT_POLICY.minimumLength,
            how: `not set, so Cognito's default ${DEFAULT_POLICY.minimumLength} applies`,
          }
        : { value: length, how: `got ${length}` },
    requirements: {
      requireUppercase: flag("requireUppercase"),
      requireLowercase: flag("requireLowercase"),
      requireNumbers: flag("requireNumbers"),
      requireSymbols: flag("requireSymbols"),
    },
    temporaryPasswordValidityDays:
      days === undefined
        ? {
            value: DEFAULT_POLICY.temporaryPasswordValidityDays,
            how: `not set, so Cognito's default ${DEFAULT_POLICY.temporaryPasswordValidityDays} applies`,
          }
        : days === 0
          ? {
              value: COGNITO_DEFAULTS.temporaryPasswordValidityDaysWhenZero,
              how: "got 0, which Cognito treats as its default 7",
            }
          : { value: days, how: `got ${days}` },
  };
}

/** The whole password policy to declare when the program declares none. */
function wholePolicy(config: PasswordPolicyConfig): string {
  const days = Math.min(DEFAULT_POLICY.temporaryPasswordValidityDays, config.maxTemporaryPasswordValidityDays);
  return (
    `{ minimumLength: ${Math.max(config.minimumLength, DEFAULT_POLICY.minimumLength)}, requireUppercase: true, ` +
    `requireLowercase: true, requireNumbers: true, requireSymbols: true, temporaryPasswordValidityDays: ${days} }`
  );
}

export const passwordPolicyPolicy = definePolicy<PasswordPolicyConfig>({
  name: "cognito-user-pool-password-policy",
  displayName: "Cognito user pool password policy",
  description:
    "Cognito user pools must require long passwords with uppercase letters, lowercase letters, numbers and symbols, " +
    "and expire temporary passwords within a week. Mirrors AWS Security Hub Cognito.3, AWS Config " +
    "cognito-user-pool-password-policy-check and Prowler's six cognito_user_pool_password_policy_* and " +
    "cognito_user_pool_temporary_password_expiration checks.",
  severity: "high",
  defaultEnforcementLevel: "mandatory",
  remediationSteps:
    "Declare the whole password policy: minimumLength at least the configured minimum, the four require* flags " +
    "true, temporaryPasswordValidityDays at most the configured maximum.",
  configFields: {
    minimumLength: {
      type: "integer",
      minimum: 6,
      maximum: 99,
      description: "Fewest characters a password may have (Cognito allows 6-99; Prowler asks for 14).",
    },
    maxTemporaryPasswordValidityDays: {
      type: "integer",
      minimum: 1,
      maximum: 365,
      description: "Most days a temporary password may stay valid.",
    },
  },
  configDefaults: { minimumLength: 8, maxTemporaryPasswordValidityDays: 7 },
  check(pool, config, report) {
    const judged = judge(pool);
    const fix = (field: "minimumLength" | "temporaryPasswordValidityDays" | PasswordRequirement, value: string) =>
      judged.declared
        ? `set ${pool.path(field)}: ${value}`
        : `set ${pool.path("passwordPolicy")}: ${wholePolicy(config)} (a declared policy requires only what it says)`;

    if (judged.minimumLength.value < config.minimumLength) {
      report(
        `${subject(pool.name)} must require passwords of at least ${config.minimumLength} characters ` +
          `(${judged.minimumLength.how}); ${fix("minimumLength", String(config.minimumLength))}.`,
      );
    }
    for (const requirement of PASSWORD_REQUIREMENTS) {
      const r = judged.requirements[requirement];
      if (!r.value) {
        report(
          `${subject(pool.name)} must require ${WHAT[requirement]} in every password (${r.how}); ` +
            `${fix(requirement, "true")}.`,
        );
      }
    }
    const days = judged.temporaryPasswordValidityDays;
    if (days.value > config.maxTemporaryPasswordValidityDays) {
      report(
        `${subject(pool.name)} must expire temporary passwords within ${config.maxTemporaryPasswordValidityDays} ` +
          `days (${days.how}); ${fix("temporaryPasswordValidityDays", String(config.maxTemporaryPasswordValidityDays))}.`,
      );
    }
  },
});
