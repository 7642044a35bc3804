/**
 * Message templates: verification, MFA/OTP and invitation messages and their subjects. Each
 * template must carry the placeholder Cognito fills in.
 */
import { DefaultEmailOptionType } from "@aws-sdk/client-cognito-identity-provider";
import {
  MESSAGE_CHAR,
  MESSAGE_WORDS,
  PRINTABLE_PATTERN,
  SUBJECT_CHAR,
  type ContainsRule,
  type FieldRule,
  type RulePath,
} from "./rules";

const CODE = /\{####\}/;
const LINK = /\{##[\s\S]*##\}/;
const USERNAME = /\{username\}/;

const code = (path: RulePath): ContainsRule => ({
  kind: "contains",
  path,
  token: CODE,
  placeholder: "{####}",
  describe: "where Cognito puts the code",
});

/** An SMS template with the code: 6-140 characters containing {####} (`SmsVerificationMessageType`). */
function smsWithCode(path: RulePath): FieldRule[] {
  return [{ kind: "length", path, min: 6, max: 140 }, code(path)];
}

/** An email body with the code: 6-20000 characters of printable text containing {####} (`EmailVerificationMessageType`). */
function emailWithCode(path: RulePath): FieldRule[] {
  return [
    { kind: "length", path, min: 6, max: 20000 },
    {
      kind: "charset",
      path,
      char: MESSAGE_CHAR,
      awsPattern: `[${PRINTABLE_PATTERN}\\s*]*\\{####\\}[${PRINTABLE_PATTERN}\\s*]*`,
      describe: MESSAGE_WORDS,
    },
    code(path),
  ];
}

/** A subject: 1-140 characters of printable text (`EmailVerificationSubjectType`). */
function subject(path: RulePath, max: number | undefined = 140): FieldRule[] {
  return [
    { kind: "length", path, min: 1, max },
    { kind: "charset", path, char: SUBJECT_CHAR, awsPattern: `[${PRINTABLE_PATTERN}\\s]+`, describe: MESSAGE_WORDS },
  ];
}

const invitePath = ["AdminCreateUserConfig", "InviteMessageTemplate"] as const;

export const messageRules: readonly FieldRule[] = [
  // Legacy top-level templates (still validated by the API).
  ...smsWithCode(["SmsVerificationMessage"]),
  ...emailWithCode(["EmailVerificationMessage"]),
  ...subject(["EmailVerificationSubject"]),
  // SMS MFA / SMS OTP sign-in.
  ...smsWithCode(["SmsAuthenticationMessage"]),
  // Verification messages.
  ...smsWithCode(["VerificationMessageTemplate", "SmsMessage"]),
  ...emailWithCode(["VerificationMessageTemplate", "EmailMessage"]),
  ...subject(["VerificationMessageTemplate", "EmailSubject"]),
  { kind: "length", path: ["VerificationMessageTemplate", "EmailMessageByLink"], min: 6, max: 20000 },
  {
    kind: "charset",
    path: ["VerificationMessageTemplate", "EmailMessageByLink"],
    char: MESSAGE_CHAR,
    awsPattern: `[${PRINTABLE_PATTERN}\\s*]*\\{##[${PRINTABLE_PATTERN}\\s*]*##\\}[${PRINTABLE_PATTERN}\\s*]*`,
    describe: MESSAGE_WORDS,
  },
  {
    kind: "contains",
    path: ["VerificationMessageTemplate", "EmailMessageByLink"],
    token: LINK,
    placeholder: "{##...##}",
    describe: "the link text, e.g. {##Verify email##}, which Cognito turns into the verification link",
  },
  ...subject(["VerificationMessageTemplate", "EmailSubjectByLink"]),
  {
    kind: "enum",
    path: ["VerificationMessageTemplate", "DefaultEmailOption"],
    values: Object.values(DefaultEmailOptionType),
  },
  // Email MFA / email OTP sign-in (SetUserPoolMfaConfig).
  ...emailWithCode(["EmailMfaConfiguration", "Message"]),
  ...subject(["EmailMfaConfiguration", "Subject"], undefined),
  // Invitations to users created by an administrator (`SmsInviteMessageType`, `EmailInviteMessageType`).
  { kind: "length", path: [...invitePath, "SMSMessage"], min: 6, max: 140 },
  {
    kind: "contains",
    path: [...invitePath, "SMSMessage"],
    token: USERNAME,
    placeholder: "{username}",
    describe: "where Cognito puts the new user's user name",
    source: "Cognito service validation (the model's pattern allows any text; the service requires {username})",
  },
  { kind: "length", path: [...invitePath, "EmailMessage"], min: 6, max: 20000 },
  {
    kind: "charset",
    path: [...invitePath, "EmailMessage"],
    char: MESSAGE_CHAR,
    awsPattern: `[${PRINTABLE_PATTERN}\\s*]*`,
    describe: MESSAGE_WORDS,
  },
  {
    kind: "contains",
    path: [...invitePath, "EmailMessage"],
    token: USERNAME,
    placeholder: "{username}",
    describe: "where Cognito puts the new user's user name",
    source: "Cognito service validation (the model's pattern allows any text; the service requires {username})",
  },
  ...subject([...invitePath, "EmailSubject"]),
];
