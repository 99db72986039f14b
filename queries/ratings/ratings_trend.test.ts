import {describe, expect, it} from "vitest";

import {textProblems} from "../../pipeline/narrative.check.js";
import {renderClaim} from "../../pipeline/narrative.js";
import {quantile, weightedSpearman, wls} from "../../pipeline/stats/index.js";
import {expectAllClose, expectClose} from "../../pipeline/stats/testing/close.js";
import {interactionsSql, runAnalysis} from "../../test/analysis.js";
import {MIN_RATINGS_PER_MONTH} from "./_monthly.js";
import type {StarCounts} from "./testing/ratings.js";
import {claimIds, monthsRows, RATINGS_TEXT, rawMonths} from "./testing/ratings.js";
import type {RatingsTrend} from "./ratings_trend.schema.js";
import {text} from "./ratings_trend.text.js";

type Months = ReadonlyArray<readonly [string, StarCounts]>;

/** n ratings of which `fives` are 5 stars and the rest 4. */
const fourFive = (n: number, fives: number): StarCounts => [0, 0, 0, n - fives, fives];

/** Consecutive months of `year` from January, each given as [n, fives]. */
function months(year: number, spec: ReadonlyArray<readonly [number, number]>): Months {
  return spec.map(([n, fives], i) => [`${year}-${String(i + 1).padStart(2, "0")}`, fourFive(n, fives)] as const);
}

/**
 * Rising ratings (about +0.03 stars a month) where ratings given in the busiest months are lowest: volumes and 5-star counts per
 * month of 2012. The values below come from numpy 2.4.6 / scipy 1.17.1 on the same monthly means (lstsq on
 * √w-scaled rows for the WLS fits, np.cov(aweights) on scipy.stats.rankdata ranks for the weighted Spearman).
 */
const UP = months(2012, [
  [800, 336],
  [150, 100],
  [500, 280],
  [200, 132],
  [100, 77],
  [150, 112],
  [100, 83],
  [500, 310],
  [200, 162],
  [150, 125],
  [300, 237],
  [500, 385]
]);

/** Falling ratings where ratings given in busier months are higher (2013-01 … 2013-11). */
const DOWN = months(2013, [
  [500, 345],
  [100, 48],
  [500, 315],
  [500, 315],
  [800, 584],
  [150, 64],
  [200, 80],
  [100, 39],
  [100, 37],
  [100, 31],
  [200, 76]
]);

/**
 * No trend, volume unrelated to quality, residuals alternating from month to month (negative autocorrelation);
 * 2014-06 has only 30 ratings and is excluded, so 2014-07 is t = 6, not 5.
 */
const FLAT: Months = [
  ...months(2014, [
    [500, 260],
    [800, 352],
    [500, 280],
    [800, 320],
    [300, 165],
    [30, 15]
  ]),
  ["2014-07", fourFive(500, 210)],
  ["2014-08", fourFive(100, 52)],
  ["2014-09", fourFive(300, 111)],
  ["2014-10", fourFive(150, 66)]
];

const cache = new Map<Months, Promise<RatingsTrend>>();
function run(fixture: Months): Promise<RatingsTrend> {
  if (!cache.has(fixture)) {
    const sql = interactionsSql(monthsRows(fixture));
    cache.set(fixture, runAnalysis<RatingsTrend>("ratings_trend", {interactionsSql: sql}));
  }
  return cache.get(fixture)!;
}

/** The snapshots the tests produced: the text must render them all, and template exactly the claims they make. */
const recorded: RatingsTrend[] = [];
function record(snapshot: RatingsTrend): string[] {
  recorded.push(snapshot);
  return claimIds(snapshot.narrative);
}

