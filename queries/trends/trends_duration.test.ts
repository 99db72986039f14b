import {describe, expect, it} from "vitest";

import {mean, quantile, wls} from "../../pipeline/stats/index.js";
import {expectClose} from "../../pipeline/stats/testing/close.js";
import {recipesSql} from "../../test/analysis.js";
import {runAnalysis as runTrends} from "../../test/analysis.js";
import {textProblems} from "../../pipeline/narrative.check.js";
import {TRENDS_TEXT} from "./testing/text.js";
import type {TrendsDuration} from "./trends_duration.schema.js";
import {CLAIM_IDS, summarize} from "./trends_duration.step.js";
import {text} from "./trends_duration.text.js";

/** The band's name is drawn with the percentiles of the band shown (the select's options, the tag in the chart). */
const BAND_TEXT = {...TRENDS_TEXT, drawnValues: {lowPercent: 10, highPercent: 90}};

/** Recipes with the given minutes, posted in the year of their key. */
function fixture(minutesByYear: Record<number, number[]>): string {
  const rows: Array<{id: number; submitted: string; minutes: number}> = [];
  for (const [year, list] of Object.entries(minutesByYear)) {
    for (const minutes of list) rows.push({id: rows.length + 1, submitted: `${year}-03-10`, minutes});
  }
  return recipesSql(rows);
}

const run = (minutesByYear: Record<number, number[]>) =>
  runTrends<TrendsDuration>("trends_duration", {recipesSql: fixture(minutesByYear)});

