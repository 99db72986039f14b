/**
 * The 95 % t interval of a group's mean, shared by every page that draws a mean with its uncertainty: the trends'
 * yearly means, the seasonality page's seasonal means and the weekend page's weekday and weekend means. One
 * helper, so that a reader sees the same kind of interval wherever a mean carries one. Free of zod (its schema is
 * in _meanInterval.schema.ts): the trends explorer recomputes yearly intervals in the browser with it.
 */
import {meanInterval} from "../pipeline/stats/index.js";

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
