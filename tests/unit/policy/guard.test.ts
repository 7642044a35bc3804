import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import type { EnforcementLevel, PolicyPackConfig } from "@pulumi/policy";
import { CognitoGuard, cognitoGuardPolicies, type CognitoGuardArgs } from "../../../policy-packs/cognito-guard/guard";
import { reconcilePolicyPackConfig, resourceValidationArgs, schemaProblems, validate } from "../../support/policyArgs";
import {
  CLIENT_TYPE,
  compliantClient,
  compliantIdentityPool,
  compliantPool,
  IDENTITY_POOL_TYPE,
  KINDS,
  poolWith,
  PROVIDER_KINDS,
  TYPE,
} from "./fixtures";
import { check, NAMES, withoutServing } from "./harness";

const PACK_DIR = path.join(__dirname, "../../../policy-packs/cognito-guard");

/** The policy table of the README: name, default level, configuration defaults. */
const TABLE: ReadonlyArray<readonly [string, EnforcementLevel, Record<string, unknown>]> = [
  [NAMES.deletionProtection, "mandatory", {}],
  [
    NAMES.passwordPolicy,
    "mandatory",
    {
      minimumLength: 8,
      requireUppercase: true,
      requireLowercase: true,
      requireNumbers: true,
      requireSymbols: true,
      maxTemporaryPasswordValidityDays: 7,
      requireDeclaredPolicy: false,
    },
  ],
  [NAMES.mfa, "advisory", { allowOptional: false, checkPasswordlessPools: false }],
  [NAMES.threatProtection, "advisory", { securityMode: "ENFORCED", allowAudit: false }],
  [NAMES.customAuthThreatProtection, "advisory", {}],
  [NAMES.plusTier, "advisory", {}],
  [NAMES.selfSignup, "advisory", {}],
  [NAMES.accountRecovery, "advisory", { allowSmsPreferred: true }],
  [NAMES.caseInsensitiveUsernames, "advisory", {}],
  [NAMES.requiredTags, "disabled", { requiredTags: [] }],
  [NAMES.clientUserExistenceErrors, "mandatory", {}],
  [NAMES.clientTokenRevocation, "mandatory", {}],
  [NAMES.clientUserPasswordAuth, "advisory", {}],
  [NAMES.clientImplicitGrant, "advisory", {}],
  [NAMES.identityPoolGuestAccess, "mandatory", {}],
  [NAMES.identityPoolClassicFlow, "advisory", {}],
];

/** The controls each description must name: only references that exist (issue 11's survey). */
const MIRRORS: Record<string, RegExp[]> = {
  [NAMES.deletionProtection]: [/Security Hub Cognito\.6/, /cognito-user-pool-deletion-protection-enabled/, /Prowler/],
  [NAMES.passwordPolicy]: [/Security Hub Cognito\.3/, /cognito-user-pool-password-policy-check/, /Prowler/, /COG1/],
  [NAMES.mfa]: [/Security Hub Cognito\.5/, /cognito-user-pool-mfa-enabled/, /cognito_user_pool_mfa_enabled/, /COG2/],
  [NAMES.threatProtection]: [/Security Hub Cognito\.1/, /cognito-user-pool-advanced-security-enabled/, /Prowler/],
  [NAMES.customAuthThreatProtection]: [/Security Hub Cognito\.4/, /cognito-userpool-cust-auth-threat-full-check/],
  [NAMES.plusTier]: [/AwsSolutions-COG8/],
  [NAMES.selfSignup]: [/cognito_user_pool_self_registration_disabled/],
  [NAMES.accountRecovery]: [/Common practice/],
  [NAMES.caseInsensitiveUsernames]: [/recommendation/],
  [NAMES.requiredTags]: [/cognito-user-pool-tagged/],
  [NAMES.clientUserExistenceErrors]: [/cognito_user_pool_client_prevent_user_existence_errors/],
  [NAMES.clientTokenRevocation]: [/cognito_user_pool_client_token_revocation_enabled/],
  [NAMES.clientUserPasswordAuth]: [/Common practice/],
  [NAMES.clientImplicitGrant]: [/Common practice/],
  [NAMES.identityPoolGuestAccess]: [
    /Security Hub Cognito\.2/,
    /cognito-identity-pool-unauth-access-check/,
    /cognito_identity_pool_guest_access_disabled/,
    /AwsSolutions-COG7/,
  ],
  [NAMES.identityPoolClassicFlow]: [/Common practice/],
};

