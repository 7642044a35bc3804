/**
 * What Cognito does with what a request leaves out. Two different questions, two tables:
 *
 * 1. COGNITO_DEFAULTS: a whole top-level setting left out (CreateUserPool without `Policies`,
 *    or an UpdateUserPool that omits it, which "sets it to its default value":
 *    https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserPool.html).
 *    The values are what DescribeUserPool reports for a pool that never set the setting (for the
 *    password policy: 8 characters, all four character classes required, 7 days, as in AWS's own
 *    example output of `aws cognito-idp create-user-pool --pool-name MyUserPool`:
 *    https://github.com/aws/aws-cli/blob/develop/awscli/examples/cognito-idp/create-user-pool.rst).
 *    It feeds the `@default` of the generated arg docs, lets the generator leave a setting out
 *    that is entirely at its default, and is what a setting removed from a program goes back to.
 *
 * 2. OMITTED_MEMBER_DEFAULTS: a member left out of an object that *is* given. AWS documents very
 *    few of these. PasswordPolicyType
 *    (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_PasswordPolicyType.html)
 *    states a default only for TemporaryPasswordValidityDays ("Defaults to 7"; 0 means the same)
 *    and PasswordHistorySize (0 or not provided: not enforced). For MinimumLength and
 *    RequireUppercase/RequireLowercase/RequireNumbers/RequireSymbols it says only "Required: No".
 *    The two AWS-authored tools disagree about them: CloudFormation refuses a PasswordPolicy
 *    without MinimumLength (aws-cdk PR 6971, https://github.com/aws/aws-cdk/pull/6971), and the
 *    CDK documents the four flags as `@default true` while passing them unset
 *    (aws-cdk-lib/aws-cognito/lib/user-pool.ts, configurePasswordPolicy). So the meaning of an
 *    omitted requirement inside a declared password policy is not established by AWS, and nothing
 *    here relies on it: the generator writes every member of an object it writes except the
 *    documented ones below, and an update keeps the live value of a member the program never
 *    declared (provider/threeWay.ts). A policy judging a declared policy must not assume `true`.
 */
import { USER_POOL_FIELDS } from "./fields";
import { argPath } from "./naming";
import { isPlainObject, sameValue } from "./values";

/** The verification and invitation texts Cognito fills in when a pool sets none (trailing space included). */
const VERIFICATION_CODE_MESSAGE = "Your verification code is {####}. ";
const VERIFICATION_CODE_SUBJECT = "Your verification code";
const INVITATION_MESSAGE = "Your username is {username} and temporary password is {####}. ";

export const COGNITO_DEFAULTS: Readonly<Record<string, unknown>> = {
  DeletionProtection: "INACTIVE",
  MfaConfiguration: "OFF",
  UserPoolTier: "ESSENTIALS",
  SmsVerificationMessage: VERIFICATION_CODE_MESSAGE,
  EmailVerificationMessage: VERIFICATION_CODE_MESSAGE,
  EmailVerificationSubject: VERIFICATION_CODE_SUBJECT,
  "Policies.PasswordPolicy.MinimumLength": 8,
  "Policies.PasswordPolicy.RequireUppercase": true,
  "Policies.PasswordPolicy.RequireLowercase": true,
  "Policies.PasswordPolicy.RequireNumbers": true,
  "Policies.PasswordPolicy.RequireSymbols": true,
  "Policies.PasswordPolicy.TemporaryPasswordValidityDays": 7,
  "Policies.SignInPolicy.AllowedFirstAuthFactors": ["PASSWORD"],
  "AdminCreateUserConfig.AllowAdminCreateUserOnly": false,
  "AdminCreateUserConfig.UnusedAccountValidityDays": 7,
  "AdminCreateUserConfig.InviteMessageTemplate.SMSMessage": INVITATION_MESSAGE,
  "AdminCreateUserConfig.InviteMessageTemplate.EmailMessage": INVITATION_MESSAGE,
  "AdminCreateUserConfig.InviteMessageTemplate.EmailSubject": "Your temporary password",
  "UserPoolAddOns.AdvancedSecurityMode": "OFF",
  "VerificationMessageTemplate.DefaultEmailOption": "CONFIRM_WITH_CODE",
  "VerificationMessageTemplate.SmsMessage": VERIFICATION_CODE_MESSAGE,
  "VerificationMessageTemplate.EmailMessage": VERIFICATION_CODE_MESSAGE,
  "VerificationMessageTemplate.EmailSubject": VERIFICATION_CODE_SUBJECT,
  "EmailConfiguration.EmailSendingAccount": "COGNITO_DEFAULT",
  "DeviceConfiguration.ChallengeRequiredOnNewDevice": false,
  "DeviceConfiguration.DeviceOnlyRememberedOnUserPrompt": false,
  "KeyConfiguration.KeyType": "AWS_OWNED_KEY",
  "SoftwareTokenMfaConfiguration.Enabled": false,
  "WebAuthnConfiguration.UserVerification": "preferred",
};

