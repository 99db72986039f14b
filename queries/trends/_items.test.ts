import {describe, expect, it} from "vitest";

import {recipesSql} from "../../test/analysis.js";
import {runAnalysis as runTrends} from "../../test/analysis.js";
import {expectClose} from "../../pipeline/stats/testing/close.js";
import {alsoLargest, CLAIM_IDS, diversityClaim, windowLabel} from "./_items.step.js";
import type {TrendsItems} from "./_items.schema.js";
import {textProblems} from "../../pipeline/narrative.check.js";
import {renderClaim, renderHeadline} from "../../pipeline/narrative.js";
import {TRENDS_TEXT} from "./testing/text.js";
import {text as ingredientText} from "./trends_ingredients.text.js";
import {text as tagText} from "./trends_tags.text.js";

/**
 * Recipes per year, and for each item how many of that year's recipes list it (the first ones). The data cover
 * every year whole unless `partialEnds`: then they start on 6 August of the first year and end on 4 December of the
 * last, as Food.com's do (1999-08-06 to 2018-12-04).
 */
interface Fixture {
  recipes: Record<number, number>;
  items: Record<string, Record<number, number>>;
  partialEnds?: boolean;
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

/** A recipe's date: the first year's on its first covered day, the last year's on its last, the others in November. */
function submitted(f: Fixture, year: number): string {
  const years = Object.keys(f.recipes).map(Number);
  if (year === Math.min(...years)) return `${year}-${f.partialEnds ? "08-06" : "01-01"}`;
  if (year === Math.max(...years)) return `${year}-${f.partialEnds ? "12-04" : "12-31"}`;
  return `${year}-11-02`;
}

function fixtureSql(f: Fixture, kind: "ingredients" | "tags"): string {
  return recipesSql(
    lists(f).map((r, i) => ({
      id: i + 1,
      submitted: submitted(f, r.year),
      ...(kind === "ingredients" ? {ingredients: r.items} : {tags: r.items})
    }))
  );
}

// 170 recipes over 2001–2004. All years hold fewer than 1,000 recipes, so each window is half of the years:
// 2001–2002 (100 recipes) against 2003–2004 (70). Salt is in every recipe: a structural tag (on at least half of
// the recipes in most years), left out of the tag analysis but not of the ingredient one. Vanilla (29), butter (49)
// and "rare spice" (10) are below 50 occurrences and never ranked by change; margarine has exactly 50.
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

/** Share of a window's recipes listing the item, counted from the fixture. */
function windowShare(f: Fixture, item: string, years: number[]): number {
  const recipes = years.reduce((a, y) => a + f.recipes[y]!, 0);
  return years.reduce((a, y) => a + (f.items[item]![y] ?? 0), 0) / recipes;
}

const yearsOf = (f: Fixture) => Object.keys(f.recipes).map(Number);
const share = (f: Fixture, item: string, year: number) => (f.items[item][year] ?? 0) / f.recipes[year];

describe.each([
  ["trends_ingredients", "ingredients", ingredientText, CLAIM_IDS],
  ["trends_tags", "tags", tagText, CLAIM_IDS]
] as const)("%s", (name, kind, text, claimIds) => {
  const run = (f: Fixture) => runTrends<TrendsItems>(name, {recipesSql: fixtureSql(f, kind)});

  it("ranks items, shares and diversity as counted from the raw lists", async () => {
    const s = await run(fixture);
    const raw = lists(fixture);
    const total = (item: string) => raw.filter((r) => r.items.includes(item)).length;
    const excluded = kind === "tags" ? ["salt"] : [];
    const kept = (item: string) => !excluded.includes(item);
    expect(s.excludedItems).toEqual(excluded);
    expect(s.params).toEqual({
      minOccurrences: 50,
      topN: 10,
      linesN: 5,
      dataFirstYear: "2001",
      dataLastYear: "2004",
      firstYear: "2001",
      firstYearTo: "2002",
      lastYearFrom: "2003",
      lastYear: "2004",
      minWindowRecipes: 1000,
      firstWindow: "2001–2002",
      lastWindow: "2003–2004",
      intervalLevel: 0.95,
      firstYearRecipes: 100,
      lastYearRecipes: 70,
      years: 4,
      recipes: 170,
      occurrences: raw.reduce((a, r) => a + r.items.filter(kept).length, 0),
      distinctItems: 9 - excluded.length,
      eligibleItems: 6 - excluded.length
    });
    // Occurrences: salt 170, sugar 63, olive oil 61, garlic 56, kosher salt 54, margarine 50, butter 49, vanilla 29,
    // rare spice 10: only nine items, so the top list is shorter than ten.
    expect(s.top.map((t) => [t.item, t.occurrences])).toEqual(
      ["salt", "sugar", "olive oil", "garlic", "kosher salt", "margarine", "butter", "vanilla", "rare spice"]
        .filter(kept)
        .map((item) => [item, total(item)])
    );
    expect(s.top.find((t) => t.item === "sugar")).toEqual({item: "sugar", occurrences: 63, share: 63 / 170});
    // Diversity: 2001 lacks kosher salt and rare spice (7); 2002 and 2003 lack only rare spice (8); 2004 lacks
    // margarine and vanilla (7). Recipes stay aligned with their own year.
    const less = excluded.length;
    expect(s.diversity).toEqual([
      {year: 2001, recipes: 40, distinctItems: 7 - less},
      {year: 2002, recipes: 60, distinctItems: 8 - less},
      {year: 2003, recipes: 50, distinctItems: 8 - less},
      {year: 2004, recipes: 20, distinctItems: 7 - less}
    ]);
    // By hand on the windows: olive oil 24/100 → 37/70 and kosher salt 30/100 → 24/70 rise; margarine 45/100 →
    // 5/70, sugar 50/100 → 13/70 and garlic 38/100 → 18/70 fall (salt: 100 % → 100 %, no change).
    const changeOf = (item: string) => {
      const firstShare = windowShare(fixture, item, [2001, 2002]);
      const lastShare = windowShare(fixture, item, [2003, 2004]);
      const se = Math.sqrt((firstShare * (1 - firstShare)) / 100 + (lastShare * (1 - lastShare)) / 70);
      return {
        item,
        occurrences: total(item),
        firstShare,
        lastShare,
        delta: lastShare - firstShare,
        deltaLower: lastShare - firstShare - 1.959963984540054 * se,
        deltaUpper: lastShare - firstShare + 1.959963984540054 * se
      };
    };
    const close = (got: object[], want: object[]) => {
      expect(got.length).toBe(want.length);
      got.forEach((g, i) =>
        Object.entries(want[i]!).forEach(([k, v]) =>
          typeof v === "number" ? expectClose((g as Record<string, number>)[k]!, v) : expect(g).toHaveProperty(k, v)
        )
      );
    };
    close(s.risers, ["olive oil", "kosher salt"].map(changeOf));
    close(s.fallers, ["margarine", "sugar", "garlic"].map(changeOf));
    expectClose(s.risers[0]!.firstShare, 0.24);
    expectClose(s.fallers[0]!.lastShare, 5 / 70);
    // Lines: each mover over every year, risers first, 0 where absent (kosher salt in 2001, margarine in 2004).
    const expectedLines = [
      ...["olive oil", "kosher salt"].map((item, i) => ({movement: "riser", rank: i + 1, item})),
      ...["margarine", "sugar", "garlic"].map((item, i) => ({movement: "faller", rank: i + 1, item}))
    ].flatMap((l) =>
      yearsOf(fixture).map((year) => ({
        ...l,
        year,
        recipes: fixture.recipes[year]!,
        share: share(fixture, l.item, year),
        complete: true
      }))
    );
    close(s.lines, expectedLines);
    // 95 % Wilson intervals of the yearly shares, scipy 1.17.1 binomtest(k, n).proportion_ci(method="wilson"):
    // olive oil 4/40 in 2001 → 0.03957952868260636–0.23051775227522295; kosher salt 0/40 → 0–0.08762160119728662;
    // margarine 25/60 in 2002 → 0.3006427855834161–0.5427191897735989.
    const at = (item: string, year: number) => s.lines.find((l) => l.item === item && l.year === year)!;
    expectClose(at("olive oil", 2001).lower, 0.03957952868260636);
    expectClose(at("olive oil", 2001).upper, 0.23051775227522295);
    expect(at("kosher salt", 2001).lower).toBe(0);
    expectClose(at("kosher salt", 2001).upper, 0.08762160119728662);
    expectClose(at("margarine", 2002).lower, 0.3006427855834161);
    expectClose(at("margarine", 2002).upper, 0.5427191897735989);
  });

  it("claims the biggest riser and faller, the top item and the diversity peak", async () => {
    const s = await run(fixture);
    // Margarine falls by −37.9 pp (interval −49.3 to −26.4): sugar's −31.4 lies inside it, garlic's −12.3 does not;
    // kosher salt's +4.3 lies outside olive oil's +14.5 to +43.2. So the fall is "among the largest", with sugar.
    expect(s.narrative.headline).toMatchObject({
      id: "shift.among_fall",
      values: {
        riser: "olive oil",
        faller: "margarine",
        fallerOthers: 1,
        firstYear: "2001",
        firstYearTo: "2002",
        lastYearFrom: "2003"
      }
    });
    expectClose(s.narrative.headline.values.fallerDeltaPp as number, (5 / 70 - 0.45) * 100);
    expectClose(s.narrative.headline.values.fallerLowerPp as number, s.fallers[0]!.deltaLower * 100);
    expect(s.narrative.claims.map((c) => c.id)).toEqual(["riser", "faller.among", "top_item", "diversity.rise_fall"]);
    expect(s.narrative.claims[1]!.values).toMatchObject({item: "margarine", count: 1, next: "sugar"});
    const fall = {
      en: renderClaim(text, s.narrative.claims[1]!, "en"),
      fr: renderClaim(text, s.narrative.claims[1]!, "fr")
    };
    expect(fall.en).toMatch(/among the largest falls .*, with “sugar” \(−31\.4\u00a0pp\), whose estimate lies inside/);
    expect(fall.fr).toMatch(/parmi les plus fortes baisses .*, avec « sugar » \(−31,4\u00a0pp\)/);
    const head = renderClaim(text, s.narrative.headline, "en");
    // Each side as its own claim says it: olive oil leads its rise alone, margarine's fall is among the largest.
    expect(s.narrative.headline.values).not.toHaveProperty("riserOthers");
    expect(head).toMatch(
      /“olive oil” shows the largest estimated rise .*“margarine” is among the largest estimated falls/
    );
    // The count names what it counts: the items besides the leader, in the analysis' own noun.
    expect(head).toMatch(
      new RegExp(
        `with 1\u00a0${kind === "tags" ? "tag" : "ingredient"} besides “margarine” estimated inside the fall's interval, the data cannot say which falls most\\.`
      )
    );
    expect(renderClaim(text, s.narrative.headline, "fr")).toMatch(
      /« olive oil » montre la plus forte hausse estimée .*« margarine » compte parmi les plus fortes baisses estimées/
    );
    // In plain words above it: who rose and fell most, and the one item the fall cannot be ranked above.
    const noun = {en: kind === "tags" ? "tag" : "ingredient", fr: kind === "tags" ? "étiquette" : "ingrédient"};
    const plain = {
      en: renderHeadline(text, s.narrative.headline, "en"),
      fr: renderHeadline(text, s.narrative.headline, "fr")
    };
    expect(plain.en.headline).toBe(
      `The largest rise in share of recipes between 2001–2002 and 2003–2004: “olive oil”; the largest falls: “margarine” and 1\u00a0other ${noun.en}, too close to rank.`
    );
    expect(plain.fr.headline).toBe(
      `Entre 2001–2002 et 2003–2004, la plus forte hausse de part des recettes revient à « olive oil » ; les plus fortes baisses, à « margarine » et à 1\u00a0autre ${noun.fr}, impossibles à départager.`
    );
    expect(plain.en.detail).toBe(head);
    expect(head).toMatch(/95% interval of \+14\.5 to \+43\.2, .*\(−49\.3 to −26\.4\)/);
    expect(s.narrative.claims[0].values).toMatchObject({item: "olive oil", firstRecipes: 100, lastRecipes: 70});
    const less = kind === "tags" ? 1 : 0; // salt, structural for tags
    // 2002 and 2003 both use 8 distinct items (7 for tags): the peak names both years, as the #tie variant says.
    expect(s.narrative.claims[3].values).toMatchObject({
      peakYear: "2002+2003",
      peakDistinct: 8 - less,
      lastDistinct: 7 - less
    });
    expect(textProblems(text, claimIds, [s], TRENDS_TEXT)).toEqual([]);
  });

  it("makes no rise or fall claim when no item reaches the threshold", async () => {
    const small: Fixture = {
      recipes: {2001: 10, 2002: 10, 2003: 10},
      items: {flour: {2001: 2, 2002: 4, 2003: 9}, water: {2001: 4, 2002: 4, 2003: 4}}
    };
    const s = await run(small);
    expect(s.params.eligibleItems).toBe(0);
    expect(s.risers).toEqual([]);
    expect(s.fallers).toEqual([]);
    expect(s.lines).toEqual([]);
    expect(s.narrative.headline).toEqual({id: "top_item", values: {item: "flour", occurrences: 15, share: 0.5}});
    expect(s.narrative.claims.map((c) => c.id)).toEqual(["diversity.fall"]);
    expect(textProblems(text, claimIds, [s], TRENDS_TEXT)).toEqual([]);
  });

  it("compares complete calendar years only, leaving a partial first and last year out of the windows", async () => {
    // The fixture's four years between a partial 2000 (from 6 August) and a partial 2005 (to 4 December). "pumpkin"
    // is on every recipe of the autumn-only 2000 and on none after: with 2000 in the first window it would be the
    // biggest fall. The windows stay 2001–2002 and 2003–2004, so the shares are the fixture's own, pumpkin stays at
    // 0 → 0 (not ranked), and the two partial years are drawn in the lines but marked incomplete.
    const partial: Fixture = {
      recipes: {2000: 300, ...fixture.recipes, 2005: 30},
      items: {...fixture.items, pumpkin: {2000: 300}, "olive oil": {...fixture.items["olive oil"], 2005: 30}},
      partialEnds: true
    };
    const s = await run(partial);
    expect(s.params).toMatchObject({
      dataFirstYear: "2000",
      dataLastYear: "2005",
      firstYear: "2001",
      firstYearTo: "2002",
      lastYearFrom: "2003",
      lastYear: "2004",
      firstWindow: "2001–2002",
      lastWindow: "2003–2004",
      firstYearRecipes: 100,
      lastYearRecipes: 70,
      years: 6
    });
    for (const c of [...s.risers, ...s.fallers]) {
      expectClose(c.firstShare, windowShare(partial, c.item, [2001, 2002]));
      expectClose(c.lastShare, windowShare(partial, c.item, [2003, 2004]));
    }
    expect([...s.risers, ...s.fallers].map((c) => c.item)).not.toContain("pumpkin");
    expect(s.risers[0]!.item).toBe("olive oil");
    expectClose(s.risers[0]!.delta, 37 / 70 - 24 / 100);
    const partialYears = [...new Set(s.lines.filter((l) => !l.complete).map((l) => l.year))];
    expect(partialYears).toEqual([2000, 2005]);
    expect(s.lines.filter((l) => l.item === "olive oil").map((l) => l.year)).toEqual([
      2000, 2001, 2002, 2003, 2004, 2005
    ]);
    expect(textProblems(text, claimIds, [s], TRENDS_TEXT)).toEqual([]);
  });

  it("leads with the faller when nothing rose", async () => {
    // Three years: the windows are 2001 and 2003. Water is in a third of every year's recipes (no change); pepper
    // in 25 of the 60 recipes of 2001 and 2002 and none of 2003: −41.7 pp, and nothing rises.
    const falling: Fixture = {
      recipes: {2001: 60, 2002: 60, 2003: 60},
      items: {pepper: {2001: 25, 2002: 25}, water: {2001: 20, 2002: 20, 2003: 20}}
    };
    const s = await run(falling);
    expect(s.risers).toEqual([]);
    expect(s.narrative.headline.id).toBe("faller");
    expect(s.narrative.headline.values).toMatchObject({item: "pepper", lastShare: 0, firstRecipes: 60});
    expectClose(s.narrative.headline.values.deltaPp as number, (-25 / 60) * 100);
    expect(s.narrative.claims.map((c) => c.id)).toEqual(["top_item", "diversity.fall"]);
    expect(textProblems(text, claimIds, [s], TRENDS_TEXT)).toEqual([]);
  });
});

describe("structural tags", () => {
  // Four years of 10 recipes. "preparation" is a root of Food.com's tag tree (rare here, still left out); "easy" is
  // on at least half of the recipes in 3 of 4 years (left out); "summer" in only 2 of 4 (kept: not most years);
  // "dinner" is on few recipes (kept).
  const tagged: Fixture = {
    recipes: {2001: 10, 2002: 10, 2003: 10, 2004: 10},
    items: {
      preparation: {2001: 1, 2002: 1, 2003: 1, 2004: 1},
      easy: {2001: 5, 2002: 6, 2003: 7, 2004: 2},
      summer: {2001: 9, 2002: 9, 2003: 1, 2004: 1},
      dinner: {2001: 2, 2002: 2, 2003: 2, 2004: 2}
    }
  };

  it("leaves out Food.com's tree roots and tags on half the recipes in most years, from tags only", async () => {
    const tags = await runTrends<TrendsItems>("trends_tags", {recipesSql: fixtureSql(tagged, "tags")});
    expect(tags.excludedItems).toEqual(["easy", "preparation"]);
    expect(tags.top.map((t) => t.item).sort()).toEqual(["dinner", "summer"]);
    const ingredients = await runTrends<TrendsItems>("trends_ingredients", {
      recipesSql: fixtureSql(tagged, "ingredients")
    });
    expect(ingredients.excludedItems).toEqual([]);
    expect(ingredients.top).toHaveLength(4);
  });
});

describe("windowLabel", () => {
  it("writes one year alone and several as a range", () => {
    expect(windowLabel(1999, 1999)).toBe("1999");
    expect(windowLabel(2015, 2018)).toBe("2015–2018");
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

  it("names every year that ties at the peak, never the first alone (a peak of 475 in 2006, and in 2008)", () => {
    const c = diversityClaim(rows([357, 475, 460, 475, 232]))!;
    expect(c.values.peakYear).toBe("2001+2003");
    expect(renderClaim(ingredientText, c, "en")).toContain("to a peak of 475, reached in 2001 and 2003,");
    expect(renderClaim(ingredientText, c, "fr")).toContain("à un pic de 475 (années 2001 et 2003), pour");
    expect(renderClaim(ingredientText, diversityClaim(rows([3, 5, 4]))!, "en")).toContain("a peak of 5 in 2001 (");
  });
});

describe("alsoLargest", () => {
  const change = (item: string, delta: number, deltaLower: number, deltaUpper: number) => ({
    item,
    delta,
    deltaLower,
    deltaUpper
  });

  it("names every runner-up whose estimate lies inside the leader's interval, for rises and for falls", () => {
    // The readers' case: garlic cloves +13.1 (+10.5 to +15.7), kosher salt +12.6 and olive oil +12.1 inside it.
    const rises = [change("garlic cloves", 13.1, 10.5, 15.7), change("kosher salt", 12.6, 10, 15.2)];
    rises.push(change("olive oil", 12.1, 9.5, 14.7), change("butter", 10.4, 8, 12.8));
    expect(alsoLargest(rises).map((c) => c.item)).toEqual(["kosher salt", "olive oil"]);
    const falls = [
      change("sugar", -10.1, -13.3, -6.9),
      change("cinnamon", -8.5, -11, -6),
      change("egg", -6.8, -9, -4.6)
    ];
    expect(alsoLargest(falls).map((c) => c.item)).toEqual(["cinnamon"]);
  });

  it("finds none when the runner-up lies outside, and none for a single change or none", () => {
    expect(alsoLargest([change("a", 20, 15, 25), change("b", 14.9, 10, 20)])).toEqual([]);
    expect(alsoLargest([change("a", 20, 15, 25)])).toEqual([]);
    expect(alsoLargest([])).toEqual([]);
  });
});