/** References the pack must no longer claim: removed or never merged (issue 11, defect 2). */
const STALE = [/COG3/, /cognito_user_pool_account_recovery_sms_not_preferred/, /KICS/];

/** Each policy's resource kind, with the compliant fixture and the type tokens it covers. */
const CLIENT_POLICIES: readonly string[] = [
  NAMES.clientUserExistenceErrors,
  NAMES.clientTokenRevocation,
  NAMES.clientUserPasswordAuth,
  NAMES.clientImplicitGrant,
];
const IDENTITY_POOL_POLICIES: readonly string[] = [NAMES.identityPoolGuestAccess, NAMES.identityPoolClassicFlow];

function coveredResources(policyName: string): Array<{ type: string; props: Record<string, unknown> }> {
  if (CLIENT_POLICIES.includes(policyName)) {
    return PROVIDER_KINDS.map((kind) => ({ type: CLIENT_TYPE[kind], props: compliantClient(kind) }));
  }
  if (IDENTITY_POOL_POLICIES.includes(policyName)) {
    return PROVIDER_KINDS.map((kind) => ({ type: IDENTITY_POOL_TYPE[kind], props: compliantIdentityPool(kind) }));
  }
  return KINDS.map((kind) => ({ type: TYPE[kind], props: compliantPool(kind) }));
}

function levels(config: PolicyPackConfig | undefined): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(config ?? {}).map(([name, value]) => [
      name,
      typeof value === "string" ? value : value.enforcementLevel,
    ]),
  );
}

function guardLevels(args: CognitoGuardArgs): Record<string, EnforcementLevel | undefined> {
  const { value: guard } = withoutServing(() => new CognitoGuard(args));
  return Object.fromEntries(guard.guardPolicies.map((p) => [p.name, p.enforcementLevel]));
}

const tableLevels = (override: (name: string, level: EnforcementLevel) => EnforcementLevel) =>
  Object.fromEntries(TABLE.map(([name, level]) => [name, override(name, level)]));

