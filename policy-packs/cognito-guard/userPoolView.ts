/**
 * The one place where the covered user pool types' property names differ. Each type's props are
 * read through a `UserPoolView`; policies ask the view for settings and for the property path to
 * name in a message, and never touch props themselves.
 */
import { namingOf, USER_POOL_TYPES, type PoolNaming } from "./resourceTypes";
import {
  asBoolean,
  asNumber,
  asString,
  asStrings,
  isRecord,
  ResourceView,
  valueAt,
  type Path,
  type Props,
} from "./resourceView";

type PerNaming<T> = { readonly [K in PoolNaming]: T };

const same = (path: Path): PerNaming<Path> => ({ api: path, aws: path, awsNative: path });
const under = (base: PerNaming<Path>, leaf: string): PerNaming<Path> => ({
  api: [...base.api, leaf],
  aws: [...base.aws, leaf],
  awsNative: [...base.awsNative, leaf],
});

const PASSWORD_POLICY: PerNaming<Path> = {
  api: ["policies", "passwordPolicy"],
  aws: ["passwordPolicy"],
  awsNative: ["policies", "passwordPolicy"],
};
const ADD_ONS = same(["userPoolAddOns"]);
const RECOVERY = same(["accountRecoverySetting"]);
const ADMIN_CREATE_USER = same(["adminCreateUserConfig"]);

/** Where each setting lives, per naming. */
export const FIELD_PATHS = {
  deletionProtection: same(["deletionProtection"]),
  passwordPolicy: PASSWORD_POLICY,
  minimumLength: under(PASSWORD_POLICY, "minimumLength"),
  requireUppercase: under(PASSWORD_POLICY, "requireUppercase"),
  requireLowercase: under(PASSWORD_POLICY, "requireLowercase"),
  requireNumbers: under(PASSWORD_POLICY, "requireNumbers"),
  requireSymbols: under(PASSWORD_POLICY, "requireSymbols"),
  temporaryPasswordValidityDays: under(PASSWORD_POLICY, "temporaryPasswordValidityDays"),
  // The legacy form of temporaryPasswordValidityDays (the API, CloudFormation; @pulumi/aws 7.x
  // does not have it, so the path reads nothing there).
  unusedAccountValidityDays: under(ADMIN_CREATE_USER, "unusedAccountValidityDays"),
  allowedFirstAuthFactors: {
    api: ["policies", "signInPolicy", "allowedFirstAuthFactors"],
    aws: ["signInPolicy", "allowedFirstAuthFactors"],
    awsNative: ["policies", "signInPolicy", "allowedFirstAuthFactors"],
  },
  mfaConfiguration: same(["mfaConfiguration"]),
  // @pulumi/aws 7.x has no passkey factor setting (its webAuthnConfiguration takes only
  // relyingPartyId and userVerification): there the path reads nothing.
  webAuthnFactorConfiguration: {
    api: ["webAuthnConfiguration", "factorConfiguration"],
    aws: ["webAuthnConfiguration", "factorConfiguration"],
    awsNative: ["webAuthnFactorConfiguration"],
  },
  advancedSecurityMode: under(ADD_ONS, "advancedSecurityMode"),
  customAuthMode: under(under(ADD_ONS, "advancedSecurityAdditionalFlows"), "customAuthMode"),
  userPoolTier: same(["userPoolTier"]),
  allowAdminCreateUserOnly: under(ADMIN_CREATE_USER, "allowAdminCreateUserOnly"),
  accountRecoverySetting: RECOVERY,
  recoveryMechanisms: under(RECOVERY, "recoveryMechanisms"),
  caseSensitive: same(["usernameConfiguration", "caseSensitive"]),
  tags: { api: ["userPoolTags"], aws: ["tags"], awsNative: ["userPoolTags"] },
} satisfies Record<string, PerNaming<Path>>;

/** A setting the view can name in a message. */
export type PoolField = keyof typeof FIELD_PATHS;

/** The password requirement flags, by their (shared) leaf names. */
export const PASSWORD_REQUIREMENTS = [
  "requireUppercase",
  "requireLowercase",
  "requireNumbers",
  "requireSymbols",
] as const;
export type PasswordRequirement = (typeof PASSWORD_REQUIREMENTS)[number];

/** A declared password policy, each member undefined when the program leaves it out. */
export interface DeclaredPasswordPolicy {
  readonly minimumLength: number | undefined;
  readonly requireUppercase: boolean | undefined;
  readonly requireLowercase: boolean | undefined;
  readonly requireNumbers: boolean | undefined;
  readonly requireSymbols: boolean | undefined;
  readonly temporaryPasswordValidityDays: number | undefined;
}

