import * as assert from "node:assert/strict";
import fc from "fast-check";
import type { DesiredUserPool } from "../../provider/desiredPool";
import type { MemberKind, MemberSpec } from "../../provider/naming";
import { ROOT_MEMBERS, validateArgs, type Violation } from "../../provider/validation";
import { propertyPath } from "../../provider/validation/text";
import { membersOf, type Members } from "../../provider/validation/walk";
import { referenceCreateUserPoolRequest } from "../fixtures/referenceRequest";

// ---------------------------------------------------------------------------------------
// Helpers. The fixtures below are written in API shape (as the API reference documents each
// rule); validation runs in the user's camelCase shape. `camelize` renames a fixture with the
// provider's own generated table, and `camelPath` an expected path, so every assertion checks the
// camelCase path a user sees. A key the table does not know keeps its name with the first letter
// lowered (a typo stays a typo); camelCase input passes through unchanged.

type ApiPath = ReadonlyArray<string | number>;
type Path = ReadonlyArray<string | number>;

const lowerFirst = (key: string): string => key.charAt(0).toLowerCase() + key.slice(1);

function memberByApi(members: Members, key: string): MemberSpec | undefined {
  for (const member of members.values()) if (member.api === key) return member;
  return undefined;
}

function camelizeStruct(value: unknown, members: Members): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const member = memberByApi(members, key);
    out[member?.camel ?? lowerFirst(key)] = member === undefined ? item : camelizeKind(item, member.kind);
  }
  return out;
}

function camelizeKind(value: unknown, kind: MemberKind): unknown {
  if (typeof kind !== "object" || "enum" in kind) return value;
  if ("struct" in kind) return camelizeStruct(value, membersOf(kind.struct));
  if ("list" in kind) return Array.isArray(value) ? value.map((item: unknown) => camelizeKind(item, kind.list)) : value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, camelizeKind(item, kind.map)]));
}

/** An API-shaped pool as the user writes it. */
function camelize(pool: unknown): unknown {
  return camelizeStruct(pool, ROOT_MEMBERS);
}

/** An API path as the user writes it: `["LambdaConfig", "KMSKeyID"]` -> `["lambdaConfig", "kmsKeyId"]`. */
function camelPath(path: ApiPath): Path {
  let kind: MemberKind | undefined = { struct: "" };
  let members: Members | undefined = ROOT_MEMBERS;
  return path.map((segment) => {
    if (typeof segment === "number") {
      kind = kind !== undefined && typeof kind === "object" && "list" in kind ? kind.list : undefined;
    } else if (kind !== undefined && typeof kind === "object" && "map" in kind) {
      kind = kind.map;
    } else {
      const member = members === undefined ? undefined : memberByApi(members, segment);
      kind = member?.kind;
      members = undefined;
      if (member === undefined) return lowerFirst(segment);
      segment = member.camel;
    }
    members = kind !== undefined && typeof kind === "object" && "struct" in kind ? membersOf(kind.struct) : undefined;
    return segment;
  });
}

const FN = "arn:aws:lambda:us-east-1:123456789012:function:MyFunction";
const FN2 = "arn:aws:lambda:us-east-1:123456789012:function:Other";
const KMS = "arn:aws:kms:us-east-1:123456789012:key/a6c4f8e2-0c45-47db-925f-87854bc9e357";
const SES = "arn:aws:ses:us-east-1:123456789012:identity/support@example.com";
const ROLE = "arn:aws:iam::123456789012:role/service-role/test-cognito-SMS-Role";

type Plain = Record<string, unknown>;

function validate(pool: unknown): Violation[] {
  return validateArgs(camelize(pool));
}

function samePath(a: ApiPath, b: ApiPath): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

function at(pool: unknown, path: ApiPath): Violation[] {
  const expected = camelPath(path);
  return validate(pool).filter((v) => samePath(v.path, expected));
}

function show(violations: Violation[]): string {
  return violations.map((v) => `${JSON.stringify(v.path)}: ${v.reason}`).join("\n");
}

function assertValid(pool: unknown): void {
  const violations = validate(pool);
  assert.deepEqual(violations, [], show(violations));
}

/** Exactly the violations at `path` must match `pattern` (at least one). */
function assertViolation(pool: unknown, path: ApiPath, pattern?: RegExp): Violation {
  const found = at(pool, path);
  assert.ok(found.length > 0, `expected a violation at ${JSON.stringify(path)}; got:\n${show(validate(pool))}`);
  if (pattern !== undefined) {
    assert.ok(
      found.some((v) => pattern.test(v.reason)),
      `expected a violation at ${JSON.stringify(path)} matching ${pattern}; got:\n${show(found)}`,
    );
  }
  return found[0];
}

function assertNoViolationAt(pool: unknown, path: ApiPath): void {
  const found = at(pool, path);
  assert.deepEqual(found, [], show(found));
}

/** A copy of `base` with `value` at `path` (objects and lists created as needed). */
function withValue(base: Plain, path: ApiPath, value: unknown): Plain {
  const root = structuredClone(base);
  let node: Record<string | number, unknown> = root;
  path.forEach((segment, i) => {
    if (i === path.length - 1) {
      node[segment] = value;
      return;
    }
    const next = path[i + 1];
    if (node[segment] === undefined || node[segment] === null || typeof node[segment] !== "object") {
      node[segment] = typeof next === "number" ? [] : {};
    }
    node = node[segment] as Record<string | number, unknown>;
  });
  return root;
}

const base: Plain = { PoolName: "pool" };
const pool = (extra: Plain): Plain => ({ ...base, ...extra });
const text = (n: number, char = "a"): string => char.repeat(n);

/** Every member the walker can reach from the root, with a concrete camelCase path (list entry 0, map key "k"). */
function tableMembers(): { path: Path; member: MemberSpec; kind: MemberKind }[] {
  const out: { path: Path; member: MemberSpec; kind: MemberKind }[] = [];
  const visit = (members: Members, path: Path): void => {
    for (const member of members.values()) visitKind([...path, member.camel], member, member.kind);
  };
  const visitKind = (path: Path, member: MemberSpec, kind: MemberKind): void => {
    out.push({ path, member, kind });
    if (typeof kind !== "object" || "enum" in kind) return;
    if ("struct" in kind) visit(membersOf(kind.struct), path);
    else if ("list" in kind) visitKind([...path, 0], member, kind.list);
    else visitKind([...path, "k"], member, kind.map);
  };
  visit(ROOT_MEMBERS, []);
  return out;
}

// ---------------------------------------------------------------------------------------

describe("validation: the API reference example and minimal pools", () => {
  it("accepts the CreateUserPool reference example with zero violations", () => {
    assert.deepEqual(validate(referenceCreateUserPoolRequest), []);
  });

  it("accepts a pool with only a name", () => {
    assertValid({ PoolName: "p" });
  });

  it("requires PoolName", () => {
    assertViolation({}, ["PoolName"], /is required; got nothing.*poolName/);
  });

  it("rejects input that is not an object, at the root", () => {
    for (const input of [null, undefined, 42, "pool", true, [], [{ PoolName: "p" }], () => 1]) {
      const violations = validate(input);
      assert.equal(violations.length, 1);
      assert.deepEqual(violations[0].path, []);
      assert.match(violations[0].reason, /must be an object/);
    }
  });
});