describe("CognitoGuard", function () {
  describe("defaults", function () {
    const { policies, initialConfig } = cognitoGuardPolicies();

    it("has the policies of the table, in order, at their default levels", function () {
      assert.deepEqual(
        policies.map((p) => [p.name, p.enforcementLevel]),
        TABLE.map(([name, level]) => [name, level]),
      );
    });

    it("declares a config schema on each policy whose defaults are the table's", function () {
      for (const [name, , defaults] of TABLE) {
        const policy = policies.find((p) => p.name === name);
        assert.ok(policy?.configSchema, name);
        const schemaDefaults = Object.fromEntries(
          Object.entries(policy.configSchema.properties).map(([key, schema]) => [key, schema.default]),
        );
        assert.deepEqual(schemaDefaults, defaults, name);
        assert.equal("enforcementLevel" in policy.configSchema.properties, false);
      }
    });

    it("hands the same levels and configuration to the engine as initial configuration", function () {
      assert.deepEqual(
        initialConfig,
        Object.fromEntries(TABLE.map(([name, level, defaults]) => [name, { enforcementLevel: level, ...defaults }])),
      );
    });

    it("describes each policy with the controls it mirrors, and none that was removed or never merged", function () {
      for (const policy of policies) {
        for (const control of MIRRORS[policy.name]) assert.match(policy.description, control, policy.name);
        for (const stale of STALE) assert.doesNotMatch(policy.description, stale, policy.name);
        assert.ok(policy.severity && policy.displayName && policy.remediationSteps, policy.name);
      }
    });

    it("remediates deletion protection only", function () {
      assert.deepEqual(
        policies.filter((p) => p.remediateResource !== undefined).map((p) => p.name),
        [NAMES.deletionProtection],
      );
    });
  });

  describe("every policy on every covered type", function () {
    const { policies } = cognitoGuardPolicies({ requiredTags: { requiredTags: ["owner", "env"] } });
    const ALL_TYPES = [...Object.values(TYPE), ...Object.values(CLIENT_TYPE), ...Object.values(IDENTITY_POOL_TYPE)];
    for (const policy of policies) {
      const covered = coveredResources(policy.name);
      for (const { type, props } of covered) {
        it(`${policy.name} passes the compliant ${type}`, async function () {
          assert.deepEqual(await validate(policy, resourceValidationArgs(type, props)), { violations: [] });
        });
      }
      it(`${policy.name} does not apply to the other Cognito types, nor to an S3 bucket`, async function () {
        const others = ALL_TYPES.filter((type) => !covered.some((c) => c.type === type));
        for (const type of [...others, "aws:s3/bucket:Bucket"]) {
          const result = await validate(policy, resourceValidationArgs(type, compliantPool("aws")));
          assert.deepEqual(result.violations, [], type);
          assert.ok(result.notApplicable, type);
        }
      });
    }
  });

  describe("new CognitoGuard(args)", function () {
    it("serves the pack once, named cognito-guard, advisory unless a policy says otherwise", function () {
      const { value: guard, served } = withoutServing(() => new CognitoGuard());
      assert.equal(served.length, 1);
      assert.equal(served[0].name, "cognito-guard");
      assert.equal(served[0].enforcementLevel, "advisory");
      assert.deepEqual(served[0].args.policies, guard.guardPolicies);
      assert.deepEqual(served[0].initialConfig, guard.initialConfig);
      assert.deepEqual(
        levels(served[0].initialConfig),
        tableLevels((_, level) => level),
      );
    });

    it("takes a pack name first, like AwsGuard", function () {
      const { served } = withoutServing(() => new CognitoGuard("identity-guard", { mfa: "mandatory" }));
      assert.equal(served[0].name, "identity-guard");
      assert.equal(levels(served[0].initialConfig)[NAMES.mfa], "mandatory");
    });

    it("sets every policy's level with all", function () {
      assert.deepEqual(
        guardLevels({ all: "mandatory" }),
        tableLevels(() => "mandatory"),
      );
      assert.deepEqual(
        guardLevels({ all: "disabled" }),
        tableLevels(() => "disabled"),
      );
    });

    it("lets a policy's own level win over all, given as a level or in an object", function () {
      const args: CognitoGuardArgs = {
        all: "mandatory",
        mfa: { enforcementLevel: "advisory", allowOptional: true },
        selfSignup: "disabled",
      };
      assert.deepEqual(
        guardLevels(args),
        tableLevels((name) => (name === NAMES.mfa ? "advisory" : name === NAMES.selfSignup ? "disabled" : "mandatory")),
      );
      const { value: guard } = withoutServing(() => new CognitoGuard(args));
      const mfa = guard.guardPolicies.find((p) => p.name === NAMES.mfa);
      assert.equal(mfa?.configSchema?.properties["allowOptional"]?.default, true);
      assert.deepEqual(guard.initialConfig[NAMES.mfa], {
        enforcementLevel: "advisory",
        allowOptional: true,
        checkPasswordlessPools: false,
      });
    });

    it("overrides single policies and keeps the table's levels for the rest", function () {
      assert.deepEqual(
        guardLevels({ deletionProtection: "remediate", passwordPolicy: { enforcementLevel: "advisory" } }),
        tableLevels((name, level) =>
          name === NAMES.deletionProtection ? "remediate" : name === NAMES.passwordPolicy ? "advisory" : level,
        ),
      );
    });

    it("enables the required-tags policy at advisory when given tags, unless a level says otherwise", function () {
      assert.equal(guardLevels({ requiredTags: { requiredTags: ["owner"] } })[NAMES.requiredTags], "advisory");
      assert.equal(
        guardLevels({ requiredTags: { requiredTags: ["owner"], enforcementLevel: "mandatory" } })[NAMES.requiredTags],
        "mandatory",
      );
      assert.equal(
        guardLevels({ all: "disabled", requiredTags: { requiredTags: ["owner"] } })[NAMES.requiredTags],
        "disabled",
      );
      assert.equal(guardLevels({ requiredTags: {} })[NAMES.requiredTags], "disabled");
    });

    it("refuses arguments of the wrong shape, naming them", function () {
      const bad = (args: unknown) => () => cognitoGuardPolicies(args as CognitoGuardArgs);
      assert.throws(
        bad({ all: "strict" }),
        /CognitoGuard: all must be one of "advisory", "mandatory", "remediate", "disabled"; got "strict"/,
      );
      assert.throws(bad({ mfa: { enforcementLevel: "on" } }), /mfa\.enforcementLevel must be one of/);
      assert.throws(bad({ mfa: 3 }), /mfa must be an enforcement level or an object; got 3/);
      assert.throws(
        bad({ mfa: { allowOptional: "yes" } }),
        /cognito-user-pool-mfa: allowOptional must be true or false; got "yes"/,
      );
      assert.throws(bad({ requiredTags: { requiredTags: [""] } }), /requiredTags must be a list of non-empty strings/);
    });
  });

  describe("with the engine's configuration (pulumi preview --policy-pack-config)", function () {
    it("applies the file's all over levels set in code, and its policy entries over both", function () {
      const { policies, initialConfig } = cognitoGuardPolicies({ all: "mandatory", mfa: { allowOptional: true } });
      const effective = reconcilePolicyPackConfig(policies, initialConfig, {
        all: "advisory",
        [NAMES.deletionProtection]: "mandatory",
        [NAMES.mfa]: { allowOptional: false },
      });
      assert.equal(effective.get(NAMES.deletionProtection)?.enforcementLevel, "mandatory");
      assert.equal(effective.get(NAMES.passwordPolicy)?.enforcementLevel, "advisory");
      assert.deepEqual(effective.get(NAMES.mfa), {
        enforcementLevel: "advisory",
        properties: { allowOptional: false, checkPasswordlessPools: false },
      });
    });

    it("gets the same result from the policies alone as with the initial configuration (engines that ignore it)", function () {
      const { policies, initialConfig } = cognitoGuardPolicies({
        all: "mandatory",
        passwordPolicy: { minimumLength: 12 },
      });
      assert.deepEqual(reconcilePolicyPackConfig(policies), reconcilePolicyPackConfig(policies, initialConfig));
    });

    it("accepts the README's example file, which the policies then honour", async function () {
      const file = JSON.parse(
        readFileSync(path.join(PACK_DIR, "policy-config.example.json"), "utf8"),
      ) as PolicyPackConfig;
      const { policies, initialConfig } = cognitoGuardPolicies();
      const effective = reconcilePolicyPackConfig(policies, initialConfig, file);
      for (const policy of policies) {
        assert.deepEqual(schemaProblems(policy, effective.get(policy.name)?.properties ?? {}), [], policy.name);
      }
      assert.equal(effective.get(NAMES.mfa)?.enforcementLevel, "mandatory");
      assert.equal(effective.get(NAMES.requiredTags)?.enforcementLevel, "advisory");

      const optional = poolWith("aws", [["mfaConfiguration"], "OPTIONAL"]);
      const config = effective.get(NAMES.mfa)?.properties;
      assert.deepEqual(await check(NAMES.mfa, TYPE.aws, optional, { config }), { violations: [] });
      const short = poolWith("aws", [["passwordPolicy", "minimumLength"], 12]);
      const lengthConfig = effective.get(NAMES.passwordPolicy)?.properties;
      assert.equal((await check(NAMES.passwordPolicy, TYPE.aws, short, { config: lengthConfig })).violations.length, 1);
    });

    it("finds values of the wrong shape against the schema", function () {
      const { policies } = cognitoGuardPolicies();
      const byName = (name: string) => policies.find((p) => p.name === name) ?? assert.fail(name);
      assert.deepEqual(
        schemaProblems(byName(NAMES.passwordPolicy), { minimumLength: 5, maxTemporaryPasswordValidityDays: 1.5 }),
        [
          `${NAMES.passwordPolicy}.minimumLength: out of range`,
          `${NAMES.passwordPolicy}.maxTemporaryPasswordValidityDays: not an integer`,
        ],
      );
      assert.deepEqual(schemaProblems(byName(NAMES.threatProtection), { securityMode: "OFF" }), [
        `${NAMES.threatProtection}.securityMode: not one of the enum`,
      ]);
      assert.deepEqual(schemaProblems(byName(NAMES.requiredTags), { requiredTags: "owner" }), [
        `${NAMES.requiredTags}.requiredTags: not a list of strings`,
      ]);
    });
  });

  describe("the pack directory", function () {
    it("serves the table's defaults from index.ts", function () {
      const load = createRequire(__filename);
      const { served } = withoutServing(() => load(path.join(PACK_DIR, "index.ts")));
      assert.equal(served.length, 1);
      assert.equal(served[0].name, "cognito-guard");
      assert.deepEqual(served[0].initialConfig, cognitoGuardPolicies().initialConfig);
    });

    it("is a Node.js policy pack that pins the project's @pulumi/policy and @pulumi/pulumi", function () {
      assert.match(readFileSync(path.join(PACK_DIR, "PulumiPolicy.yaml"), "utf8"), /^runtime: nodejs$/m);
      const pack = JSON.parse(readFileSync(path.join(PACK_DIR, "package.json"), "utf8")) as {
        version: string;
        dependencies: Record<string, string>;
      };
      const root = JSON.parse(readFileSync(path.join(PACK_DIR, "../../package.json"), "utf8")) as {
        dependencies: Record<string, string>;
        devDependencies: Record<string, string>;
      };
      assert.match(pack.version, /^\d+\.\d+\.\d+$/);
      assert.deepEqual(pack.dependencies, {
        "@pulumi/policy": root.devDependencies["@pulumi/policy"],
        "@pulumi/pulumi": root.devDependencies["@pulumi/pulumi"],
      });
    });

    it("is a library whose package entry (exports, types) is lib.ts built to dist/, leaving the folder's entry to index.ts", function () {
      const pack = JSON.parse(readFileSync(path.join(PACK_DIR, "package.json"), "utf8")) as {
        main?: string;
        types: string;
        exports: Record<string, { types: string; default: string }>;
        scripts: Record<string, string>;
        files: string[];
      };
      // `pulumi preview --policy-pack <dir>` requires the directory: with no "main", that is index.ts.
      assert.equal(pack.main, undefined);
      assert.deepEqual(pack.exports["."], { types: "./dist/lib.d.ts", default: "./dist/lib.js" });
      assert.equal(pack.types, "./dist/lib.d.ts");
      assert.match(pack.scripts.prepack, /build/);
      for (const file of ["dist", "*.ts", "policies/*.ts", "PulumiPolicy.yaml"])
        assert.ok(pack.files.includes(file), file);
      const lib = createRequire(__filename)(path.join(PACK_DIR, "lib.ts")) as Record<string, unknown>;
      assert.equal(lib.CognitoGuard, CognitoGuard);
      assert.equal(typeof lib.cognitoGuardPolicies, "function");
      for (const key of Object.keys(NAMES)) assert.ok(lib[`${key}Policy`], key);
    });

    for (const readme of ["policy-packs/cognito-guard/README.md", "docs/policy-pack.md"]) {
      it(`${readme} lists every policy with its default level and configuration defaults`, function () {
        const text = readFileSync(path.join(PACK_DIR, "../..", readme), "utf8");
        const rows = new Map(
          [
            ...text.matchAll(/^\| `(cognito-[a-z-]+)` \|.*\| (mandatory|advisory|disabled|remediate) \| (.*) \|$/gm),
          ].map((m) => [m[1], { level: m[2], configuration: m[3] }]),
        );
        assert.deepEqual(
          [...rows.keys()],
          TABLE.map(([name]) => name),
        );
        for (const [name, level, defaults] of TABLE) {
          assert.equal(rows.get(name)?.level, level, name);
          for (const [key, value] of Object.entries(defaults)) {
            assert.match(
              rows.get(name)?.configuration ?? "",
              new RegExp(`\`${key}\` \\(${JSON.stringify(value).replace(/[[\]]/g, "\\$&")}`),
              `${name} ${key}`,
            );
          }
        }
      });
    }
  });
});
