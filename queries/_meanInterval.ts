/**
 * The 95 % t interval of a group's mean, shared by every page that draws a mean with its uncertainty: the trends'
 * yearly means, the seasonality page's seasonal means and the weekend page's weekday and weekend means. One
 * helper, so that a reader sees the same kind of interval wherever a mean carries one. Free of zod (its schema is
 * in _meanInterval.schema.ts): the trends explorer recomputes yearly intervals in the browser with it.
 */
import {meanInterval, welchDifferenceInterval} from "../pipeline/stats/index.js";
import type {Row} from "../pipeline/warehouse.js";

/** Confidence level of every interval of a mean drawn on the site. */
export const MEAN_INTERVAL_LEVEL = 0.95;

/** A mean's interval in the mean's unit, or null for a group of one, where a mean has no spread to build it from. */
export type MeanInterval = {lower: number; upper: number} | null;

/**
 * The {@link MEAN_INTERVAL_LEVEL} Student t interval of a mean from the group's size and sample standard deviation
 * (ddof = 1; SQL `stddev_samp`, null for one value): null when there is no spread to build it from.
 *
 * @example groupMeanInterval(4, 5, Math.sqrt(2 / 3)) // {lower: 3.70…, upper: 6.29…}
 */
export function groupMeanInterval(n: number, mean: number, std: number | null): MeanInterval {
  if (std === null || n < 2) return null;
  const ci = meanInterval(n, mean, std * std, MEAN_INTERVAL_LEVEL);
  return {lower: ci.lower, upper: ci.upper};
}

/** A group as the steps read it from SQL: size, mean and sample standard deviation (null for one value). */
export interface GroupMean {
  n: number;
  mean: number;
  std: number | null;
}

/** Reads a group from a SQL row of `n, mean, std`; a null std (one value) stays null, so no interval is made up. */
export function groupMean(row: Row): GroupMean {
  return {n: Number(row.n), mean: Number(row.mean), std: row.std === null ? null : Number(row.std)};
}

/**
 * The Welch interval of `high.mean − low.mean` at `level` ({@link MEAN_INTERVAL_LEVEL}, or {@link pairwiseLevel} for a gap
 * picked among several): the uncertainty of a gap between two
 * group means that a claim states (the seasons' longest and shortest preparation time, say). Null when a group
 * holds fewer than two values, as {@link groupMeanInterval}: the step then says so, or stops (requireGapInterval).
 *
 * @example gapInterval({n: 4, mean: 5, std: Math.SQRT2}, {n: 4, mean: 3, std: Math.sqrt(6)}) // {lower: −1.7…, upper: 5.7…}
 */
export function gapInterval(high: GroupMean, low: GroupMean, level = MEAN_INTERVAL_LEVEL): MeanInterval {
  if (high.std === null || low.std === null || high.n < 2 || low.n < 2) return null;
  if (high.std === 0 && low.std === 0) return {lower: high.mean - low.mean, upper: high.mean - low.mean};
  return welchDifferenceInterval(
    {n: high.n, mean: high.mean, variance: high.std ** 2},
    {n: low.n, mean: low.mean, variance: low.std ** 2},
    level
  );
}

/**
 * The level each of the k(k − 1)/2 pairwise gaps among `groups` groups is given, so that all of them hold together at
 * `level` (Bonferroni). A gap picked for its size, such as the best-rated season against the worst, was picked from
 * every pair: its interval must allow for all of them, as the site's multiple-testing policy asks of p-values (Holm's
 * method, which sharpens Bonferroni's for p-values, has no intervals of its own).
 *
 * @example pairwiseLevel(0.95, 4) // 1 − 0.05 / 6 ≈ 0.99167
 */
export function pairwiseLevel(level: number, groups: number): number {
  if (!Number.isInteger(groups) || groups < 2) throw new Error(`invalid groups: ${groups}, need at least 2`);
  return 1 - (1 - level) / ((groups * (groups - 1)) / 2);
}

/**
 * The family a gap between the highest and the lowest of `groups` groups is picked from: its pairs, and the level
 * ({@link pairwiseLevel}) each pair's interval takes so that all of them hold together at {@link MEAN_INTERVAL_LEVEL}.
 * The snapshots publish both, so that the text can say what the interval covers.
 *
 * @example pickedGapFamily(4) // {pairs: 6, pairLevel: 0.99167…}
 */
export function pickedGapFamily(groups: number): {pairs: number; pairLevel: number} {
  const pairLevel = pairwiseLevel(MEAN_INTERVAL_LEVEL, groups);
  return {pairs: (groups * (groups - 1)) / 2, pairLevel};
}

/**
 * {@link gapInterval} for a claim that must carry it: a gap printed without its uncertainty would say more than the
 * data supports, so a group too small to give one stops the build with a sentence naming what is missing. A gap
 * between the highest and the lowest of several groups passes `level` from {@link pairwiseLevel}.
 */
export function requireGapInterval(
  high: GroupMean,
  low: GroupMean,
  what: string,
  level = MEAN_INTERVAL_LEVEL
): {lower: number; upper: number} {
  const ci = gapInterval(high, low, level);
  if (ci === null)
    throw new Error(
      `The gap between ${what} has no interval: one of the two groups holds fewer than two values. Build from a data set with at least two values in each group.`
    );
  return ci;
}
