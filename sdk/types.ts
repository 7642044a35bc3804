// GENERATED FILE, DO NOT EDIT. Regenerate with: npx tsx scripts/generate-sdk-types.ts
// From provider/fields.ts, provider/generated/shapes.ts, provider/defaults.ts and provider/validation.
import type * as pulumi from "@pulumi/pulumi";

/**
 * The settings of a Cognito user pool: every CreateUserPool parameter, camelCased, plus the
 * MFA factor settings of SetUserPoolMfaConfig. Left out, a setting takes Cognito's default.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html
 */
export interface UserPoolArgs {
  /**
   * A friendly name for your user pool.
   *
   * Limits: 1-128 characters; letters A-Z and a-z, digits, underscores, whitespace and the characters +
   * = , . @ - (pattern `[\w\s+=,.@-]+`).
   *
   * Changes apply in place (UpdateUserPool).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-PoolName
   */
  poolName: pulumi.Input<string>;
  /**
   * The password policy and sign-in policy in the user pool. The password policy sets options like
   * password complexity requirements and password history. The sign-in policy sets the options available
   * to applications in choice-based authentication
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html#authentication-flows-selection-choice).
   *
   * Changes apply in place (UpdateUserPool).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-Policies
   */
  policies?: pulumi.Input<UserPoolPolicyArgs>;
  /**
   * When active, `DeletionProtection` prevents accidental deletion of your user pool. Before you can
   * delete a user pool that you have protected against deletion, you must deactivate this feature.
   *
   * When you try to delete a protected user pool in a `DeleteUserPool` API request, Amazon Cognito
   * returns an `InvalidParameterException` error. To delete a protected user pool, send a new
   * `DeleteUserPool` request after you deactivate deletion protection in an `UpdateUserPool` API
   * request.
   *
   * Changes apply in place (UpdateUserPool).
   *
   * @default "INACTIVE"
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-DeletionProtection
   */
  deletionProtection?: pulumi.Input<DeletionProtection>;
  /**
   * A collection of user pool Lambda triggers. Amazon Cognito invokes triggers at several possible
   * stages of authentication operations. Triggers can modify the outcome of the operations that invoked
   * them.
   *
   * Changes apply in place (UpdateUserPool).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-LambdaConfig
   */
  lambdaConfig?: pulumi.Input<LambdaConfigArgs>;
  /**
   * The attributes that you want your user pool to automatically verify. For more information, see
   * Verifying contact information at sign-up
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#allowing-users-to-sign-up-and-confirm-themselves).
   *
   * Changes apply in place (UpdateUserPool).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-AutoVerifiedAttributes
   */
  autoVerifiedAttributes?: pulumi.Input<pulumi.Input<VerifiedAttribute>[]>;
  /**
   * Attributes supported as an alias for this user pool. For more information about alias attributes,
   * see Customizing sign-in attributes
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-aliases).
   *
   * Fixed at creation: changing it needs a new pool, which has none of this pool's users (refused while
   * deletionProtection is ACTIVE).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-AliasAttributes
   */
  aliasAttributes?: pulumi.Input<pulumi.Input<AliasAttribute>[]>;
  /**
   * Specifies whether a user can use an email address or phone number as a username when they sign up.
   * For more information, see Customizing sign-in attributes
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-aliases).
   *
   * Fixed at creation: changing it needs a new pool, which has none of this pool's users (refused while
   * deletionProtection is ACTIVE).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-UsernameAttributes
   */
  usernameAttributes?: pulumi.Input<pulumi.Input<UsernameAttribute>[]>;
  /**
   * This parameter is no longer used.
   *
   * Limits: 6-140 characters; must contain {####} (where Cognito puts the code).
   *
   * Changes apply in place (UpdateUserPool).
   *
   * @default "Your verification code is {####}. "
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-SmsVerificationMessage
   */
  smsVerificationMessage?: pulumi.Input<string>;
  /**
   * This parameter is no longer used.
   *
   * Limits: 6-20000 characters; letters, marks, numbers, symbols, punctuation and whitespace (pattern
   * `[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*`); must contain {####} (where Cognito puts the code).
   *
   * Changes apply in place (UpdateUserPool).
   *
   * @default "Your verification code is {####}. "
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-EmailVerificationMessage
   */
  emailVerificationMessage?: pulumi.Input<string>;
  /**
   * This parameter is no longer used.
   *
   * Limits: 1-140 characters; letters, marks, numbers, symbols, punctuation and whitespace (pattern
   * `[\p{L}\p{M}\p{S}\p{N}\p{P}\s]+`).
   *
   * Changes apply in place (UpdateUserPool).
   *
   * @default "Your verification code"
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-EmailVerificationSubject
   */
  emailVerificationSubject?: pulumi.Input<string>;
  /**
   * The template for the verification message that your user pool delivers to users who set an email
   * address or phone number attribute.
   *
   * Set the email message type that corresponds to your `DefaultEmailOption` selection. For
   * `CONFIRM_WITH_LINK`, specify an `EmailMessageByLink` and leave `EmailMessage` blank. For
   * `CONFIRM_WITH_CODE`, specify an `EmailMessage` and leave `EmailMessageByLink` blank. When you supply
   * both parameters with either choice, Amazon Cognito returns an error.
   *
   * Changes apply in place (UpdateUserPool).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-VerificationMessageTemplate
   */
  verificationMessageTemplate?: pulumi.Input<VerificationMessageTemplateArgs>;
  /**
   * The contents of the SMS message that your user pool sends to users in SMS OTP and MFA
   * authentication.
   *
   * Limits: 6-140 characters; must contain {####} (where Cognito puts the code).
   *
   * Changes apply in place (UpdateUserPool).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-SmsAuthenticationMessage
   */
  smsAuthenticationMessage?: pulumi.Input<string>;
  /**
   * Sets multi-factor authentication (MFA) to be on, off, or optional. When `ON`, all users must set up
   * MFA before they can sign in. When `OPTIONAL`, your application must make a client-side determination
   * of whether a user wants to register an MFA device. For user pools with adaptive authentication with
   * threat protection, choose `OPTIONAL`.
   *
   * When `MfaConfiguration` is `OPTIONAL`, managed login doesn't automatically prompt users to set up
   * MFA. Amazon Cognito generates MFA prompts in API responses and in managed login for users who have
   * chosen and configured a preferred MFA factor.
   *
   * The `CreateUserPool` operation supports only SMS MFA configuration. If you set `MfaConfiguration` to
   * either of these values, include an `SmsConfiguration` in the same request:
   *
   * - `ON` – Requires MFA for all users
   * - `OPTIONAL` – Makes MFA optional for each user
   *
   * If you omit `SmsConfiguration`, the operation returns an `InvalidParameterException`. To configure
   * TOTP or email MFA, use the SetUserPoolMfaConfig
   * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetUserPoolMfaConfig.html)
   * operation. You can also use `SetUserPoolMfaConfig` to add MFA factors later.
   *
   * Changes apply in place (UpdateUserPool).
   *
   * @default "OFF"
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-MfaConfiguration
   */
  mfaConfiguration?: pulumi.Input<UserPoolMfa>;
  /**
   * The settings for updates to user attributes. These settings include the property
   * `AttributesRequireVerificationBeforeUpdate`, a user-pool setting that tells Amazon Cognito how to
   * handle changes to the value of your users' email address and phone number attributes. For more
   * information, see Verifying updates to email addresses and phone numbers
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html#user-pool-settings-verifications-verify-attribute-updates).
   *
   * Changes apply in place (UpdateUserPool).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-UserAttributeUpdateSettings
   */
  userAttributeUpdateSettings?: pulumi.Input<UserAttributeUpdateSettingsArgs>;
  /**
   * The device-remembering configuration for a user pool. Device remembering or device tracking is a
   * "Remember me on this device" option for user pools that perform authentication with the device key
   * of a trusted device in the back end, instead of a user-provided MFA code. For more information about
   * device authentication, see Working with user devices in your user pool
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).
   * A null value indicates that you have deactivated device remembering in your user pool.
   *
   * Note: When you provide a value for any `DeviceConfiguration` field, you activate the Amazon Cognito
   * device-remembering feature. For more information, see Working with devices
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html).
   *
   * Changes apply in place (UpdateUserPool).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-DeviceConfiguration
   */
  deviceConfiguration?: pulumi.Input<DeviceConfigurationArgs>;
  /**
   * The email configuration of your user pool. The email configuration type sets your preferred sending
   * method, Amazon Web Services Region, and sender for messages from your user pool.
   *
   * Changes apply in place (UpdateUserPool).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-EmailConfiguration
   */
  emailConfiguration?: pulumi.Input<EmailConfigurationArgs>;
  /**
   * The settings for your Amazon Cognito user pool to send SMS messages with Amazon Simple Notification
   * Service. To send SMS messages with Amazon SNS in the Amazon Web Services Region that you want, the
   * Amazon Cognito user pool uses an Identity and Access Management (IAM) role in your Amazon Web
   * Services account. For more information see SMS message settings
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html).
   *
   * Changes apply in place (UpdateUserPool).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-SmsConfiguration
   */
  smsConfiguration?: pulumi.Input<SmsConfigurationArgs>;
  /**
   * The tag keys and values to assign to the user pool. A tag is a label that you can use to categorize
   * and manage user pools in different ways, such as by purpose, owner, environment, or other criteria.
   *
   * Limits: 0-49 entries; 1-128 characters; must not start with "aws:"; 0-256 characters.
   *
   * Changes apply in place (UpdateUserPool).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-UserPoolTags
   */
  userPoolTags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
  /**
   * The configuration for administrative creation of users. Includes the template for the invitation
   * message for new users, the duration of temporary passwords, and permitting self-service sign-up.
   *
   * Changes apply in place (UpdateUserPool).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-AdminCreateUserConfig
   */
  adminCreateUserConfig?: pulumi.Input<AdminCreateUserConfigArgs>;
  /**
   * An array of attributes for the new user pool. You can add custom attributes and modify the
   * properties of default attributes. The specifications in this parameter set the required attributes
   * in your user pool. For more information, see Working with user attributes
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html).
   *
   * Limits: 1-50 entries.
   *
   * New custom attributes are added in place (AddCustomAttributes); an existing attribute can be neither
   * changed nor removed.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-Schema
   */
  schema?: pulumi.Input<pulumi.Input<SchemaAttributeArgs>[]>;
  /**
   * Contains settings for activation of threat protection, including the operating mode and additional
   * authentication types. To log user security information but take no action, set to `AUDIT`. To
   * configure automatic security responses to potentially unwanted traffic to your user pool, set to
   * `ENFORCED`.
   *
   * For more information, see Adding advanced security to a user pool
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-advanced-security.html).
   * To activate this setting, your user pool must be on the Plus tier
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html).
   *
   * Changes apply in place (UpdateUserPool).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-UserPoolAddOns
   */
  userPoolAddOns?: pulumi.Input<UserPoolAddOnsArgs>;
  /**
   * The dynamic client registration configuration for the user pool. With dynamic client registration,
   * applications can register their own app clients at runtime through the registration endpoint of your
   * user pool domain. To activate this setting, your user pool must be in the Essentials tier
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
   * or higher.
   *
   * Changes apply in place (UpdateUserPool).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-DcrConfiguration
   */
  dcrConfiguration?: pulumi.Input<DcrConfigurationArgs>;
  /**
   * Sets the case sensitivity option for sign-in usernames. When `CaseSensitive` is `false` (case
   * insensitive), users can sign in with any combination of capital and lowercase letters. For example,
   * `username`, `USERNAME`, or `UserName`, or for email, `email@example.com` or `EMaiL@eXamplE.Com`. For
   * most use cases, set case sensitivity to `false` as a best practice. When usernames and email
   * addresses are case insensitive, Amazon Cognito treats any variation in case as the same user, and
   * prevents a case variation from being assigned to the same attribute for a different user.
   *
   * When `CaseSensitive` is `true` (case sensitive), Amazon Cognito interprets `USERNAME` and `UserName`
   * as distinct users.
   *
   * This configuration is immutable after you set it.
   *
   * Fixed at creation: changing it needs a new pool, which has none of this pool's users (refused while
   * deletionProtection is ACTIVE).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-UsernameConfiguration
   */
  usernameConfiguration?: pulumi.Input<UsernameConfigurationArgs>;
  /**
   * The available verified method a user can use to recover their password when they call
   * `ForgotPassword`. You can use this setting to define a preferred method when a user has more than
   * one method available. With this setting, SMS doesn't qualify for a valid password recovery mechanism
   * if the user also has SMS multi-factor authentication (MFA) activated. Email MFA is also
   * disqualifying for account recovery with email. In the absence of this setting, Amazon Cognito uses
   * the legacy behavior to determine the recovery method where SMS is preferred over email.
   *
   * As a best practice, configure both `verified_email` and `verified_phone_number`, with one having a
   * higher priority than the other.
   *
   * Changes apply in place (UpdateUserPool).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-AccountRecoverySetting
   */
  accountRecoverySetting?: pulumi.Input<AccountRecoverySettingArgs>;
  /**
   * The user pool feature plan
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html), or
   * tier. This parameter determines the eligibility of the user pool for features like managed login,
   * access-token customization, and threat protection. Defaults to `ESSENTIALS`.
   *
   * Changes apply in place (UpdateUserPool).
   *
   * @default "ESSENTIALS"
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-UserPoolTier
   */
  userPoolTier?: pulumi.Input<UserPoolTier>;
  /**
   * The key configuration for the user pool. Specifies the key type and KMS key ARN for encryption.
   *
   * Changes apply in place (UpdateUserPool).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-KeyConfiguration
   */
  keyConfiguration?: pulumi.Input<KeyConfigurationArgs>;
  /**
   * The issuer configuration for the user pool. Specifies the issuer type for token generation.
   *
   * Changes apply in place (UpdateUserPool).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-IssuerConfiguration
   */
  issuerConfiguration?: pulumi.Input<IssuerConfigurationArgs>;
  /**
   * The custom names for the authentication context class reference (ACR) levels in your user pool.
   * Amazon Cognito defines four fixed ACR levels that represent increasing authentication assurance. The
   * combination of authentication factors that satisfies each level is fixed and you can't change it.
   * With this configuration, you customize only the URI name that Amazon Cognito reports for each level
   * in the `acr` token claim.
   *
   * You can override a subset of the levels. By default, the levels are named `urn:cognito:loa:1`
   * through `urn:cognito:loa:4`, and Amazon Cognito applies the default name to any level that you don't
   * specify. Each name must be unique across all four levels, including any default names that apply to
   * levels you don't override. A name can contain any character that is valid in a URL or a URN.
   *
   * Configuring custom ACR level names requires the Essentials or Plus feature plan. To activate this
   * setting, your user pool must be in the Essentials tier
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
   * or higher.
   *
   * Changes apply in place (UpdateUserPool).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-AcrConfiguration
   */
  acrConfiguration?: pulumi.Input<Record<string, pulumi.Input<AcrLevelConfigArgs>>>;
  /**
   * Configures user pool SMS messages for MFA. Sets the message template and the SMS message sending
   * configuration for Amazon SNS.
   *
   * Applied with SetUserPoolMfaConfig and read back with GetUserPoolMfaConfig; changes apply in place.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetUserPoolMfaConfig.html#CognitoUserPools-SetUserPoolMfaConfig-request-SmsMfaConfiguration
   */
  smsMfaConfiguration?: pulumi.Input<SmsMfaConfigArgs>;
  /**
   * Configures a user pool for time-based one-time password (TOTP) MFA. Enables or disables TOTP.
   *
   * Applied with SetUserPoolMfaConfig and read back with GetUserPoolMfaConfig; changes apply in place.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetUserPoolMfaConfig.html#CognitoUserPools-SetUserPoolMfaConfig-request-SoftwareTokenMfaConfiguration
   */
  softwareTokenMfaConfiguration?: pulumi.Input<SoftwareTokenMfaConfigArgs>;
  /**
   * Sets configuration for user pool email message MFA and sign-in with one-time passwords (OTPs).
   * Includes the subject and body of the email message template for sign-in and MFA messages. To
   * activate this setting, your user pool must be in the Essentials tier
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
   * or higher.
   *
   * Applied with SetUserPoolMfaConfig and read back with GetUserPoolMfaConfig; changes apply in place.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetUserPoolMfaConfig.html#CognitoUserPools-SetUserPoolMfaConfig-request-EmailMfaConfiguration
   */
  emailMfaConfiguration?: pulumi.Input<EmailMfaConfigArgs>;
  /**
   * The configuration of your user pool for passkey, or WebAuthn, authentication and registration.
   * Includes relying-party configuration, user-verification requirements, and whether passkeys can
   * satisfy MFA requirements.
   *
   * Applied with SetUserPoolMfaConfig and read back with GetUserPoolMfaConfig; changes apply in place.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetUserPoolMfaConfig.html#CognitoUserPools-SetUserPoolMfaConfig-request-WebAuthnConfiguration
   */
  webAuthnConfiguration?: pulumi.Input<WebAuthnConfigurationArgs>;
  /**
   * The id (`<region>_<id>`, e.g. `us-east-1_AbC123xyZ`) of an existing user pool to bring under
   * management instead of creating a new one. On create the provider checks that the pool exists in the
   * provider's region, refuses if a field fixed at creation (usernameAttributes, aliasAttributes,
   * usernameConfiguration, an existing schema attribute) differs from the live pool, reports how the
   * other live settings differ from the declared ones, adds missing custom attributes, and converges the
   * pool to the declared settings in place. It never calls CreateUserPool or DeleteUserPool, so the pool
   * keeps its id and its users.
   *
   * Only read on create: changing or removing it afterwards changes nothing. Deleting the resource later
   * follows the normal rules (deletion protection included). `npx pulumi-cognito-userpool generate
   * --user-pool-id ID` writes a program that declares a live pool with this set.
   *
   * Limits: 1-55 characters, pattern `[\w-]+_[0-9a-zA-Z]+`.
   */
  adoptUserPoolId?: pulumi.Input<string>;
}