/** Which MFA factors a pool configures. */
export interface MfaFactors {
  readonly sms: boolean;
  readonly totp: boolean;
  /** Email codes, asked for and sendable: only through the pool's own SES identity (DEVELOPER). */
  readonly email: boolean;
  /** Email codes asked for without emailConfiguration.emailSendingAccount "DEVELOPER", which Cognito refuses. */
  readonly emailWithoutDeveloperAccount: boolean;
  /**
   * Passkeys with user verification (WebAuthnConfiguration.FactorConfiguration
   * MULTI_FACTOR_WITH_USER_VERIFICATION). Not an MFA factor of its own: see the MFA policy.
   */
  readonly passkey: boolean;
}

export interface RecoveryMechanism {
  readonly name: string | undefined;
  readonly priority: number | undefined;
}

const PASSKEY_MFA = "MULTI_FACTOR_WITH_USER_VERIFICATION";

const API_FACTOR_SETTINGS =
  "softwareTokenMfaConfiguration: { enabled: true } (authenticator apps), smsConfiguration (SMS codes) " +
  "or emailMfaConfiguration (email codes)";

/**
 * Email MFA needs the pool to send email through its own Amazon SES identity: "To enable
 * email-based MFA, the user pool must be configured to use the Amazon SES email-sending
 * configuration instead of the default email configuration"
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-advanced-security-email-mfa.html),
 * i.e. EmailConfiguration.EmailSendingAccount DEVELOPER, the rule this project's provider applies
 * at preview (provider/validation/mfa.ts). The path is the same in every naming.
 */
const sendsOwnEmail = (props: Props): boolean =>
  valueAt(props, ["emailConfiguration", "emailSendingAccount"]) === "DEVELOPER";

/**
 * This project's UserPool turns SMS MFA on with smsMfaConfiguration (SetUserPoolMfaConfig's own
 * member, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetUserPoolMfaConfig.html);
 * an smsConfiguration alone does so only where the program declares none of SetUserPoolMfaConfig's
 * factors, since then CreateUserPool alone decides (provider/validation/mfa.ts, the same rule).
 */
function apiSmsFactor(props: Props): boolean {
  if (valueAt(props, ["smsMfaConfiguration"]) != null) return true;
  const setFactors = ["softwareTokenMfaConfiguration", "emailMfaConfiguration", "webAuthnConfiguration"];
  return valueAt(props, ["smsConfiguration"]) != null && !setFactors.some((f) => valueAt(props, [f]) != null);
}

function readApiFactors(props: Props, sms: boolean): MfaFactors {
  const email = valueAt(props, ["emailMfaConfiguration"]) != null;
  return {
    sms,
    totp: valueAt(props, ["softwareTokenMfaConfiguration", "enabled"]) === true,
    email: email && sendsOwnEmail(props),
    emailWithoutDeveloperAccount: email && !sendsOwnEmail(props),
    passkey: valueAt(props, FIELD_PATHS.webAuthnFactorConfiguration.api) === PASSKEY_MFA,
  };
}

/** How each naming turns MFA factors on, and how to say so in a message. */
const MFA_FACTORS: PerNaming<{ read(props: Props): MfaFactors; howToAdd: string }> = {
  api: {
    read: (props) => readApiFactors(props, apiSmsFactor(props)),
    howToAdd: API_FACTOR_SETTINGS,
  },
  aws: {
    // @pulumi/aws turns SMS MFA on with smsConfiguration while mfaConfiguration is ON or OPTIONAL.
    read: (props) => readApiFactors(props, valueAt(props, ["smsConfiguration"]) != null),
    howToAdd: API_FACTOR_SETTINGS,
  },
  awsNative: {
    // CloudFormation lists the factors in EnabledMfas; SMS MFA also needs SmsConfiguration, and
    // without EnabledMfas an SmsConfiguration alone turns SMS MFA on (as CreateUserPool does).
    read: (props) => {
      const enabled = asStrings(valueAt(props, ["enabledMfas"]));
      const sms =
        valueAt(props, ["smsConfiguration"]) != null && (enabled === undefined || enabled.includes("SMS_MFA"));
      const email = enabled?.includes("EMAIL_OTP") ?? false;
      return {
        sms,
        totp: enabled?.includes("SOFTWARE_TOKEN_MFA") ?? false,
        email: email && sendsOwnEmail(props),
        emailWithoutDeveloperAccount: email && !sendsOwnEmail(props),
        passkey: valueAt(props, FIELD_PATHS.webAuthnFactorConfiguration.awsNative) === PASSKEY_MFA,
      };
    },
    howToAdd:
      'enabledMfas: ["SOFTWARE_TOKEN_MFA"] (authenticator apps), "SMS_MFA" with smsConfiguration (SMS codes) ' +
      'or "EMAIL_OTP" (email codes)',
  },
};

