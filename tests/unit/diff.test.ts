import * as assert from "node:assert/strict";
import fc from "fast-check";
import { diffArgs } from "../../provider/diff";
import { UserPoolError } from "../../provider/errors";

const base = {
  poolName: "pool",
  deletionProtection: "INACTIVE",
  usernameAttributes: ["email"],
  autoVerifiedAttributes: ["email", "phone_number"],
  policies: { passwordPolicy: { minimumLength: 8, requireSymbols: true } },
  schema: [{ name: "tenant", attributeDataType: "String", mutable: true }],
};

describe("diff", function () {
  it("reports no change for identical args, ignoring __provider and computed outputs", function () {
    const result = diffArgs(
      { ...base, __provider: "old text", arn: "arn:aws:cognito-idp:...", creationDate: "2026-01-01" },
      { ...base, __provider: "new text" },
    );
    assert.equal(result.changes, false);
    assert.deepEqual(result.replaces, []);
  });

  it("ignores the order of lists Cognito keeps as sets", function () {
    const result = diffArgs(base, { ...base, autoVerifiedAttributes: ["phone_number", "email"] });
    assert.equal(result.changes, false);
  });

  it("ignores members set to undefined or null", function () {
    const result = diffArgs(base, {
      ...base,
      policies: { passwordPolicy: { minimumLength: 8, requireSymbols: true, requireNumbers: undefined } },
    });
    assert.equal(result.changes, false);
  });

  it("changes in place an updatable field, including the pool name", function () {
    const result = diffArgs(base, {
      ...base,
      poolName: "renamed",
      policies: { passwordPolicy: { minimumLength: 12 } },
    });
    assert.equal(result.changes, true);
    assert.deepEqual(result.replaces, []);
  });

  for (const [field, value] of [
    ["usernameAttributes", ["phone_number"]],
    ["aliasAttributes", ["email"]],
    ["usernameConfiguration", { caseSensitive: false }],
  ] as const) {
    it(`replaces the pool when ${field} changes`, function () {
      const result = diffArgs(base, { ...base, [field]: value });
      assert.equal(result.changes, true);
      assert.deepEqual(result.replaces, [field]);
    });
  }

  it("adds a custom attribute in place", function () {
    const result = diffArgs(base, { ...base, schema: [...base.schema, { name: "plan", attributeDataType: "String" }] });
    assert.equal(result.changes, true);
    assert.deepEqual(result.replaces, []);
  });

  it("refuses, at preview, a replacement while deletion protection is ACTIVE, and says how to proceed", function () {
    const protectedPool = { ...base, deletionProtection: "ACTIVE" };
    assert.throws(
      () => diffArgs(protectedPool, { ...protectedPool, usernameAttributes: ["phone_number"] }),
      (error: unknown) =>
        error instanceof UserPoolError &&
        /usernameAttributes/.test(error.message) &&
        /deletionProtection: "INACTIVE"/.test(error.message) &&
        /none of this pool's users/.test(error.message),
    );
  });

  it("allows an in-place change while protected", function () {
    const protectedPool = { ...base, deletionProtection: "ACTIVE" };
    const result = diffArgs(protectedPool, { ...protectedPool, poolName: "other" });
    assert.equal(result.changes, true);
  });

  it("diff(x, x) reports no change for arbitrary args (property)", function () {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (args) => {
        const result = diffArgs(args, structuredClone(args));
        return result.changes === false && (result.replaces ?? []).length === 0;
      }),
      { numRuns: 300 },
    );
  });

  it("never throws for arbitrary unprotected inputs (property)", function () {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue()), (a, b) => {
        diffArgs({ ...a, deletionProtection: "INACTIVE" }, b);
      }),
      { numRuns: 300 },
    );
  });
});
