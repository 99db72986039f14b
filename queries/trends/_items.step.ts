/**
 * The step shared by the ingredient and tag trends: reads the one-row `summary` query (lists built in SQL) and
 * decides which claims hold. All ranking happens in SQL; this only renames fields and picks statements.
 */
import type {QueryResults} from "../../pipeline/analyses.js";
import type {Claim} from "../../pipeline/narrative.js";
import {claim, extremeKeys} from "../../pipeline/narrative.js";
import {normalQuantile, proportionInterval} from "../../pipeline/stats/index.js";
import type {Row} from "../../pipeline/warehouse.js";
import type {TrendsItems} from "./_items.schema.js";
import {num} from "./_trend.js";

/** Every claim id the items step can emit, so the text modules can be checked for completeness. */
export const ITEMS_CLAIM_IDS = [
  "shift",
  "shift.among",
  "shift.among_rise",
  "shift.among_fall",
  "riser",
  "riser.among",
  "faller",
  "faller.among",
  "top_item",
  "diversity.rise_fall",
  "diversity.rise",
  "diversity.fall"
];

/** A list column of the summary row: SQL's list() of no rows is null, which means an empty list here. */
function list(row: Row, column: string): Row[] {
  const value = row[column];
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`invalid ${column}: not a list`);
  return value as Row[];
}

/** Level of the intervals of the changes in share, and its normal quantile. */
const INTERVAL_LEVEL = 0.95;
const Z95 = normalQuantile(1 - (1 - INTERVAL_LEVEL) / 2);

