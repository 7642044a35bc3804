import * as assert from "node:assert/strict";
import { growthExponent } from "../../bench/scale";
import { stateBreakdown } from "../../bench/stateSize";

describe("bench --scale: growth exponent and state breakdown", function () {
  it("fits the exponent of seconds ≈ a·N^b: 1 for linear, 2 for quadratic, none from one point", function () {
    const sizes = [100, 300, 1000];
    assert.ok(Math.abs((growthExponent(sizes.map((n) => ({ n, seconds: 0.2 * n }))) ?? 0) - 1) < 1e-9);
    assert.ok(Math.abs((growthExponent(sizes.map((n) => ({ n, seconds: 3e-5 * n * n }))) ?? 0) - 2) < 1e-9);
    assert.equal(growthExponent([{ n: 100, seconds: 5 }]), undefined);
  });

  it("counts compact JSON bytes per resource and per input and output key", function () {
    const resource = { type: "t", inputs: { a: "xy" }, outputs: { a: "xy", b: [1, 2] } };
    const breakdown = stateBreakdown([resource, resource]);
    assert.equal(breakdown.bytesPerResource, JSON.stringify(resource).length);
    assert.equal(breakdown.byKey["outputs.b"], '"b":[1,2],'.length);
    assert.equal(breakdown.byKey["inputs.a"], '"a":"xy",'.length);
  });
});