/**
 * The settings for user message delivery in forgot-password operations. Contains preference for email
 * or SMS message delivery of password reset codes, or for admin-only password reset.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AccountRecoverySettingType.html
 */
export interface AccountRecoverySettingArgs {
  /**
   * The list of options and priorities for user message delivery in forgot-password operations. Sets or
   * displays user pool preferences for email or SMS message priority, whether users should fall back to
   * a second delivery method, and whether passwords should only be reset by administrators.
   *
   * Limits: 1-2 entries.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AccountRecoverySettingType.html#CognitoUserPools-Type-AccountRecoverySettingType-RecoveryMechanisms
   */
  recoveryMechanisms?: pulumi.Input<pulumi.Input<RecoveryOptionArgs>[]>;
}

/**
 * The configuration for a single authentication context class reference (ACR) level in a user pool.
 * Each entry in an `AcrConfiguration` map associates a level (`Level1` through `Level4`) with this
 * configuration, which provides the custom name that Amazon Cognito reports for that level in the
 * `acr` token claim.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AcrLevelConfigType.html
 */
export interface AcrLevelConfigArgs {
  /**
   * The custom name for this authentication context class reference (ACR) level. This value is the URI
   * that Amazon Cognito reports in the `acr` token claim when a user meets this level. The name must be
   * unique across all levels in the user pool, including default names.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AcrLevelConfigType.html#CognitoUserPools-Type-AcrLevelConfigType-AcrValue
   */
  acrValue: pulumi.Input<string>;
}

/**
 * The settings for administrator creation of users in a user pool. Contains settings for allowing user
 * sign-up, customizing invitation messages to new users, and the amount of time before temporary
 * passwords expire.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUserConfigType.html
 */
export interface AdminCreateUserConfigArgs {
  /**
   * The setting for allowing self-service sign-up. When `true`, only administrators can create new user
   * profiles. When `false`, users can register themselves and create a new user profile with the
   * `SignUp` operation.
   *
   * @default false
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUserConfigType.html#CognitoUserPools-Type-AdminCreateUserConfigType-AllowAdminCreateUserOnly
   */
  allowAdminCreateUserOnly?: pulumi.Input<boolean>;
  /**
   * This parameter is no longer in use.
   *
   * The password expiration limit in days for administrator-created users. When this time expires, the
   * user can't sign in with their temporary password. To reset the account after that time limit, you
   * must call `AdminCreateUser` again, specifying `RESEND` for the `MessageAction` parameter.
   *
   * The default value for this parameter is 7.
   *
   * Limits: 0 to 365.
   *
   * @default 7
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUserConfigType.html#CognitoUserPools-Type-AdminCreateUserConfigType-UnusedAccountValidityDays
   */
  unusedAccountValidityDays?: pulumi.Input<number>;
  /**
   * The template for the welcome message to new users. This template must include the `\{####\}`
   * temporary password placeholder if you are creating users with passwords. If your users don't have
   * passwords, you can omit the placeholder.
   *
   * See also Customizing User Invitation Messages
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-message-customizations.html#cognito-user-pool-settings-user-invitation-message-customization).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUserConfigType.html#CognitoUserPools-Type-AdminCreateUserConfigType-InviteMessageTemplate
   */
  inviteMessageTemplate?: pulumi.Input<MessageTemplateArgs>;
}

