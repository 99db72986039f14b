/**
 * The numeric machinery behind the calibration: a discrete distribution (pmf) is drawn in SQL by cutting a latent
 * standard normal at fixed thresholds, so adding a shift to the latent moves the whole distribution smoothly. The
 * solvers here pick the shifts (per year and season) and the logit drifts (per vocabulary item) that make the
 * generated data match the published figures.
 */

/** A discrete distribution over ascending integer values. Probabilities need not be normalised. */
export interface Pmf {
  values: readonly number[];
  weights: readonly number[];
}

/** Standard normal CDF (erfc by the Numerical Recipes Chebyshev fit, absolute error < 1.2e-7). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -z * z -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const erfc = t * Math.exp(poly);
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** Standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new Error(`invalid probability: ${p}`);
  const a = [
    -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
    2.506628277459239
  ];
  const b = [
    -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1
  ];
  const c = [
    -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783
  ];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    );
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

/** Normalised probabilities of a pmf. */
export function probabilities(pmf: Pmf): number[] {
  const total = pmf.weights.reduce((sum, w) => sum + w, 0);
  if (!(total > 0) || pmf.weights.some((w) => w < 0)) throw new Error("invalid pmf weights");
  return pmf.weights.map((w) => w / total);
}

/**
 * The latent thresholds of a pmf: value k is drawn when `z + shift >= lower[k]` and below the next threshold. The
 * first lower bound is -1e9 (standing in for -∞ in SQL). Values with zero probability are dropped.
 */
export function latentThresholds(pmf: Pmf): {value: number; lower: number}[] {
  const probs = probabilities(pmf);
  const out: {value: number; lower: number}[] = [];
  let cumulative = 0;
  probs.forEach((p, i) => {
    if (p <= 0) return;
    out.push({value: pmf.values[i], lower: out.length === 0 ? -1e9 : normalQuantile(Math.min(cumulative, 1 - 1e-12))});
    cumulative += p;
  });
  return out;
}

/** Mean of the value drawn with a given latent shift; `cuts` defaults to the pmf's thresholds. */
export function shiftedMean(pmf: Pmf, shift: number, cuts = latentThresholds(pmf)): number {
  let mean = 0;
  cuts.forEach((cut, i) => {
    const lo = i === 0 ? 0 : normalCdf(cut.lower - shift);
    const hi = i === cuts.length - 1 ? 1 : normalCdf(cuts[i + 1].lower - shift);
    mean += cut.value * (hi - lo);
  });
  return mean;
}

/** The latent shift whose drawn mean equals `target` (bisection; the mean grows with the shift). */
export function solveShift(pmf: Pmf, target: number): number {
  const cuts = latentThresholds(pmf);
  let lo = -4;
  let hi = 4;
  if (target <= shiftedMean(pmf, lo, cuts) || target >= shiftedMean(pmf, hi, cuts))
    throw new Error(`invalid target mean: ${target}`);
  // 32 halvings of [-4, 4] leave an error under 2e-9 on the shift.
  for (let i = 0; i < 32; i++) {
    const mid = (lo + hi) / 2;
    if (shiftedMean(pmf, mid, cuts) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export const logistic = (x: number): number => 1 / (1 + Math.exp(-x));
export const logit = (p: number): number => Math.log(p / (1 - p));

/** A share that drifts over the years on the logit scale: `p(year) = logistic(intercept + slope · (year − pivot))`. */
export interface Drift {
  intercept: number;
  slope: number;
}

/**
 * Solves a logit-linear drift from two published figures: the share over all recipes (`share`, weighted by the
 * recipes of each year) and the change of the yearly share from the first to the last year (`delta`). The mean is
 * monotone in the intercept and, with the mean held, the change grows with the slope over the range the published
 * figures need (slopes within ±1.5 logit/yr), so two nested bisections suffice.
 */
export function solveDrift(
  years: ReadonlyArray<{year: number; weight: number}>,
  pivot: number,
  share: number,
  delta: number
): Drift {
  const total = years.reduce((sum, y) => sum + y.weight, 0);
  const first = Math.min(...years.map((y) => y.year));
  const last = Math.max(...years.map((y) => y.year));
  const mean = (a: number, b: number) =>
    years.reduce((sum, y) => sum + y.weight * logistic(a + b * (y.year - pivot)), 0) / total;
  const interceptFor = (b: number) => {
    let lo = -20;
    let hi = 20;
    for (let i = 0; i < 48; i++) {
      const mid = (lo + hi) / 2;
      if (mean(mid, b) < share) lo = mid;
      else hi = mid;
    }
    return (lo + hi) / 2;
  };
  const change = (b: number) => {
    const a = interceptFor(b);
    return logistic(a + b * (last - pivot)) - logistic(a + b * (first - pivot));
  };
  let lo = -1.5;
  let hi = 1.5;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (change(mid) < delta) lo = mid;
    else hi = mid;
  }
  const slope = (lo + hi) / 2;
  return {intercept: interceptFor(slope), slope};
}
