import chi2gof from "@stdlib/stats-chi2gof";
import {describe, expect, it} from "vitest";

import {textProblems} from "../../pipeline/narrative.check.js";
import {mean, std} from "../../pipeline/stats/index.js";
import {expectClose} from "../../pipeline/stats/testing/close.js";
import {interactionsSql, runAnalysis} from "../../test/analysis.js";
import type {Season} from "./_seasons.js";
import {SEASONS} from "./_seasons.js";
import type {InteractionRow} from "./testing/ratings.js";
import {claimIds, RATINGS_TEXT} from "./testing/ratings.js";
import type {RatingsSeasonalVolume} from "./ratings_seasonal_volume.schema.js";
import {text} from "./ratings_seasonal_volume.text.js";

/** The days of 2019 (not a leap year) by meteorological season, in date order within each season. */
function seasonDays(season: Season): string[] {
  const months = {Winter: [1, 2, 12], Spring: [3, 4, 5], Summer: [6, 7, 8], Autumn: [9, 10, 11]}[season];
  return months.flatMap((m) => {
    const length = new Date(Date.UTC(2019, m, 0)).getUTCDate();
    return Array.from({length}, (_, d) => `2019-${String(m).padStart(2, "0")}-${String(d + 1).padStart(2, "0")}`);
  });
}

/**
 * Ratings per season in 2019: the i-th rating of a season falls on the season's (i mod days)-th day, is given by
 * one of 7 users of that season (ids offset per season) to one of 11 recipes shared by all seasons, and is worth
 * [5, 4, 5, 3][i mod 4]. (user, recipe, day) repeats only after lcm(7, 11, days) ≥ 1,001 ratings, so the fixtures
 * below hold no exact duplicate.
 */
function seasonRows(counts: Record<Season, number>): InteractionRow[] {
  return SEASONS.flatMap((season, s) => {
    const days = seasonDays(season);
    return Array.from({length: counts[season]}, (_, i): InteractionRow => [
      100 * (s + 1) + (i % 7),
      (i % 11) + 1,
      days[i % days.length],
      [5, 4, 5, 3][i % 4]
    ]);
  });
}

const cache = new Map<Record<Season, number>, Promise<RatingsSeasonalVolume>>();
function run(counts: Record<Season, number>): Promise<RatingsSeasonalVolume> {
  if (!cache.has(counts)) {
    const sql = interactionsSql(seasonRows(counts));
    cache.set(counts, runAnalysis<RatingsSeasonalVolume>("ratings_seasonal_volume", {interactionsSql: sql}));
  }
  return cache.get(counts)!;
}

/** One rating a day for all of 2019: counts equal the days, 90 / 92 / 92 / 91. */
const PER_DAY = {Winter: 90, Spring: 92, Summer: 92, Autumn: 91};
/** 3,650 ratings, 80 moved from winter to spring: detectable, but small against N. */
const SLIGHT = {Winter: 820, Spring: 1000, Summer: 920, Autumn: 910};
/** Few ratings, far from the calendar, and no summer ratings at all. */
const SKEWED = {Winter: 90, Spring: 200, Summer: 0, Autumn: 40};

/** The snapshots the tests produced: the text must render them all, and template exactly the claims they make. */
const recorded: RatingsSeasonalVolume[] = [];
function record(snapshot: RatingsSeasonalVolume): string[] {
  recorded.push(snapshot);
  return claimIds(snapshot.narrative);
}