/**
 * The dynamic client registration configuration for a user pool. Dynamic client registration lets
 * applications register their own app clients at runtime through the registration endpoint of your
 * user pool domain. To activate this setting, your user pool must be in the Essentials tier
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
 * or higher.
 *
 * Applications register app clients at the `/oauth2/register` endpoint of your user pool domain. In
 * authenticated registration, the application sends an access token from your user pool that has the
 * `aws.cognito/dcr/register` scope. In open registration, the application doesn't send a token.
 *
 * When you include this configuration in an `UpdateUserPool` request, Amazon Cognito replaces the
 * existing configuration with the one that you provide.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DcrConfigurationType.html
 */
export interface DcrConfigurationArgs {
  /**
   * Specifies whether dynamic client registration is turned on for the user pool. If you provide a
   * dynamic client registration configuration without this value, Amazon Cognito turns dynamic client
   * registration on.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DcrConfigurationType.html#CognitoUserPools-Type-DcrConfigurationType-EnableStatus
   */
  enableStatus?: pulumi.Input<Status>;
  /**
   * Specifies whether open registration is turned on. When open registration is on, applications can
   * register app clients without an initial access token. The default value is `false`.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DcrConfigurationType.html#CognitoUserPools-Type-DcrConfigurationType-OpenDcrEnabled
   */
  openDcrEnabled?: pulumi.Input<boolean>;
  /**
   * The OAuth grant types that an app client created through authenticated registration can request. If
   * you don't set this value, authenticated registration permits the `code` and `client_credentials`
   * grant types. If you set an empty list, Amazon Cognito rejects authenticated registration requests.
   * Dynamic client registration supports the following values. Amazon Cognito accepts `implicit` in this
   * list but ignores it.
   *
   * - code
   * Use a code grant flow, which provides an authorization code as the response. This code can be
   * exchanged for access tokens with the `/oauth2/token` endpoint.
   * - client_credentials
   * Issue the access token from the `/oauth2/token` endpoint directly to a non-person user using a
   * combination of the client ID and client secret.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DcrConfigurationType.html#CognitoUserPools-Type-DcrConfigurationType-AuthenticatedGrantTypes
   */
  authenticatedGrantTypes?: pulumi.Input<pulumi.Input<OAuthFlow>[]>;
  /**
   * The OAuth grant types that an app client created through open registration can request. If you don't
   * set this value, open registration permits only the `code` grant type. If you set an empty list,
   * Amazon Cognito rejects open registration requests. If you add `client_credentials`, anyone can
   * register an app client that requests machine-to-machine (M2M) access tokens, and you pay for the M2M
   * token requests that those app clients make. Dynamic client registration supports the following
   * values. Amazon Cognito accepts `implicit` in this list but ignores it.
   *
   * - code
   * Use a code grant flow, which provides an authorization code as the response. This code can be
   * exchanged for access tokens with the `/oauth2/token` endpoint.
   * - client_credentials
   * Issue the access token from the `/oauth2/token` endpoint directly to a non-person user using a
   * combination of the client ID and client secret.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DcrConfigurationType.html#CognitoUserPools-Type-DcrConfigurationType-OpenDcrGrantTypes
   */
  openDcrGrantTypes?: pulumi.Input<pulumi.Input<OAuthFlow>[]>;
  /**
   * The scopes that an app client created through dynamic client registration can request, in addition
   * to the standard OpenID Connect (OIDC) scopes. You can include custom scopes from your resource
   * servers and `aws.cognito.signin.user.admin`. Registered app clients can request the OIDC scopes
   * `openid`, `email`, `phone`, and `profile` without listing them here. If you don't set this value,
   * registered app clients can request only the OIDC scopes. A registered app client can't request the
   * `aws.cognito/dcr/register` scope, even if you include it in this list.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DcrConfigurationType.html#CognitoUserPools-Type-DcrConfigurationType-AllowedScopes
   */
  allowedScopes?: pulumi.Input<pulumi.Input<string>[]>;
}

/**
 * The device-remembering configuration for a user pool.
 *
 * Note: When you provide a value for any property of `DeviceConfiguration`, you activate the device
 * remembering for the user pool.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DeviceConfigurationType.html
 */
export interface DeviceConfigurationArgs {
  /**
   * When true, a remembered device can sign in with device authentication instead of SMS and time-based
   * one-time password (TOTP) factors for multi-factor authentication (MFA).
   *
   * Note: Whether or not `ChallengeRequiredOnNewDevice` is true, users who sign in with devices that
   * have not been confirmed or remembered must still provide a second factor in a user pool that
   * requires MFA.
   *
   * @default false
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DeviceConfigurationType.html#CognitoUserPools-Type-DeviceConfigurationType-ChallengeRequiredOnNewDevice
   */
  challengeRequiredOnNewDevice?: pulumi.Input<boolean>;
  /**
   * When true, Amazon Cognito doesn't automatically remember a user's device when your app sends a
   * `ConfirmDevice` API request. In your app, create a prompt for your user to choose whether they want
   * to remember their device. Return the user's choice in an `UpdateDeviceStatus` API request.
   *
   * When `DeviceOnlyRememberedOnUserPrompt` is `false`, Amazon Cognito immediately remembers devices
   * that you register in a `ConfirmDevice` API request.
   *
   * @default false
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DeviceConfigurationType.html#CognitoUserPools-Type-DeviceConfigurationType-DeviceOnlyRememberedOnUserPrompt
   */
  deviceOnlyRememberedOnUserPrompt?: pulumi.Input<boolean>;
}

/**
 * The email configuration of your user pool. The email configuration type sets your preferred sending
 * method, Amazon Web Services Region, and sender for messages from your user pool.
 *
 * Note: Amazon Cognito can send email messages with Amazon Simple Email Service resources in the
 * Amazon Web Services Region where you created your user pool, and in alternate Regions in some cases.
 * For more information on the supported Regions, see Email settings for Amazon Cognito user pools
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-email.html).
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html
 */
export interface EmailConfigurationArgs {
  /**
   * The ARN of a verified email address or an address from a verified domain in Amazon SES. You can set
   * a `SourceArn` email from a verified domain only with an API request. You can set a verified email
   * address, but not an address in a verified domain, in the Amazon Cognito console. Amazon Cognito uses
   * the email address that you provide in one of the following ways, depending on the value that you
   * specify for the `EmailSendingAccount` parameter:
   *
   * - If you specify `COGNITO_DEFAULT`, Amazon Cognito uses this address as the custom FROM address when
   * it emails your users using its built-in email account.
   * - If you specify `DEVELOPER`, Amazon Cognito emails your users with this address by calling Amazon
   * SES on your behalf.
   *
   * The Region value of the `SourceArn` parameter must indicate a supported Amazon Web Services Region
   * of your user pool. Typically, the Region in the `SourceArn` and the user pool Region are the same.
   * For more information, see Amazon SES email configuration regions
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-email.html#user-pool-email-developer-region-mapping)
   * in the Amazon Cognito Developer Guide
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-identity-pools.html).
   *
   * Limits: 20-2048 characters; an ARN such as arn:aws:lambda:us-east-1:123456789012:function:MyFunction
   * (arn:partition:service:region:account-id:resource) (pattern
   * `arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?`).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-SourceArn
   */
  sourceArn?: pulumi.Input<string>;
  /**
   * The destination to which the receiver of the email should reply.
   *
   * Limits: an email address such as support@example.com (no spaces, no display name) (pattern
   * `[\p{L}\p{M}\p{S}\p{N}\p{P}]+@[\p{L}\p{M}\p{S}\p{N}\p{P}]+`).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-ReplyToEmailAddress
   */
  replyToEmailAddress?: pulumi.Input<string>;
  /**
   * Specifies whether Amazon Cognito uses its built-in functionality to send your users email messages,
   * or uses your Amazon Simple Email Service email configuration. Specify one of the following values:
   *
   * - COGNITO_DEFAULT
   * When Amazon Cognito emails your users, it uses its built-in email functionality. When you use the
   * default option, Amazon Cognito allows only a limited number of emails each day for your user pool.
   * For typical production environments, the default email limit is less than the required delivery
   * volume. To achieve a higher delivery volume, specify DEVELOPER to use your Amazon SES email
   * configuration.
   * To look up the email delivery limit for the default option, see Limits
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/limits.html) in the Amazon Cognito
   * Developer Guide.
   * The default FROM address is `no-reply@verificationemail.com`. To customize the FROM address, provide
   * the Amazon Resource Name (ARN) of an Amazon SES verified email address for the `SourceArn`
   * parameter.
   * - DEVELOPER
   * When Amazon Cognito emails your users, it uses your Amazon SES configuration. Amazon Cognito calls
   * Amazon SES on your behalf to send email from your verified email address. When you use this option,
   * the email delivery limits are the same limits that apply to your Amazon SES verified email address
   * in your Amazon Web Services account.
   * If you use this option, provide the ARN of an Amazon SES verified email address for the `SourceArn`
   * parameter.
   * Before Amazon Cognito can email your users, it requires additional permissions to call Amazon SES on
   * your behalf. When you update your user pool with this option, Amazon Cognito creates a
   * service-linked role, which is a type of role in your Amazon Web Services account. This role contains
   * the permissions that allow you to access Amazon SES and send email messages from your email address.
   * For more information about the service-linked role that Amazon Cognito creates, see Using
   * Service-Linked Roles for Amazon Cognito
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/using-service-linked-roles.html) in the
   * Amazon Cognito Developer Guide.
   *
   * @default "COGNITO_DEFAULT"
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount
   */
  emailSendingAccount?: pulumi.Input<EmailSendingAccount>;
  /**
   * Either the sender’s email address or the sender’s name with their email address. For example,
   * `testuser@example.com` or `Test User <testuser@example.com>`. This address appears before the body
   * of the email.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-From
   */
  from?: pulumi.Input<string>;
  /**
   * The set of configuration rules that can be applied to emails sent using Amazon Simple Email Service.
   * A configuration set is applied to an email by including a reference to the configuration set in the
   * headers of the email. Once applied, all of the rules in that configuration set are applied to the
   * email. Configuration sets can be used to apply the following types of rules to emails:
   *
   * - Event publishing
   * Amazon Simple Email Service can track the number of send, delivery, open, click, bounce, and
   * complaint events for each email sent. Use event publishing to send information about these events to
   * other Amazon Web Services services such as and Amazon CloudWatch
   * - IP pool management
   * When leasing dedicated IP addresses with Amazon Simple Email Service, you can create groups of IP
   * addresses, called dedicated IP pools. You can then associate the dedicated IP pools with
   * configuration sets.
   *
   * Limits: 1-64 characters; the name of an Amazon SES configuration set (letters, digits, _ and -)
   * (pattern `[a-zA-Z0-9_-]+`).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-ConfigurationSet
   */
  configurationSet?: pulumi.Input<string>;
}

