/**
 * The step shared by the weekend ingredients and tags analyses. The SQL counts, for every item common enough to
 * compare (the share filter), the weekday and weekend recipes that list it; here every such item gets its 2×2 χ²
 * test (Yates' correction, as scipy's `chi2_contingency`), the p-values are Holm-adjusted as one family (the
 * site's multiple-testing policy), and the strongest items on BOTH sides are kept. Each gap carries its 95 % interval
 * (Newcombe's, pipeline/stats proportionDifferenceInterval: built on the shares' own Wilson intervals, and kept near its
 * level for shares of a few percent, where Wald's interval, even with a continuity correction, is least reliable).
 */
import type {QueryResults} from "../../pipeline/analyses.js";
import type {Claim} from "../../pipeline/narrative.js";
import {claim, phiLabel} from "../../pipeline/narrative.js";
import {chiSquare2x2, holm, isSignificant, proportionDifferenceInterval} from "../../pipeline/stats/index.js";
import type {Row} from "../../pipeline/warehouse.js";
import {SHARE_INTERVAL_LEVEL, shareInterval} from "../_shareInterval.js";
import type {PeriodItem, PeriodItems} from "./_items.schema.js";

/** The gap that matters, the level of the Holm-adjusted p, the items shown per side; the share filter is in the SQL. */
export const ITEM_PARAMS = {minAbsDeltaPp: 0.2, alpha: 0.05, topN: 10} as const;

/** Every claim id the step can emit. */
export const ITEM_CLAIM_IDS = [
  "passing.some",
  "passing.weekend",
  "passing.weekday",
  "passing.none",
  "strongest.weekend",
  "strongest.weekday"
] as const;

/**
 * The headline's id for items that differ: on both sides, or on one only. A side with none is said in words ("and
 * none more often on weekdays"), never as a count of 0 beside the other side's ("0 at the weekend, 1 on weekdays").
 */
function passingId(
  moreAtWeekend: number,
  moreOnWeekdays: number
): "passing.some" | "passing.weekend" | "passing.weekday" {
  if (moreOnWeekdays === 0) return "passing.weekend";
  if (moreAtWeekend === 0) return "passing.weekday";
  return "passing.some";
}

/** Largest |deltaPp| first; equal gaps by item name, so the lists are stable. */
function byGap(a: PeriodItem, b: PeriodItem): number {
  return Math.abs(b.deltaPp) - Math.abs(a.deltaPp) || (a.item < b.item ? -1 : a.item > b.item ? 1 : 0);
}

function strongestClaim(id: string, item: PeriodItem, tested: number): Claim {
  return claim(id, {
    item: item.item,
    weekdayShare: item.weekdayShare,
    weekendShare: item.weekendShare,
    deltaPp: item.deltaPp,
    deltaLowerPp: item.deltaLowerPp,
    deltaUpperPp: item.deltaUpperPp,
    intervalLevel: SHARE_INTERVAL_LEVEL,
    p: item.p,
    pAdjusted: item.pAdjusted,
    tested,
    phi: item.phi,
    effect: item.effect
  });
}

