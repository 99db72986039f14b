/** Nutrition by season: z-scores of the seasonal means for the heatmap and a Kruskal–Wallis test per nutrient. */
import type {QueryResults} from "../../pipeline/analyses.js";
import type {Claim} from "../../pipeline/narrative.js";
import {claim} from "../../pipeline/narrative.js";
import {mean, std, zScores} from "../../pipeline/stats/index.js";
import {ALPHA, kruskalFromRows} from "./_significance.js";
import {extremes, seasonRows} from "./_seasons.js";
import type {SeasonalityNutrition} from "./seasonality_nutrition.schema.js";
import {NUTRIENTS} from "./seasonality_nutrition.schema.js";
import type {GroupMean} from "../_meanInterval.js";
import {groupMeanInterval, requireGapInterval, MEAN_INTERVAL_LEVEL} from "../_meanInterval.js";

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
  const summaries = rows.map((row, i) => ({
    season: row.season,
    n: Number(row.n),
    mean: means[i]!,
    std: row.std === null ? null : Number(row.std),
    interval: groupMeanInterval(Number(row.n), means[i]!, row.std === null ? null : Number(row.std)),
    q25: Number(row.q25),
    median: Number(row.median),
    q75: Number(row.q75),
    z: z[i]!,
    deviation: means[i]! / meanOfMeans - 1
  }));
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

function testValues(entry: NutrientEntry): Record<string, number | string> {
  const {H, df, p, epsilonSquared, effect} = entry.kruskal;
  return {highest: entry.highest, lowest: entry.lowest, H, df, p, epsilonSquared, effect};
}

function meanOf(entry: NutrientEntry, season: string): number {
  return entry.seasons.find((s) => s.season === season)!.mean;
}

/** Turns the query rows into the snapshot: statistics, then the claims that hold. */
export function step(results: QueryResults): SeasonalityNutrition {
  const entries = NUTRIENTS.map((n) => nutrientEntry(n, results));
  const nutrients = entries.map((e) => e.entry);
  const significantCount = nutrients.filter((n) => n.kruskal.significant).length;
  const calories = nutrients[0]!;
  const highestKcal = meanOf(calories, calories.highest);
  const lowestKcal = meanOf(calories, calories.lowest);
  const calorieGapInterval = requireGapInterval(
    entries[0]!.highest,
    entries[0]!.lowest,
    "the most and the least caloric seasons' means"
  );
  const headline = claim(calories.kruskal.significant ? "calories.significant" : "calories.not_significant", {
    ...testValues(calories),
    highestMean: highestKcal,
    lowestMean: lowestKcal,
    gap: highestKcal - lowestKcal,
    gapLower: calorieGapInterval.lower,
    gapUpper: calorieGapInterval.upper,
    intervalLevel: MEAN_INTERVAL_LEVEL
  });
  const claims: Claim[] = [
    claim("significant_count", {
      count: significantCount,
      countOf: nutrients.length,
      significant: significantCount,
      total: nutrients.length
    })
  ];
  for (const entry of nutrients.slice(1)) {
    // Percent-of-daily-value means go out as fractions, so the text formats them with the locale's percent sign.
    claims.push(
      claim(entry.kruskal.significant ? "nutrient.significant" : "nutrient.not_significant", {
        nutrient: entry.nutrient,
        ...testValues(entry),
        highestShare: meanOf(entry, entry.highest) / 100,
        lowestShare: meanOf(entry, entry.lowest) / 100
      })
    );
  }
  return {
    params: {alpha: ALPHA, zDdof: Z_DDOF, intervalLevel: MEAN_INTERVAL_LEVEL},
    nutrients,
    significantCount,
    calorieGapInterval,
    narrative: {headline, claims}
  };
}
