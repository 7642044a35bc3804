/**
 * The guard through @pulumi/policy's own analyzer RPC handlers (the functions its gRPC server
 * runs for the engine's Analyze and Remediate calls), on requests built the way the engine builds
 * them: checks what the other tests assume about proxies, levels and serialisation.
 */
import * as assert from "node:assert/strict";
import { createRequire } from "node:module";
import type { EnforcementLevel, ResourceValidationPolicy } from "@pulumi/policy";
import { cognitoGuardPolicies, type CognitoGuardArgs } from "../../../policy-packs/cognito-guard/guard";
import { UNKNOWN } from "../../support/policyArgs";
import { compliantPool, KINDS, poolWith, SMS_CONFIGURATION, TYPE } from "./fixtures";
import { NAMES } from "./harness";

const load = createRequire(__filename);
const loadFromPulumi = createRequire(load.resolve("@pulumi/pulumi/package.json"));

interface Message {
  [method: string]: (...args: unknown[]) => unknown;
}
type MessageClass = new () => Message;
type Handler = (call: { request: Message }, callback: (error: unknown, response?: Message) => void) => void;

const server = load("@pulumi/policy/server") as {
  makeAnalyzeRpcFun(
    name: string,
    version: string,
    level: EnforcementLevel,
    policies: ResourceValidationPolicy[],
  ): Handler;
  makeRemediateRpcFun(
    name: string,
    version: string,
    level: EnforcementLevel,
    policies: ResourceValidationPolicy[],
  ): Handler;
};
const analyzer = loadFromPulumi("./proto/analyzer_pb") as Record<string, MessageClass> & {
  EnforcementLevel: Record<string, number>;
};
const { Struct } = loadFromPulumi("google-protobuf/google/protobuf/struct_pb") as {
  Struct: { fromJavaScript(value: unknown): Message };
};

function request(type: string, name: string, props: Record<string, unknown>): Message {
  const req = new analyzer.AnalyzeRequest();
  req.setType(type);
  req.setName(name);
  req.setUrn(`urn:pulumi:dev::app::${type}::${name}`);
  req.setProperties(Struct.fromJavaScript(props));
  req.setOptions(new analyzer.AnalyzerResourceOptions());
  return req;
}

function call(handler: Handler, req: Message): Promise<Message> {
  return new Promise((resolve, reject) =>
    handler({ request: req }, (error, response) => (error ? reject(error) : resolve(response as Message))),
  );
}

const LEVEL_NAMES = Object.fromEntries(Object.entries(analyzer.EnforcementLevel).map(([k, v]) => [v, k.toLowerCase()]));

async function analyze(args: CognitoGuardArgs, type: string, props: Record<string, unknown>) {
  const { policies } = cognitoGuardPolicies(args);
  const response = await call(
    server.makeAnalyzeRpcFun("cognito-guard", "0.1.0", "advisory", policies),
    request(type, "users", props),
  );
  const diagnostics = (response.getDiagnosticsList() as Message[]).map((d) => ({
    policy: d.getPolicyname() as string,
    level: LEVEL_NAMES[d.getEnforcementlevel() as number],
    message: d.getMessage() as string,
  }));
  const notApplicable = (response.getNotApplicableList() as Message[]).map((n) => n.getPolicyName() as string);
  return { diagnostics, notApplicable };
}

describe("CognitoGuard through @pulumi/policy's analyzer RPC handlers", function () {
  it("reports nothing for a compliant pool of each type", async function () {
    for (const kind of KINDS) {
      assert.deepEqual((await analyze({}, TYPE[kind], compliantPool(kind))).diagnostics, [], kind);
    }
  });

  it("reports violations at each policy's level, the description first, and skips disabled policies", async function () {
    const props = poolWith(
      "dynamic",
      [["deletionProtection"], "INACTIVE"],
      [["usernameConfiguration"], undefined],
      [["userPoolTags"], undefined],
    );
    const { diagnostics } = await analyze({}, TYPE.dynamic, props);
    assert.deepEqual(
      diagnostics.map((d) => [d.policy, d.level]),
      [
        [NAMES.deletionProtection, "mandatory"],
        [NAMES.caseInsensitiveUsernames, "advisory"],
      ],
    );
    assert.match(
      diagnostics[0].message,
      /^Cognito user pools must have deletion protection ACTIVE\. .*\nCognito user pool 'users' must have deletion protection ACTIVE \(got "INACTIVE"\); set deletionProtection: "ACTIVE"\.$/s,
    );
  });

  it("turns a value unknown during preview into an advisory note for the one policy that reads it", async function () {
    const props = poolWith(
      "aws",
      [["deletionProtection"], UNKNOWN.string],
      [["smsConfiguration"], { ...SMS_CONFIGURATION, snsCallerArn: UNKNOWN.string }],
    );
    const { diagnostics } = await analyze({}, TYPE.aws, props);
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    assert.equal(diagnostics[0].policy, NAMES.deletionProtection);
    assert.equal(diagnostics[0].level, "advisory");
    assert.match(
      diagnostics[0].message,
      /can't run policy .* during preview: string value at \.deletionProtection can't be known/,
    );
  });

  it("marks the policies not applicable to other resource types", async function () {
    const { diagnostics, notApplicable } = await analyze({}, "aws:s3/bucket:Bucket", { bucket: "b" });
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(
      notApplicable.sort(),
      Object.values(NAMES)
        .filter((n) => n !== NAMES.requiredTags)
        .sort(),
    );
  });

  it("remediates deletion protection at level remediate, keeping the other props", async function () {
    const { policies } = cognitoGuardPolicies({ deletionProtection: "remediate" });
    const props = poolWith("awsNative", [["deletionProtection"], "INACTIVE"]);
    const response = await call(
      server.makeRemediateRpcFun("cognito-guard", "0.1.0", "advisory", policies),
      request(TYPE.awsNative, "users", props),
    );
    const remediations = response.getRemediationsList() as Message[];
    assert.deepEqual(
      remediations.map((r) => r.getPolicyname()),
      [NAMES.deletionProtection],
    );
    const remediated = (remediations[0].getProperties() as { toJavaScript(): unknown }).toJavaScript();
    assert.deepEqual(remediated, { ...props, deletionProtection: "ACTIVE" });
  });
});
