/** Normality diagnostic: the Shapiro–Wilk test of `scipy.stats.shapiro` (Royston's algorithm AS R94). */
import {normalCdf} from "./distributions.js";
import {assertFiniteArray, assertMinLength} from "./validate.js";

/** Shapiro–Wilk statistic and p-value. */
export interface ShapiroWilk {
  /** W in (0, 1]: squared correlation of the sorted sample with the normal-scores coefficients. */
  W: number;
  /** p-value for H0 "the sample is normal"; small p rejects normality. */
  p: number;
  n: number;
}

// Royston (1995) AS R94 polynomial coefficients, lowest order first, as in scipy's `swilk`.
const C1 = [0, 0.221157, -0.147981, -2.07119, 4.434685, -2.706056];
const C2 = [0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633];
const C3 = [0.544, -0.39978, 0.025054, -0.0006714];
const C4 = [1.3822, -0.77857, 0.062767, -0.0020322];
const C5 = [-1.5861, -0.31082, -0.083751, 0.0038915];
const C6 = [-0.4803, -0.082676, 0.0030302];
const G = [-2.273, 0.459];
/** AS R94's floor for p-values beyond the small-sample approximation's range, and its zero-range threshold. */
const SMALL = 1e-19;

/**
 * Shapiro–Wilk W test of normality by Royston's algorithm AS R94 (1995), as `scipy.stats.shapiro`, for
 * 3 ≤ n ≤ 5000.
 *
 * W = (Σ a_i·x_(i))² / Σ(x_i − x̄)², with approximate normal-scores coefficients a_i; the p-value comes from
 * Royston's normalising transformation of ln(1 − W) (for 4 ≤ n ≤ 11, of −ln(γ − ln(1 − W)) with
 * γ = −2.273 + 0.459n) and is exact for n = 3: p = 6/π·(asin√W − asin√0.75). Like scipy, the coefficients
 * use AS 111's normal quantile (PPND, ~7 digits), not an exact one: that is part of the published algorithm
 * and keeps W identical to scipy's (and to the reference's oracles) instead of differing in the 7th digit.
 *
 * Throws if n < 3, n > 5000, a value is not finite, or the sample has zero range.
 *
 * @example shapiroWilk([148, 154, 158, 160, 161, 162, 166, 170, 182, 195, 236]) // W ≈ 0.78881, p ≈ 0.006704
 */
export function shapiroWilk(values: readonly number[]): ShapiroWilk {
  assertMinLength(values, 3, "values");
  assertFiniteArray(values, "values");
  const n = values.length;
  if (n > 5000) throw new Error(`invalid values: length ${n}, Shapiro–Wilk needs at most 5000`);

  // Sort and centre on a middle value (scipy gh-15777): W is shift-invariant, and centring avoids cancellation.
  const x = [...values].sort((a, b) => a - b);
  const centre = x[Math.floor(n / 2)];
  for (let i = 0; i < n; i++) x[i] -= centre;
  const range = x[n - 1] - x[0];
  if (range < SMALL) throw new Error("invalid values: zero range");

  const a = coefficients(n);
  const half = a.length;
  // Full antisymmetric coefficient vector for the sorted sample: −a_i at the bottom, +a_i at the top.
  const c = new Array<number>(n).fill(0);
  for (let i = 0; i < half; i++) {
    c[i] = -a[i];
    c[n - 1 - i] = a[i];
  }

  // W is the squared correlation of c and x; computing 1 − W directly keeps W ≈ 1 accurate (AS R94).
  let cBar = 0;
  let xBar = 0;
  for (let i = 0; i < n; i++) {
    cBar += c[i];
    xBar += x[i] / range;
  }
  cBar /= n;
  xBar /= n;
  let ssa = 0;
  let ssx = 0;
  let sax = 0;
  for (let i = 0; i < n; i++) {
    const ac = c[i] - cBar;
    const xc = x[i] / range - xBar;
    ssa += ac * ac;
    ssx += xc * xc;
    sax += ac * xc;
  }
  const root = Math.sqrt(ssa * ssx);
  const w1 = ((root - sax) * (root + sax)) / (ssa * ssx);
  const W = 1 - w1;

  if (n === 3) {
    // Exact null distribution for n = 3; W ≥ 0.75 in theory, clamp rounding below it as scipy does.
    if (W < 0.75) return {W: 0.75, p: 0, n};
    return {W, p: 1 - (6 / Math.PI) * Math.acos(Math.sqrt(W)), n};
  }
  let y = Math.log(w1);
  let m: number;
  let s: number;
  if (n <= 11) {
    const gamma = poly(G, n);
    if (y >= gamma) return {W, p: SMALL, n};
    y = -Math.log(gamma - y);
    m = poly(C3, n);
    s = Math.exp(poly(C4, n));
  } else {
    const lnN = Math.log(n);
    m = poly(C5, lnN);
    s = Math.exp(poly(C6, lnN));
  }
  return {W, p: normalCdf(-(y - m) / s), n};
}

