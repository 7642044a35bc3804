// The Amazon Cognito API reference's CreateUserPool example ("creates a user pool with all
// configurable properties set to an example value"), declared unchanged.
import { UserPool } from "pulumi-cognito-userpool";

const pool = new UserPool("reference", {
  accountRecoverySetting: {
    recoveryMechanisms: [{ name: "verified_email", priority: 1 }],
  },
  adminCreateUserConfig: {
    allowAdminCreateUserOnly: false,
    inviteMessageTemplate: {
      emailMessage: "Your username is {username} and temporary password is {####}.",
      emailSubject: "Your sign-in information",
      smsMessage: "Your username is {username} and temporary password is {####}.",
    },
  },
  aliasAttributes: ["email"],
  autoVerifiedAttributes: ["email"],
  deletionProtection: "ACTIVE",
  deviceConfiguration: {
    challengeRequiredOnNewDevice: true,
    deviceOnlyRememberedOnUserPrompt: true,
  },
  emailConfiguration: {
    configurationSet: "my-test-ses-configuration-set",
    emailSendingAccount: "DEVELOPER",
    from: "support@example.com",
    replyToEmailAddress: "support@example.com",
    sourceArn: "arn:aws:ses:us-east-1:123456789012:identity/support@example.com",
  },
  emailVerificationMessage: "Your verification code is {####}.",
  emailVerificationSubject: "Verify your email address",
  lambdaConfig: {
    customEmailSender: {
      lambdaArn: "arn:aws:lambda:us-east-1:123456789012:function:MyFunction",
      lambdaVersion: "V1_0",
    },
    customMessage: "arn:aws:lambda:us-east-1:123456789012:function:MyFunction",
    customSmsSender: {
      lambdaArn: "arn:aws:lambda:us-east-1:123456789012:function:MyFunction",
      lambdaVersion: "V1_0",
    },
    defineAuthChallenge: "arn:aws:lambda:us-east-1:123456789012:function:MyFunction",
    kmsKeyId: "arn:aws:kms:us-east-1:123456789012:key/a6c4f8e2-0c45-47db-925f-87854bc9e357",
    postAuthentication: "arn:aws:lambda:us-east-1:123456789012:function:MyFunction",
    postConfirmation: "arn:aws:lambda:us-east-1:123456789012:function:MyFunction",
    preAuthentication: "arn:aws:lambda:us-east-1:123456789012:function:MyFunction",
    preSignUp: "arn:aws:lambda:us-east-1:123456789012:function:MyFunction",
    preTokenGeneration: "arn:aws:lambda:us-east-1:123456789012:function:MyFunction",
    userMigration: "arn:aws:lambda:us-east-1:123456789012:function:MyFunction",
    verifyAuthChallengeResponse: "arn:aws:lambda:us-east-1:123456789012:function:MyFunction",
  },
  mfaConfiguration: "OPTIONAL",
  policies: {
    passwordPolicy: {
      minimumLength: 6,
      requireLowercase: true,
      requireNumbers: true,
      requireSymbols: true,
      requireUppercase: true,
      temporaryPasswordValidityDays: 7,
    },
  },
  poolName: "my-test-user-pool",
  schema: [
    {
      attributeDataType: "Number",
      developerOnlyAttribute: true,
      mutable: true,
      name: "mydev",
      numberAttributeConstraints: { maxValue: "99", minValue: "1" },
      required: false,
      stringAttributeConstraints: { maxLength: "99", minLength: "1" },
    },
  ],
  smsAuthenticationMessage: "Your verification code is {####}.",
  smsConfiguration: {
    externalId: "my-role-external-id",
    snsCallerArn: "arn:aws:iam::123456789012:role/service-role/test-cognito-SMS-Role",
  },
  smsVerificationMessage: "Your verification code is {####}.",
  userAttributeUpdateSettings: {
    attributesRequireVerificationBeforeUpdate: ["email"],
  },
  userPoolAddOns: { advancedSecurityMode: "OFF" },
  userPoolTags: { "my-test-tag-key": "my-test-tag-key" },
  usernameConfiguration: { caseSensitive: true },
  verificationMessageTemplate: {
    defaultEmailOption: "CONFIRM_WITH_CODE",
    emailMessage: "Your confirmation code is {####}",
    emailMessageByLink: "Choose this link to {##verify your email##}",
    emailSubject: "Here is your confirmation code",
    emailSubjectByLink: "Here is your confirmation link",
    smsMessage: "Your confirmation code is {####}",
  },
});

export const userPoolId = pool.id;
export const userPoolArn = pool.arn;
export const minimumPasswordLength = pool.policies.apply((p) => p?.passwordPolicy?.minimumLength);
