/**
 * Seasonal volume of ratings (reference §5.4). The reference called the seasons balanced from their CV alone; here
 * a χ² goodness-of-fit test compares the counts with what the days of each season predict (seasons differ by a
 * few days, and the rated period need not cover whole years), and Cohen's w says whether a detected deviation
 * matters: with a million ratings, any deviation is significant.
 */
import type {QueryResults} from "../../pipeline/analyses.js";
import type {Claim} from "../../pipeline/narrative.js";
import {claim, phiLabel} from "../../pipeline/narrative.js";
import {chiSquareGoodnessOfFit, coefficientOfVariation, isSignificant} from "../../pipeline/stats/index.js";
import {ALPHA} from "./_monthly.js";
import {readSeason} from "./_seasons.js";
import type {RatingsSeasonalVolume} from "./ratings_seasonal_volume.schema.js";

/** The four counts are the whole population of seasons (the reference's np.std). */
const CV_DDOF = 0 as const;

/** Turns the per-season aggregates into the seasonal volume snapshot. */
export function step(results: QueryResults): RatingsSeasonalVolume {
  const rows = results.seasons.map((r) => ({
    season: readSeason(r.season),
    days: Number(r.days),
    n: Number(r.n),
    mean: r.mean === null ? null : Number(r.mean),
    variance: r.variance === null ? null : Number(r.variance),
    users: Number(r.users),
    recipes: Number(r.recipes)
  }));
  const total = rows.reduce((sum, r) => sum + r.n, 0);
  const days = rows.reduce((sum, r) => sum + r.days, 0);
  const seasons = rows.map((r) => ({
    season: r.season,
    days: r.days,
    n: r.n,
    share: r.n / total,
    expectedShare: r.days / days,
    ratingsPerDay: r.n / r.days,
    mean: r.mean,
    std: r.variance === null ? null : Math.sqrt(r.variance),
    users: r.users,
    recipes: r.recipes
  }));

  const counts = seasons.map((s) => s.n);
  const cv = coefficientOfVariation(counts, CV_DDOF);
  const fit = chiSquareGoodnessOfFit(
    counts,
    seasons.map((s) => s.expectedShare)
  );
  const cohenW = Math.sqrt(fit.chi2 / total);
  // The first season in calendar order wins ties, so the seasons quoted are stable.
  const largest = seasons.reduce((best, s) => (s.n > best.n ? s : best), seasons[0]);
  const smallest = seasons.reduce((best, s) => (s.n < best.n ? s : best), seasons[0]);
  // The raw-count ratio the extremes claim quotes, and the per-day ratio the tile shows: the headline judges the
  // seasons for their length, so the tile beside it measures the same thing.
  const countRatio = smallest.n === 0 ? null : largest.n / smallest.n;
  const perDay = seasons.map((s) => s.ratingsPerDay);
  const maxMinRatio = Math.min(...perDay) === 0 ? null : Math.max(...perDay) / Math.min(...perDay);

  // Balanced means: no detectable deviation, or one too small to matter (w below Cohen's "small", 0.1).
  const label = phiLabel(cohenW);
  // The headline says the size in ratings per day, the tile's measure, rather than by its effect-size label.
  const byRate = (pick: (a: number, b: number) => boolean) =>
    seasons.reduce((best, s) => (pick(s.ratingsPerDay, best.ratingsPerDay) ? s : best), seasons[0]);
  const balance = !isSignificant(fit.p, ALPHA)
    ? "consistent"
    : label === "negligible"
      ? "negligible_deviation"
      : "unbalanced";
  const headline = claim(`balance.${balance}`, {
    chi2: fit.chi2,
    df: fit.df,
    p: fit.p,
    w: cohenW,
    label,
    alpha: ALPHA,
    total,
    cv,
    maxSeason: largest.season,
    maxShare: largest.share,
    minSeason: smallest.season,
    minShare: smallest.share,
    rateMaxSeason: byRate((x, y) => x > y).season,
    rateMinSeason: byRate((x, y) => x < y).season,
    ...(maxMinRatio === null ? {} : {perDayRatio: maxMinRatio})
  });
  const claims: Claim[] = [];
  if (countRatio !== null && maxMinRatio !== null) {
    claims.push(
      claim("volume.extremes", {
        maxSeason: largest.season,
        maxShare: largest.share,
        maxExpected: largest.expectedShare,
        minSeason: smallest.season,
        minShare: smallest.share,
        minExpected: smallest.expectedShare,
        ratio: countRatio,
        perDayRatio: maxMinRatio,
        cv
      })
    );
  }

  return {
    params: {alpha: ALPHA, cvDdof: CV_DDOF},
    seasons,
    total,
    cv,
    maxMinRatio,
    chiSquare: {chi2: fit.chi2, df: fit.df, p: fit.p, cohenW},
    narrative: {headline, claims}
  };
}
