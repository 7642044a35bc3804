/**
 * The `__provider` text Pulumi stores for every UserPool, in its inputs and again in its outputs.
 * The Node.js dynamic provider host loads it with require-from-string and calls its `handler` for
 * the provider object (@pulumi/pulumi cmd/dynamic-provider/index.js, `getProvider`:
 * `requireFromString(providerString).handler()`), resolving `require` from the program's folder.
 * So the text needs only load the implementation, `pulumi-cognito-userpool/provider`, by package
 * name at call time: state stays small, identical across package versions (an upgrade shows no
 * diff; `diff` ignores this key), and the running code is always the installed package's, never
 * a copy frozen in state.
 *
 * It is written here rather than produced by `pulumi.runtime.serializeFunction` (what
 * `pulumi.dynamic.Resource` does), whose closure format took 2.2 KB for the same forwarding, paid
 * twice per pool in every checkpoint write (issue 20).
 * https://github.com/pulumi/pulumi/blob/v3.248.0/sdk/nodejs/cmd/dynamic-provider/index.ts
 */
export const USER_POOL_PROVIDER_TEXT =
  'exports.handler=()=>require("pulumi-cognito-userpool/provider").userPoolProvider;';
