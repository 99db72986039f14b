/**
 * Turns the per-period moments and box-plot elements of preparation minutes into the duration snapshot: Student's
 * t-test for the decision (as the reference), Welch's as a check, the interval of the difference and Cohen's d.
 */
import type {QueryResults} from "../../pipeline/analyses.js";
import type {Claim} from "../../pipeline/narrative.js";
import {claim} from "../../pipeline/narrative.js";
import {isSignificant} from "../../pipeline/stats/index.js";
import type {Row} from "../../pipeline/warehouse.js";
import {PERIODS} from "./_periodSchema.js";
import {comparePeriods, groupSummary, periodRow} from "./_comparison.js";
import type {WeekendDuration} from "./weekend_duration.schema.js";
import {groupMeanInterval, MEAN_INTERVAL_LEVEL} from "../_meanInterval.js";

/** Significance level; intervals are at 1 − ALPHA. */
export const ALPHA = 0.05;

/** Every claim id the step can emit. */
export const CLAIM_IDS = [
  "difference.longer_at_weekend",
  "difference.shorter_at_weekend",
  "difference.not_significant",
  "interval",
  "welch.agrees",
  "welch.disagrees",
  "medians.equal",
  "medians.differ"
] as const;

type PeriodDuration = WeekendDuration["periods"][number];

function periodDuration(row: Row): PeriodDuration {
  const q25 = Number(row.q25);
  const q75 = Number(row.q75);
  const n = Number(row.n);
  const mean = Number(row.mean);
  const std = Math.sqrt(Number(row.variance));
  return {
    period: row.period as PeriodDuration["period"],
    n,
    mean,
    std,
    interval: groupMeanInterval(n, mean, std),
    median: Number(row.median),
    q25,
    q75,
    iqr: q75 - q25,
    min: Number(row.min),
    max: Number(row.max),
    lowerFence: Number(row.lower_fence),
    upperFence: Number(row.upper_fence),
    whiskerLow: Number(row.whisker_low),
    whiskerHigh: Number(row.whisker_high),
    outliersBelow: Number(row.outliers_below),
    outliersAbove: Number(row.outliers_above)
  };
}

export function step(results: QueryResults): WeekendDuration {
  const rows = PERIODS.map((period) => periodRow(results.periods!, period));
  const [weekdayRow, weekendRow] = rows as [Row, Row];
  const comparison = comparePeriods(groupSummary(weekdayRow), groupSummary(weekendRow), ALPHA);
  const [weekday, weekend] = rows.map(periodDuration) as [PeriodDuration, PeriodDuration];

  // The same means in every variant: the figure descriptions quote them.
  const means = {weekdayMean: weekday.mean, weekendMean: weekend.mean};
  const test = {t: comparison.student.t, p: comparison.student.p, d: comparison.cohenD, effect: comparison.effect};
  const headline = comparison.significant
    ? claim(comparison.meanDiff > 0 ? "difference.longer_at_weekend" : "difference.shorter_at_weekend", {
        ...means,
        gap: Math.abs(comparison.meanDiff),
        gapPct: Math.abs(comparison.diffPct),
        ...test
      })
    : claim("difference.not_significant", {...means, diff: comparison.meanDiff, ...test});
  const welchSignificant = isSignificant(comparison.welch.p, ALPHA);
  const claims: Claim[] = [
    claim("interval", {ciLow: comparison.ciLow, ciHigh: comparison.ciHigh, level: 1 - ALPHA}),
    claim(welchSignificant === comparison.significant ? "welch.agrees" : "welch.disagrees", {
      t: comparison.welch.t,
      df: comparison.welch.df,
      p: comparison.welch.p
    }),
    weekday.median === weekend.median
      ? claim("medians.equal", {median: weekday.median})
      : claim("medians.differ", {weekdayMedian: weekday.median, weekendMedian: weekend.median})
  ];

  return {
    params: {
      alpha: ALPHA,
      intervalLevel: MEAN_INTERVAL_LEVEL,
      ciLevel: 1 - ALPHA,
      whiskerIqr: Number(weekdayRow.whisker_iqr)
    },
    periods: [weekday, weekend],
    comparison,
    narrative: {headline, claims}
  };
}
