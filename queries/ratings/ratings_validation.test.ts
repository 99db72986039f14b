import {readFile} from "node:fs/promises";

import {describe, expect, it} from "vitest";

import {expandIncludes, parseNamedQueries} from "../../pipeline/analyses.js";
import {textProblems} from "../../pipeline/narrative.check.js";
import {claim, renderClaim} from "../../pipeline/narrative.js";
import {coefficientOfVariation, ols, variance, weightedVariance, wls} from "../../pipeline/stats/index.js";
import {expectAllClose, expectClose} from "../../pipeline/stats/testing/close.js";
import {interactionsSql, runAnalysis} from "../../test/analysis.js";
import {MIN_RATINGS_PER_MONTH} from "./_monthly.js";
import type {StarCounts} from "./testing/ratings.js";
import {claimIds, monthsRows, RATINGS_TEXT, rawMonths} from "./testing/ratings.js";
import type {RatingsValidation} from "./ratings_validation.schema.js";
import {text} from "./ratings_validation.text.js";

type Months = ReadonlyArray<readonly [string, StarCounts]>;

/**
 * Weighting matters: the big months (1,000 ratings) rise steadily, 4.52 → 4.64; the small ones (300) sit on the
 * same line; the last month, small (100), falls back to 4.52. OLS gives it a full vote and loses significance, WLS
 * weighs it √100 against √1000. Two months fall under the threshold: 2009-11 (10 ratings) and 2010-09 (40), which
 * leaves a one-month gap before 2010-10.
 */
const UNEVEN: Months = [
  ["2009-11", [0, 0, 0, 5, 5]],
  ["2010-01", [0, 0, 0, 150, 150]],
  ["2010-02", [0, 0, 0, 480, 520]],
  ["2010-03", [0, 0, 0, 141, 159]],
  ["2010-04", [0, 0, 0, 440, 560]],
  ["2010-05", [0, 0, 0, 129, 171]],
  ["2010-06", [0, 0, 0, 400, 600]],
  ["2010-07", [0, 0, 0, 117, 183]],
  ["2010-08", [0, 0, 0, 360, 640]],
  ["2010-09", [0, 0, 0, 20, 20]],
  ["2010-10", [0, 0, 0, 48, 52]]
];

/** Noisy small months around steady big ones: both fits are flat, and weighting shrinks the spread. */
const NOISY: Months = [
  ["2010-01", [0, 0, 0, 10, 90]],
  ["2010-02", [20, 0, 0, 160, 220]],
  ["2010-03", [10, 0, 10, 60, 40]],
  ["2010-04", [40, 0, 0, 340, 520]],
  ["2010-05", [0, 0, 0, 20, 90]],
  ["2010-06", [20, 0, 0, 200, 380]],
  ["2010-07", [20, 0, 10, 70, 50]],
  ["2010-08", [30, 0, 0, 300, 670]],
  ["2010-10", [0, 0, 0, 10, 120]]
];

/** UNEVEN without its last month: every month on the same rising line, so both slopes are clearly positive. */
const STEADY: Months = UNEVEN.slice(0, 9);

/**
 * The two fits disagree in sign: ten small months (100 ratings) fall on a straight line from 4.9 to 4.0, between two
 * big ones (10,000) that rise from 4.3 to 4.5. OLS gives every month one vote and falls clearly, −0.050 a month
 * (95 % interval −0.091 to −0.009); WLS, where a big month weighs √10,000 against √100, rises, +0.004 (numpy lstsq
 * on √w-scaled rows, scipy t.ppf(0.975, 10)).
 */
const OPPOSED: Months = [
  ["2012-01", [0, 0, 0, 7000, 3000]],
  ...Array.from({length: 10}, (_, i): readonly [string, StarCounts] => [
    `2012-${String(i + 2).padStart(2, "0")}`,
    [0, 0, 0, 10 * (i + 1), 100 - 10 * (i + 1)]
  ]),
  ["2012-12", [0, 0, 0, 5000, 5000]]
];

/** Three months of 100 ratings with means 4.5, 4.8, 4.5: equal weights, and an OLS slope of exactly 0. */
const EVEN: Months = [
  ["2011-01", [0, 0, 0, 50, 50]],
  ["2011-02", [0, 0, 0, 20, 80]],
  ["2011-03", [0, 0, 0, 50, 50]]
];

