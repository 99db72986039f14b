/**
 * Seasonal variation of ratings (reference §5.5). With a million ratings, tiny seasonal gaps are significant; the
 * reference said so in prose, this step says it from the data: it reports the tests (ANOVA on means, Kruskal–Wallis
 * on ranks, the better fit for a five-value scale) with their effect sizes, and claims "significant but negligible"
 * only when both hold.
 */
import type {QueryResults} from "../../pipeline/analyses.js";
import {claim, extremeKeys, varianceExplainedLabel} from "../../pipeline/narrative.js";
import {
  anovaOneWayFromSummary,
  isSignificant,
  kruskalWallisFromRanks,
  meanInterval
} from "../../pipeline/stats/index.js";
import {ALPHA} from "./_monthly.js";
import type {Season} from "./_seasons.js";
import {readSeason, SEASONS} from "./_seasons.js";
import type {RatingsSeasonal} from "./ratings_seasonal.schema.js";
import {gapInterval, MEAN_INTERVAL_LEVEL, pickedGapFamily} from "../_meanInterval.js";

// The level of every mean's interval on the site, the seasons' and their gap's.
const LEVEL = MEAN_INTERVAL_LEVEL;
/** The top of the scale and the highest "low" rating, the reference's % 5★ and % ≤ 2★. */
const TOP_STARS = 5;
const LOW_STARS_MAX = 2;
const STARS = [1, 2, 3, 4, 5];

/**
 * Quantile p (a fraction) of a sample given as counts of 1…5 stars, by numpy's linear rule: with h = (n − 1)·p,
 * x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]) on the sorted ratings, whose k-th value is read off the cumulative counts.
 */
function quantileFromCounts(counts: readonly number[], p: number): number {
  const n = counts.reduce((sum, c) => sum + c, 0);
  const valueAt = (k: number): number => {
    let cumulative = 0;
    for (let i = 0; i < counts.length; i++) {
      cumulative += counts[i];
      if (k < cumulative) return i + 1;
    }
    // k ≤ n − 1 always lands above; the top of the scale is the safe answer.
    return counts.length;
  };
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const low = valueAt(lo);
  return lo + 1 < n ? low + (h - lo) * (valueAt(lo + 1) - low) : low;
}

