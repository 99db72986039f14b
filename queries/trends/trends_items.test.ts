import {describe, expect, it} from "vitest";

import {recipesSql} from "../../test/analysis.js";
import {runAnalysis as runTrends} from "../../test/analysis.js";
import {diversityClaim} from "./_items.js";
import type {TrendsItems} from "./_itemsSchema.js";
import {textProblems} from "../../pipeline/narrative.check.js";
import {TRENDS_TEXT} from "./trends.testkit.js";
import {CLAIM_IDS as INGREDIENT_IDS} from "./trends_ingredients.step.js";
import {text as ingredientText} from "./trends_ingredients.text.js";
import {CLAIM_IDS as TAG_IDS} from "./trends_tags.step.js";
import {text as tagText} from "./trends_tags.text.js";

/** Recipes per year, and for each item how many of that year's recipes list it (the first ones). */
interface Fixture {
  recipes: Record<number, number>;
  items: Record<string, Record<number, number>>;
}

/** The item list of every recipe, by year: recipe k of a year lists the items whose count that year exceeds k. */
function lists(f: Fixture): Array<{year: number; items: string[]}> {
  const out: Array<{year: number; items: string[]}> = [];
  for (const [y, n] of Object.entries(f.recipes)) {
    const year = Number(y);
    for (let k = 0; k < n; k++) {
      out.push({year, items: Object.keys(f.items).filter((item) => (f.items[item][year] ?? 0) > k)});
    }
  }
  return out;
}

function fixtureSql(f: Fixture, kind: "ingredients" | "tags"): string {
  return recipesSql(
    lists(f).map((r, i) => ({
      id: i + 1,
      submitted: `${r.year}-11-02`,
      ...(kind === "ingredients" ? {ingredients: r.items} : {tags: r.items})
    }))
  );
}

// 170 recipes over 2001–2004. Olive oil goes from 4/40 = 10 % to 12/20 = 60 % (+50 pp); garlic 8/40 → 8/20 and
// kosher salt 0/40 → 4/20 both rise by exactly 20 pp (name order: garlic first); salt is in every recipe (no
// change); sugar 30/40 → 3/20 (−60 pp) and margarine 20/40 → 0/20 (−50 pp, exactly 50 occurrences, so eligible).
// Vanilla (29), butter (49) and "rare spice" (10, +50 pp) are below 50 occurrences and never ranked by change.
const fixture: Fixture = {
  recipes: {2001: 40, 2002: 60, 2003: 50, 2004: 20},
  items: {
    salt: {2001: 40, 2002: 60, 2003: 50, 2004: 20},
    "olive oil": {2001: 4, 2002: 20, 2003: 25, 2004: 12},
    garlic: {2001: 8, 2002: 30, 2003: 10, 2004: 8},
    "kosher salt": {2002: 30, 2003: 20, 2004: 4},
    sugar: {2001: 30, 2002: 20, 2003: 10, 2004: 3},
    margarine: {2001: 20, 2002: 25, 2003: 5},
    vanilla: {2001: 10, 2002: 10, 2003: 9},
    "rare spice": {2004: 10},
    butter: {2001: 19, 2002: 10, 2003: 10, 2004: 10}
  }
};

const yearsOf = (f: Fixture) => Object.keys(f.recipes).map(Number);
const share = (f: Fixture, item: string, year: number) => (f.items[item][year] ?? 0) / f.recipes[year];

