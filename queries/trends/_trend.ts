/**
 * The trend statistics shared by the trends steps: a WLS fit of a yearly series on the year, weighted by the
 * recipes of each year (the reference's method), its direction at α, and the claim that states it.
 */
import type {Row} from "../../pipeline/warehouse.js";
import type {Claim} from "../../pipeline/narrative.js";
import {claim} from "../../pipeline/narrative.js";
import {isSignificant, slopeInterval, wls} from "../../pipeline/stats/index.js";
import {groupMeanInterval} from "../_meanInterval.js";
import type {TrendFit, YearInterval} from "./_schema.js";

/** Significance level of every test on the trends page. */
export const ALPHA = 0.05;

/** Confidence level of the intervals the trend claims give for the fitted change. */
export const INTERVAL_LEVEL = 0.95;

/**
 * The {@link INTERVAL_LEVEL} t interval of a yearly mean from the year's recipes and sample standard deviation
 * (SQL `stddev_samp`, null for one recipe): null when there is no spread to build it from.
 */
export function yearMeanInterval(recipes: number, mean: number, std: number | null): YearInterval {
  return groupMeanInterval(recipes, mean, std);
}

/** Least years for any trends statistic: a line through two points has no residual to test it with. */
export const MIN_YEARS = 3;

/** Throws unless the yearly series has at least {@link MIN_YEARS} years. */
export function assertYears(years: number): void {
  if (years < MIN_YEARS) throw new Error(`invalid per_year: ${years} years, need at least ${MIN_YEARS}`);
}

/** A finite number from a query row; a missing or non-numeric value is a broken query, so it throws. */
export function num(row: Row, column: string): number {
  const value = Number(row[column]);
  if (row[column] === null || row[column] === undefined || !Number.isFinite(value)) {
    throw new Error(`invalid ${column}: ${String(row[column])}`);
  }
  return value;
}

/** A number from a query row, or null when SQL returned null (e.g. a sample standard deviation of one value). */
export function numOrNull(row: Row, column: string): number | null {
  return row[column] === null || row[column] === undefined ? null : num(row, column);
}

/**
 * WLS of `values` on `years` with `weights` (recipes per year), as statsmodels' WLS, plus the direction at
 * `alpha` and the fitted change over the span.
 *
 * @example fitTrend([1999, 2000, 2001], [40, 42, 41], [100, 300, 200], 0.05).direction // "flat"
 */
export function fitTrend(
  years: readonly number[],
  values: readonly number[],
  weights: readonly number[],
  alpha: number = ALPHA
): TrendFit {
  const fit = wls(years, values, weights);
  const significant = isSignificant(fit.p, alpha);
  return {
    slope: fit.slope,
    intercept: fit.intercept,
    slopeStdErr: fit.slopeStdErr,
    p: fit.p,
    r2: fit.r2,
    df: fit.df,
    direction: significant ? (fit.slope > 0 ? "up" : "down") : "flat",
    change: fit.slope * (Math.max(...years) - Math.min(...years))
  };
}

/**
 * The claim `<prefix>.<direction>` with the figures a trend template quotes: slope (unit per year), its p, the
 * weighted R², the fitted change over the period and the period's bounds as text.
 */
export function trendClaim(prefix: string, fit: TrendFit, firstYear: string, lastYear: string): Claim {
  // The fitted change over the period with its t interval: the slope's, scaled by the span of years.
  const span = fit.slope === 0 ? Number(lastYear) - Number(firstYear) : fit.change / fit.slope;
  // The change itself is the stored one, not slope·span recomputed: only the half-width is taken from the interval.
  const half = slopeInterval(fit, INTERVAL_LEVEL, span).halfWidth;
  return claim(`${prefix}.${fit.direction}`, {
    slope: fit.slope,
    p: fit.p,
    r2: fit.r2,
    change: fit.change,
    changeLower: fit.change - half,
    changeUpper: fit.change + half,
    level: INTERVAL_LEVEL,
    firstYear,
    lastYear
  });
}

/** The claim ids {@link trendClaim} can emit for a prefix, for the text modules' completeness test. */
export function trendClaimIds(prefix: string): string[] {
  return ["up", "down", "flat"].map((d) => `${prefix}.${d}`);
}

/** A year of a trends table: its recipes weigh the year in every fit. */
export interface WeightedYear {
  year: number;
  recipes: number;
}

/**
 * The period every trends snapshot publishes in its params: α, the first and last years (as text, for the
 * templates), how many years and recipes.
 */
export function periodOf(perYear: readonly WeightedYear[]): {
  alpha: number;
  firstYear: string;
  lastYear: string;
  years: number;
  recipes: number;
} {
  return {
    alpha: ALPHA,
    firstYear: String(perYear[0]!.year),
    lastYear: String(perYear[perYear.length - 1]!.year),
    years: perYear.length,
    recipes: perYear.reduce((sum, r) => sum + r.recipes, 0)
  };
}

/**
 * The WLS trend of several columns of a yearly table, each weighted by the year's recipes: `columns` maps the
 * name of each fit to the column it fits (`{score: "meanScore"}`).
 */
export function fitColumns<R extends WeightedYear, F extends string>(
  perYear: readonly R[],
  columns: Record<F, {[K in keyof R]: R[K] extends number ? K : never}[keyof R]>
): Record<F, TrendFit> {
  const years = perYear.map((r) => r.year);
  const weights = perYear.map((r) => r.recipes);
  return Object.fromEntries(
    (Object.entries(columns) as Array<[F, keyof R]>).map(([fit, column]) => [
      fit,
      fitTrend(
        years,
        perYear.map((r) => r[column] as number),
        weights
      )
    ])
  ) as Record<F, TrendFit>;
}
