/** Account recovery (forgot password) options. */
import type { Violation } from "./walk";
import { arr, int, str } from "./read";
import { propertyPath } from "./text";

const MECHANISMS = ["accountRecoverySetting", "recoveryMechanisms"] as const;

export function checkRecovery(pool: unknown): Violation[] {
  const out: Violation[] = [];
  const mechanisms = arr(pool, ...MECHANISMS) ?? [];
  const priorities = new Map<number, number>();
  const names = new Map<string, number>();
  mechanisms.forEach((_m, i) => {
    const priority = int(pool, ...MECHANISMS, i, "priority");
    if (priority !== undefined) {
      const first = priorities.get(priority);
      if (first !== undefined) {
        out.push({
          path: [...MECHANISMS, i, "priority"],
          reason:
            `must differ from the other recovery mechanism's priority; got ${priority} twice (also at ` +
            `${propertyPath([...MECHANISMS, first, "priority"])}). Cognito needs a distinct order: give one ` +
            `mechanism priority 1 and the other priority 2.`,
        });
      } else {
        priorities.set(priority, i);
      }
    }
    const name = str(pool, ...MECHANISMS, i, "name");
    if (name !== undefined) {
      const first = names.get(name);
      if (first !== undefined) {
        out.push({
          path: [...MECHANISMS, i, "name"],
          reason:
            `must differ from the other recovery mechanism; got ${JSON.stringify(name)} twice (also at ` +
            `${propertyPath([...MECHANISMS, first, "name"])}). Cognito rejects a repeated mechanism: remove one.`,
        });
      } else {
        names.set(name, i);
      }
      if (name === "admin_only" && mechanisms.length > 1) {
        out.push({
          path: [...MECHANISMS, i, "name"],
          reason:
            `"admin_only" must be the only recovery mechanism; got it with ${mechanisms.length - 1} other. ` +
            `It means users cannot recover their accounts themselves, which Cognito does not allow to be combined ` +
            `with self-service options: keep only "admin_only", or remove it and keep "verified_email" / ` +
            `"verified_phone_number".`,
        });
      }
    }
  });
  return out;
}
