/**
 * The page's significance level and the Kruskal–Wallis summary every per-season comparison of a measure shares:
 * the SQL returns, per season, n and the sum of average ranks, plus the tie term; this turns them into H, p and ε².
 */
import {z} from "zod";

import {varianceExplainedLabel} from "../../pipeline/narrative.js";
import {isSignificant, kruskalWallisFromRanks} from "../../pipeline/stats/index.js";
import type {Row} from "../../pipeline/warehouse.js";
import {seasonRows} from "./_seasons.js";

/** Significance level of every test on the page (strict p < α). */
export const ALPHA = 0.05;

/** Effect-size bands (Cohen 1988); also LABELS keys, so claims quote them with the `label` spec. */
export const effectSchema = z
  .enum(["negligible", "small", "medium", "large"])
  .describe("Effect-size band of the statistic, from Cohen's conventional thresholds.");

/** Kruskal–Wallis H test across the seasons that have recipes. */
export const kruskalSchema = z.object({
  H: z.number().nonnegative().describe("Tie-corrected Kruskal–Wallis H statistic (scipy.stats.kruskal)."),
  df: z.number().int().positive().describe("Degrees of freedom: seasons − 1."),
  p: z.number().min(0).max(1).describe("Upper-tail χ²(df) p-value of H."),
  epsilonSquared: z.number().nonnegative().describe("Effect size ε² = H / (N − 1), unitless, 0–1."),
  effect: effectSchema.describe("Band of ε²: 0.01 / 0.06 / 0.14 thresholds."),
  significant: z.boolean().describe("p < α."),
  n: z.number().int().positive().describe("Recipes tested (N).")
});

/** A Kruskal–Wallis summary as published in snapshots. */
export type Kruskal = z.infer<typeof kruskalSchema>;

/**
 * Kruskal–Wallis from the SQL rows `season, n, rank_sum, tie_term` (one row per season, tie_term repeated).
 *
 * When every value is tied the statistic is undefined (the tie correction is 0); no rank can then differ between
 * seasons, so the result is reported as H = 0, p = 1 rather than failing the build on a degenerate input.
 */
export function kruskalFromRows(rows: readonly Row[]): Kruskal {
  const groups = seasonRows(rows).map((row) => ({n: Number(row.n), rankSum: Number(row.rank_sum)}));
  const tieTerm = Number(rows[0]?.tie_term ?? 0);
  const N = groups.reduce((sum, g) => sum + g.n, 0);
  if (groups.length >= 2 && tieTerm >= N ** 3 - N) {
    return {H: 0, df: groups.length - 1, p: 1, epsilonSquared: 0, effect: "negligible", significant: false, n: N};
  }
  const result = kruskalWallisFromRanks(groups, tieTerm);
  // Identical seasons give H = 0 up to rounding, which can land a hair below 0: that is H = 0, p = 1.
  const H = Math.max(0, result.H);
  const p = H === 0 ? 1 : result.p;
  const epsilonSquared = H / (N - 1);
  return {
    H,
    df: result.df,
    p,
    epsilonSquared,
    effect: varianceExplainedLabel(epsilonSquared),
    significant: isSignificant(p, ALPHA),
    n: N
  };
}
