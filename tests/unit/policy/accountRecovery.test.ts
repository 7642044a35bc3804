import * as assert from "node:assert/strict";
import { compliantPool, KINDS, poolWith, TYPE } from "./fixtures";
import { check, NAMES } from "./harness";

const POLICY = NAMES.accountRecovery;
const MECHANISMS = ["accountRecoverySetting", "recoveryMechanisms"] as const;
const FIX =
  'set accountRecoverySetting.recoveryMechanisms: [{ name: "verified_email", priority: 1 }, ' +
  '{ name: "verified_phone_number", priority: 2 }].';

const email = (priority: number) => ({ name: "verified_email", priority });
const phone = (priority: number) => ({ name: "verified_phone_number", priority });

describe("policy cognito-user-pool-account-recovery", function () {
  for (const kind of KINDS) {
    describe(`on ${TYPE[kind]}`, function () {
      const type = TYPE[kind];

      it("passes email first with SMS as fallback", async function () {
        assert.deepEqual(await check(POLICY, type, compliantPool(kind)), { violations: [] });
      });

      for (const [label, mechanisms] of [
        ["email only", [email(1)]],
        ["admin only", [{ name: "admin_only", priority: 1 }]],
        ["email first, listed second", [phone(2), email(1)]],
      ] as const) {
        it(`passes ${label}`, async function () {
          const props = poolWith(kind, [MECHANISMS, mechanisms]);
          assert.deepEqual(await check(POLICY, type, props, { config: { allowSmsPreferred: false } }), {
            violations: [],
          });
        });
      }

      it("fails SMS alone", async function () {
        assert.deepEqual((await check(POLICY, type, poolWith(kind, [MECHANISMS, [phone(1)]]))).violations, [
          `Cognito user pool 'pool' must not rely on SMS alone for account recovery ("verified_phone_number" comes ` +
            `first and no "verified_email" follows); ${FIX}`,
        ]);
      });

      it("passes SMS first with email as fallback, unless allowSmsPreferred is false (Prowler's rule)", async function () {
        const props = poolWith(kind, [MECHANISMS, [phone(1), email(2)]]);
        assert.deepEqual(await check(POLICY, type, props), { violations: [] });
        const strict = `Cognito user pool 'pool' must not prefer SMS for account recovery ("verified_phone_number" has priority 1); ${FIX}`;
        assert.deepEqual((await check(POLICY, type, props, { config: { allowSmsPreferred: false } })).violations, [
          strict,
        ]);
        assert.deepEqual(
          (await check(POLICY, type, props, { guard: { accountRecovery: { allowSmsPreferred: false } } })).violations,
          [strict],
        );
      });

      it("fails an omitted setting: Cognito's legacy behaviour prefers SMS", async function () {
        const expected = [
          `Cognito user pool 'pool' must declare how users recover their accounts (accountRecoverySetting is not set, ` +
            `so Cognito's legacy behaviour applies, which prefers SMS); ${FIX}`,
        ];
        for (const props of [
          poolWith(kind, [["accountRecoverySetting"], undefined]),
          poolWith(kind, [MECHANISMS, undefined]),
          poolWith(kind, [MECHANISMS, []]),
        ]) {
          assert.deepEqual((await check(POLICY, type, props)).violations, expected);
        }
      });
    });
  }
});
