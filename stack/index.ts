import * as pulumi from "@pulumi/pulumi";
import { UserPool } from "pulumi-cognito-userpool";

const config = new pulumi.Config();

const pool = new UserPool("main", {
  poolName: config.get("poolName") ?? "cognito-userpool-main",
  deletionProtection: "ACTIVE",
});

export const userPoolId = pool.id;
export const userPoolArn = pool.arn;
export const userPoolName = pool.name;
