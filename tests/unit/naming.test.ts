import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as sdk from "@aws-sdk/client-cognito-identity-provider";
import type {
  CreateUserPoolRequest,
  GetUserPoolMfaConfigResponse,
  SetUserPoolMfaConfigRequest,
  UpdateUserPoolRequest,
  UserPoolType,
} from "@aws-sdk/client-cognito-identity-provider";
import {
  apiPath,
  argPath,
  camelCase,
  fromApi,
  memberOf,
  ROOT_SHAPES,
  SDK_VERSION,
  SHAPES,
  splitPath,
  splitWords,
  toApi,
  type ApiName,
  type ApiValue,
  type ArgsValue,
  type MemberKind,
  type MemberSpec,
  type ShapeName,
  type ShapeSpec,
} from "../../provider/naming";
import { referenceCreateUserPoolRequest } from "../fixtures/referenceRequest";

const REPO_ROOT = path.resolve(__dirname, "..", "..");
const TABLE: { readonly [name: string]: ShapeSpec } = SHAPES;

// ---------------------------------------------------------------------------------------
// Type-level: every member the SDK declares is in the table, and the table's API types are
// the SDK's types (both ways). Any mismatch fails `tsc`, naming what is missing.

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type MissingFrom<S extends ShapeName, T> = Exclude<keyof T, ApiName<S>>;
type AllThere<S extends ShapeName, T> = [MissingFrom<S, T>] extends [never] ? true : MissingFrom<S, T>;

const typeChecks: {
  createMembers: AllThere<"CreateUserPoolRequest", CreateUserPoolRequest>;
  updateMembers: AllThere<"UpdateUserPoolRequest", UpdateUserPoolRequest>;
  describeMembers: AllThere<"UserPoolType", UserPoolType>;
  setMfaMembers: AllThere<"SetUserPoolMfaConfigRequest", SetUserPoolMfaConfigRequest>;
  getMfaMembers: AllThere<"GetUserPoolMfaConfigResponse", GetUserPoolMfaConfigResponse>;
  createType: Same<ApiValue<"CreateUserPoolRequest">, CreateUserPoolRequest>;
  updateType: Same<ApiValue<"UpdateUserPoolRequest">, UpdateUserPoolRequest>;
  describeType: Same<ApiValue<"UserPoolType">, UserPoolType>;
  setMfaType: Same<ApiValue<"SetUserPoolMfaConfigRequest">, SetUserPoolMfaConfigRequest>;
  getMfaType: Same<ApiValue<"GetUserPoolMfaConfigResponse">, GetUserPoolMfaConfigResponse>;
} = {
  createMembers: true,
  updateMembers: true,
  describeMembers: true,
  setMfaMembers: true,
  getMfaMembers: true,
  createType: true,
  updateType: true,
  describeType: true,
  setMfaType: true,
  getMfaType: true,
};

// Args types are camelCase, acronyms included, and strict.
const typedArgs: ArgsValue<"CreateUserPoolRequest"> = {
  poolName: "typed",
  lambdaConfig: { kmsKeyId: "k", customSmsSender: { lambdaArn: "a", lambdaVersion: "V1_0" } },
  adminCreateUserConfig: { inviteMessageTemplate: { smsMessage: "{username} {####}" } },
  // @ts-expect-error: API names are not arg names
  PoolName: "typed",
};
const typedApi: ApiValue<"CreateUserPoolRequest"> = toApi("CreateUserPoolRequest", { poolName: "p" });

// ---------------------------------------------------------------------------------------

function allMembers(): { shape: string; member: MemberSpec }[] {
  return Object.entries(TABLE).flatMap(([shape, spec]) =>
    Object.values(spec.members).map((member) => ({ shape, member })),
  );
}

function camelPathOf(shape: ShapeName, dotted: string): string {
  return argPath(shape, splitPath(dotted));
}

