/**
 * Turns the yearly preparation-time aggregates into two WLS trends (mean and median on the year, weighted by
 * recipes per year), the dispersion bands and the claims about them. `summarize` is pure: the site calls it to
 * recompute the statistics for the year range and the band a reader picks.
 */
import type {QueryResults} from "../../pipeline/analyses.js";
import {claim} from "../../pipeline/narrative.js";
import {weightedMean} from "../../pipeline/stats/index.js";
import type {QuantileKey} from "./_quantiles.js";
import {BANDS, bandKey, percentOf as percent, QUANTILE_KEYS} from "./_quantiles.js";
import {
  assertYears,
  INTERVAL_LEVEL,
  fitColumns,
  num,
  numOrNull,
  periodOf,
  trendClaim,
  trendClaimIds,
  yearMeanInterval
} from "./_trend.js";
import type {TrendsDuration} from "./trends_duration.schema.js";

/** Every claim id the step can emit, so the text modules can be checked for completeness. */
export const CLAIM_IDS = [...trendClaimIds("mean_trend"), ...trendClaimIds("median_trend"), "dispersion"];

/** One year's preparation-time statistics, as in the snapshot. */
export type DurationYear = TrendsDuration["perYear"][number];

/** Builds the duration snapshot from the `per_year` query (years with recipes, ascending). */
export function step(results: QueryResults): TrendsDuration {
  return summarize(
    results.per_year!.map((r) => ({
      year: num(r, "year"),
      recipes: num(r, "recipes"),
      mean: num(r, "mean_minutes"),
      intervals: {mean: yearMeanInterval(num(r, "recipes"), num(r, "mean_minutes"), numOrNull(r, "std_minutes"))},
      median: num(r, "median_minutes"),
      ...(Object.fromEntries(QUANTILE_KEYS.map((k) => [k, num(r, k)])) as Record<QuantileKey, number>)
    }))
  );
}

/**
 * The duration snapshot of `perYear` (years ascending, at least three), with `quoted` the band that the
 * "current" figures and the dispersion claim quote (the interquartile range unless the reader picked another).
 */
export function summarize(perYear: readonly DurationYear[], quoted: string = bandKey(BANDS[0])): TrendsDuration {
  assertYears(perYear.length);
  const band = BANDS.find((b) => bandKey(b) === quoted);
  if (!band) throw new Error(`unknown band ${quoted}: expected one of ${BANDS.map(bandKey).join(", ")}`);
  const first = perYear[0];
  const last = perYear[perYear.length - 1];
  const period = periodOf(perYear);
  const {firstYear, lastYear} = period;

  // Each year is one point weighted by its recipes, as the reference: a year of 134 recipes counts little.
  const fits = fitColumns(perYear, {mean: "mean", median: "median"});

  const bands = BANDS.map((b) => ({
    key: bandKey(b),
    low: b.low,
    high: b.high,
    lowPercent: percent(b.low),
    highPercent: percent(b.high),
    isDefault: b === band
  }));
  const current = {
    year: last.year,
    recipes: last.recipes,
    mean: last.mean,
    median: last.median,
    low: last[band.low],
    high: last[band.high],
    width: last[band.high] - last[band.low]
  };

  const claims = [
    trendClaim("mean_trend", fits.mean, firstYear, lastYear),
    trendClaim("median_trend", fits.median, firstYear, lastYear),
    claim("dispersion", {
      lowPercent: percent(band.low),
      highPercent: percent(band.high),
      lastYear,
      lastRecipes: last.recipes,
      low: current.low,
      high: current.high,
      width: current.width,
      firstYear,
      firstRecipes: first.recipes,
      firstWidth: first[band.high] - first[band.low]
    })
  ];
  const [headline, ...rest] = claims;

  return {
    params: {
      ...period,
      intervalLevel: INTERVAL_LEVEL,
      defaultLowPercent: percent(band.low),
      defaultHighPercent: percent(band.high)
    },
    perYear: [...perYear],
    bands,
    fits,
    overallMean: weightedMean(
      perYear.map((r) => r.mean),
      perYear.map((r) => r.recipes)
    ),
    current,
    narrative: {headline, claims: rest}
  };
}
