/** Preparation time by season: reads the per-season summaries and turns the rank sums into a Kruskal–Wallis test. */
import type {QueryResults} from "../../pipeline/analyses.js";
import {claim, extremeKeys, TIE_JOIN} from "../../pipeline/narrative.js";
import {ALPHA, kruskalFromRows} from "./_significance.js";
import {extremes, seasonRows} from "./_seasons.js";
import type {SeasonalityDuration} from "./seasonality_duration.schema.js";
import {
  groupMean,
  groupMeanInterval,
  MEAN_INTERVAL_LEVEL,
  pickedGapFamily,
  requireGapInterval
} from "../_meanInterval.js";

/** Every claim id the step can emit. */
export const CLAIM_IDS = [
  "duration.significant",
  "duration.not_significant",
  "medians.equal",
  "medians.differ",
  "long_tail",
  "long_tail.even"
] as const;

/** Turns the query rows into the snapshot: statistics, then the claims that hold. */
export function step(results: QueryResults): SeasonalityDuration {
  const rows = seasonRows(results.seasons!);
  // Each season keeps its standard deviation (null for a single recipe) for the gap's interval below; the snapshot
  // publishes the seasons' intervals, not their deviations.
  const summaries = rows.map((row) => {
    const {n, mean, std} = groupMean(row);
    return {
      season: row.season,
      n,
      mean,
      std,
      interval: groupMeanInterval(n, mean, std),
      median: Number(row.median),
      q25: Number(row.q25),
      q75: Number(row.q75),
      iqr: Number(row.iqr),
      whiskerLow: Number(row.whisker_low),
      whiskerHigh: Number(row.whisker_high),
      outliersLow: Number(row.outliers_low),
      outliersHigh: Number(row.outliers_high),
      min: Number(row.min),
      max: Number(row.max)
    };
  });
  const seasons = summaries.map(({std: _, ...season}) => season);
  const kruskal = kruskalFromRows(rows);
  const total = seasons.reduce((sum, s) => sum + s.n, 0);
  const overallMean = seasons.reduce((sum, s) => sum + s.n * s.mean, 0) / total;
  const byMean = extremes(summaries, (s) => s.mean);
  const gap = byMean.highest.mean - byMean.lowest.mean;
  // The longest and the shortest season are picked from every pair of seasons: the gap's interval holds for all the
  // pairs together (the multiple-testing policy), as the ratings page's best-versus-worst gap.
  const {pairs, pairLevel} = pickedGapFamily(summaries.length);
  const gapCi = requireGapInterval(
    byMean.highest,
    byMean.lowest,
    "the seasons' longest and shortest mean preparation time",
    pairLevel
  );

  // Seasons that print alike with the extreme (as each claim prints it) are all named ("Winter+Autumn"), never the
  // first of them alone; the gap and its interval come from the extremes' values, which they share.
  const season = (s: {season: string}): string => s.season;
  const {H, df, p, epsilonSquared, effect} = kruskal;
  const headline = claim(kruskal.significant ? "duration.significant" : "duration.not_significant", {
    longest: extremeKeys(summaries, (s) => s.mean, season, "1", "highest"),
    longestMean: byMean.highest.mean,
    shortest: extremeKeys(summaries, (s) => s.mean, season, "1", "lowest"),
    shortestMean: byMean.lowest.mean,
    gap,
    gapLower: gapCi.lower,
    gapUpper: gapCi.upper,
    intervalLevel: MEAN_INTERVAL_LEVEL,
    pairs,
    H,
    df,
    p,
    epsilonSquared,
    effect
  });
  const byMedian = extremes(seasons, (s) => s.median);
  const medians =
    byMedian.highest.median === byMedian.lowest.median
      ? claim("medians.equal", {median: byMedian.highest.median})
      : claim("medians.differ", {
          highest: extremeKeys(seasons, (s) => s.median, season, "1", "highest"),
          highestMedian: byMedian.highest.median,
          lowest: extremeKeys(seasons, (s) => s.median, season, "1", "lowest"),
          lowestMedian: byMedian.lowest.median
        });
  // The season whose long recipes most often reach past the upper whisker: where a gap in means comes from.
  const tailShare = (s: (typeof seasons)[number]): number => s.outliersHigh / s.n;
  const byTail = extremes(seasons, tailShare).highest;
  const claims = [medians];
  const tailSeasons = extremeKeys(seasons, tailShare, season, "pct|1", "highest");
  if (byTail.outliersHigh > 0) {
    // Every season tied: no season stands out, and the claim says the share is the same everywhere.
    claims.push(
      tailSeasons.split(TIE_JOIN).length === seasons.length && seasons.length > 1
        ? claim("long_tail.even", {share: tailShare(byTail)})
        : claim("long_tail", {season: tailSeasons, share: tailShare(byTail), whiskerHigh: byTail.whiskerHigh})
    );
  }

  return {
    params: {
      alpha: ALPHA,
      intervalLevel: MEAN_INTERVAL_LEVEL,
      pairs,
      pairLevel,
      whiskerIqr: Number(rows[0]!.whisker_iqr)
    },
    seasons,
    overallMean,
    gap,
    gapInterval: gapCi,
    kruskal,
    narrative: {headline, claims}
  };
}
