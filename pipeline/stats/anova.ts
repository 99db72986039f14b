/**
 * One-way analysis of variance from group summaries (`count(*)`, `avg(x)`, `var_samp(x)` per group in DuckDB).
 */
import {fSf} from "./distributions.js";
import {mean, variance} from "./descriptive.js";
import type {GroupSummary} from "./tTest.js";
import {assertFinite, assertMinLength} from "./validate.js";

/** Result of a one-way ANOVA of H0: all group means are equal. */
export interface AnovaResult {
  /** F = MS_between / MS_within. */
  F: number;
  /** k − 1. */
  dfBetween: number;
  /** N − k. */
  dfWithin: number;
  /** Upper-tail F(dfBetween, dfWithin) p-value. */
  p: number;
  /** Between-group sum of squares Σn_i(m_i − m)², in the unit of the values squared. */
  ssBetween: number;
  /** Within-group sum of squares Σ(n_i − 1)·v_i, in the unit of the values squared. */
  ssWithin: number;
  /** η² = SS_between / SS_total, unitless (share of variance explained, biased upward). */
  etaSquared: number;
  /** ω² = (SS_between − df_between·MS_within) / (SS_total + MS_within), unitless (less biased; may be < 0). */
  omegaSquared: number;
}

/**
 * One-way ANOVA from per-group n, mean and unbiased variance, as `scipy.stats.f_oneway`: with the grand mean
 * m = Σn_i·m_i / N, SS_between = Σn_i(m_i − m)², SS_within = Σ(n_i − 1)·v_i, F = (SS_between/(k − 1)) /
 * (SS_within/(N − k)).
 *
 * Groups of size 1 are allowed (they add nothing within). Throws on fewer than 2 groups, N − k < 1, a negative
 * or non-finite variance, or zero within-group variance.
 *
 * @example anovaOneWayFromSummary([{n: 3, mean: 2, variance: 1}, {n: 3, mean: 5, variance: 1}]).F // 13.5
 */
export function anovaOneWayFromSummary(groups: readonly GroupSummary[]): AnovaResult {
  assertMinLength(groups, 2, "groups");
  let N = 0;
  let weightedSum = 0;
  groups.forEach((g, i) => {
    if (!Number.isInteger(g.n) || g.n < 1) throw new Error(`invalid groups[${i}].n: ${g.n}`);
    assertFinite(g.mean, `groups[${i}].mean`);
    assertFinite(g.variance, `groups[${i}].variance`);
    if (g.variance < 0) throw new Error(`invalid groups[${i}].variance: ${g.variance}`);
    N += g.n;
    weightedSum += g.n * g.mean;
  });
  const k = groups.length;
  const dfBetween = k - 1;
  const dfWithin = N - k;
  if (dfWithin < 1) throw new Error(`invalid groups: N − k = ${dfWithin}`);
  const grandMean = weightedSum / N;
  let ssBetween = 0;
  let ssWithin = 0;
  for (const g of groups) {
    ssBetween += g.n * (g.mean - grandMean) ** 2;
    ssWithin += (g.n - 1) * g.variance;
  }
  if (!(ssWithin > 0)) throw new Error("invalid groups: zero within-group variance");
  const msWithin = ssWithin / dfWithin;
  const F = ssBetween / dfBetween / msWithin;
  const ssTotal = ssBetween + ssWithin;
  return {
    F,
    dfBetween,
    dfWithin,
    p: fSf(F, dfBetween, dfWithin),
    ssBetween,
    ssWithin,
    etaSquared: ssBetween / ssTotal,
    omegaSquared: (ssBetween - dfBetween * msWithin) / (ssTotal + msWithin)
  };
}

/** {@link anovaOneWayFromSummary} on raw samples (for fixtures and cross-checks). */
export function anovaOneWay(samples: readonly (readonly number[])[]): AnovaResult {
  return anovaOneWayFromSummary(
    samples.map((s) => ({n: s.length, mean: mean(s), variance: s.length > 1 ? variance(s, 1) : 0}))
  );
}