/** A window of years as readers write it: "1999" for one year, "2015–2018" for several. */
export function windowLabel(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** A change in share between the two windows, with its Wald interval (independent windows: distinct recipes). */
function change(r: Row, firstRecipes: number, lastRecipes: number): TrendsItems["risers"][number] {
  const firstShare = num(r, "first_share");
  const lastShare = num(r, "last_share");
  const delta = num(r, "delta");
  const se = Math.sqrt((firstShare * (1 - firstShare)) / firstRecipes + (lastShare * (1 - lastShare)) / lastRecipes);
  return {
    item: String(r.item),
    occurrences: num(r, "occurrences"),
    firstShare,
    lastShare,
    delta,
    deltaLower: delta - Z95 * se,
    deltaUpper: delta + Z95 * se
  };
}

/** A change as the ranking rule reads it: the estimate and its interval. */
interface Estimate {
  item: string;
  delta: number;
  deltaLower: number;
  deltaUpper: number;
}

/**
 * The changes ranked after the leader whose estimate lies inside the leader's interval: the data cannot tell them
 * from the leader, so a claim says "among the largest" and names or counts them, never "the largest" alone.
 *
 * @example alsoLargest([{item: "a", delta: 13.1, deltaLower: 10.5, deltaUpper: 15.7}, {item: "b", delta: 12.6, …}]) // [b]
 */
export function alsoLargest<T extends Estimate>(ranked: readonly T[]): T[] {
  const [leader, ...rest] = ranked;
  if (leader === undefined) return [];
  return rest.filter((c) => c.delta >= leader.deltaLower && c.delta <= leader.deltaUpper);
}

/**
 * The diversity claim: through an inner peak (rise then fall), or ending at its highest (rise), or starting at it
 * (fall). Ties go to the earliest year. None for a single year, where there is no change to describe.
 */
export function diversityClaim(diversity: TrendsItems["diversity"]): Claim | undefined {
  if (diversity.length < 2) return undefined;
  const distinct = diversity.map((d) => d.distinctItems);
  const peakIndex = distinct.indexOf(Math.max(...distinct));
  const first = diversity[0];
  const last = diversity[diversity.length - 1];
  const peak = diversity[peakIndex];
  const ends = {
    firstYear: String(first.year),
    firstDistinct: first.distinctItems,
    firstRecipes: first.recipes,
    lastYear: String(last.year),
    lastDistinct: last.distinctItems,
    lastRecipes: last.recipes
  };
  if (peakIndex === 0) return claim("diversity.fall", ends);
  if (peakIndex === diversity.length - 1) return claim("diversity.rise", ends);
  // Years that tie at the peak are named together ("2006+2008"), never the first of them alone (the #tie variant).
  const peakYears = extremeKeys(
    diversity,
    (d) => d.distinctItems,
    (d) => String(d.year),
    "int",
    "highest"
  );
  return claim("diversity.rise_fall", {
    ...ends,
    peakYear: peakYears,
    peakDistinct: peak.distinctItems,
    peakRecipes: peak.recipes
  });
}

/** Builds an items snapshot (ingredients or tags) from its `summary` query. */
export function itemsStep(results: QueryResults): TrendsItems {
  const row = results.summary![0];
  const p = row.params as Row;
  // No complete year leaves the windows empty: say so rather than fail on a missing number.
  if (p.first_year === null || p.last_year === null)
    throw new Error(
      "invalid summary: the data cover no whole calendar year, and the trends compare complete years only; use data that span at least one 1 January to 31 December."
    );
  const params = {
    minOccurrences: num(p, "min_occurrences"),
    topN: num(p, "top_n"),
    linesN: num(p, "lines_n"),
    dataFirstYear: String(num(p, "data_first_year")),
    dataLastYear: String(num(p, "data_last_year")),
    firstYear: String(num(p, "first_year")),
    firstYearTo: String(num(p, "first_year_to")),
    lastYearFrom: String(num(p, "last_year_from")),
    lastYear: String(num(p, "last_year")),
    minWindowRecipes: num(p, "min_window_recipes"),
    firstWindow: windowLabel(num(p, "first_year"), num(p, "first_year_to")),
    lastWindow: windowLabel(num(p, "last_year_from"), num(p, "last_year")),
    intervalLevel: INTERVAL_LEVEL,
    firstYearRecipes: num(p, "first_year_recipes"),
    lastYearRecipes: num(p, "last_year_recipes"),
    years: num(p, "years"),
    recipes: num(p, "recipes"),
    occurrences: num(p, "occurrences"),
    distinctItems: num(p, "distinct_items"),
    eligibleItems: num(p, "eligible_items")
  };
  const top = list(row, "top_items").map((r) => ({
    item: String(r.item),
    occurrences: num(r, "occurrences"),
    share: num(r, "occurrences") / params.recipes
  }));
  const diversity = list(row, "diversity").map((r) => ({
    year: num(r, "year"),
    recipes: num(r, "recipes"),
    distinctItems: num(r, "distinct_items")
  }));
  const windowChange = (r: Row) => change(r, params.firstYearRecipes, params.lastYearRecipes);
  const risers = list(row, "risers").map(windowChange);
  const fallers = list(row, "fallers").map(windowChange);
  const lines = list(row, "lines").map((r) => {
    // Wilson, not Wald: a line's early years hold a few hundred recipes and shares near 0.
    const ci = proportionInterval(num(r, "recipes_with_item"), num(r, "recipes"), INTERVAL_LEVEL);
    return {
      movement: String(r.movement) as "riser" | "faller",
      rank: num(r, "rank"),
      item: String(r.item),
      year: num(r, "year"),
      recipes: num(r, "recipes"),
      share: num(r, "share"),
      lower: ci.lower,
      upper: ci.upper,
      complete: r.complete === true
    };
  });

  // Shares are fractions in the snapshot; claims quote the change in percentage points.
  const ends = {
    firstYear: params.firstYear,
    firstYearTo: params.firstYearTo,
    lastYearFrom: params.lastYearFrom,
    lastYear: params.lastYear,
    firstWindow: params.firstWindow,
    lastWindow: params.lastWindow
  };
  // The items whose estimate lies inside the leader's interval, once per side: the claims and the headline agree.
  const alsoRisers = alsoLargest(risers);
  const alsoFallers = alsoLargest(fallers);
  const moved = (id: string, ranked: TrendsItems["risers"], also: TrendsItems["risers"]) => {
    const c = ranked[0]!;
    return claim(also.length === 0 ? id : `${id}.among`, {
      item: c.item,
      ...(also.length === 0 ? {} : {count: also.length, next: also[0]!.item, nextDeltaPp: also[0]!.delta * 100}),
      firstShare: c.firstShare,
      lastShare: c.lastShare,
      deltaPp: c.delta * 100,
      deltaLowerPp: c.deltaLower * 100,
      deltaUpperPp: c.deltaUpper * 100,
      level: INTERVAL_LEVEL,
      ...ends,
      firstRecipes: params.firstYearRecipes,
      lastRecipes: params.lastYearRecipes
    });
  };
  const claims: Claim[] = [];
  if (risers.length > 0) claims.push(moved("riser", risers, alsoRisers));
  if (fallers.length > 0) claims.push(moved("faller", fallers, alsoFallers));
  if (top.length > 0)
    claims.push(claim("top_item", {item: top[0].item, occurrences: top[0].occurrences, share: top[0].share}));
  const diversityStatement = diversityClaim(diversity);
  if (diversityStatement) claims.push(diversityStatement);
  if (claims.length === 0) throw new Error("invalid summary: no item in any recipe");

  // The headline pairs the biggest riser and faller when both exist; otherwise it is the first claim that holds. Each
  // side says "among the largest" only when its own leader cannot be told from another item, as its claim does.
  const amongSuffix =
    alsoRisers.length > 0 && alsoFallers.length > 0
      ? ".among"
      : alsoRisers.length > 0
        ? ".among_rise"
        : alsoFallers.length > 0
          ? ".among_fall"
          : "";
  const headline =
    risers.length > 0 && fallers.length > 0
      ? claim(`shift${amongSuffix}`, {
          riser: risers[0].item,
          riserDeltaPp: risers[0].delta * 100,
          riserLowerPp: risers[0].deltaLower * 100,
          riserUpperPp: risers[0].deltaUpper * 100,
          ...(alsoRisers.length > 0 ? {riserOthers: alsoRisers.length} : {}),
          faller: fallers[0].item,
          fallerDeltaPp: fallers[0].delta * 100,
          fallerLowerPp: fallers[0].deltaLower * 100,
          fallerUpperPp: fallers[0].deltaUpper * 100,
          ...(alsoFallers.length > 0 ? {fallerOthers: alsoFallers.length} : {}),
          level: INTERVAL_LEVEL,
          ...ends
        })
      : claims.shift()!;

  const excludedItems = ((row.excluded_items as unknown[] | null) ?? []).map(String);
  return {params, excludedItems, top, diversity, risers, fallers, lines, narrative: {headline, claims}};
}

/** The step of the page's two item analyses (one catalogue entry each, with its `items` parameter). */
export const step = itemsStep;
/** Every claim id the step can emit, so the text modules can be checked for completeness. */
export const CLAIM_IDS = ITEMS_CLAIM_IDS;
