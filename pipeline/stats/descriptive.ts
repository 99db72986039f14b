/**
 * Descriptive statistics on small arrays (one value per year, month or season): means, variances with an explicit
 * `ddof`, weighted moments, numpy-style quantiles, five-number summaries, CV and z-scores.
 */
import {assertFiniteArray, assertMinLength, assertSameLength, assertWeights} from "./validate.js";

/**
 * Which denominator a weighted variance uses, for weights w and weighted mean m (all match `numpy.cov`):
 * - `"population"`: Σw(x−m)² / Σw, the biased moment (`np.average((x−m)², weights=w)`, `np.cov(bias=True)`);
 * - `"reliability"`: Σw(x−m)² / (Σw − Σw²/Σw), unbiased for weights that express relative precision
 *   (`np.cov(x, aweights=w)`); equal to the population moment times n_eff/(n_eff − 1), n_eff = (Σw)²/Σw²;
 * - `"frequency"`: Σw(x−m)² / (Σw − 1), for integer repeat counts (`np.cov(x, fweights=w)`).
 */
export type WeightedVarianceKind = "population" | "reliability" | "frequency";

/** The five-number summary of a sample, quantiles by numpy's default linear rule (not Tukey's hinges). */
export interface FiveNumber {
  min: number;
  /** 25th percentile, numpy linear interpolation. */
  q1: number;
  median: number;
  /** 75th percentile, numpy linear interpolation. */
  q3: number;
  max: number;
}

/**
 * Arithmetic mean x̄ = Σx / n, in the unit of the values.
 *
 * @example mean([1, 2, 6]) // 3
 */
export function mean(values: readonly number[]): number {
  assertMinLength(values, 1, "values");
  assertFiniteArray(values, "values");
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * Variance Σ(x − x̄)² / (n − ddof), in the unit of the values squared; `ddof = 1` (default) is the unbiased
 * sample variance (numpy `var(ddof=1)`, SQL `var_samp`), `ddof = 0` the population variance (`np.var`).
 *
 * Two-pass (centred) so large offsets such as years do not cancel.
 *
 * @example variance([1, 2, 6]) // 7 (= (4 + 1 + 9) / 2)
 */
export function variance(values: readonly number[], ddof = 1): number {
  const m = mean(values);
  if (!(values.length - ddof > 0)) throw new Error(`invalid ddof: ${ddof} for n = ${values.length}`);
  let ss = 0;
  for (const v of values) ss += (v - m) ** 2;
  return ss / (values.length - ddof);
}

/**
 * Standard deviation √variance(values, ddof), in the unit of the values; `ddof = 1` by default.
 *
 * The reference app's "Std dev" metric is `np.std`, i.e. `ddof = 0`; its notebooks print `ddof = 1`.
 */
export function std(values: readonly number[], ddof = 1): number {
  return Math.sqrt(variance(values, ddof));
}

/**
 * Weighted mean Σw·x / Σw, in the unit of the values; weights must be finite, ≥ 0, with a positive sum.
 *
 * @example weightedMean([1, 3], [3, 1]) // 1.5
 */
export function weightedMean(values: readonly number[], weights: readonly number[]): number {
  assertSameLength(values, weights, "values/weights");
  assertMinLength(values, 1, "values");
  assertFiniteArray(values, "values");
  assertWeights(weights);
  let sw = 0;
  let swx = 0;
  for (let i = 0; i < values.length; i++) {
    sw += weights[i];
    swx += weights[i] * values[i];
  }
  return swx / sw;
}

/**
 * Weighted variance Σw(x − m)² / D, m the weighted mean, in the unit of the values squared; the denominator D
 * depends on `kind` (see {@link WeightedVarianceKind}), default `"reliability"` = `np.cov(x, aweights=w)`:
 * D = Σw − Σw²/Σw, which reduces to the unbiased n − 1 for equal weights and makes the variance invariant to
 * rescaling the weights.
 *
 * @example weightedVariance([1, 2, 6], [1, 1, 1]) // 7, same as variance([1, 2, 6])
 */
export function weightedVariance(
  values: readonly number[],
  weights: readonly number[],
  kind: WeightedVarianceKind = "reliability"
): number {
  const m = weightedMean(values, weights);
  let sw = 0;
  let sw2 = 0;
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    sw += weights[i];
    sw2 += weights[i] ** 2;
    ss += weights[i] * (values[i] - m) ** 2;
  }
  const denominator = kind === "population" ? sw : kind === "reliability" ? sw - sw2 / sw : sw - 1;
  if (!(denominator > 0)) throw new Error(`invalid weights: ${kind} denominator ${denominator}`);
  return ss / denominator;
}

/** Weighted standard deviation √weightedVariance(values, weights, kind), in the unit of the values. */
export function weightedStd(
  values: readonly number[],
  weights: readonly number[],
  kind: WeightedVarianceKind = "reliability"
): number {
  return Math.sqrt(weightedVariance(values, weights, kind));
}

/**
 * Quantile of an ascending-sorted sample by numpy's default rule (Hyndman–Fan type 7, "linear"): with
 * h = (n − 1)·p, returns s[⌊h⌋] + (h − ⌊h⌋)·(s[⌊h⌋ + 1] − s[⌊h⌋]). `p` is a fraction in [0, 1], not a percent.
 *
 * @example quantile([1, 2, 3, 4], 0.25) // 1.75
 */
export function quantile(sorted: readonly number[], p: number): number {
  assertMinLength(sorted, 1, "sorted");
  assertFiniteArray(sorted, "sorted");
  if (!(p >= 0 && p <= 1)) throw new Error(`invalid p: ${p}`);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] < sorted[i - 1]) throw new Error(`invalid sorted: not ascending at index ${i}`);
  }
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  if (lo === sorted.length - 1) return sorted[lo];
  return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
}

/**
 * Min, Q1, median, Q3 and max of an unsorted sample (numpy linear quantiles, as `np.percentile` in the
 * reference's "Detailed statistics").
 *
 * @example fiveNumber([3, 1, 2, 5, 4]) // {min: 1, q1: 2, median: 3, q3: 4, max: 5}
 */
export function fiveNumber(values: readonly number[]): FiveNumber {
  assertMinLength(values, 1, "values");
  assertFiniteArray(values, "values");
  const sorted = [...values].sort((a, b) => a - b);
  return {
    min: sorted[0],
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1]
  };
}

/**
 * Coefficient of variation std(values, ddof) / mean(values), as a ratio (multiply by 100 for percent).
 *
 * The reference's app metric uses `ddof = 0` (`np.std`) and its notebooks `ddof = 1`: pass the one you mean.
 *
 * @example coefficientOfVariation([1, 2, 6], 1) // √7 / 3 ≈ 0.8819
 */
export function coefficientOfVariation(values: readonly number[], ddof = 1): number {
  const m = mean(values);
  if (m === 0) throw new Error("invalid values: mean is 0");
  return std(values, ddof) / m;
}

/**
 * Standard scores (x − x̄) / s with s = std(values, ddof), unitless, in input order (`scipy.stats.zscore` uses
 * `ddof = 0`, pandas `ddof = 1`).
 *
 * @example zScores([1, 2, 3], 1) // [-1, 0, 1]
 */
export function zScores(values: readonly number[], ddof = 1): number[] {
  const m = mean(values);
  const s = std(values, ddof);
  if (s === 0) throw new Error("invalid values: zero variance");
  return values.map((v) => (v - m) / s);
}