describe("ratings_seasonal_volume", () => {
  it("counts ratings, users, recipes and days per season by hand", async () => {
    const s = await run(PER_DAY);
    // 2019-01-01 … 2019-12-31: winter 31 + 28 + 31 = 90 days, spring and summer 92, autumn 91.
    expect(s.seasons.map((r) => [r.season, r.days, r.n, r.users, r.recipes])).toEqual([
      ["Winter", 90, 90, 7, 11],
      ["Spring", 92, 92, 7, 11],
      ["Summer", 92, 92, 7, 11],
      ["Autumn", 91, 91, 7, 11]
    ]);
    expect(s.total).toBe(365);
    // Counts equal the expectation exactly: χ² = 0, p = 1; every season rates one a day.
    expect(s.chiSquare).toEqual({chi2: 0, df: 3, p: 1, cohenW: 0});
    expect(s.seasons.map((r) => r.ratingsPerDay)).toEqual([1, 1, 1, 1]);
    expectClose(s.seasons[0].share, 90 / 365);
    expectClose(s.seasons[0].expectedShare, 90 / 365);
    // The tile's ratio is per day, as the headline judges the seasons (one a day everywhere: 1); the extremes claim
    // quotes the raw counts' ratio, 92 / 90.
    expect(s.maxMinRatio).toBe(1);
    expectClose(s.narrative.claims[0]!.values.ratio as number, 92 / 90);
    expect(text.en["kpi.ratio"]).toMatch(/per day/);
    expect(text.fr["kpi.ratio"]).toMatch(/par jour/);
    // CV with ddof 0: mean 91.25, deviations −1.25, 0.75, 0.75, −0.25 → variance 2.75 / 4.
    expectClose(s.cv, Math.sqrt(2.75 / 4) / 91.25);
    expect(record(s)).toEqual(["balance.consistent", "volume.extremes"]);
  });

  it("gives the tile the ratio of the busiest to the quietest season's ratings per day, not of their counts", async () => {
    const s = await run(SLIGHT);
    // Ratings per day: winter 820 / 90 = 9.11, spring 1000 / 92 = 10.87, summer 920 / 92 = 10, autumn 910 / 91 = 10.
    expect(s.seasons.map((r) => r.days)).toEqual([90, 92, 92, 91]);
    expectClose(s.seasons[0].ratingsPerDay, 820 / 90);
    // Spring over winter: (1000 × 90) / (820 × 92) = 90000 / 75440 = 1.1930…; the counts' ratio would be 1000 / 820.
    expectClose(s.maxMinRatio!, 90000 / 75440);
    expect(Math.abs(s.maxMinRatio! - 1000 / 820)).toBeGreaterThan(0.02);
  });

  it("computes each season's mean and standard deviation as JavaScript does on the raw ratings", async () => {
    const s = await run(SLIGHT);
    const rows = seasonRows(SLIGHT);
    SEASONS.forEach((season, i) => {
      const days = new Set(seasonDays(season));
      const ratings = rows.filter((r) => days.has(r[2])).map((r) => r[3]);
      expectClose(s.seasons[i].mean!, mean(ratings));
      expectClose(s.seasons[i].std!, std(ratings, 1));
    });
  });

  it("tests the counts against the days like stdlib's chi2gof, and calls a small deviation negligible", async () => {
    const s = await run(SLIGHT);
    // Expected 3650 × days/365 = 900, 920, 920, 910: χ² = 80²/900 + 80²/920 = 14.0676…
    expectClose(s.chiSquare.chi2, 6400 / 900 + 6400 / 920);
    const theirs = chi2gof([820, 1000, 920, 910], [90 / 365, 92 / 365, 92 / 365, 91 / 365]);
    expectClose(s.chiSquare.p, theirs.pValue, 1e-9);
    // scipy 1.17.1 chisquare([820, 1000, 920, 910], f_exp=[900, 920, 920, 910]).pvalue
    expectClose(s.chiSquare.p, 0.0028145234433233136, 1e-8);
    expectClose(s.chiSquare.cohenW, Math.sqrt((6400 / 900 + 6400 / 920) / 3650));
    expect(record(s)).toEqual(["balance.negligible_deviation", "volume.extremes"]);
    expect(s.narrative.headline.values).toMatchObject({maxSeason: "Spring", minSeason: "Winter", label: "negligible"});
  });

  it("keeps a season without ratings in the test and calls a large deviation unbalanced", async () => {
    const s = await run(SKEWED);
    // The range runs from 2019-01-01 (winter's first rating) to 2019-10-10 (autumn's 40th rating, 39 days after
    // 09-01), so winter counts only January and February: the days are counted over that range in JavaScript.
    const rows = seasonRows(SKEWED);
    const dates = rows.map((r) => r[2]).sort();
    const inRange = (d: string) => d >= dates[0] && d <= dates[dates.length - 1];
    const days = SEASONS.map((season) => seasonDays(season).filter(inRange).length);
    expect(s.seasons.map((r) => r.days)).toEqual(days);
    expect(s.seasons[2]).toMatchObject({season: "Summer", n: 0, mean: null, std: null, users: 0, recipes: 0});
    const total = 330;
    const theirs = chi2gof(
      [90, 200, 0, 40],
      days.map((d) => d / days.reduce((a, b) => a + b, 0))
    );
    expectClose(s.chiSquare.chi2, theirs.statistic);
    expectClose(s.chiSquare.cohenW, Math.sqrt(theirs.statistic / total));
    expect(s.maxMinRatio).toBeNull();
    expect(record(s)).toEqual(["balance.unbalanced"]);
    expect(s.narrative.headline.values.label).toBe("large");
  });

  it("has well-formed texts that render every snapshot, with templates for exactly the claims emitted", () => {
    const emitted = recorded.flatMap((snapshot) => claimIds(snapshot.narrative));
    expect(textProblems(text, emitted, recorded, RATINGS_TEXT)).toEqual([]);
  });
});