/**
 * Sets or shows configuration for user pool email message MFA and sign-in with one-time passwords
 * (OTPs). Includes the subject and body of the email message template for sign-in and MFA messages. To
 * activate this setting, your user pool must be in the Essentials tier
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
 * or higher.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailMfaConfigType.html
 */
export interface EmailMfaConfigArgs {
  /**
   * The template for the email messages that your user pool sends to users with codes for MFA and
   * sign-in with email OTPs. The message must contain the `\{####\}` placeholder. In the message, Amazon
   * Cognito replaces this placeholder with the code. If you don't provide this parameter, Amazon Cognito
   * sends messages in the default format.
   *
   * Limits: 6-20000 characters; letters, marks, numbers, symbols, punctuation and whitespace (pattern
   * `[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*`); must contain {####} (where Cognito puts the code).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailMfaConfigType.html#CognitoUserPools-Type-EmailMfaConfigType-Message
   */
  message?: pulumi.Input<string>;
  /**
   * The subject of the email messages that your user pool sends to users with codes for MFA and email
   * OTP sign-in.
   *
   * Limits: at least 1 character; letters, marks, numbers, symbols, punctuation and whitespace (pattern
   * `[\p{L}\p{M}\p{S}\p{N}\p{P}\s]+`).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailMfaConfigType.html#CognitoUserPools-Type-EmailMfaConfigType-Subject
   */
  subject?: pulumi.Input<string>;
}

/**
 * Specifies the issuer configuration for a user pool. Contains settings that determine how tokens are
 * issued and validated.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_IssuerConfigurationType.html
 */
export interface IssuerConfigurationArgs {
  /**
   * The type of issuer configuration. Determines the token issuing behavior for the user pool.
   *
   * - ORIGINAL
   * The original issuer configuration for user pools. The issuer URL is hosted in the user pool’s region
   * and provides OIDC endpoints specific to that region.
   * Original issuers have the format of `https://cognito-idp.[region].amazonaws.com/[userPoolId]`
   * - UPDATED
   * Recommended for all user pools, including for multi-Region replication. Updated issuers host the
   * same JWKS content in multiple regions, resulting in improved resilience and efficiency.
   * Updated issuers have the format of `https://issuer-cognito-idp.[region].amazonaws.com/[userPoolId]`,
   * where region is the primary Amazon Web Services Region of your user pool.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_IssuerConfigurationType.html#CognitoUserPools-Type-IssuerConfigurationType-Type
   */
  type?: pulumi.Input<Issuer>;
}

/**
 * Specifies the key configuration for a user pool. Contains settings for encryption keys used to
 * secure user pool data.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_KeyConfigurationType.html
 */
export interface KeyConfigurationArgs {
  /**
   * The type of encryption key used for the user pool.
   *
   * - AWS_OWNED_KEY
   * A key owned by Amazon Web Services in Key Management Service.
   * - CUSTOMER_MANAGED_KEY
   * A key managed by the customer in Key Management Service. You must use a multi-region key to enable
   * multi-region replication for a user pool.
   *
   * @default "AWS_OWNED_KEY"
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_KeyConfigurationType.html#CognitoUserPools-Type-KeyConfigurationType-KeyType
   */
  keyType?: pulumi.Input<EncryptionKey>;
  /**
   * The Amazon Resource Name (ARN) of the KMS key used for encryption. If not specified, Amazon Web
   * Services managed keys are used.
   *
   * Limits: 20-2048 characters; an ARN such as arn:aws:lambda:us-east-1:123456789012:function:MyFunction
   * (arn:partition:service:region:account-id:resource) (pattern
   * `arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?`).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_KeyConfigurationType.html#CognitoUserPools-Type-KeyConfigurationType-KmsKeyArn
   */
  kmsKeyArn?: pulumi.Input<string>;
}

/**
 * A collection of user pool Lambda triggers. Amazon Cognito invokes triggers at several possible
 * stages of user pool operations. Triggers can modify the outcome of the operations that invoked them.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html
 */
export interface LambdaConfigArgs {
  /**
   * The configuration of a pre sign-up Lambda trigger
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html) in a
   * user pool. This trigger evaluates new users and can bypass confirmation, link a federated user
   * profile
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation-consolidate-users.html),
   * or block sign-up requests.
   *
   * Limits: 20-2048 characters; an ARN such as arn:aws:lambda:us-east-1:123456789012:function:MyFunction
   * (arn:partition:service:region:account-id:resource) (pattern
   * `arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?`).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html#CognitoUserPools-Type-LambdaConfigType-PreSignUp
   */
  preSignUp?: pulumi.Input<string>;
  /**
   * A custom message Lambda trigger. This trigger is an opportunity to customize all SMS and email
   * messages from your user pool. When a custom message trigger is active, your user pool routes all
   * messages to a Lambda function that returns a runtime-customized message subject and body for your
   * user pool to deliver to a user.
   *
   * Limits: 20-2048 characters; an ARN such as arn:aws:lambda:us-east-1:123456789012:function:MyFunction
   * (arn:partition:service:region:account-id:resource) (pattern
   * `arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?`).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html#CognitoUserPools-Type-LambdaConfigType-CustomMessage
   */
  customMessage?: pulumi.Input<string>;
  /**
   * The configuration of a post confirmation Lambda trigger
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html)
   * in a user pool. This trigger can take custom actions after a user confirms their user account and
   * their email address or phone number.
   *
   * Limits: 20-2048 characters; an ARN such as arn:aws:lambda:us-east-1:123456789012:function:MyFunction
   * (arn:partition:service:region:account-id:resource) (pattern
   * `arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?`).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html#CognitoUserPools-Type-LambdaConfigType-PostConfirmation
   */
  postConfirmation?: pulumi.Input<string>;
  /**
   * The configuration of a pre authentication trigger
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html)
   * in a user pool. This trigger can evaluate and modify user sign-in events.
   *
   * Limits: 20-2048 characters; an ARN such as arn:aws:lambda:us-east-1:123456789012:function:MyFunction
   * (arn:partition:service:region:account-id:resource) (pattern
   * `arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?`).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html#CognitoUserPools-Type-LambdaConfigType-PreAuthentication
   */
  preAuthentication?: pulumi.Input<string>;
  /**
   * The configuration of a post authentication Lambda trigger
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html)
   * in a user pool. This trigger can take custom actions after a user signs in.
   *
   * Limits: 20-2048 characters; an ARN such as arn:aws:lambda:us-east-1:123456789012:function:MyFunction
   * (arn:partition:service:region:account-id:resource) (pattern
   * `arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?`).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html#CognitoUserPools-Type-LambdaConfigType-PostAuthentication
   */
  postAuthentication?: pulumi.Input<string>;
  /**
   * The configuration of a define auth challenge Lambda trigger, one of three triggers in the sequence
   * of the custom authentication challenge triggers
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html).
   *
   * Limits: 20-2048 characters; an ARN such as arn:aws:lambda:us-east-1:123456789012:function:MyFunction
   * (arn:partition:service:region:account-id:resource) (pattern
   * `arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?`).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html#CognitoUserPools-Type-LambdaConfigType-DefineAuthChallenge
   */
  defineAuthChallenge?: pulumi.Input<string>;
  /**
   * The configuration of a create auth challenge Lambda trigger, one of three triggers in the sequence
   * of the custom authentication challenge triggers
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html).
   *
   * Limits: 20-2048 characters; an ARN such as arn:aws:lambda:us-east-1:123456789012:function:MyFunction
   * (arn:partition:service:region:account-id:resource) (pattern
   * `arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?`).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html#CognitoUserPools-Type-LambdaConfigType-CreateAuthChallenge
   */
  createAuthChallenge?: pulumi.Input<string>;
  /**
   * The configuration of a verify auth challenge Lambda trigger, one of three triggers in the sequence
   * of the custom authentication challenge triggers
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html).
   *
   * Limits: 20-2048 characters; an ARN such as arn:aws:lambda:us-east-1:123456789012:function:MyFunction
   * (arn:partition:service:region:account-id:resource) (pattern
   * `arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?`).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html#CognitoUserPools-Type-LambdaConfigType-VerifyAuthChallengeResponse
   */
  verifyAuthChallengeResponse?: pulumi.Input<string>;
  /**
   * The legacy configuration of a pre token generation Lambda trigger
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html)
   * in a user pool.
   *
   * Set this parameter for legacy purposes. If you also set an ARN in `PreTokenGenerationConfig`, its
   * value must be identical to `PreTokenGeneration`. For new instances of pre token generation triggers,
   * set the `LambdaArn` of `PreTokenGenerationConfig`.
   *
   * Limits: 20-2048 characters; an ARN such as arn:aws:lambda:us-east-1:123456789012:function:MyFunction
   * (arn:partition:service:region:account-id:resource) (pattern
   * `arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?`).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html#CognitoUserPools-Type-LambdaConfigType-PreTokenGeneration
   */
  preTokenGeneration?: pulumi.Input<string>;
  /**
   * The configuration of a migrate user Lambda trigger
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html) in a
   * user pool. This trigger can create user profiles when users sign in or attempt to reset their
   * password with credentials that don't exist yet.
   *
   * Limits: 20-2048 characters; an ARN such as arn:aws:lambda:us-east-1:123456789012:function:MyFunction
   * (arn:partition:service:region:account-id:resource) (pattern
   * `arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?`).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html#CognitoUserPools-Type-LambdaConfigType-UserMigration
   */
  userMigration?: pulumi.Input<string>;
  /**
   * The detailed configuration of a pre token generation Lambda trigger
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html)
   * in a user pool. If you also set an ARN in `PreTokenGeneration`, its value must be identical to
   * `PreTokenGenerationConfig`.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html#CognitoUserPools-Type-LambdaConfigType-PreTokenGenerationConfig
   */
  preTokenGenerationConfig?: pulumi.Input<PreTokenGenerationVersionConfigArgs>;
  /**
   * The configuration of a custom SMS sender Lambda trigger. This trigger routes all SMS notifications
   * from a user pool to a Lambda function that delivers the message using custom logic.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html#CognitoUserPools-Type-LambdaConfigType-CustomSMSSender
   */
  customSmsSender?: pulumi.Input<CustomSmsLambdaVersionConfigArgs>;
  /**
   * The configuration of a custom email sender Lambda trigger. This trigger routes all email
   * notifications from a user pool to a Lambda function that delivers the message using custom logic.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html#CognitoUserPools-Type-LambdaConfigType-CustomEmailSender
   */
  customEmailSender?: pulumi.Input<CustomEmailLambdaVersionConfigArgs>;
  /**
   * The ARN of an KMS key
   * (https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#master_keys). Amazon Cognito
   * uses the key to encrypt codes and temporary passwords sent to custom sender Lambda triggers.
   *
   * Limits: 20-2048 characters; an ARN such as arn:aws:lambda:us-east-1:123456789012:function:MyFunction
   * (arn:partition:service:region:account-id:resource) (pattern
   * `arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?`).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html#CognitoUserPools-Type-LambdaConfigType-KMSKeyID
   */
  kmsKeyId?: pulumi.Input<string>;
  /**
   * The configuration of an inbound federation Lambda trigger. This trigger can transform federated user
   * attributes during the authentication with external identity providers.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html#CognitoUserPools-Type-LambdaConfigType-InboundFederation
   */
  inboundFederation?: pulumi.Input<InboundFederationLambdaArgs>;
}

