/**
 * The program generator: DescribeUserPool fixtures to program text (which must compile against the
 * typed UserPoolArgs), and the `generate` command's options, files and error messages.
 */
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  CognitoIdentityProviderClient,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { mockClient } from "aws-sdk-client-mock";
import { type ClientSettings } from "../../cli/cognitoClient";
import { runGenerate } from "../../cli/generate";
import { nameFromPool, programFiles, tsLiteral, type ProgramOptions } from "../../cli/program";
import { DESCRIBE_FIXTURES, loadDescribeFixture } from "../fixtures/describeUserPool";

const repoRoot = path.resolve(__dirname, "..", "..");
const fixtureDir = path.join(repoRoot, "tests", "fixtures", "describeUserPool");
const options: ProgramOptions = {
  packageName: "pulumi-cognito-userpool",
  packageVersion: "0.1.0",
  pulumiVersion: "3.248.0",
  typescriptVersion: "5.9.3",
  typesNodeVersion: "20.19.25",
};

describe("generate: program text", function () {
  it("writes the API reference example's pool as the expected program (tests/fixtures/describeUserPool/reference.moto.program.txt)", function () {
    const { pool, mfa } = loadDescribeFixture("reference.moto");
    const files = programFiles(pool, mfa, options);
    const expected = fs.readFileSync(path.join(fixtureDir, "reference.moto.program.txt"), "utf8");
    assert.equal(files.program, expected);
  });

  it("declares an untouched pool by its name alone, set to adopt it, exporting its id and ARN", function () {
    const { pool, mfa } = loadDescribeFixture("untouched.moto");
    const { program } = programFiles(pool, mfa, options);
    assert.match(
      program,
      /const pool = new UserPool\("untouched", \{\n {2}adoptUserPoolId: "us-east-1_UntouchedPool1",\n {2}poolName: "untouched",\n\}\);/,
    );
    assert.match(program, /^export const userPoolId = pool\.id;$/m);
    assert.match(program, /^export const userPoolArn = pool\.arn;$/m);
  });

  it("puts adoptUserPoolId and poolName first and the rest in a stable order", function () {
    const { pool, mfa } = loadDescribeFixture("every-field");
    const { program } = programFiles(pool, mfa, options);
    const topKeys = [...program.matchAll(/^ {2}(\w+):/gm)].map((m) => m[1]);
    assert.deepEqual(topKeys.slice(0, 2), ["adoptUserPoolId", "poolName"]);
    assert.deepEqual(topKeys.slice(2), [...topKeys.slice(2)].sort());
    assert.equal(programFiles(pool, mfa, options).program, program, "same input, same text");
    assert.match(program, /"cost-center": "cc:42"/, "map keys that are not identifiers are quoted");
    assert.doesNotMatch(
      program,
      /estimatedNumberOfUsers|creationDate|arn:aws:cognito-idp|smsConfigurationFailure|customDomain/,
    );
  });

  it("declares the SMS MFA factor exactly when the live pool has it, so adopting never turns it on or off (issue 17, defect 3)", function () {
    const { pool } = loadDescribeFixture("untouched.moto");
    const smsConfiguration = {
      SnsCallerArn: "arn:aws:iam::123456789012:role/sms",
      ExternalId: "x",
      SnsRegion: "us-east-1",
    };
    const withSms = { ...pool, MfaConfiguration: "ON" as const, SmsConfiguration: smsConfiguration };
    const totpOnly = { MfaConfiguration: "ON" as const, SoftwareTokenMfaConfiguration: { Enabled: true } };
    const smsOff = programFiles(withSms, totpOnly, options).program;
    assert.match(smsOff, /smsConfiguration: \{/, "the SMS configuration (for verification messages) is declared");
    assert.match(smsOff, /softwareTokenMfaConfiguration: \{\n\s+enabled: true,/);
    assert.doesNotMatch(smsOff, /smsMfaConfiguration/, "SMS is not an MFA factor on the live pool");
    const smsOn = programFiles(
      withSms,
      { ...totpOnly, SmsMfaConfiguration: { SmsConfiguration: smsConfiguration } },
      options,
    ).program;
    assert.match(smsOn, /smsMfaConfiguration: \{/, "SMS is an MFA factor on the live pool");
  });

  it("writes a Pulumi.yaml for a TypeScript nodejs project named after the pool, and a pinned package.json", function () {
    const { pool, mfa } = loadDescribeFixture("every-field");
    const files = programFiles(pool, mfa, options);
    assert.equal(files.name, "every-field-pool");
    assert.equal(
      files.pulumiYaml,
      [
        "name: every-field-pool",
        'description: "Cognito user pool every field pool (eu-west-1_EveryField9), adopted from its live settings"',
        "runtime:",
        "  name: nodejs",
        "  options:",
        "    typescript: true",
        "",
      ].join("\n"),
    );
    const pkg = JSON.parse(files.packageJson) as { dependencies: Record<string, string>; main: string };
    assert.deepEqual(pkg.dependencies, { "@pulumi/pulumi": "3.248.0", "pulumi-cognito-userpool": "0.1.0" });
    assert.equal(pkg.main, "index.ts");
  });

  it("names projects and resources after the pool", function () {
    assert.equal(nameFromPool("My App Users (prod)"), "my-app-users-prod");
    assert.equal(nameFromPool("__"), "user-pool");
    assert.equal(nameFromPool(undefined), "user-pool");
  });

  it("quotes strings as JSON and keys only where needed", function () {
    assert.equal(tsLiteral('say "hi"\n{####}'), '"say \\"hi\\"\\n{####}"');
    assert.equal(tsLiteral({ b: 1, a: ["x", "y"], "c-d": true }), '{\n  a: ["x", "y"],\n  b: 1,\n  "c-d": true,\n}');
    assert.equal(tsLiteral([{ name: "x" }]), '[\n  {\n    name: "x",\n  },\n]');
  });

  it("compiles (tsc --noEmit, strict) against the typed UserPoolArgs, for every fixture", function () {
    this.timeout(120_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "generated-programs-"));
    try {
      const files: string[] = [];
      for (const name of DESCRIBE_FIXTURES) {
        const { pool, mfa } = loadDescribeFixture(name);
        const file = `${name.replace(/\W/g, "-")}.ts`;
        fs.writeFileSync(path.join(dir, file), programFiles(pool, mfa, options).program);
        files.push(file);
      }
      // A wrong value must fail, so the check is not vacuous.
      const { pool, mfa } = loadDescribeFixture("untouched.moto");
      const broken = programFiles(pool, mfa, options).program.replace(
        'poolName: "untouched",',
        'poolName: "untouched",\n  deletionProtection: "SOMETIMES",',
      );
      fs.writeFileSync(path.join(dir, "broken.ts"), broken);
      files.push("broken.ts");
      fs.writeFileSync(
        path.join(dir, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            target: "ES2022",
            module: "commonjs",
            moduleResolution: "node",
            strict: true,
            noEmit: true,
            skipLibCheck: true,
            esModuleInterop: true,
            types: [],
            typeRoots: [path.join(repoRoot, "node_modules", "@types")],
            baseUrl: dir,
            // The package as its users import it, from this checkout's sources.
            paths: { "pulumi-cognito-userpool": [path.join(repoRoot, "sdk", "index.ts")] },
          },
          files,
        }),
      );
      const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", dir, "--pretty", "false"], {
        encoding: "utf8",
        cwd: dir,
      });
      const errors = tsc.stdout.split("\n").filter((line) => /error TS/.test(line));
      assert.ok(errors.length > 0, "the broken program must not compile");
      assert.deepEqual(
        errors.filter((line) => !line.startsWith("broken.ts")),
        [],
        "generated programs compile",
      );
      assert.ok(
        errors.every((line) => /SOMETIMES/.test(line)),
        errors.join("\n"),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("generate: the command", function () {
  const cognito = mockClient(CognitoIdentityProviderClient);
  const { pool, mfa } = loadDescribeFixture("reference.moto");
  let out: string;
  let err: string;
  let clients: ClientSettings[];
  const io = {
    stdout: (text: string) => void (out += text),
    stderr: (text: string) => void (err += text),
    client: (settings: ClientSettings) => {
      clients.push(settings);
      return new CognitoIdentityProviderClient({
        region: settings.region ?? "us-east-1",
        credentials: { accessKeyId: "a", secretAccessKey: "b" },
        ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
      });
    },
  };

  function awsError(name: string, message: string): Error {
    const error = new Error(message);
    error.name = name;
    return error;
  }

  beforeEach(function () {
    out = "";
    err = "";
    clients = [];
    cognito.reset();
    cognito.on(DescribeUserPoolCommand).resolves({ UserPool: pool });
    cognito.on(GetUserPoolMfaConfigCommand).resolves(mfa);
  });

  after(function () {
    cognito.restore();
  });

  it("prints the program to stdout without --out", async function () {
    const code = await runGenerate(["--user-pool-id", "us-east-1_ReferenceExample1", "--region", "us-east-1"], io);
    assert.equal(code, 0, err);
    assert.equal(out, programFiles(pool, mfa, { ...options, userPoolId: "us-east-1_ReferenceExample1" }).program);
    assert.deepEqual(cognito.commandCalls(DescribeUserPoolCommand)[0].args[0].input, {
      UserPoolId: "us-east-1_ReferenceExample1",
    });
    assert.equal(cognito.commandCalls(GetUserPoolMfaConfigCommand).length, 1);
  });

  it("writes the program, Pulumi.yaml, package.json and tsconfig.json with --out, and refuses to overwrite without --force", async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "generate-out-"));
    try {
      const file = path.join(dir, "project", "index.ts");
      const args = [
        "--user-pool-id",
        "us-east-1_ReferenceExample1",
        "--region",
        "us-east-1",
        "--endpoint",
        "http://127.0.0.1:1",
        "--out",
        file,
      ];
      assert.equal(await runGenerate(args, io), 0, err);
      assert.deepEqual(fs.readdirSync(path.dirname(file)).sort(), [
        "Pulumi.yaml",
        "index.ts",
        "package.json",
        "tsconfig.json",
      ]);
      assert.match(fs.readFileSync(file, "utf8"), /adoptUserPoolId: "us-east-1_ReferenceExample1"/);
      assert.match(fs.readFileSync(path.join(dir, "project", "Pulumi.yaml"), "utf8"), /^name: my-test-user-pool$/m);
      assert.equal(clients.at(-1)?.endpoint, "http://127.0.0.1:1");
      assert.match(err, /pulumi config set cognito:region us-east-1/);

      err = "";
      assert.equal(await runGenerate(args, io), 1);
      assert.match(err, /already exist; pass --force to overwrite/);
      assert.equal(await runGenerate([...args, "--force"], io), 0, err);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("says clearly that the pool does not exist, naming the id and the region", async function () {
    cognito
      .on(DescribeUserPoolCommand)
      .rejects(awsError("ResourceNotFoundException", "User pool us-east-1_Nope1 does not exist."));
    assert.equal(await runGenerate(["--user-pool-id", "us-east-1_Nope1", "--region", "us-east-1"], io), 1);
    assert.match(err, /^error: No user pool us-east-1_Nope1 in region us-east-1\. Check the id/);
    assert.equal(out, "");
  });

  it("says clearly that there are no credentials", async function () {
    cognito
      .on(DescribeUserPoolCommand)
      .rejects(awsError("CredentialsProviderError", "Could not load credentials from any providers"));
    assert.equal(await runGenerate(["--user-pool-id", "us-east-1_Nope1", "--region", "us-east-1"], io), 1);
    assert.match(err, /No AWS credentials found to call DescribeUserPool .*AWS_PROFILE or pass --profile/);
  });

  it("says clearly that credentials were rejected", async function () {
    cognito
      .on(DescribeUserPoolCommand)
      .rejects(awsError("UnrecognizedClientException", "The security token included in the request is invalid."));
    assert.equal(await runGenerate(["--user-pool-id", "us-east-1_Nope1", "--region", "us-east-1"], io), 1);
    assert.match(err, /AWS rejected the credentials/);
  });

  it("refuses a region that is not the one the id names, before any call", async function () {
    assert.equal(await runGenerate(["--user-pool-id", "us-east-1_Nope1", "--region", "eu-west-1"], io), 1);
    assert.match(
      err,
      /User pool us-east-1_Nope1 is in region us-east-1 \(its id says so\), but the region from --region is eu-west-1\. Pass --region us-east-1\./,
    );
    assert.equal(cognito.calls().length, 0);
  });

  it("takes the region from the id when none is configured, and any region for an emulator's ids", async function () {
    const saved = {
      AWS_REGION: process.env.AWS_REGION,
      AWS_DEFAULT_REGION: process.env.AWS_DEFAULT_REGION,
      AWS_CONFIG_FILE: process.env.AWS_CONFIG_FILE,
    };
    delete process.env.AWS_REGION;
    delete process.env.AWS_DEFAULT_REGION;
    process.env.AWS_CONFIG_FILE = path.join(os.tmpdir(), "no-such-aws-config");
    try {
      const chainless = {
        ...io,
        client: (s: ClientSettings) => (
          clients.push(s),
          new CognitoIdentityProviderClient({
            ...(s.region ? { region: s.region } : {}),
            credentials: { accessKeyId: "a", secretAccessKey: "b" },
          })
        ),
      };
      assert.equal(await runGenerate(["--user-pool-id", "eu-central-1_Abc1"], chainless), 0, err);
      assert.equal(clients.at(-1)?.region, "eu-central-1");
      assert.equal(await runGenerate(["--user-pool-id", "local_Abc1", "--region", "us-east-1"], io), 0, err);
      err = "";
      assert.equal(await runGenerate(["--user-pool-id", "local_Abc1"], chainless), 1);
      assert.match(err, /No region: pass --region/);
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });

  it("explains usage errors with exit code 2", async function () {
    assert.equal(await runGenerate([], io), 2);
    assert.match(err, /--user-pool-id is required/);
    err = "";
    assert.equal(await runGenerate(["--user-pool-id", "not an id"], io), 2);
    assert.match(err, /is not a user pool id/);
    err = "";
    assert.equal(await runGenerate(["--user-pool-id", "us-east-1_a", "--bogus"], io), 2);
    assert.match(err, /Unknown option '--bogus'/);
    assert.equal(await runGenerate(["--help"], io), 0);
    assert.match(out, /Usage: pulumi-cognito-userpool generate/);
  });
});