const cache = new Map<Months, Promise<RatingsValidation>>();
function run(fixture: Months): Promise<RatingsValidation> {
  if (!cache.has(fixture)) {
    const sql = interactionsSql(monthsRows(fixture));
    cache.set(fixture, runAnalysis<RatingsValidation>("ratings_validation", {interactionsSql: sql}));
  }
  return cache.get(fixture)!;
}

/** The snapshots the tests produced: the text must render them all, and template exactly the claims they make. */
const recorded: RatingsValidation[] = [];
function record(snapshot: RatingsValidation): string[] {
  recorded.push(snapshot);
  return claimIds(snapshot.narrative);
}

/**
 * The interval bounds of a template printed with `sig`/`ssig` but without `as:` while the template also prints a
 * `sig`/`ssig` estimate: "−10 (interval −11 to −9.9)" prints the bounds with more digits than the estimate.
 */
function boundsWithoutAs(template: string): string[] {
  const specs = [...template.matchAll(/\{(\w+)((?:\|[^}|]+)*)\}/g)].map(([, name, spec]) => ({
    name: name!,
    parts: spec!.split("|")
  }));
  const significant = (parts: string[]) => parts.includes("ssig") || parts.includes("sig");
  const isBound = (name: string) => /Lower|Upper/.test(name);
  if (!specs.some((p) => !isBound(p.name) && significant(p.parts))) return [];
  return specs
    .filter((p) => isBound(p.name) && significant(p.parts) && !p.parts.some((s) => s.startsWith("as:")))
    .map((p) => p.name);
}

