/**
 * The validation limits in words, for the generated arg documentation (sdk/types.ts and the
 * plugin schema): the shapes table's limits and pattern, plus what only the provider's rules say
 * (placeholders in messages, tag keys and values).
 */
import { USER_POOL_FIELDS } from "../provider/fields";
import { argPath, type MemberSpec } from "../provider/naming";
import { TEMPLATES } from "../provider/validation/messages";
import { TAG_LIMITS } from "../provider/validation/tags";

/** `member`'s limits; `apiPath` is where it stands, e.g. `VerificationMessageTemplate.SmsMessage`. */
export function limitsFor(member: MemberSpec, apiPath: string): string[] {
  const out: string[] = [];
  const { kind, min, max } = member;
  if (min !== undefined || max !== undefined) {
    const low = min ?? 0;
    if (typeof kind === "object" && ("list" in kind || "map" in kind)) {
      out.push(max === undefined ? `at least ${low} entries` : `${low}-${max} entries`);
    } else if (kind === "number") out.push(`${low} to ${max ?? "any"}`);
    else out.push(max === undefined ? `at least ${low} character${low === 1 ? "" : "s"}` : `${low}-${max} characters`);
  }
  if (member.pattern !== undefined) out.push(`${member.describe ?? "text"} (pattern \`${member.pattern}\`)`);
  const segments = apiPath.split(".");
  const container = USER_POOL_FIELDS.find((f) => f.api === segments[0])?.container ?? "CreateUserPoolRequest";
  const camel = argPath(container, segments);
  for (const [path, placeholder] of TEMPLATES) {
    if (path.join(".") === camel) out.push(`must contain ${placeholder.text} (${placeholder.describe})`);
  }
  if (camel === "userPoolTags") {
    out.push(
      `0-${TAG_LIMITS.entries} entries`,
      `1-${TAG_LIMITS.key} characters`,
      `must not start with "aws:"`,
      `0-${TAG_LIMITS.value} characters`,
    );
  }
  return out;
}
