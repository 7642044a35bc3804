import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();
const count = config.requireNumber("count");
const minimumLength = config.getNumber("minimumLength") ?? 8;

// Does nothing but hand back its inputs: what any dynamic provider costs the engine.
const noop: pulumi.dynamic.ResourceProvider = {
  async create(inputs) {
    return { id: `noop-${inputs.name}`, outs: inputs };
  },
  async read(id, props) {
    return { id, props };
  },
};

class Noop extends pulumi.dynamic.Resource {
  constructor(name: string, args: Record<string, unknown>) {
    super(noop, name, args, undefined, "bench", "Noop");
  }
}

for (let i = 0; i < count; i++) {
  new Noop(`noop-${i}`, { name: `noop-${i}`, minimumLength });
}
