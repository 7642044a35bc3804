/**
 * The peers' test inputs, translated to this pack's resource args. A case states, in Cognito's own
 * member names (CreateUserPool / CloudFormation, camelCased), only the members the peer's rule
 * reads; every other member keeps the value of the compliant fixture pool of that type
 * (../fixtures.ts), so that a case's verdict depends on what the peer judged and nothing else.
 * `null` means the program leaves the member out (Cognito's default applies).
 */
import {
  CLIENT_TYPE,
  compliantClient,
  compliantIdentityPool,
  compliantPool,
  IDENTITY_POOL_TYPE,
  PATH,
  SMS_CONFIGURATION,
  TYPE,
  withPath,
  type Kind,
  type ProviderKind,
} from "../fixtures";
import type { Props } from "../../../support/policyArgs";

export type Verdict = "pass" | "fail" | "not-applicable";

export interface PasswordPolicySpec {
  readonly minimumLength?: number;
  readonly requireUppercase?: boolean;
  readonly requireLowercase?: boolean;
  readonly requireNumbers?: boolean;
  readonly requireSymbols?: boolean;
  readonly temporaryPasswordValidityDays?: number;
}

/** The members of a strong password policy: what a case fills in for members its peer does not read. */
export const STRONG_PASSWORD_POLICY: PasswordPolicySpec = {
  minimumLength: 14,
  requireUppercase: true,
  requireLowercase: true,
  requireNumbers: true,
  requireSymbols: true,
  temporaryPasswordValidityDays: 3,
};

export type MfaFactor = "totp" | "sms" | "email";

export interface UserPoolSpec {
  /** Replaces the whole declared password policy (exactly these members); null: none declared. */
  readonly passwordPolicy?: PasswordPolicySpec | null;
  readonly mfaConfiguration?: "ON" | "OFF" | "OPTIONAL" | null;
  /** Replaces the MFA factors the pool configures (TOTP in the fixture). */
  readonly mfaFactors?: readonly MfaFactor[];
  /** WebAuthnConfiguration.FactorConfiguration MULTI_FACTOR_WITH_USER_VERIFICATION (not in @pulumi/aws 7.x). */
  readonly passkeyMfa?: boolean;
  readonly allowedFirstAuthFactors?: readonly string[];
  readonly advancedSecurityMode?: "OFF" | "AUDIT" | "ENFORCED" | null;
  readonly customAuthMode?: "AUDIT" | "ENFORCED" | null;
  readonly userPoolTier?: "LITE" | "ESSENTIALS" | "PLUS" | null;
  readonly deletionProtection?: "ACTIVE" | "INACTIVE" | null;
  readonly allowAdminCreateUserOnly?: boolean | null;
  readonly tags?: Readonly<Record<string, string>> | null;
}

export interface UserPoolClientSpec {
  readonly preventUserExistenceErrors?: "ENABLED" | "LEGACY" | null;
  readonly enableTokenRevocation?: boolean | null;
}

export interface IdentityPoolSpec {
  readonly allowUnauthenticatedIdentities?: boolean | null;
}

export type ResourceSpec =
  | { readonly userPool: UserPoolSpec }
  | { readonly userPoolClient: UserPoolClientSpec }
  | { readonly identityPool: IdentityPoolSpec };

/** One test case or documented condition of a peer, with the peer's verdict. */
export interface PeerCase {
  /** The upstream test (or documented condition), as named there. */
  readonly id: string;
  /** The peer's rule, check or control. */
  readonly rule: string;
  /** The pack policy that mirrors it. */
  readonly policy: string;
  /** That policy's configuration that mirrors the peer's parameters (the pack's defaults when omitted). */
  readonly config?: Readonly<Record<string, unknown>>;
  /** The peer's input, translated. */
  readonly resource: ResourceSpec;
  /** The types the case runs on (default: every type of that resource the pack covers). */
  readonly kinds?: readonly Kind[];
  /** The peer's verdict. */
  readonly verdict: Verdict;
  /** Set when the pack deliberately judges differently: why (the pack's README lists each). */
  readonly differsOnPurpose?: string;
  /** How the upstream input was translated, where that took a judgement. */
  readonly note?: string;
}

/** What a fixture file names as its upstream source. */
export interface PeerSource {
  readonly peer: string;
  readonly repository: string;
  readonly paths: readonly string[];
  readonly commit: string;
}

const EMAIL_MFA = { message: "Your code is {####}", subject: "Sign-in code" };
const DEVELOPER_EMAIL = {
  emailSendingAccount: "DEVELOPER",
  sourceArn: "arn:aws:ses:us-east-1:123456789012:identity/example.com",
  from: "no-reply@example.com",
};

const set = (props: Props, path: readonly string[], value: unknown): Props =>
  withPath(props, path, value === null ? undefined : value);

