import * as pulumi from "@pulumi/pulumi";
import { UserPool } from "pulumi-cognito-userpool";

const config = new pulumi.Config();

const pool = new UserPool("minimal", {
  poolName: config.get("poolName") ?? "minimal-pool",
  deletionProtection: config.get("deletionProtection") === "ACTIVE" ? "ACTIVE" : "INACTIVE",
});

export const userPoolId = pool.id;
export const userPoolArn = pool.arn;
