import { COGNITO_DEFAULTS } from "../cognitoDefaults";
import { definePolicy, USER_POOLS } from "../policy";
import { literal } from "../text";
import { PASSWORD_REQUIREMENTS, type PasswordRequirement, type UserPoolView } from "../userPoolView";

export type PasswordPolicyConfig = {
  /** Fewest characters a password may have (AWS Config's minLength). */
  readonly minimumLength: number;
  /** Each character class a password must contain (AWS Config's parameters of the same names). */
  readonly requireUppercase: boolean;
  readonly requireLowercase: boolean;
  readonly requireNumbers: boolean;
  readonly requireSymbols: boolean;
  /** Most days a temporary password (from AdminCreateUser) stays valid (AWS Config's temporaryPasswordValidity). */
  readonly maxTemporaryPasswordValidityDays: number;
  /** Fail a pool that declares no password policy, even though Cognito's default would pass (cdk-nag COG1). */
  readonly requireDeclaredPolicy: boolean;
};

const DEFAULT_POLICY = COGNITO_DEFAULTS.passwordPolicy;

const WHAT: Record<PasswordRequirement, string> = {
  requireUppercase: "an uppercase letter",
  requireLowercase: "a lowercase letter",
  requireNumbers: "a number",
  requireSymbols: "a symbol",
};

/** A setting as Cognito will apply it (undefined: unknown), and how the program arrives at it (for the message). */
interface Judged<T> {
  readonly value: T;
  readonly how: string;
}

interface JudgedPolicy {
  readonly declared: boolean;
  readonly minimumLength: Judged<number | undefined>;
  readonly requirements: Record<PasswordRequirement, Judged<boolean>>;
  readonly temporaryPasswordValidityDays: Judged<number> & { readonly legacy: boolean };
}

/**
 * How long temporary passwords stay valid: TemporaryPasswordValidityDays when set (0 counts as
 * not set), else the legacy UnusedAccountValidityDays when set, else 7 (cognitoDefaults.ts).
 */
function temporaryValidity(
  pool: UserPoolView,
  days: number | undefined,
): JudgedPolicy["temporaryPasswordValidityDays"] {
  if (days !== undefined && days !== 0) return { value: days, how: `got ${days}`, legacy: false };
  const legacy = pool.unusedAccountValidityDays;
  const unset = days === 0 ? "got 0, which Cognito treats as not set" : "not set";
  if (legacy !== undefined && legacy !== 0) {
    return {
      value: legacy,
      how: `${pool.path("temporaryPasswordValidityDays")} ${unset}, so the legacy ${pool.path("unusedAccountValidityDays")} ${legacy} applies`,
      legacy: true,
    };
  }
  const fallback = COGNITO_DEFAULTS.temporaryPasswordValidityDays;
  return { value: fallback, how: `${unset}, so Cognito's default ${fallback} applies`, legacy: false };
}

