import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { dependencySpec } from "../../cli/packageSpec";

describe("generate --package-spec: how the written package.json depends on this package", function () {
  let dir: string;
  let tarball: string;
  let cwd: string;

  before(function () {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "package-spec-"));
    tarball = path.join(dir, "dist", "pulumi-cognito-userpool-0.1.0.tgz");
    fs.mkdirSync(path.dirname(tarball));
    fs.writeFileSync(tarball, "");
    fs.mkdirSync(path.join(dir, "programs", "adopted"), { recursive: true });
    cwd = process.cwd();
    process.chdir(dir);
  });

  after(function () {
    process.chdir(cwd);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("is the version that wrote it by default", function () {
    assert.deepEqual(dependencySpec(undefined, "0.1.0", dir), { spec: "0.1.0" });
  });

  it("takes versions, ranges, tags and file: specs as they are", function () {
    for (const given of ["0.2.0", "^0.1.0", "latest", "file:../x.tgz", "github:owner/repo"]) {
      assert.deepEqual(dependencySpec(given, "0.1.0", dir), { spec: given });
    }
  });

  it("writes a relative tarball path relative to the program's folder, an absolute one as it is", function () {
    const programDir = path.join(dir, "programs", "adopted");
    assert.deepEqual(dependencySpec("dist/pulumi-cognito-userpool-0.1.0.tgz", "0.1.0", programDir), {
      spec: "file:../../dist/pulumi-cognito-userpool-0.1.0.tgz",
    });
    assert.deepEqual(dependencySpec("./dist", "0.1.0", dir), { spec: "file:./dist" });
    assert.deepEqual(dependencySpec(tarball, "0.1.0", programDir), { spec: `file:${tarball}` });
  });

  it("refuses a path that does not exist, naming it", function () {
    const result = dependencySpec("./missing.tgz", "0.1.0", dir);
    assert.ok("error" in result);
    assert.match(result.error, /--package-spec "\.\/missing\.tgz": no such file or folder/);
    assert.ok("error" in dependencySpec("", "0.1.0", dir));
  });
});
