/**
 * What a person does in the console or with `aws cognito-idp update-user-pool`: the pool's current
 * settings, one change, saved. UpdateUserPool resets what it is not given, so the request carries
 * every updatable member the pool reports.
 */
import {
  DescribeUserPoolCommand,
  UpdateUserPoolCommand,
  type CognitoIdentityProviderClient,
  type UpdateUserPoolRequest,
} from "@aws-sdk/client-cognito-identity-provider";
import { SHAPES } from "../provider/naming";

/** Sets the pool's password MinimumLength outside Pulumi, keeping every other setting. */
export async function changeMinimumLengthOutsidePulumi(
  client: CognitoIdentityProviderClient,
  id: string,
  length: number,
): Promise<void> {
  const pool = (await client.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool as Record<string, unknown>;
  const request: Record<string, unknown> = { UserPoolId: id };
  for (const member of Object.keys(SHAPES.UpdateUserPoolRequest.members)) {
    const live = pool[member === "PoolName" ? "Name" : member];
    if (live !== undefined && member !== "UserPoolId") request[member] = live;
  }
  const policies = request.Policies as { PasswordPolicy: Record<string, unknown> };
  policies.PasswordPolicy.MinimumLength = length;
  await client.send(new UpdateUserPoolCommand(request as unknown as UpdateUserPoolRequest));
}