/** Builds the snapshot of an items analysis from the one summary row of its `items` query. */
export function periodItemsStep(results: QueryResults): PeriodItems {
  const {minAbsDeltaPp, alpha, topN} = ITEM_PARAMS;
  const summary = results.items![0]!;
  const weekdayRecipes = Number(summary.weekday_recipes);
  const weekendRecipes = Number(summary.weekend_recipes);
  if (weekdayRecipes === 0 || weekendRecipes === 0) {
    throw new Error(`invalid totals: ${weekdayRecipes} weekday and ${weekendRecipes} weekend recipes, need both`);
  }
  const frequent = summary.frequent_items as Row[];

  // Every item common enough to compare is tested, whatever its gap: choosing items by their gap first and then
  // testing only those would select on the outcome. The tests form one family, adjusted together by Holm.
  const tested = frequent.map((row) => {
    const weekdayWith = Number(row.weekday_with);
    const weekendWith = Number(row.weekend_with);
    const weekdayShare = weekdayWith / weekdayRecipes;
    const weekendShare = weekendWith / weekendRecipes;
    // An item in every recipe leaves an empty column: no χ² exists, and nothing sets the two periods apart.
    const degenerate = weekdayWith === weekdayRecipes && weekendWith === weekendRecipes;
    // Weekend on the first row, so phi > 0 means the item leans to the weekend.
    const test = degenerate
      ? {chi2: 0, p: 1, phi: 0}
      : chiSquare2x2(weekendWith, weekendRecipes - weekendWith, weekdayWith, weekdayRecipes - weekdayWith);
    // The gap's interval is one item's, at the shares' level, not widened for the family: the Holm-adjusted p decides
    // which items are shown, and the text says the interval's level and that it is not adjusted.
    const gap = proportionDifferenceInterval(
      weekendWith,
      weekendRecipes,
      weekdayWith,
      weekdayRecipes,
      SHARE_INTERVAL_LEVEL
    );
    return {
      item: String(row.item),
      weekdayWith,
      weekendWith,
      weekdayShare,
      weekendShare,
      weekdayShareInterval: shareInterval(weekdayWith, weekdayRecipes),
      weekendShareInterval: shareInterval(weekendWith, weekendRecipes),
      meanShare: (weekdayShare + weekendShare) / 2,
      deltaPp: (weekendShare - weekdayShare) * 100,
      deltaLowerPp: gap.lower * 100,
      deltaUpperPp: gap.upper * 100,
      chi2: test.chi2,
      p: test.p,
      phi: test.phi,
      effect: phiLabel(test.phi)
    };
  });
  const adjusted = holm(tested.map((item) => item.p));
  // An item differs when its adjusted p is below α and its gap is large enough to matter.
  const passing: PeriodItem[] = tested
    .map((item, i) => ({...item, pAdjusted: adjusted[i]!}))
    .filter((item) => isSignificant(item.pAdjusted, alpha) && Math.abs(item.deltaPp) >= minAbsDeltaPp);
  const atWeekend = passing.filter((i) => i.deltaPp > 0).sort(byGap);
  const onWeekdays = passing.filter((i) => i.deltaPp < 0).sort(byGap);

  const minMeanShare = Number(summary.min_mean_share);
  const counts = {
    distinct: Number(summary.distinct_items),
    frequent: frequent.length,
    tested: tested.length,
    passing: passing.length,
    moreAtWeekend: atWeekend.length,
    moreOnWeekdays: onWeekdays.length
  };
  // The headline leads with the size of the largest gap, in percentage points of recipes (a reader's unit, not an
  // effect-size label), so a few tiny differences never read as a finding.
  const headline =
    passing.length > 0
      ? claim(passingId(counts.moreAtWeekend, counts.moreOnWeekdays), {
          // The sentence's subject: its verb agrees with it ("1 … appears", "3 … appear").
          count: counts.passing,
          passing: counts.passing,
          tested: counts.tested,
          distinct: counts.distinct,
          moreAtWeekend: counts.moreAtWeekend,
          moreOnWeekdays: counts.moreOnWeekdays,
          largestGapPp: Math.max(...passing.map((i) => Math.abs(i.deltaPp))),
          // The count's rule, said with it: the seasonality page averages shares over four seasons, not two
          // periods, so the two pages' counts of items common enough can differ by a few.
          minMeanShare
        })
      : claim("passing.none", {distinct: counts.distinct, tested: counts.tested, minMeanShare});
  const claims: Claim[] = [];
  if (atWeekend.length > 0) claims.push(strongestClaim("strongest.weekend", atWeekend[0]!, counts.tested));
  if (onWeekdays.length > 0) claims.push(strongestClaim("strongest.weekday", onWeekdays[0]!, counts.tested));

  return {
    params: {
      minMeanShare,
      ...ITEM_PARAMS,
      correction: "holm",
      intervalLevel: SHARE_INTERVAL_LEVEL
    },
    totals: {weekdayRecipes, weekendRecipes},
    counts,
    moreAtWeekend: atWeekend.slice(0, topN),
    moreOnWeekdays: onWeekdays.slice(0, topN),
    narrative: {headline, claims}
  };
}

/** The step of the page's two item analyses (one catalogue entry each, with its `items` parameter). */
export const step = periodItemsStep;
/** Every claim id the step can emit, so the text modules can be checked for completeness. */
export const CLAIM_IDS = ITEM_CLAIM_IDS;