/** Members whose value when omitted from an object that is given is documented by AWS (see above). */
export const OMITTED_MEMBER_DEFAULTS: Readonly<Record<string, unknown>> = {
  "Policies.PasswordPolicy.TemporaryPasswordValidityDays": 7,
  "Policies.PasswordPolicy.PasswordHistorySize": 0,
};

/**
 * Defaults that are never sent back when a program removes a setting: the legacy
 * UnusedAccountValidityDays cannot be set once TemporaryPasswordValidityDays is (API_PasswordPolicyType).
 */
const NOT_RESENT = new Set(["AdminCreateUserConfig.UnusedAccountValidityDays"]);

/**
 * What a setting removed from the program is set back to, at API path `path` (a top-level member
 * such as `Policies` or a nested one such as `Policies.PasswordPolicy.RequireSymbols`): Cognito's
 * default, built from COGNITO_DEFAULTS, sent explicitly so the reset does not depend on how Cognito
 * treats an omitted member; undefined where no default is listed (the member is then left out,
 * which UpdateUserPool documents as resetting it).
 */
export function resetValue(path: string): unknown {
  if (path in COGNITO_DEFAULTS && !NOT_RESENT.has(path)) return COGNITO_DEFAULTS[path];
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(COGNITO_DEFAULTS)) {
    if (!key.startsWith(`${path}.`) || NOT_RESENT.has(key)) continue;
    let target = result;
    const segments = key.slice(path.length + 1).split(".");
    for (const segment of segments.slice(0, -1)) {
      target[segment] ??= {};
      target = target[segment] as Record<string, unknown>;
    }
    target[segments[segments.length - 1]] = value;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

let omittedByArgPath: ReadonlyMap<string, unknown> | undefined;

function byArgPath(table: Readonly<Record<string, unknown>>): Map<string, unknown> {
  const map = new Map<string, unknown>();
  for (const [apiPath, value] of Object.entries(table)) {
    const segments = apiPath.split(".");
    const field = USER_POOL_FIELDS.find((f) => f.api === segments[0]);
    if (!field) throw new Error(`defaults table: ${apiPath} names no field of the field table`);
    map.set(argPath(field.container, segments), value);
  }
  return map;
}

let defaultsByArgPath: ReadonlyMap<string, unknown> | undefined;

/** COGNITO_DEFAULTS keyed by arg path (`policies.passwordPolicy.minimumLength`). */
export function defaultsByArg(): ReadonlyMap<string, unknown> {
  defaultsByArgPath ??= byArgPath(COGNITO_DEFAULTS);
  return defaultsByArgPath;
}

/** OMITTED_MEMBER_DEFAULTS keyed by arg path. */
export function omittedMemberDefaultsByArg(): ReadonlyMap<string, unknown> {
  omittedByArgPath ??= byArgPath(OMITTED_MEMBER_DEFAULTS);
  return omittedByArgPath;
}

/**
 * A live top-level value (camelCase, at arg path `path`) as a program declares it: undefined when
 * it is entirely Cognito's default (COGNITO_DEFAULTS), else the whole value, less only the members
 * whose omission AWS documents (OMITTED_MEMBER_DEFAULTS). A nested object is never written with a
 * member left out whose omitted meaning is not documented: `policies: { passwordPolicy:
 * { minimumLength: 6 } }` would not say whether uppercase letters are required.
 */
export function declarableValue(path: string, value: unknown): unknown {
  if (allDefaults(path, value) === undefined) return undefined;
  return withoutOmittableMembers(path, value);
}

function withoutOmittableMembers(path: string, value: unknown): unknown {
  if (!isPlainObject(value)) return value;
  const omittable = omittedMemberDefaultsByArg();
  const result: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    const memberPath = `${path}.${key}`;
    if (member === undefined || member === null) continue;
    if (omittable.has(memberPath) && sameValue(member, omittable.get(memberPath))) continue;
    result[key] = withoutOmittableMembers(memberPath, member);
  }
  return result;
}

/**
 * A live value with every member equal to Cognito's default left out, and objects left empty by
 * that dropped; undefined when nothing but defaults remains.
 */
function allDefaults(path: string, value: unknown): unknown {
  const defaults = defaultsByArg();
  if (value === undefined || value === null) return undefined;
  if (defaults.has(path) && sameValue(value, defaults.get(path))) return undefined;
  if (isPlainObject(value)) {
    const result: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
      const kept = allDefaults(`${path}.${key}`, member);
      if (kept !== undefined) result[key] = kept;
    }
    return Object.keys(result).length > 0 ? result : undefined;
  }
  return value;
}
