import {describe, expect, it} from "vitest";

import {tQuantile} from "./distributions.js";
import {fitMeanInterval, ols, predict, slopeInterval, wls} from "./regression.js";
import {expectClose} from "./testing/close.js";

// NIST StRD "Norris" (linear least squares, lower difficulty), https://www.itl.nist.gov/div898/strd/lls/data/Norris.shtml
const NORRIS_Y = [
  0.1, 338.8, 118.1, 888.0, 9.2, 228.1, 668.5, 998.5, 449.1, 778.9, 559.2, 0.3, 0.1, 778.1, 668.8, 339.3, 448.9, 10.8,
  557.7, 228.3, 998.0, 888.8, 119.6, 0.3, 0.6, 557.6, 339.3, 888.0, 998.5, 778.9, 10.2, 117.6, 228.9, 668.4, 449.2, 0.2
];
const NORRIS_X = [
  0.2, 337.4, 118.2, 884.6, 10.1, 226.5, 666.3, 996.3, 448.6, 777.0, 558.2, 0.4, 0.6, 775.5, 666.9, 338.0, 447.5, 11.6,
  556.0, 228.1, 995.8, 887.6, 120.2, 0.3, 0.3, 556.8, 339.1, 887.2, 999.0, 779.0, 11.1, 118.3, 229.2, 669.1, 448.9, 0.5
];

// A trends-page-like series: yearly mean minutes weighted by recipes per year (made-up numbers, real shape).
const YEARS = [1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010];
const MINUTES = [49.7, 47.2, 46.9, 45.1, 44.8, 43.0, 42.6, 41.9, 41.2, 40.3, 39.1, 38.1];
const RECIPES = [134, 800, 2500, 4200, 8000, 12000, 20000, 26000, 29790, 18000, 9000, 3000];

