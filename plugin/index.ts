#!/usr/bin/env node
/**
 * pulumi-resource-cognito-userpool: the resource plugin the Pulumi engine starts for
 * `cognito-userpool:index:UserPool` (pulumi import, Pulumi YAML, generated SDKs). It prints the
 * port of its gRPC server and serves the provider core until the engine stops it.
 */
import { UserPoolPlugin } from "./provider";
import { serve } from "./server";

void serve(new UserPoolPlugin(), process.argv.slice(2));
