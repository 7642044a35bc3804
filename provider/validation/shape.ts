/**
 * The structure of a {@link DesiredUserPool}: which members each object has, of which kind,
 * and which are required. Each structure lists exactly the members of its SDK type, checked
 * by the compiler (a member the SDK adds or drops breaks the build here), so an input member
 * that is not in the shape is one the API does not have.
 */
import type {
  AccountRecoverySettingType,
  AcrLevelConfigType,
  AdminCreateUserConfigType,
  AdvancedSecurityAdditionalFlowsType,
  CustomEmailLambdaVersionConfigType,
  CustomSMSLambdaVersionConfigType,
  DcrConfigurationType,
  DeviceConfigurationType,
  EmailConfigurationType,
  EmailMfaConfigType,
  EumsSmsConfigurationType,
  InboundFederationLambdaType,
  IssuerConfigurationType,
  KeyConfigurationType,
  LambdaConfigType,
  MessageTemplateType,
  NumberAttributeConstraintsType,
  PasswordPolicyType,
  PreTokenGenerationVersionConfigType,
  RecoveryOptionType,
  SchemaAttributeType,
  SignInPolicyType,
  SmsConfigurationType,
  SoftwareTokenMfaConfigType,
  StringAttributeConstraintsType,
  UserAttributeUpdateSettingsType,
  UsernameConfigurationType,
  UserPoolAddOnsType,
  UserPoolPolicyType,
  VerificationMessageTemplateType,
  WebAuthnConfigurationType,
} from "@aws-sdk/client-cognito-identity-provider";
import type { DesiredUserPool } from "../desiredPool";

export type Shape =
  | { readonly type: "string" }
  | { readonly type: "integer" }
  | { readonly type: "boolean" }
  | { readonly type: "list"; readonly member: Shape }
  | { readonly type: "map"; readonly value: Shape }
  | StructureShape;

export interface StructureShape {
  readonly type: "structure";
  /** The SDK type's name. */
  readonly name: string;
  readonly members: Readonly<Record<string, Shape>>;
  readonly required: readonly string[];
}

/** Keys of `T` that the SDK declares without `?` (the API requires them). */
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T] & string;

function structure<T extends object>(
  name: string,
  members: { readonly [K in keyof Required<T>]: Shape },
  required: { readonly [K in RequiredKeys<T>]: true },
): StructureShape {
  return { type: "structure", name, members, required: Object.keys(required) };
}

const string: Shape = { type: "string" };
const integer: Shape = { type: "integer" };
const boolean: Shape = { type: "boolean" };
const strings: Shape = { type: "list", member: string };
const list = (member: Shape): Shape => ({ type: "list", member });
const map = (value: Shape): Shape => ({ type: "map", value });

const policies = structure<UserPoolPolicyType>(
  "UserPoolPolicyType",
  {
    PasswordPolicy: structure<PasswordPolicyType>(
      "PasswordPolicyType",
      {
        MinimumLength: integer,
        RequireUppercase: boolean,
        RequireLowercase: boolean,
        RequireNumbers: boolean,
        RequireSymbols: boolean,
        PasswordHistorySize: integer,
        TemporaryPasswordValidityDays: integer,
      },
      {},
    ),
    SignInPolicy: structure<SignInPolicyType>("SignInPolicyType", { AllowedFirstAuthFactors: strings }, {}),
  },
  {},
);

const lambdaConfig = structure<LambdaConfigType>(
  "LambdaConfigType",
  {
    PreSignUp: string,
    CustomMessage: string,
    PostConfirmation: string,
    PreAuthentication: string,
    PostAuthentication: string,
    DefineAuthChallenge: string,
    CreateAuthChallenge: string,
    VerifyAuthChallengeResponse: string,
    PreTokenGeneration: string,
    UserMigration: string,
    PreTokenGenerationConfig: structure<PreTokenGenerationVersionConfigType>(
      "PreTokenGenerationVersionConfigType",
      { LambdaVersion: string, LambdaArn: string },
      { LambdaVersion: true, LambdaArn: true },
    ),
    CustomSMSSender: structure<CustomSMSLambdaVersionConfigType>(
      "CustomSMSLambdaVersionConfigType",
      { LambdaVersion: string, LambdaArn: string },
      { LambdaVersion: true, LambdaArn: true },
    ),
    CustomEmailSender: structure<CustomEmailLambdaVersionConfigType>(
      "CustomEmailLambdaVersionConfigType",
      { LambdaVersion: string, LambdaArn: string },
      { LambdaVersion: true, LambdaArn: true },
    ),
    KMSKeyID: string,
    InboundFederation: structure<InboundFederationLambdaType>(
      "InboundFederationLambdaType",
      { LambdaVersion: string, LambdaArn: string },
      { LambdaVersion: true, LambdaArn: true },
    ),
  },
  {},
);

const verificationMessageTemplate = structure<VerificationMessageTemplateType>(
  "VerificationMessageTemplateType",
  {
    SmsMessage: string,
    EmailMessage: string,
    EmailSubject: string,
    EmailMessageByLink: string,
    EmailSubjectByLink: string,
    DefaultEmailOption: string,
  },
  {},
);

const emailConfiguration = structure<EmailConfigurationType>(
  "EmailConfigurationType",
  {
    SourceArn: string,
    ReplyToEmailAddress: string,
    EmailSendingAccount: string,
    From: string,
    ConfigurationSet: string,
  },
  {},
);

