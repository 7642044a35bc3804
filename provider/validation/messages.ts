/** Message templates must carry the placeholder Cognito fills in (the API model's patterns say so). */
import { str, type Path } from "./read";
import type { Violation } from "./walk";
import { propertyPath, show } from "./text";

export interface Placeholder {
  readonly token: RegExp;
  /** As the user writes it, e.g. `{####}`. */
  readonly text: string;
  readonly describe: string;
}

const CODE: Placeholder = { token: /\{####\}/, text: "{####}", describe: "where Cognito puts the code" };
const LINK: Placeholder = {
  token: /\{##[\s\S]*##\}/,
  text: "{##...##}",
  describe: "the link text, e.g. {##Verify email##}, which Cognito turns into the verification link",
};
/** Cognito service validation: the model's pattern allows any text, the service requires {username}. */
const USERNAME: Placeholder = {
  token: /\{username\}/,
  text: "{username}",
  describe: "where Cognito puts the new user's user name",
};

/** Each template and the placeholder it must carry (also quoted in the generated docs). */
export const TEMPLATES: ReadonlyArray<readonly [Path, Placeholder]> = [
  [["smsVerificationMessage"], CODE],
  [["emailVerificationMessage"], CODE],
  [["smsAuthenticationMessage"], CODE],
  [["verificationMessageTemplate", "smsMessage"], CODE],
  [["verificationMessageTemplate", "emailMessage"], CODE],
  [["verificationMessageTemplate", "emailMessageByLink"], LINK],
  [["emailMfaConfiguration", "message"], CODE],
  [["adminCreateUserConfig", "inviteMessageTemplate", "smsMessage"], USERNAME],
  [["adminCreateUserConfig", "inviteMessageTemplate", "emailMessage"], USERNAME],
];

export function checkMessages(pool: unknown): Violation[] {
  const out: Violation[] = [];
  for (const [path, placeholder] of TEMPLATES) {
    const value = str(pool, ...path);
    if (value === undefined || placeholder.token.test(value)) continue;
    out.push({
      path,
      reason:
        `must contain the placeholder ${placeholder.text} (${placeholder.describe}); got ${show(value, path)}. ` +
        `Cognito rejects a template without it: add ${placeholder.text} to ${propertyPath(path)}.`,
    });
  }
  return out;
}
