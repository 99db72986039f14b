/**
 * Distribution functions behind every p-value and interval in `pipeline/stats/`. The CDFs come from stdlib; this
 * module adds what stdlib does not ship here: upper tails computed directly (so a χ² of 173 on 3 df gives
 * 2.4e-37, not `1 − 1 = 0`) and the Student t quantile.
 */
import chiSquareCdfStdlib from "@stdlib/stats-base-dists-chisquare-cdf";
import fCdfStdlib from "@stdlib/stats-base-dists-f-cdf";
import normalCdfStdlib from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantileStdlib from "@stdlib/stats-base-dists-normal-quantile";
import tCdfStdlib from "@stdlib/stats-base-dists-t-cdf";

import {assertFinite, assertOpenProbability} from "./validate.js";

/**
 * Standard normal CDF Φ(z) = P(Z ≤ z).
 *
 * @example normalCdf(1.959963984540054) // ≈ 0.975
 */
export function normalCdf(z: number): number {
  return normalCdfStdlib(z, 0, 1);
}

/**
 * Standard normal quantile Φ⁻¹(p), for 0 < p < 1.
 *
 * @example normalQuantile(0.975) // ≈ 1.959963984540054
 */
export function normalQuantile(p: number): number {
  assertOpenProbability(p, "p");
  return normalQuantileStdlib(p, 0, 1);
}

/**
 * Student t CDF P(T ≤ t) with `df` > 0 degrees of freedom (df may be fractional, as in Welch's test).
 *
 * @example studentTCdf(-2.228138852, 10) // ≈ 0.025
 */
export function studentTCdf(t: number, df: number): number {
  assertDf(df, "df");
  return tCdfStdlib(t, df);
}

/**
 * Two-sided p-value of a t statistic: p = 2·P(T ≤ −|t|).
 *
 * Computed from the lower tail, which stdlib evaluates directly, so tiny p-values keep their digits.
 *
 * @example tTwoSidedPValue(2.228138852, 10) // ≈ 0.05
 */
export function tTwoSidedPValue(t: number, df: number): number {
  assertDf(df, "df");
  if (Number.isNaN(t)) throw new Error(`invalid t: ${t}`);
  return Math.min(1, 2 * tCdfStdlib(-Math.abs(t), df));
}

/**
 * Student t quantile: the t with P(T ≤ t) = p, for 0 < p < 1 and `df` > 0 (fractional allowed).
 *
 * No t quantile package is installed, so this inverts stdlib's CDF by bisection on the tail that is evaluated
 * without cancellation; the result is exact to about 1e-14 relative.
 *
 * @example tQuantile(0.975, 10) // ≈ 2.228138851986274
 */
export function tQuantile(p: number, df: number): number {
  assertOpenProbability(p, "p");
  assertDf(df, "df");
  if (p === 0.5) return 0;
  // Solve P(T ≤ −x) = tail for x > 0, then restore the sign: the lower tail keeps full relative precision.
  const tail = Math.min(p, 1 - p);
  let lo = 0;
  let hi = 1;
  while (tCdfStdlib(-hi, df) > tail) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (tCdfStdlib(-mid, df) > tail) lo = mid;
    else hi = mid;
  }
  const x = (lo + hi) / 2;
  return p < 0.5 ? -x : x;
}

/**
 * Upper tail of the χ² distribution, P(X ≥ x), with integer `df` ≥ 1 (every χ² and Kruskal–Wallis test here).
 *
 * χ²(k) is Gamma(a = k/2, scale 2), so the tail is the regularized upper incomplete gamma Q(a, x/2). Below the
 * mode (x/2 < a + 1) Q is not small and `1 − stdlib CDF` is accurate; above it, Q is evaluated directly by
 * Legendre's continued fraction (modified Lentz), so p-values like 1e-100 stay exact to ~1e-13 relative.
 *
 * @example chiSquareSf(3.841458820694124, 1) // ≈ 0.05
 */
export function chiSquareSf(x: number, df: number): number {
  if (!Number.isInteger(df) || df < 1) throw new Error(`invalid df: ${df}`);
  if (Number.isNaN(x)) throw new Error(`invalid x: ${x}`);
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  const a = df / 2;
  const z = x / 2;
  if (z < a + 1) return 1 - chiSquareCdfStdlib(x, df);
  return Math.exp(-z + a * Math.log(z) - lnGammaHalfInteger(df)) * gammaContinuedFraction(a, z);
}

/**
 * Upper tail of the F distribution, P(F ≥ x), with `d1`, `d2` > 0 degrees of freedom.
 *
 * Uses the identity P(F(d1, d2) ≥ x) = P(F(d2, d1) ≤ 1/x), so stdlib's lower-tail CDF gives the small tail
 * without the `1 − CDF` cancellation.
 *
 * @example fSf(3.885293834652391, 2, 12) // ≈ 0.05
 */
export function fSf(x: number, d1: number, d2: number): number {
  assertDf(d1, "d1");
  assertDf(d2, "d2");
  if (Number.isNaN(x)) throw new Error(`invalid x: ${x}`);
  if (x <= 0) return 1;
  return fCdfStdlib(1 / x, d2, d1);
}

function assertDf(df: number, what: string): void {
  assertFinite(df, what);
  if (!(df > 0)) throw new Error(`invalid ${what}: ${df}`);
}

/** ln Γ(k/2) for integer k ≥ 1, from Γ(n) = (n−1)! and Γ(n + ½) = √π·Π(i + ½), exact up to rounding. */
function lnGammaHalfInteger(k: number): number {
  let sum = 0;
  if (k % 2 === 0) {
    for (let i = 2; i < k / 2; i++) sum += Math.log(i);
    return sum;
  }
  for (let i = 0; i < (k - 1) / 2; i++) sum += Math.log(i + 0.5);
  return sum + 0.5 * Math.log(Math.PI);
}

/** Continued fraction for Q(a, z)·Γ(a)·e^z·z^−a, valid and fast for z ≥ a + 1 (Numerical Recipes §6.2). */
function gammaContinuedFraction(a: number, z: number): number {
  const tiny = 1e-300;
  let b = z + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return h;
}