describe("naming: the camelCase rule", () => {
  it("splits words at acronym boundaries", () => {
    assert.deepEqual(splitWords("KMSKeyID"), ["KMS", "Key", "ID"]);
    assert.deepEqual(splitWords("SMSMessage"), ["SMS", "Message"]);
    assert.deepEqual(splitWords("CustomSMSSender"), ["Custom", "SMS", "Sender"]);
    assert.deepEqual(splitWords("AdvancedSecurityAdditionalFlows"), ["Advanced", "Security", "Additional", "Flows"]);
    assert.deepEqual(splitWords("SnsCallerArn"), ["Sns", "Caller", "Arn"]);
    assert.deepEqual(splitWords("EmailMessageByLink"), ["Email", "Message", "By", "Link"]);
  });

  const examples: [string, string][] = [
    ["PoolName", "poolName"],
    ["Policies", "policies"],
    ["PasswordPolicy", "passwordPolicy"],
    ["MinimumLength", "minimumLength"],
    ["KMSKeyID", "kmsKeyId"],
    ["SMSMessage", "smsMessage"],
    ["CustomSMSSender", "customSmsSender"],
    ["SnsCallerArn", "snsCallerArn"],
    ["UserPoolAddOns", "userPoolAddOns"],
    ["AdvancedSecurityAdditionalFlows", "advancedSecurityAdditionalFlows"],
    ["CustomAuthMode", "customAuthMode"],
    ["EmailMessageByLink", "emailMessageByLink"],
    ["UserPoolTags", "userPoolTags"],
    ["AcrConfiguration", "acrConfiguration"],
  ];
  for (const [api, camel] of examples) {
    it(`${api} -> ${camel}`, () => assert.equal(camelCase(api), camel));
  }

  it("maps the documented nested paths", () => {
    const cases: [string, string][] = [
      ["PoolName", "poolName"],
      ["Policies.PasswordPolicy.MinimumLength", "policies.passwordPolicy.minimumLength"],
      ["LambdaConfig.KMSKeyID", "lambdaConfig.kmsKeyId"],
      [
        "AdminCreateUserConfig.InviteMessageTemplate.SMSMessage",
        "adminCreateUserConfig.inviteMessageTemplate.smsMessage",
      ],
      ["LambdaConfig.CustomSMSSender", "lambdaConfig.customSmsSender"],
      ["SmsConfiguration.SnsCallerArn", "smsConfiguration.snsCallerArn"],
      [
        "UserPoolAddOns.AdvancedSecurityAdditionalFlows.CustomAuthMode",
        "userPoolAddOns.advancedSecurityAdditionalFlows.customAuthMode",
      ],
      ["VerificationMessageTemplate.EmailMessageByLink", "verificationMessageTemplate.emailMessageByLink"],
    ];
    for (const [api, camel] of cases) {
      assert.equal(camelPathOf("CreateUserPoolRequest", api), camel, api);
      assert.deepEqual(apiPath("CreateUserPoolRequest", splitPath(camel)), splitPath(api), camel);
    }
  });

  it("the table's camel names are the rule's, with no collisions within a shape", () => {
    for (const [shape, spec] of Object.entries(TABLE)) {
      const camel = new Set<string>();
      const apiLower = new Set<string>();
      for (const [key, member] of Object.entries(spec.members)) {
        assert.equal(key, member.api, `${shape}: key ${key}`);
        assert.match(member.api, /^[A-Z]/, `${shape}.${member.api}: API names start upper case`);
        assert.match(member.camel, /^[a-z][A-Za-z0-9]*$/, `${shape}.${member.api}`);
        assert.equal(member.camel, camelCase(member.api), `${shape}.${member.api}`);
        assert.ok(!camel.has(member.camel), `${shape}: two members camelCase to ${member.camel}`);
        assert.ok(!apiLower.has(member.api.toLowerCase()), `${shape}: API names differ only in case: ${member.api}`);
        camel.add(member.camel);
        apiLower.add(member.api.toLowerCase());
      }
    }
  });

  it("only the three acronym names differ from naive lower-first", () => {
    const odd = new Set(
      allMembers()
        .filter(({ member: m }) => m.camel !== m.api.charAt(0).toLowerCase() + m.api.slice(1))
        .map(({ member: m }) => `${m.api}->${m.camel}`),
    );
    // Not a rule, a tripwire: a new acronym member deserves a look at its arg name.
    assert.deepEqual([...odd].sort(), [
      "CustomSMSSender->customSmsSender",
      "KMSKeyID->kmsKeyId",
      "SMSMessage->smsMessage",
    ]);
  });
});

