/** Timing helpers: medians of repeated runs, so one slow run (GC, the other core busy) doesn't decide. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nanoseconds per call of `body`, the median of `runs` batches of `calls` calls. */
export function nsPerCall(body: (i: number) => unknown, calls: number, runs: number): number {
  let sink = 0;
  const samples: number[] = [];
  for (let r = 0; r < runs + 1; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) if (body(i) === sink) sink++;
    const elapsed = Number(process.hrtime.bigint() - start);
    if (r > 0) samples.push(elapsed / calls); // the first batch warms the JIT up
  }
  if (sink === -1) console.log(sink);
  return median(samples);
}

export const fmt = (n: number, digits = 2) =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
