/**
 * The yearly quantiles of preparation time and the dispersion bands built from them. Apart from the schema so that
 * the browser, which recomputes the duration statistics for a chosen band, never loads zod.
 */

/** Quantile columns of a year, named by their percent: q05 is the 5th percentile. */
export const QUANTILE_KEYS = ["q05", "q10", "q25", "q33", "q66", "q75", "q90", "q95"] as const;

export type QuantileKey = (typeof QUANTILE_KEYS)[number];

/** The reference's four bands, default first: the interquartile range, then wide, very wide and narrow. */
export const BANDS: ReadonlyArray<{low: QuantileKey; high: QuantileKey}> = [
  {low: "q25", high: "q75"},
  {low: "q10", high: "q90"},
  {low: "q05", high: "q95"},
  {low: "q33", high: "q66"}
];

/** A band's key, as in the snapshot and the URL: `q25_q75`. */
export function bandKey(band: {low: QuantileKey; high: QuantileKey}): string {
  return `${band.low}_${band.high}`;
}

/** The percent of a quantile column: 25 for q25. */
export function percentOf(key: QuantileKey): number {
  return Number(key.slice(1));
}
