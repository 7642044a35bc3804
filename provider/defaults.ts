/**
 * What Cognito uses for a setting the request leaves out, by API path. It feeds the `@default`
 * of the generated arg docs and lets a program generated from a live pool leave defaults out.
 * Only documented defaults, and the values DescribeUserPool reports for a pool that never set the
 * setting, are listed; a setting absent here has none worth stating.
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

let defaultsByArgPath: ReadonlyMap<string, unknown> | undefined;

/** COGNITO_DEFAULTS keyed by arg path (`policies.passwordPolicy.minimumLength`). */
export function defaultsByArg(): ReadonlyMap<string, unknown> {
  if (defaultsByArgPath) return defaultsByArgPath;
  const map = new Map<string, unknown>();
  for (const [apiPath, value] of Object.entries(COGNITO_DEFAULTS)) {
    const segments = apiPath.split(".");
    const field = USER_POOL_FIELDS.find((f) => f.api === segments[0]);
    if (!field) throw new Error(`COGNITO_DEFAULTS: ${apiPath} names no field of the field table`);
    map.set(argPath(field.container, segments), value);
  }
  defaultsByArgPath = map;
  return map;
}

/**
 * A live value (camelCase, at arg path `path`) with every member equal to Cognito's default left
 * out, and objects left empty by that dropped; undefined when nothing but defaults remains.
 */
export function withoutDefaults(path: string, value: unknown): unknown {
  const defaults = defaultsByArg();
  if (value === undefined || value === null) return undefined;
  if (defaults.has(path) && sameValue(value, defaults.get(path))) return undefined;
  if (isPlainObject(value)) {
    const result: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
      const kept = withoutDefaults(`${path}.${key}`, member);
      if (kept !== undefined) result[key] = kept;
    }
    return Object.keys(result).length > 0 ? result : undefined;
  }
  return value;
}
