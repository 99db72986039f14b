/**
 * The statistics module: small, pure functions that turn aggregates (counts, means, variances, rank sums) into
 * test statistics, p-values, fits and intervals. Shared by the pipeline's analysis steps and the site's browser
 * script, so it uses no Node APIs and no DuckDB.
 */
export {anovaOneWay, anovaOneWayFromSummary} from "./anova.js";
export type {AnovaResult} from "./anova.js";
export {chiSquare2x2, chiSquareGoodnessOfFit, chiSquareIndependence} from "./chiSquare.js";
export type {ChiSquare2x2Result, ChiSquareIndependenceResult, ChiSquareOptions, ChiSquareResult} from "./chiSquare.js";
export {pearson, spearman, weightedPearson, weightedSpearman} from "./correlation.js";
export {
  coefficientOfVariation,
  fiveNumber,
  mean,
  quantile,
  std,
  variance,
  weightedMean,
  weightedStd,
  weightedVariance,
  zScores
} from "./descriptive.js";
export type {FiveNumber, WeightedVarianceKind} from "./descriptive.js";
export {chiSquareSf, fSf, normalCdf, normalQuantile, studentTCdf, tQuantile, tTwoSidedPValue} from "./distributions.js";
export {holm} from "./holm.js";
export {meanInterval, proportionDifferenceInterval, proportionInterval, weightedMeanInterval} from "./intervals.js";
export type {
  MeanInterval,
  ProportionDifferenceInterval,
  ProportionInterval,
  RowMeanInterval,
  WeightedMeanInterval
} from "./intervals.js";
export {kruskalWallis, kruskalWallisFromRanks} from "./kruskal.js";
export type {KruskalWallisResult, RankSumGroup} from "./kruskal.js";
export {shapiroWilk} from "./normality.js";
export type {ShapiroWilk} from "./normality.js";
export {rank, tieTerm} from "./ranks.js";
export {fitMeanInterval, ols, predict, slopeInterval, wls} from "./regression.js";
export type {LinearFit, SlopeInterval} from "./regression.js";
export {isSignificant} from "./significance.js";
export {tTest2, tTest2FromSummary, welchDifferenceInterval} from "./tTest.js";
export type {GroupSummary, TTestOptions, TTestResult} from "./tTest.js";
