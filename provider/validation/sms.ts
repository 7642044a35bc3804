/** How the pool sends SMS, and what needs it. */
import type { Violation } from "./walk";
import { isSet, obj, str, stringItems } from "./read";

export function checkSms(pool: unknown): Violation[] {
  const out: Violation[] = [];
  const sms = obj(pool, "smsConfiguration");
  if (sms !== undefined) {
    const sns = str(pool, "smsConfiguration", "snsCallerArn");
    const eums = obj(pool, "smsConfiguration", "eumsSms") !== undefined;
    if (sns !== undefined && sns !== "" && eums) {
      out.push({
        path: ["smsConfiguration", "eumsSms"],
        reason:
          `must not be set together with smsConfiguration.snsCallerArn; got both. A user pool sends SMS ` +
          `either through Amazon SNS or through AWS End User Messaging SMS, and Cognito rejects both at once: ` +
          `remove smsConfiguration.eumsSms or smsConfiguration.snsCallerArn.`,
      });
    }
    if (sns === undefined && !eums && sms.snsCallerArn === undefined && sms.eumsSms === undefined) {
      out.push({
        path: ["smsConfiguration"],
        reason:
          `needs smsConfiguration.snsCallerArn or smsConfiguration.eumsSms; got neither. ` +
          `Cognito sends SMS with an IAM role you provide and cannot send any without one: set ` +
          `smsConfiguration.snsCallerArn to the ARN of a role that may publish to Amazon SNS, or ` +
          `configure smsConfiguration.eumsSms.`,
      });
    }
  } else if (!isSet(pool, "smsConfiguration")) {
    for (const { value, index } of stringItems(pool, "autoVerifiedAttributes")) {
      if (value !== "phone_number") continue;
      out.push({
        path: ["autoVerifiedAttributes", index],
        reason:
          `"phone_number" needs smsConfiguration; got no SMS configuration. Cognito verifies phone ` +
          `numbers by sending a code in an SMS, which it can only send with an IAM role you provide: set ` +
          `smsConfiguration (e.g. snsCallerArn) or remove "phone_number" from autoVerifiedAttributes.`,
      });
    }
  }
  return out;
}