/** Where tags live; @pulumi/aws also reports provider default tags in tagsAll. */
const TAG_PATHS: PerNaming<readonly Path[]> = {
  api: [["userPoolTags"]],
  aws: [["tags"], ["tagsAll"]],
  awsNative: [["userPoolTags"]],
};

/** A Cognito user pool of any covered type, seen through normalised settings. */
export class UserPoolView extends ResourceView<PoolNaming, PoolField> {
  private constructor(naming: PoolNaming, name: string, props: Props) {
    super(naming, name, props, FIELD_PATHS);
  }

  /** The view of a resource, or undefined when the type is not a covered user pool type. */
  static of(type: string, name: string, props: Props): UserPoolView | undefined {
    const naming = namingOf(USER_POOL_TYPES, type);
    return naming === undefined ? undefined : new UserPoolView(naming, name, props);
  }

  get subject(): string {
    return `Cognito user pool '${this.name}'`;
  }

  get deletionProtection(): string | undefined {
    return asString(this.read("deletionProtection"));
  }

  /** The password policy the program declares, or undefined when it declares none. */
  get passwordPolicy(): DeclaredPasswordPolicy | undefined {
    if (!isRecord(this.read("passwordPolicy"))) return undefined;
    return {
      minimumLength: asNumber(this.read("minimumLength")),
      requireUppercase: asBoolean(this.read("requireUppercase")),
      requireLowercase: asBoolean(this.read("requireLowercase")),
      requireNumbers: asBoolean(this.read("requireNumbers")),
      requireSymbols: asBoolean(this.read("requireSymbols")),
      temporaryPasswordValidityDays: asNumber(this.read("temporaryPasswordValidityDays")),
    };
  }

  get unusedAccountValidityDays(): number | undefined {
    return asNumber(this.read("unusedAccountValidityDays"));
  }

  /** The first factors the sign-in policy allows, or undefined when it is not declared. */
  get allowedFirstAuthFactors(): string[] | undefined {
    return asStrings(this.read("allowedFirstAuthFactors"));
  }

  get mfaConfiguration(): string | undefined {
    return asString(this.read("mfaConfiguration"));
  }

  get mfaFactors(): MfaFactors {
    return MFA_FACTORS[this.naming].read(this.props);
  }

  /** How to configure an MFA factor in this type, for a message. */
  get mfaFactorSettings(): string {
    return MFA_FACTORS[this.naming].howToAdd;
  }

  get advancedSecurityMode(): string | undefined {
    return asString(this.read("advancedSecurityMode"));
  }

  get customAuthMode(): string | undefined {
    return asString(this.read("customAuthMode"));
  }

  get userPoolTier(): string | undefined {
    return asString(this.read("userPoolTier"));
  }

  get allowAdminCreateUserOnly(): boolean | undefined {
    return asBoolean(this.read("allowAdminCreateUserOnly"));
  }

  /** The declared recovery mechanisms, or undefined when none is declared. */
  get recoveryMechanisms(): RecoveryMechanism[] | undefined {
    const list = this.read("recoveryMechanisms");
    if (!Array.isArray(list)) return undefined;
    const out: RecoveryMechanism[] = [];
    for (let i = 0; i < list.length; i++) {
      const item: unknown = list[i];
      if (!isRecord(item)) continue;
      out.push({ name: asString(item["name"]), priority: asNumber(item["priority"]) });
    }
    return out;
  }

  get caseSensitive(): boolean | undefined {
    return asBoolean(this.read("caseSensitive"));
  }

  /** The tag keys the pool declares (for @pulumi/aws, `tags` and `tagsAll` together). */
  get tagKeys(): string[] {
    const keys = new Set<string>();
    for (const path of TAG_PATHS[this.naming]) {
      const tags = valueAt(this.props, path);
      if (isRecord(tags)) Object.keys(tags).forEach((k) => keys.add(k));
    }
    return [...keys];
  }
}
