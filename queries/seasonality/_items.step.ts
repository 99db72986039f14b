/**
 * The step shared by the seasonal ingredients and seasonal tags analyses: reads the single row of their query
 * (parameters, item counts, season totals, every frequent item with per-season counts), runs a χ² test of
 * independence per item, adjusts the family by Holm (the site's multiple-testing policy), keeps the most seasonal
 * visible items and decides which claims hold.
 */
import type {QueryResults} from "../../pipeline/analyses.js";
import type {Claim} from "../../pipeline/narrative.js";
import {claim, extremeKeys, phiLabel} from "../../pipeline/narrative.js";
import {chiSquareIndependence, holm, isSignificant} from "../../pipeline/stats/index.js";
import type {Row} from "../../pipeline/warehouse.js";
import type {SeasonalItems} from "./_items.schema.js";
import {ALPHA} from "./_significance.js";
import {extremes, seasonRows, SEASONS} from "./_seasons.js";
import {SHARE_INTERVAL_LEVEL, shareInterval} from "../_shareInterval.js";
import type {Season} from "./_seasons.js";

/** Every claim id the shared step can emit. */
export const SEASONAL_ITEM_CLAIM_IDS = [
  "most_seasonal.significant",
  "most_seasonal.not_significant",
  "most_seasonal.none",
  "filter",
  "significant_count",
  "peak_season",
  "peak_season.tie"
] as const;

/** How the headline prints a season's share, so that seasons whose shares print the same are named together. */
const SHARE_PRINT = "pct|1";

type Item = SeasonalItems["items"][number];

/** One tested item before Holm's adjustment: its shares per season and its χ² test. */
type Tested = Omit<Item, "rank" | "pAdjusted" | "significant"> & {visible: boolean};

function testItem(raw: Row, totals: Map<Season, number>): Tested {
  const shares = seasonRows(raw.seasons as Row[]).map((s) => ({
    season: s.season,
    recipes: Number(s.recipes),
    share: Number(s.share),
    interval: shareInterval(Number(s.recipes), totals.get(s.season)!)
  }));
  // Rows: seasons; columns: recipes containing the item, recipes without it. df = 3 > 1, so no Yates correction.
  // An item in every recipe (or none) leaves an empty column: no χ² exists, and the seasons do not differ.
  const table = shares.map((s) => [s.recipes, totals.get(s.season)! - s.recipes]);
  const empty = [0, 1].some((c) => table.every((row) => row[c] === 0));
  const {chi2, df, p, cramersV} = empty
    ? {chi2: 0, df: shares.length - 1, p: 1, cramersV: 0}
    : chiSquareIndependence(table);
  const {highest, lowest} = extremes(shares, (s) => s.share);
  return {
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
    visible: Boolean(raw.visible)
  };
}

/** The filters' thresholds, said with every claim that counts what passes them. */
interface Thresholds {
  minMeanShare: number;
  minRange: number;
}

function headline(items: Item[], distinctItems: number, testedCount: number, thresholds: Thresholds): Claim {
  const top = items[0];
  if (!top) return claim("most_seasonal.none", {distinct: distinctItems, ...thresholds});
  const peak = top.shares.find((s) => s.season === top.peak)!;
  const trough = top.shares.find((s) => s.season === top.trough)!;
  const season = (s: (typeof top.shares)[number]) => s.season;
  return claim(top.significant ? "most_seasonal.significant" : "most_seasonal.not_significant", {
    item: top.item,
    // Seasons whose shares print the same as the peak's (or the trough's) are named with it.
    peak: extremeKeys(top.shares, (s) => s.share, season, SHARE_PRINT, "highest"),
    peakShare: peak.share,
    trough: extremeKeys(top.shares, (s) => s.share, season, SHARE_PRINT, "lowest"),
    troughShare: trough.share,
    cv: top.cv,
    chi2: top.chi2,
    df: top.df,
    p: top.pAdjusted,
    tested: testedCount,
    cramersV: top.cramersV,
    effect: top.effect
  });
}

/** The season in which the most top items peak; seasons that tie are named together. */
function peakSeason(items: Item[]): Claim {
  const tally = SEASONS.map((season) => ({season, items: items.filter((i) => i.peak === season).length}));
  const {highest} = extremes(tally, (t) => t.items);
  const seasons = extremeKeys(
    tally,
    (t) => t.items,
    (t) => t.season,
    "int",
    "highest"
  );
  const tie = seasons !== highest.season;
  return claim(tie ? "peak_season.tie" : "peak_season", {
    count: highest.items,
    season: seasons,
    items: highest.items,
    shown: items.length
  });
}

/** Builds the seasonal-items snapshot from the query's single row. */
export function seasonalItemsStep(results: QueryResults): SeasonalItems {
  const row = results.items![0]!;
  const seasons = seasonRows(row.season_recipes as Row[]).map((s) => ({season: s.season, recipes: Number(s.recipes)}));
  const totals = new Map(seasons.map((s) => [s.season, s.recipes]));
  const topN = Number(row.top_n);
  // Every frequent item is tested and the family is adjusted by Holm; the most seasonal visible ones are shown.
  const tested = ((row.frequent_items as Row[] | null) ?? []).map((raw) => testItem(raw, totals));
  const adjusted = holm(tested.map((t) => t.p));
  const items: Item[] = tested
    .map((t, i) => ({...t, pAdjusted: adjusted[i]!}))
    .filter((t) => t.visible)
    .slice(0, topN)
    .map(({visible: _visible, ...t}, i) => ({
      rank: i + 1,
      ...t,
      significant: isSignificant(t.pAdjusted, ALPHA)
    }));
  const distinctItems = Number(row.distinct_items);
  const keptItems = Number(row.kept_items);
  const significantCount = items.filter((i) => i.significant).length;
  const thresholds = {minMeanShare: Number(row.min_mean_share), minRange: Number(row.min_range)};

  const claims: Claim[] = [
    // The count comes with its rule: the weekend page averages shares over two periods, not four seasons, so the
    // two pages' counts of items common enough can differ by a few.
    claim("filter", {
      distinct: distinctItems,
      tested: tested.length,
      kept: keptItems,
      shown: items.length,
      ...thresholds
    })
  ];
  if (items.length > 0) {
    claims.push(
      claim("significant_count", {
        // The sentences' subjects: their verbs agree with them ("1 … depends", "3 … depend").
        count: significantCount,
        countOf: items.length,
        significant: significantCount,
        shown: items.length,
        tested: tested.length,
        alpha: ALPHA
      }),
      peakSeason(items)
    );
  }
  return {
    params: {
      alpha: ALPHA,
      ...thresholds,
      topN,
      correction: "holm",
      intervalLevel: SHARE_INTERVAL_LEVEL
    },
    seasons,
    distinctItems,
    keptItems,
    testedItems: tested.length,
    items,
    significantCount,
    narrative: {headline: headline(items, distinctItems, tested.length, thresholds), claims}
  };
}

/** The step of the page's two item analyses (one catalogue entry each, with its `items` parameter). */
export const step = seasonalItemsStep;
/** Every claim id the step can emit, so the text modules can be checked for completeness. */
export const CLAIM_IDS = SEASONAL_ITEM_CLAIM_IDS;