describe("trends_duration", () => {
  // Means 55, 50, 43.3, 40, 35: a steady fall.
  const falling: Record<number, number[]> = {
    2001: [60, 50, 40, 70],
    2002: [55, 45, 35, 65, 50],
    2003: [50, 40, 30, 60, 45, 35],
    2004: [45, 35, 25, 55],
    2005: [40, 30, 20, 50, 35]
  };

  it("aggregates each year as numpy would on the raw minutes", async () => {
    const d = await run(falling);
    const entries = Object.entries(falling).map(([y, list]) => [Number(y), [...list].sort((a, b) => a - b)] as const);
    expect(d.perYear.map((r) => [r.year, r.recipes])).toEqual(entries.map(([y, s]) => [y, s.length]));
    entries.forEach(([, sorted], i) => {
      const row = d.perYear[i];
      expectClose(row.mean, mean(sorted));
      expectClose(row.median, quantile(sorted, 0.5));
      for (const key of ["q05", "q10", "q25", "q33", "q66", "q75", "q90", "q95"] as const) {
        expectClose(row[key], quantile(sorted, Number(key.slice(1)) / 100));
      }
    });
    // By hand for 2001, sorted 40 50 60 70: Q25 at h = 0.75 → 47.5, Q75 at h = 2.25 → 62.5, median 55.
    expect(d.perYear[0]).toMatchObject({mean: 55, median: 55, q25: 47.5, q75: 62.5});
    // 95 % t intervals of the yearly means, scipy 1.17.1 stats.t.interval(0.95, n − 1, loc=mean, scale=sem):
    // 2001 [40, 50, 60, 70] → 34.45739743239479–75.5426025676052; 2003 (six recipes) → 31.998132896944–54.66853376972267.
    expectClose(d.perYear[0].intervals.mean!.lower, 34.45739743239479);
    expectClose(d.perYear[0].intervals.mean!.upper, 75.5426025676052);
    expectClose(d.perYear[2].intervals.mean!.lower, 31.998132896944);
    expectClose(d.perYear[2].intervals.mean!.upper, 54.66853376972267);
    // Total minutes (2001: 220, 2002: 250, 2003: 260, 2004: 160, 2005: 175 → 1065) over 24 recipes.
    expectClose(d.overallMean, 1065 / 24);
  });

  it("fits both WLS trends like a fit on the raw yearly values and claims the fall", async () => {
    const d = await run(falling);
    const years = Object.keys(falling).map(Number);
    const n = Object.values(falling).map((l) => l.length);
    const sorted = Object.values(falling).map((l) => [...l].sort((a, b) => a - b));
    const meanFit = wls(years, sorted.map(mean), n);
    const medianFit = wls(
      years,
      sorted.map((s) => quantile(s, 0.5)),
      n
    );
    for (const [fit, expected] of [
      [d.fits.mean, meanFit],
      [d.fits.median, medianFit]
    ] as const) {
      expectClose(fit.slope, expected.slope);
      expectClose(fit.intercept, expected.intercept);
      expectClose(fit.slopeStdErr, expected.slopeStdErr);
      expectClose(fit.p, expected.p);
      expectClose(fit.r2, expected.r2);
      expectClose(fit.change, expected.slope * 4);
    }
    expect(d.fits.mean.direction).toBe("down");
    expect(d.narrative.headline.id).toBe("mean_trend.down");
    expect(d.narrative.claims.map((c) => c.id)).toEqual(["median_trend.down", "dispersion"]);
    // 2005 sorted 20 30 35 40 50: Q25 = 30, Q75 = 40; 2001's band is 62.5 − 47.5 = 15.
    expect(d.current).toEqual({year: 2005, recipes: 5, mean: 35, median: 35, low: 30, high: 40, width: 10});
    expect(d.narrative.claims[1].values).toMatchObject({width: 10, firstWidth: 15, lastRecipes: 5, firstRecipes: 4});
    expect(d.bands.filter((b) => b.isDefault).map((b) => b.key)).toEqual(["q25_q75"]);
    expect(textProblems(text, CLAIM_IDS, [d], BAND_TEXT)).toEqual([]);
  });

  it("reports a trend that is not significant as flat, with the slope worked out by hand", async () => {
    // 2000: 10 min (n 1), 2001: 7 and 9 (mean 8, n 2), 2002: 4 (n 1). With x = year − 2000, weights 1 2 1:
    // x̄ = 1, ȳ = 7.5, Sxx = 2, Sxy = −2.5 − 3.5 = −6 → slope −3, intercept 7.5 + 3·2001 = 6010.5.
    // Residuals −0.5, +0.5 (×2), −0.5 → SSE = 1, Syy = 6.25 + 0.5 + 12.25 = 19 → R² = 18/19; σ² = SSE/1,
    // SE = √(1/2), t = −3√2 on 1 df (Cauchy): p = 1 − (2/π)·atan(3√2) ≈ 0.147, not below 0.05.
    const d = await run({2000: [10], 2001: [7, 9], 2002: [4]});
    expectClose(d.fits.mean.slope, -3);
    expectClose(d.fits.mean.intercept, 6010.5);
    expectClose(d.fits.mean.slopeStdErr, Math.SQRT1_2);
    expectClose(d.fits.mean.r2, 18 / 19);
    expectClose(d.fits.mean.p, 1 - (2 / Math.PI) * Math.atan(3 * Math.SQRT2));
    expect(d.fits.mean.df).toBe(1);
    // The fitted change over the two years, −6, with its 95 % t interval: t(0.975, 1 df) is the Cauchy quantile
    // tan(0.475π) ≈ 12.706, times SE √½ times the span 2.
    const half = Math.tan(0.475 * Math.PI) * Math.SQRT1_2 * 2;
    expect(d.narrative.headline).toMatchObject({
      id: "mean_trend.flat",
      values: {slope: -3, p: d.fits.mean.p, r2: d.fits.mean.r2, change: -6, level: 0.95, firstYear: "2000"}
    });
    expectClose(d.narrative.headline.values.changeLower as number, -6 - half, 1e-9);
    expectClose(d.narrative.headline.values.changeUpper as number, -6 + half, 1e-9);
    expect(d.narrative.claims[0].id).toBe("median_trend.flat");
    expect(textProblems(text, CLAIM_IDS, [d], BAND_TEXT)).toEqual([]);
  });

  it("claims an upward trend when later years take longer", async () => {
    const rising = Object.fromEntries(Object.entries(falling).map(([y, l]) => [4006 - Number(y), l]));
    const d = await run(rising);
    expect(d.perYear.map((r) => r.mean)).toEqual([35, 40, d.perYear[2].mean, 50, 55]);
    expect(d.narrative.headline.id).toBe("mean_trend.up");
    expect(d.narrative.claims[0].id).toBe("median_trend.up");
    expect(textProblems(text, CLAIM_IDS, [d], BAND_TEXT)).toEqual([]);
  });

  it("is reproduced by summarize from its own rows, as the browser recomputes it", async () => {
    const d = await run(falling);
    expect(summarize(d.perYear)).toEqual(d);
  });

  it("quotes the band a reader picks: the last year's Q10–Q90 spread, worked out by hand", async () => {
    const d = await run(falling);
    const wide = summarize(d.perYear, "q10_q90");
    // 2005 sorted 20 30 35 40 50: Q10 at h = 0.4 → 20 + 0.4·10 = 24, Q90 at h = 3.6 → 40 + 0.6·10 = 46.
    expect(wide.current).toMatchObject({year: 2005, low: 24, high: 46, width: 22});
    expect(wide.params).toMatchObject({defaultLowPercent: 10, defaultHighPercent: 90});
    expect(wide.bands.filter((b) => b.isDefault).map((b) => b.key)).toEqual(["q10_q90"]);
    expect(wide.narrative.claims.find((c) => c.id === "dispersion")?.values).toMatchObject({
      lowPercent: 10,
      highPercent: 90,
      width: 22
    });
    // The fits do not depend on the band.
    expect(wide.fits).toEqual(d.fits);
    expect(() => summarize(d.perYear, "q01_q99")).toThrow(/unknown band q01_q99: expected one of q25_q75, q10_q90/);
  });

  it("refuses fewer than three years", async () => {
    await expect(run({2000: [10], 2001: [20]})).rejects.toThrow(/need at least 3/);
  });
});
