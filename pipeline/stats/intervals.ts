/**
 * Confidence intervals: the t interval for a row-level mean, an honest interval for a weighted mean of group (e.g.
 * monthly) means, and the Wilson score interval for a proportion.
 */
import {normalQuantile, tQuantile} from "./distributions.js";
import {weightedMean, weightedVariance} from "./descriptive.js";
import {assertFinite, assertOpenProbability, assertSameLength} from "./validate.js";

/** A two-sided confidence interval mean ± halfWidth, all in the unit of the values. */
export interface MeanInterval {
  mean: number;
  /** Standard deviation the interval is built from (see the producing function). */
  std: number;
  halfWidth: number;
  lower: number;
  upper: number;
  /** Confidence level, e.g. 0.95. */
  level: number;
}

/** {@link MeanInterval} for a weighted mean, with the Kish effective sample size. */
export interface WeightedMeanInterval extends MeanInterval {
  /** Kish effective sample size (Σw)²/Σw², between 1 and the number of values. */
  nEff: number;
  method: "kish-t";
}

/** {@link MeanInterval} for a plain mean of n rows. */
export interface RowMeanInterval extends MeanInterval {
  n: number;
  method: "t";
}

/**
 * Confidence interval for a weighted mean of group means (e.g. monthly mean ratings weighted by √n), honest
 * about how many independent units there are: the months, not the ratings.
 *
 * With m = Σw·x/Σw, the Kish effective sample size n_eff = (Σw)²/Σw², and the weighted standard deviation
 * s_w = √(Σw(x − m)² / (Σw − Σw²/Σw)) (reliability weights, `np.cov(aweights=w)`; equivalently the biased
 * weighted variance × n_eff/(n_eff − 1), i.e. unbiased with respect to n_eff):
 * halfWidth = t_{(1+level)/2, n_eff − 1} · s_w / √n_eff.
 *
 * Why this is honest: each month is one sampling unit, and the month-to-month spread s_w is real variation the
 * weighted mean is exposed to, so the standard error is s_w/√n_eff with n_eff ≤ the number of months (equal when
 * weights are equal, smaller as weights get uneven). The reference app's 1.96·s_w/√Σw with w = √n divides by the
 * square root of a number that has units of √ratings, which grows with traffic, not with independent
 * information: with 207 months and s_w = 0.0521 it reported ±0.0010, while even equal weights (n_eff = 207) give
 * t·s_w/√207 ≈ ±0.0071, and uneven weights make n_eff smaller and the interval wider still.
 * The Student t on n_eff − 1 (fractional) df widens small samples. Invariant to rescaling the weights. It still
 * treats months as independent: serial correlation between months would widen it further.
 *
 * Throws on fewer than 2 positive weights (n_eff − 1 must be > 0), mismatched lengths, non-finite values, or a
 * level outside (0, 1).
 *
 * @example weightedMeanInterval([4.68, 4.70, 4.69], [30, 40, 35]).halfWidth
 */
export function weightedMeanInterval(
  values: readonly number[],
  weights: readonly number[],
  level = 0.95
): WeightedMeanInterval {
  assertOpenProbability(level, "level");
  assertSameLength(values, weights, "values/weights");
  const mean = weightedMean(values, weights);
  let sw = 0;
  let sw2 = 0;
  for (const w of weights) {
    sw += w;
    sw2 += w * w;
  }
  const nEff = (sw * sw) / sw2;
  if (!(nEff - 1 > 1e-12)) throw new Error(`invalid weights: effective sample size ${nEff}`);
  const std = Math.sqrt(weightedVariance(values, weights, "reliability"));
  const halfWidth = (tQuantile((1 + level) / 2, nEff - 1) * std) / Math.sqrt(nEff);
  return {mean, std, nEff, halfWidth, lower: mean - halfWidth, upper: mean + halfWidth, level, method: "kish-t"};
}

/**
 * Student t confidence interval for the mean of n independent rows from its summary:
 * mean ± t_{(1+level)/2, n − 1} · √(variance/n), with `variance` the unbiased sample variance (SQL `var_samp`).
 *
 * Throws if n < 2 or not an integer, the variance is negative or non-finite, or level is outside (0, 1).
 *
 * @example meanInterval(10, 5, 4).halfWidth // t_{0.975, 9}·2/√10 ≈ 1.4307
 */