describe("validation: structure", () => {
  it("reports wrong kinds with the value received and the fix", () => {
    assertViolation(
      pool({ PoolName: 42 }),
      ["PoolName"],
      /must be a string; got 42 \(a number\).*set poolName to a string, e.g\. "42"/,
    );
    assertViolation(
      pool({ Policies: { PasswordPolicy: { MinimumLength: "8" } } }),
      ["Policies", "PasswordPolicy", "MinimumLength"],
      /must be a whole number; got "8" \(a string\).*policies\.passwordPolicy\.minimumLength.*e\.g\. 8/,
    );
    assertViolation(
      pool({ Policies: { PasswordPolicy: { MinimumLength: 8.5 } } }),
      ["Policies", "PasswordPolicy", "MinimumLength"],
      /whole number/,
    );
    assertViolation(
      pool({ DeviceConfiguration: { ChallengeRequiredOnNewDevice: "true" } }),
      ["DeviceConfiguration", "ChallengeRequiredOnNewDevice"],
      /true or false/,
    );
    assertViolation(pool({ AliasAttributes: "email" }), ["AliasAttributes"], /must be a list.*\["email"\]/);
    assertViolation(pool({ Policies: [] }), ["Policies"], /must be an object/);
    assertViolation(pool({ UserPoolTags: { env: 1 } }), ["UserPoolTags", "env"], /must be a string/);
  });

  it("reports null members, null list entries and holes", () => {
    assertViolation(
      pool({ Policies: { PasswordPolicy: null } }),
      ["Policies", "PasswordPolicy"],
      /got null.*remove policies\.passwordPolicy/,
    );
    // A top-level null is a setting left out (Pulumi's args), as it is when the request is built.
    assertValid(pool({ MfaConfiguration: null }));
    assertViolation(pool({ AliasAttributes: ["email", null] }), ["AliasAttributes", 1], /remove entry 1/);
    // eslint-disable-next-line no-sparse-arrays
    assertViolation(pool({ AutoVerifiedAttributes: [, "email"] }), ["AutoVerifiedAttributes", 0]);
    assertViolation(pool({ UserPoolTags: { env: null } }), ["UserPoolTags", "env"], /needs a value/);
  });

  it("reports unknown members, suggesting the right name", () => {
    assertViolation(
      pool({ Policies: { PasswordPolicy: { MinimumLenght: 8 } } }),
      ["Policies", "PasswordPolicy", "MinimumLenght"],
      /is not a setting of policies\.passwordPolicy/,
    );
    assertViolation(
      pool({ MfaConfig: "ON" }),
      ["mfaConfig"],
      /is not a user pool setting.*Did you mean mfaConfiguration\?/,
    );
    assertViolation(
      pool({ LambdaConfig: { KmsKeyID: FN } }),
      ["LambdaConfig", "kmsKeyID"],
      /is not a setting of lambdaConfig.*did you mean kmsKeyId\?/,
    );
  });

  it("reports missing required members of nested objects", () => {
    assertViolation(
      pool({ UserPoolAddOns: {} }),
      ["UserPoolAddOns", "AdvancedSecurityMode"],
      /required whenever userPoolAddOns is set.*one of "AUDIT", "ENFORCED" or "OFF"/,
    );
    assertViolation(pool({ UsernameConfiguration: {} }), ["UsernameConfiguration", "CaseSensitive"], /required/);
    assertViolation(
      pool({ LambdaConfig: { CustomSMSSender: { LambdaArn: FN } } }),
      ["LambdaConfig", "CustomSMSSender", "LambdaVersion"],
      /required.*"V1_0"/,
    );
    assertViolation(
      pool({ AccountRecoverySetting: { RecoveryMechanisms: [{ Name: "verified_email" }] } }),
      ["AccountRecoverySetting", "RecoveryMechanisms", 0, "Priority"],
      /required/,
    );
    assertViolation(pool({ AcrConfiguration: { one: {} } }), ["AcrConfiguration", "one", "AcrValue"], /required/);
  });

  it("never throws on exotic objects", () => {
    // Straight to the validator (camelCase), past the fixtures' renaming.
    const getter = {
      get poolName(): string {
        throw new Error("boom");
      },
    };
    const violations = validateArgs(getter);
    assert.equal(violations.length, 1);
    assert.match(violations[0].reason, /could not be read/);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    assert.ok(validateArgs(proxy).length > 0);
    assert.ok(validateArgs({ poolName: "p", schema: new Map() }).length > 0);
    assert.ok(validateArgs({ poolName: new String("p") }).length > 0);
    assert.ok(validateArgs({ poolName: 10n }).length > 0);
    assert.ok(validateArgs({ poolName: Symbol("p") }).length > 0);
    const cyclic: Plain = { poolName: "p" };
    cyclic.policies = cyclic;
    assert.ok(validateArgs(cyclic).length > 0);
    assert.ok(validateArgs(Object.assign(Object.create(null) as Plain, { poolName: "p" })).length === 0);
  });
});

