/**
 * The one place where the covered resource types' property names differ. Each type's props are
 * read through a `UserPoolView`; policies ask the view for settings and for the property path to
 * name in a message, and never touch props themselves.
 *
 * Reads are lazy: a getter reads only the props it needs, so a value that is unknown during
 * preview (an output of another resource) affects only the policies that look at it. The engine
 * hands props behind a proxy that throws on an unknown value; @pulumi/policy turns that into an
 * advisory "can't run policy during preview" for the one policy that hit it.
 */
import { poolKindOf, type PoolKind } from "./resourceTypes";

type Path = readonly string[];
type PerKind<T> = { readonly [K in PoolKind]: T };

const same = (path: Path): PerKind<Path> => ({ dynamic: path, aws: path, awsNative: path });
const under = (base: PerKind<Path>, leaf: string): PerKind<Path> => ({
  dynamic: [...base.dynamic, leaf],
  aws: [...base.aws, leaf],
  awsNative: [...base.awsNative, leaf],
});

const PASSWORD_POLICY: PerKind<Path> = {
  dynamic: ["policies", "passwordPolicy"],
  aws: ["passwordPolicy"],
  awsNative: ["policies", "passwordPolicy"],
};
const ADD_ONS = same(["userPoolAddOns"]);
const RECOVERY = same(["accountRecoverySetting"]);

/** Where each setting lives, per resource type. */
export const FIELD_PATHS = {
  deletionProtection: same(["deletionProtection"]),
  passwordPolicy: PASSWORD_POLICY,
  minimumLength: under(PASSWORD_POLICY, "minimumLength"),
  requireUppercase: under(PASSWORD_POLICY, "requireUppercase"),
  requireLowercase: under(PASSWORD_POLICY, "requireLowercase"),
  requireNumbers: under(PASSWORD_POLICY, "requireNumbers"),
  requireSymbols: under(PASSWORD_POLICY, "requireSymbols"),
  temporaryPasswordValidityDays: under(PASSWORD_POLICY, "temporaryPasswordValidityDays"),
  mfaConfiguration: same(["mfaConfiguration"]),
  advancedSecurityMode: under(ADD_ONS, "advancedSecurityMode"),
  customAuthMode: under(under(ADD_ONS, "advancedSecurityAdditionalFlows"), "customAuthMode"),
  userPoolTier: same(["userPoolTier"]),
  allowAdminCreateUserOnly: same(["adminCreateUserConfig", "allowAdminCreateUserOnly"]),
  accountRecoverySetting: RECOVERY,
  recoveryMechanisms: under(RECOVERY, "recoveryMechanisms"),
  caseSensitive: same(["usernameConfiguration", "caseSensitive"]),
  tags: { dynamic: ["userPoolTags"], aws: ["tags"], awsNative: ["userPoolTags"] },
} satisfies Record<string, PerKind<Path>>;

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
  readonly email: boolean;
}

export interface RecoveryMechanism {
  readonly name: string | undefined;
  readonly priority: number | undefined;
}

type Props = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function valueAt(props: Props, path: Path): unknown {
  let current: unknown = props;
  for (const key of path) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

const asString = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const asBoolean = (v: unknown): boolean | undefined => (typeof v === "boolean" ? v : undefined);
const asNumber = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);

function asStrings(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: string[] = [];
  for (let i = 0; i < v.length; i++) {
    const item: unknown = v[i];
    if (typeof item === "string") out.push(item);
  }
  return out;
}

const API_FACTOR_SETTINGS =
  "softwareTokenMfaConfiguration: { enabled: true } (authenticator apps), smsConfiguration (SMS codes) " +
  "or emailMfaConfiguration (email codes)";

/** How each type turns MFA factors on, and how to say so in a message. */
const MFA_FACTORS: PerKind<{ read(props: Props): MfaFactors; howToAdd: string }> = {
  dynamic: {
    read: (props) => ({
      sms: valueAt(props, ["smsConfiguration"]) != null,
      totp: valueAt(props, ["softwareTokenMfaConfiguration", "enabled"]) === true,
      email: valueAt(props, ["emailMfaConfiguration"]) != null,
    }),
    howToAdd: API_FACTOR_SETTINGS,
  },
  aws: {
    // @pulumi/aws turns SMS MFA on with smsConfiguration while mfaConfiguration is ON or OPTIONAL.
    read: (props) => MFA_FACTORS.dynamic.read(props),
    howToAdd: API_FACTOR_SETTINGS,
  },
  awsNative: {
    // CloudFormation lists the factors in EnabledMfas; SMS MFA also needs SmsConfiguration, and
    // without EnabledMfas an SmsConfiguration alone turns SMS MFA on (as CreateUserPool does).
    read: (props) => {
      const enabled = asStrings(valueAt(props, ["enabledMfas"]));
      const sms =
        valueAt(props, ["smsConfiguration"]) != null && (enabled === undefined || enabled.includes("SMS_MFA"));
      return {
        sms,
        totp: enabled?.includes("SOFTWARE_TOKEN_MFA") ?? false,
        email: enabled?.includes("EMAIL_OTP") ?? false,
      };
    },
    howToAdd:
      'enabledMfas: ["SOFTWARE_TOKEN_MFA"] (authenticator apps), "SMS_MFA" with smsConfiguration (SMS codes) ' +
      'or "EMAIL_OTP" (email codes)',
  },
};

/** Where tags live; @pulumi/aws also reports provider default tags in tagsAll. */
const TAG_PATHS: PerKind<readonly Path[]> = {
  dynamic: [["userPoolTags"]],
  aws: [["tags"], ["tagsAll"]],
  awsNative: [["userPoolTags"]],
};

/** A Cognito user pool of any covered type, seen through normalised settings. */
export class UserPoolView {
  private constructor(
    readonly kind: PoolKind,
    /** The resource's name in the program, as messages quote it. */
    readonly name: string,
    private readonly props: Props,
  ) {}

  /** The view of a resource, or undefined when the type is not a covered user pool type. */
  static of(type: string, name: string, props: Props): UserPoolView | undefined {
    const kind = poolKindOf(type);
    return kind === undefined ? undefined : new UserPoolView(kind, name, props);
  }

  /** The property path of a setting as this type spells it, e.g. `policies.passwordPolicy.minimumLength`. */
  path(field: PoolField): string {
    return this.segments(field).join(".");
  }

  /** The property path of a setting as keys, for writing (remediation). */
  segments(field: PoolField): readonly string[] {
    return FIELD_PATHS[field][this.kind];
  }

  private read(field: PoolField): unknown {
    return valueAt(this.props, this.segments(field));
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

  get mfaConfiguration(): string | undefined {
    return asString(this.read("mfaConfiguration"));
  }

  get mfaFactors(): MfaFactors {
    return MFA_FACTORS[this.kind].read(this.props);
  }

  /** How to configure an MFA factor in this type, for a message. */
  get mfaFactorSettings(): string {
    return MFA_FACTORS[this.kind].howToAdd;
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
    for (const path of TAG_PATHS[this.kind]) {
      const tags = valueAt(this.props, path);
      if (isRecord(tags)) Object.keys(tags).forEach((k) => keys.add(k));
    }
    return [...keys];
  }
}
