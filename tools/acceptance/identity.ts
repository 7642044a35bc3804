/**
 * The acceptance tier's gate: it runs against the AWS account of the standard credential chain only
 * when asked to (`COGNITO_ACCEPTANCE=1`) and only when that chain yields an identity (STS
 * GetCallerIdentity answers). Everything else about where it runs (credentials, region, endpoint)
 * is the AWS SDK's own chain, so the same code runs against an account or, with `AWS_ENDPOINT_URL`
 * set, against moto.
 */
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";

export const OPT_IN_VARIABLE = "COGNITO_ACCEPTANCE";

/** Where the tier will create pools: the account and principal STS names, and the region. */
export interface AcceptanceIdentity {
  account: string;
  arn: string;
  region: string;
}

/** Why the tier refuses to start; its message says what to do. Nothing was created. */
export class AcceptanceRefused extends Error {
  override readonly name = "AcceptanceRefused";
}

/** The part of an STS client the gate uses (a real client, or a mocked one in unit tests). */
export type IdentityClient = Pick<STSClient, "send" | "config">;

/**
 * Resolves the identity the tier will act as, or throws {@link AcceptanceRefused}. The region is
 * the one the STS client resolved from the chain (AWS_REGION, the profile's region), the same one
 * the provider and the tests' own clients resolve.
 */
export async function acceptanceIdentity(
  env: NodeJS.ProcessEnv,
  sts: IdentityClient = new STSClient({ maxAttempts: 2 }),
): Promise<AcceptanceIdentity> {
  if (env[OPT_IN_VARIABLE] !== "1") {
    throw new AcceptanceRefused(
      `The AWS acceptance tier creates and deletes real Cognito user pools in your AWS account. ` +
        `It runs only when you opt in: set ${OPT_IN_VARIABLE}=1 (got ${
          env[OPT_IN_VARIABLE] === undefined ? "unset" : JSON.stringify(env[OPT_IN_VARIABLE])
        }). See docs/acceptance.md for the permissions it needs and what it costs.`,
    );
  }
  let region: string;
  try {
    region = await sts.config.region();
  } catch (error) {
    throw new AcceptanceRefused(
      `No AWS region: set AWS_REGION (or a region in your AWS profile). (${(error as Error).message})`,
    );
  }
  try {
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    if (!identity.Account || !identity.Arn) throw new Error("GetCallerIdentity returned no Account or Arn");
    return { account: identity.Account, arn: identity.Arn, region };
  } catch (error) {
    const failure = error as Error;
    throw new AcceptanceRefused(
      `The AWS credential chain yields no identity (STS GetCallerIdentity in ${region} failed: ` +
        `${failure.name}: ${failure.message}). Configure credentials the way the AWS CLI finds them ` +
        `(AWS_PROFILE, SSO, environment variables, an instance role), then run again.`,
    );
  }
}