describe.each([
  ["trends_ingredients", "ingredients", ingredientText, INGREDIENT_IDS],
  ["trends_tags", "tags", tagText, TAG_IDS]
] as const)("%s", (name, kind, text, claimIds) => {
  const run = (f: Fixture) => runTrends<TrendsItems>(name, {recipesSql: fixtureSql(f, kind)});

  it("ranks items, shares and diversity as counted from the raw lists", async () => {
    const s = await run(fixture);
    const raw = lists(fixture);
    const total = (item: string) => raw.filter((r) => r.items.includes(item)).length;
    expect(s.params).toEqual({
      minOccurrences: 50,
      topN: 10,
      linesN: 5,
      firstYear: "2001",
      lastYear: "2004",
      firstYearRecipes: 40,
      lastYearRecipes: 20,
      years: 4,
      recipes: 170,
      occurrences: raw.reduce((a, r) => a + r.items.length, 0),
      distinctItems: 9,
      eligibleItems: 6
    });
    // Occurrences: salt 170, sugar 63, olive oil 61, garlic 56, kosher salt 54, margarine 50, butter 49, vanilla 29,
    // rare spice 10: only nine items, so the top list is shorter than ten.
    expect(s.top.map((t) => [t.item, t.occurrences])).toEqual(
      ["salt", "sugar", "olive oil", "garlic", "kosher salt", "margarine", "butter", "vanilla", "rare spice"].map(
        (item) => [item, total(item)]
      )
    );
    expect(s.top[1]).toEqual({item: "sugar", occurrences: 63, share: 63 / 170});
    // Diversity: 2001 lacks kosher salt and rare spice (7); 2002 and 2003 lack only rare spice (8); 2004 lacks
    // margarine and vanilla (7). Recipes stay aligned with their own year.
    expect(s.diversity).toEqual([
      {year: 2001, recipes: 40, distinctItems: 7},
      {year: 2002, recipes: 60, distinctItems: 8},
      {year: 2003, recipes: 50, distinctItems: 8},
      {year: 2004, recipes: 20, distinctItems: 7}
    ]);
    const changeOf = (item: string) => ({
      item,
      occurrences: total(item),
      firstShare: share(fixture, item, 2001),
      lastShare: share(fixture, item, 2004),
      delta: share(fixture, item, 2004) - share(fixture, item, 2001)
    });
    expect(s.risers).toEqual(["olive oil", "garlic", "kosher salt"].map(changeOf));
    expect(s.fallers).toEqual(["sugar", "margarine"].map(changeOf));
    expect(s.risers.map((r) => r.delta)).toEqual([0.5, 0.2, 0.2]);
    // Lines: each mover over every year, risers first, 0 where absent (kosher salt in 2001, margarine in 2004).
    const expectedLines = [
      ...["olive oil", "garlic", "kosher salt"].map((item, i) => ({movement: "riser", rank: i + 1, item})),
      ...["sugar", "margarine"].map((item, i) => ({movement: "faller", rank: i + 1, item}))
    ].flatMap((l) => yearsOf(fixture).map((year) => ({...l, year, share: share(fixture, l.item, year)})));
    expect(s.lines).toEqual(expectedLines);
  });

  it("claims the biggest riser and faller, the top item and the diversity peak", async () => {
    const s = await run(fixture);
    expect(s.narrative.headline).toEqual({
      id: "shift",
      values: {
        riser: "olive oil",
        riserDeltaPp: 50,
        faller: "sugar",
        fallerDeltaPp: -60,
        firstYear: "2001",
        lastYear: "2004"
      }
    });
    expect(s.narrative.claims.map((c) => c.id)).toEqual(["riser", "faller", "top_item", "diversity.rise_fall"]);
    expect(s.narrative.claims[0].values).toMatchObject({item: "olive oil", firstShare: 0.1, lastShare: 0.6});
    expect(s.narrative.claims[3].values).toMatchObject({peakYear: "2002", peakDistinct: 8, lastDistinct: 7});
    expect(textProblems(text, claimIds, [s], TRENDS_TEXT)).toEqual([]);
  });

  it("makes no rise or fall claim when no item reaches the threshold", async () => {
    const small: Fixture = {
      recipes: {2001: 10, 2002: 10, 2003: 10},
      items: {flour: {2001: 2, 2002: 5, 2003: 9}, water: {2001: 10, 2002: 10, 2003: 10}}
    };
    const s = await run(small);
    expect(s.params.eligibleItems).toBe(0);
    expect(s.risers).toEqual([]);
    expect(s.fallers).toEqual([]);
    expect(s.lines).toEqual([]);
    expect(s.narrative.headline).toEqual({id: "top_item", values: {item: "water", occurrences: 30, share: 1}});
    expect(s.narrative.claims.map((c) => c.id)).toEqual(["diversity.fall"]);
    expect(textProblems(text, claimIds, [s], TRENDS_TEXT)).toEqual([]);
  });

  it("leads with the faller when nothing rose", async () => {
    // Water is in all 90 recipes; pepper in the 60 of 2001–2002 and none of 2003: −100 pp, and nothing rises.
    const falling: Fixture = {
      recipes: {2001: 30, 2002: 30, 2003: 30},
      items: {pepper: {2001: 30, 2002: 30}, water: {2001: 30, 2002: 30, 2003: 30}}
    };
    const s = await run(falling);
    expect(s.risers).toEqual([]);
    expect(s.narrative.headline.id).toBe("faller");
    expect(s.narrative.headline.values).toMatchObject({item: "pepper", deltaPp: -100, firstShare: 1, lastShare: 0});
    expect(s.narrative.claims.map((c) => c.id)).toEqual(["top_item", "diversity.fall"]);
    expect(textProblems(text, claimIds, [s], TRENDS_TEXT)).toEqual([]);
  });
});

describe("diversityClaim", () => {
  const rows = (distinct: number[]) =>
    distinct.map((d, i) => ({year: 2000 + i, recipes: 10 * (i + 1), distinctItems: d}));

  it("names the shape from where the earliest peak falls", () => {
    expect(diversityClaim(rows([3, 5, 4]))?.id).toBe("diversity.rise_fall");
    expect(diversityClaim(rows([3, 4, 5]))?.id).toBe("diversity.rise");
    expect(diversityClaim(rows([5, 4, 5]))?.id).toBe("diversity.fall");
    expect(diversityClaim(rows([5]))).toBeUndefined();
    expect(diversityClaim(rows([3, 4, 5]))?.values).toEqual({
      firstYear: "2000",
      firstDistinct: 3,
      firstRecipes: 10,
      lastYear: "2002",
      lastDistinct: 5,
      lastRecipes: 30
    });
  });
});