describe("ratings_trend", () => {
  it("fits the trend on calendar time as numpy does", async () => {
    const s = await run(UP);
    expectClose(s.trend.slopePerMonth, 0.028130637565565487);
    expectClose(s.trend.slopePerYear, 12 * 0.028130637565565487);
    expectClose(s.trend.intercept, 4.524298864500059);
    expectClose(s.trend.p, 0.0024451151090877942, 1e-8);
    expect(s.trend.df).toBe(10);
    // Whitened residuals √w·e, lag-one autocorrelation and its normal-approximation p (scipy norm.sf).
    expectClose(s.trend.residualLag1, -0.1591067813022493);
    expectClose(s.trend.residualLag1P, 0.581522587047788, 1e-8);
    expect(s.trendLine.start).toEqual({month: "2012-01", t: 0, value: s.trend.intercept});
    expectClose(s.trendLine.end.value, 4.524298864500059 + 11 * 0.028130637565565487);
    expect(s.trendLine.end).toMatchObject({month: "2012-12", t: 11});
  });

  it("relates volume and quality as numpy does, and as the stats module does on raw arrays", async () => {
    const s = await run(UP);
    expectClose(s.volumeQuality.spearman, -0.6639394693278466);
    expectClose(s.volumeQuality.slopePer1000, -0.4784091461882193);
    expectClose(s.volumeQuality.p, 0.0011709922817186066, 1e-8);
    const raw = rawMonths(UP, MIN_RATINGS_PER_MONTH);
    const n = raw.map((m) => m.n);
    const y = raw.map((m) => m.mean);
    const w = n.map(Math.sqrt);
    expectClose(s.volumeQuality.spearman, weightedSpearman(n, y, w));
    const fit = wls(n, y, w);
    expectClose(s.volumeQuality.r2, fit.r2);
    expectClose(s.volumeQuality.intercept, fit.intercept);
    expectClose(s.volumeQuality.slopeStdErr, fit.slopeStdErr * 1000);
  });

  it("describes each month and the spread of ratings from the raw ratings", async () => {
    const s = await run(UP);
    const raw = rawMonths(UP, MIN_RATINGS_PER_MONTH);
    expectAllClose(
      s.months.map((m) => m.mean),
      raw.map((m) => m.mean)
    );
    expectAllClose(
      s.months.map((m) => m.std),
      raw.map((m) => Math.sqrt(m.variance))
    );
    expect(s.months.map((m) => m.median)).toEqual(raw.map((m) => quantile([...m.ratings].sort(), 0.5)));
    // numpy: np.average(monthly ddof-1 stds, weights=√n).
    expectClose(s.spread.weightedMeanStd, 0.447261536592953);
    expectClose(s.spread.maxStd, Math.max(...raw.map((m) => Math.sqrt(m.variance))));
    expectClose(s.spread.minStd, Math.min(...raw.map((m) => Math.sqrt(m.variance))));
    // The month with 100 ratings of which 83 fives: median 5. The first month, 336 fives in 800: median 4.
    expect(s.months[6].median).toBe(5);
    expect(s.months[0].median).toBe(4);
  });

  it("claims a rising trend, independent residuals, and lower ratings in busier months", async () => {
    const s = await run(UP);
    expect(record(s)).toEqual(["trend.up", "residuals.independent", "volume_quality.negative"]);
    expect(s.narrative.headline.values).toMatchObject({firstMonth: "2012-01", lastMonth: "2012-12", months: 12});
    expect(s.narrative.claims[1].values.label).toBe("large");
    // The slope the headline states carries its 95 % t interval, per year as quoted: slope·12 ± t(0.975, df)·se·12.
    const h = s.narrative.headline.values as Record<string, number>;
    expectClose((h.slopeLowerPerYear + h.slopeUpperPerYear) / 2, h.slopePerYear);
    expect(h.slopeLowerPerYear).toBeLessThan(h.slopePerYear);
    expect(h.level).toBe(0.95);
    expect(renderClaim(text, s.narrative.headline, "en")).toMatch(/per decade \(95% interval [+−]\d/);
    expect(renderClaim(text, s.narrative.headline, "fr")).toMatch(/par décennie \(intervalle à 95\u00a0% de [+−]\d/);
  });

  it("claims a falling trend and higher ratings in busier months", async () => {
    const s = await run(DOWN);
    expect(record(s)).toEqual(["trend.down", "residuals.independent", "volume_quality.positive"]);
    expectClose(s.trend.slopePerMonth, -0.036914187647148364);
    expectClose(s.trend.p, 0.0059674913666684735, 1e-8);
    expectClose(s.volumeQuality.spearman, 0.8512958721704125);
    expectClose(s.volumeQuality.p, 2.066243901565341e-5, 1e-8);
  });

  it("claims no trend, autocorrelated residuals and no volume effect, on calendar time across a gap", async () => {
    const s = await run(FLAT);
    expect(record(s)).toEqual(["trend.flat", "residuals.autocorrelated", "volume_quality.none"]);
    expect(s.months.map((m) => m.t)).toEqual([0, 1, 2, 3, 4, 6, 7, 8, 9]);
    expect(s.coverage).toMatchObject({monthsExcluded: 1, gapMonths: 1, hasGaps: true});
    expectClose(s.trend.slopePerMonth, -0.009246624530032329);
    expectClose(s.trend.p, 0.27892188456293004, 1e-8);
    expectClose(s.trend.residualLag1, -0.8685832902394419);
    expectClose(s.trend.residualLag1P, 0.009167338041294429, 1e-8);
    expectClose(s.volumeQuality.p, 0.4175216059555867, 1e-8);
  });

  it("states the volume–quality line as the stars it moves across the months seen, never a per-rating slope", async () => {
    for (const spec of [UP, DOWN, FLAT]) {
      const s = await run(spec);
      const volume = s.narrative.claims.find((c) => c.id.startsWith("volume_quality."))!;
      const n = s.months.map((m) => m.n);
      const span = Math.max(...n) - Math.min(...n);
      expect(volume.values).toMatchObject({volumeLow: Math.min(...n), volumeHigh: Math.max(...n), level: 0.95});
      expectClose(volume.values.change as number, (s.volumeQuality.slopePer1000 / 1000) * span);
      expect(volume.values.changeLower as number).toBeLessThan(volume.values.change as number);
      for (const locale of ["en", "fr"] as const) {
        const said = renderClaim(text, volume, locale);
        // No figure a reader cannot hold: at most three zeros after the decimal point, and every change in stars.
        expect(said).not.toMatch(/[.,]0000/);
        expect(said).not.toMatch(/thousand ratings|mille notes/);
        expect(said).toMatch(locale === "en" ? /\u00a0stars?\b/ : /\u00a0étoiles?\b/);
        if (volume.id === "volume_quality.none") expect(said).toMatch(/cannot be told from a flat one|plate/);
      }
    }
  });

  it("has well-formed texts that render every snapshot, with templates for exactly the claims emitted", () => {
    const emitted = recorded.flatMap((snapshot) => claimIds(snapshot.narrative));
    expect(textProblems(text, emitted, recorded, RATINGS_TEXT)).toEqual([]);
  });
});
