/** How the pool sends email. */
import type { Violation } from "./walk";
import { isSet, str } from "./read";

export function checkEmail(pool: unknown): Violation[] {
  const out: Violation[] = [];
  if (
    str(pool, "emailConfiguration", "emailSendingAccount") === "DEVELOPER" &&
    !isSet(pool, "emailConfiguration", "sourceArn")
  ) {
    out.push({
      path: ["emailConfiguration", "sourceArn"],
      reason:
        `is required when emailConfiguration.emailSendingAccount is "DEVELOPER"; got nothing. ` +
        `With DEVELOPER, Cognito sends email through your Amazon SES identity and rejects the configuration ` +
        `without one: set emailConfiguration.sourceArn to the ARN of a verified SES identity, e.g. ` +
        `arn:aws:ses:us-east-1:123456789012:identity/support@example.com, or use "COGNITO_DEFAULT".`,
    });
  }
  return out;
}
