import * as assert from "node:assert/strict";
import fc from "fast-check";
import { compliantPool, dotted, KINDS, PATH, TYPE, withPath, type Kind } from "./fixtures";
import { check, NAMES } from "./harness";

const POLICY = NAMES.passwordPolicy;
const REQUIREMENTS = [
  ["requireUppercase", "an uppercase letter"],
  ["requireLowercase", "a lowercase letter"],
  ["requireNumbers", "a number"],
  ["requireSymbols", "a symbol"],
] as const;

/** The compliant pool of `kind` with its password policy replaced by `policy` (undefined: none). */
function withPasswordPolicy(kind: Kind, policy: Record<string, unknown> | undefined): Record<string, unknown> {
  return withPath(compliantPool(kind), PATH.passwordPolicy[kind], policy);
}

/** The compliant pool's password policy with `member` set (or removed). */
function withMember(kind: Kind, member: string, value: unknown): Record<string, unknown> {
  return withPath(compliantPool(kind), [...PATH.passwordPolicy[kind], member], value);
}

describe("policy cognito-user-pool-password-policy", function () {
  for (const kind of KINDS) {
    const at = (member: string) => dotted([...PATH.passwordPolicy[kind], member]);

    describe(`on ${TYPE[kind]}`, function () {
      it("passes a strong password policy", async function () {
        assert.deepEqual(await check(POLICY, TYPE[kind], compliantPool(kind)), { violations: [] });
      });

      it("passes a pool that declares no password policy: Cognito's default requires 8 characters of every kind", async function () {
        assert.deepEqual(await check(POLICY, TYPE[kind], withPasswordPolicy(kind, undefined)), { violations: [] });
      });

      it("fails a short minimum length, naming the property as this type spells it", async function () {
        const { violations } = await check(POLICY, TYPE[kind], withMember(kind, "minimumLength", 7));
        assert.deepEqual(violations, [
          `Cognito user pool 'pool' must require passwords of at least 8 characters (got 7); set ${at("minimumLength")}: 8.`,
        ]);
        if (kind === "aws") assert.doesNotMatch(violations[0], /policies\./);
      });

      for (const [requirement, what] of REQUIREMENTS) {
        it(`fails ${requirement} false`, async function () {
          const { violations } = await check(POLICY, TYPE[kind], withMember(kind, requirement, false));
          assert.deepEqual(violations, [
            `Cognito user pool 'pool' must require ${what} in every password (got false); set ${at(requirement)}: true.`,
          ]);
        });

        it(`fails ${requirement} left out of a declared policy, where it means false`, async function () {
          const { violations } = await check(POLICY, TYPE[kind], withMember(kind, requirement, undefined));
          assert.equal(violations.length, 1);
          assert.match(violations[0], /not set, and a requirement left out of a declared password policy is false/);
          assert.ok(violations[0].endsWith(`set ${at(requirement)}: true.`), violations[0]);
        });
      }

      it("reports every weakness of a weak policy, one violation each", async function () {
        const weak = { minimumLength: 6, requireUppercase: false, temporaryPasswordValidityDays: 30 };
        const { violations } = await check(POLICY, TYPE[kind], withPasswordPolicy(kind, weak));
        assert.equal(violations.length, 6, violations.join("\n"));
      });

      it("fails an omitted minimum length in a declared policy: AWS documents no default for it (cdk-nag COG1 fails it too)", async function () {
        const props = withMember(kind, "minimumLength", undefined);
        assert.deepEqual((await check(POLICY, TYPE[kind], props)).violations, [
          `Cognito user pool 'pool' must require passwords of at least 8 characters (not set inside a declared ` +
            `password policy, where AWS documents no default for it); set ${at("minimumLength")}: 8.`,
        ]);
      });

      it("fails temporary passwords valid longer than 7 days", async function () {
        const { violations } = await check(POLICY, TYPE[kind], withMember(kind, "temporaryPasswordValidityDays", 8));
        assert.deepEqual(violations, [
          `Cognito user pool 'pool' must expire temporary passwords within 7 days (got 8); ` +
            `set ${at("temporaryPasswordValidityDays")}: 7.`,
        ]);
      });

      it("judges temporaryPasswordValidityDays omitted or 0 as Cognito's default 7", async function () {
        for (const days of [undefined, 0]) {
          const props = withMember(kind, "temporaryPasswordValidityDays", days);
          assert.deepEqual(await check(POLICY, TYPE[kind], props), { violations: [] });
          const { violations } = await check(POLICY, TYPE[kind], props, {
            config: { maxTemporaryPasswordValidityDays: 3 },
          });
          assert.equal(violations.length, 1);
          assert.match(
            violations[0],
            days === 0
              ? /got 0, which Cognito treats as not set, so Cognito's default 7 applies/
              : /not set, so Cognito's default 7 applies/,
          );
        }
      });

      it("judges the legacy adminCreateUserConfig.unusedAccountValidityDays while temporaryPasswordValidityDays is not set", async function () {
        const legacy = ["adminCreateUserConfig", "unusedAccountValidityDays"];
        for (const days of [undefined, 0]) {
          const props = withPath(withMember(kind, "temporaryPasswordValidityDays", days), legacy, 90);
          const unset = days === 0 ? "got 0, which Cognito treats as not set" : "not set";
          assert.deepEqual((await check(POLICY, TYPE[kind], props)).violations, [
            `Cognito user pool 'pool' must expire temporary passwords within 7 days (${at("temporaryPasswordValidityDays")} ` +
              `${unset}, so the legacy adminCreateUserConfig.unusedAccountValidityDays 90 applies); ` +
              `set ${at("temporaryPasswordValidityDays")}: 7, which replaces the legacy setting.`,
          ]);
        }
        // Once temporaryPasswordValidityDays is set, the legacy value no longer applies (AdminCreateUserConfigType).
        const superseded = withPath(withMember(kind, "temporaryPasswordValidityDays", 3), legacy, 90);
        assert.deepEqual(await check(POLICY, TYPE[kind], superseded), { violations: [] });
        const short = withPath(withMember(kind, "temporaryPasswordValidityDays", undefined), legacy, 5);
        assert.deepEqual(await check(POLICY, TYPE[kind], short), { violations: [] });
      });

      it("judges the legacy setting on a pool that declares no password policy", async function () {
        const props = withPath(
          withPasswordPolicy(kind, undefined),
          ["adminCreateUserConfig", "unusedAccountValidityDays"],
          30,
        );
        const { violations } = await check(POLICY, TYPE[kind], props);
        assert.equal(violations.length, 1);
        assert.match(violations[0], /the legacy adminCreateUserConfig\.unusedAccountValidityDays 30 applies/);
        assert.match(violations[0], /its temporaryPasswordValidityDays replaces the legacy setting\.$/);
      });

      it("with requireDeclaredPolicy (cdk-nag COG1), fails a pool that declares no password policy", async function () {
        const props = withPasswordPolicy(kind, undefined);
        assert.deepEqual(await check(POLICY, TYPE[kind], props), { violations: [] });
        const { violations } = await check(POLICY, TYPE[kind], props, { config: { requireDeclaredPolicy: true } });
        assert.deepEqual(violations, [
          `Cognito user pool 'pool' must declare its password policy (${dotted(PATH.passwordPolicy[kind])} is not set, ` +
            `and this policy is configured with requireDeclaredPolicy: true); set ${dotted(PATH.passwordPolicy[kind])}: ` +
            `{ minimumLength: 8, requireUppercase: true, requireLowercase: true, requireNumbers: true, ` +
            `requireSymbols: true, temporaryPasswordValidityDays: 7 }.`,
        ]);
      });

      describe("configuration", function () {
        it("takes minimumLength from the policy pack config (Prowler's 14)", async function () {
          const props = withMember(kind, "minimumLength", 12);
          assert.deepEqual(await check(POLICY, TYPE[kind], props), { violations: [] });
          const { violations } = await check(POLICY, TYPE[kind], props, { config: { minimumLength: 14 } });
          assert.deepEqual(violations, [
            `Cognito user pool 'pool' must require passwords of at least 14 characters (got 12); set ${at("minimumLength")}: 14.`,
          ]);
        });

        it("takes minimumLength and maxTemporaryPasswordValidityDays from CognitoGuard's args", async function () {
          const guard = { passwordPolicy: { minimumLength: 16, maxTemporaryPasswordValidityDays: 2 } };
          const { violations } = await check(POLICY, TYPE[kind], compliantPool(kind), { guard });
          assert.equal(violations.length, 2, violations.join("\n"));
          assert.match(violations[0], /at least 16 characters \(got 14\)/);
          assert.match(violations[1], /within 2 days \(got 3\)/);
        });

        it("lets the policy pack config override CognitoGuard's args", async function () {
          const guard = { passwordPolicy: { minimumLength: 16 } };
          const { violations } = await check(POLICY, TYPE[kind], compliantPool(kind), {
            guard,
            config: { minimumLength: 12 },
          });
          assert.deepEqual(violations, []);
        });

        it("suggests the whole policy when the pool declares none and Cognito's default is too weak", async function () {
          const { violations } = await check(POLICY, TYPE[kind], withPasswordPolicy(kind, undefined), {
            config: { minimumLength: 14 },
          });
          assert.deepEqual(violations, [
            `Cognito user pool 'pool' must require passwords of at least 14 characters (${dotted(PATH.passwordPolicy[kind])} ` +
              `is not set, so Cognito's default policy applies, with 8); set ${dotted(PATH.passwordPolicy[kind])}: ` +
              `{ minimumLength: 14, requireUppercase: true, requireLowercase: true, requireNumbers: true, ` +
              `requireSymbols: true, temporaryPasswordValidityDays: 7 } (a declared policy requires only what it says).`,
          ]);
        });

        for (const [requirement] of REQUIREMENTS) {
          it(`takes ${requirement} (AWS Config's parameter of that name, default true): false stops checking it`, async function () {
            const props = withMember(kind, requirement, false);
            assert.equal((await check(POLICY, TYPE[kind], props)).violations.length, 1);
            assert.deepEqual(await check(POLICY, TYPE[kind], props, { config: { [requirement]: false } }), {
              violations: [],
            });
            const guard = { passwordPolicy: { [requirement]: false } };
            assert.deepEqual(await check(POLICY, TYPE[kind], props, { guard }), { violations: [] });
          });
        }

        it("reproduces cdk-nag COG1 with requireDeclaredPolicy, requireLowercase false and 365 days", async function () {
          const cog1 = { requireDeclaredPolicy: true, requireLowercase: false, maxTemporaryPasswordValidityDays: 365 };
          // COG1's own compliant case: length 8, uppercase, numbers, symbols; lowercase and days not set.
          const compliant = withPasswordPolicy(kind, {
            minimumLength: 8,
            requireUppercase: true,
            requireNumbers: true,
            requireSymbols: true,
          });
          assert.deepEqual(await check(POLICY, TYPE[kind], compliant, { config: cog1 }), { violations: [] });
          const noSymbols = withMember(kind, "requireSymbols", undefined);
          assert.equal((await check(POLICY, TYPE[kind], noSymbols, { config: cog1 })).violations.length, 1);
          const none = withPasswordPolicy(kind, undefined);
          assert.equal((await check(POLICY, TYPE[kind], none, { config: cog1 })).violations.length, 1);
        });

        it("refuses configuration of the wrong shape, naming the key", async function () {
          await assert.rejects(
            check(POLICY, TYPE[kind], compliantPool(kind), { config: { minimumLength: 3 } }),
            /minimumLength must be a whole number from 6 to 99; got 3/,
          );
          assert.throws(
            () => check(POLICY, TYPE[kind], compliantPool(kind), { guard: { passwordPolicy: { minimumLength: 100 } } }),
            /CognitoGuard policy cognito-user-pool-password-policy: minimumLength/,
          );
        });
      });
    });
  }

  it("fails exactly the lengths under the threshold, whatever both are", async function () {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...KINDS),
        fc.integer({ min: 6, max: 99 }),
        fc.integer({ min: 6, max: 99 }),
        async (kind, length, threshold) => {
          const { violations } = await check(POLICY, TYPE[kind], withMember(kind, "minimumLength", length), {
            config: { minimumLength: threshold },
          });
          assert.equal(violations.length, length < threshold ? 1 : 0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
