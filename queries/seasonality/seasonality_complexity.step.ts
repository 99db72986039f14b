/** Complexity by season: per-season summaries and one Kruskal–Wallis test per measure. */
import type {QueryResults} from "../../pipeline/analyses.js";
import type {Claim} from "../../pipeline/narrative.js";
import {claim, extremeKeys} from "../../pipeline/narrative.js";
import type {Kruskal} from "./_significance.js";
import {ALPHA, kruskalFromRows} from "./_significance.js";
import type {Season} from "./_seasons.js";
import {extremes, seasonRows} from "./_seasons.js";
import type {SeasonalityComplexity} from "./seasonality_complexity.schema.js";
import type {GroupMean} from "../_meanInterval.js";
import {
  groupMean,
  groupMeanInterval,
  MEAN_INTERVAL_LEVEL,
  pickedGapFamily,
  requireGapInterval
} from "../_meanInterval.js";

const MEASURES = ["score", "steps", "ingredients"] as const;
type Measure = (typeof MEASURES)[number];

/** Every claim id the step can emit: one per measure and outcome. */
export const CLAIM_IDS = MEASURES.flatMap((m) => [`${m}.significant`, `${m}.not_significant`]);

type SeasonRow = ReturnType<typeof seasonRows>[number];

const MEASURE_WORDS = {score: "complexity score", steps: "number of steps", ingredients: "number of ingredients"};

/** How the claims print a seasonal mean: seasons whose means print alike tie, and are named together. */
const MEAN_PRINT = "2";

/** A measure's highest and lowest seasonal means, found once for the claim and the gap's interval. */
interface MeasureExtremes {
  highest: GroupMean & {season: Season};
  lowest: GroupMean & {season: Season};
  /** The seasons whose mean prints as the highest's ("Winter+Summer" when two tie), as the claim names them. */
  highestKeys: string;
  lowestKeys: string;
  /**
   * The Welch interval of the gap between them: the evidence of the gap the claim states, which the Kruskal–Wallis
   * test (a comparison of ranks) is not. The two seasons are picked from every pair of seasons, so it holds for all
   * the pairs together (at pairLevel each, the multiple-testing policy), as the ratings page's best-versus-worst gap.
   */
  gapInterval: {lower: number; upper: number};
  /** The pairs of seasons the two were picked from. */
  pairs: number;
}

function measureExtremes(measure: Measure, rows: readonly SeasonRow[]): MeasureExtremes {
  const groups = rows.map((row) => ({season: row.season, ...groupMean(row)}));
  const {highest, lowest} = extremes(groups, (g) => g.mean);
  // Seasons that print alike are named together, never the first of them alone: the gap and its interval are the
  // first's, which the printed means cannot tell from the others'.
  const tied = (which: "highest" | "lowest") =>
    extremeKeys(
      groups,
      (g) => g.mean,
      (g) => g.season,
      MEAN_PRINT,
      which
    );
  const [highestKeys, lowestKeys] = [tied("highest"), tied("lowest")];
  const {pairs, pairLevel} = pickedGapFamily(groups.length);
  const gapInterval = requireGapInterval(
    highest,
    lowest,
    `the seasons' highest and lowest mean ${MEASURE_WORDS[measure]}`,
    pairLevel
  );
  return {highest, lowest, highestKeys, lowestKeys, gapInterval, pairs};
}

function measureClaim(measure: Measure, ends: MeasureExtremes, test: Kruskal): Claim {
  const {highest, lowest, highestKeys, lowestKeys, gapInterval, pairs} = ends;
  return claim(`${measure}.${test.significant ? "significant" : "not_significant"}`, {
    highest: highestKeys,
    highestMean: highest.mean,
    lowest: lowestKeys,
    lowestMean: lowest.mean,
    gap: highest.mean - lowest.mean,
    gapLower: gapInterval.lower,
    gapUpper: gapInterval.upper,
    intervalLevel: MEAN_INTERVAL_LEVEL,
    pairs,
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
  const ends = {
    score: measureExtremes("score", score),
    steps: measureExtremes("steps", steps),
    ingredients: measureExtremes("ingredients", ingredients)
  };
  const gapIntervals = {
    score: ends.score.gapInterval,
    steps: ends.steps.gapInterval,
    ingredients: ends.ingredients.gapInterval
  };
  const [headline, ...claims] = MEASURES.map((m) => measureClaim(m, ends[m], kruskal[m]));
  return {
    // Every measure counts the same seasons, so one family of pairs covers the three gaps.
    params: {alpha: ALPHA, intervalLevel: MEAN_INTERVAL_LEVEL, ...pickedGapFamily(seasons.length)},
    seasons,
    kruskal,
    gapIntervals,
    narrative: {headline: headline!, claims}
  };
}
