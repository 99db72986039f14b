/**
 * The weekday-vs-weekend comparison of one numeric column from its two SQL group summaries (count, avg, var_samp):
 * Student's test for the decision (as the reference), Welch's beside it, the confidence interval of the difference
 * and Cohen's d. Shared by the duration, complexity and nutrition steps.
 */
import {cohenLabel} from "../../pipeline/narrative.js";
import type {GroupSummary} from "../../pipeline/stats/index.js";
import {isSignificant, tQuantile, tTest2FromSummary} from "../../pipeline/stats/index.js";
import type {Row} from "../../pipeline/warehouse.js";
import type {Comparison, Period} from "./_periodSchema.js";

/** Reads a `n, mean, variance` SQL row into a group summary. */
export function groupSummary(row: Row): GroupSummary {
  return {n: Number(row.n), mean: Number(row.mean), variance: Number(row.variance)};
}

/** Finds the row of one period among rows carrying a `period` column; a missing period is a broken query. */
export function periodRow(rows: readonly Row[], period: Period, where = ""): Row {
  const row = rows.find((r) => r.period === period);
  if (!row) throw new Error(`invalid rows: no ${period} group${where ? ` for ${where}` : ""}`);
  return row;
}

/**
 * Compares weekend with weekday: every difference is weekend − weekday, so a negative value means "lower at the
 * weekend". The confidence interval uses the pooled standard error and Student's df, at level 1 − alpha.
 *
 * @example comparePeriods({n: 4, mean: 3, variance: 6}, {n: 4, mean: 5, variance: 2}, 0.05).meanDiff // 2
 */
export function comparePeriods(weekday: GroupSummary, weekend: GroupSummary, alpha: number): Comparison {
  const student = tTest2FromSummary(weekend, weekday);
  const welch = tTest2FromSummary(weekend, weekday, {equalVar: false});
  // Student's pooled standard error, as its test uses it.
  const margin = tQuantile(1 - alpha / 2, student.df) * student.se;
  return {
    meanDiff: student.meanDiff,
    diffPct: student.meanDiff / weekday.mean,
    ciLow: student.meanDiff - margin,
    ciHigh: student.meanDiff + margin,
    ciLowPct: (student.meanDiff - margin) / weekday.mean,
    ciHighPct: (student.meanDiff + margin) / weekday.mean,
    student: {t: student.t, df: student.df, p: student.p},
    welch: {t: welch.t, df: welch.df, p: welch.p},
    cohenD: student.cohenD,
    effect: cohenLabel(student.cohenD),
    significant: isSignificant(student.p, alpha)
  };
}
