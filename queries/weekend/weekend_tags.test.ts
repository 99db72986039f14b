import {describe, expect, it} from "vitest";

import {textProblems} from "../../pipeline/narrative.check.js";
import {recipesSql, runAnalysis} from "../../test/analysis.js";
import type {WeekendTags} from "./weekend_tags.schema.js";
import {CLAIM_IDS} from "./_items.step.js";
import {text} from "./weekend_tags.text.js";

/** Weekday recipes (Tue 2018-01-02) and weekend recipes (Sun 2018-01-07); recipe i carries tag X if i < count. */
function fixture(weekdayRecipes: number, weekendRecipes: number, counts: Record<string, [number, number]>): string {
  const rows = [];
  for (const [p, n] of [weekdayRecipes, weekendRecipes].entries()) {
    for (let i = 0; i < n; i++) {
      const tags = Object.entries(counts)
        .filter(([, c]) => i < c[p]!)
        .map(([tag]) => tag);
      rows.push({id: rows.length + 1, submitted: p === 0 ? "2018-01-02" : "2018-01-07", tags});
    }
  }
  return recipesSql(rows);
}

describe("weekend_tags", () => {
  it("keeps the top N per side by gap, ties broken by name", async () => {
    // 100 recipes each side. Twelve weekend tags at 10 % on weekdays and 30 %…41 % at weekends (+20…+31 pp, all
    // p < 0.001), with "a-tie" and "b-tie" both at +31 pp; one weekday tag 40 % → 10 %.
    // A time bucket and an inner node of Food.com's tree, with the largest gaps of all, are structural
    // (pipeline/structuralTags.ts): neither counted, tested nor shown.
    const counts: Record<string, [number, number]> = {
      "b-tie": [10, 41],
      "a-tie": [10, 41],
      "main-dish": [40, 10],
      "60-minutes-or-less": [10, 60],
      "low-in-something": [60, 5]
    };
    for (let k = 0; k < 10; k++) counts[`w${k}`] = [10, 30 + k];
    const s = await runAnalysis<WeekendTags>("weekend_tags", {recipesSql: fixture(100, 100, counts)});
    expect(s.counts).toEqual({
      distinct: 13,
      frequent: 13,
      tested: 13,
      passing: 13,
      moreAtWeekend: 12,
      moreOnWeekdays: 1
    });
    // +31 (a-tie, b-tie), then w9 (+29) … w2 (+22): w1 (+21) and w0 (+20) fall outside the top 10.
    expect(s.moreAtWeekend.map((i) => i.item)).toEqual([
      "a-tie",
      "b-tie",
      "w9",
      "w8",
      "w7",
      "w6",
      "w5",
      "w4",
      "w3",
      "w2"
    ]);
    expect(s.moreOnWeekdays.map((i) => i.item)).toEqual(["main-dish"]);
    expect(s.narrative.claims.map((c) => [c.id, c.values.item])).toEqual([
      ["strongest.weekend", "a-tie"],
      ["strongest.weekday", "main-dish"]
    ]);
    expect(textProblems(text, CLAIM_IDS, [s])).toEqual([]);
  });

  it("says when no tag passes", async () => {
    // 1000 recipes per side, so that a 0.1 pp gap and a mean share under 1 % can both occur.
    const s = await runAnalysis<WeekendTags>("weekend_tags", {
      recipesSql: fixture(1000, 1000, {dinner: [300, 300], brunch: [100, 101], rare: [5, 9]})
    });
    // rare: mean share 0.7 % < 1 %, not tested; dinner (no gap) and brunch (+0.1 pp) are both tested, and neither
    // differs: the family is the 2 frequent tags.
    expect(s.counts).toEqual({distinct: 3, frequent: 2, tested: 2, passing: 0, moreAtWeekend: 0, moreOnWeekdays: 0});
    expect(s.narrative.headline).toEqual({id: "passing.none", values: {distinct: 3, tested: 2, minMeanShare: 0.01}});
    expect(s.narrative.claims).toEqual([]);
    expect(textProblems(text, CLAIM_IDS, [s])).toEqual([]);
  });

  it("needs recipes on both sides", async () => {
    await expect(runAnalysis("weekend_tags", {recipesSql: fixture(3, 0, {dinner: [1, 0]})})).rejects.toThrow(
      /need both/
    );
  });

  it("has sound text on the default fixture", async () => {
    const s = await runAnalysis<WeekendTags>("weekend_tags");
    expect(textProblems(text, CLAIM_IDS, [s])).toEqual([]);
  });
});