function withFactors(kind: Kind, props: Props, factors: readonly MfaFactor[]): Props {
  let out = props;
  for (const path of [
    ["softwareTokenMfaConfiguration"],
    ["enabledMfas"],
    ["smsConfiguration"],
    ["emailMfaConfiguration"],
  ])
    out = withPath(out, path, undefined);
  if (factors.includes("sms")) out = withPath(out, ["smsConfiguration"], SMS_CONFIGURATION);
  if (factors.includes("email")) out = withPath(out, ["emailConfiguration"], DEVELOPER_EMAIL);
  if (kind === "awsNative") {
    const names = { totp: "SOFTWARE_TOKEN_MFA", sms: "SMS_MFA", email: "EMAIL_OTP" };
    return factors.length === 0
      ? out
      : withPath(
          out,
          ["enabledMfas"],
          factors.map((f) => names[f]),
        );
  }
  if (factors.includes("totp")) out = withPath(out, ["softwareTokenMfaConfiguration"], { enabled: true });
  if (factors.includes("email")) out = withPath(out, ["emailMfaConfiguration"], EMAIL_MFA);
  return out;
}

/** A user pool of `kind` with the members `spec` states. */
export function userPoolProps(kind: Kind, spec: UserPoolSpec): Props {
  let props = compliantPool(kind);
  const policies = PATH.passwordPolicy[kind];
  if (spec.passwordPolicy !== undefined) props = set(props, policies, spec.passwordPolicy);
  if (spec.mfaConfiguration !== undefined) props = set(props, ["mfaConfiguration"], spec.mfaConfiguration);
  if (spec.mfaFactors !== undefined) props = withFactors(kind, props, spec.mfaFactors);
  if (spec.passkeyMfa !== undefined) {
    if (kind === "aws") throw new Error("@pulumi/aws 7.x has no passkey factor setting");
    const path =
      kind === "awsNative" ? ["webAuthnFactorConfiguration"] : ["webAuthnConfiguration", "factorConfiguration"];
    props = set(props, path, spec.passkeyMfa ? "MULTI_FACTOR_WITH_USER_VERIFICATION" : "SINGLE_FACTOR");
  }
  if (spec.allowedFirstAuthFactors !== undefined) {
    const signIn = kind === "aws" ? ["signInPolicy"] : ["policies", "signInPolicy"];
    props = set(props, [...signIn, "allowedFirstAuthFactors"], spec.allowedFirstAuthFactors);
  }
  if (spec.advancedSecurityMode !== undefined)
    props = set(props, ["userPoolAddOns", "advancedSecurityMode"], spec.advancedSecurityMode);
  if (spec.customAuthMode !== undefined)
    props = set(props, ["userPoolAddOns", "advancedSecurityAdditionalFlows", "customAuthMode"], spec.customAuthMode);
  if (spec.userPoolTier !== undefined) props = set(props, ["userPoolTier"], spec.userPoolTier);
  if (spec.deletionProtection !== undefined) props = set(props, ["deletionProtection"], spec.deletionProtection);
  if (spec.allowAdminCreateUserOnly !== undefined)
    props = set(props, ["adminCreateUserConfig", "allowAdminCreateUserOnly"], spec.allowAdminCreateUserOnly);
  if (spec.tags !== undefined) props = set(props, PATH.tags[kind], spec.tags);
  return props;
}

/** The resources a case runs on: for each covered type, its type token and translated args. */
export function translate(peerCase: PeerCase): Array<{ kind: Kind; type: string; props: Props }> {
  const resource = peerCase.resource;
  if ("userPool" in resource) {
    const kinds = peerCase.kinds ?? (["dynamic", "aws", "awsNative"] as const);
    return kinds.map((kind) => ({ kind, type: TYPE[kind], props: userPoolProps(kind, resource.userPool) }));
  }
  const providerKinds = (peerCase.kinds ?? ["aws", "awsNative"]).filter(
    (k): k is ProviderKind => k === "aws" || k === "awsNative",
  );
  if ("userPoolClient" in resource) {
    const spec = resource.userPoolClient;
    return providerKinds.map((kind) => {
      let props = compliantClient(kind);
      if (spec.preventUserExistenceErrors !== undefined)
        props = set(props, ["preventUserExistenceErrors"], spec.preventUserExistenceErrors);
      if (spec.enableTokenRevocation !== undefined)
        props = set(props, ["enableTokenRevocation"], spec.enableTokenRevocation);
      return { kind, type: CLIENT_TYPE[kind], props };
    });
  }
  const spec = resource.identityPool;
  return providerKinds.map((kind) => {
    let props = compliantIdentityPool(kind);
    if (spec.allowUnauthenticatedIdentities !== undefined)
      props = set(props, ["allowUnauthenticatedIdentities"], spec.allowUnauthenticatedIdentities);
    return { kind, type: IDENTITY_POOL_TYPE[kind], props };
  });
}
