import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { USER_POOL_FIELDS } from "../../provider/fields";
import { SHAPES } from "../../provider/naming";

const repoRoot = path.resolve(__dirname, "..", "..");

describe("the field table", function () {
  it("has a row for every member of the SDK's CreateUserPoolRequest", function () {
    const inTable = new Set(USER_POOL_FIELDS.filter((f) => f.container === "CreateUserPoolRequest").map((f) => f.api));
    const missing = Object.keys(SHAPES.CreateUserPoolRequest.members).filter((api) => !inTable.has(api as never));
    assert.deepEqual(missing, [], `add a row to provider/fields.ts for: ${missing.join(", ")}`);
  });

  it("marks as updatable exactly what UpdateUserPool takes, and the rest as fixed at creation", function () {
    const updateMembers = new Set(Object.keys(SHAPES.UpdateUserPoolRequest.members));
    for (const field of USER_POOL_FIELDS.filter((f) => f.container === "CreateUserPoolRequest")) {
      const updatable = field.change === "update";
      assert.equal(updatable, updateMembers.has(field.api), `${field.api}: change mode ${field.change}`);
    }
  });

  it("reads each field back from a member DescribeUserPool or GetUserPoolMfaConfig really has", function () {
    for (const field of USER_POOL_FIELDS) {
      const read = field.read;
      if (read.from === "describe") assert.ok(read.member in SHAPES.UserPoolType.members, field.api);
      if (read.from === "mfaConfig") assert.ok(read.member in SHAPES.GetUserPoolMfaConfigResponse.members, field.api);
      if (read.from === "describeSchema") assert.ok("SchemaAttributes" in SHAPES.UserPoolType.members);
    }
  });

  it("has a generated sdk/types.ts that matches the table, the SDK and the validation limits", function () {
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/generate-sdk-types.ts", "--check"], {
      cwd: repoRoot,
      encoding: "utf8",
    });
    assert.equal(result.status, 0, result.stderr || result.stdout);
  });
});
