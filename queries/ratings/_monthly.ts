/**
 * The monthly rating series shared by ratings_validation, ratings_trend and ratings_distribution. Each of their SQL
 * files opens with the same `-- name: monthly` query (a test keeps the three copies identical): every calendar
 * month with at least one rating and its n, mean, variance and median. These helpers apply the volume threshold
 * here rather than in SQL, so the excluded months can be counted and described, and they place the kept months
 * on a calendar time axis: the reference regressed on the row index, which silently closes gaps (§12.8).
 */
import {z} from "zod";

import type {QueryResults} from "../../pipeline/analyses.js";
import type {LinearFit} from "../../pipeline/stats/index.js";
import {isSignificant} from "../../pipeline/stats/index.js";

/** Months with fewer ratings are too noisy to plot or fit (reference §7.4: at least 100 interactions). */
export const MIN_RATINGS_PER_MONTH = 100;

/** Significance level of every test on the page. */
export const ALPHA = 0.05;

/** One calendar month as the `monthly` query returns it. */
export interface MonthRow {
  year: number;
  /** 1 = January. */
  month: number;
  /** "YYYY-MM". */
  key: string;
  /** Ratings in the month. */
  n: number;
  /** Mean rating, stars. */
  mean: number;
  /** Sample variance (ddof 1) of the ratings, stars²; null for a month with a single rating. */
  variance: number | null;
  /** Median rating, stars. */
  median: number;
}

/** A month kept by the volume threshold, placed on the time axis and weighted. */
export interface KeptMonth extends MonthRow {
  variance: number;
  /** Sample standard deviation (ddof 1) of the ratings, stars. */
  std: number;
  /** Calendar months elapsed since the first kept month (0 for it): the regressor of every trend. */
  t: number;
  /** Regression weight √n: a month's mean is more precise when it has more ratings, but only as √n. */
  weight: number;
}

const isoMonth = z.string().regex(/^\d{4}-\d{2}$/);
const count = z.number().int().nonnegative();

/** What the volume threshold kept and removed (the reference's metadata dict, §7.4). */
export const coverageSchema = z.object({
  monthsTotal: count.describe("Calendar months with at least one rating."),
  monthsKept: count.describe("Months with at least minRatingsPerMonth ratings."),
  monthsExcluded: count.describe("Months with fewer ratings than the threshold."),
  shareExcluded: z.number().min(0).max(1).describe("monthsExcluded / monthsTotal, a fraction."),
  ratingsTotal: count.describe("Ratings in all months."),
  ratingsKept: count.describe("Ratings in the kept months."),
  firstMonth: isoMonth.describe("First month with a rating, YYYY-MM."),
  lastMonth: isoMonth.describe("Last month with a rating, YYYY-MM."),
  firstKeptMonth: isoMonth.describe("First kept month, YYYY-MM."),
  lastKeptMonth: isoMonth.describe("Last kept month, YYYY-MM."),
  keptSpanMonths: count.describe("Calendar months from the first to the last kept month, both included."),
  gapMonths: count.describe("Calendar months inside the kept span that are not kept (excluded or without ratings)."),
  hasGaps: z.boolean().describe("Whether the kept months skip any calendar month (gapMonths > 0)."),
  meanVolumeAll: z.number().nonnegative().describe("Mean ratings per month before the threshold."),
  meanVolumeKept: z.number().nonnegative().describe("Mean ratings per month after the threshold.")
});

/** What the volume threshold kept and removed. */
export type Coverage = z.infer<typeof coverageSchema>;

