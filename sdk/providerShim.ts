/**
 * The provider object Pulumi serialises into state for every UserPool. It holds no implementation:
 * each method loads `pulumi-cognito-userpool/provider` by package name when called and forwards.
 * So state stays small, identical across package versions (an upgrade shows no diff), and the
 * running code is always the installed package's, never a copy frozen in state. Every byte here is
 * stored twice per resource (inputs and outputs), hence the terse methods.
 */
import type * as pulumi from "@pulumi/pulumi";

type Implementation = Required<pulumi.dynamic.ResourceProvider>;

const impl = (): Implementation => require("pulumi-cognito-userpool/provider").userPoolProvider;

export const userPoolProviderShim: pulumi.dynamic.ResourceProvider = {
  configure: (req) => impl().configure(req),
  check: (olds, news) => impl().check(olds, news),
  diff: (id, olds, news) => impl().diff(id, olds, news),
  create: (inputs) => impl().create(inputs),
  read: (id, props) => impl().read(id, props),
  update: (id, olds, news) => impl().update(id, olds, news),
  delete: (id, props) => impl().delete(id, props),
};