/** The upper-half coefficients a_1..a_⌊n/2⌋ (positive, largest first) of AS R94. */
function coefficients(n: number): number[] {
  const half = Math.floor(n / 2);
  if (n === 3) return [Math.SQRT1_2];
  const m = new Array<number>(half);
  let summ2 = 0;
  for (let i = 0; i < half; i++) {
    m[i] = ppnd((i + 1 - 0.375) / (n + 0.25));
    summ2 += m[i] ** 2;
  }
  summ2 *= 2;
  const ssumm2 = Math.sqrt(summ2);
  const rsn = 1 / Math.sqrt(n);
  const a = new Array<number>(half);
  a[0] = poly(C1, rsn) - m[0] / ssumm2;
  // The one or two extreme coefficients come from Royston's polynomials; the rest are rescaled normal scores.
  let first: number;
  let fac: number;
  if (n > 5) {
    first = 2;
    a[1] = -m[1] / ssumm2 + poly(C2, rsn);
    fac = Math.sqrt((summ2 - 2 * m[0] ** 2 - 2 * m[1] ** 2) / (1 - 2 * a[0] ** 2 - 2 * a[1] ** 2));
  } else {
    first = 1;
    fac = Math.sqrt((summ2 - 2 * m[0] ** 2) / (1 - 2 * a[0] ** 2));
  }
  for (let i = first; i < half; i++) a[i] = -m[i] / fac;
  return a;
}

/** Polynomial c[0] + c[1]·x + c[2]·x² + … by Horner's rule. */
function poly(c: readonly number[], x: number): number {
  let result = 0;
  for (let i = c.length - 1; i >= 0; i--) result = result * x + c[i];
  return result;
}

/**
 * Normal quantile by Beasley & Springer's AS 111 (PPND), about 7 significant digits: the approximation AS R94
 * and scipy's `swilk` use for the Shapiro–Wilk coefficients. Not a general-purpose quantile: use
 * `normalQuantile` (./distributions.ts) for that.
 */
function ppnd(p: number): number {
  const q = p - 0.5;
  if (Math.abs(q) <= 0.42) {
    const r = q * q;
    return (
      (q * (((-25.44106049637 * r + 41.39119773534) * r - 18.61500062529) * r + 2.50662823884)) /
      ((((3.13082909833 * r - 21.06224101826) * r + 23.08336743743) * r - 8.4735109309) * r + 1)
    );
  }
  // p is in (0, 1) here: callers pass (i − 0.375)/(n + 0.25).
  const r = Math.sqrt(-Math.log(q > 0 ? 1 - p : p));
  const value =
    (((2.32121276858 * r + 4.85014127135) * r - 2.29796479134) * r - 2.78718931138) /
    ((1.63706781897 * r + 3.54388924762) * r + 1);
  return q < 0 ? -value : value;
}
