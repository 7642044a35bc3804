/**
 * The provider object Pulumi serialises into state for every UserPool. It holds no implementation:
 * each method loads `pulumi-cognito-userpool/provider` by package name when called and forwards.
 * So state stays small, identical across package versions (an upgrade shows no diff), and the
 * running code is always the installed package's, never a copy frozen in state.
 */
import type * as pulumi from "@pulumi/pulumi";

type Method = "configure" | "check" | "diff" | "create" | "read" | "update" | "delete";

function forward(method: Method) {
  return (...args: unknown[]): Promise<unknown> => {
    const implementation = require("pulumi-cognito-userpool/provider").userPoolProvider;
    return implementation[method](...args);
  };
}

export const userPoolProviderShim = {
  configure: forward("configure"),
  check: forward("check"),
  diff: forward("diff"),
  create: forward("create"),
  read: forward("read"),
  update: forward("update"),
  delete: forward("delete"),
} as unknown as pulumi.dynamic.ResourceProvider;