/**
 * A list of the user attributes and their properties in your user pool. The attribute schema contains
 * standard attributes, custom attributes with a `custom:` prefix, and developer attributes with a
 * `dev:` prefix. For more information, see User pool attributes
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html).
 *
 * Developer-only `dev:` attributes are a legacy feature of user pools, and are read-only to all app
 * clients. You can create and update developer-only attributes only with IAM-authenticated API
 * operations. Use app client read/write permissions instead.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SchemaAttributeType.html
 */
export interface SchemaAttributeArgs {
  /**
   * The name of your user pool attribute. When you create or update a user pool, adding a schema
   * attribute creates a custom or developer-only attribute. When you add an attribute with a `Name`
   * value of `MyAttribute`, Amazon Cognito creates the custom attribute `custom:MyAttribute`. When
   * `DeveloperOnlyAttribute` is `true`, Amazon Cognito creates your attribute as `dev:MyAttribute`. In
   * an operation that describes a user pool, Amazon Cognito returns this value as `value` for standard
   * attributes, `custom:value` for custom attributes, and `dev:value` for developer-only attributes..
   *
   * Limits: 1-20 characters; letters, marks, numbers, symbols and punctuation (no whitespace) (pattern
   * `[\p{L}\p{M}\p{S}\p{N}\p{P}]+`).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SchemaAttributeType.html#CognitoUserPools-Type-SchemaAttributeType-Name
   */
  name?: pulumi.Input<string>;
  /**
   * The data format of the values for your attribute. When you choose an `AttributeDataType`, Amazon
   * Cognito validates the input against the data type. A custom attribute value in your user's ID token
   * is always a string, for example `"custom:isMember" : "true"` or `"custom:YearsAsMember" : "12"`.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SchemaAttributeType.html#CognitoUserPools-Type-SchemaAttributeType-AttributeDataType
   */
  attributeDataType?: pulumi.Input<AttributeData>;
  /**
   * Note: You should use WriteAttributes
   * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html#CognitoUserPools-Type-UserPoolClientType-WriteAttributes)
   * in the user pool client to control how attributes can be mutated for new use cases instead of using
   * `DeveloperOnlyAttribute`.
   *
   * Specifies whether the attribute type is developer only. This attribute can only be modified by an
   * administrator. Users won't be able to modify this attribute using their access token. For example,
   * `DeveloperOnlyAttribute` can be modified using AdminUpdateUserAttributes but can't be updated using
   * UpdateUserAttributes.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SchemaAttributeType.html#CognitoUserPools-Type-SchemaAttributeType-DeveloperOnlyAttribute
   */
  developerOnlyAttribute?: pulumi.Input<boolean>;
  /**
   * Specifies whether the value of the attribute can be changed.
   *
   * Any user pool attribute whose value you map from an IdP attribute must be mutable, with a parameter
   * value of `true`. Amazon Cognito updates mapped attributes when users sign in to your application
   * through an IdP. If an attribute is immutable, Amazon Cognito throws an error when it attempts to
   * update the attribute. For more information, see Specifying Identity Provider Attribute Mappings for
   * Your User Pool
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-specifying-attribute-mapping.html).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SchemaAttributeType.html#CognitoUserPools-Type-SchemaAttributeType-Mutable
   */
  mutable?: pulumi.Input<boolean>;
  /**
   * Specifies whether a user pool attribute is required. If the attribute is required and the user
   * doesn't provide a value, registration or sign-in will fail.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SchemaAttributeType.html#CognitoUserPools-Type-SchemaAttributeType-Required
   */
  required?: pulumi.Input<boolean>;
  /**
   * Specifies the constraints for an attribute of the number type.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SchemaAttributeType.html#CognitoUserPools-Type-SchemaAttributeType-NumberAttributeConstraints
   */
  numberAttributeConstraints?: pulumi.Input<NumberAttributeConstraintsArgs>;
  /**
   * Specifies the constraints for an attribute of the string type.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SchemaAttributeType.html#CognitoUserPools-Type-SchemaAttributeType-StringAttributeConstraints
   */
  stringAttributeConstraints?: pulumi.Input<StringAttributeConstraintsArgs>;
}

/**
 * User pool configuration for delivery of SMS messages with Amazon Simple Notification Service. To
 * send SMS messages with Amazon SNS in the Amazon Web Services Region that you want, the Amazon
 * Cognito user pool uses an Identity and Access Management (IAM) role in your Amazon Web Services
 * account.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SmsConfigurationType.html
 */
export interface SmsConfigurationArgs {
  /**
   * The Amazon Resource Name (ARN) of the Amazon SNS caller. This is the ARN of the IAM role in your
   * Amazon Web Services account that Amazon Cognito will use to send SMS messages. SMS messages are
   * subject to a spending limit
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html).
   *
   * Limits: 0-2048 characters; the ARN of an IAM role, such as
   * arn:aws:iam::123456789012:role/service-role/CognitoSMS (pattern
   * `(arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?)?`).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SmsConfigurationType.html#CognitoUserPools-Type-SmsConfigurationType-SnsCallerArn
   */
  snsCallerArn?: pulumi.Input<string>;
  /**
   * The external ID provides additional security for your IAM role. You can use an `ExternalId` with the
   * IAM role that you use with Amazon SNS to send SMS messages for your user pool. If you provide an
   * `ExternalId`, your Amazon Cognito user pool includes it in the request to assume your IAM role. You
   * can configure the role trust policy to require that Amazon Cognito, and any principal, provide the
   * `ExternalID`. If you use the Amazon Cognito Management Console to create a role for SMS multi-factor
   * authentication (MFA), Amazon Cognito creates a role with the required permissions and a trust policy
   * that demonstrates use of the `ExternalId`.
   *
   * For more information about the `ExternalId` of a role, see How to use an external ID when granting
   * access to your Amazon Web Services resources to a third party
   * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SmsConfigurationType.html#CognitoUserPools-Type-SmsConfigurationType-ExternalId
   */
  externalId?: pulumi.Input<string>;
  /**
   * The Amazon Web Services Region to use with Amazon SNS integration. You can choose the same Region as
   * your user pool, or a supported Legacy Amazon SNS alternate Region.
   *
   * Amazon Cognito resources in the Asia Pacific (Seoul) Amazon Web Services Region must use your Amazon
   * SNS configuration in the Asia Pacific (Tokyo) Region. For more information, see SMS message settings
   * for Amazon Cognito user pools
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html).
   *
   * Limits: 5-32 characters.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SmsConfigurationType.html#CognitoUserPools-Type-SmsConfigurationType-SnsRegion
   */
  snsRegion?: pulumi.Input<string>;
  /**
   * The configuration for sending SMS messages through Amazon Web Services End User Messaging SMS, as an
   * alternative to Amazon SNS. In a user pool, provide either the Amazon SNS configuration
   * (`SnsCallerArn`) or this configuration, but not both. In Amazon Web Services Regions where Amazon
   * SNS is not available, this configuration is required.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SmsConfigurationType.html#CognitoUserPools-Type-SmsConfigurationType-EumsSms
   */
  eumsSms?: pulumi.Input<EumsSmsConfigurationArgs>;
}

/**
 * The configuration of multi-factor authentication (MFA) with SMS messages in a user pool.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SmsMfaConfigType.html
 */
export interface SmsMfaConfigArgs {
  /**
   * The SMS authentication message that will be sent to users with the code they must sign in with. The
   * message must contain the `\{####\}` placeholder. Your user pool replaces the placeholder with the
   * MFA code. If this parameter isn't provided, your user pool sends a default message.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SmsMfaConfigType.html#CognitoUserPools-Type-SmsMfaConfigType-SmsAuthenticationMessage
   */
  smsAuthenticationMessage?: pulumi.Input<string>;
  /**
   * User pool configuration for delivery of SMS messages with Amazon Simple Notification Service. To
   * send SMS messages with Amazon SNS in the Amazon Web Services Region that you want, the Amazon
   * Cognito user pool uses an Identity and Access Management (IAM) role in your Amazon Web Services
   * account.
   *
   * You can set `SmsConfiguration` in `CreateUserPool` and `UpdateUserPool`, or in
   * `SetUserPoolMfaConfig`.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SmsMfaConfigType.html#CognitoUserPools-Type-SmsMfaConfigType-SmsConfiguration
   */
  smsConfiguration?: pulumi.Input<SmsConfigurationArgs>;
}

