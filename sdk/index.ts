export { UserPool, type UserPoolDeclaredOutputs } from "./userPool";
export { getUserPool, getUserPoolOutput, type GetUserPoolArgs, type GetUserPoolResult } from "./getUserPool";
export * from "./types";
