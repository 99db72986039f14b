/**
 * Turns per-nutrient, per-period moments into the nutrition snapshot: Student's t-test, interval and Cohen's d for
 * each of the six nutrients, then Holm's correction over the six, so the claims only call a difference significant
 * when it survives the multiple testing.
 */
import type {QueryResults} from "../../pipeline/analyses.js";
import type {Claim} from "../../pipeline/narrative.js";
import {claim} from "../../pipeline/narrative.js";
import {holm, isSignificant} from "../../pipeline/stats/index.js";
import type {Row} from "../../pipeline/warehouse.js";
import {comparePeriods, groupSummary, periodRow} from "./_comparison.js";
import type {WeekendNutrition} from "./weekend_nutrition.schema.js";
import {NUTRIENTS} from "./weekend_nutrition.schema.js";
import {groupMeanInterval, MEAN_INTERVAL_LEVEL} from "../_meanInterval.js";

/** Significance level, for raw and Holm-adjusted p-values; intervals are at 1 − ALPHA. */
export const ALPHA = 0.05;

/** Every claim id the step can emit. */
export const CLAIM_IDS = [
  "summary.some_differ",
  "summary.none_differ",
  "nutrient.higher_at_weekend",
  "nutrient.lower_at_weekend",
  "nutrient.not_robust"
] as const;

type NutrientComparison = WeekendNutrition["nutrients"][number];

function periodSummary(row: Row): NutrientComparison["weekday"] {
  const n = Number(row.n);
  const mean = Number(row.mean);
  const std = Math.sqrt(Number(row.variance));
  return {n, mean, std, interval: groupMeanInterval(n, mean, std)};
}

/** What one nutrient supports: a difference that survives Holm, one that only the raw p suggests, or nothing. */
function nutrientClaim(n: NutrientComparison): Claim | undefined {
  const {comparison: c} = n;
  const values = {nutrient: n.nutrient, gapPct: Math.abs(c.diffPct), p: c.student.p, pHolm: n.pHolm};
  if (n.significantHolm) {
    // The gap's interval, as a share of the weekday mean and in the gap's direction (a gap below reads positive).
    const [gapLowPct, gapHighPct] = c.meanDiff > 0 ? [c.ciLowPct, c.ciHighPct] : [-c.ciHighPct, -c.ciLowPct];
    return claim(c.meanDiff > 0 ? "nutrient.higher_at_weekend" : "nutrient.lower_at_weekend", {
      ...values,
      gapLowPct,
      gapHighPct,
      level: 1 - ALPHA,
      d: c.cohenD,
      effect: c.effect
    });
  }
  return c.significant ? claim("nutrient.not_robust", values) : undefined;
}

export function step(results: QueryResults): WeekendNutrition {
  const tested = NUTRIENTS.map((nutrient) => {
    const rows = results.nutrients!.filter((r) => r.nutrient === nutrient);
    const weekdayRow = periodRow(rows, "weekday", nutrient);
    const weekendRow = periodRow(rows, "weekend", nutrient);
    return {
      nutrient,
      weekday: periodSummary(weekdayRow),
      weekend: periodSummary(weekendRow),
      comparison: comparePeriods(groupSummary(weekdayRow), groupSummary(weekendRow), ALPHA)
    };
  });
  const adjusted = holm(tested.map((n) => n.comparison.student.p));
  const nutrients: NutrientComparison[] = tested.map((n, i) => ({
    ...n,
    pHolm: adjusted[i]!,
    significantHolm: isSignificant(adjusted[i]!, ALPHA)
  }));

  // The nutrients whose gap survives Holm's correction: counted here, the headline's candidates below.
  const robust = nutrients.filter((n) => n.significantHolm);
  const counts = {
    significantRaw: nutrients.filter((n) => n.comparison.significant).length,
    significantHolm: robust.length
  };
  // Ties go to the earlier nutrient of NUTRIENTS.
  const widest = nutrients.reduce((best, n) =>
    Math.abs(n.comparison.diffPct) > Math.abs(best.comparison.diffPct) ? n : best
  );

  // Strongest evidence first; equal adjusted p-values keep the NUTRIENTS order (the sort is stable).
  const claims = [...nutrients]
    .sort((a, b) => a.pHolm - b.pHolm)
    .map(nutrientClaim)
    .filter((c): c is Claim => c !== undefined);
  // The headline leads with the size of the largest robust gap, so a tiny one never reads as a finding; its
  // second line names that nutrient, so it says more than the first. Ties go to the earlier nutrient of NUTRIENTS.
  const largest = robust.reduce<NutrientComparison | undefined>(
    (best, n) => (best === undefined || Math.abs(n.comparison.cohenD) > Math.abs(best.comparison.cohenD) ? n : best),
    undefined
  );
  const headline =
    largest !== undefined
      ? claim("summary.some_differ", {
          significant: robust.length,
          tested: nutrients.length,
          nutrient: largest.nutrient,
          d: largest.comparison.cohenD,
          // Its size in reader units for the plain headline: an effect-size label is no size a reader can use.
          gapPct: Math.abs(largest.comparison.diffPct),
          pHolm: largest.pHolm
        })
      : claim("summary.none_differ", {tested: nutrients.length});

  return {
    params: {alpha: ALPHA, intervalLevel: MEAN_INTERVAL_LEVEL, ciLevel: 1 - ALPHA, tests: nutrients.length},
    nutrients,
    counts,
    largestGap: {
      nutrient: widest.nutrient,
      diffPct: widest.comparison.diffPct,
      significantHolm: widest.significantHolm
    },
    narrative: {headline, claims}
  };
}
