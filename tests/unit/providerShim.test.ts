import * as assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import { USER_POOL_PROVIDER_TEXT } from "../../sdk/providerShim";
import { userPoolProvider } from "../../provider/userPoolProvider";

/**
 * Loads the text as the Node.js dynamic provider host does (a module whose `handler()` gives the
 * provider), with `require` answered by `modules`: what the text asks for, and nothing else.
 */
function loadProviderText(modules: Record<string, unknown>): { provider: unknown; required: string[] } {
  const required: string[] = [];
  const module = { exports: {} as { handler?: () => unknown } };
  const fakeRequire = (name: string): unknown => {
    required.push(name);
    if (!(name in modules)) throw new Error(`the provider text required ${name}`);
    return modules[name];
  };
  new Function("exports", "require", "module", USER_POOL_PROVIDER_TEXT)(module.exports, fakeRequire, module);
  const handler = module.exports.handler;
  assert.equal(typeof handler, "function", "the text exports a handler, as the dynamic provider host calls it");
  return { provider: (handler as () => unknown)(), required };
}

describe("the serialised provider (__provider)", function () {
  it("is at most 100 bytes, against 2.2 KB for the serialised closure it replaces (stored twice per pool)", async function () {
    assert.ok(USER_POOL_PROVIDER_TEXT.length <= 100, `__provider is ${USER_POOL_PROVIDER_TEXT.length} bytes`);
    // What pulumi.dynamic.Resource would store for a provider that forwards the same way.
    const forwarding: pulumi.dynamic.ResourceProvider = {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the old shim's form, by package name
      create: (inputs) => require("pulumi-cognito-userpool/provider").userPoolProvider.create(inputs),
    };
    const serialised = (await pulumi.runtime.serializeFunction(() => forwarding, { allowSecrets: true })).text;
    assert.ok(serialised.length > USER_POOL_PROVIDER_TEXT.length * 5, `${serialised.length} bytes`);
  });

  it("holds no credential or setting: only the package's provider module, loaded by name when called", function () {
    assert.doesNotMatch(USER_POOL_PROVIDER_TEXT, /AKIA|SECRET|TOKEN|region|endpoint/i);
    const { provider, required } = loadProviderText({
      "pulumi-cognito-userpool/provider": { userPoolProvider },
    });
    assert.deepEqual(required, ["pulumi-cognito-userpool/provider"]);
    assert.equal(provider, userPoolProvider, "the installed package's provider, not a copy frozen in state");
  });

  it("gives the dynamic provider host every provider method", function () {
    const { provider } = loadProviderText({ "pulumi-cognito-userpool/provider": { userPoolProvider } });
    for (const method of ["configure", "check", "diff", "create", "read", "update", "delete"]) {
      assert.equal(typeof (provider as Record<string, unknown>)[method], "function", method);
    }
  });
});
