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
