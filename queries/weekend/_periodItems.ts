/**
 * The step shared by the weekend ingredients and tags analyses. The SQL counts, for every item common enough to
 * compare (the share filter), the weekday and weekend recipes that list it; here each item that also passes the gap
 * filter gets its 2×2 χ² test (Yates' correction, as scipy's `chi2_contingency` and the reference), and the
 * strongest items on BOTH sides are kept (the reference's `tail(20)` dropped the strongest weekday items).
 */
import type {QueryResults} from "../../pipeline/analyses.js";
import type {Claim} from "../../pipeline/narrative.js";
import {claim, phiLabel} from "../../pipeline/narrative.js";
import {chiSquare2x2, isSignificant} from "../../pipeline/stats/index.js";
import type {Row} from "../../pipeline/warehouse.js";
import type {PeriodItem, PeriodItems} from "./_periodItemsSchema.js";

/** The reference's gap and p filters (§4.5) and the number of items shown per side; the share filter is in the SQL. */
export const ITEM_PARAMS = {minAbsDeltaPp: 0.2, alpha: 0.05, topN: 10} as const;

/** Every claim id the step can emit. */
export const ITEM_CLAIM_IDS = ["passing.some", "passing.none", "strongest.weekend", "strongest.weekday"] as const;

/** Largest |deltaPp| first; equal gaps by item name, so the lists are stable. */
function byGap(a: PeriodItem, b: PeriodItem): number {
  return Math.abs(b.deltaPp) - Math.abs(a.deltaPp) || (a.item < b.item ? -1 : a.item > b.item ? 1 : 0);
}

function strongestClaim(id: string, item: PeriodItem): Claim {
  return claim(id, {
    item: item.item,
    weekdayShare: item.weekdayShare,
    weekendShare: item.weekendShare,
    deltaPp: item.deltaPp,
    p: item.p,
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

  let tested = 0;
  const passing: PeriodItem[] = [];
  for (const row of frequent) {
    const weekdayWith = Number(row.weekday_with);
    const weekendWith = Number(row.weekend_with);
    const weekdayShare = weekdayWith / weekdayRecipes;
    const weekendShare = weekendWith / weekendRecipes;
    const meanShare = (weekdayShare + weekendShare) / 2;
    const deltaPp = (weekendShare - weekdayShare) * 100;
    // The gap filter comes before the test: an item in every recipe has an empty column and no χ², but no gap either.
    if (Math.abs(deltaPp) < minAbsDeltaPp) continue;
    tested++;
    // Weekend on the first row, so phi > 0 means the item leans to the weekend.
    const test = chiSquare2x2(weekendWith, weekendRecipes - weekendWith, weekdayWith, weekdayRecipes - weekdayWith);
    if (!isSignificant(test.p, alpha)) continue;
    passing.push({
      item: String(row.item),
      weekdayWith,
      weekendWith,
      weekdayShare,
      weekendShare,
      meanShare,
      deltaPp,
      chi2: test.chi2,
      p: test.p,
      phi: test.phi,
      effect: phiLabel(test.phi)
    });
  }
  const atWeekend = passing.filter((i) => i.deltaPp > 0).sort(byGap);
  const onWeekdays = passing.filter((i) => i.deltaPp < 0).sort(byGap);

  const counts = {
    distinct: Number(summary.distinct_items),
    frequent: frequent.length,
    tested,
    passing: passing.length,
    moreAtWeekend: atWeekend.length,
    moreOnWeekdays: onWeekdays.length
  };
  const headline =
    passing.length > 0
      ? claim("passing.some", {
          passing: counts.passing,
          distinct: counts.distinct,
          moreAtWeekend: counts.moreAtWeekend,
          moreOnWeekdays: counts.moreOnWeekdays
        })
      : claim("passing.none", {distinct: counts.distinct, frequent: counts.frequent});
  const claims: Claim[] = [];
  if (atWeekend.length > 0) claims.push(strongestClaim("strongest.weekend", atWeekend[0]!));
  if (onWeekdays.length > 0) claims.push(strongestClaim("strongest.weekday", onWeekdays[0]!));

  return {
    params: {minMeanShare: Number(summary.min_mean_share), ...ITEM_PARAMS},
    totals: {weekdayRecipes, weekendRecipes},
    counts,
    moreAtWeekend: atWeekend.slice(0, topN),
    moreOnWeekdays: onWeekdays.slice(0, topN),
    narrative: {headline, claims}
  };
}