describe("validation: field limits at and beyond their boundaries", () => {
  const MIN = ["Policies", "PasswordPolicy", "MinimumLength"];
  it("password MinimumLength: 5 fails, 6 and 99 pass, 100 fails", () => {
    const v = assertViolation(withValue(base, MIN, 5), MIN);
    assert.equal(
      v.reason,
      "must be between 6 and 99; got 5. Cognito rejects values below 6: set policies.passwordPolicy.minimumLength to 6 or more.",
    );
    assertValid(withValue(base, MIN, 6));
    assertValid(withValue(base, MIN, 99));
    assertViolation(withValue(base, MIN, 100), MIN, /got 100.*99 or less/);
  });

  it("TemporaryPasswordValidityDays 0-365, PasswordHistorySize 0-24, UnusedAccountValidityDays 0-365", () => {
    const cases: [ApiPath, number, number][] = [
      [["Policies", "PasswordPolicy", "TemporaryPasswordValidityDays"], 0, 365],
      [["Policies", "PasswordPolicy", "PasswordHistorySize"], 0, 24],
      [["AdminCreateUserConfig", "UnusedAccountValidityDays"], 0, 365],
    ];
    for (const [path, min, max] of cases) {
      assertViolation(withValue(base, path, min - 1), path, /must be between/);
      assertValid(withValue(base, path, min));
      assertValid(withValue(base, path, max));
      assertViolation(withValue(base, path, max + 1), path, /must be between/);
    }
  });

  it("PoolName: 1-128 characters of [\\w\\s+=,.@-]", () => {
    assertViolation({ PoolName: "" }, ["PoolName"], /1 to 128 characters long; got 0 characters/);
    assertValid({ PoolName: "a" });
    assertValid({ PoolName: text(128) });
    assertViolation({ PoolName: text(129) }, ["PoolName"], /got 129 characters.*shorten poolName to 128/);
    assertValid({ PoolName: "My pool_1 +=,.@-" });
    assertViolation({ PoolName: "my/pool" }, ["PoolName"], /"\/" \(U\+002F\) at character 3/);
    assertViolation({ PoolName: "café" }, ["PoolName"], /U\+00E9/);
  });

  it("SMS templates: 6-140 characters with {####}", () => {
    for (const path of [
      ["SmsVerificationMessage"],
      ["SmsAuthenticationMessage"],
      ["VerificationMessageTemplate", "SmsMessage"],
    ]) {
      assertValid(withValue(base, path, "{####}"));
      assertValid(withValue(base, path, "{####}" + text(134)));
      assertViolation(withValue(base, path, "{####}" + text(135)), path, /6 to 140 characters long; got 141/);
      assertViolation(withValue(base, path, "{###}"), path, /6 to 140.*got 5/);
      assertViolation(withValue(base, path, "Your code is 1234"), path, /must contain the placeholder \{####\}/);
      assertValid(withValue(base, path, "Code:\n{####}"));
    }
  });

  it("email bodies: 6-20000 printable characters with {####}", () => {
    for (const path of [["EmailVerificationMessage"], ["VerificationMessageTemplate", "EmailMessage"]]) {
      assertValid(withValue(base, path, "{####}"));
      assertValid(withValue(base, path, "<p>Code: {####}</p>\n" + text(20000 - 21)));
      assertViolation(withValue(base, path, "{####}" + text(19995)), path, /6 to 20000 characters long; got 20001/);
      assertViolation(withValue(base, path, "Your code"), path, /\{####\}/);
      assertViolation(withValue(base, path, "Code {####}\u0007"), path, /U\+0007/);
      assertViolation(withValue(base, path, "Code {####} 👩\u200d💻"), path, /U\+200D/);
      assertValid(withValue(base, path, "Code {####} ✓ 👍 ü"));
    }
    const mfa = ["EmailMfaConfiguration", "Message"];
    const mfaPool = pool({
      MfaConfiguration: "OPTIONAL",
      EmailConfiguration: { EmailSendingAccount: "DEVELOPER", SourceArn: SES },
    });
    assertValid(withValue(mfaPool, mfa, "Sign-in code {####}"));
    assertViolation(withValue(mfaPool, mfa, "Sign-in code"), mfa, /\{####\}/);
  });

  it("link emails need {##...##}", () => {
    const path = ["VerificationMessageTemplate", "EmailMessageByLink"];
    assertValid(withValue(base, path, "Choose this link to {##verify your email##}"));
    assertViolation(withValue(base, path, "Choose this link to verify"), path, /\{##\.\.\.##\}/);
  });

  it("subjects: 1-140 characters", () => {
    for (const path of [
      ["EmailVerificationSubject"],
      ["VerificationMessageTemplate", "EmailSubject"],
      ["VerificationMessageTemplate", "EmailSubjectByLink"],
      ["AdminCreateUserConfig", "InviteMessageTemplate", "EmailSubject"],
    ]) {
      assertViolation(withValue(base, path, ""), path, /1 to 140/);
      assertValid(withValue(base, path, "S"));
      assertValid(withValue(base, path, text(140)));
      assertViolation(withValue(base, path, text(141)), path, /1 to 140/);
    }
  });

  it("invitations need {username}", () => {
    const sms = ["AdminCreateUserConfig", "InviteMessageTemplate", "SMSMessage"];
    const email = ["AdminCreateUserConfig", "InviteMessageTemplate", "EmailMessage"];
    assertValid(withValue(base, sms, "{username} {####}"));
    assertValid(withValue(base, sms, "Hi {username}, sign in with a code"));
    assertViolation(withValue(base, sms, "Your password is {####}"), sms, /\{username\}/);
    assertViolation(withValue(base, sms, "{username}" + text(131)), sms, /6 to 140/);
    assertValid(withValue(base, email, "Hello {username}, your password is {####}."));
    assertViolation(
      withValue(base, email, "Your password is {####}."),
      email,
      /\{username\}.*add \{username\} to adminCreateUserConfig\.inviteMessageTemplate\.emailMessage/,
    );
  });

  it("ARNs of triggers, keys and identities", () => {
    for (const path of [
      ["LambdaConfig", "PreSignUp"],
      ["LambdaConfig", "KMSKeyID"],
      ["EmailConfiguration", "SourceArn"],
      ["KeyConfiguration", "KmsKeyArn"],
    ]) {
      assertNoViolationAt(withValue(base, path, FN), path);
      assertNoViolationAt(withValue(base, path, FN + ":prod"), path);
      assertViolation(withValue(base, path, "MyFunction-name-that-is-long"), path, /must be an ARN/);
      assertViolation(withValue(base, path, "arn:aws:s3:x:12:abc"), path, /20 to 2048.*got 19/);
    }
    assertNoViolationAt(pool({ SmsConfiguration: { SnsCallerArn: "" } }), ["SmsConfiguration", "SnsCallerArn"]);
    assertViolation(
      pool({ SmsConfiguration: { SnsCallerArn: "role/CognitoSMS" } }),
      ["SmsConfiguration", "SnsCallerArn"],
      /ARN of an IAM role/,
    );
  });

  it("tags: keys 1-128, values 0-256, at most 49 (Cognito's 50 less the owner tag), no aws: prefix, not the owner tag", () => {
    const tags = (n: number): Plain => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, "v"]));
    assertValid(pool({ UserPoolTags: tags(49) }));
    assertViolation(pool({ UserPoolTags: tags(50) }), ["UserPoolTags"], /at most 49 entries; got 50.*at most 50 tags/);
    assertViolation(
      pool({ UserPoolTags: { "pulumi-cognito-userpool:owner": "me" } }),
      ["UserPoolTags", "pulumi-cognito-userpool:owner"],
      /the provider's own tag/,
    );
    assertViolation(pool({ UserPoolTags: { "": "v" } }), ["UserPoolTags", ""], /1 to 128/);
    assertValid(pool({ UserPoolTags: { [text(128)]: "" } }));
    assertViolation(pool({ UserPoolTags: { [text(129)]: "v" } }), ["UserPoolTags", text(129)], /1 to 128/);
    assertValid(pool({ UserPoolTags: { k: text(256) } }));
    assertViolation(pool({ UserPoolTags: { k: text(257) } }), ["UserPoolTags", "k"], /at most 256|0 to 256/);
    assertViolation(pool({ UserPoolTags: { "aws:team": "x" } }), ["UserPoolTags", "aws:team"], /aws:/);
  });

  it("schema: 1-50 attributes, names 1-20 printable characters, data types", () => {
    const attrs = (n: number): Plain[] =>
      Array.from({ length: n }, (_, i) => ({ Name: `attr${i}`, AttributeDataType: "String" }));
    assertViolation(pool({ Schema: [] }), ["Schema"], /1 to 50 entries; got 0/);
    assertValid(pool({ Schema: attrs(1) }));
    assertValid(pool({ Schema: attrs(50) }));
    assertViolation(pool({ Schema: attrs(51) }), ["Schema"], /got 51/);
    assertValid(pool({ Schema: [{ Name: text(20) }] }));
    assertViolation(pool({ Schema: [{ Name: text(21) }] }), ["Schema", 0, "Name"], /1 to 20/);
    assertViolation(pool({ Schema: [{ Name: "my attr" }] }), ["Schema", 0, "Name"], /U\+0020/);
    assertViolation(
      pool({ Schema: [{ Name: "x", AttributeDataType: "string" }] }),
      ["Schema", 0, "AttributeDataType"],
      /set schema\[0\]\.attributeDataType to "String"/,
    );
  });

  it("schema constraints: numbers as strings, min <= max", () => {
    const s = (c: Plain): Plain => pool({ Schema: [{ Name: "x", ...c }] });
    assertValid(s({ StringAttributeConstraints: { MinLength: "1", MaxLength: "1" } }));
    assertValid(s({ NumberAttributeConstraints: { MinValue: "-5", MaxValue: "1.5" } }));
    assertViolation(
      s({ StringAttributeConstraints: { MinLength: "2", MaxLength: "1" } }),
      ["Schema", 0, "StringAttributeConstraints", "MinLength"],
      /2 > 1/,
    );
    assertViolation(
      s({ NumberAttributeConstraints: { MinValue: "10", MaxValue: "9" } }),
      ["Schema", 0, "NumberAttributeConstraints", "MinValue"],
      /10 > 9/,
    );
    assertViolation(
      s({ StringAttributeConstraints: { MaxLength: "ten" } }),
      ["Schema", 0, "StringAttributeConstraints", "MaxLength"],
      /whole number/,
    );
    assertViolation(
      s({ StringAttributeConstraints: { MinLength: "1.5" } }),
      ["Schema", 0, "StringAttributeConstraints", "MinLength"],
      /whole number/,
    );
    assertViolation(
      s({ NumberAttributeConstraints: { MinValue: "one" } }),
      ["Schema", 0, "NumberAttributeConstraints", "MinValue"],
      /a number/,
    );
    assertViolation(
      s({ NumberAttributeConstraints: { MinValue: 1 } }),
      ["Schema", 0, "NumberAttributeConstraints", "MinValue"],
      /must be a string; got 1/,
    );
  });

  it("schema: duplicate names and required custom attributes", () => {
    assertViolation(
      pool({ Schema: [{ Name: "x" }, { Name: "x" }] }),
      ["Schema", 1, "Name"],
      /already used by schema\[0\]/,
    );
    assertValid(pool({ Schema: [{ Name: "x" }, { Name: "y" }] }));
    assertViolation(
      pool({ Schema: [{ Name: "tier", Required: true }] }),
      ["Schema", 0, "Required"],
      /required custom attributes/,
    );
    assertValid(
      pool({
        Schema: [
          { Name: "tier", Required: false },
          { Name: "email", Required: true },
        ],
      }),
    );
  });

  it("account recovery: 1-2 mechanisms, priorities 1-2 distinct, admin_only alone", () => {
    const rec = (m: unknown[]): Plain => pool({ AccountRecoverySetting: { RecoveryMechanisms: m } });
    const R = ["AccountRecoverySetting", "RecoveryMechanisms"];
    assertViolation(rec([]), R, /1 to 2 entries; got 0/);
    assertValid(rec([{ Name: "verified_email", Priority: 1 }]));
    assertValid(
      rec([
        { Name: "verified_email", Priority: 1 },
        { Name: "verified_phone_number", Priority: 2 },
      ]),
    );
    assertViolation(
      rec([
        { Name: "verified_email", Priority: 1 },
        { Name: "verified_phone_number", Priority: 2 },
        { Name: "admin_only", Priority: 2 },
      ]),
      R,
      /got 3/,
    );
    assertViolation(rec([{ Name: "verified_email", Priority: 0 }]), [...R, 0, "Priority"], /between 1 and 2/);
    assertViolation(rec([{ Name: "verified_email", Priority: 3 }]), [...R, 0, "Priority"], /between 1 and 2/);
    assertViolation(
      rec([
        { Name: "verified_email", Priority: 1 },
        { Name: "verified_phone_number", Priority: 1 },
      ]),
      [...R, 1, "Priority"],
      /got 1 twice/,
    );
    assertViolation(
      rec([
        { Name: "verified_email", Priority: 1 },
        { Name: "verified_email", Priority: 2 },
      ]),
      [...R, 1, "Name"],
      /twice/,
    );
    assertValid(rec([{ Name: "admin_only", Priority: 1 }]));
    assertViolation(
      rec([
        { Name: "admin_only", Priority: 1 },
        { Name: "verified_email", Priority: 2 },
      ]),
      [...R, 0, "Name"],
      /only recovery mechanism/,
    );
  });

  it("sign-in policy: 1-5 first factors, no SOFTWARE_TOKEN", () => {
    const F = ["Policies", "SignInPolicy", "AllowedFirstAuthFactors"];
    assertViolation(withValue(base, F, []), F, /1 to 5/);
    assertValid(withValue(base, F, ["PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"]));
    assertViolation(
      withValue(base, F, ["PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN", "PASSWORD", "EMAIL_OTP"]),
      F,
      /got 6/,
    );
    assertViolation(withValue(base, F, ["PASSWORD", "SOFTWARE_TOKEN"]), [...F, 1], /SOFTWARE_TOKEN/);
  });

  it("sign-in policy: PASSWORD cannot be left out of the first factors", () => {
    const F = ["Policies", "SignInPolicy", "AllowedFirstAuthFactors"];
    assertViolation(withValue(base, F, ["EMAIL_OTP", "WEB_AUTHN"]), F, /must include "PASSWORD".*EMAIL_OTP/);
    assertValid(withValue(base, F, ["EMAIL_OTP", "PASSWORD"]));
  });

  it("key configuration: a customer-managed key needs its ARN", () => {
    const K = ["KeyConfiguration"];
    assertViolation(
      withValue(base, K, { KeyType: "CUSTOMER_MANAGED_KEY" }),
      [...K, "KmsKeyArn"],
      /required when keyConfiguration\.keyType is "CUSTOMER_MANAGED_KEY".*kmsKeyArn/,
    );
    assertValid(withValue(base, K, { KeyType: "CUSTOMER_MANAGED_KEY", KmsKeyArn: KMS }));
    assertValid(withValue(base, K, { KeyType: "AWS_OWNED_KEY" }));
  });

  it("SMS, email and passkey settings", () => {
    const region = ["SmsConfiguration", "SnsRegion"];
    const sms = { SnsCallerArn: ROLE };
    assertViolation(pool({ SmsConfiguration: { ...sms, SnsRegion: "us-e" } }), region, /5 to 32/);
    assertValid(pool({ SmsConfiguration: { ...sms, SnsRegion: "eu-west-1" } }));
    assertValid(pool({ SmsConfiguration: { ...sms, SnsRegion: text(32) } }));
    assertViolation(pool({ SmsConfiguration: { ...sms, SnsRegion: text(33) } }), region, /5 to 32/);
    assertViolation(
      pool({ EmailConfiguration: { ConfigurationSet: "my set" } }),
      ["EmailConfiguration", "ConfigurationSet"],
      /configuration set/,
    );
    assertViolation(
      pool({ EmailConfiguration: { ConfigurationSet: text(65) } }),
      ["EmailConfiguration", "ConfigurationSet"],
      /1 to 64/,
    );
    assertViolation(
      pool({ EmailConfiguration: { ReplyToEmailAddress: "Support <s@example.com>" } }),
      ["EmailConfiguration", "ReplyToEmailAddress"],
      /email address/,
    );
    assertValid(
      pool({
        EmailConfiguration: { ReplyToEmailAddress: "support@example.com", From: "Support <support@example.com>" },
      }),
    );
    const rp = ["WebAuthnConfiguration", "RelyingPartyId"];
    assertValid(withValue(base, rp, text(127)));
    assertViolation(withValue(base, rp, text(128)), rp, /1 to 127/);
    assertViolation(withValue(base, rp, ""), rp, /1 to 127/);
  });

  describe("every enum, integer, range, length, count and pattern of the generated shapes table", () => {
    for (const { path, member, kind } of tableMembers()) {
      const label = propertyPath(path);
      const only = (pattern: RegExp) => (value: unknown) =>
        at(withValue(base, path, value), path).filter((v) => pattern.test(v.reason));
      // An entry of a list (or value of a map) has the element's kind, never the list's own limits.
      const element = typeof path[path.length - 1] === "number" || path[path.length - 1] === "k";
      if (typeof kind === "object" && "enum" in kind) {
        it(`enum ${label}`, () => {
          const check = only(/^must be (one of|")/);
          for (const value of kind.values) assert.deepEqual(check(value), [], `${value} should be accepted`);
          assert.equal(check("not-a-member").length, 1);
          const first = kind.values[0];
          assert.equal(check(first.toLowerCase() === first ? first.toUpperCase() : first.toLowerCase()).length, 1);
        });
      }
      if (element) continue;
      if (kind === "number" && member.integer === true) {
        it(`integer ${label}`, () => {
          assert.equal(only(/must be a whole number/)((member.min ?? 0) + 0.5).length, 1);
        });
      }
      if (member.min === undefined && member.max === undefined) {
        // no limits
      } else if (kind === "number") {
        it(`range ${label}`, () => {
          const check = only(/must be between/);
          const min = member.min ?? 0;
          assert.equal(check(min - 1).length, 1);
          assert.deepEqual(check(min), []);
          if (member.max !== undefined) {
            assert.deepEqual(check(member.max), []);
            assert.equal(check(member.max + 1).length, 1);
          }
        });
      } else if (kind === "string") {
        it(`length ${label}`, () => {
          const check = only(/characters? long/);
          const min = member.min ?? 0;
          if (min > 0) assert.equal(check(text(min - 1)).length, 1);
          assert.deepEqual(check(text(min)), []);
          if (member.max !== undefined) {
            assert.deepEqual(check(text(member.max)), []);
            assert.equal(check(text(member.max + 1)).length, 1);
          }
        });
      } else if (typeof kind === "object" && "list" in kind) {
        it(`entries ${label}`, () => {
          const check = only(/entries; got/);
          const items = (n: number) => Array.from({ length: n }, () => ({}));
          const min = member.min ?? 0;
          if (min > 0) assert.equal(check(items(min - 1)).length, 1);
          assert.deepEqual(check(items(min)), []);
          if (member.max !== undefined) {
            assert.deepEqual(check(items(member.max)), []);
            assert.equal(check(items(member.max + 1)).length, 1);
          }
        });
      }
      if (member.pattern !== undefined && kind === "string") {
        it(`pattern ${label}`, () => {
          // Control characters are in none of the model's patterns.
          const value = "\u0001".repeat(Math.max(member.min ?? 1, 1));
          assert.equal(only(/pattern/)(value).length, 1);
        });
      }
    }
  });
});

describe("validation: cross-field rules, both ways", () => {
  it("AliasAttributes and UsernameAttributes exclude each other", () => {
    assertViolation(
      pool({ AliasAttributes: ["email"], UsernameAttributes: ["email"] }),
      ["AliasAttributes"],
      /usernameAttributes/,
    );
    assertValid(pool({ AliasAttributes: ["email", "preferred_username"] }));
    assertValid(pool({ UsernameAttributes: ["email"] }));
  });

  it("AttributesRequireVerificationBeforeUpdate must be auto-verified", () => {
    const P = ["UserAttributeUpdateSettings", "AttributesRequireVerificationBeforeUpdate"];
    assertViolation(
      withValue(pool({ AutoVerifiedAttributes: ["email"] }), P, ["email", "phone_number"]),
      [...P, 1],
      /"phone_number" must also be in autoVerifiedAttributes/,
    );
    assertViolation(withValue(base, P, ["email"]), [...P, 0], /autoVerifiedAttributes/);
    assertValid(withValue(pool({ AutoVerifiedAttributes: ["email"] }), P, ["email"]));
  });

  it("MFA ON/OPTIONAL needs a factor", () => {
    for (const mode of ["ON", "OPTIONAL"]) {
      assertViolation(pool({ MfaConfiguration: mode }), ["MfaConfiguration"], /needs at least one MFA factor/);
      assertValid(pool({ MfaConfiguration: mode, SmsConfiguration: { SnsCallerArn: ROLE } }));
      assertValid(pool({ MfaConfiguration: mode, SoftwareTokenMfaConfiguration: { Enabled: true } }));
      // Issue 17, defect 3: beside a SetUserPoolMfaConfig factor, smsConfiguration alone is SMS for
      // verification, not an MFA factor; smsMfaConfiguration declares the SMS factor.
      const sms = { SmsConfiguration: { SnsCallerArn: ROLE } };
      assertViolation(
        pool({ MfaConfiguration: mode, ...sms, SoftwareTokenMfaConfiguration: { Enabled: false } }),
        ["MfaConfiguration"],
        /needs at least one MFA factor/,
      );
      assertValid(
        pool({
          MfaConfiguration: mode,
          ...sms,
          SmsMfaConfiguration: {},
          SoftwareTokenMfaConfiguration: { Enabled: false },
        }),
      );
      assertViolation(pool({ MfaConfiguration: mode, SoftwareTokenMfaConfiguration: { Enabled: false } }), [
        "MfaConfiguration",
      ]);
      assertValid(
        pool({
          MfaConfiguration: mode,
          EmailMfaConfiguration: {},
          EmailConfiguration: { EmailSendingAccount: "DEVELOPER", SourceArn: SES },
        }),
      );
    }
  });

  it("MFA OFF (or omitted) with a factor enabled is contradictory", () => {
    assertViolation(
      pool({ MfaConfiguration: "OFF", SoftwareTokenMfaConfiguration: { Enabled: true } }),
      ["SoftwareTokenMfaConfiguration", "Enabled"],
      /mfaConfiguration is "OFF"/,
    );
    assertViolation(
      pool({ SoftwareTokenMfaConfiguration: { Enabled: true } }),
      ["SoftwareTokenMfaConfiguration", "Enabled"],
      /not set, which means "OFF"/,
    );
    assertValid(pool({ MfaConfiguration: "OFF", SoftwareTokenMfaConfiguration: { Enabled: false } }));
    assertValid(pool({ MfaConfiguration: "OFF", SmsConfiguration: { SnsCallerArn: ROLE } }));
    const email = {
      EmailMfaConfiguration: {},
      EmailConfiguration: { EmailSendingAccount: "DEVELOPER", SourceArn: SES },
    };
    assertViolation(pool({ MfaConfiguration: "OFF", ...email }), ["EmailMfaConfiguration"], /while MFA is off/);
  });

  it("email MFA needs EmailSendingAccount DEVELOPER", () => {
    const mfa = { MfaConfiguration: "OPTIONAL", EmailMfaConfiguration: { Message: "Code {####}" } };
    assertViolation(pool(mfa), ["EmailMfaConfiguration"], /nothing \(which means "COGNITO_DEFAULT"\)/);
    assertViolation(
      pool({ ...mfa, EmailConfiguration: { EmailSendingAccount: "COGNITO_DEFAULT" } }),
      ["EmailMfaConfiguration"],
      /"COGNITO_DEFAULT"/,
    );
    assertValid(pool({ ...mfa, EmailConfiguration: { EmailSendingAccount: "DEVELOPER", SourceArn: SES } }));
  });

  it("custom sender triggers need LambdaConfig.KMSKeyID", () => {
    for (const sender of ["CustomEmailSender", "CustomSMSSender"]) {
      const trigger = { [sender]: { LambdaArn: FN, LambdaVersion: "V1_0" } };
      assertViolation(pool({ LambdaConfig: trigger }), ["LambdaConfig", sender], /needs lambdaConfig\.kmsKeyId/);
      assertValid(pool({ LambdaConfig: { ...trigger, KMSKeyID: KMS } }));
    }
  });

  it("PreTokenGeneration and PreTokenGenerationConfig.LambdaArn must agree", () => {
    const config = { LambdaArn: FN, LambdaVersion: "V2_0" };
    assertViolation(
      pool({ LambdaConfig: { PreTokenGeneration: FN2, PreTokenGenerationConfig: config } }),
      ["LambdaConfig", "PreTokenGenerationConfig", "LambdaArn"],
      /identical/,
    );
    assertValid(pool({ LambdaConfig: { PreTokenGeneration: FN, PreTokenGenerationConfig: config } }));
    assertValid(pool({ LambdaConfig: { PreTokenGenerationConfig: config } }));
  });

  it("EmailSendingAccount DEVELOPER needs SourceArn", () => {
    assertViolation(
      pool({ EmailConfiguration: { EmailSendingAccount: "DEVELOPER" } }),
      ["EmailConfiguration", "SourceArn"],
      /required when emailConfiguration\.emailSendingAccount is "DEVELOPER"/,
    );
    assertValid(pool({ EmailConfiguration: { EmailSendingAccount: "DEVELOPER", SourceArn: SES } }));
    assertValid(pool({ EmailConfiguration: { EmailSendingAccount: "COGNITO_DEFAULT" } }));
  });

  it("phone_number verification needs an SMS configuration", () => {
    assertViolation(
      pool({ AutoVerifiedAttributes: ["email", "phone_number"] }),
      ["AutoVerifiedAttributes", 1],
      /needs smsConfiguration/,
    );
    assertValid(pool({ AutoVerifiedAttributes: ["phone_number"], SmsConfiguration: { SnsCallerArn: ROLE } }));
  });

  it("SMS goes through SNS or End User Messaging, exactly one", () => {
    assertViolation(
      pool({ SmsConfiguration: { SnsCallerArn: ROLE, EumsSms: { CallerArn: ROLE } } }),
      ["SmsConfiguration", "EumsSms"],
      /got both/,
    );
    assertViolation(pool({ SmsConfiguration: { SnsRegion: "us-east-1" } }), ["SmsConfiguration"], /got neither/);
    assertValid(pool({ SmsConfiguration: { EumsSms: { CallerArn: ROLE } } }));
    assertValid(pool({ SmsConfiguration: { SnsCallerArn: ROLE } }));
  });

  it("UnusedAccountValidityDays is refused alongside TemporaryPasswordValidityDays", () => {
    const unused = { AdminCreateUserConfig: { UnusedAccountValidityDays: 7 } };
    assertViolation(
      pool({ ...unused, Policies: { PasswordPolicy: { TemporaryPasswordValidityDays: 7 } } }),
      ["AdminCreateUserConfig", "UnusedAccountValidityDays"],
      /legacy/,
    );
    assertValid(pool(unused));
    assertValid(pool({ ...unused, Policies: { PasswordPolicy: { TemporaryPasswordValidityDays: 0 } } }));
    assertValid(pool({ Policies: { PasswordPolicy: { TemporaryPasswordValidityDays: 7 } } }));
  });

  it("ACR level names are unique", () => {
    assertViolation(
      pool({ AcrConfiguration: { a: { AcrValue: "x" }, b: { AcrValue: "x" } } }),
      ["AcrConfiguration", "b", "AcrValue"],
      /unique/,
    );
    assertValid(pool({ AcrConfiguration: { a: { AcrValue: "x" }, b: { AcrValue: "y" } } }));
  });

  describe("feature plans", () => {
    it("threat protection needs PLUS (FeatureUnavailableInTierException)", () => {
      for (const mode of ["AUDIT", "ENFORCED"]) {
        const addOns = { UserPoolAddOns: { AdvancedSecurityMode: mode } };
        const omitted = assertViolation(
          pool(addOns),
          ["UserPoolAddOns", "AdvancedSecurityMode"],
          /FeatureUnavailableInTierException/,
        );
        assert.match(omitted.reason, /userPoolTier is not set, which means "ESSENTIALS"/);
        assertViolation(
          pool({ ...addOns, UserPoolTier: "ESSENTIALS" }),
          ["UserPoolAddOns", "AdvancedSecurityMode"],
          /needs userPoolTier "PLUS"/,
        );
        assertViolation(pool({ ...addOns, UserPoolTier: "LITE" }), ["UserPoolAddOns", "AdvancedSecurityMode"]);
        assertValid(pool({ ...addOns, UserPoolTier: "PLUS" }));
      }
      assertValid(pool({ UserPoolAddOns: { AdvancedSecurityMode: "OFF" }, UserPoolTier: "LITE" }));
      const flows = {
        UserPoolAddOns: { AdvancedSecurityMode: "OFF", AdvancedSecurityAdditionalFlows: { CustomAuthMode: "AUDIT" } },
      };
      assertViolation(pool(flows), ["UserPoolAddOns", "AdvancedSecurityAdditionalFlows", "CustomAuthMode"], /PLUS/);
      assertValid(pool({ ...flows, UserPoolTier: "PLUS" }));
    });

    it("LITE lacks Essentials features", () => {
      const lite = { UserPoolTier: "LITE" };
      const cases: [Plain, ApiPath][] = [
        [
          { LambdaConfig: { PreTokenGenerationConfig: { LambdaArn: FN, LambdaVersion: "V2_0" } } },
          ["LambdaConfig", "PreTokenGenerationConfig", "LambdaVersion"],
        ],
        [
          { LambdaConfig: { PreTokenGenerationConfig: { LambdaArn: FN, LambdaVersion: "V3_0" } } },
          ["LambdaConfig", "PreTokenGenerationConfig", "LambdaVersion"],
        ],
        [
          {
            MfaConfiguration: "OPTIONAL",
            EmailMfaConfiguration: {},
            EmailConfiguration: { EmailSendingAccount: "DEVELOPER", SourceArn: SES },
          },
          ["EmailMfaConfiguration"],
        ],
        [
          { Policies: { PasswordPolicy: { PasswordHistorySize: 5 } } },
          ["Policies", "PasswordPolicy", "PasswordHistorySize"],
        ],
        [
          { Policies: { SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD", "EMAIL_OTP"] } } },
          ["Policies", "SignInPolicy", "AllowedFirstAuthFactors", 1],
        ],
        [
          { WebAuthnConfiguration: { FactorConfiguration: "MULTI_FACTOR_WITH_USER_VERIFICATION" } },
          ["WebAuthnConfiguration", "FactorConfiguration"],
        ],
        [{ DcrConfiguration: { EnableStatus: "Enabled" } }, ["DcrConfiguration"]],
        [{ AcrConfiguration: { a: { AcrValue: "urn:example:mfa" } } }, ["AcrConfiguration"]],
      ];
      for (const [features, path] of cases) {
        assertViolation(
          pool({ ...features, ...lite }),
          path,
          /needs userPoolTier "ESSENTIALS" or "PLUS".*FeatureUnavailableInTierException/,
        );
        assertValid(pool(features));
        assertValid(pool({ ...features, UserPoolTier: "ESSENTIALS" }));
        assertValid(pool({ ...features, UserPoolTier: "PLUS" }));
      }
      assertValid(
        pool({ ...lite, LambdaConfig: { PreTokenGenerationConfig: { LambdaArn: FN, LambdaVersion: "V1_0" } } }),
      );
      assertValid(
        pool({
          ...lite,
          Policies: {
            PasswordPolicy: { PasswordHistorySize: 0 },
            SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD"] },
          },
        }),
      );
      assertValid(pool({ ...lite, DcrConfiguration: { EnableStatus: "Disabled" } }));
    });

    it("an invalid tier is reported once, not as tier mismatches", () => {
      const violations = validate(pool({ UserPoolTier: "GOLD", UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" } }));
      assert.deepEqual(
        violations.map((v) => v.path),
        [camelPath(["UserPoolTier"])],
      );
    });
  });
});

describe("validation: reasons", () => {
  it("name fields the way the user writes them", () => {
    assert.equal(propertyPath(["lambdaConfig", "kmsKeyId"]), "lambdaConfig.kmsKeyId");
    assert.equal(
      propertyPath(["adminCreateUserConfig", "inviteMessageTemplate", "smsMessage"]),
      "adminCreateUserConfig.inviteMessageTemplate.smsMessage",
    );
    assert.equal(propertyPath(["schema", 2, "name"]), "schema[2].name");
    assert.equal(propertyPath(["userPoolTags", "Team.Name"]), 'userPoolTags["Team.Name"]');
    assert.equal(propertyPath([]), "the user pool");
    // The paths are the table's argument names, acronyms included.
    assert.deepEqual(validate(pool({ LambdaConfig: { KMSKeyID: "x" } }))[0]?.path, ["lambdaConfig", "kmsKeyId"]);
    assert.deepEqual(
      validate(pool({ AdminCreateUserConfig: { InviteMessageTemplate: { SMSMessage: "x" } } }))[0]?.path,
      ["adminCreateUserConfig", "inviteMessageTemplate", "smsMessage"],
    );
  });

  it("never echo the SMS external ID", () => {
    const secret = "external-id-7f3a9c";
    const inputs: Plain[] = [
      pool({ SmsConfiguration: { ExternalId: secret } }),
      pool({ SmsConfiguration: { ExternalId: [secret] } }),
      pool({ SmsConfiguration: { ExternalId: secret, EumsSms: { CallerArn: "x", ExternalId: secret } } }),
      pool({ SmsConfiguration: { SnsCallerArn: ROLE, ExternalID: secret } }),
    ];
    for (const input of inputs) {
      const text = JSON.stringify(validate(input));
      assert.ok(!text.includes(secret), text);
    }
    assert.ok(!JSON.stringify(validate(pool({ SmsConfiguration: { ExternalId: 12345 } }))).includes("12345"));
  });

  it("quote long values only in part", () => {
    const v = assertViolation(pool({ EmailVerificationSubject: text(500) }), ["EmailVerificationSubject"]);
    assert.ok(v.reason.length < 400, v.reason);
    assert.match(v.reason, /… \(500 characters\)/);
  });
});

describe("validation: the generated shapes table", () => {
  it("every root field is a member of its request shape", () => {
    assert.ok(ROOT_MEMBERS.size > 0);
    for (const [camel, member] of ROOT_MEMBERS) assert.equal(member.camel, camel);
    assert.equal(ROOT_MEMBERS.get("poolName")?.optional, false);
    assert.ok(ROOT_MEMBERS.has("softwareTokenMfaConfiguration"), "the MFA factor fields of SetUserPoolMfaConfig");
  });

  it("every limit sits on a member of a kind it can bind", () => {
    for (const { path, member, kind } of tableMembers()) {
      if (typeof path[path.length - 1] === "number" || path[path.length - 1] === "k") continue;
      const where = propertyPath(path);
      const limited = member.min !== undefined || member.max !== undefined;
      const sized = kind === "string" || kind === "number" || (typeof kind === "object" && !("enum" in kind));
      if (limited) assert.ok(sized && !(typeof kind === "object" && "struct" in kind), `limits on ${where}`);
      if (member.integer !== undefined) assert.equal(kind, "number", `integer on ${where}`);
      if (kind === "number") assert.equal(member.integer, true, `${where}: every number of the model is an integer`);
      if (member.pattern !== undefined) {
        assert.equal(kind, "string", `pattern on ${where}`);
        assert.ok(member.describe !== undefined, `${where}: a pattern is described in words`);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------
// Properties.

const UNITS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,!?-_".split("");
const textOf = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...UNITS), minLength, maxLength });
const around = (placeholder: string, room: number) =>
  fc.tuple(textOf(0, Math.floor(room / 2)), textOf(0, Math.floor(room / 2))).map(([a, b]) => a + placeholder + b);
const arn = fc.constantFrom(FN, FN2, FN + ":prod", "arn:aws-cn:lambda:cn-north-1:123456789012:function:F");
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const recoveries = fc.constantFrom(
  [{ Name: "verified_email", Priority: 1 }],
  [
    { Name: "verified_phone_number", Priority: 1 },
    { Name: "verified_email", Priority: 2 },
  ],
  [
    { Name: "verified_email", Priority: 2 },
    { Name: "verified_phone_number", Priority: 1 },
  ],
  [{ Name: "admin_only", Priority: 1 }],
);

const customName = fc.string({
  unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789_-:".split("")),
  minLength: 1,
  maxLength: 20,
});
const schemaAttribute = fc
  .record(
    {
      Name: fc.oneof(customName, fc.constantFrom("email", "name", "phone_number", "given_name")),
      AttributeDataType: fc.constantFrom("String", "Number", "DateTime", "Boolean"),
      DeveloperOnlyAttribute: fc.boolean(),
      Mutable: fc.boolean(),
      Required: fc.boolean(),
      StringAttributeConstraints: fc
        .tuple(fc.nat(2048), fc.nat(2048))
        .map(([a, b]) => ({ MinLength: String(Math.min(a, b)), MaxLength: String(Math.max(a, b)) })),
      NumberAttributeConstraints: fc
        .tuple(fc.integer(), fc.integer())
        .map(([a, b]) => ({ MinValue: String(Math.min(a, b)), MaxValue: String(Math.max(a, b)) })),
    },
    { requiredKeys: ["Name"] },
  )
  .map((a) => (["email", "name", "phone_number", "given_name"].includes(a.Name) ? a : { ...a, Required: false }));

const rawPool = fc.record(
  {
    PoolName: fc.string({ unit: fc.constantFrom(..."abcXYZ019_ +=,.@-".split("")), minLength: 1, maxLength: 128 }),
    UserPoolTier: fc.constantFrom("LITE", "ESSENTIALS", "PLUS"),
    DeletionProtection: fc.constantFrom("ACTIVE", "INACTIVE"),
    MfaConfiguration: fc.constantFrom("OFF", "ON", "OPTIONAL"),
    Policies: fc.record(
      {
        PasswordPolicy: fc.record(
          {
            MinimumLength: fc.integer({ min: 6, max: 99 }),
            RequireUppercase: fc.boolean(),
            RequireLowercase: fc.boolean(),
            RequireNumbers: fc.boolean(),
            RequireSymbols: fc.boolean(),
            PasswordHistorySize: fc.integer({ min: 0, max: 24 }),
            TemporaryPasswordValidityDays: fc.integer({ min: 0, max: 365 }),
          },
          { requiredKeys: [] },
        ),
        SignInPolicy: fc.record({
          AllowedFirstAuthFactors: fc
            .subarray(["EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"])
            .map((others) => ["PASSWORD", ...others]),
        }),
      },
      { requiredKeys: [] },
    ),
    LambdaConfig: fc.record(
      {
        PreSignUp: arn,
        CustomMessage: arn,
        PostConfirmation: arn,
        PreAuthentication: arn,
        PostAuthentication: arn,
        DefineAuthChallenge: arn,
        CreateAuthChallenge: arn,
        VerifyAuthChallengeResponse: arn,
        PreTokenGeneration: arn,
        UserMigration: arn,
        PreTokenGenerationConfig: fc.record({ LambdaArn: arn, LambdaVersion: fc.constantFrom("V1_0", "V2_0", "V3_0") }),
        CustomSMSSender: fc.record({ LambdaArn: arn, LambdaVersion: fc.constant("V1_0") }),
        CustomEmailSender: fc.record({ LambdaArn: arn, LambdaVersion: fc.constant("V1_0") }),
        InboundFederation: fc.record({ LambdaArn: arn, LambdaVersion: fc.constant("V1_0") }),
        KMSKeyID: fc.constant(KMS),
      },
      { requiredKeys: [] },
    ),
    AutoVerifiedAttributes: fc.subarray(["email", "phone_number"]),
    AliasAttributes: fc.subarray(["email", "phone_number", "preferred_username"]),
    UsernameAttributes: fc.subarray(["email", "phone_number"]),
    SmsVerificationMessage: around("{####}", 130),
    EmailVerificationMessage: around("{####}", 400),
    EmailVerificationSubject: textOf(1, 140),
    VerificationMessageTemplate: fc.record(
      {
        SmsMessage: around("{####}", 130),
        EmailMessage: around("{####}", 400),
        EmailSubject: textOf(1, 140),
        EmailMessageByLink: textOf(0, 20).chain((link) => around(`{##${link}##}`, 300)),
        EmailSubjectByLink: textOf(1, 140),
        DefaultEmailOption: fc.constantFrom("CONFIRM_WITH_LINK", "CONFIRM_WITH_CODE"),
      },
      { requiredKeys: [] },
    ),
    SmsAuthenticationMessage: around("{####}", 130),
    UserAttributeUpdateSettings: fc.record({
      AttributesRequireVerificationBeforeUpdate: fc.subarray(["email", "phone_number"]),
    }),
    DeviceConfiguration: fc.record(
      { ChallengeRequiredOnNewDevice: fc.boolean(), DeviceOnlyRememberedOnUserPrompt: fc.boolean() },
      { requiredKeys: [] },
    ),
    EmailConfiguration: fc.record(
      {
        SourceArn: fc.constant(SES),
        ReplyToEmailAddress: fc.constantFrom("support@example.com", "ünïcode@example.org"),
        EmailSendingAccount: fc.constantFrom("COGNITO_DEFAULT", "DEVELOPER"),
        From: fc.constantFrom("support@example.com", "Support <support@example.com>"),
        ConfigurationSet: fc.string({ unit: fc.constantFrom(..."abcXYZ09_-".split("")), minLength: 1, maxLength: 64 }),
      },
      { requiredKeys: [] },
    ),
    SmsConfiguration: fc.oneof(
      fc.record(
        {
          SnsCallerArn: fc.constant(ROLE),
          ExternalId: opt(textOf(0, 40)),
          SnsRegion: opt(fc.constantFrom("us-east-1", "ap-northeast-1")),
        },
        { requiredKeys: ["SnsCallerArn"] },
      ),
      fc.record({
        EumsSms: fc.record(
          {
            CallerArn: fc.constant(ROLE),
            ExternalId: textOf(0, 20),
            OriginationIdentity: fc.constant("+15555550100"),
            Region: fc.constant("us-east-1"),
          },
          { requiredKeys: ["CallerArn"] },
        ),
      }),
    ),
    UserPoolTags: fc.dictionary(
      fc.string({ unit: fc.constantFrom(..."abcXYZ09-_.".split("")), minLength: 1, maxLength: 128 }),
      textOf(0, 256),
      { maxKeys: 50 },
    ),
    AdminCreateUserConfig: fc.record(
      {
        AllowAdminCreateUserOnly: fc.boolean(),
        UnusedAccountValidityDays: fc.integer({ min: 0, max: 365 }),
        InviteMessageTemplate: fc.record(
          {
            SMSMessage: around("{username}", 120),
            EmailMessage: around("{username} {####}", 400),
            EmailSubject: textOf(1, 140),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    ),
    Schema: fc.uniqueArray(schemaAttribute, { selector: (a) => a.Name, minLength: 1, maxLength: 50 }),
    UserPoolAddOns: fc.record(
      {
        AdvancedSecurityMode: fc.constantFrom("OFF", "AUDIT", "ENFORCED"),
        AdvancedSecurityAdditionalFlows: fc.record(
          { CustomAuthMode: fc.constantFrom("AUDIT", "ENFORCED") },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: ["AdvancedSecurityMode"] },
    ),
    DcrConfiguration: fc.record(
      {
        EnableStatus: fc.constantFrom("Enabled", "Disabled"),
        OpenDcrEnabled: fc.boolean(),
        AuthenticatedGrantTypes: fc.subarray(["code", "client_credentials", "implicit"]),
        OpenDcrGrantTypes: fc.subarray(["code", "client_credentials"]),
        AllowedScopes: fc.array(textOf(1, 30), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    ),
    UsernameConfiguration: fc.record({ CaseSensitive: fc.boolean() }),
    AccountRecoverySetting: fc.record({ RecoveryMechanisms: recoveries }),
    KeyConfiguration: fc.record(
      { KeyType: fc.constantFrom("AWS_OWNED_KEY", "CUSTOMER_MANAGED_KEY"), KmsKeyArn: fc.constant(KMS) },
      { requiredKeys: ["KmsKeyArn"] },
    ),
    IssuerConfiguration: fc.record({ Type: fc.constantFrom("ORIGINAL", "UPDATED") }),
    AcrConfiguration: fc
      .uniqueArray(textOf(1, 30), { maxLength: 4 })
      .map((names) => Object.fromEntries(names.map((AcrValue, i) => [`level${i + 1}`, { AcrValue }]))),
    SoftwareTokenMfaConfiguration: fc.record({ Enabled: fc.boolean() }),
    EmailMfaConfiguration: fc.record({ Message: around("{####}", 200), Subject: textOf(1, 100) }, { requiredKeys: [] }),
    WebAuthnConfiguration: fc.record(
      {
        RelyingPartyId: fc.constantFrom("auth.example.com", "example.com"),
        UserVerification: fc.constantFrom("required", "preferred"),
        FactorConfiguration: fc.constantFrom("SINGLE_FACTOR", "MULTI_FACTOR_WITH_USER_VERIFICATION"),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ["PoolName"] },
);

/** Makes a random pool satisfy every cross-field rule, the way a careful user would. */
function fixUp(raw: Record<string, unknown>): DesiredUserPool {
  const p = structuredClone(raw) as unknown as DesiredUserPool;
  const tier = p.UserPoolTier ?? "ESSENTIALS";
  if (tier !== "PLUS" && p.UserPoolAddOns !== undefined) p.UserPoolAddOns = { AdvancedSecurityMode: "OFF" };
  if (tier === "LITE") {
    if (p.LambdaConfig?.PreTokenGenerationConfig) p.LambdaConfig.PreTokenGenerationConfig.LambdaVersion = "V1_0";
    delete p.EmailMfaConfiguration;
    if (p.Policies?.PasswordPolicy) p.Policies.PasswordPolicy.PasswordHistorySize = 0;
    if (p.Policies?.SignInPolicy) p.Policies.SignInPolicy.AllowedFirstAuthFactors = ["PASSWORD"];
    if (p.WebAuthnConfiguration) p.WebAuthnConfiguration.FactorConfiguration = "SINGLE_FACTOR";
    delete p.DcrConfiguration;
    delete p.AcrConfiguration;
  }
  if ((p.AliasAttributes?.length ?? 0) > 0 && (p.UsernameAttributes?.length ?? 0) > 0) delete p.UsernameAttributes;
  const verified = p.AutoVerifiedAttributes ?? [];
  if (p.UserAttributeUpdateSettings?.AttributesRequireVerificationBeforeUpdate) {
    p.UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate =
      p.UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate.filter((a) => verified.includes(a));
  }
  if (verified.includes("phone_number") && p.SmsConfiguration === undefined)
    p.SmsConfiguration = { SnsCallerArn: ROLE };
  if (p.EmailMfaConfiguration !== undefined)
    p.EmailConfiguration = { ...p.EmailConfiguration, EmailSendingAccount: "DEVELOPER", SourceArn: SES };
  if (p.EmailConfiguration?.EmailSendingAccount === "DEVELOPER") p.EmailConfiguration.SourceArn = SES;
  const mode = p.MfaConfiguration ?? "OFF";
  if (mode === "OFF") {
    if (p.SoftwareTokenMfaConfiguration) p.SoftwareTokenMfaConfiguration.Enabled = false;
    delete p.EmailMfaConfiguration;
  } else if (
    // SMS counts as the factor only where the pool uses no SetUserPoolMfaConfig factor (CreateUserPool alone).
    !p.SmsMfaConfiguration &&
    !(p.SmsConfiguration && !p.SoftwareTokenMfaConfiguration && !p.EmailMfaConfiguration && !p.WebAuthnConfiguration) &&
    !p.SoftwareTokenMfaConfiguration?.Enabled &&
    !p.EmailMfaConfiguration
  ) {
    p.SoftwareTokenMfaConfiguration = { Enabled: true };
  }
  if (p.LambdaConfig && (p.LambdaConfig.CustomEmailSender || p.LambdaConfig.CustomSMSSender))
    p.LambdaConfig.KMSKeyID = KMS;
  if (p.LambdaConfig?.PreTokenGeneration !== undefined && p.LambdaConfig.PreTokenGenerationConfig !== undefined) {
    p.LambdaConfig.PreTokenGeneration = p.LambdaConfig.PreTokenGenerationConfig.LambdaArn;
  }
  const temporary = p.Policies?.PasswordPolicy?.TemporaryPasswordValidityDays;
  if (temporary !== undefined && temporary !== 0 && p.AdminCreateUserConfig)
    delete p.AdminCreateUserConfig.UnusedAccountValidityDays;
  return p;
}

const validPool = rawPool.map(fixUp);

/** Every node of a JSON-like value, with its path. */
function nodes(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [path];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...nodes(v, [...path, i])));
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) out.push(...nodes(v, [...path, k]));
  return out;
}

function replaced(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
  return copy;
}

function assertWellFormed(violations: Violation[]): void {
  assert.ok(Array.isArray(violations));
  for (const v of violations) {
    assert.ok(Array.isArray(v.path) && v.path.every((s) => typeof s === "string" || typeof s === "number"));
    assert.equal(typeof v.reason, "string");
    assert.match(v.reason, /got /, v.reason);
    assert.match(v.reason, /\.$|\?$/, v.reason);
  }
}

describe("validation: properties", () => {
  it("never throws for arbitrary values", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withSparseArray: true,
          withDate: true,
          withTypedArray: true,
        }),
        (input) => {
          assertWellFormed(validateArgs(input));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("never throws for objects with the right member names and arbitrary values", () => {
    const names = [...ROOT_MEMBERS.keys()];
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...names), fc.anything({ withNullPrototype: true, withSparseArray: true })),
        (input) => {
          assertWellFormed(validateArgs(input));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("never throws for valid pools with random parts replaced", () => {
    fc.assert(
      fc.property(
        validPool,
        fc.array(fc.tuple(fc.nat(), fc.anything()), { minLength: 1, maxLength: 4 }),
        (p, edits) => {
          let mutated: unknown = p;
          for (const [n, value] of edits) {
            const all = nodes(mutated);
            mutated = replaced(mutated, all[n % all.length], value);
          }
          assertWellFormed(validate(mutated));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("finds no violations in pools valid by construction", () => {
    fc.assert(
      fc.property(validPool, (p) => {
        const violations = validate(p);
        assert.deepEqual(violations, [], show(violations));
      }),
      { numRuns: 300 },
    );
  });
});
