import type { Flag } from "./flags";

/**
 * What every engine calculation returns: a value, or null when it can't be computed, and the flags
 * that say why or what a person should look at. The engine never throws on user data.
 */
export interface Outcome<T> {
  readonly value: T | null;
  readonly flags: readonly Flag[];
}

export function computed<T>(value: T, flags: readonly Flag[] = []): Outcome<T> {
  return { value, flags };
}

export function notComputable<T>(...flags: Flag[]): Outcome<T> {
  return { value: null, flags };
}
