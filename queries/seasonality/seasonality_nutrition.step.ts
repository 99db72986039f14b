/** Nutrition by season: z-scores of the seasonal means for the heatmap and a Kruskal–Wallis test per nutrient. */
import type {QueryResults} from "../../pipeline/analyses.js";
import type {Claim} from "../../pipeline/narrative.js";
import {claim, extremeKeys} from "../../pipeline/narrative.js";
import {mean, std, zScores} from "../../pipeline/stats/index.js";
import {ALPHA, kruskalFromRows} from "./_significance.js";
import {extremes, seasonRows} from "./_seasons.js";
import type {SeasonalityNutrition} from "./seasonality_nutrition.schema.js";
import {NUTRIENTS} from "./seasonality_nutrition.schema.js";
import type {GroupMean} from "../_meanInterval.js";
import {
  groupMean,
  groupMeanInterval,
  MEAN_INTERVAL_LEVEL,
  pickedGapFamily,
  requireGapInterval
} from "../_meanInterval.js";

/** The reference's heatmap divides by numpy's default std, the population one (ddof = 0). */
const Z_DDOF = 0;

/** Every claim id the step can emit. */
export const CLAIM_IDS = [
  "calories.significant",
  "calories.not_significant",
  "significant_count",
  "nutrient.significant",
  "nutrient.not_significant"
] as const;

type NutrientEntry = SeasonalityNutrition["nutrients"][number];

/** z-scores of the seasonal means; all zero when the means are equal (no deviation to scale). */
function seasonalZ(means: number[]): number[] {
  return std(means, Z_DDOF) === 0 ? means.map(() => 0) : zScores(means, Z_DDOF);
}

/**
 * A nutrient's snapshot entry, and its highest and lowest seasons with their standard deviations (null for a single
 * recipe), which a gap's interval needs: the snapshot publishes the seasons' intervals, not their deviations.
 */
function nutrientEntry(
  nutrient: NutrientEntry["nutrient"],
  results: QueryResults
): {entry: NutrientEntry; highest: GroupMean; lowest: GroupMean} {
  const rows = seasonRows(results.seasons!.filter((r) => r.nutrient === nutrient));
  const means = rows.map((row) => Number(row.mean));
  const z = seasonalZ(means);
  const meanOfMeans = mean(means);
  const summaries = rows.map((row, i) => {
    const {n, std} = groupMean(row);
    return {
      season: row.season,
      n,
      mean: means[i]!,
      std,
      interval: groupMeanInterval(n, means[i]!, std),
      q25: Number(row.q25),
      median: Number(row.median),
      q75: Number(row.q75),
      z: z[i]!,
      deviation: means[i]! / meanOfMeans - 1
    };
  });
  const {highest, lowest} = extremes(summaries, (s) => s.mean);
  const entry: NutrientEntry = {
    nutrient,
    unit: nutrient === "calories" ? "kcal" : "pdv",
    seasons: summaries.map(({std: _, ...season}) => season),
    highest: highest.season,
    lowest: lowest.season,
    kruskal: kruskalFromRows(rows)
  };
  return {entry, highest, lowest};
}

/**
 * A nutrient's test, and its highest and lowest seasons as its claim names them: every season whose mean prints like
 * the extreme's (`spec`, as the claim prints the means) is named ("Winter+Autumn"), never the first of them alone.
 */
function testValues(entry: NutrientEntry, mean: (s: NutrientEntry["seasons"][number]) => number, spec: string) {
  const {H, df, p, epsilonSquared, effect} = entry.kruskal;
  const season = (s: {season: string}): string => s.season;
  return {
    highest: extremeKeys(entry.seasons, mean, season, spec, "highest"),
    lowest: extremeKeys(entry.seasons, mean, season, spec, "lowest"),
    H,
    df,
    p,
    epsilonSquared,
    effect
  };
}

/** Turns the query rows into the snapshot: statistics, then the claims that hold. */
export function step(results: QueryResults): SeasonalityNutrition {
  // Each nutrient's entry travels with its extreme seasons (means and deviations): the claims read them there.
  const entries = NUTRIENTS.map((n) => nutrientEntry(n, results));
  const nutrients = entries.map((e) => e.entry);
  const significantCount = nutrients.filter((n) => n.kruskal.significant).length;
  const [calories, ...others] = entries;
  const {entry: kcal, highest: mostCaloric, lowest: leastCaloric} = calories!;
  // The most and the least caloric season are picked from every pair of seasons: the gap's interval holds for all
  // the pairs together (the multiple-testing policy), as the ratings page's best-versus-worst gap.
  const {pairs, pairLevel} = pickedGapFamily(kcal.seasons.length);
  const calorieGapInterval = requireGapInterval(
    mostCaloric,
    leastCaloric,
    "the most and the least caloric seasons' means",
    pairLevel
  );
  const headline = claim(kcal.kruskal.significant ? "calories.significant" : "calories.not_significant", {
    ...testValues(kcal, (s) => s.mean, "1"),
    highestMean: mostCaloric.mean,
    lowestMean: leastCaloric.mean,
    gap: mostCaloric.mean - leastCaloric.mean,
    gapLower: calorieGapInterval.lower,
    gapUpper: calorieGapInterval.upper,
    intervalLevel: MEAN_INTERVAL_LEVEL,
    pairs
  });
  const claims: Claim[] = [
    claim("significant_count", {
      count: significantCount,
      countOf: nutrients.length,
      significant: significantCount,
      total: nutrients.length
    })
  ];
  for (const {entry, highest, lowest} of others) {
    // Percent-of-daily-value means go out as fractions, so the text formats them with the locale's percent sign.
    claims.push(
      claim(entry.kruskal.significant ? "nutrient.significant" : "nutrient.not_significant", {
        nutrient: entry.nutrient,
        ...testValues(entry, (s) => s.mean / 100, "pct|1"),
        highestShare: highest.mean / 100,
        lowestShare: lowest.mean / 100
      })
    );
  }
  return {
    params: {alpha: ALPHA, zDdof: Z_DDOF, intervalLevel: MEAN_INTERVAL_LEVEL, pairs, pairLevel},
    nutrients,
    significantCount,
    calorieGapInterval,
    narrative: {headline, claims}
  };
}
