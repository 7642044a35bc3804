import * as pulumi from "@pulumi/pulumi";
import { UserPool } from "pulumi-cognito-userpool";

/**
 * Stands in for the Lambda functions, IAM role, SES identity and KMS key a real program creates
 * beside its pool: a resource whose ARN is known only once it exists, so at the first preview
 * every value taken from it is unknown.
 */
class StandIn extends pulumi.dynamic.Resource {
  declare readonly arn: pulumi.Output<string>;

  constructor(name: string, args: { service: string; resource: string }) {
    const provider: pulumi.dynamic.ResourceProvider = {
      async create(inputs) {
        const arn = `arn:aws:${inputs.service}:us-east-1:123456789012:${inputs.resource}`;
        return { id: `${inputs.service}-${inputs.resource}`, outs: { ...inputs, arn } };
      },
    };
    super(provider, name, { ...args, arn: undefined }, {});
  }
}

const preSignUp = new StandIn("pre-sign-up", { service: "lambda", resource: "function:PreSignUp" });
const sender = new StandIn("sender", { service: "lambda", resource: "function:CustomSender" });
const key = new StandIn("key", { service: "kms", resource: "key/a6c4f8e2-0c45-47db-925f-87854bc9e357" });
const smsRole = new StandIn("sms-role", { service: "iam", resource: "role/service-role/CognitoSms" });
const identity = new StandIn("ses-identity", { service: "ses", resource: "identity/support@example.com" });

const pool = new UserPool("wired", {
  poolName: "wired-pool",
  lambdaConfig: {
    preSignUp: preSignUp.arn,
    customSmsSender: { lambdaArn: sender.arn, lambdaVersion: "V1_0" },
    customEmailSender: { lambdaArn: sender.arn, lambdaVersion: "V1_0" },
    kmsKeyId: key.arn,
  },
  smsConfiguration: { snsCallerArn: smsRole.arn, externalId: pulumi.secret("wired-external-id-5c7e21") },
  emailConfiguration: { emailSendingAccount: "DEVELOPER", sourceArn: identity.arn },
  userPoolTags: { source: preSignUp.id },
  autoVerifiedAttributes: identity.arn.apply(() => ["email" as const]),
});

export const userPoolId = pool.id;
export const preSignUpArn = preSignUp.arn;
