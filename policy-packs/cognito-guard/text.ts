/** Wording shared by violation messages. */

/** A value as a program would write it: strings quoted, lists in brackets. */
export function literal(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/**
 * What the program has for a setting: `got "AUDIT"`, or, when it leaves the setting out,
 * `not set, so Cognito's default "OFF" applies`.
 */
export function got(value: unknown, cognitoDefault: unknown): string {
  return value === undefined
    ? `not set, so Cognito's default ${literal(cognitoDefault)} applies`
    : `got ${literal(value)}`;
}

/** `"a", "b" and "c"`. */
export function listOf(values: readonly string[]): string {
  const quoted = values.map((v) => literal(v));
  return quoted.length <= 1 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}
