/**
 * Simple linear regression y = intercept + slope·x by weighted (WLS) or ordinary (OLS) least squares, with the
 * standard errors, t-test and R² that statsmodels reports.
 */
import {tQuantile, tTwoSidedPValue} from "./distributions.js";
import {assertFiniteArray, assertMinLength, assertSameLength, assertWeights} from "./validate.js";

/** A fitted line and its inference; slope is in y-units per x-unit, intercept in y-units (value at x = 0). */
export interface LinearFit {
  slope: number;
  intercept: number;
  /** Standard error of the slope, √(σ²/Σw(x − x̄_w)²). */
  slopeStdErr: number;
  /** Standard error of the intercept, √(σ²·(1/Σw + x̄_w²/Σw(x − x̄_w)²)). */
  interceptStdErr: number;
  /** t statistic of the slope against 0, slope / slopeStdErr. */
  t: number;
  /** Two-sided p-value of `t` on `df` degrees of freedom. */
  p: number;
  /** Residual degrees of freedom, n − 2. */
  df: number;
  /** Weighted R² = 1 − Σw(y − ŷ)² / Σw(y − ȳ_w)² (plain R² when unweighted). */
  r2: number;
  /** Number of observations. */
  n: number;
}

/**
 * Weighted least squares of y on x with weights w, exactly `statsmodels.WLS(y, add_constant(x), weights=w).fit()`.
 *
 * With x̄_w = Σwx/Σw and ȳ_w = Σwy/Σw:
 * slope = Σw(x − x̄_w)(y − ȳ_w) / Σw(x − x̄_w)², intercept = ȳ_w − slope·x̄_w;
 * the scale σ² = Σw·e² / (n − 2) with residuals e = y − ŷ; slopeStdErr = √(σ² / Σw(x − x̄_w)²);
 * t = slope / slopeStdErr, p two-sided on n − 2 df; r2 = 1 − Σw·e² / Σw(y − ȳ_w)² (statsmodels `rsquared`, and
 * the reference's `1 − avg_w(e²)/avg_w((y − ȳ_w)²)`). Weights are relative precisions (inverse variances up to a
 * constant): multiplying them all by c > 0 changes nothing. A perfect fit gives slopeStdErr 0, t ±∞ and p 0.
 *
 * Throws if n < 3, lengths differ, a value is not finite, a weight is ≤ 0, or x or y has zero variance.
 *
 * @example wls([1999, 2000, 2001], [40, 42, 41], [100, 300, 200]).slope // min per year
 */
export function wls(x: readonly number[], y: readonly number[], w: readonly number[]): LinearFit {
  assertSameLength(x, y, "x/y");
  assertSameLength(x, w, "x/w");
  assertMinLength(x, 3, "x");
  assertFiniteArray(x, "x");
  assertFiniteArray(y, "y");
  assertWeights(w, true);
  const n = x.length;

  // Weighted means, then centred sums: centring first keeps calendar years (x ≈ 2000) from cancelling.
  let sw = 0;
  let swx = 0;
  let swy = 0;
  for (let i = 0; i < n; i++) {
    sw += w[i];
    swx += w[i] * x[i];
    swy += w[i] * y[i];
  }
  const xBar = swx / sw;
  const yBar = swy / sw;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - xBar;
    const dy = y[i] - yBar;
    sxx += w[i] * dx * dx;
    sxy += w[i] * dx * dy;
    syy += w[i] * dy * dy;
  }
  if (!(sxx > 0)) throw new Error("invalid x: zero variance");
  if (!(syy > 0)) throw new Error("invalid y: zero variance");

  const slope = sxy / sxx;
  const intercept = yBar - slope * xBar;
  let sse = 0;
  for (let i = 0; i < n; i++) {
    // Residual from the centred form, same value as y − (intercept + slope·x) with less rounding.
    const e = y[i] - yBar - slope * (x[i] - xBar);
    sse += w[i] * e * e;
  }
  const df = n - 2;
  const scale = sse / df;
  const slopeStdErr = Math.sqrt(scale / sxx);
  const interceptStdErr = Math.sqrt(scale * (1 / sw + (xBar * xBar) / sxx));
  const t = slopeStdErr === 0 ? Math.sign(slope) * Infinity : slope / slopeStdErr;
  return {
    slope,
    intercept,
    slopeStdErr,
    interceptStdErr,
    t,
    p: slopeStdErr === 0 ? 0 : tTwoSidedPValue(t, df),
    df,
    r2: 1 - sse / syy,
    n
  };
}

