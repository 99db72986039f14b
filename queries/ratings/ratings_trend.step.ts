/**
 * Temporal trend of the monthly mean rating (reference §5.2), on calendar time rather than the row index, with a
 * check of the independence the trend's p-value assumes, and the volume–quality relation.
 */
import type {QueryResults} from "../../pipeline/analyses.js";
import type {Claim} from "../../pipeline/narrative.js";
import {claim, phiLabel} from "../../pipeline/narrative.js";
import type {LinearFit} from "../../pipeline/stats/index.js";
import {
  isSignificant,
  normalCdf,
  predict,
  slopeInterval,
  weightedMean,
  weightedSpearman,
  wls
} from "../../pipeline/stats/index.js";
import type {KeptMonth} from "./_monthly.js";
import {ALPHA, monthlyParams, readMonths, selectMonths, toTimeFit, trendDirection} from "./_monthly.js";
import type {RatingsTrend} from "./ratings_trend.schema.js";

/**
 * Lag-1 autocorrelation of the whitened residuals √w·(y − ŷ) of consecutive kept months, and its two-sided p-value
 * under independence (normal approximation, variance 1/k for k months). Positive autocorrelation means the months
 * carry less independent information than the fit assumes, so its p-value is too small.
 */
function residualAutocorrelation(months: readonly KeptMonth[], fit: LinearFit): {lag1: number; p: number} {
  const r = months.map((m) => Math.sqrt(m.weight) * (m.mean - predict(fit, m.t)));
  let numerator = 0;
  let denominator = 0;
  for (let i = 0; i < r.length; i++) {
    denominator += r[i] * r[i];
    if (i > 0) numerator += r[i] * r[i - 1];
  }
  // A perfect fit leaves nothing to correlate.
  const lag1 = denominator === 0 ? 0 : numerator / denominator;
  const z = Math.abs(lag1) * Math.sqrt(r.length);
  return {lag1, p: Math.min(1, 2 * (1 - normalCdf(z)))};
}

/** Confidence level of the interval given for the change along the volume–quality line. */
const SPAN_LEVEL = 0.95;

/**
 * The change of the mean rating along the WLS line of mean on volume, from the quietest to the busiest kept month,
 * with its t interval: a slope in stars per rating (−0.0000000020) is a number no reader can hold, whereas the
 * stars gained or lost across the months actually seen is.
 */
function spanChange(fit: LinearFit, volumes: readonly number[]): Record<string, number> {
  const [low, high] = [Math.min(...volumes), Math.max(...volumes)];
  const change = slopeInterval(fit, SPAN_LEVEL, high - low);
  return {
    volumeLow: low,
    volumeHigh: high,
    change: change.estimate,
    changeLower: change.lower,
    changeUpper: change.upper,
    level: SPAN_LEVEL
  };
}

/** Turns the monthly aggregates into the trend snapshot. */
export function step(results: QueryResults): RatingsTrend {
  const {kept, coverage} = selectMonths(readMonths(results.monthly));
  const t = kept.map((m) => m.t);
  const y = kept.map((m) => m.mean);
  const w = kept.map((m) => m.weight);
  const n = kept.map((m) => m.n);

  const fit = wls(t, y, w);
  const autocorrelation = residualAutocorrelation(kept, fit);
  const first = kept[0];
  const last = kept[kept.length - 1];
  const stds = kept.map((m) => m.std);
  const spread = {weightedMeanStd: weightedMean(stds, w), minStd: Math.min(...stds), maxStd: Math.max(...stds)};

  // Volume–quality: rank correlation for the direction and strength, a WLS of mean on volume for the test.
  const spearman = weightedSpearman(n, y, w);
  const volumeFit = wls(n, y, w);

  const direction = trendDirection(fit, ALPHA);
  // The slope a headline states carries its t interval (per year, as the slope is quoted).
  const perYear = slopeInterval(fit, SPAN_LEVEL, 12);
  const headline = claim(`trend.${direction}`, {
    slopePerYear: perYear.estimate,
    slopeLowerPerYear: perYear.lower,
    slopeUpperPerYear: perYear.upper,
    level: SPAN_LEVEL,
    slopePerMonth: fit.slope,
    p: fit.p,
    r2: fit.r2,
    alpha: ALPHA,
    months: coverage.monthsKept,
    monthsExcluded: coverage.monthsExcluded,
    minRatingsPerMonth: monthlyParams().minRatingsPerMonth,
    firstMonth: first.key,
    lastMonth: last.key,
    weightedMeanStd: spread.weightedMeanStd,
    spearman
  });

  const claims: Claim[] = [
    claim(isSignificant(autocorrelation.p, ALPHA) ? "residuals.autocorrelated" : "residuals.independent", {
      lag1: autocorrelation.lag1,
      p: autocorrelation.p,
      alpha: ALPHA
    })
  ];
  // A direction is claimed only when the test finds one and the rank correlation agrees with it.
  const agrees = Math.sign(spearman) === Math.sign(volumeFit.slope);
  const association = isSignificant(volumeFit.p, ALPHA) && agrees ? (spearman > 0 ? "positive" : "negative") : "none";
  claims.push(
    claim(`volume_quality.${association}`, {
      rho: spearman,
      // Cohen's benchmarks for a correlation r (0.1, 0.3, 0.5) are those of phi, which is a correlation.
      label: phiLabel(spearman),
      ...spanChange(volumeFit, n),
      p: volumeFit.p,
      alpha: ALPHA
    })
  );

  return {
    params: monthlyParams(),
    coverage,
    months: kept.map((m) => ({
      month: m.key,
      t: m.t,
      n: m.n,
      mean: m.mean,
      std: m.std,
      median: m.median
    })),
    trend: {...toTimeFit(fit), residualLag1: autocorrelation.lag1, residualLag1P: autocorrelation.p},
    trendLine: {
      start: {month: first.key, t: first.t, value: predict(fit, first.t)},
      end: {month: last.key, t: last.t, value: predict(fit, last.t)}
    },
    spread,
    volumeQuality: {
      spearman,
      slopePer1000: volumeFit.slope * 1000,
      intercept: volumeFit.intercept,
      slopeStdErr: volumeFit.slopeStdErr * 1000,
      p: volumeFit.p,
      r2: volumeFit.r2,
      df: volumeFit.df
    },
    narrative: {headline, claims}
  };
}