describe("wls", () => {
  it("matches a 5-point fit derived by hand", () => {
    // x = 1..5, y = [2, 4, 5, 4, 5], w = [1, 2, 1, 2, 1]: Σw = 7, x̄_w = 21/7 = 3, ȳ_w = 28/7 = 4;
    // dx = [−2, −1, 0, 1, 2], dy = [−2, 0, 1, 0, 1]; Sxx = 4 + 2 + 0 + 2 + 4 = 12; Sxy = 4 + 0 + 0 + 0 + 2 = 6;
    // Syy = 4 + 0 + 1 + 0 + 1 = 6. slope = 6/12 = 0.5, intercept = 4 − 0.5·3 = 2.5.
    // e = dy − 0.5·dx = [−1, 0.5, 1, −0.5, 0]; Σw·e² = 1 + 0.5 + 1 + 0.5 + 0 = 3; R² = 1 − 3/6 = 0.5.
    // σ² = 3/(5 − 2) = 1; se(slope) = √(1/12); se(intercept) = √(1/7 + 9/12) = √(25/28); t = 0.5·√12 = √3.
    // p = 2·P(T₃ ≥ √3) = 1/2 − 1/π from the t₃ CDF 1/2 + (u/(1 + u²) + atan u)/π, u = t/√3 = 1.
    const fit = wls([1, 2, 3, 4, 5], [2, 4, 5, 4, 5], [1, 2, 1, 2, 1]);
    expectClose(fit.slope, 0.5, 1e-14);
    expectClose(fit.intercept, 2.5, 1e-14);
    expectClose(fit.r2, 0.5, 1e-14);
    expectClose(fit.slopeStdErr, Math.sqrt(1 / 12), 1e-14);
    expectClose(fit.interceptStdErr, Math.sqrt(25 / 28), 1e-14);
    expectClose(fit.t, Math.sqrt(3), 1e-14);
    expectClose(fit.p, 0.5 - 1 / Math.PI, 1e-12);
    expect(fit.df).toBe(3);
    expect(fit.n).toBe(5);
  });

  it("matches an independent normal-equations solve (numpy 2.4.6 lstsq on √w-scaled design)", () => {
    // β = lstsq(√w·[1, x], √w·y); cov = σ²(XᵀWX)⁻¹ with σ² = Σw·e²/(n − 2): what statsmodels WLS reports.
    const fit = wls(YEARS, MINUTES, RECIPES);
    expectClose(fit.slope, -0.8558797924989319, 1e-9);
    expectClose(fit.intercept, 1758.7714174568114, 1e-9);
    expectClose(fit.slopeStdErr, 0.04236101324730436, 1e-9);
    expectClose(fit.interceptStdErr, 84.97679122269403, 1e-9);
    expectClose(fit.t, -20.20442210629595, 1e-9);
    expectClose(fit.p, 1.942924486546452e-9, 1e-7);
    expectClose(fit.r2, 0.9760890638009908, 1e-9);
  });

  it("does not change when all weights are scaled", () => {
    const base = wls(YEARS, MINUTES, RECIPES);
    const scaled = wls(
      YEARS,
      MINUTES,
      RECIPES.map((w) => w / 29790)
    );
    for (const key of ["slope", "intercept", "slopeStdErr", "interceptStdErr", "t", "p", "r2"] as const) {
      expectClose(scaled[key], base[key], 1e-9);
    }
  });

  it("reports an exact fit as t = ±∞, p = 0", () => {
    // Weights chosen so the weighted means (2 and 3) and every residual are exact in binary floating point.
    const fit = wls([1, 2, 3], [5, 3, 1], [1, 1, 1]);
    expect(fit.slope).toBe(-2);
    expect(fit.t).toBe(-Infinity);
    expect(fit.p).toBe(0);
    expect(fit.r2).toBe(1);
  });

  it("rejects n < 3, mismatched lengths, non-positive weights, NaN and zero variance", () => {
    expect(() => wls([1, 2], [1, 2], [1, 1])).toThrow("invalid x: length 2");
    expect(() => wls([1, 2, 3], [1, 2], [1, 1, 1])).toThrow("invalid x/y");
    expect(() => wls([1, 2, 3], [1, 2, 3], [1, 1])).toThrow("invalid x/w");
    expect(() => wls([1, 2, 3], [1, 2, 3], [1, 0, 1])).toThrow("invalid weights[1]");
    expect(() => wls([1, 2, 3], [1, Number.NaN, 3], [1, 1, 1])).toThrow("invalid y[1]");
    expect(() => wls([2, 2, 2], [1, 2, 3], [1, 1, 1])).toThrow("invalid x: zero variance");
    expect(() => wls([1, 2, 3], [4, 4, 4], [1, 1, 1])).toThrow("invalid y: zero variance");
  });
});

describe("ols", () => {
  it("reproduces the NIST StRD Norris certified values", () => {
    // Certified to 15 digits; 1e-9 relative leaves room only for the data's own rounding in float64.
    const fit = ols(NORRIS_X, NORRIS_Y);
    expectClose(fit.slope, 1.00211681802045, 1e-9);
    expectClose(fit.intercept, -0.262323073774029, 1e-9);
    expectClose(fit.slopeStdErr, 0.429796848199937e-3, 1e-9);
    expectClose(fit.interceptStdErr, 0.232818234301152, 1e-9);
    expectClose(fit.r2, 0.999993745883712, 1e-12);
    // Certified residual standard deviation 0.884796396144373 = √(SSE/34), and F = t² = 5436385.54079785.
    expect(fit.df).toBe(34);
    expectClose(fit.t ** 2, 5436385.54079785, 1e-9);
    expect(fit.p).toBeLessThan(1e-80);
  });

  it("matches scipy.stats.linregress (scipy 1.17.1)", () => {
    const fit = ols(YEARS, MINUTES);
    expectClose(fit.slope, -0.9625874125874126, 1e-9);
    expectClose(fit.intercept, 1972.8314685314688, 1e-9);
    expectClose(fit.r2, 0.9797227745912513, 1e-9);
    expectClose(fit.p, 8.508347927301358e-10, 1e-7);
    expectClose(fit.slopeStdErr, 0.043791804461587126, 1e-9);
    expectClose(fit.interceptStdErr, 87.78080221335605, 1e-9);
  });

  it("equals wls with any constant weight", () => {
    expectClose(ols(YEARS, MINUTES).p, wls(YEARS, MINUTES, new Array(YEARS.length).fill(7)).p, 1e-12);
  });
});

