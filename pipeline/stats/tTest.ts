/**
 * Two-sample t-tests (Student's pooled and Welch's) from group summaries, which DuckDB computes with
 * `count(*)`, `avg(x)` and `var_samp(x)`.
 */
import {tQuantile, tTwoSidedPValue} from "./distributions.js";
import {mean, variance} from "./descriptive.js";
import {assertFinite, assertOpenProbability} from "./validate.js";

/** Summary of one group: size, mean and unbiased (n − 1) variance, in the unit of the values (squared). */
export interface GroupSummary {
  n: number;
  mean: number;
  /** Sample variance with ddof = 1 (SQL `var_samp`). */
  variance: number;
}

/** Options of the two-sample t-test. */
export interface TTestOptions {
  /** true (default, as scipy's `ttest_ind`): Student's pooled-variance test; false: Welch's test. */
  equalVar?: boolean;
}

/** Result of a two-sample t-test of H0: mean(a) = mean(b), two-sided. */
export interface TTestResult {
  t: number;
  /** n_a + n_b − 2 for Student; the Welch–Satterthwaite (fractional) df for Welch. */
  df: number;
  p: number;
  /** mean(a) − mean(b), in the unit of the values. */
  meanDiff: number;
  /** Cohen's d = meanDiff / pooled standard deviation (pooled in both variants), unitless. */
  cohenD: number;
  /** Standard error of meanDiff: pooled for Student, √(v_a/n_a + v_b/n_b) for Welch. */
  se: number;
}

/**
 * Two-sample two-sided t-test from summaries, as `scipy.stats.ttest_ind(a, b, equal_var=…)`.
 *
 * Student: s_p² = ((n_a − 1)·v_a + (n_b − 1)·v_b) / (n_a + n_b − 2), t = (m_a − m_b) / √(s_p²·(1/n_a + 1/n_b)),
 * df = n_a + n_b − 2. Welch: t = (m_a − m_b) / √(v_a/n_a + v_b/n_b), df = (v_a/n_a + v_b/n_b)² /
 * ((v_a/n_a)²/(n_a − 1) + (v_b/n_b)²/(n_b − 1)). Cohen's d always divides by s_p.
 *
 * Throws if a group has n < 2, a negative or non-finite variance, or both variances are 0.
 *
 * @example tTest2FromSummary({n: 10, mean: 0.75, variance: 3.2}, {n: 10, mean: 2.33, variance: 4.0}).p
 */
export function tTest2FromSummary(a: GroupSummary, b: GroupSummary, options: TTestOptions = {}): TTestResult {
  const {equalVar = true} = options;
  assertGroup(a, "a");
  assertGroup(b, "b");
  const meanDiff = a.mean - b.mean;
  const pooledVariance = ((a.n - 1) * a.variance + (b.n - 1) * b.variance) / (a.n + b.n - 2);
  if (!(pooledVariance > 0)) throw new Error("invalid groups: zero variance in both");
  let se: number;
  let df: number;
  if (equalVar) {
    se = Math.sqrt(pooledVariance * (1 / a.n + 1 / b.n));
    df = a.n + b.n - 2;
  } else {
    const va = a.variance / a.n;
    const vb = b.variance / b.n;
    se = Math.sqrt(va + vb);
    df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  }
  const t = meanDiff / se;
  return {t, df, p: tTwoSidedPValue(t, df), meanDiff, cohenD: meanDiff / Math.sqrt(pooledVariance), se};
}

/**
 * The `level` confidence interval of mean(a) − mean(b) by Welch's method, which does not assume equal variances:
 * (m_a − m_b) ± t(1 − (1 − level)/2, df_Welch) · √(v_a/n_a + v_b/n_b), as scipy's
 * `ttest_ind(a, b, equal_var=False).confidence_interval(level)` and R's `t.test(a, b)` give it. The interval a
 * claim attaches to a gap between two group means. Throws on the groups {@link tTest2FromSummary} refuses.
 *
 * @example welchDifferenceInterval({n: 4, mean: 5, variance: 2}, {n: 4, mean: 3, variance: 6}) // {lower: −1.7…, upper: 5.7…}
 */
export function welchDifferenceInterval(
  a: GroupSummary,
  b: GroupSummary,
  level = 0.95
): {lower: number; upper: number} {
  assertOpenProbability(level, "level");
  const {df, meanDiff, se} = tTest2FromSummary(a, b, {equalVar: false});
  const half = tQuantile(1 - (1 - level) / 2, df) * se;
  return {lower: meanDiff - half, upper: meanDiff + half};
}

/** {@link tTest2FromSummary} on raw samples (for fixtures and cross-checks). */
export function tTest2(a: readonly number[], b: readonly number[], options: TTestOptions = {}): TTestResult {
  return tTest2FromSummary(summarize(a), summarize(b), options);
}

function summarize(values: readonly number[]): GroupSummary {
  if (values.length < 2) throw new Error(`invalid sample: length ${values.length}, need at least 2`);
  return {n: values.length, mean: mean(values), variance: variance(values, 1)};
}

function assertGroup(g: GroupSummary, what: string): void {
  if (!Number.isInteger(g.n) || g.n < 2) throw new Error(`invalid ${what}.n: ${g.n}`);
  assertFinite(g.mean, `${what}.mean`);
  assertFinite(g.variance, `${what}.variance`);
  if (g.variance < 0) throw new Error(`invalid ${what}.variance: ${g.variance}`);
}
