/**
 * The one table of UserPool fields. Conversion, check, diff (update or replace), the update
 * request and read all derive from it: a field the API grows is one row here.
 */
import type { CreateUserPoolRequest } from "@aws-sdk/client-cognito-identity-provider";
import type { DesiredUserPool } from "./desiredPool";

/**
 * How a change to the field is applied.
 * - `update`: UpdateUserPool takes it; it is sent in full with every update (UpdateUserPool resets
 *   whatever it is not given).
 * - `replace`: fixed at creation; a change needs a new pool (which has none of the old pool's users).
 * - `addOnly`: the schema: new custom attributes are added in place with AddCustomAttributes; an
 *   existing attribute can be neither changed nor removed.
 * - `mfaConfig`: applied with SetUserPoolMfaConfig and read with GetUserPoolMfaConfig.
 */
export type ChangeMode = "update" | "replace" | "addOnly" | "mfaConfig";

/** What each change mode means to a user, for the generated docs (SDK types and plugin schema). */
export const CHANGE_NOTES: Readonly<Record<ChangeMode, string>> = {
  update: "Changes apply in place (UpdateUserPool).",
  replace:
    "Fixed at creation: changing it needs a new pool, which has none of this pool's users (refused while deletionProtection is ACTIVE).",
  addOnly:
    "New custom attributes are added in place (AddCustomAttributes); an existing attribute can be neither changed nor removed.",
  mfaConfig: "Applied with SetUserPoolMfaConfig and read back with GetUserPoolMfaConfig; changes apply in place.",
};

/** Where the field's live value is read from. */
export type ReadBack =
  /** DescribeUserPool's UserPool, under the member named here (often the same name). */
  | { from: "describe"; member: string }
  /** DescribeUserPool's SchemaAttributes, matched to the declared attributes by name. */
  | { from: "describeSchema" }
  /** GetUserPoolMfaConfig's response, under the member named here. */
  | { from: "mfaConfig"; member: string };

export interface FieldSpec {
  /** Member name in the API request (CreateUserPool, or SetUserPoolMfaConfig for `mfaConfig` fields). */
  readonly api: keyof DesiredUserPool & string;
  /** The request shape the member belongs to, for name conversion. */
  readonly container: "CreateUserPoolRequest" | "SetUserPoolMfaConfigRequest";
  readonly change: ChangeMode;
  readonly read: ReadBack;
  /** Lists whose order Cognito does not keep: compared as sets. */
  readonly unordered?: boolean;
  /**
   * The member is left out of the read when the setting is off, so a declared value that reads back
   * absent is drift (turned off outside Pulumi), not a member the service does not report.
   */
  readonly absentWhenOff?: boolean;
}

const describe = (member: string): ReadBack => ({ from: "describe", member });
const same = (api: keyof CreateUserPoolRequest & string): FieldSpec => ({
  api,
  container: "CreateUserPoolRequest",
  change: "update",
  read: describe(api),
});

export const USER_POOL_FIELDS: readonly FieldSpec[] = [
  { ...same("PoolName"), read: describe("Name") },
  same("Policies"),
  same("DeletionProtection"),
  same("LambdaConfig"),
  { ...same("AutoVerifiedAttributes"), unordered: true },
  { ...same("AliasAttributes"), change: "replace", unordered: true },
  { ...same("UsernameAttributes"), change: "replace", unordered: true },
  same("SmsVerificationMessage"),
  same("EmailVerificationMessage"),
  same("EmailVerificationSubject"),
  same("VerificationMessageTemplate"),
  same("SmsAuthenticationMessage"),
  same("MfaConfiguration"),
  same("UserAttributeUpdateSettings"),
  same("DeviceConfiguration"),
  same("EmailConfiguration"),
  same("SmsConfiguration"),
  same("UserPoolTags"),
  same("AdminCreateUserConfig"),
  { ...same("Schema"), change: "addOnly", read: { from: "describeSchema" } },
  same("UserPoolAddOns"),
  same("DcrConfiguration"),
  { ...same("UsernameConfiguration"), change: "replace" },
  same("AccountRecoverySetting"),
  same("UserPoolTier"),
  same("KeyConfiguration"),
  same("IssuerConfiguration"),
  same("AcrConfiguration"),
  {
    // The SMS factor on its own, as SetUserPoolMfaConfig's request has it beside the TOTP, email and
    // WebAuthn factors (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetUserPoolMfaConfig.html,
    // https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SmsMfaConfigType.html).
    api: "SmsMfaConfiguration",
    container: "SetUserPoolMfaConfigRequest",
    change: "mfaConfig",
    read: { from: "mfaConfig", member: "SmsMfaConfiguration" },
    // SetUserPoolMfaConfig without SmsMfaConfiguration turns the SMS factor off, and
    // GetUserPoolMfaConfig then has no SmsMfaConfiguration: its absence is the off state.
    absentWhenOff: true,
  },
  {
    api: "SoftwareTokenMfaConfiguration",
    container: "SetUserPoolMfaConfigRequest",
    change: "mfaConfig",
    read: { from: "mfaConfig", member: "SoftwareTokenMfaConfiguration" },
  },
  {
    api: "EmailMfaConfiguration",
    container: "SetUserPoolMfaConfigRequest",
    change: "mfaConfig",
    read: { from: "mfaConfig", member: "EmailMfaConfiguration" },
  },
  {
    api: "WebAuthnConfiguration",
    container: "SetUserPoolMfaConfigRequest",
    change: "mfaConfig",
    read: { from: "mfaConfig", member: "WebAuthnConfiguration" },
  },
];

/** Fields whose change needs a new pool. */
export const CREATE_ONLY_FIELDS = USER_POOL_FIELDS.filter((f) => f.change === "replace");
/** Fields applied with SetUserPoolMfaConfig. */
export const MFA_CONFIG_FIELDS = USER_POOL_FIELDS.filter((f) => f.change === "mfaConfig");

/**
 * Args that are the provider's own, not user pool settings: they are never sent to Cognito, never
 * compared by diff, and carried through to the outputs unchanged.
 */
export interface ProviderArgSpec {
  /** The arg's name (camelCase). */
  readonly name: string;
  /** Its TypeScript type in UserPoolArgs. */
  readonly type: "string";
  /** Its documentation, as paragraphs of plain text. */
  readonly doc: readonly string[];
}

export const PROVIDER_ARGS: readonly ProviderArgSpec[] = [
  {
    name: "adoptUserPoolId",
    type: "string",
    doc: [
      "The id (`<region>_<id>`, e.g. `us-east-1_AbC123xyZ`) of an existing user pool to bring under management " +
        "instead of creating a new one. On create the provider checks that the pool exists in the provider's " +
        "region, refuses if a field fixed at creation (usernameAttributes, aliasAttributes, usernameConfiguration, " +
        "an existing schema attribute) differs from the live pool, reports how the other live settings differ from " +
        "the declared ones, adds missing custom attributes, and converges the pool to the declared settings in place. " +
        "It never calls CreateUserPool or DeleteUserPool, so the pool keeps its id and its users.",
      "Only read on create: changing or removing it afterwards changes nothing. Deleting the resource later " +
        "follows the normal rules (deletion protection included). `npx pulumi-cognito-userpool generate " +
        "--user-pool-id ID` writes a program that declares a live pool with this set.",
      "Limits: 1-55 characters, pattern `[\\w-]+_[0-9a-zA-Z]+`.",
    ],
  },
];
