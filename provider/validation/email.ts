/** How the pool sends email. */
import { EmailSendingAccountType } from "@aws-sdk/client-cognito-identity-provider";
import type { Violation } from "../desiredPool";
import { isSet, str } from "./read";
import { arnRules, PRINTABLE_PATTERN, type FieldRule } from "./rules";
import { arg } from "./text";

export const emailRules: readonly FieldRule[] = [
  { kind: "enum", path: ["EmailConfiguration", "EmailSendingAccount"], values: Object.values(EmailSendingAccountType) },
  ...arnRules(["EmailConfiguration", "SourceArn"]),
  {
    kind: "pattern",
    path: ["EmailConfiguration", "ReplyToEmailAddress"],
    regex: new RegExp(`^[${PRINTABLE_PATTERN}]+@[${PRINTABLE_PATTERN}]+$`, "u"),
    awsPattern: `[${PRINTABLE_PATTERN}]+@[${PRINTABLE_PATTERN}]+`,
    describe: "an email address such as support@example.com (no spaces, no display name)",
  },
  { kind: "length", path: ["EmailConfiguration", "ConfigurationSet"], min: 1, max: 64 },
  {
    kind: "pattern",
    path: ["EmailConfiguration", "ConfigurationSet"],
    regex: /^[a-zA-Z0-9_-]+$/,
    awsPattern: "^[a-zA-Z0-9_-]+$",
    describe: "the name of an Amazon SES configuration set (letters, digits, _ and -)",
  },
];

export function checkEmail(pool: unknown): Violation[] {
  const out: Violation[] = [];
  if (
    str(pool, "EmailConfiguration", "EmailSendingAccount") === "DEVELOPER" &&
    !isSet(pool, "EmailConfiguration", "SourceArn")
  ) {
    out.push({
      path: ["EmailConfiguration", "SourceArn"],
      reason:
        `is required when ${arg("EmailConfiguration.EmailSendingAccount")} is "DEVELOPER"; got nothing. ` +
        `With DEVELOPER, Cognito sends email through your Amazon SES identity and rejects the configuration ` +
        `without one: set ${arg("EmailConfiguration.SourceArn")} to the ARN of a verified SES identity, e.g. ` +
        `arn:aws:ses:us-east-1:123456789012:identity/support@example.com, or use "COGNITO_DEFAULT".`,
    });
  }
  return out;
}
