import * as assert from "node:assert/strict";
import { compliantPool, dotted, KINDS, PATH, poolWith, TYPE, withPath } from "./fixtures";
import { check, NAMES } from "./harness";

const POLICY = NAMES.requiredTags;

describe("policy cognito-user-pool-required-tags", function () {
  for (const kind of KINDS) {
    const tags = dotted(PATH.tags[kind]);

    describe(`on ${TYPE[kind]}`, function () {
      const type = TYPE[kind];

      it("without configured tags, requires at least one tag (AWS Config cognito-user-pool-tagged)", async function () {
        assert.deepEqual(await check(POLICY, type, compliantPool(kind)), { violations: [] });
        assert.deepEqual(
          (await check(POLICY, type, withPath(compliantPool(kind), PATH.tags[kind], undefined))).violations,
          [`Cognito user pool 'pool' must carry at least one tag (it has none); add one to ${tags}.`],
        );
      });

      it("does not count tags whose key starts with aws:, as AWS Config does not", async function () {
        const reserved = withPath(compliantPool(kind), PATH.tags[kind], { "aws:cloudformation:stack-name": "s" });
        assert.equal((await check(POLICY, type, reserved)).violations.length, 1);
      });

      it("passes a pool carrying every required tag", async function () {
        const config = { requiredTags: ["owner", "env"] };
        assert.deepEqual(await check(POLICY, type, compliantPool(kind), { config }), { violations: [] });
        assert.deepEqual(await check(POLICY, type, compliantPool(kind), { guard: { requiredTags: config } }), {
          violations: [],
        });
      });

      it("fails a pool missing required tags, naming them and where to add them", async function () {
        const config = { requiredTags: ["owner", "cost-center", "data-class"] };
        assert.deepEqual((await check(POLICY, type, compliantPool(kind), { config })).violations, [
          `Cognito user pool 'pool' must carry the tags "cost-center" and "data-class" (missing); add them to ${tags}.`,
        ]);
        const none = withPath(compliantPool(kind), PATH.tags[kind], undefined);
        assert.deepEqual((await check(POLICY, type, none, { config: { requiredTags: ["owner"] } })).violations, [
          `Cognito user pool 'pool' must carry the tag "owner" (missing); add it to ${tags}.`,
        ]);
      });

      it("matches tag keys exactly", async function () {
        const { violations } = await check(POLICY, type, compliantPool(kind), { config: { requiredTags: ["Owner"] } });
        assert.equal(violations.length, 1);
      });
    });
  }

  it("counts @pulumi/aws provider default tags (tagsAll)", async function () {
    const props = poolWith("aws", [["tags"], { env: "prod" }], [["tagsAll"], { env: "prod", owner: "platform" }]);
    assert.deepEqual(await check(POLICY, TYPE.aws, props, { config: { requiredTags: ["owner", "env"] } }), {
      violations: [],
    });
  });
});
