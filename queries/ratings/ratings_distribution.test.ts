import anova1 from "@stdlib/stats-anova1";
import {describe, expect, it} from "vitest";

import {textProblems, unreadValues} from "../../pipeline/narrative.check.js";
import {mean, variance} from "../../pipeline/stats/index.js";
import {expectAllClose, expectClose} from "../../pipeline/stats/testing/close.js";
import {interactionsSql, runAnalysis} from "../../test/analysis.js";
import {MIN_RATINGS_PER_MONTH} from "./_monthly.js";
import type {StarCounts} from "./testing/ratings.js";
import {claimIds, expand, monthsRows, RATINGS_TEXT, rawMonths} from "./testing/ratings.js";
import type {RatingsDistribution} from "./ratings_distribution.schema.js";
import {text} from "./ratings_distribution.text.js";

type Months = ReadonlyArray<readonly [string, StarCounts]>;

/**
 * Six kept months of 200–500 ratings over the whole scale, with means from 4.15 to 4.72, and one month (2014-12, 20
 * ratings) under the threshold: it counts in the row-level mean and the histogram, not in the monthly figures.
 * Oracle values: numpy 2.4.6 / scipy 1.17.1 on the same ratings.
 */
const SPREAD: Months = [
  ["2014-12", [5, 2, 3, 5, 5]],
  ["2015-01", [10, 5, 15, 70, 200]],
  ["2015-02", [30, 10, 20, 140, 300]],
  ["2015-03", [5, 5, 10, 60, 120]],
  ["2015-04", [20, 20, 40, 120, 200]],
  ["2015-05", [8, 4, 8, 80, 400]],
  ["2015-06", [3, 2, 5, 40, 150]]
];

/** Three months of 100 ratings with means 4.50, 4.51, 4.49: differences well within sampling noise. */
const CLOSE: Months = [
  ["2016-01", [0, 0, 0, 50, 50]],
  ["2016-02", [0, 0, 0, 49, 51]],
  ["2016-03", [0, 0, 0, 51, 49]]
];

/** Three identical months: no spread at all, so the interval over months has zero width. */
const SAME: Months = [
  ["2017-01", [0, 0, 0, 40, 60]],
  ["2017-02", [0, 0, 0, 40, 60]],
  ["2017-03", [0, 0, 0, 40, 60]]
];

const cache = new Map<Months, Promise<RatingsDistribution>>();
function run(fixture: Months): Promise<RatingsDistribution> {
  if (!cache.has(fixture)) {
    const sql = interactionsSql(monthsRows(fixture));
    cache.set(fixture, runAnalysis<RatingsDistribution>("ratings_distribution", {interactionsSql: sql}));
  }
  return cache.get(fixture)!;
}

/** The snapshots the tests produced: the text must render them all, and template exactly the claims they make. */
const recorded: RatingsDistribution[] = [];
function record(snapshot: RatingsDistribution): string[] {
  recorded.push(snapshot);
  return claimIds(snapshot.narrative);
}

