/**
 * Test support (not part of the pipeline): recipe fixtures for the seasonal ingredients and tags analyses, and the
 * filter, ranking and χ² of their method computed directly from the fixture's item lists.
 */
import chiSquareCdf from "@stdlib/stats-base-dists-chisquare-cdf";

import {recipesSql} from "../../../test/analysis.js";
import {SEASONS} from "../_seasons.js";
import {dateIn} from "./fixture.js";

/** Per season, the item lists of its recipes. */
export type Fixture = string[][][];

// 100 recipes in Winter, Spring and Summer, 104 in Autumn (unequal totals make a flat count a non-flat share).
/** Recipes per season in the main fixture. */
export const SIZES = [100, 100, 100, 104];

/** Recipe j of season s contains item i when j < counts[s]. */
export function build(counts: Record<string, number[]>, sizes = SIZES): Fixture {
  return sizes.map((size, s) =>
    Array.from({length: size}, (_, j) =>
      Object.entries(counts)
        .filter(([, c]) => j < c[s]!)
        .map(([item]) => item)
    )
  );
}

/** The RAW_recipes select for a fixture, its items in the given list column. */
export function fixtureSql(fixture: Fixture, column: "ingredients" | "tags"): string {
  let id = 0;
  return recipesSql(
    fixture.flatMap((recipes, s) =>
      recipes.map((items, j) => ({id: ++id, submitted: dateIn(SEASONS[s]!, 2003, 1 + (j % 28)), [column]: items}))
    )
  );
}

/** Per item, how many recipes of each season contain it. */
export const COUNTS: Record<string, number[]> = {
  salt: [100, 100, 100, 104], // everywhere: range 0
  flour: [50, 50, 50, 52], // half of every season: range 0
  pepper: [20, 20, 20, 21], // shares 0.2 and 21/104: range 0.0019 < 0.005
  saffron: [1, 0, 0, 0], // mean share 0.0025 < 0.01
  "twin-b": [30, 10, 10, 10], // same counts as twin-a: tied CV, broken by name
  "twin-a": [30, 10, 10, 10]
};
// herb01…herb24: 20 recipes in every season, 20 + k in season k mod 4.
for (let k = 1; k <= 24; k++) {
  COUNTS[`herb${String(k).padStart(2, "0")}`] = SEASONS.map((_, s) => (s === k % 4 ? 20 + k : 20));
}

/** An item's statistics computed directly from the fixture. */
export interface Expected {
  item: string;
  shares: number[];
  mean: number;
  std: number;
  cv: number;
  range: number;
  chi2: number;
  p: number;
  v: number;
}

/** The share filter (tested), the range filter and ranking (kept) and χ² worked out from the fixture's item lists. */
export function expected(fixture: Fixture): {distinct: number; kept: Expected[]; tested: Expected[]} {
  const sizes = fixture.map((recipes) => recipes.length);
  const N = sizes.reduce((a, b) => a + b, 0);
  const names = [...new Set(fixture.flat(2))].sort();
  const all = names.map((item) => {
    const counts = fixture.map((recipes) => recipes.filter((items) => items.includes(item)).length);
    const shares = counts.map((c, s) => c / sizes[s]!);
    const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
    const std = Math.sqrt(shares.reduce((a, x) => a + (x - mean) ** 2, 0) / shares.length);
    // Pearson χ² on seasons × (with, without): E = row total · column total / N.
    const withItem = counts.reduce((a, b) => a + b, 0);
    let chi2 = 0;
    counts.forEach((c, s) => {
      const eWith = (sizes[s]! * withItem) / N;
      const eWithout = (sizes[s]! * (N - withItem)) / N;
      chi2 += (c - eWith) ** 2 / eWith + (sizes[s]! - c - eWithout) ** 2 / eWithout;
    });
    return {
      item,
      shares,
      mean,
      std,
      cv: std / mean,
      range: Math.max(...shares) - Math.min(...shares),
      // An item in every recipe has an empty "without" column: no χ² exists, and the step counts it as p = 1.
      chi2: withItem === N ? 0 : chi2,
      p: withItem === N ? 1 : 1 - chiSquareCdf(chi2, 3),
      v: withItem === N ? 0 : Math.sqrt(chi2 / N)
    };
  });
  const tested = all.filter((x) => x.mean >= 0.01);
  const kept = all
    .filter((x) => x.mean >= 0.01 && x.range >= 0.005)
    .sort((a, b) => b.cv - a.cv || a.item.localeCompare(b.item));
  return {distinct: names.length, kept, tested};
}