const smsConfiguration = structure<SmsConfigurationType>(
  "SmsConfigurationType",
  {
    SnsCallerArn: string,
    ExternalId: string,
    SnsRegion: string,
    EumsSms: structure<EumsSmsConfigurationType>(
      "EumsSmsConfigurationType",
      {
        CallerArn: string,
        ExternalId: string,
        OriginationIdentity: string,
        ConfigurationSetName: string,
        InEntityId: string,
        InTemplateId: string,
        Region: string,
      },
      { CallerArn: true },
    ),
  },
  {},
);

const adminCreateUserConfig = structure<AdminCreateUserConfigType>(
  "AdminCreateUserConfigType",
  {
    AllowAdminCreateUserOnly: boolean,
    UnusedAccountValidityDays: integer,
    InviteMessageTemplate: structure<MessageTemplateType>(
      "MessageTemplateType",
      { SMSMessage: string, EmailMessage: string, EmailSubject: string },
      {},
    ),
  },
  {},
);

const schemaAttribute = structure<SchemaAttributeType>(
  "SchemaAttributeType",
  {
    Name: string,
    AttributeDataType: string,
    DeveloperOnlyAttribute: boolean,
    Mutable: boolean,
    Required: boolean,
    NumberAttributeConstraints: structure<NumberAttributeConstraintsType>(
      "NumberAttributeConstraintsType",
      { MinValue: string, MaxValue: string },
      {},
    ),
    StringAttributeConstraints: structure<StringAttributeConstraintsType>(
      "StringAttributeConstraintsType",
      { MinLength: string, MaxLength: string },
      {},
    ),
  },
  {},
);

const userPoolAddOns = structure<UserPoolAddOnsType>(
  "UserPoolAddOnsType",
  {
    AdvancedSecurityMode: string,
    AdvancedSecurityAdditionalFlows: structure<AdvancedSecurityAdditionalFlowsType>(
      "AdvancedSecurityAdditionalFlowsType",
      { CustomAuthMode: string },
      {},
    ),
  },
  { AdvancedSecurityMode: true },
);

const dcrConfiguration = structure<DcrConfigurationType>(
  "DcrConfigurationType",
  {
    EnableStatus: string,
    OpenDcrEnabled: boolean,
    AuthenticatedGrantTypes: strings,
    OpenDcrGrantTypes: strings,
    AllowedScopes: strings,
  },
  {},
);

/** The whole desired pool: CreateUserPool's request plus the SetUserPoolMfaConfig factors. */
export const DESIRED_USER_POOL_SHAPE: StructureShape = structure<DesiredUserPool>(
  "DesiredUserPool",
  {
    PoolName: string,
    Policies: policies,
    DeletionProtection: string,
    LambdaConfig: lambdaConfig,
    AutoVerifiedAttributes: strings,
    AliasAttributes: strings,
    UsernameAttributes: strings,
    SmsVerificationMessage: string,
    EmailVerificationMessage: string,
    EmailVerificationSubject: string,
    VerificationMessageTemplate: verificationMessageTemplate,
    SmsAuthenticationMessage: string,
    MfaConfiguration: string,
    UserAttributeUpdateSettings: structure<UserAttributeUpdateSettingsType>(
      "UserAttributeUpdateSettingsType",
      { AttributesRequireVerificationBeforeUpdate: strings },
      {},
    ),
    DeviceConfiguration: structure<DeviceConfigurationType>(
      "DeviceConfigurationType",
      { ChallengeRequiredOnNewDevice: boolean, DeviceOnlyRememberedOnUserPrompt: boolean },
      {},
    ),
    EmailConfiguration: emailConfiguration,
    SmsConfiguration: smsConfiguration,
    UserPoolTags: map(string),
    AdminCreateUserConfig: adminCreateUserConfig,
    Schema: list(schemaAttribute),
    UserPoolAddOns: userPoolAddOns,
    DcrConfiguration: dcrConfiguration,
    UsernameConfiguration: structure<UsernameConfigurationType>(
      "UsernameConfigurationType",
      { CaseSensitive: boolean },
      { CaseSensitive: true },
    ),
    AccountRecoverySetting: structure<AccountRecoverySettingType>(
      "AccountRecoverySettingType",
      {
        RecoveryMechanisms: list(
          structure<RecoveryOptionType>(
            "RecoveryOptionType",
            { Priority: integer, Name: string },
            { Priority: true, Name: true },
          ),
        ),
      },
      {},
    ),
    UserPoolTier: string,
    KeyConfiguration: structure<KeyConfigurationType>(
      "KeyConfigurationType",
      { KeyType: string, KmsKeyArn: string },
      {},
    ),
    IssuerConfiguration: structure<IssuerConfigurationType>("IssuerConfigurationType", { Type: string }, {}),
    AcrConfiguration: map(
      structure<AcrLevelConfigType>("AcrLevelConfigType", { AcrValue: string }, { AcrValue: true }),
    ),
    SoftwareTokenMfaConfiguration: structure<SoftwareTokenMfaConfigType>(
      "SoftwareTokenMfaConfigType",
      { Enabled: boolean },
      {},
    ),
    EmailMfaConfiguration: structure<EmailMfaConfigType>(
      "EmailMfaConfigType",
      { Message: string, Subject: string },
      {},
    ),
    WebAuthnConfiguration: structure<WebAuthnConfigurationType>(
      "WebAuthnConfigurationType",
      { RelyingPartyId: string, UserVerification: string, FactorConfiguration: string },
      {},
    ),
  },
  { PoolName: true },
);