/** The effective password settings of a pool, judged by Cognito's defaults where left out (cognitoDefaults.ts). */
function judge(pool: UserPoolView): JudgedPolicy {
  const declared = pool.passwordPolicy;
  if (declared === undefined) {
    const how = (v: unknown) =>
      `${pool.path("passwordPolicy")} is not set, so Cognito's default policy applies, with ${literal(v)}`;
    const requirement = (r: PasswordRequirement) => ({ value: DEFAULT_POLICY[r], how: how(DEFAULT_POLICY[r]) });
    const validity = temporaryValidity(pool, undefined);
    return {
      declared: false,
      minimumLength: { value: DEFAULT_POLICY.minimumLength, how: how(DEFAULT_POLICY.minimumLength) },
      requirements: {
        requireUppercase: requirement("requireUppercase"),
        requireLowercase: requirement("requireLowercase"),
        requireNumbers: requirement("requireNumbers"),
        requireSymbols: requirement("requireSymbols"),
      },
      temporaryPasswordValidityDays: validity.legacy
        ? validity
        : { ...validity, how: how(DEFAULT_POLICY.temporaryPasswordValidityDays) },
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
  return {
    declared: true,
    minimumLength:
      length === undefined
        ? {
            value: COGNITO_DEFAULTS.minimumLengthInDeclaredPolicy,
            how: "not set inside a declared password policy, where AWS documents no default for it",
          }
        : { value: length, how: `got ${length}` },
    requirements: {
      requireUppercase: flag("requireUppercase"),
      requireLowercase: flag("requireLowercase"),
      requireNumbers: flag("requireNumbers"),
      requireSymbols: flag("requireSymbols"),
    },
    temporaryPasswordValidityDays: temporaryValidity(pool, declared.temporaryPasswordValidityDays),
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

/**
 * Mirrors AWS Security Hub Cognito.3
 * (https://docs.aws.amazon.com/securityhub/latest/userguide/cognito-controls.html#cognito-3) and the AWS
 * Config rule behind it, cognito-user-pool-password-policy-check, "NON_COMPLIANT if the user pool
 * password policy does not meet the specified requirements", whose parameters are minLength
 * (default 8), requireUppercase, requireLowercase, requireNumbers, requireSymbols (each default
 * true) and temporaryPasswordValidity (default 7)
 * (https://docs.aws.amazon.com/config/latest/developerguide/cognito-user-pool-password-policy-check.html):
 * here minimumLength, the four require* of the same names and maxTemporaryPasswordValidityDays,
 * with the same defaults. A require* configured false stops checking that class; true requires it.
 * Prowler's cognito_user_pool_password_policy_{lowercase,uppercase,number,symbol},
 * cognito_user_pool_password_policy_minimum_length_14 and cognito_user_pool_temporary_password_expiration
 * (<= 7 days) (prowler-cloud/prowler prowler/providers/aws/services/cognito/) read the live pool and
 * so see Cognito's defaults: minimumLength 14 is their length check.
 * cdk-nag AwsSolutions-COG1 (cdklabs/cdk-nag src/rules/cognito/CognitoUserPoolStrongPasswordPolicy.ts)
 * is a template check of Policies.PasswordPolicy that fails when the policy or its MinimumLength is
 * missing or the length is below 8, and when RequireUppercase, RequireNumbers or RequireSymbols is
 * not true; it reads neither RequireLowercase nor TemporaryPasswordValidityDays. So
 * { requireDeclaredPolicy: true, requireLowercase: false, maxTemporaryPasswordValidityDays: 365 }
 * (365: Cognito's maximum, never exceeded) is COG1 exactly; the peer fixtures test it.
 */
export const passwordPolicyPolicy = definePolicy<PasswordPolicyConfig, UserPoolView>({
  name: "cognito-user-pool-password-policy",
  displayName: "Cognito user pool password policy",
  description:
    "Cognito user pools must require long passwords with uppercase letters, lowercase letters, numbers and symbols " +
    "(each configurable), and expire temporary passwords within a week. Mirrors AWS Security Hub Cognito.3, AWS Config " +
    "cognito-user-pool-password-policy-check, Prowler's cognito_user_pool_password_policy_* and " +
    "cognito_user_pool_temporary_password_expiration checks, and cdk-nag AwsSolutions-COG1.",
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
      description:
        "Fewest characters a password may have (AWS Config's minLength; Cognito allows 6-99; Prowler asks for 14).",
    },
    requireUppercase: {
      type: "boolean",
      description: "Require an uppercase letter (AWS Config's requireUppercase); false stops checking it.",
    },
    requireLowercase: {
      type: "boolean",
      description:
        "Require a lowercase letter (AWS Config's requireLowercase); false stops checking it (cdk-nag COG1 does not).",
    },
    requireNumbers: {
      type: "boolean",
      description: "Require a number (AWS Config's requireNumbers); false stops checking it.",
    },
    requireSymbols: {
      type: "boolean",
      description: "Require a symbol (AWS Config's requireSymbols); false stops checking it.",
    },
    maxTemporaryPasswordValidityDays: {
      type: "integer",
      minimum: 1,
      maximum: 365,
      description:
        "Most days a temporary password may stay valid (AWS Config's temporaryPasswordValidity; 365, Cognito's " +
        "maximum, never fails).",
    },
    requireDeclaredPolicy: {
      type: "boolean",
      description:
        "Fail a pool that declares no password policy, as cdk-nag AwsSolutions-COG1 does (COG1 exactly: with " +
        "requireLowercase false and maxTemporaryPasswordValidityDays 365).",
    },
  },
  configDefaults: {
    minimumLength: 8,
    requireUppercase: true,
    requireLowercase: true,
    requireNumbers: true,
    requireSymbols: true,
    maxTemporaryPasswordValidityDays: 7,
    requireDeclaredPolicy: false,
  },
  appliesTo: USER_POOLS,
  check(pool, config, report) {
    const judged = judge(pool);
    const fix = (field: "minimumLength" | "temporaryPasswordValidityDays" | PasswordRequirement, value: string) =>
      judged.declared
        ? `set ${pool.path(field)}: ${value}`
        : `set ${pool.path("passwordPolicy")}: ${wholePolicy(config)} (a declared policy requires only what it says)`;

    if (!judged.declared && config.requireDeclaredPolicy) {
      report(
        `${pool.subject} must declare its password policy (${pool.path("passwordPolicy")} is not set, and this ` +
          `policy is configured with requireDeclaredPolicy: true); set ${pool.path("passwordPolicy")}: ${wholePolicy(config)}.`,
      );
      return;
    }
    const length = judged.minimumLength;
    if (length.value === undefined || length.value < config.minimumLength) {
      report(
        `${pool.subject} must require passwords of at least ${config.minimumLength} characters ` +
          `(${length.how}); ${fix("minimumLength", String(config.minimumLength))}.`,
      );
    }
    for (const requirement of PASSWORD_REQUIREMENTS) {
      const r = judged.requirements[requirement];
      if (config[requirement] && !r.value) {
        report(
          `${pool.subject} must require ${WHAT[requirement]} in every password (${r.how}); ${fix(requirement, "true")}.`,
        );
      }
    }
    const days = judged.temporaryPasswordValidityDays;
    if (days.value > config.maxTemporaryPasswordValidityDays) {
      const max = String(config.maxTemporaryPasswordValidityDays);
      const remedy =
        days.legacy && judged.declared
          ? `set ${pool.path("temporaryPasswordValidityDays")}: ${max}, which replaces the legacy setting`
          : days.legacy
            ? `${fix("temporaryPasswordValidityDays", max)}; its temporaryPasswordValidityDays replaces the legacy setting`
            : fix("temporaryPasswordValidityDays", max);
      report(`${pool.subject} must expire temporary passwords within ${max} days (${days.how}); ${remedy}.`);
    }
  },
});
