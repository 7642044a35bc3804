/** How the pool sends SMS, and what needs it. */
import type { Violation } from "../desiredPool";
import { isSet, obj, str, stringItems } from "./read";
import { arnRules, type FieldRule } from "./rules";
import { arg } from "./text";

const OPTIONAL_ARN = `(${"arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?"})?`;

export const smsRules: readonly FieldRule[] = [
  // `OptionalArnType`: 0-2048 characters, empty or an ARN.
  { kind: "length", path: ["SmsConfiguration", "SnsCallerArn"], min: 0, max: 2048 },
  {
    kind: "pattern",
    path: ["SmsConfiguration", "SnsCallerArn"],
    regex: new RegExp(`^${OPTIONAL_ARN}$`),
    awsPattern: OPTIONAL_ARN,
    describe: "the ARN of an IAM role, such as arn:aws:iam::123456789012:role/service-role/CognitoSMS",
  },
  { kind: "length", path: ["SmsConfiguration", "SnsRegion"], min: 5, max: 32 },
  ...arnRules(["SmsConfiguration", "EumsSms", "CallerArn"]),
  { kind: "length", path: ["SmsConfiguration", "EumsSms", "Region"], min: 5, max: 32 },
];

export function checkSms(pool: unknown): Violation[] {
  const out: Violation[] = [];
  const sms = obj(pool, "SmsConfiguration");
  if (sms !== undefined) {
    const sns = str(pool, "SmsConfiguration", "SnsCallerArn");
    const eums = obj(pool, "SmsConfiguration", "EumsSms") !== undefined;
    if (sns !== undefined && sns !== "" && eums) {
      out.push({
        path: ["SmsConfiguration", "EumsSms"],
        reason:
          `must not be set together with ${arg("SmsConfiguration.SnsCallerArn")}; got both. A user pool sends SMS ` +
          `either through Amazon SNS or through AWS End User Messaging SMS, and Cognito rejects both at once: ` +
          `remove ${arg("SmsConfiguration.EumsSms")} or ${arg("SmsConfiguration.SnsCallerArn")}.`,
      });
    }
    if (sns === undefined && !eums && sms.SnsCallerArn === undefined && sms.EumsSms === undefined) {
      out.push({
        path: ["SmsConfiguration"],
        reason:
          `needs ${arg("SmsConfiguration.SnsCallerArn")} or ${arg("SmsConfiguration.EumsSms")}; got neither. ` +
          `Cognito sends SMS with an IAM role you provide and cannot send any without one: set ` +
          `${arg("SmsConfiguration.SnsCallerArn")} to the ARN of a role that may publish to Amazon SNS, or ` +
          `configure ${arg("SmsConfiguration.EumsSms")}.`,
      });
    }
  } else if (!isSet(pool, "SmsConfiguration")) {
    for (const { value, index } of stringItems(pool, "AutoVerifiedAttributes")) {
      if (value !== "phone_number") continue;
      out.push({
        path: ["AutoVerifiedAttributes", index],
        reason:
          `"phone_number" needs ${arg("SmsConfiguration")}; got no SMS configuration. Cognito verifies phone ` +
          `numbers by sending a code in an SMS, which it can only send with an IAM role you provide: set ` +
          `${arg("SmsConfiguration")} (e.g. snsCallerArn) or remove "phone_number" from autoVerifiedAttributes.`,
      });
    }
  }
  return out;
}