/** Turns the per-season aggregates and the season × stars table into the seasonal snapshot. */
export function step(results: QueryResults): RatingsSeasonal {
  // Season × stars counts (every pair present), each season's rank sum, and the tie term.
  const counts = new Map<Season, number[]>();
  const rankSums = new Map<Season, number>();
  for (const row of results.season_stars) {
    const season = readSeason(row.season);
    if (!counts.has(season)) counts.set(season, [0, 0, 0, 0, 0]);
    counts.get(season)![Number(row.rating) - 1] = Number(row.n);
    rankSums.set(season, Number(row.rank_sum));
  }
  const tieTerm = Number(results.season_stars[0].tie_term);

  const seasons = results.seasons.map((r) => {
    const season = readSeason(r.season);
    const n = Number(r.n);
    const mean = Number(r.mean);
    const byStars = counts.get(season)!;
    // A season with a single rating has no variance and no interval (never the case on real data).
    const interval = n >= 2 ? meanInterval(n, mean, Number(r.variance), LEVEL) : null;
    return {
      season,
      n,
      mean,
      lower: interval ? interval.lower : null,
      upper: interval ? interval.upper : null,
      std: interval ? interval.std : null,
      median: quantileFromCounts(byStars, 0.5),
      q25: quantileFromCounts(byStars, 0.25),
      q75: quantileFromCounts(byStars, 0.75),
      shareFive: byStars[TOP_STARS - 1] / n,
      shareTwoOrLess: byStars.slice(0, LOW_STARS_MAX).reduce((sum, c) => sum + c, 0) / n,
      meanRank: rankSums.get(season)! / n
    };
  });

  // A single rating adds nothing within its season: variance 0 is exact for the ANOVA's within sum of squares.
  const anova = anovaOneWayFromSummary(
    results.seasons.map((r) => ({
      n: Number(r.n),
      mean: Number(r.mean),
      variance: r.variance === null ? 0 : Number(r.variance)
    }))
  );
  const kruskal = kruskalWallisFromRanks(
    seasons.map((s) => ({n: s.n, rankSum: rankSums.get(s.season)!})),
    tieTerm
  );

  // The gap is the highest mean less the lowest; the seasons that print alike with the highest or the lowest mean
  // (three decimals, as the claims print them) are all named ("Winter+Spring"), never the first of them alone.
  const best = seasons.reduce((top, s) => (s.mean > top.mean ? s : top), seasons[0]);
  const worst = seasons.reduce((low, s) => (s.mean < low.mean ? s : low), seasons[0]);
  // The one- and two-star share as the chart prints it: the sum of its two bars' printed labels (1.3 % + 1.4 % =
  // 2.7 %), not the combined share rounded on its own (2.6 %), so that the claim and its ties agree with the bars.
  const printed = (share: number): number => Number((share * 100).toFixed(1)) / 100;
  const lowShown = new Map(
    seasons.map((s) => [
      s.season,
      counts
        .get(s.season)!
        .slice(0, LOW_STARS_MAX)
        .reduce((sum, c) => sum + printed(c / s.n), 0)
    ])
  );
  const mostLow = seasons.reduce(
    (top, s) => (lowShown.get(s.season)! > lowShown.get(top.season)! ? s : top),
    seasons[0]
  );
  const key = (s: (typeof seasons)[number]): string => s.season;
  const named = {
    best: extremeKeys(seasons, (s) => s.mean, key, "3", "highest"),
    worst: extremeKeys(seasons, (s) => s.mean, key, "3", "lowest"),
    five: extremeKeys(seasons, (s) => s.shareFive, key, "pct|1", "highest"),
    low: extremeKeys(seasons, (s) => lowShown.get(s.season)!, key, "pct|1", "highest")
  };

  // Kruskal–Wallis decides (ratings are ordinal with five values); ε² says whether the difference matters.
  const label = varianceExplainedLabel(kruskal.epsilonSquared);
  const verdict = !isSignificant(kruskal.p, ALPHA)
    ? "not_significant"
    : label === "negligible"
      ? "significant_negligible"
      : "significant";
  const headline = claim(`difference.${verdict}`, {
    H: kruskal.H,
    pKruskal: kruskal.p,
    epsilon2: kruskal.epsilonSquared,
    label,
    F: anova.F,
    pAnova: anova.p,
    eta2: anova.etaSquared,
    etaLabel: varianceExplainedLabel(anova.etaSquared),
    alpha: ALPHA,
    n: kruskal.N,
    best: named.best,
    bestMean: best.mean,
    worst: named.worst,
    worstMean: worst.mean,
    gap: best.mean - worst.mean
  });
  // The best and the worst season are picked from every pair of seasons: the gap's Welch interval holds for all the
  // pairs together (the multiple-testing policy); none when either season holds a single rating, and the claim says so.
  const {pairs, pairLevel} = pickedGapFamily(seasons.length);
  const gapCi = gapInterval(best, worst, pairLevel);
  const extremes = {
    best: named.best,
    bestMean: best.mean,
    worst: named.worst,
    worstMean: worst.mean,
    gap: best.mean - worst.mean
  };
  const claims = [
    gapCi === null
      ? claim("season.extremes_single", extremes)
      : claim("season.extremes", {...extremes, gapLower: gapCi.lower, gapUpper: gapCi.upper, level: LEVEL, pairs}),
    claim("stars.extremes", {
      fiveSeason: named.five,
      fiveShare: Math.max(...seasons.map((s) => s.shareFive)),
      lowSeason: named.low,
      lowShare: lowShown.get(mostLow.season)!,
      // Named one by one, as the season's bars print them: the combined share, rounded on its own, can differ by a
      // tenth from the sum of the two bars' labels (winter: 1.3 % + 1.4 % against 2.6 %).
      lowOne: counts.get(mostLow.season)![0] / mostLow.n,
      lowTwo: counts.get(mostLow.season)![1] / mostLow.n,
      topStars: TOP_STARS
    })
  ];

  return {
    params: {alpha: ALPHA, level: LEVEL, pairs, pairLevel, topStars: TOP_STARS, lowStarsMax: LOW_STARS_MAX},
    seasons,
    distribution: SEASONS.filter((season) => counts.has(season)).flatMap((season) => {
      const byStars = counts.get(season)!;
      const total = byStars.reduce((sum, c) => sum + c, 0);
      return STARS.map((rating) => ({season, rating, count: byStars[rating - 1], share: byStars[rating - 1] / total}));
    }),
    anova: {
      F: anova.F,
      dfBetween: anova.dfBetween,
      dfWithin: anova.dfWithin,
      p: anova.p,
      etaSquared: anova.etaSquared,
      omegaSquared: anova.omegaSquared
    },
    kruskal: {
      H: kruskal.H,
      df: kruskal.df,
      p: kruskal.p,
      epsilonSquared: kruskal.epsilonSquared,
      tieTerm
    },
    gapInterval: gapCi,
    narrative: {headline, claims}
  };
}
