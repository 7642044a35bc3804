/** The pool's name and its tags. */
import type { FieldRule } from "./rules";

export const nameRules: readonly FieldRule[] = [
  { kind: "length", path: ["PoolName"], min: 1, max: 128 },
  {
    kind: "charset",
    path: ["PoolName"],
    // Java's \w (the service's regex flavour) is ASCII-only, like JavaScript's.
    char: /[\w\s+=,.@-]/,
    awsPattern: "[\\w\\s+=,.@-]+",
    describe: "letters A-Z and a-z, digits, underscores, whitespace and the characters + = , . @ -",
  },
];

export const tagRules: readonly FieldRule[] = [
  {
    kind: "items",
    path: ["UserPoolTags"],
    min: 0,
    max: 50,
    source: "Cognito tagging limits (50 tags per resource)",
    why: "Cognito allows at most 50 tags on a user pool",
  },
  {
    kind: "length",
    path: ["UserPoolTags", "{key}"],
    min: 1,
    max: 128,
    why: "Cognito rejects tag keys of other lengths",
  },
  {
    kind: "notPrefix",
    path: ["UserPoolTags", "{key}"],
    prefix: "aws:",
    source: "AWS tagging rules (the aws: prefix is reserved for AWS)",
  },
  { kind: "length", path: ["UserPoolTags", "*"], min: 0, max: 256, why: "Cognito rejects longer tag values" },
];
