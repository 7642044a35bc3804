import * as assert from "node:assert/strict";
import { UNKNOWN } from "../../support/policyArgs";
import { compliantPool, KINDS, poolWith, SMS_CONFIGURATION, TYPE } from "./fixtures";
import { check, fix, NAMES } from "./harness";

const POLICY = NAMES.deletionProtection;

describe("policy cognito-user-pool-deletion-protection", function () {
  for (const kind of KINDS) {
    describe(`on ${TYPE[kind]}`, function () {
      it("passes a pool with deletion protection ACTIVE", async function () {
        assert.deepEqual(await check(POLICY, TYPE[kind], compliantPool(kind)), { violations: [] });
      });

      it("fails INACTIVE, saying what to set", async function () {
        const { violations } = await check(POLICY, TYPE[kind], poolWith(kind, [["deletionProtection"], "INACTIVE"]));
        assert.deepEqual(violations, [
          `Cognito user pool 'pool' must have deletion protection ACTIVE (got "INACTIVE"); set deletionProtection: "ACTIVE".`,
        ]);
      });

      it("fails an omitted setting, judged by Cognito's default INACTIVE", async function () {
        const { violations } = await check(POLICY, TYPE[kind], poolWith(kind, [["deletionProtection"], undefined]), {
          name: "users",
        });
        assert.deepEqual(violations, [
          `Cognito user pool 'users' must have deletion protection ACTIVE (not set, so Cognito's default "INACTIVE" ` +
            `applies); set deletionProtection: "ACTIVE".`,
        ]);
      });

      it("is not held up by values unknown during preview that it does not read", async function () {
        const props = poolWith(
          kind,
          [["deletionProtection"], "INACTIVE"],
          [["smsConfiguration"], { ...SMS_CONFIGURATION, snsCallerArn: UNKNOWN.string }],
          [[kind === "aws" ? "tags" : "userPoolTags"], UNKNOWN.object],
        );
        const { violations } = await check(POLICY, TYPE[kind], props);
        assert.equal(violations.length, 1);
      });

      it("leaves a value unknown during preview to the engine (which reports it as advisory)", async function () {
        await assert.rejects(
          check(POLICY, TYPE[kind], poolWith(kind, [["deletionProtection"], UNKNOWN.string])),
          (error: Error) => error.constructor.name === "UnknownValueError" && /deletionProtection/.test(error.message),
        );
      });

      describe("remediation", function () {
        it("returns the props with deletion protection ACTIVE and nothing else changed", async function () {
          const props = poolWith(kind, [["deletionProtection"], "INACTIVE"]);
          const { props: remediated } = await fix(POLICY, TYPE[kind], props);
          assert.deepEqual(remediated, { ...props, deletionProtection: "ACTIVE" });
        });

        it("sets an omitted setting", async function () {
          const props = poolWith(kind, [["deletionProtection"], undefined]);
          const { props: remediated } = await fix(POLICY, TYPE[kind], props);
          assert.deepEqual(remediated, { ...props, deletionProtection: "ACTIVE" });
        });

        it("returns nothing for a pool that already passes", async function () {
          assert.deepEqual(await fix(POLICY, TYPE[kind], compliantPool(kind)), {});
        });

        it("sets a value unknown during preview, keeping other unknown values as they are", async function () {
          const props = poolWith(
            kind,
            [["deletionProtection"], UNKNOWN.string],
            [["smsConfiguration"], { ...SMS_CONFIGURATION, snsCallerArn: UNKNOWN.string }],
          );
          const { props: remediated } = await fix(POLICY, TYPE[kind], props);
          assert.deepEqual(remediated, { ...props, deletionProtection: "ACTIVE" });
        });

        it("leaves a pool it passes valid", async function () {
          const { props: remediated } = await fix(
            POLICY,
            TYPE[kind],
            poolWith(kind, [["deletionProtection"], "INACTIVE"]),
          );
          assert.ok(remediated);
          assert.deepEqual(await check(POLICY, TYPE[kind], remediated), { violations: [] });
        });
      });
    });
  }

  it("does not apply to other resource types", async function () {
    const result = await check(POLICY, "aws:s3/bucket:Bucket", { deletionProtection: "INACTIVE" });
    assert.deepEqual(result.violations, []);
    assert.match(result.notApplicable ?? "", /Cognito user pools/);
    assert.match((await fix(POLICY, "aws:s3/bucket:Bucket", {})).notApplicable ?? "", /Cognito user pools/);
  });
});