describe("ratings_validation", () => {
  it("prints every interval bound beside a significant-digits estimate with that estimate's decimals (as:)", () => {
    expect(boundsWithoutAs("{c|ssig|2} ({cLower|ssig|2} to {cUpper|ssig|2|as:c})")).toEqual(["cLower"]);
    expect(boundsWithoutAs("interval {cLower|ssig|2} to {cUpper|ssig|2}")).toEqual([]);
    for (const lang of ["en", "fr"] as const)
      for (const [key, template] of Object.entries(text[lang]))
        expect([key, boundsWithoutAs(template)]).toEqual([key, []]);
  });

  it("reports what the volume threshold kept, worked out by hand", async () => {
    const s = await run(UNEVEN);
    // 11 months hold 10 + 4·300 + 4·1000 + 40 + 100 = 5,350 ratings; 2009-11 and 2010-09 are under 100.
    expect(s.coverage).toEqual({
      monthsTotal: 11,
      monthsKept: 9,
      monthsExcluded: 2,
      shareExcluded: 2 / 11,
      ratingsTotal: 5350,
      ratingsKept: 5300,
      firstMonth: "2009-11",
      lastMonth: "2010-10",
      firstKeptMonth: "2010-01",
      lastKeptMonth: "2010-10",
      keptSpanMonths: 10,
      gapMonths: 1,
      hasGaps: true,
      meanVolumeAll: 5350 / 11,
      meanVolumeKept: 5300 / 9
    });
    // Calendar time: 2010-10 is 9 months after 2010-01, not 8 as a row index would say.
    expect(s.months.map((m) => m.t)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 9]);
    expect(s.params).toEqual({
      minRatingsPerMonth: MIN_RATINGS_PER_MONTH,
      alpha: 0.05,
      histogramBins: 20,
      cvDdof: 0,
      cvHeterogeneous: 0.5,
      bandLevel: 0.95
    });
  });

  it("fits OLS and WLS on calendar time like scipy and numpy, and like the stats module on raw arrays", async () => {
    const s = await run(UNEVEN);
    const raw = rawMonths(UNEVEN, MIN_RATINGS_PER_MONTH);
    const t = [0, 1, 2, 3, 4, 5, 6, 7, 9];
    const y = raw.map((m) => m.mean);
    const w = raw.map((m) => Math.sqrt(m.n));
    // scipy 1.17.1 linregress(t, y): slope 0.008693548387096753, p 0.1390326497345206, r 0.5335535391505193.
    expectClose(s.ols.slopePerMonth, 0.008693548387096753);
    expectClose(s.ols.slopePerYear, 12 * 0.008693548387096753);
    expectClose(s.ols.p, 0.1390326497345206, 1e-8);
    expectClose(s.ols.r2, 0.5335535391505193 ** 2);
    // numpy lstsq on √w-scaled rows (statsmodels' WLS): slope 0.013675568529446623, intercept 4.5144043549192165,
    // p 0.019705664095819996 (scipy t.sf).
    expectClose(s.wls.slopePerMonth, 0.013675568529446623);
    expectClose(s.wls.intercept, 4.5144043549192165);
    expectClose(s.wls.p, 0.019705664095819996, 1e-8);
    const wlsRaw = wls(t, y, w);
    const olsRaw = ols(t, y);
    expectClose(s.wls.r2, wlsRaw.r2);
    expectClose(s.wls.slopeStdErr, wlsRaw.slopeStdErr);
    expect(s.wls.df).toBe(7);
    // OLS p = 0.139: its interval holds zero, so no relative change against it (it was 57.3 % before the rule).
    expect(s.slopeBias).toBeNull();
    const slopes = s.narrative.claims.find((c) => c.id === "slopes")!.values;
    // scipy 1.17.1 t.ppf(0.975, 7) = 2.3646242510102993; intervals per year.
    const tq = 2.3646242510102993;
    expectClose(slopes.olsLowerPerYear as number, 12 * (olsRaw.slope - tq * olsRaw.slopeStdErr), 1e-8);
    expectClose(slopes.olsUpperPerYear as number, 12 * (olsRaw.slope + tq * olsRaw.slopeStdErr), 1e-8);
    expectClose(slopes.wlsLowerPerYear as number, 12 * (wlsRaw.slope - tq * wlsRaw.slopeStdErr), 1e-8);
    expect(slopes.olsLowerPerYear as number).toBeLessThan(0);
    expect(slopes.olsUpperPerYear as number).toBeGreaterThan(0);
    // The monthly series itself: SQL avg against JavaScript means of the raw ratings.
    expectAllClose(
      s.months.map((m) => m.mean),
      y
    );
    expectAllClose(
      s.months.map((m) => m.weight),
      w
    );
    const total = w.reduce((a, b) => a + b, 0);
    expectAllClose(
      s.months.map((m) => m.weightShare),
      w.map((v) => v / total)
    );
    expectClose(s.meanVariance.unweighted, variance(y, 1));
    expectClose(s.meanVariance.weighted, weightedVariance(y, w, "reliability"));
  });

  it("bands each fit with the confidence interval of its mean, as a refit centred on that month gives it", async () => {
    const s = await run(UNEVEN);
    const raw = rawMonths(UNEVEN, MIN_RATINGS_PER_MONTH);
    const t = [0, 1, 2, 3, 4, 5, 6, 7, 9];
    const y = raw.map((m) => m.mean);
    const w = raw.map((m) => Math.sqrt(m.n));
    // Independently of the band's formula: on t − t0 the fitted mean at t0 is the intercept, whose standard error
    // the fit reports; scipy 1.17.1 t.ppf(0.975, 7) = 2.3646242510102993.
    const tq = 2.3646242510102993;
    s.months.forEach((m, i) => {
      const centred = t.map((v) => v - t[i]!);
      for (const [band, fit] of [
        [m.olsBand, ols(centred, y)],
        [m.wlsBand, wls(centred, y, w)]
      ] as const) {
        expectClose(band.lower, fit.intercept - tq * fit.interceptStdErr, 1e-9);
        expectClose(band.upper, fit.intercept + tq * fit.interceptStdErr, 1e-9);
      }
    });
  });

  it("summarises volumes and bins them by hand", async () => {
    const s = await run(UNEVEN);
    const n = [300, 1000, 300, 1000, 300, 1000, 300, 1000, 100];
    // Mean 5300/9; population sd (ddof 0).
    expectClose(s.volumes.mean, 5300 / 9);
    expectClose(s.volumes.cv, coefficientOfVariation(n, 0));
    const m = 5300 / 9;
    expectClose(s.volumes.std, Math.sqrt(n.reduce((a, v) => a + (v - m) ** 2, 0) / 9));
    expect(s.volumes).toMatchObject({min: 100, max: 1000, minMonth: "2010-10", maxMonth: "2010-02", maxMinRatio: 10});
    // Bins of width (1000 − 100)/20 = 45: 100 → bin 0; 300 → ⌊200/45⌋ = 4; 1000 → the last bin (19).
    expect(s.volumeHistogram).toHaveLength(20);
    expect(s.volumeHistogram.map((b) => b.months)).toEqual([
      1, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4
    ]);
    expectClose(s.volumeHistogram[4].x0, 280);
    expectClose(s.volumeHistogram[4].x1, 325);
    expect(s.volumeHistogram[19].x1).toBe(1000);
  });

  it("says volumes are heterogeneous and weighting changes the conclusion when it does", async () => {
    const s = await run(UNEVEN);
    expect(record(s)).toEqual([
      "volumes.heterogeneous",
      "slopes",
      "slope_base.zero",
      "decision.changed",
      "spread.not_lower"
    ]);
    expect(s.narrative.headline.values).toMatchObject({ratio: 10, min: 100, max: 1000, months: 9, monthsExcluded: 2});
    expectClose(s.narrative.headline.values.cv as number, s.volumes.cv);
    // OLS p 0.139 ≥ 0.05 (flat), WLS p 0.0197 < 0.05 (up): the decisions differ.
    expect(s.narrative.claims[2].values.alpha).toBe(0.05);
  });

  it("says weighting changes neither the decision nor lowers the spread when it does not", async () => {
    const noisy = await run(NOISY);
    const ids = record(noisy);
    expect(ids).toEqual(["volumes.heterogeneous", "slopes", "slope_base.zero", "decision.same", "spread.lower"]);
    const raw = rawMonths(NOISY, MIN_RATINGS_PER_MONTH);
    const y = raw.map((m) => m.mean);
    const w = raw.map((m) => Math.sqrt(m.n));
    expectClose(noisy.meanVariance.weighted, weightedVariance(y, w, "reliability"));
    expect(noisy.meanVariance.weighted).toBeLessThan(noisy.meanVariance.unweighted);
  });

  it("gives the slope bias only against an OLS slope clearly away from zero and of the same sign", async () => {
    const s = await run(STEADY);
    expect(record(s)).toEqual(expect.arrayContaining(["slope_bias", "slope_base.clear"]));
    const raw = rawMonths(STEADY, MIN_RATINGS_PER_MONTH);
    const t = [0, 1, 2, 3, 4, 5, 6, 7];
    const olsRaw = ols(
      t,
      raw.map((m) => m.mean)
    );
    const wlsRaw = wls(
      t,
      raw.map((m) => m.mean),
      raw.map((m) => Math.sqrt(m.n))
    );
    expect(olsRaw.p).toBeLessThan(0.05);
    expect(Math.sign(olsRaw.slope)).toBe(Math.sign(wlsRaw.slope));
    expectClose(s.slopeBias!, Math.abs(wlsRaw.slope - olsRaw.slope) / Math.abs(olsRaw.slope));
  });

  it("says the slopes point in opposite directions, and gives no relative change, when they do", async () => {
    const s = await run(OPPOSED);
    expect(record(s)).toContain("slope_base.opposite");
    expect(s.slopeBias).toBeNull();
    // numpy lstsq and scipy t.ppf(0.975, 10), per month: OLS −0.05 (−0.09131517679739719 to −0.008684823202602776),
    // WLS +0.0040000000000001675.
    expectClose(s.ols.slopePerMonth, -0.05, 1e-9);
    expectClose(s.wls.slopePerMonth, 0.0040000000000001675, 1e-6);
    const values = s.narrative.claims.find((c) => c.id === "slope_base.opposite")!.values;
    expectClose(values.olsLowerPerYear as number, -0.09131517679739719 * 12, 1e-8);
    expectClose(values.olsUpperPerYear as number, -0.008684823202602776 * 12, 1e-8);
  });

  it("omits the slope bias when the OLS slope is exactly 0, and calls even volumes homogeneous", async () => {
    const s = await run(EVEN);
    expect(record(s)).toEqual([
      "volumes.homogeneous",
      "slopes",
      "slope_base.zero",
      "decision.same",
      "spread.not_lower"
    ]);
    expect(s.slopeBias).toBeNull();
    expect(s.ols.slopePerMonth).toBe(0);
    expect(s.volumes).toMatchObject({cv: 0, maxMinRatio: 1, min: 100, max: 100});
    // One repeated volume: a single bin holds the three months.
    expect(s.volumeHistogram).toEqual([{x0: 100, x1: 100, months: 3}]);
    // Equal weights: the weighted variance is the sample variance, (0.3² · 2/3 · 3)/2 = 0.03.
    expectClose(s.meanVariance.weighted, s.meanVariance.unweighted);
    expectClose(s.meanVariance.unweighted, 0.03);
  });

  it("fails with a clear message when fewer than three months reach the threshold", async () => {
    await expect(run(EVEN.slice(0, 2))).rejects.toThrow(/2 months with at least 100 ratings, need 3/);
  });

  it("shares its monthly query verbatim with ratings_trend and ratings_distribution", async () => {
    const monthly = await Promise.all(
      ["ratings_validation", "ratings_trend", "ratings_distribution"].map(async (name) => {
        const file = `queries/ratings/${name}.sql`;
        const {sql} = await expandIncludes(await readFile(file, "utf8"), "queries/ratings", file);
        return parseNamedQueries(sql, file).find((q) => q.key === "monthly")?.sql;
      })
    );
    expect(monthly[0]).toBeDefined();
    expect(monthly[1]).toBe(monthly[0]);
    expect(monthly[2]).toBe(monthly[0]);
  });

  it("has well-formed texts that render every snapshot, with templates for exactly the claims emitted", () => {
    const emitted = recorded.flatMap((snapshot) => claimIds(snapshot.narrative));
    expect(textProblems(text, emitted, recorded, RATINGS_TEXT)).toEqual([]);
  });
});