describe("ratings_distribution", () => {
  it("gives the weighted mean of monthly means its Kish-t interval, as numpy and scipy compute it", async () => {
    const s = await run(SPREAD);
    // np.average(m, weights=√n); n_eff = (Σw)²/Σw²; s_w = √np.cov(m, aweights=w); t.ppf(0.975, n_eff − 1)·s_w/√n_eff.
    expectClose(s.weighted.mean, 4.4569915808842575);
    expectClose(s.weighted.nEff, 5.796122342217525);
    expectClose(s.weighted.std, 0.21821273680671666);
    expectClose(s.weighted.halfWidth, 0.23600366640355497, 1e-8);
    expectClose(s.weighted.lower, 4.4569915808842575 - 0.23600366640355497, 1e-9);
    expect(s.weighted.months).toBe(6);
    // The same from the raw ratings, by the formulas written out here.
    const raw = rawMonths(SPREAD, MIN_RATINGS_PER_MONTH);
    const w = raw.map((m) => Math.sqrt(m.n));
    const sw = w.reduce((a, b) => a + b, 0);
    const mw = raw.reduce((a, m, i) => a + w[i] * m.mean, 0) / sw;
    expectClose(s.weighted.mean, mw);
    expectClose(s.weighted.nEff, sw ** 2 / w.reduce((a, b) => a + b * b, 0));
    expectAllClose(
      s.months.map((m) => m.mean),
      raw.map((m) => m.mean)
    );
  });

  it("gives the row-level mean its t interval over every rating, excluded months included", async () => {
    const s = await run(SPREAD);
    const all = SPREAD.flatMap(([, stars]) => expand(stars));
    expect(s.rowLevel.n).toBe(2120);
    expectClose(s.rowLevel.mean, mean(all));
    expectClose(s.rowLevel.std, Math.sqrt(variance(all, 1)));
    // scipy: t.interval(0.95, 2119, loc=mean, scale=sem).
    expectClose(s.rowLevel.mean, 4.441037735849057);
    expectClose(s.rowLevel.lower, 4.399818250693881, 1e-9);
    expectClose(s.rowLevel.upper, 4.482257221004232, 1e-9);
  });

  it("publishes only valid intervals: no trace of the original app's ±1.96·s_w/√Σw width", async () => {
    const s = await run(SPREAD);
    expect(Object.keys(s)).not.toContain("referenceFormula");
    expect(Object.keys(s.params)).not.toContain("referenceZ");
    expect(claimIds(s.narrative)).not.toContain("reference_formula");
    const words = JSON.stringify(text);
    for (const gone of ["referenceHalfWidth", "shortcut", "abrégée", "legend.reference"])
      expect(words).not.toContain(gone);
  });

  it("counts stars by hand", async () => {
    const s = await run(SPREAD);
    // Column sums of the fixture: 1★ 5+10+30+5+20+8+3 = 81, 2★ 48, 3★ 101, 4★ 515, 5★ 1,375; total 2,120.
    expect(s.histogram.map((b) => [b.rating, b.count])).toEqual([
      [1, 81],
      [2, 48],
      [3, 101],
      [4, 515],
      [5, 1375]
    ]);
    expectClose(s.shares.five, 1375 / 2120);
    expectClose(s.shares.twoOrLess, (81 + 48) / 2120);
    expectClose(s.histogram[2].share, 101 / 2120);
  });

  it("tests stability with an ANOVA across months, as scipy and stdlib do on the raw ratings", async () => {
    const s = await run(SPREAD);
    // scipy f_oneway on the six kept months.
    expectClose(s.stability.anovaF, 20.230289641404724, 1e-9);
    expectClose(s.stability.anovaP, 9.212714067309083e-20, 1e-6);
    const raw = rawMonths(SPREAD, MIN_RATINGS_PER_MONTH);
    const theirs = anova1(
      raw.flatMap((m) => m.ratings),
      raw.flatMap((m) => m.ratings.map(() => m.key))
    );
    expectClose(s.stability.anovaF, theirs.statistic);
    expectClose(s.stability.etaSquared, theirs.treatment.ss / (theirs.treatment.ss + theirs.error.ss));
    expect(s.stability).toMatchObject({minMonth: "2015-04", maxMonth: "2015-05", dfBetween: 5, dfWithin: 2094});
    expectClose(s.stability.range, 4.72 - 4.15, 1e-9);
    expect(record(s)).toEqual(["mean.interval", "stability.beyond_noise", "histogram.shares"]);
  });

  it("says monthly differences are within noise when they are, and fills empty star values with 0", async () => {
    const s = await run(CLOSE);
    expect(record(s)).toEqual(["mean.interval", "stability.within_noise", "histogram.shares"]);
    // scipy f_oneway: F = 0.03961056281675113, p = 0.9611687559145572.
    expectClose(s.stability.anovaF, 0.03961056281675113, 1e-9);
    expectClose(s.stability.anovaP, 0.9611687559145572, 1e-9);
    expect(s.histogram.map((b) => b.count)).toEqual([0, 0, 0, 150, 150]);
    expect(s.shares.twoOrLess).toBe(0);
  });

  it("gives a zero-width interval when the months do not differ at all", async () => {
    const s = await run(SAME);
    expect(record(s)).toEqual(["mean.interval", "stability.within_noise", "histogram.shares"]);
    expect(s.weighted.halfWidth).toBe(0);
  });

  it("has well-formed texts that render every snapshot, with templates for exactly the claims emitted", () => {
    const emitted = recorded.flatMap((snapshot) => claimIds(snapshot.narrative));
    expect(textProblems(text, emitted, recorded, RATINGS_TEXT)).toEqual([]);
    // The star shares' claim carries only what its sentence prints (it carried an unread combined share of 1-2 stars).
    const shares = recorded.flatMap((s) => s.narrative.claims.filter((c) => c.id === "histogram.shares"));
    expect(shares.length).toBeGreaterThan(0);
    expect(shares.flatMap((c) => unreadValues(text, c))).toEqual([]);
  });

  it("asks for the rating a recipe gets on average, the quantity it answers with, not the usual one", () => {
    // The usual rating is 5 stars; the page's number is a mean (4.661): "typically" or « habituellement » asked
    // another question than the one the headline answers.
    expect(text.en.lede).toMatch(/on average/);
    expect(text.fr.lede).toMatch(/en moyenne/);
    for (const words of [text.en.lede, text.fr.lede, text.en.method, text.fr.method])
      expect(words).not.toMatch(/typical|typique|usual|habituel|d'ordinaire/i);
  });
});