/**
 * Ordinary least squares of y on x: {@link wls} with unit weights, so slope, intercept, slopeStdErr, p and R²
 * equal `scipy.stats.linregress` (its `stderr`, `intercept_stderr`, `pvalue`, `rvalue²`).
 */
export function ols(x: readonly number[], y: readonly number[]): LinearFit {
  return wls(x, y, new Array<number>(x.length).fill(1));
}

/**
 * The fitted value intercept + slope·x, in y-units.
 *
 * @example predict({slope: 2, intercept: 1}, 3) // 7
 */
export function predict(fit: Pick<LinearFit, "slope" | "intercept">, x: number): number {
  return fit.intercept + fit.slope * x;
}

/** A fitted slope's two-sided t interval, in the unit the slope was scaled to. */
export interface SlopeInterval {
  /** slope·scale. */
  estimate: number;
  /** t(1 − (1 − level)/2, df)·slopeStdErr·scale; infinite when the fit has no residual degree of freedom. */
  halfWidth: number;
  lower: number;
  upper: number;
  level: number;
}

/**
 * The slope's two-sided t interval at `level`, scaled by `scale` so that a claim can quote it in its own unit: 12
 * turns a slope per month into one per year, a span of x turns it into the change along that span. A fit through
 * two points has no residual to estimate the error from, so its interval is infinite.
 *
 * @example slopeInterval({slope: 1, slopeStdErr: 0.5, df: 10}, 0.95, 12).lower // 12 − 2.228…·0.5·12 ≈ −1.37
 */
export function slopeInterval(
  fit: Pick<LinearFit, "slope" | "slopeStdErr" | "df">,
  level: number,
  scale = 1
): SlopeInterval {
  const halfWidth = fit.df > 0 ? tQuantile(1 - (1 - level) / 2, fit.df) * fit.slopeStdErr * scale : Infinity;
  const estimate = fit.slope * scale;
  return {estimate, halfWidth, lower: estimate - halfWidth, upper: estimate + halfWidth, level};
}

/**
 * The two-sided `level` confidence interval of a fitted line's mean at `at` (the band drawn around a trend line):
 * ŷ ± t(df) · σ·√(1/Σw + (at − x̄_w)²/Σw(x − x̄_w)²), with the x and w the fit was made on. σ² is the fit's scale,
 * recovered from its slope's standard error, whose square is σ²/Σw(x − x̄_w)². Narrowest at x̄_w, it widens away
 * from it; at x = 0 its half-width is t · interceptStdErr.
 *
 * @example fitMeanInterval(fit, x, w, x[0]!, 0.95) // {lower, upper} of the fitted mean at the first x
 */
export function fitMeanInterval(
  fit: Pick<LinearFit, "slope" | "intercept" | "slopeStdErr" | "df">,
  x: readonly number[],
  w: readonly number[],
  at: number,
  level: number
): {lower: number; upper: number} {
  assertSameLength(x, w, "x/w");
  let sw = 0;
  let swx = 0;
  for (let i = 0; i < x.length; i++) {
    sw += w[i];
    swx += w[i] * x[i];
  }
  const xBar = swx / sw;
  let sxx = 0;
  for (let i = 0; i < x.length; i++) sxx += w[i] * (x[i] - xBar) ** 2;
  const scale = fit.slopeStdErr ** 2 * sxx;
  const half = tQuantile(1 - (1 - level) / 2, fit.df) * Math.sqrt(scale * (1 / sw + (at - xBar) ** 2 / sxx));
  const fitted = predict(fit, at);
  return {lower: fitted - half, upper: fitted + half};
}
