/**
 * Turns per-metric, per-period moments into the complexity snapshot: for the score, the steps and the ingredients,
 * Student's t-test (Welch's beside it), the interval of the difference and Cohen's d, and one claim per metric.
 */
import type {QueryResults} from "../../pipeline/analyses.js";
import type {Claim} from "../../pipeline/narrative.js";
import {claim} from "../../pipeline/narrative.js";
import type {Row} from "../../pipeline/warehouse.js";
import type {Period} from "./_periodSchema.js";
import {comparePeriods, groupSummary, periodRow} from "./_comparison.js";
import type {WeekendComplexity} from "./weekend_complexity.schema.js";
import {METRICS} from "./weekend_complexity.schema.js";
import {groupMeanInterval, MEAN_INTERVAL_LEVEL} from "../_meanInterval.js";

/** Significance level; intervals are at 1 − ALPHA. */
export const ALPHA = 0.05;

/** Every claim id the step can emit: one verdict per metric. */
export const CLAIM_IDS = METRICS.flatMap((m) => [
  `${m}.higher_at_weekend`,
  `${m}.lower_at_weekend`,
  `${m}.not_significant`
]);

type MetricComparison = WeekendComplexity["metrics"][number];

function periodSummary(row: Row): MetricComparison[Period] {
  const n = Number(row.n);
  const mean = Number(row.mean);
  const std = Math.sqrt(Number(row.variance));
  return {n, mean, std, interval: groupMeanInterval(n, mean, std), median: Number(row.median)};
}

/** The verdict on one metric: higher or lower at the weekend when Student's test is significant, else none. */
function metricClaim(m: MetricComparison): Claim {
  const {comparison: c} = m;
  const values = {
    weekdayMean: m.weekday.mean,
    weekendMean: m.weekend.mean,
    t: c.student.t,
    p: c.student.p,
    d: c.cohenD,
    effect: c.effect
  };
  if (!c.significant) return claim(`${m.metric}.not_significant`, {...values, diff: c.meanDiff});
  const direction = c.meanDiff > 0 ? "higher_at_weekend" : "lower_at_weekend";
  return claim(`${m.metric}.${direction}`, {...values, gapPct: Math.abs(c.diffPct)});
}

export function step(results: QueryResults): WeekendComplexity {
  const metrics = METRICS.map((metric): MetricComparison => {
    const rows = results.metrics!.filter((r) => r.metric === metric);
    const weekdayRow = periodRow(rows, "weekday", metric);
    const weekendRow = periodRow(rows, "weekend", metric);
    return {
      metric,
      weekday: periodSummary(weekdayRow),
      weekend: periodSummary(weekendRow),
      comparison: comparePeriods(groupSummary(weekdayRow), groupSummary(weekendRow), ALPHA)
    };
  });
  // The composite score leads; its parts explain it.
  const [score, ...parts] = metrics.map(metricClaim) as [Claim, ...Claim[]];
  return {
    params: {alpha: ALPHA, intervalLevel: MEAN_INTERVAL_LEVEL, ciLevel: 1 - ALPHA},
    metrics,
    narrative: {headline: score, claims: parts}
  };
}
