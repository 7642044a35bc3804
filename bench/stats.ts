/** Medians and spreads of repeated measurements. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarise(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/** Ratios of paired runs (same repeat, same N), summarised: the noise of one run hits both. */
export function ratioSummary(numerators: readonly number[], denominators: readonly number[]): Summary {
  return summarise(numerators.map((value, index) => value / denominators[index]));
}