describe("naming: the generated table", () => {
  it("records the SDK version in node_modules", () => {
    const pkg = JSON.parse(
      fs.readFileSync(
        path.join(REPO_ROOT, "node_modules/@aws-sdk/client-cognito-identity-provider/package.json"),
        "utf8",
      ),
    ) as { version: string };
    assert.equal(SDK_VERSION, pkg.version);
  });

  it("holds the roots and every struct they reach", () => {
    for (const root of ROOT_SHAPES) assert.ok(root in TABLE, root);
    const visit = (kind: MemberKind, where: string): void => {
      if (typeof kind === "string") return;
      if ("struct" in kind) assert.ok(kind.struct in TABLE, `${where} -> ${kind.struct}`);
      else if ("list" in kind) visit(kind.list, `${where}[]`);
      else if ("map" in kind) visit(kind.map, `${where}{}`);
      else assert.ok(kind.values.length > 0, `${where}: enum ${kind.enum} has values`);
    };
    for (const { shape, member } of allMembers()) visit(member.kind, `${shape}.${member.api}`);
  });

  it("keeps the docs as plain text", () => {
    const doc = memberOf("CreateUserPoolRequest", "PoolName").doc;
    assert.equal(doc, "A friendly name for your user pool.");
    for (const { shape, member } of allMembers()) {
      assert.ok(member.doc.length > 0, `${shape}.${member.api} has a doc`);
      assert.doesNotMatch(member.doc, /<\/?(p|code|a|ul|li|dl|dt|dd|i|b|note)\b|@public/, `${shape}.${member.api}`);
    }
  });

  it("matches the schema the SDK ships (CreateUserPoolRequest$ and friends)", () => {
    const exports = sdk as unknown as Record<string, unknown>;
    const createSchema = exports["CreateUserPoolRequest$"];
    assert.ok(Array.isArray(createSchema), "the SDK exports CreateUserPoolRequest$");
    // A structure schema: [3, namespace, name, traits, memberNames, memberSchemas, requiredCount?]
    type Schema = unknown[];
    const resolve = (s: unknown): unknown => (typeof s === "function" ? (s as () => unknown)() : s);
    // Kinds as the schema sees them: enums are plain strings there.
    const fromSchema = (s: unknown, where: string): string => {
      const v = resolve(s);
      if (typeof v === "number") {
        const scalar: Record<number, string> = {
          0: "string",
          1: "number",
          2: "boolean",
          4: "date",
          5: "date",
          6: "date",
          7: "date",
        };
        if (v in scalar) return scalar[v];
        if (v & 64) return `list<${fromSchema(v & ~64, where)}>`;
        if (v & 128) return `map<${fromSchema(v & ~128, where)}>`;
        assert.fail(`${where}: unknown schema code ${v}`);
      }
      assert.ok(Array.isArray(v), `${where}: schema is an array`);
      const [tag, , name] = v as Schema;
      if (tag === 3) return `struct<${String(name)}>`;
      if (tag === 1) return `list<${fromSchema((v as Schema)[4], where)}>`;
      if (tag === 2) return `map<${fromSchema((v as Schema)[5], where)}>`;
      return assert.fail(`${where}: unknown schema tag ${String(tag)}`);
    };
    const fromTable = (k: MemberKind): string => {
      if (typeof k === "string") return k;
      if ("enum" in k) return "string";
      if ("struct" in k) return `struct<${k.struct}>`;
      if ("list" in k) return `list<${fromTable(k.list)}>`;
      return `map<${fromTable(k.map)}>`;
    };
    for (const [shape, spec] of Object.entries(TABLE)) {
      const schema = exports[`${shape}$`] as Schema | undefined;
      assert.ok(Array.isArray(schema), `the SDK exports ${shape}$`);
      assert.equal(schema[0], 3, `${shape}$ is a structure`);
      const names = schema[4] as string[];
      const members = schema[5] as unknown[];
      const required = typeof schema[6] === "number" ? schema[6] : 0;
      assert.deepEqual(Object.keys(spec.members), names, `${shape}: members and their order`);
      names.forEach((name, i) => {
        const member = spec.members[name];
        assert.equal(fromTable(member.kind), fromSchema(members[i], `${shape}.${name}`), `${shape}.${name}: kind`);
        assert.equal(member.optional, i >= required, `${shape}.${name}: optional`);
      });
    }
  });

  it("the committed table is what the generator makes from the SDK (generate-shapes --check)", function () {
    this.timeout(60000);
    const run = spawnSync("npx", ["tsx", "scripts/generate-shapes.ts", "--check"], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    });
    assert.equal(run.status, 0, `generate-shapes --check failed:\n${run.stdout}${run.stderr}`);
  });

  it("--check fails, saying what to run, when a table disagrees with the SDK", function () {
    this.timeout(60000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shapes-"));
    try {
      const stale = path.join(dir, "shapes.ts");
      const committed = fs.readFileSync(path.join(REPO_ROOT, "provider/generated/shapes.ts"), "utf8");
      fs.writeFileSync(stale, committed.replace('camel: "kmsKeyId"', 'camel: "kMSKeyID"'));
      const run = spawnSync("npx", ["tsx", "scripts/generate-shapes.ts", "--check", "--output", stale], {
        cwd: REPO_ROOT,
        encoding: "utf8",
      });
      assert.equal(run.status, 1, run.stdout + run.stderr);
      assert.match(run.stderr, /out of date/);
      assert.match(run.stderr, /kmsKeyId/);
      assert.match(run.stderr, /npx tsx scripts\/generate-shapes\.ts/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("naming: conversion", () => {
  it("round-trips the API reference's complete CreateUserPool example", () => {
    const args = fromApi("CreateUserPoolRequest", referenceCreateUserPoolRequest);
    assert.deepEqual(toApi("CreateUserPoolRequest", args), referenceCreateUserPoolRequest);
    assert.equal(args.poolName, "my-test-user-pool");
    assert.equal(args.lambdaConfig?.kmsKeyId, referenceCreateUserPoolRequest.LambdaConfig?.KMSKeyID);
    assert.deepEqual(args.lambdaConfig?.customSmsSender, {
      lambdaArn: "arn:aws:lambda:us-east-1:123456789012:function:MyFunction",
      lambdaVersion: "V1_0",
    });
    assert.equal(
      args.adminCreateUserConfig?.inviteMessageTemplate?.smsMessage,
      "Your username is {username} and temporary password is {####}.",
    );
    assert.equal(
      args.smsConfiguration?.snsCallerArn,
      "arn:aws:iam::123456789012:role/service-role/test-cognito-SMS-Role",
    );
    assert.equal(args.policies?.passwordPolicy?.minimumLength, 6);
    assert.equal(args.verificationMessageTemplate?.emailMessageByLink, "Choose this link to {##verify your email##}");
    assert.deepEqual(args.schema?.[0].numberAttributeConstraints, { maxValue: "99", minValue: "1" });
    assert.deepEqual(args.userPoolTags, { "my-test-tag-key": "my-test-tag-key" });
    // Every top-level key of the example came through, under its arg name.
    assert.deepEqual(
      Object.keys(args).sort(),
      Object.keys(referenceCreateUserPoolRequest)
        .map((k) => memberOf("CreateUserPoolRequest", k)?.camel)
        .sort(),
    );
  });

  it("converts the members beyond the reference example", () => {
    const args: ArgsValue<"CreateUserPoolRequest"> = {
      poolName: "p",
      userPoolAddOns: {
        advancedSecurityMode: "ENFORCED",
        advancedSecurityAdditionalFlows: { customAuthMode: "AUDIT" },
      },
      acrConfiguration: { Level1: { acrValue: "urn:example:low" }, "my key.x": { acrValue: "urn:example:x" } },
      userPoolTags: { camelCaseKey: "v", PascalKey: "w" },
      userPoolTier: "PLUS",
    };
    const api = toApi("CreateUserPoolRequest", args);
    assert.deepEqual(api, {
      PoolName: "p",
      UserPoolAddOns: {
        AdvancedSecurityMode: "ENFORCED",
        AdvancedSecurityAdditionalFlows: { CustomAuthMode: "AUDIT" },
      },
      AcrConfiguration: { Level1: { AcrValue: "urn:example:low" }, "my key.x": { AcrValue: "urn:example:x" } },
      UserPoolTags: { camelCaseKey: "v", PascalKey: "w" },
      UserPoolTier: "PLUS",
    });
    assert.deepEqual(fromApi("CreateUserPoolRequest", api), args);
  });

  it("turns Date timestamps into ISO strings and back", () => {
    const created = new Date("2024-05-06T07:08:09.000Z");
    const pool: UserPoolType = {
      Id: "us-east-1_abc",
      CreationDate: created,
      LastModifiedDate: created,
      EstimatedNumberOfUsers: 3,
    };
    const args = fromApi("UserPoolType", pool);
    assert.deepEqual(args, {
      id: "us-east-1_abc",
      creationDate: "2024-05-06T07:08:09.000Z",
      lastModifiedDate: "2024-05-06T07:08:09.000Z",
      estimatedNumberOfUsers: 3,
    });
    assert.deepEqual(toApi("UserPoolType", args), pool);
    // Not a timestamp: passed through for check to report, never thrown.
    assert.deepEqual(toApi("UserPoolType", { creationDate: "yesterday" }), { CreationDate: "yesterday" });
  });

  it("leaves out undefined and null members", () => {
    assert.deepEqual(toApi("CreateUserPoolRequest", { poolName: "p", policies: undefined }), { PoolName: "p" });
    assert.deepEqual(toApi("CreateUserPoolRequest", { poolName: "p", mfaConfiguration: null }), { PoolName: "p" });
  });

  it("is a plain rename: unknown keys and values of another kind pass through for check to report", () => {
    assert.deepEqual(
      toApi("CreateUserPoolRequest", { poolName: "p", poolNmae: "x", policies: { passwordPolicy: { minLength: 6 } } }),
      { PoolName: "p", poolNmae: "x", Policies: { PasswordPolicy: { minLength: 6 } } },
    );
    assert.deepEqual(toApi("CreateUserPoolRequest", { poolName: "p", schema: { name: "a" }, policies: "strong" }), {
      PoolName: "p",
      Schema: { name: "a" },
      Policies: "strong",
    });
  });

  it("carries Pulumi's unknown value through at any depth", () => {
    const unknown = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    assert.deepEqual(
      toApi("CreateUserPoolRequest", {
        poolName: "p",
        lambdaConfig: unknown,
        autoVerifiedAttributes: [unknown],
        userPoolTags: { a: unknown },
        smsConfiguration: { snsCallerArn: unknown },
      }),
      {
        PoolName: "p",
        LambdaConfig: unknown,
        AutoVerifiedAttributes: [unknown],
        UserPoolTags: { a: unknown },
        SmsConfiguration: { SnsCallerArn: unknown },
      },
    );
  });

  it("drops API keys it does not know (a newer service)", () => {
    const response = {
      Id: "us-east-1_abc",
      Policies: { PasswordPolicy: { MinimumLength: 8, SomethingNew: true } },
      BrandNewSetting: { X: 1 },
    };
    assert.deepEqual(fromApi("UserPoolType", response), {
      id: "us-east-1_abc",
      policies: { passwordPolicy: { minimumLength: 8 } },
    });
  });

  it("is typed strictly for typed callers", () => {
    assert.equal(typedApi.PoolName, "p");
    assert.equal(typedArgs.lambdaConfig?.kmsKeyId, "k");
    assert.ok(Object.values(typeChecks).every((v) => v === true));
  });
});

describe("naming: paths and lookups", () => {
  it("translates list paths both ways", () => {
    assert.equal(argPath("CreateUserPoolRequest", ["Schema[0]", "Name"]), "schema[0].name");
    assert.equal(argPath("CreateUserPoolRequest", ["Schema", "0", "Name"]), "schema[0].name");
    assert.equal(
      argPath("CreateUserPoolRequest", ["Schema", "[0]", "NumberAttributeConstraints", "MaxValue"]),
      "schema[0].numberAttributeConstraints.maxValue",
    );
    assert.deepEqual(apiPath("CreateUserPoolRequest", ["schema[0]", "name"]), ["Schema[0]", "Name"]);
    assert.deepEqual(apiPath("CreateUserPoolRequest", ["schema", "0", "name"]), ["Schema", "0", "Name"]);
    assert.deepEqual(apiPath("CreateUserPoolRequest", splitPath("schema[12].stringAttributeConstraints.minLength")), [
      "Schema",
      "12",
      "StringAttributeConstraints",
      "MinLength",
    ]);
    assert.equal(
      argPath("UserPoolType", ["AccountRecoverySetting", "RecoveryMechanisms[1]", "Priority"]),
      "accountRecoverySetting.recoveryMechanisms[1].priority",
    );
  });

  it("keeps map keys as they are", () => {
    assert.equal(argPath("CreateUserPoolRequest", ["UserPoolTags", "Cost-Center"]), 'userPoolTags["Cost-Center"]');
    assert.equal(argPath("CreateUserPoolRequest", ["UserPoolTags", "Team"]), "userPoolTags.Team");
    assert.equal(
      argPath("CreateUserPoolRequest", ["AcrConfiguration", "Level1", "AcrValue"]),
      "acrConfiguration.Level1.acrValue",
    );
    assert.deepEqual(apiPath("CreateUserPoolRequest", ["acrConfiguration", "Level1", "acrValue"]), [
      "AcrConfiguration",
      "Level1",
      "AcrValue",
    ]);
    assert.deepEqual(splitPath('userPoolTags["a.b"].c'), ["userPoolTags", "a.b", "c"]);
  });

  it("matches API names case-insensitively, as service messages spell them", () => {
    assert.equal(argPath("CreateUserPoolRequest", ["lambdaConfig", "kMSKeyID"]), "lambdaConfig.kmsKeyId");
    assert.equal(
      argPath("CreateUserPoolRequest", ["policies", "passwordPolicy", "minimumLength"]),
      "policies.passwordPolicy.minimumLength",
    );
  });

  it("passes unknown segments, and what follows, through", () => {
    assert.equal(
      argPath("CreateUserPoolRequest", ["LambdaConfig", "NewTrigger", "LambdaArn"]),
      "lambdaConfig.NewTrigger.LambdaArn",
    );
    assert.deepEqual(apiPath("CreateUserPoolRequest", ["lambdaConfig", "newTrigger", "lambdaArn"]), [
      "LambdaConfig",
      "newTrigger",
      "lambdaArn",
    ]);
    assert.equal(argPath("CreateUserPoolRequest", []), "");
  });

  it("looks members up by API or arg name", () => {
    assert.equal(memberOf("LambdaConfigType", "KMSKeyID").camel, "kmsKeyId");
    assert.equal(memberOf("LambdaConfigType", "kmsKeyId").api, "KMSKeyID");
    assert.deepEqual(memberOf("CreateUserPoolRequest", "AcrConfiguration").kind, {
      map: { struct: "AcrLevelConfigType" },
    });
    assert.deepEqual(memberOf("UserPoolType", "creationDate").kind, "date");
    assert.equal(memberOf("CreateUserPoolRequest", "PoolName").optional, false);
    assert.equal(memberOf("CreateUserPoolRequest", "nope" as string), undefined);
    const mfa = memberOf("CreateUserPoolRequest", "MfaConfiguration").kind;
    assert.deepEqual(mfa, { enum: "UserPoolMfaType", values: ["OFF", "ON", "OPTIONAL"] });
  });
});
