/** Complexity by season: per-season summaries and one Kruskal–Wallis test per measure. */
import type {QueryResults} from "../../pipeline/analyses.js";
import type {Claim} from "../../pipeline/narrative.js";
import {claim} from "../../pipeline/narrative.js";
import type {Kruskal} from "./_significance.js";
import {ALPHA, kruskalFromRows} from "./_significance.js";
import {extremes, seasonRows} from "./_seasons.js";
import type {SeasonalityComplexity} from "./seasonality_complexity.schema.js";
import {groupMeanInterval, requireGapInterval, MEAN_INTERVAL_LEVEL} from "../_meanInterval.js";

const MEASURES = ["score", "steps", "ingredients"] as const;
type Measure = (typeof MEASURES)[number];

/** Every claim id the step can emit: one per measure and outcome. */
export const CLAIM_IDS = MEASURES.flatMap((m) => [`${m}.significant`, `${m}.not_significant`]);

type SeasonSummary = SeasonalityComplexity["seasons"][number];

const MEAN_FIELD = {score: "scoreMean", steps: "stepsMean", ingredients: "ingredientsMean"} as const satisfies Record<
  Measure,
  keyof SeasonSummary
>;

type Row = QueryResults[string][number];

const MEASURE_WORDS = {score: "complexity score", steps: "number of steps", ingredients: "number of ingredients"};

/**
 * The Welch interval of the gap between a measure's highest and lowest seasonal mean: the evidence of the gap the
 * claim states, which the Kruskal–Wallis test (a comparison of ranks) is not.
 */
function measureGap(measure: Measure, seasons: SeasonSummary[], rows: Row[]): {lower: number; upper: number} {
  const field = MEAN_FIELD[measure];
  const {highest, lowest} = extremes(seasons, (s) => s[field]);
  const group = (season: string) => {
    const r = rows.find((row) => row.season === season)!;
    return {n: Number(r.n), mean: Number(r.mean), std: r.std === null ? null : Number(r.std)};
  };
  return requireGapInterval(
    group(highest.season),
    group(lowest.season),
    `the seasons' highest and lowest mean ${MEASURE_WORDS[measure]}`
  );
}

function measureClaim(
  measure: Measure,
  seasons: SeasonSummary[],
  test: Kruskal,
  gapCi: {lower: number; upper: number}
): Claim {
  const field = MEAN_FIELD[measure];
  const {highest, lowest} = extremes(seasons, (s) => s[field]);
  return claim(`${measure}.${test.significant ? "significant" : "not_significant"}`, {
    highest: highest.season,
    highestMean: highest[field],
    lowest: lowest.season,
    lowestMean: lowest[field],
    gap: highest[field] - lowest[field],
    gapLower: gapCi.lower,
    gapUpper: gapCi.upper,
    intervalLevel: MEAN_INTERVAL_LEVEL,
    H: test.H,
    df: test.df,
    p: test.p,
    epsilonSquared: test.epsilonSquared,
    effect: test.effect
  });
}

/** Turns the query rows into the snapshot: statistics, then the claims that hold. */
export function step(results: QueryResults): SeasonalityComplexity {
  const rows = results.seasons!;
  const byMeasure = (measure: Measure) => seasonRows(rows.filter((r) => r.measure === measure));
  const score = byMeasure("score");
  const steps = byMeasure("steps");
  const ingredients = byMeasure("ingredients");
  // Every measure of a season counts the same recipes: the score's n is theirs.
  const interval = (r: (typeof rows)[number]) => groupMeanInterval(Number(r.n), Number(r.mean), Number(r.std));
  const seasons = score.map((row, i) => ({
    season: row.season,
    n: Number(row.n),
    scoreMean: Number(row.mean),
    scoreMedian: Number(row.median),
    scoreStd: Number(row.std),
    scoreQ25: Number(row.q25),
    scoreQ75: Number(row.q75),
    stepsMean: Number(steps[i]!.mean),
    stepsMedian: Number(steps[i]!.median),
    ingredientsMean: Number(ingredients[i]!.mean),
    ingredientsMedian: Number(ingredients[i]!.median),
    scoreInterval: interval(row),
    stepsInterval: interval(steps[i]!),
    ingredientsInterval: interval(ingredients[i]!)
  }));
  const kruskal = {
    score: kruskalFromRows(score),
    steps: kruskalFromRows(steps),
    ingredients: kruskalFromRows(ingredients)
  };
  const gapIntervals = {
    score: measureGap("score", seasons, score),
    steps: measureGap("steps", seasons, steps),
    ingredients: measureGap("ingredients", seasons, ingredients)
  };
  const [headline, ...claims] = MEASURES.map((m) => measureClaim(m, seasons, kruskal[m], gapIntervals[m]));
  return {
    params: {alpha: ALPHA, intervalLevel: MEAN_INTERVAL_LEVEL},
    seasons,
    kruskal,
    gapIntervals,
    narrative: {headline: headline!, claims}
  };
}