/**
 * Settings for time-based one-time password (TOTP) multi-factor authentication (MFA) in a user pool.
 * Enables and disables availability of this feature.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SoftwareTokenMfaConfigType.html
 */
export interface SoftwareTokenMfaConfigArgs {
  /**
   * The activation state of TOTP MFA.
   *
   * @default false
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SoftwareTokenMfaConfigType.html#CognitoUserPools-Type-SoftwareTokenMfaConfigType-Enabled
   */
  enabled?: pulumi.Input<boolean>;
}

/**
 * The settings for updates to user attributes. These settings include the property
 * `AttributesRequireVerificationBeforeUpdate`, a user-pool setting that tells Amazon Cognito how to
 * handle changes to the value of your users' email address and phone number attributes. For more
 * information, see Verifying updates to email addresses and phone numbers
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html#user-pool-settings-verifications-verify-attribute-updates).
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserAttributeUpdateSettingsType.html
 */
export interface UserAttributeUpdateSettingsArgs {
  /**
   * Requires that your user verifies their email address, phone number, or both before Amazon Cognito
   * updates the value of that attribute. When you update a user attribute that has this option
   * activated, Amazon Cognito sends a verification message to the new phone number or email address.
   * Amazon Cognito doesn’t change the value of the attribute until your user responds to the
   * verification message and confirms the new value.
   *
   * When `AttributesRequireVerificationBeforeUpdate` is false, your user pool doesn't require that your
   * users verify attribute changes before Amazon Cognito updates them. In a user pool where
   * `AttributesRequireVerificationBeforeUpdate` is false, API operations that change attribute values
   * can immediately update a user’s `email` or `phone_number` attribute.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserAttributeUpdateSettingsType.html#CognitoUserPools-Type-UserAttributeUpdateSettingsType-AttributesRequireVerificationBeforeUpdate
   */
  attributesRequireVerificationBeforeUpdate?: pulumi.Input<pulumi.Input<VerifiedAttribute>[]>;
}

/**
 * Contains settings for activation of threat protection, including the operating mode and additional
 * authentication types. To log user security information but take no action, set to `AUDIT`. To
 * configure automatic security responses to potentially unwanted traffic to your user pool, set to
 * `ENFORCED`.
 *
 * For more information, see Adding advanced security to a user pool
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-advanced-security.html).
 * To activate this setting, your user pool must be on the Plus tier
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-plus.html).
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolAddOnsType.html
 */
export interface UserPoolAddOnsArgs {
  /**
   * The operating mode of threat protection for standard authentication types in your user pool,
   * including username-password and secure remote password (SRP) authentication.
   *
   * @default "OFF"
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolAddOnsType.html#CognitoUserPools-Type-UserPoolAddOnsType-AdvancedSecurityMode
   */
  advancedSecurityMode: pulumi.Input<AdvancedSecurityMode>;
  /**
   * Threat protection configuration options for additional authentication types in your user pool,
   * including custom authentication.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolAddOnsType.html#CognitoUserPools-Type-UserPoolAddOnsType-AdvancedSecurityAdditionalFlows
   */
  advancedSecurityAdditionalFlows?: pulumi.Input<AdvancedSecurityAdditionalFlowsArgs>;
}

/**
 * A list of user pool policies. Contains the policy that sets password-complexity requirements.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolPolicyType.html
 */
export interface UserPoolPolicyArgs {
  /**
   * The password policy settings for a user pool, including complexity, history, and length
   * requirements.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolPolicyType.html#CognitoUserPools-Type-UserPoolPolicyType-PasswordPolicy
   */
  passwordPolicy?: pulumi.Input<PasswordPolicyArgs>;
  /**
   * The policy for allowed types of authentication in a user pool.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolPolicyType.html#CognitoUserPools-Type-UserPoolPolicyType-SignInPolicy
   */
  signInPolicy?: pulumi.Input<SignInPolicyArgs>;
}

/**
 * The configuration of a user pool for username case sensitivity.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UsernameConfigurationType.html
 */
export interface UsernameConfigurationArgs {
  /**
   * Specifies whether user name case sensitivity will be applied for all users in the user pool through
   * Amazon Cognito APIs. For most use cases, set case sensitivity to `False` (case insensitive) as a
   * best practice. When usernames and email addresses are case insensitive, users can sign in as the
   * same user when they enter a different capitalization of their user name.
   *
   * Valid values include:
   *
   * - true
   * Enables case sensitivity for all username input. When this option is set to `true`, users must sign
   * in using the exact capitalization of their given username, such as “UserName”. This is the default
   * value.
   * - false
   * Enables case insensitivity for all username input. For example, when this option is set to `false`,
   * users can sign in using `username`, `USERNAME`, or `UserName`. This option also enables both
   * `preferred_username` and `email` alias to be case insensitive, in addition to the `username`
   * attribute.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UsernameConfigurationType.html#CognitoUserPools-Type-UsernameConfigurationType-CaseSensitive
   */
  caseSensitive: pulumi.Input<boolean>;
}

/**
 * The template for the verification message that your user pool delivers to users who set an email
 * address or phone number attribute.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_VerificationMessageTemplateType.html
 */
export interface VerificationMessageTemplateArgs {
  /**
   * The template for SMS messages that Amazon Cognito sends to your users.
   *
   * Limits: 6-140 characters; must contain {####} (where Cognito puts the code).
   *
   * @default "Your verification code is {####}. "
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_VerificationMessageTemplateType.html#CognitoUserPools-Type-VerificationMessageTemplateType-SmsMessage
   */
  smsMessage?: pulumi.Input<string>;
  /**
   * The template for email messages that Amazon Cognito sends to your users. You can set an
   * `EmailMessage` template only if the value of EmailSendingAccount
   * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
   * is `DEVELOPER`. When your EmailSendingAccount
   * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
   * is `DEVELOPER`, your user pool sends email messages with your own Amazon SES configuration.
   *
   * Limits: 6-20000 characters; letters, marks, numbers, symbols, punctuation and whitespace (pattern
   * `[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*`); must contain {####} (where Cognito puts the code).
   *
   * @default "Your verification code is {####}. "
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_VerificationMessageTemplateType.html#CognitoUserPools-Type-VerificationMessageTemplateType-EmailMessage
   */
  emailMessage?: pulumi.Input<string>;
  /**
   * The subject line for the email message template. You can set an `EmailSubject` template only if the
   * value of EmailSendingAccount
   * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
   * is `DEVELOPER`. When your EmailSendingAccount
   * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
   * is `DEVELOPER`, your user pool sends email messages with your own Amazon SES configuration.
   *
   * Limits: 1-140 characters; letters, marks, numbers, symbols, punctuation and whitespace (pattern
   * `[\p{L}\p{M}\p{S}\p{N}\p{P}\s]+`).
   *
   * @default "Your verification code"
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_VerificationMessageTemplateType.html#CognitoUserPools-Type-VerificationMessageTemplateType-EmailSubject
   */
  emailSubject?: pulumi.Input<string>;
  /**
   * The email message template for sending a confirmation link to the user. You can set an
   * `EmailMessageByLink` template only if the value of EmailSendingAccount
   * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
   * is `DEVELOPER`. When your EmailSendingAccount
   * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
   * is `DEVELOPER`, your user pool sends email messages with your own Amazon SES configuration.
   *
   * Limits: 6-20000 characters; letters, marks, numbers, symbols, punctuation and whitespace (pattern
   * `[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*`); must contain {##...##} (the link text, e.g. {##Verify email##},
   * which Cognito turns into the verification link).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_VerificationMessageTemplateType.html#CognitoUserPools-Type-VerificationMessageTemplateType-EmailMessageByLink
   */
  emailMessageByLink?: pulumi.Input<string>;
  /**
   * The subject line for the email message template for sending a confirmation link to the user. You can
   * set an `EmailSubjectByLink` template only if the value of EmailSendingAccount
   * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
   * is `DEVELOPER`. When your EmailSendingAccount
   * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
   * is `DEVELOPER`, your user pool sends email messages with your own Amazon SES configuration.
   *
   * Limits: 1-140 characters; letters, marks, numbers, symbols, punctuation and whitespace (pattern
   * `[\p{L}\p{M}\p{S}\p{N}\p{P}\s]+`).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_VerificationMessageTemplateType.html#CognitoUserPools-Type-VerificationMessageTemplateType-EmailSubjectByLink
   */
  emailSubjectByLink?: pulumi.Input<string>;
  /**
   * The configuration of verification emails to contain a clickable link or a verification code.
   *
   * For link, your template body must contain link text in the format `\{##Click here##\}`. "Click here"
   * in the example is a customizable string. For code, your template body must contain a code
   * placeholder in the format `\{####\}`.
   *
   * @default "CONFIRM_WITH_CODE"
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_VerificationMessageTemplateType.html#CognitoUserPools-Type-VerificationMessageTemplateType-DefaultEmailOption
   */
  defaultEmailOption?: pulumi.Input<DefaultEmailOption>;
}

/**
 * Settings for authentication (MFA) with passkey, or webauthN, biometric and security-key devices in a
 * user pool. Configures the following:
 *
 * - Configuration for requiring user-verification support in passkeys.
 * - The user pool relying-party ID. This is the domain, typically your user pool domain, that user's
 * passkey providers should trust as a receiver of passkey authentication.
 * - The providers that you want to allow as origins for passkey authentication.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_WebAuthnConfigurationType.html
 */
export interface WebAuthnConfigurationArgs {
  /**
   * Sets or displays the authentication domain, typically your user pool domain, that passkey providers
   * must use as a relying party (RP) in their configuration.
   *
   * Under the following conditions, the passkey relying party ID must be the fully-qualified domain name
   * of your custom domain:
   *
   * - The user pool is configured for passkey authentication.
   * - The user pool has a custom domain, whether or not it also has a prefix domain.
   * - Your application performs authentication with managed login or the classic hosted UI.
   *
   * Limits: 1-127 characters.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_WebAuthnConfigurationType.html#CognitoUserPools-Type-WebAuthnConfigurationType-RelyingPartyId
   */
  relyingPartyId?: pulumi.Input<string>;
  /**
   * When `required`, users can only register and sign in users with passkeys that are capable of user
   * verification (https://www.w3.org/TR/webauthn-2/#enum-userVerificationRequirement). When `preferred`,
   * your user pool doesn't require the use of authenticators with user verification but encourages it.
   *
   * @default "preferred"
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_WebAuthnConfigurationType.html#CognitoUserPools-Type-WebAuthnConfigurationType-UserVerification
   */
  userVerification?: pulumi.Input<UserVerification>;
  /**
   * Sets whether passkeys can be used as multi-factor authentication (MFA). When set to
   * `MULTI_FACTOR_WITH_USER_VERIFICATION`, passkey authentication with user verification satisfies MFA
   * requirements. When set to `SINGLE_FACTOR` or not set, passkeys are a single authentication factor.
   * To activate this setting, your user pool must be in the Essentials tier
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
   * or higher.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_WebAuthnConfigurationType.html#CognitoUserPools-Type-WebAuthnConfigurationType-FactorConfiguration
   */
  factorConfiguration?: pulumi.Input<WebAuthnFactorConfiguration>;
}