export function meanInterval(n: number, mean: number, variance: number, level = 0.95): RowMeanInterval {
  if (!Number.isInteger(n) || n < 2) throw new Error(`invalid n: ${n}`);
  assertFinite(mean, "mean");
  assertFinite(variance, "variance");
  if (variance < 0) throw new Error(`invalid variance: ${variance}`);
  assertOpenProbability(level, "level");
  const std = Math.sqrt(variance);
  const halfWidth = (tQuantile((1 + level) / 2, n - 1) * std) / Math.sqrt(n);
  return {mean, std, n, halfWidth, lower: mean - halfWidth, upper: mean + halfWidth, level, method: "t"};
}

/** A two-sided confidence interval for a proportion, as fractions. */
export interface ProportionInterval {
  share: number;
  lower: number;
  upper: number;
  level: number;
  method: "wilson";
}

/**
 * Wilson score interval for a proportion of `successes` out of `n` (scipy's `binomtest(k, n).proportion_ci(
 * method="wilson")`): (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n), z the normal quantile of (1 + level)/2.
 *
 * Why Wilson and not p̂ ± z·√(p̂(1 − p̂)/n): yearly shares of an item are often a few percent of a few hundred
 * recipes, where the Wald interval collapses to a point at 0 and dips below zero near it; Wilson stays inside
 * [0, 1] and keeps close to its nominal coverage there.
 *
 * Throws if n is not a positive integer, successes is not an integer in [0, n], or level is outside (0, 1).
 *
 * @example proportionInterval(8, 20).lower // ≈ 0.21881
 */
export function proportionInterval(successes: number, n: number, level = 0.95): ProportionInterval {
  if (!Number.isInteger(n) || n < 1) throw new Error(`invalid n: ${n}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new Error(`invalid successes: ${successes} of ${n}`);
  }
  assertOpenProbability(level, "level");
  const z = normalQuantile((1 + level) / 2);
  const share = successes / n;
  const z2n = (z * z) / n;
  const centre = (share + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt((share * (1 - share)) / n + z2n / (4 * n))) / (1 + z2n);
  // The bounds are exact at 0 and n; clamping removes the rounding that would put them a hair outside [0, 1].
  return {
    share,
    lower: successes === 0 ? 0 : Math.max(0, centre - half),
    upper: successes === n ? 1 : Math.min(1, centre + half),
    level,
    method: "wilson"
  };
}

/** A two-sided confidence interval for a difference of two proportions p1 − p2, as fractions. */
export interface ProportionDifferenceInterval {
  difference: number;
  lower: number;
  upper: number;
  level: number;
  method: "newcombe";
}

/**
 * Newcombe's hybrid score interval for the difference p1 − p2 of two independent proportions (Newcombe 1998, Stat.
 * Med. 17:873–890, method 10), built from each proportion's Wilson interval [l1, u1] and [l2, u2]:
 * lower = d − √((p1 − l1)² + (u2 − p2)²), upper = d + √((u1 − p1)² + (p2 − l2)²), d = p1 − p2.
 *
 * Why Newcombe and not the Wald interval with a continuity correction, d ± (z·√(p1q1/n1 + p2q2/n2) + (1/n1 + 1/n2)/2):
 * the item shares it serves are a few percent, where Wald's standard error is least reliable (it collapses when a
 * share is 0) and the correction only widens it by a fixed amount; Newcombe's keeps near its nominal coverage there
 * and inside [−1, 1] (his evaluation), and it is built from the very Wilson intervals the shares already carry, so a
 * gap's interval and its two shares' intervals are one method.
 *
 * Throws as {@link proportionInterval} does for either proportion.
 *
 * @example proportionDifferenceInterval(56, 70, 48, 80) // {difference: 0.2, lower: 0.0524…, upper: 0.3339…}
 */
export function proportionDifferenceInterval(
  successes1: number,
  n1: number,
  successes2: number,
  n2: number,
  level = 0.95
): ProportionDifferenceInterval {
  const first = proportionInterval(successes1, n1, level);
  const second = proportionInterval(successes2, n2, level);
  const difference = first.share - second.share;
  return {
    difference,
    lower: difference - Math.hypot(first.share - first.lower, second.upper - second.share),
    upper: difference + Math.hypot(first.upper - first.share, second.share - second.lower),
    level,
    method: "newcombe"
  };
}
