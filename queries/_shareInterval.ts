/**
 * The 95 % Wilson interval of a share, for the seasonality and weekend pages' shares of recipes (per season, per
 * period, per item): the interval the trends page draws on its yearly item shares (pipeline/stats
 * proportionInterval), so that a reader sees the same kind of interval on every share. Free of zod (its schema is in
 * _shareInterval.schema.ts).
 */
import {proportionInterval} from "../pipeline/stats/index.js";
import {MEAN_INTERVAL_LEVEL} from "./_meanInterval.js";

/** Confidence level of every share's interval: the level of the means' intervals, one level site-wide. */
export const SHARE_INTERVAL_LEVEL = MEAN_INTERVAL_LEVEL;

/** A share's interval, as fractions. */
export interface ShareInterval {
  lower: number;
  upper: number;
}

/**
 * The {@link SHARE_INTERVAL_LEVEL} Wilson score interval of `count` out of `n`: Wilson, not Wald, because item shares
 * are a few percent, where a Wald interval is too narrow and can dip below zero.
 *
 * @example shareInterval(8, 20) // {lower: 0.2188…, upper: 0.6134…}
 */
export function shareInterval(count: number, n: number): ShareInterval {
  const ci = proportionInterval(count, n, SHARE_INTERVAL_LEVEL);
  return {lower: ci.lower, upper: ci.upper};
}