/**
 * Threat protection configuration options for additional authentication types in your user pool,
 * including custom authentication.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdvancedSecurityAdditionalFlowsType.html
 */
export interface AdvancedSecurityAdditionalFlowsArgs {
  /**
   * The operating mode of threat protection in custom authentication with Custom authentication
   * challenge Lambda triggers
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdvancedSecurityAdditionalFlowsType.html#CognitoUserPools-Type-AdvancedSecurityAdditionalFlowsType-CustomAuthMode
   */
  customAuthMode?: pulumi.Input<AdvancedSecurityEnabledMode>;
}

/**
 * The properties of a custom email sender Lambda trigger.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CustomEmailLambdaVersionConfigType.html
 */
export interface CustomEmailLambdaVersionConfigArgs {
  /**
   * The user pool trigger version of the request that Amazon Cognito sends to your Lambda function.
   * Higher-numbered versions add fields that support new features.
   *
   * You must use a `LambdaVersion` of `V1_0` with a custom sender function.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CustomEmailLambdaVersionConfigType.html#CognitoUserPools-Type-CustomEmailLambdaVersionConfigType-LambdaVersion
   */
  lambdaVersion: pulumi.Input<CustomEmailSenderLambdaVersion>;
  /**
   * The Amazon Resource Name (ARN) of the function that you want to assign to your Lambda trigger.
   *
   * Limits: 20-2048 characters; an ARN such as arn:aws:lambda:us-east-1:123456789012:function:MyFunction
   * (arn:partition:service:region:account-id:resource) (pattern
   * `arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?`).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CustomEmailLambdaVersionConfigType.html#CognitoUserPools-Type-CustomEmailLambdaVersionConfigType-LambdaArn
   */
  lambdaArn: pulumi.Input<string>;
}

/**
 * The properties of a custom SMS sender Lambda trigger.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CustomSMSLambdaVersionConfigType.html
 */
export interface CustomSmsLambdaVersionConfigArgs {
  /**
   * The user pool trigger version of the request that Amazon Cognito sends to your Lambda function.
   * Higher-numbered versions add fields that support new features.
   *
   * You must use a `LambdaVersion` of `V1_0` with a custom sender function.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CustomSMSLambdaVersionConfigType.html#CognitoUserPools-Type-CustomSMSLambdaVersionConfigType-LambdaVersion
   */
  lambdaVersion: pulumi.Input<CustomSmsSenderLambdaVersion>;
  /**
   * The Amazon Resource Name (ARN) of the function that you want to assign to your Lambda trigger.
   *
   * Limits: 20-2048 characters; an ARN such as arn:aws:lambda:us-east-1:123456789012:function:MyFunction
   * (arn:partition:service:region:account-id:resource) (pattern
   * `arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?`).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CustomSMSLambdaVersionConfigType.html#CognitoUserPools-Type-CustomSMSLambdaVersionConfigType-LambdaArn
   */
  lambdaArn: pulumi.Input<string>;
}

/**
 * The configuration that Amazon Cognito uses to send SMS messages through Amazon Web Services End User
 * Messaging SMS. Provide this structure in the `EumsSms` member of `SmsConfigurationType` to use
 * Amazon Web Services End User Messaging SMS instead of Amazon SNS.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EumsSmsConfigurationType.html
 */
export interface EumsSmsConfigurationArgs {
  /**
   * The ARN of the IAM role that Amazon Cognito assumes to send SMS messages through Amazon Web Services
   * End User Messaging SMS. The role must grant permission to call the `sms-voice:SendTextMessage`
   * operation.
   *
   * Limits: 20-2048 characters; an ARN such as arn:aws:lambda:us-east-1:123456789012:function:MyFunction
   * (arn:partition:service:region:account-id:resource) (pattern
   * `arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?`).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EumsSmsConfigurationType.html#CognitoUserPools-Type-EumsSmsConfigurationType-CallerArn
   */
  callerArn: pulumi.Input<string>;
  /**
   * The external ID that Amazon Cognito includes when it assumes the `CallerArn` role. Use this value as
   * a condition in the role trust policy to prevent the confused deputy problem.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EumsSmsConfigurationType.html#CognitoUserPools-Type-EumsSmsConfigurationType-ExternalId
   */
  externalId?: pulumi.Input<string>;
  /**
   * The origination identity that Amazon Web Services End User Messaging SMS uses to send messages to
   * your users. This value can be one of the following:
   *
   * - A phone number – A long code, toll-free number, or short code that is assigned to your account.
   * - A sender ID – An alphabetic name that identifies the message sender in supported countries.
   * - A phone pool – A group of phone numbers that Amazon Web Services End User Messaging SMS selects
   * from when it sends messages.
   *
   * You can provide an E.164 phone number or the ARN of the phone number, sender ID, or phone pool.
   * Amazon Web Services End User Messaging SMS evaluates IAM authorization with the value that you
   * provide. If the permissions policy of your `CallerArn` role scopes the `sms-voice:SendTextMessage`
   * resource to a specific ARN, provide that same ARN. If the formats do not match, requests fail with
   * an `InvalidSmsRoleAccessPolicyException`.
   *
   * Depending on the destination country, you must provide an origination identity. For country-specific
   * requirements, see Supported countries and regions for SMS messaging
   * (https://docs.aws.amazon.com/sms-voice/latest/userguide/phone-numbers-sms-by-country.html) in the
   * Amazon Web Services End User Messaging SMS User Guide.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EumsSmsConfigurationType.html#CognitoUserPools-Type-EumsSmsConfigurationType-OriginationIdentity
   */
  originationIdentity?: pulumi.Input<string>;
  /**
   * The name of the Amazon Web Services End User Messaging SMS configuration set that Amazon Cognito
   * applies to messages, for logging and event destinations. If you omit this member, Amazon Cognito
   * sends messages without applying a configuration set.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EumsSmsConfigurationType.html#CognitoUserPools-Type-EumsSmsConfigurationType-ConfigurationSetName
   */
  configurationSetName?: pulumi.Input<string>;
  /**
   * The principal entity ID required by India's Distributed Ledger Technology (DLT) regulations for SMS
   * messages.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EumsSmsConfigurationType.html#CognitoUserPools-Type-EumsSmsConfigurationType-InEntityId
   */
  inEntityId?: pulumi.Input<string>;
  /**
   * The registered template ID for the message template required by India's DLT regulations for SMS
   * messages.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EumsSmsConfigurationType.html#CognitoUserPools-Type-EumsSmsConfigurationType-InTemplateId
   */
  inTemplateId?: pulumi.Input<string>;
  /**
   * The Amazon Web Services Region of the Amazon Web Services End User Messaging SMS resources that
   * Amazon Cognito uses to send messages. Amazon Web Services End User Messaging SMS must be available
   * in your user pool's Region.
   *
   * If you omit this parameter, Amazon Cognito uses the same Region as your user pool. You can also set
   * this parameter to your user pool's Region explicitly. Amazon Cognito rejects any other value with an
   * `InvalidParameterException`.
   *
   * Limits: 5-32 characters.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EumsSmsConfigurationType.html#CognitoUserPools-Type-EumsSmsConfigurationType-Region
   */
  region?: pulumi.Input<string>;
}

/**
 * The properties of an inbound federation Lambda trigger.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InboundFederationLambdaType.html
 */
export interface InboundFederationLambdaArgs {
  /**
   * The user pool trigger version of the request that Amazon Cognito sends to your Lambda function.
   * Higher-numbered versions add fields that support new features.
   *
   * You must use a `LambdaVersion` of `V1_0` with an inbound federation function.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InboundFederationLambdaType.html#CognitoUserPools-Type-InboundFederationLambdaType-LambdaVersion
   */
  lambdaVersion: pulumi.Input<InboundFederationLambdaVersion>;
  /**
   * The Amazon Resource Name (ARN) of the function that you want to assign to your Lambda trigger.
   *
   * Limits: 20-2048 characters; an ARN such as arn:aws:lambda:us-east-1:123456789012:function:MyFunction
   * (arn:partition:service:region:account-id:resource) (pattern
   * `arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?`).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InboundFederationLambdaType.html#CognitoUserPools-Type-InboundFederationLambdaType-LambdaArn
   */
  lambdaArn: pulumi.Input<string>;
}

/**
 * The message template structure.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_MessageTemplateType.html
 */
export interface MessageTemplateArgs {
  /**
   * The message template for SMS messages.
   *
   * Limits: 6-140 characters; must contain {username} (where Cognito puts the new user's user name).
   *
   * @default "Your username is {username} and temporary password is {####}. "
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_MessageTemplateType.html#CognitoUserPools-Type-MessageTemplateType-SMSMessage
   */
  smsMessage?: pulumi.Input<string>;
  /**
   * The message template for email messages. EmailMessage is allowed only if EmailSendingAccount
   * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
   * is DEVELOPER.
   *
   * Limits: 6-20000 characters; letters, marks, numbers, symbols, punctuation and whitespace (pattern
   * `[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*`); must contain {username} (where Cognito puts the new user's user
   * name).
   *
   * @default "Your username is {username} and temporary password is {####}. "
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_MessageTemplateType.html#CognitoUserPools-Type-MessageTemplateType-EmailMessage
   */
  emailMessage?: pulumi.Input<string>;
  /**
   * The subject line for email messages. EmailSubject is allowed only if EmailSendingAccount
   * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurationType-EmailSendingAccount)
   * is DEVELOPER.
   *
   * Limits: 1-140 characters; letters, marks, numbers, symbols, punctuation and whitespace (pattern
   * `[\p{L}\p{M}\p{S}\p{N}\p{P}\s]+`).
   *
   * @default "Your temporary password"
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_MessageTemplateType.html#CognitoUserPools-Type-MessageTemplateType-EmailSubject
   */
  emailSubject?: pulumi.Input<string>;
}

