/**
 * What the vocabularies (ingredients, tags) have in common: a head of "modelled" items whose yearly, seasonal and
 * weekday shares follow the published figures, each drawn per recipe as a Bernoulli with its own probability, and
 * a long tail of items with fixed weights drawn with replacement to fill the rest of the list.
 */
import {MEAN_RECIPE_YEAR, RECIPE_YEAR_WEIGHTS, RECIPES_PER_SEASON, SEASONS, type Season} from "./calendar.js";
import {logit, solveDrift} from "./distributions.js";
import {pythonRepr} from "./sql.js";

/** An item whose share of recipes is calibrated. Effects are on the log-odds scale. */
export interface ModelledItem {
  name: string;
  /** Share of clean recipes listing it over all years, e.g. 0.3644 for salt (72,911 / 200,066). */
  share: number;
  /** Yearly share in the last year (2018) minus the first (1999), e.g. +0.1672 for kosher salt (§2.6). */
  drift?: number;
  /** Log-odds added in a season (re-centred, so the overall share holds). */
  season?: Partial<Record<Season, number>>;
  /** Log-odds added on Saturday and Sunday. */
  weekend?: number;
}

/** A long-tail item: drawn with probability proportional to `weight`. */
export interface TailItem {
  name: string;
  weight: number;
}

/** One row of a modelled-item SQL table. */
export interface ModelledRow extends Record<string, string | number> {
  item_id: number;
  repr: string;
  intercept: number;
  slope: number;
  winter: number;
  spring: number;
  summer: number;
  autumn: number;
  weekend: number;
}

/** Solves each item's logit drift and flattens it to SQL rows with ids from `firstId`; `p = logistic(intercept + slope·(year − pivot) + season + weekend)`. */
export function modelledRows(items: readonly ModelledItem[], firstId = 1): ModelledRow[] {
  const seasonTotal = SEASONS.reduce((s, x) => s + RECIPES_PER_SEASON[x], 0);
  return items.map((item, index) => {
    const season = Object.fromEntries(SEASONS.map((s) => [s, item.season?.[s] ?? 0])) as Record<Season, number>;
    const centre = SEASONS.reduce((s, x) => s + season[x] * RECIPES_PER_SEASON[x], 0) / seasonTotal;
    const drift = item.drift
      ? solveDrift(RECIPE_YEAR_WEIGHTS, MEAN_RECIPE_YEAR, item.share, item.drift)
      : {intercept: logit(item.share), slope: 0};
    return {
      item_id: firstId + index,
      repr: pythonRepr(item.name),
      intercept: drift.intercept,
      slope: drift.slope,
      winter: season.Winter - centre,
      spring: season.Spring - centre,
      summer: season.Summer - centre,
      autumn: season.Autumn - centre,
      weekend: item.weekend ?? 0
    };
  });
}

/** FNV-1a of a string in [0, 1): a fixed jitter for vocabulary weights, independent of the seed. */
export function stringUnit(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h / 2 ** 32;
}

/** Tail rows for SQL with integer weights (exact cumulative sums) and their Python repr. */
export function tailRows(
  items: readonly TailItem[],
  firstId: number
): {item_id: number; repr: string; weight: number}[] {
  const max = Math.max(...items.map((i) => i.weight));
  return items.map((item, i) => ({
    item_id: firstId + i,
    repr: pythonRepr(item.name),
    weight: Math.max(1, Math.round((item.weight / max) * 1e9))
  }));
}
