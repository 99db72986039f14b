/**
 * Pearson and Spearman correlations, plain and weighted (unitless, in [−1, 1]).
 */
import {rank} from "./ranks.js";
import {assertFiniteArray, assertMinLength, assertSameLength, assertWeights} from "./validate.js";

/**
 * Pearson correlation r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)²·Σ(y − ȳ)²) (`scipy.stats.pearsonr` statistic).
 *
 * Throws on fewer than 2 pairs or a constant x or y.
 *
 * @example pearson([1, 2, 3], [2, 4, 7]) // ≈ 0.9934
 */
export function pearson(x: readonly number[], y: readonly number[]): number {
  return weightedPearson(x, y, new Array<number>(x.length).fill(1));
}

/**
 * Weighted Pearson correlation r_w = Σw(x − x̄_w)(y − ȳ_w) / √(Σw(x − x̄_w)²·Σw(y − ȳ_w)²), with x̄_w, ȳ_w the
 * weighted means; the same as normalising `np.cov([x, y], aweights=w)` to a correlation (the covariance's
 * denominator cancels). Weights must be finite, ≥ 0, with a positive sum.
 *
 * @example weightedPearson([1, 2, 3], [2, 4, 7], [1, 1, 1]) // same as pearson
 */
export function weightedPearson(x: readonly number[], y: readonly number[], w: readonly number[]): number {
  assertSameLength(x, y, "x/y");
  assertSameLength(x, w, "x/w");
  assertMinLength(x, 2, "x");
  assertFiniteArray(x, "x");
  assertFiniteArray(y, "y");
  assertWeights(w);
  let sw = 0;
  let swx = 0;
  let swy = 0;
  for (let i = 0; i < x.length; i++) {
    sw += w[i];
    swx += w[i] * x[i];
    swy += w[i] * y[i];
  }
  const xBar = swx / sw;
  const yBar = swy / sw;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = x[i] - xBar;
    const dy = y[i] - yBar;
    sxx += w[i] * dx * dx;
    syy += w[i] * dy * dy;
    sxy += w[i] * dx * dy;
  }
  if (!(sxx > 0)) throw new Error("invalid x: zero variance");
  if (!(syy > 0)) throw new Error("invalid y: zero variance");
  // Rounding can push |r| a hair past 1 for perfectly collinear data.
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/**
 * Spearman rank correlation: Pearson's r of the average ranks (`scipy.stats.spearmanr` statistic).
 *
 * @example spearman([1, 2, 3, 4], [1, 3, 2, 4]) // 0.8
 */
export function spearman(x: readonly number[], y: readonly number[]): number {
  assertSameLength(x, y, "x/y");
  return pearson(rank(x), rank(y));
}

/**
 * Weighted Spearman correlation as the reference app computes it: the *unweighted* average ranks of x and of y
 * (ties averaged), then {@link weightedPearson} of those ranks with weights w.
 *
 * This is a weighted correlation of ordinary ranks, not of weighted ranks (where each observation would occupy a
 * rank interval as wide as its weight). Kept for parity with the reference's oracles: the ratings page's
 * volume–quality ρ = −0.125 (w = √n interactions per month) and the trends page's ρ(year, mean minutes) = −0.8488.
 */
export function weightedSpearman(x: readonly number[], y: readonly number[], w: readonly number[]): number {
  assertSameLength(x, y, "x/y");
  return weightedPearson(rank(x), rank(y), w);
}
