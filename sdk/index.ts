export { UserPool, type UserPoolDeclaredOutputs } from "./userPool";
export * from "./types";
