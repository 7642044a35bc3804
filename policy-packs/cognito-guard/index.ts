// The CognitoGuard policy pack with the default levels and configuration of README.md's table.
// Configure it in code here (`new CognitoGuard({ all: "mandatory", ... })`) or, unchanged, with
// `pulumi preview --policy-pack <this directory> --policy-pack-config <file.json>`.
import { CognitoGuard } from "./guard";

new CognitoGuard();
