/**
 * The step shared by the seasonal ingredients and seasonal tags analyses: reads the single row of their query
 * (filter parameters, item counts, season totals, top items with per-season counts), runs a χ² test of independence
 * per top item and decides which claims hold.
 */
import type {QueryResults} from "../../pipeline/analyses.js";
import type {Claim} from "../../pipeline/narrative.js";
import {claim, phiLabel} from "../../pipeline/narrative.js";
import {chiSquareIndependence, isSignificant} from "../../pipeline/stats/index.js";
import type {Row} from "../../pipeline/warehouse.js";
import type {SeasonalItems} from "./_seasonalItemsSchema.js";
import {ALPHA} from "./_significance.js";
import {extremes, seasonRows, SEASONS} from "./_seasons.js";
import type {Season} from "./_seasons.js";

/** Every claim id the shared step can emit. */
export const SEASONAL_ITEM_CLAIM_IDS = [
  "most_seasonal.significant",
  "most_seasonal.not_significant",
  "most_seasonal.none",
  "filter",
  "significant_count",
  "peak_season"
] as const;

type Item = SeasonalItems["items"][number];

function item(raw: Row, totals: Map<Season, number>, tested: number): Item {
  const shares = seasonRows(raw.seasons as Row[]).map((s) => ({
    season: s.season,
    recipes: Number(s.recipes),
    share: Number(s.share)
  }));
  // Rows: seasons; columns: recipes containing the item, recipes without it. df = 3 > 1, so no Yates correction.
  const table = shares.map((s) => [s.recipes, totals.get(s.season)! - s.recipes]);
  const {chi2, df, p, cramersV} = chiSquareIndependence(table);
  const {highest, lowest} = extremes(shares, (s) => s.share);
  return {
    rank: Number(raw.rank),
    item: String(raw.item),
    meanShare: Number(raw.mean_share),
    std: Number(raw.std_share),
    cv: Number(raw.cv),
    range: Number(raw.share_range),
    peak: highest.season,
    trough: lowest.season,
    shares,
    chi2,
    df,
    p,
    cramersV,
    effect: phiLabel(cramersV),
    significant: isSignificant(p, ALPHA),
    significantBonferroni: isSignificant(p, ALPHA / tested)
  };
}

function headline(items: Item[], distinctItems: number): Claim {
  const top = items[0];
  if (!top) return claim("most_seasonal.none", {distinct: distinctItems});
  const peak = top.shares.find((s) => s.season === top.peak)!;
  const trough = top.shares.find((s) => s.season === top.trough)!;
  return claim(top.significant ? "most_seasonal.significant" : "most_seasonal.not_significant", {
    item: top.item,
    peak: top.peak,
    peakShare: peak.share,
    trough: top.trough,
    troughShare: trough.share,
    cv: top.cv,
    chi2: top.chi2,
    df: top.df,
    p: top.p,
    cramersV: top.cramersV,
    effect: top.effect
  });
}

/** The season in which the most top items peak; ties go to the first season in order. */
function peakSeason(items: Item[]): Claim {
  const tally = SEASONS.map((season) => ({season, items: items.filter((i) => i.peak === season).length}));
  const {highest} = extremes(tally, (t) => t.items);
  return claim("peak_season", {season: highest.season, items: highest.items, shown: items.length});
}

/** Builds the seasonal-items snapshot from the query's single row. */
export function seasonalItemsStep(results: QueryResults): SeasonalItems {
  const row = results.items![0]!;
  const seasons = seasonRows(row.season_recipes as Row[]).map((s) => ({season: s.season, recipes: Number(s.recipes)}));
  const totals = new Map(seasons.map((s) => [s.season, s.recipes]));
  const rawItems = (row.top_items as Row[] | null) ?? [];
  const items = rawItems.map((raw) => item(raw, totals, rawItems.length));
  const distinctItems = Number(row.distinct_items);
  const keptItems = Number(row.kept_items);
  const significantCount = items.filter((i) => i.significant).length;
  const bonferroniCount = items.filter((i) => i.significantBonferroni).length;

  const claims: Claim[] = [claim("filter", {distinct: distinctItems, kept: keptItems, shown: items.length})];
  if (items.length > 0) {
    claims.push(
      claim("significant_count", {
        significant: significantCount,
        bonferroni: bonferroniCount,
        tested: items.length,
        alpha: ALPHA
      }),
      peakSeason(items)
    );
  }
  return {
    params: {
      alpha: ALPHA,
      minMeanShare: Number(row.min_mean_share),
      minRange: Number(row.min_range),
      topN: Number(row.top_n)
    },
    seasons,
    distinctItems,
    keptItems,
    items,
    significantCount,
    bonferroniCount,
    narrative: {headline: headline(items, distinctItems), claims}
  };
}
