/**
 * What the SDK's declarations do not carry and `scripts/generate-shapes.ts` adds to the shapes
 * table: whether a number is an integer, and each member's limits (string length, number range,
 * list or map size) and pattern. Transcribed from the Cognito API reference (the service model the
 * SDKs are built from), e.g.
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html
 * and the data type pages it links. Keyed `Shape.Member` (API names); the generator fails on a key
 * that names no member and on a number member with no entry, so an SDK update cannot slip past.
 */

export interface Constraint {
  /** A whole number (the model's `Integer`). */
  readonly integer?: true;
  /** Inclusive lower limit: characters of a string, value of a number, entries of a list or map. */
  readonly min?: number;
  /** Inclusive upper limit, as `min`. */
  readonly max?: number;
  /** The model's pattern, which the whole string must match (Java regex, read with Unicode classes). */
  readonly pattern?: string;
  /** What the pattern allows, in words, for messages and docs. */
  readonly describe?: string;
}

/** `ArnType`. */
const ARN_PATTERN =
  "arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?";
const ARN: Constraint = {
  min: 20,
  max: 2048,
  pattern: ARN_PATTERN,
  describe:
    "an ARN such as arn:aws:lambda:us-east-1:123456789012:function:MyFunction (arn:partition:service:region:account-id:resource)",
};
/** Letters, marks, symbols, numbers, punctuation (`\p{L}\p{M}\p{S}\p{N}\p{P}`). */
const PRINTABLE = "\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}";
const MESSAGE_WORDS = "letters, marks, numbers, symbols, punctuation and whitespace";
/** Message bodies: the placeholders they need are checked by the provider's rules, not here. */
const EMAIL_BODY: Constraint = { min: 6, max: 20000, pattern: `[${PRINTABLE}\\s*]*`, describe: MESSAGE_WORDS };
const SMS_BODY: Constraint = { min: 6, max: 140 };
const SUBJECT: Constraint = { min: 1, max: 140, pattern: `[${PRINTABLE}\\s]+`, describe: MESSAGE_WORDS };
const REGION: Constraint = { min: 5, max: 32 };

export const CONSTRAINTS: Readonly<Record<string, Constraint>> = {
  "CreateUserPoolRequest.PoolName": {
    min: 1,
    max: 128,
    pattern: "[\\w\\s+=,.@-]+",
    describe: "letters A-Z and a-z, digits, underscores, whitespace and the characters + = , . @ -",
  },
  "CreateUserPoolRequest.SmsVerificationMessage": SMS_BODY,
  "CreateUserPoolRequest.EmailVerificationMessage": EMAIL_BODY,
  "CreateUserPoolRequest.EmailVerificationSubject": SUBJECT,
  "CreateUserPoolRequest.SmsAuthenticationMessage": SMS_BODY,
  "CreateUserPoolRequest.Schema": { min: 1, max: 50 },
  "PasswordPolicyType.MinimumLength": { integer: true, min: 6, max: 99 },
  "PasswordPolicyType.PasswordHistorySize": { integer: true, min: 0, max: 24 },
  "PasswordPolicyType.TemporaryPasswordValidityDays": { integer: true, min: 0, max: 365 },
  "SignInPolicyType.AllowedFirstAuthFactors": { min: 1, max: 5 },
  "AdminCreateUserConfigType.UnusedAccountValidityDays": { integer: true, min: 0, max: 365 },
  "RecoveryOptionType.Priority": { integer: true, min: 1, max: 2 },
  "AccountRecoverySettingType.RecoveryMechanisms": { min: 1, max: 2 },
  "UserPoolType.EstimatedNumberOfUsers": { integer: true },
  "LambdaConfigType.PreSignUp": ARN,
  "LambdaConfigType.CustomMessage": ARN,
  "LambdaConfigType.PostConfirmation": ARN,
  "LambdaConfigType.PreAuthentication": ARN,
  "LambdaConfigType.PostAuthentication": ARN,
  "LambdaConfigType.DefineAuthChallenge": ARN,
  "LambdaConfigType.CreateAuthChallenge": ARN,
  "LambdaConfigType.VerifyAuthChallengeResponse": ARN,
  "LambdaConfigType.PreTokenGeneration": ARN,
  "LambdaConfigType.UserMigration": ARN,
  "LambdaConfigType.KMSKeyID": ARN,
  "PreTokenGenerationVersionConfigType.LambdaArn": ARN,
  "CustomSMSLambdaVersionConfigType.LambdaArn": ARN,
  "CustomEmailLambdaVersionConfigType.LambdaArn": ARN,
  "InboundFederationLambdaType.LambdaArn": ARN,
  "VerificationMessageTemplateType.SmsMessage": SMS_BODY,
  "VerificationMessageTemplateType.EmailMessage": EMAIL_BODY,
  "VerificationMessageTemplateType.EmailSubject": SUBJECT,
  "VerificationMessageTemplateType.EmailMessageByLink": EMAIL_BODY,
  "VerificationMessageTemplateType.EmailSubjectByLink": SUBJECT,
  "MessageTemplateType.SMSMessage": SMS_BODY,
  "MessageTemplateType.EmailMessage": EMAIL_BODY,
  "MessageTemplateType.EmailSubject": SUBJECT,
  "EmailMfaConfigType.Message": EMAIL_BODY,
  "EmailMfaConfigType.Subject": { min: 1, pattern: `[${PRINTABLE}\\s]+`, describe: MESSAGE_WORDS },
  "EmailConfigurationType.SourceArn": ARN,
  "EmailConfigurationType.ReplyToEmailAddress": {
    pattern: `[${PRINTABLE}]+@[${PRINTABLE}]+`,
    describe: "an email address such as support@example.com (no spaces, no display name)",
  },
  "EmailConfigurationType.ConfigurationSet": {
    min: 1,
    max: 64,
    pattern: "[a-zA-Z0-9_-]+",
    describe: "the name of an Amazon SES configuration set (letters, digits, _ and -)",
  },
  "SmsConfigurationType.SnsCallerArn": {
    min: 0,
    max: 2048,
    pattern: `(${ARN_PATTERN})?`,
    describe: "the ARN of an IAM role, such as arn:aws:iam::123456789012:role/service-role/CognitoSMS",
  },
  "SmsConfigurationType.SnsRegion": REGION,
  "EumsSmsConfigurationType.CallerArn": ARN,
  "EumsSmsConfigurationType.Region": REGION,
  "KeyConfigurationType.KmsKeyArn": ARN,
  "WebAuthnConfigurationType.RelyingPartyId": { min: 1, max: 127 },
  "SchemaAttributeType.Name": {
    min: 1,
    max: 20,
    pattern: `[${PRINTABLE}]+`,
    describe: "letters, marks, numbers, symbols and punctuation (no whitespace)",
  },
};