describe("predict", () => {
  it("evaluates intercept + slope·x", () => {
    expect(predict({slope: 2, intercept: 1}, 3)).toBe(7);
    const fit = wls([1, 2, 3, 4, 5], [2, 4, 5, 4, 5], [1, 2, 1, 2, 1]);
    expectClose(predict(fit, 3), 4, 1e-14);
  });
});

describe("slopeInterval", () => {
  // scipy 1.17.1 stats.t.ppf(0.975, 7) = 2.3646242510102993.
  const T_975_7 = 2.3646242510102993;

  it("is slope ± t(0.975, df)·se at 95 %", () => {
    const ci = slopeInterval({slope: 0.4, slopeStdErr: 0.1, df: 7}, 0.95);
    expect(ci.estimate).toBe(0.4);
    expectClose(ci.halfWidth, T_975_7 * 0.1, 1e-8);
    expectClose(ci.lower, 0.4 - T_975_7 * 0.1, 1e-8);
    expectClose(ci.upper, 0.4 + T_975_7 * 0.1, 1e-8);
    expect(ci.level).toBe(0.95);
  });

  it("scales estimate and bounds alike (a slope per month quoted per year)", () => {
    const ci = slopeInterval({slope: -0.05, slopeStdErr: 0.02, df: 7}, 0.95, 12);
    expectClose(ci.estimate, -0.6, 1e-12);
    expectClose(ci.lower, 12 * (-0.05 - T_975_7 * 0.02), 1e-8);
    expectClose(ci.upper, 12 * (-0.05 + T_975_7 * 0.02), 1e-8);
  });

  it("is infinite for a fit with no residual degree of freedom", () => {
    const ci = slopeInterval({slope: 1, slopeStdErr: 0, df: 0}, 0.95, 12);
    expect(ci.halfWidth).toBe(Infinity);
    expect([ci.lower, ci.upper]).toEqual([-Infinity, Infinity]);
  });
});

describe("fitMeanInterval", () => {
  // Independently: the fitted mean at x0 is the intercept of the same fit on x − x0, so its standard error is that
  // refit's interceptStdErr (statsmodels' bse[0] on the shifted design).
  const x = [0, 1, 2, 3, 5, 8, 9, 12];
  const y = [4.61, 4.7, 4.64, 4.69, 4.6, 4.72, 4.66, 4.63];
  const w = [3, 10, 4, 8, 1, 12, 6, 2];

  it.each([
    ["weighted", w],
    ["unweighted", w.map(() => 1)]
  ])("is the %s fit's value ± t · the standard error of the intercept of the fit shifted to that x", (_, weights) => {
    const fit = wls(x, y, weights);
    for (const x0 of [0, 4.5, 12, 20]) {
      const shifted = wls(
        x.map((v) => v - x0),
        y,
        weights
      );
      const half = tQuantile(0.975, fit.df) * shifted.interceptStdErr;
      const band = fitMeanInterval(fit, x, weights, x0, 0.95);
      expectClose(band.lower, predict(fit, x0) - half, 1e-12);
      expectClose(band.upper, predict(fit, x0) + half, 1e-12);
    }
  });

  it("is narrowest at the weighted mean of x", () => {
    const fit = wls(x, y, w);
    const xBar = x.reduce((s, v, i) => s + v * w[i]!, 0) / w.reduce((s, v) => s + v, 0);
    const width = (at: number) => {
      const {lower, upper} = fitMeanInterval(fit, x, w, at, 0.95);
      return upper - lower;
    };
    expect(width(xBar)).toBeLessThan(width(xBar - 1));
    expect(width(xBar)).toBeLessThan(width(xBar + 1));
  });
});