describe("ratings_validation words", () => {
  const values = {cv: 0.94, cvThreshold: 0.5, maxMonth: "2010-02", max: 1000, ratio: 10, minMonth: "2010-10", min: 100};
  const render = (id: string, locale: "en" | "fr") => renderClaim(text, claim(id, values), locale);

  it("prints a coefficient of variation as a percentage, as the site's other CVs (94 %, not 0.94)", () => {
    for (const id of ["volumes.heterogeneous", "volumes.homogeneous"]) {
      expect(render(id, "en")).toContain("94%");
      expect(render(id, "en")).not.toContain("0.94");
      expect(render(id, "fr")).toContain("94\u00a0%");
    }
    for (const locale of ["en", "fr"] as const) expect(text[locale].method).toMatch(/\{cvHeterogeneous\|pct\|0\}/);
  });

  it("gives the reason for the √n weight, never a 'so' that does not follow from the volumes", () => {
    expect(render("plain.volumes.heterogeneous", "en")).toMatch(/more precise/);
    expect(render("plain.volumes.heterogeneous", "fr")).not.toMatch(/donc/);
    expect(render("plain.volumes.heterogeneous", "fr")).toMatch(/plus précise/);
  });

  it("prints the unweighted slope's interval with one precision in every claim that quotes it", () => {
    // −0.0119 in one sentence and −0.012 in the next read as two intervals.
    const slopes = {
      level: 0.95,
      olsSlopePerYear: -0.00022,
      olsLowerPerYear: -0.00119,
      olsUpperPerYear: 0.00075,
      wlsSlopePerYear: 0.00047,
      wlsLowerPerYear: -0.00034,
      wlsUpperPerYear: 0.00127
    };
    for (const locale of ["en", "fr"] as const) {
      const both = renderClaim(text, claim("slopes", slopes), locale);
      const zero = renderClaim(text, claim("slope_base.zero", slopes), locale);
      const bounds = /(\u2212\d[\d.,]*)\D+?(\+\d[\d.,]*)/.exec(zero);
      expect(bounds, zero).not.toBeNull();
      expect(both).toContain(`${bounds![1]} `);
      expect(both).toContain(bounds![2]);
      expect(zero, "no apology for a ratio nobody asked for").not.toMatch(/\bratio\b|\brapport\b/);
    }
  });
});
