/** The validation limits in words, by API path, for the generated arg documentation. */
import { FIELD_RULES } from "./index";
import type { FieldRule } from "./rules";

function describeRule(rule: FieldRule): string | undefined {
  switch (rule.kind) {
    case "length":
      return rule.max === undefined ? `at least ${rule.min} characters` : `${rule.min}-${rule.max} characters`;
    case "range":
      return `${rule.min} to ${rule.max}`;
    case "pattern":
    case "charset":
      return `${rule.describe} (pattern \`${rule.awsPattern}\`)`;
    case "contains":
      return `must contain ${rule.placeholder} (${rule.describe})`;
    case "items":
      return `${rule.min}-${rule.max} entries`;
    case "notPrefix":
      return `must not start with "${rule.prefix}"`;
    case "enum":
      return undefined; // the generated type already lists the values
  }
}

/** `Schema.Name` for the rule path ["Schema", "*", "Name"]: list and map wildcards dropped. */
function dottedPath(rule: FieldRule): string {
  return rule.path.filter((segment) => segment !== "*" && segment !== "{key}").join(".");
}

export function limitsFor(apiPath: string): string[] {
  return FIELD_RULES.filter((rule) => dottedPath(rule) === apiPath)
    .map(describeRule)
    .filter((text): text is string => text !== undefined);
}
