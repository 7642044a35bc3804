/**
 * The peers' own test cases as fixtures (tests/unit/policy/peers/): every policy of the packed
 * CognitoGuard runs on each case's resource, as the engine would run it, and the policy that
 * mirrors the case's rule must reach the peer's verdict, except for the cases listed with
 * `differsOnPurpose`, which must still differ (and which the pack's README documents). A new
 * disagreement fails here; so does a listed difference that stopped being one.
 */
import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { reconcilePolicyPackConfig, resourceValidationArgs, validate } from "../../support/policyArgs";
import { packCognitoGuard, removePacked, type PackedGuard } from "./packedGuard";
import * as awsControls from "./peers/awsControls";
import * as cdkNag from "./peers/cdkNag";
import * as prowler from "./peers/prowler";
import { translate, type PeerCase, type Verdict } from "./peers/translate";

const PEERS = [
  { file: "cdkNag.ts", ...cdkNag },
  { file: "prowler.ts", ...prowler },
  { file: "awsControls.ts", ...awsControls },
];
const README = path.join(__dirname, "../../../policy-packs/cognito-guard/README.md");

/** What the pack's policy `name` decides for one resource, with every other policy run beside it. */
async function packVerdict(
  policies: readonly ResourceValidationPolicy[],
  effective: ReturnType<typeof reconcilePolicyPackConfig>,
  name: string,
  type: string,
  props: Record<string, unknown>,
): Promise<{ verdict: Verdict; violations: string[] }> {
  let mine: { verdict: Verdict; violations: string[] } | undefined;
  for (const policy of policies) {
    const config = effective.get(policy.name)?.properties ?? {};
    const result = await validate(policy, resourceValidationArgs(type, props, { config }));
    if (policy.name !== name) continue;
    const verdict: Verdict =
      result.notApplicable !== undefined ? "not-applicable" : result.violations.length > 0 ? "fail" : "pass";
    mine = { verdict, violations: result.violations };
  }
  return mine ?? assert.fail(`the packed pack has no policy ${name}`);
}

/** "N cases ported from P: A agree, D differ on purpose", as the README states it. */
function countLine(peer: string, cases: readonly PeerCase[]): string {
  const differ = cases.filter((c) => c.differsOnPurpose !== undefined).length;
  return `${cases.length} cases ported from ${peer}: ${cases.length - differ} agree, ${differ} differ on purpose`;
}

describe("CognitoGuard (packed) against its peers' own test cases", function () {
  let packed: PackedGuard;

  before(function () {
    this.timeout(240_000);
    packed = packCognitoGuard();
  });

  after(function () {
    if (packed !== undefined) removePacked(packed);
  });

  for (const { SOURCE, CASES } of PEERS) {
    describe(`${SOURCE.peer}: ${SOURCE.repository}, ${SOURCE.paths.join(" and ")}, commit ${SOURCE.commit}`, function () {
      for (const peerCase of CASES) {
        const differs = peerCase.differsOnPurpose !== undefined;
        it(`${peerCase.id} (${peerCase.rule}): peer ${peerCase.verdict}${differs ? ", pack differs on purpose" : ""}`, async function () {
          const { policies, initialConfig } = packed.library.cognitoGuardPolicies();
          const effective = reconcilePolicyPackConfig(
            policies,
            initialConfig,
            peerCase.config === undefined ? {} : { [peerCase.policy]: { ...peerCase.config } },
          );
          for (const { kind, type, props } of translate(peerCase)) {
            const { verdict, violations } = await packVerdict(policies, effective, peerCase.policy, type, props);
            if (differs) {
              assert.notEqual(
                verdict,
                peerCase.verdict,
                `${kind}: listed as a deliberate difference, but the pack now agrees; remove differsOnPurpose and ` +
                  `its README entry`,
              );
            } else {
              assert.equal(verdict, peerCase.verdict, `${kind}: ${violations.join(" | ")}`);
            }
          }
        });
      }
    });
  }

  it("has each deliberate difference and each peer's count in the pack's README", function () {
    const readme = readFileSync(README, "utf8");
    for (const { SOURCE, CASES } of PEERS) {
      assert.ok(readme.includes(countLine(SOURCE.peer, CASES)), `README lacks "${countLine(SOURCE.peer, CASES)}"`);
      for (const c of CASES.filter((x) => x.differsOnPurpose !== undefined)) {
        assert.ok(readme.includes(c.id), `README does not document the deliberate difference "${c.id}"`);
      }
    }
  });

  it("names each fixture file's upstream source (repository, path, commit) in its header", function () {
    for (const { file, SOURCE } of PEERS) {
      const header = readFileSync(path.join(__dirname, "peers", file), "utf8").split("*/")[0];
      const names = [
        SOURCE.repository.split(":")[0],
        ...SOURCE.paths.filter((p) => !p.includes("*")),
        SOURCE.commit.split(":")[0],
      ];
      for (const name of names) assert.ok(header.includes(name), `${file}: its header does not name ${name}`);
    }
  });
});
