import * as assert from "node:assert/strict";
import { parseTenants } from "../../examples/fleet/tenantPool";

describe("examples/fleet: reading the tenants list", function () {
  it("takes a list of tenants as written", function () {
    const tenants = parseTenants(
      '[{"id":"acme"},{"id":"globex-2","passwordMinimumLength":16,"tags":{"plan":"gold"}}]',
      "tenants.json",
    );
    assert.deepEqual(tenants, [{ id: "acme" }, { id: "globex-2", passwordMinimumLength: 16, tags: { plan: "gold" } }]);
  });

  it("reports every mistake at once, each with its place in the file", function () {
    assert.throws(
      () =>
        parseTenants('[{"id":"Acme"},{"id":"ok"},{"id":"ok"},{"id":"x","passwordMinimumLength":5},{}]', "tenants.json"),
      (error: Error) => {
        assert.match(error.message, /^tenants\.json:/);
        assert.match(error.message, /\[0\]\.id must be 1-63 lower-case letters, digits or dashes; got "Acme"/);
        assert.match(error.message, /\[2\]\.id "ok" is listed twice/);
        assert.match(error.message, /\[3\]\.passwordMinimumLength must be a whole number from 6 to 99; got 5/);
        assert.match(error.message, /\[4\]\.id must be .*; got undefined/);
        return true;
      },
    );
    assert.throws(() => parseTenants('{"id":"acme"}', "t.json"), /t\.json: expected a JSON array of tenants/);
  });
});
