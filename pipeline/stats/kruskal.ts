/**
 * Kruskal–Wallis H test from per-group rank sums, which DuckDB computes with `rank()`-style average ranks over
 * all rows, `sum(rank)` per group, and the tie term Σ(t³ − t) over groups of equal values.
 */
import {chiSquareSf} from "./distributions.js";
import {rank, tieTerm as computeTieTerm} from "./ranks.js";
import {assertFinite, assertMinLength} from "./validate.js";

/** One group's size and the sum of its average ranks (ranks 1..N over all groups pooled). */
export interface RankSumGroup {
  n: number;
  rankSum: number;
}

/** Result of the Kruskal–Wallis test of H0: all groups come from the same distribution. */
export interface KruskalWallisResult {
  /** Tie-corrected H statistic (scipy's `kruskal` statistic). */
  H: number;
  /** Number of groups − 1. */
  df: number;
  /** Upper-tail χ²(df) p-value of H. */
  p: number;
  /** Effect size ε² = H / (N − 1) = H·(N + 1)/(N² − 1), unitless in [0, 1] (Tomczak & Tomczak 2014). */
  epsilonSquared: number;
  /** Total number of observations N. */
  N: number;
}

/**
 * Kruskal–Wallis test from rank sums, as `scipy.stats.kruskal`: with N = Σn_i and R_i the rank sums,
 * H₀ = 12/(N(N + 1))·ΣR_i²/n_i − 3(N + 1), tie correction C = 1 − tieTerm/(N³ − N), H = H₀/C,
 * df = k − 1, p = P(χ²(df) ≥ H).
 *
 * `tieTerm` is Σ(t³ − t) over the groups of t tied values (0 if none; see `tieTerm` in ranks.ts). Throws on
 * fewer than 2 groups, a group with n < 1, rank sums that do not add up to N(N + 1)/2 (relative 1e-9: a
 * broken ranking query), or all values tied (C = 0).
 *
 * @example kruskalWallisFromRanks([{n: 3, rankSum: 6}, {n: 3, rankSum: 15}, {n: 2, rankSum: 15}], 6 + 120)
 */
export function kruskalWallisFromRanks(groups: readonly RankSumGroup[], tieTerm: number): KruskalWallisResult {
  assertMinLength(groups, 2, "groups");
  let N = 0;
  let rankTotal = 0;
  let sumSquares = 0;
  groups.forEach((g, i) => {
    if (!Number.isInteger(g.n) || g.n < 1) throw new Error(`invalid groups[${i}].n: ${g.n}`);
    assertFinite(g.rankSum, `groups[${i}].rankSum`);
    N += g.n;
    rankTotal += g.rankSum;
    sumSquares += g.rankSum ** 2 / g.n;
  });
  const expectedTotal = (N * (N + 1)) / 2;
  if (Math.abs(rankTotal - expectedTotal) > 1e-9 * expectedTotal) {
    throw new Error(`invalid groups: rank sums total ${rankTotal}, expected N(N+1)/2 = ${expectedTotal}`);
  }
  assertFinite(tieTerm, "tieTerm");
  if (tieTerm < 0) throw new Error(`invalid tieTerm: ${tieTerm}`);
  const correction = 1 - tieTerm / (N ** 3 - N);
  if (!(correction > 0)) throw new Error("invalid values: all tied");
  const H = ((12 / (N * (N + 1))) * sumSquares - 3 * (N + 1)) / correction;
  const df = groups.length - 1;
  return {H, df, p: chiSquareSf(H, df), epsilonSquared: H / (N - 1), N};
}

/** {@link kruskalWallisFromRanks} on raw samples: pools them, ranks with ties averaged, sums ranks per group. */
export function kruskalWallis(samples: readonly (readonly number[])[]): KruskalWallisResult {
  const pooled = samples.flat();
  const ranks = rank(pooled);
  let offset = 0;
  const groups = samples.map((sample) => {
    let rankSum = 0;
    for (let i = 0; i < sample.length; i++) rankSum += ranks[offset + i];
    offset += sample.length;
    return {n: sample.length, rankSum};
  });
  return kruskalWallisFromRanks(groups, computeTieTerm(pooled));
}