/**
 * The minimum and maximum values of an attribute that is of the number type, for example `custom:age`.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_NumberAttributeConstraintsType.html
 */
export interface NumberAttributeConstraintsArgs {
  /**
   * The minimum value of an attribute that is of the number data type.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_NumberAttributeConstraintsType.html#CognitoUserPools-Type-NumberAttributeConstraintsType-MinValue
   */
  minValue?: pulumi.Input<string>;
  /**
   * The maximum length of a number attribute value. Must be a number less than or equal to `2^1023`,
   * represented as a string with a length of 131072 characters or fewer.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_NumberAttributeConstraintsType.html#CognitoUserPools-Type-NumberAttributeConstraintsType-MaxValue
   */
  maxValue?: pulumi.Input<string>;
}

/**
 * The password policy settings for a user pool, including complexity, history, and length
 * requirements.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_PasswordPolicyType.html
 */
export interface PasswordPolicyArgs {
  /**
   * The minimum length of the password in the policy that you have set. This value can't be less than 6.
   *
   * Limits: 6 to 99.
   *
   * @default 8
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_PasswordPolicyType.html#CognitoUserPools-Type-PasswordPolicyType-MinimumLength
   */
  minimumLength?: pulumi.Input<number>;
  /**
   * The requirement in a password policy that users must include at least one uppercase letter in their
   * password.
   *
   * @default true
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_PasswordPolicyType.html#CognitoUserPools-Type-PasswordPolicyType-RequireUppercase
   */
  requireUppercase?: pulumi.Input<boolean>;
  /**
   * The requirement in a password policy that users must include at least one lowercase letter in their
   * password.
   *
   * @default true
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_PasswordPolicyType.html#CognitoUserPools-Type-PasswordPolicyType-RequireLowercase
   */
  requireLowercase?: pulumi.Input<boolean>;
  /**
   * The requirement in a password policy that users must include at least one number in their password.
   *
   * @default true
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_PasswordPolicyType.html#CognitoUserPools-Type-PasswordPolicyType-RequireNumbers
   */
  requireNumbers?: pulumi.Input<boolean>;
  /**
   * The requirement in a password policy that users must include at least one symbol in their password.
   *
   * @default true
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_PasswordPolicyType.html#CognitoUserPools-Type-PasswordPolicyType-RequireSymbols
   */
  requireSymbols?: pulumi.Input<boolean>;
  /**
   * The number of previous passwords that you want Amazon Cognito to restrict each user from reusing.
   * Users can't set a password that matches any of `n` previous passwords, where `n` is the value of
   * `PasswordHistorySize`.
   *
   * Limits: 0 to 24.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_PasswordPolicyType.html#CognitoUserPools-Type-PasswordPolicyType-PasswordHistorySize
   */
  passwordHistorySize?: pulumi.Input<number>;
  /**
   * The number of days a temporary password is valid in the password policy. If the user doesn't sign in
   * during this time, an administrator must reset their password. Defaults to `7`. If you submit a value
   * of `0`, Amazon Cognito treats it as a null value and sets `TemporaryPasswordValidityDays` to its
   * default value.
   *
   * Note: When you set `TemporaryPasswordValidityDays` for a user pool, you can no longer set a value
   * for the legacy `UnusedAccountValidityDays` parameter in that user pool.
   *
   * Limits: 0 to 365.
   *
   * @default 7
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_PasswordPolicyType.html#CognitoUserPools-Type-PasswordPolicyType-TemporaryPasswordValidityDays
   */
  temporaryPasswordValidityDays?: pulumi.Input<number>;
}

/**
 * The properties of a pre token generation Lambda trigger.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_PreTokenGenerationVersionConfigType.html
 */
export interface PreTokenGenerationVersionConfigArgs {
  /**
   * The user pool trigger version of the request that Amazon Cognito sends to your Lambda function.
   * Higher-numbered versions add fields that support new features.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_PreTokenGenerationVersionConfigType.html#CognitoUserPools-Type-PreTokenGenerationVersionConfigType-LambdaVersion
   */
  lambdaVersion: pulumi.Input<PreTokenGenerationLambdaVersion>;
  /**
   * The Amazon Resource Name (ARN) of the function that you want to assign to your Lambda trigger.
   *
   * This parameter and the `PreTokenGeneration` property of `LambdaConfig` have the same value. For new
   * instances of pre token generation triggers, set `LambdaArn`.
   *
   * Limits: 20-2048 characters; an ARN such as arn:aws:lambda:us-east-1:123456789012:function:MyFunction
   * (arn:partition:service:region:account-id:resource) (pattern
   * `arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?`).
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_PreTokenGenerationVersionConfigType.html#CognitoUserPools-Type-PreTokenGenerationVersionConfigType-LambdaArn
   */
  lambdaArn: pulumi.Input<string>;
}

/**
 * A recovery option for a user. The `AccountRecoverySettingType` data type is an array of this object.
 * Each `RecoveryOptionType` has a priority property that determines whether it is a primary or
 * secondary option.
 *
 * For example, if `verified_email` has a priority of `1` and `verified_phone_number` has a priority of
 * `2`, your user pool sends account-recovery messages to a verified email address but falls back to an
 * SMS message if the user has a verified phone number. The `admin_only` option prevents self-service
 * account recovery.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RecoveryOptionType.html
 */
export interface RecoveryOptionArgs {
  /**
   * Your priority preference for using the specified attribute in account recovery. The highest priority
   * is `1`.
   *
   * Limits: 1 to 2.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RecoveryOptionType.html#CognitoUserPools-Type-RecoveryOptionType-Priority
   */
  priority: pulumi.Input<number>;
  /**
   * The recovery method that this object sets a recovery option for.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RecoveryOptionType.html#CognitoUserPools-Type-RecoveryOptionType-Name
   */
  name: pulumi.Input<RecoveryOptionName>;
}

/**
 * The policy for allowed types of authentication in a user pool. To activate this setting, your user
 * pool must be in the Essentials tier
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html)
 * or higher.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignInPolicyType.html
 */
export interface SignInPolicyArgs {
  /**
   * The sign-in methods that a user pool supports as the first factor. You can permit users to start
   * authentication with a standard username and password, or with other one-time password and hardware
   * factors.
   *
   * Note: `SOFTWARE_TOKEN` is not currently supported as a first auth factor. Do not include this value
   * in `AllowedFirstAuthFactors`.
   *
   * Limits: 1-5 entries.
   *
   * @default ["PASSWORD"]
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignInPolicyType.html#CognitoUserPools-Type-SignInPolicyType-AllowedFirstAuthFactors
   */
  allowedFirstAuthFactors?: pulumi.Input<pulumi.Input<AuthFactor>[]>;
}

/**
 * The minimum and maximum length values of an attribute that is of the string type, for example
 * `custom:department`.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_StringAttributeConstraintsType.html
 */
export interface StringAttributeConstraintsArgs {
  /**
   * The minimum length of a string attribute value.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_StringAttributeConstraintsType.html#CognitoUserPools-Type-StringAttributeConstraintsType-MinLength
   */
  minLength?: pulumi.Input<string>;
  /**
   * The maximum length of a string attribute value. Must be a number less than or equal to `2^1023`,
   * represented as a string with a length of 131072 characters or fewer.
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_StringAttributeConstraintsType.html#CognitoUserPools-Type-StringAttributeConstraintsType-MaxLength
   */
  maxLength?: pulumi.Input<string>;
}

/** Values of AdvancedSecurityEnabledModeType. */
export type AdvancedSecurityEnabledMode = "AUDIT" | "ENFORCED";

/** Values of AdvancedSecurityModeType. */
export type AdvancedSecurityMode = "AUDIT" | "ENFORCED" | "OFF";

/** Values of AliasAttributeType. */
export type AliasAttribute = "email" | "phone_number" | "preferred_username";

/** Values of AttributeDataType. */
export type AttributeData = "Boolean" | "DateTime" | "Number" | "String";

/** Values of AuthFactorType. */
export type AuthFactor = "EMAIL_OTP" | "PASSWORD" | "SMS_OTP" | "SOFTWARE_TOKEN" | "WEB_AUTHN";

/** Values of CustomEmailSenderLambdaVersionType. */
export type CustomEmailSenderLambdaVersion = "V1_0";

/** Values of CustomSMSSenderLambdaVersionType. */
export type CustomSmsSenderLambdaVersion = "V1_0";

/** Values of DefaultEmailOptionType. */
export type DefaultEmailOption = "CONFIRM_WITH_CODE" | "CONFIRM_WITH_LINK";

/** Values of DeletionProtectionType. */
export type DeletionProtection = "ACTIVE" | "INACTIVE";

/** Values of EmailSendingAccountType. */
export type EmailSendingAccount = "COGNITO_DEFAULT" | "DEVELOPER";

/** Values of EncryptionKeyType. */
export type EncryptionKey = "AWS_OWNED_KEY" | "CUSTOMER_MANAGED_KEY";

/** Values of InboundFederationLambdaVersionType. */
export type InboundFederationLambdaVersion = "V1_0";

/** Values of IssuerType. */
export type Issuer = "ORIGINAL" | "UPDATED";

/** Values of OAuthFlowType. */
export type OAuthFlow = "client_credentials" | "code" | "implicit";

/** Values of PreTokenGenerationLambdaVersionType. */
export type PreTokenGenerationLambdaVersion = "V1_0" | "V2_0" | "V3_0";

/** Values of RecoveryOptionNameType. */
export type RecoveryOptionName = "admin_only" | "verified_email" | "verified_phone_number";

/** Values of StatusType. */
export type Status = "Disabled" | "Enabled";

/** Values of UsernameAttributeType. */
export type UsernameAttribute = "email" | "phone_number";

/** Values of UserPoolMfaType. */
export type UserPoolMfa = "OFF" | "ON" | "OPTIONAL";

/** Values of UserPoolTierType. */
export type UserPoolTier = "ESSENTIALS" | "LITE" | "PLUS";

/** Values of UserVerificationType. */
export type UserVerification = "preferred" | "required";

/** Values of VerifiedAttributeType. */
export type VerifiedAttribute = "email" | "phone_number";

/** Values of WebAuthnFactorConfigurationType. */
export type WebAuthnFactorConfiguration = "MULTI_FACTOR_WITH_USER_VERIFICATION" | "SINGLE_FACTOR";