/** "YYYY-MM" of a year and a 1-based month. */
export function monthKey(year: number, month: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

/** Months since year 0, so differences count calendar months across year ends. */
function monthOrdinal(year: number, month: number): number {
  return year * 12 + (month - 1);
}

/** Parses the `monthly` query's rows (ordered by year, month). */
export function readMonths(rows: QueryResults[string]): MonthRow[] {
  return rows.map((row) => {
    const year = Number(row.year);
    const month = Number(row.month);
    return {
      year,
      month,
      key: monthKey(year, month),
      n: Number(row.n),
      mean: Number(row.mean),
      variance: row.variance === null || row.variance === undefined ? null : Number(row.variance),
      median: Number(row.median)
    };
  });
}

/**
 * Keeps the months with at least `threshold` ratings, gives each its calendar position and weight, and describes
 * what was excluded. Throws when fewer than 3 months are kept: every trend needs 3 points.
 */
export function selectMonths(
  months: readonly MonthRow[],
  threshold = MIN_RATINGS_PER_MONTH
): {kept: KeptMonth[]; coverage: Coverage} {
  if (!Number.isInteger(threshold) || threshold < 2) throw new Error(`invalid threshold: ${threshold}`);
  const keptRows = months.filter((m) => m.n >= threshold);
  if (keptRows.length < 3) {
    throw new Error(`invalid monthly series: ${keptRows.length} months with at least ${threshold} ratings, need 3`);
  }
  const origin = monthOrdinal(keptRows[0].year, keptRows[0].month);
  const kept = keptRows.map((m) => ({
    ...m,
    // n ≥ threshold ≥ 2, so the variance exists.
    variance: m.variance as number,
    std: Math.sqrt(m.variance as number),
    t: monthOrdinal(m.year, m.month) - origin,
    weight: Math.sqrt(m.n)
  }));
  const ratingsTotal = months.reduce((sum, m) => sum + m.n, 0);
  const ratingsKept = kept.reduce((sum, m) => sum + m.n, 0);
  const last = kept[kept.length - 1];
  const keptSpanMonths = last.t + 1;
  return {
    kept,
    coverage: {
      monthsTotal: months.length,
      monthsKept: kept.length,
      monthsExcluded: months.length - kept.length,
      shareExcluded: (months.length - kept.length) / months.length,
      ratingsTotal,
      ratingsKept,
      firstMonth: months[0].key,
      lastMonth: months[months.length - 1].key,
      firstKeptMonth: kept[0].key,
      lastKeptMonth: last.key,
      keptSpanMonths,
      gapMonths: keptSpanMonths - kept.length,
      hasGaps: keptSpanMonths > kept.length,
      meanVolumeAll: ratingsTotal / months.length,
      meanVolumeKept: ratingsKept / kept.length
    }
  };
}

/** Parameters every monthly analysis records, so texts quote them instead of typing numbers. */
export const monthlyParamsSchema = z.object({
  minRatingsPerMonth: count.describe("Volume threshold: months with fewer ratings are excluded."),
  alpha: z.number().gt(0).lt(1).describe("Significance level of the tests.")
});

/** The monthly parameters' values. */
export function monthlyParams(): z.infer<typeof monthlyParamsSchema> {
  return {minRatingsPerMonth: MIN_RATINGS_PER_MONTH, alpha: ALPHA};
}

/** A straight-line fit of a monthly quantity on calendar time (months since the first kept month). */
export const timeFitSchema = z.object({
  slopePerMonth: z.number().describe("Change per calendar month, in the unit of y (stars for mean ratings)."),
  slopePerYear: z.number().describe("slopePerMonth × 12, in the unit of y per year."),
  intercept: z.number().describe("Fitted value at the first kept month (t = 0), in the unit of y."),
  slopeStdErr: z.number().nonnegative().describe("Standard error of slopePerMonth."),
  p: z.number().min(0).max(1).describe("Two-sided p-value of the slope against 0 (t test on df)."),
  r2: z.number().describe("R², weighted for WLS (share of the weighted variance of y explained)."),
  df: z.number().int().nonnegative().describe("Residual degrees of freedom, months − 2.")
});

/** A fit of a monthly quantity on calendar time. */
export type TimeFit = z.infer<typeof timeFitSchema>;

/** The snapshot form of a fit whose x is in months. */
export function toTimeFit(fit: LinearFit): TimeFit {
  return {
    slopePerMonth: fit.slope,
    slopePerYear: fit.slope * 12,
    intercept: fit.intercept,
    slopeStdErr: fit.slopeStdErr,
    p: fit.p,
    r2: fit.r2,
    df: fit.df
  };
}

/** Direction of a fitted trend at significance level alpha: "flat" unless p < alpha. */
export function trendDirection(fit: Pick<LinearFit, "slope" | "p">, alpha = ALPHA): "up" | "down" | "flat" {
  if (!isSignificant(fit.p, alpha)) return "flat";
  return fit.slope > 0 ? "up" : "down";
}
