import type { RaisedFlag } from "./flags";

/**
 * What every engine calculation returns: a value, or null when it can't be computed, and the flags
 * that say why or what a person should look at. The engine never throws on user data.
 */
export interface Outcome<T> {
  readonly value: T | null;
  readonly flags: readonly RaisedFlag[];
}

export function computed<T>(value: T, flags: readonly RaisedFlag[] = []): Outcome<T> {
  return { value, flags };
}

export function notComputable<T>(...flags: RaisedFlag[]): Outcome<T> {
  return { value: null, flags };
}

/**
 * Gathers the flags of a run of steps, each of which returns an Outcome: the one place where a
 * calculation made of several steps collects what they raised, in order.
 */
export class FlagTrail {
  private readonly raised: RaisedFlag[] = [];

  /** The step's value (or null), its flags kept. */
  take<T>(outcome: Outcome<T>): T | null {
    this.raised.push(...outcome.flags);
    return outcome.value;
  }

  add(...flags: readonly RaisedFlag[]): void {
    this.raised.push(...flags);
  }

  get flags(): readonly RaisedFlag[] {
    return this.raised;
  }
}
