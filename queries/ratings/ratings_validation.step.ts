/**
 * Weighted versus unweighted methodology (reference §5.1): shows that monthly volumes are too uneven for an
 * unweighted fit, and by how much weighting each month by √n moves the trend.
 */
import type {QueryResults} from "../../pipeline/analyses.js";
import type {Claim} from "../../pipeline/narrative.js";
import {claim} from "../../pipeline/narrative.js";
import {
  coefficientOfVariation,
  fitMeanInterval,
  mean,
  ols,
  slopeInterval,
  std,
  variance,
  weightedVariance,
  wls
} from "../../pipeline/stats/index.js";
import {ALPHA, monthlyParams, readMonths, selectMonths, toTimeFit, trendDirection} from "./_monthly.js";
import type {RatingsValidation} from "./ratings_validation.schema.js";

const HISTOGRAM_BINS = 20;
/** The kept months are the whole population of months, not a sample of them (the reference's np.std). */
const CV_DDOF = 0 as const;
/** A CV of volumes from which one month can easily weigh several times another: weighting is then needed. */
const CV_HETEROGENEOUS = 0.5;

/** Confidence level of the slopes' intervals and of the fits' bands. */
const SLOPE_LEVEL = 0.95;

/** Equal-width bins from min to max (numpy's rule: the last bin includes its upper edge). */
function histogram(values: readonly number[], bins: number): RatingsValidation["volumeHistogram"] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  // One volume repeated gives no width: a single degenerate bin holds every month.
  if (hi === lo) return [{x0: lo, x1: hi, months: values.length}];
  const width = (hi - lo) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) counts[Math.min(bins - 1, Math.floor((v - lo) / width))]++;
  return counts.map((months, i) => ({x0: lo + i * width, x1: i === bins - 1 ? hi : lo + (i + 1) * width, months}));
}

/** Turns the monthly aggregates into the validation snapshot. */
export function step(results: QueryResults): RatingsValidation {
  const {kept, coverage} = selectMonths(readMonths(results.monthly));
  const t = kept.map((m) => m.t);
  const y = kept.map((m) => m.mean);
  const w = kept.map((m) => m.weight);
  const n = kept.map((m) => m.n);
  const weightTotal = w.reduce((sum, v) => sum + v, 0);

  const olsFit = ols(t, y);
  const unitWeights = t.map(() => 1);
  const wlsFit = wls(t, y, w);
  // A relative change means something only against a base that is clearly not zero and of the same sign; otherwise
  // the two slopes are reported side by side with their intervals.
  // Per month, as fitted: the per-year bounds below are these times 12.
  const olsInterval = slopeInterval(olsFit, SLOPE_LEVEL);
  const wlsInterval = slopeInterval(wlsFit, SLOPE_LEVEL);
  const olsAwayFromZero = olsInterval.lower > 0 || olsInterval.upper < 0;
  const sameSign = Math.sign(olsFit.slope) === Math.sign(wlsFit.slope);
  const comparable = olsAwayFromZero && sameSign;
  const slopeBias = comparable ? Math.abs(wlsFit.slope - olsFit.slope) / Math.abs(olsFit.slope) : null;

  // The first month reaching the extreme wins ties, so the months quoted are stable.
  const smallest = kept.reduce((best, m) => (m.n < best.n ? m : best), kept[0]);
  const largest = kept.reduce((best, m) => (m.n > best.n ? m : best), kept[0]);
  const volumes = {
    mean: mean(n),
    std: std(n, CV_DDOF),
    cv: coefficientOfVariation(n, CV_DDOF),
    min: smallest.n,
    max: largest.n,
    minMonth: smallest.key,
    maxMonth: largest.key,
    maxMinRatio: largest.n / smallest.n
  };
  const meanVariance = {unweighted: variance(y, 1), weighted: weightedVariance(y, w, "reliability")};

  // Headline: are volumes uneven enough to need weights? Then what the weights change.
  const headline = claim(volumes.cv >= CV_HETEROGENEOUS ? "volumes.heterogeneous" : "volumes.homogeneous", {
    cv: volumes.cv,
    cvThreshold: CV_HETEROGENEOUS,
    ratio: volumes.maxMinRatio,
    min: volumes.min,
    max: volumes.max,
    minMonth: volumes.minMonth,
    maxMonth: volumes.maxMonth,
    meanVolume: volumes.mean,
    months: coverage.monthsKept,
    monthsTotal: coverage.monthsTotal,
    monthsExcluded: coverage.monthsExcluded,
    firstMonth: coverage.firstKeptMonth,
    lastMonth: coverage.lastKeptMonth
  });
  const claims: Claim[] = [];
  const slopes = {
    olsSlopePerYear: olsFit.slope * 12,
    olsLowerPerYear: olsInterval.lower * 12,
    olsUpperPerYear: olsInterval.upper * 12,
    wlsSlopePerYear: wlsFit.slope * 12,
    wlsLowerPerYear: wlsInterval.lower * 12,
    wlsUpperPerYear: wlsInterval.upper * 12,
    level: SLOPE_LEVEL
  };
  claims.push(slopeBias === null ? claim("slopes", slopes) : claim("slope_bias", {slopeBias, ...slopes}));
  // Which case holds, said in words: why a relative change is given, or why it is not.
  claims.push(
    claim(!olsAwayFromZero ? "slope_base.zero" : sameSign ? "slope_base.clear" : "slope_base.opposite", slopes)
  );
  const olsDirection = trendDirection(olsFit, ALPHA);
  const wlsDirection = trendDirection(wlsFit, ALPHA);
  claims.push(
    claim(olsDirection === wlsDirection ? "decision.same" : "decision.changed", {
      olsSlopePerYear: olsFit.slope * 12,
      olsP: olsFit.p,
      wlsSlopePerYear: wlsFit.slope * 12,
      wlsP: wlsFit.p,
      wlsR2: wlsFit.r2,
      alpha: ALPHA
    })
  );
  claims.push(
    claim(meanVariance.weighted < meanVariance.unweighted ? "spread.lower" : "spread.not_lower", {
      unweighted: meanVariance.unweighted,
      weighted: meanVariance.weighted,
      change: meanVariance.weighted / meanVariance.unweighted - 1
    })
  );

  return {
    params: {
      ...monthlyParams(),
      histogramBins: HISTOGRAM_BINS,
      cvDdof: CV_DDOF,
      cvHeterogeneous: CV_HETEROGENEOUS,
      bandLevel: SLOPE_LEVEL
    },
    coverage,
    months: kept.map((m) => ({
      month: m.key,
      t: m.t,
      n: m.n,
      mean: m.mean,
      weight: m.weight,
      weightShare: m.weight / weightTotal,
      // Each line's band: two slopes indistinguishable from zero must not read as diverging lines.
      olsBand: fitMeanInterval(olsFit, t, unitWeights, m.t, SLOPE_LEVEL),
      wlsBand: fitMeanInterval(wlsFit, t, w, m.t, SLOPE_LEVEL)
    })),
    volumeHistogram: histogram(n, HISTOGRAM_BINS),
    volumes,
    meanVariance,
    ols: toTimeFit(olsFit),
    wls: toTimeFit(wlsFit),
    slopeBias,
    narrative: {headline, claims}
  };
}
