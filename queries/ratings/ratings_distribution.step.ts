/**
 * Distribution and stability of ratings (reference §5.3): the weighted mean of monthly means with an interval
 * that counts months, not ratings, as the independent units; the row-level mean with its t interval beside it;
 * and an ANOVA across months to say whether the monthly means move more than sampling noise. The reference's
 * "±1.96·s_w/√Σw" is not a confidence interval, so it is not computed here: the methodology page explains why.
 */
import type {QueryResults} from "../../pipeline/analyses.js";
import type {Claim} from "../../pipeline/narrative.js";
import {claim, varianceExplainedLabel} from "../../pipeline/narrative.js";
import {anovaOneWayFromSummary, isSignificant, meanInterval, weightedMeanInterval} from "../../pipeline/stats/index.js";
import {ALPHA, monthlyParams, readMonths, selectMonths} from "./_monthly.js";
import type {RatingsDistribution} from "./ratings_distribution.schema.js";

const LEVEL = 0.95;
/** The top of the scale and the highest "low" rating, the reference's % 5★ and % ≤ 2★. */
const TOP_STARS = 5;
const LOW_STARS_MAX = 2;

/** Turns the monthly, overall and histogram aggregates into the distribution snapshot. */
export function step(results: QueryResults): RatingsDistribution {
  const {kept, coverage} = selectMonths(readMonths(results.monthly));
  const y = kept.map((m) => m.mean);
  const w = kept.map((m) => m.weight);

  const interval = weightedMeanInterval(y, w, LEVEL);

  const overall = results.overall[0];
  const row = meanInterval(Number(overall.n), Number(overall.mean), Number(overall.variance), LEVEL);

  const histogram = results.histogram.map((r) => ({
    rating: Number(r.rating),
    count: Number(r.n),
    share: Number(r.n) / row.n
  }));
  const shares = {
    five: histogram.find((b) => b.rating === TOP_STARS)!.share,
    twoOrLess: histogram.filter((b) => b.rating <= LOW_STARS_MAX).reduce((sum, b) => sum + b.share, 0)
  };
  // The text names the one- and two-star shares one by one, as the bars print them: their combined share, rounded on
  // its own, can differ by a tenth from the sum a reader makes of the two bars' labels (1.3 % + 1.4 % against 2.6 %).
  const starShare = (stars: number): number => histogram.find((b) => b.rating === stars)?.share ?? 0;
  const low = {shareOne: starShare(1), shareTwo: starShare(2)};

  // Earliest month wins ties, so the months quoted are stable.
  const lowest = kept.reduce((best, m) => (m.mean < best.mean ? m : best), kept[0]);
  const highest = kept.reduce((best, m) => (m.mean > best.mean ? m : best), kept[0]);
  const anova = anovaOneWayFromSummary(kept.map((m) => ({n: m.n, mean: m.mean, variance: m.variance})));
  const stability = {
    min: lowest.mean,
    max: highest.mean,
    minMonth: lowest.key,
    maxMonth: highest.key,
    range: highest.mean - lowest.mean,
    anovaF: anova.F,
    anovaP: anova.p,
    dfBetween: anova.dfBetween,
    dfWithin: anova.dfWithin,
    etaSquared: anova.etaSquared,
    omegaSquared: anova.omegaSquared
  };

  const headline = claim("mean.interval", {
    mean: interval.mean,
    lower: interval.lower,
    upper: interval.upper,
    halfWidth: interval.halfWidth,
    level: LEVEL,
    nEff: interval.nEff,
    months: kept.length,
    monthsExcluded: coverage.monthsExcluded,
    firstMonth: coverage.firstKeptMonth,
    lastMonth: coverage.lastKeptMonth,
    rowMean: row.mean,
    rowLower: row.lower,
    rowUpper: row.upper,
    n: row.n,
    shareFive: shares.five,
    ...low,
    min: stability.min,
    max: stability.max
  });
  const claims: Claim[] = [
    claim(isSignificant(anova.p, ALPHA) ? "stability.beyond_noise" : "stability.within_noise", {
      range: stability.range,
      min: stability.min,
      max: stability.max,
      minMonth: stability.minMonth,
      maxMonth: stability.maxMonth,
      F: anova.F,
      p: anova.p,
      eta2: anova.etaSquared,
      label: varianceExplainedLabel(anova.etaSquared),
      alpha: ALPHA
    }),
    claim("histogram.shares", {
      shareFive: shares.five,
      ...low,
      topStars: TOP_STARS
    })
  ];

  return {
    params: {
      ...monthlyParams(),
      level: LEVEL,
      topStars: TOP_STARS,
      lowStarsMax: LOW_STARS_MAX
    },
    coverage,
    months: kept.map((m) => ({month: m.key, t: m.t, n: m.n, mean: m.mean})),
    weighted: {
      mean: interval.mean,
      std: interval.std,
      nEff: interval.nEff,
      halfWidth: interval.halfWidth,
      lower: interval.lower,
      upper: interval.upper,
      months: kept.length
    },
    rowLevel: {n: row.n, mean: row.mean, std: row.std, halfWidth: row.halfWidth, lower: row.lower, upper: row.upper},
    histogram,
    shares,
    stability,
    narrative: {headline, claims}
  };
}
