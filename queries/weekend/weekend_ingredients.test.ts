import chisquareCdf from "@stdlib/stats-base-dists-chisquare-cdf";
import {describe, expect, it} from "vitest";

import {textProblems} from "../../pipeline/narrative.check.js";
import {renderClaim} from "../../pipeline/narrative.js";
import {expectClose} from "../../pipeline/stats/testing/close.js";
import {recipesSql, runAnalysis} from "../../test/analysis.js";
import type {WeekendIngredients} from "./weekend_ingredients.schema.js";
import {CLAIM_IDS} from "./_items.step.js";
import {text} from "./weekend_ingredients.text.js";

/**
 * Yates-corrected χ² of the 2×2 table [[a, b], [c, d]] by the closed form N·(|ad − bc| − N/2)² / (r1·r2·c1·c2),
 * a different path from the stats module's cell-by-cell sum (valid when |ad − bc| > N/2, true below).
 */
function yates(a: number, b: number, c: number, d: number): number {
  const n = a + b + c + d;
  return (n * (Math.abs(a * d - b * c) - n / 2) ** 2) / ((a + b) * (c + d) * (a + c) * (b + d));
}

/** Weekday recipes (Mon 2018-01-01) and weekend recipes (Sat 2018-01-06); recipe i lists item X if i < count. */
function fixture(weekdayRecipes: number, weekendRecipes: number, counts: Record<string, [number, number]>): string {
  const rows = [];
  for (const [p, n] of [weekdayRecipes, weekendRecipes].entries()) {
    for (let i = 0; i < n; i++) {
      const ingredients = Object.entries(counts)
        .filter(([, c]) => i < c[p]!)
        .map(([item]) => item);
      rows.push({id: rows.length + 1, submitted: p === 0 ? "2018-01-01" : "2018-01-06", ingredients});
    }
  }
  return recipesSql(rows);
}

describe("weekend_ingredients", () => {
  it("filters, tests and ranks ingredients on both sides", async () => {
    // 100 weekday and 50 weekend recipes; [weekday, weekend] counts.
    const counts: Record<string, [number, number]> = {
      salt: [100, 50], // in every recipe: no χ² (the "without" column is empty), p = 1
      cinnamon: [10, 20], // 10 % → 40 %: +30 pp
      chicken: [50, 5], // 50 % → 10 %: −40 pp
      pepper: [25, 15], // 25 % → 30 %: +5 pp but p ≈ 0.65
      saffron: [1, 0], // mean share 0.5 % < 1 %
      garlic: [20, 10], // 20 % both: no gap
      butter: [30, 25] // 30 % → 50 %: +20 pp, p ≈ 0.027, but 0.107 after Holm's correction for 6 tests
    };
    const s = await runAnalysis<WeekendIngredients>("weekend_ingredients", {recipesSql: fixture(100, 50, counts)});
    expect(s.params).toEqual({
      minMeanShare: 0.01,
      minAbsDeltaPp: 0.2,
      alpha: 0.05,
      topN: 10,
      correction: "holm",
      intervalLevel: 0.95
    });
    expect(s.totals).toEqual({weekdayRecipes: 100, weekendRecipes: 50});
    // Every frequent item is tested, whatever its gap (salt and garlic too): 6 tests in one family. Before the rule,
    // only the 4 items with a gap were tested, without correction, and butter (raw p ≈ 0.027) passed.
    expect(s.counts).toEqual({distinct: 7, frequent: 6, tested: 6, passing: 2, moreAtWeekend: 1, moreOnWeekdays: 1});
    expect(s.moreAtWeekend.map((i) => i.item)).toEqual(["cinnamon"]);
    expect(s.moreOnWeekdays.map((i) => i.item)).toEqual(["chicken"]);

    // Cinnamon, weekend row first: [[20, 30], [10, 90]], N 150; E = 10, 40, 20, 80; |O − E| = 10 → 9.5 after Yates;
    // χ² = 9.5²·(1/10 + 1/40 + 1/20 + 1/80) = 90.25·0.1875 = 16.921875; phi = (20·90 − 30·10)/√(50·100·30·120) = 1/(2√2).
    const cinnamon = s.moreAtWeekend[0]!;
    expect(cinnamon).toMatchObject({
      weekdayWith: 10,
      weekendWith: 20,
      weekdayShare: 0.1,
      weekendShare: 0.4,
      meanShare: 0.25
    });
    expectClose(cinnamon.deltaPp, 30);
    // 95 % Wilson intervals, scipy 1.17.1 stats.binomtest(k, n).proportion_ci(method="wilson"): 10 of 100, 20 of 50.
    expectClose(cinnamon.weekdayShareInterval.lower, 0.05522913706067508);
    expectClose(cinnamon.weekdayShareInterval.upper, 0.17436566150491345);
    expectClose(cinnamon.weekendShareInterval.lower, 0.2760838973025654);
    expectClose(cinnamon.weekendShareInterval.upper, 0.5381856225241064);
    // The gap's 95 % Newcombe interval, by hand in scipy 1.17.1 from those Wilson bounds (l, u):
    // 0.3 − √((0.4 − l_we)² + (u_wd − 0.1)²) and 0.3 + √((u_we − 0.4)² + (0.1 − l_wd)²), in pp.
    expectClose(cinnamon.deltaLowerPp, 15.548200070999973, 1e-9);
    expectClose(cinnamon.deltaUpperPp, 44.52573455654021, 1e-9);
    expectClose(cinnamon.chi2, 16.921875);
    expectClose(cinnamon.chi2, yates(20, 30, 10, 90));
    expectClose(cinnamon.p, 1 - chisquareCdf(16.921875, 1), 1e-7);
    expectClose(cinnamon.phi, 1 / (2 * Math.SQRT2));
    expect(cinnamon.effect).toBe("medium");
    // Chicken [[5, 45], [50, 50]]: ad − bc = −2000 → χ² = 150·1925²/(50·100·55·95); phi = −2000/√26,125,000.
    const chicken = s.moreOnWeekdays[0]!;
    expectClose(chicken.chi2, (150 * 1925 ** 2) / 26_125_000);
    expectClose(chicken.chi2, yates(5, 45, 50, 50));
    expectClose(chicken.p, 1 - chisquareCdf(chicken.chi2, 1), 1e-7);
    expectClose(chicken.phi, -2000 / Math.sqrt(26_125_000));
    expectClose(chicken.deltaPp, -40);
    // Weekend 5 of 50 against weekday 50 of 100, the same way.
    expectClose(chicken.deltaLowerPp, -51.15498260948055, 1e-9);
    expectClose(chicken.deltaUpperPp, -25.11582706931402, 1e-9);
    // The intervals are one item's, unadjusted; every item shown passed Holm's correction, and its interval keeps to
    // its side of zero, so the figure's whiskers never contradict the selection.
    for (const item of s.moreAtWeekend) expect(item.deltaLowerPp).toBeGreaterThan(0);
    for (const item of s.moreOnWeekdays) expect(item.deltaUpperPp).toBeLessThan(0);
    // Holm by hand on the raw p-values (stdlib's χ² cdf): chicken is the smallest (× 6), cinnamon next (× 5),
    // butter third (× 4 → above 0.05), then pepper (× 3) and two p = 1 (garlic, χ² 0 after Yates; salt).
    const pButter = 1 - chisquareCdf(yates(25, 25, 30, 70), 1);
    expect(pButter).toBeLessThan(0.05);
    expect(4 * pButter).toBeGreaterThan(0.05);
    expectClose(chicken.pAdjusted, 6 * chicken.p, 1e-9);
    expectClose(cinnamon.pAdjusted, Math.max(6 * chicken.p, 5 * cinnamon.p), 1e-9);

    expect(s.narrative.headline).toEqual({
      id: "passing.some",
      // The largest gap is chicken's, 40 percentage points (50 % of weekday recipes against 10 % of weekend ones):
      // the plain headline's size, in the reader's units rather than an effect-size label.
      values: {
        count: 2,
        passing: 2,
        tested: 6,
        distinct: 7,
        moreAtWeekend: 1,
        moreOnWeekdays: 1,
        largestGapPp: expect.closeTo(40, 9),
        // The count's rule travels with it, so the sentence can say what "common enough" means.
        minMeanShare: 0.01
      }
    });
    expect(s.narrative.claims.map((c) => [c.id, c.values.item])).toEqual([
      ["strongest.weekend", "cinnamon"],
      ["strongest.weekday", "chicken"]
    ]);
    expect(s.narrative.claims[1]!.values).toMatchObject({weekdayShare: 0.5, weekendShare: 0.1, effect: "medium"});
    // The strongest claims give the gap with its interval and say its level.
    expect(renderClaim(text, s.narrative.claims[1]!, "en").replace(/\s/g, " ")).toContain(
      "(−40.00 percentage points, 95% interval −51.15 to −25.12 percentage points;"
    );
    expect(textProblems(text, CLAIM_IDS, [s])).toEqual([]);
  });

  it("emits only the side that has items", async () => {
    const s = await runAnalysis<WeekendIngredients>("weekend_ingredients", {
      recipesSql: fixture(100, 50, {salt: [100, 50], cinnamon: [10, 20]})
    });
    expect(s.counts).toMatchObject({passing: 1, moreAtWeekend: 1, moreOnWeekdays: 0});
    expect(s.moreOnWeekdays).toEqual([]);
    expect(s.narrative.claims.map((c) => c.id)).toEqual(["strongest.weekend"]);
    expect(textProblems(text, CLAIM_IDS, [s])).toEqual([]);
    // The side with none is said in words, and the verb agrees with the count of one, in both languages: never
    // « 1 … apparaît … : 0 le week-end, 1 en semaine ».
    expect(s.narrative.headline.id).toBe("passing.weekend");
    const said = {en: renderClaim(text, s.narrative.headline, "en"), fr: renderClaim(text, s.narrative.headline, "fr")};
    expect(said.en).toMatch(
      /^1 of the 2 ingredients .* appears more often at the weekend, and none more often on weekdays/
    );
    expect(said.fr).toMatch(
      /^Sur les 2 ingrédients .*\), 1 apparaît plus souvent le week-end, et aucun plus souvent en semaine/
    );
    for (const sentence of Object.values(said)) expect(sentence).not.toMatch(/(?<![\d,.])[01] (?:at|on|le|en) /);
  });

  it("names both sides with their counts when items differ both ways, and says why the seasonal page's count may differ", async () => {
    const s = await runAnalysis<WeekendIngredients>("weekend_ingredients", {
      recipesSql: fixture(100, 50, {salt: [100, 50], cinnamon: [10, 20], garlic: [40, 5]})
    });
    expect(s.narrative.headline.id).toBe("passing.some");
    const en = renderClaim(text, s.narrative.headline, "en");
    expect(en).toContain("1 at the weekend, 1 on weekdays");
    // The seasonal page tests items by their mean over four seasons: the rule that makes the two counts differ is
    // said once, in the method, with "threshold" (a "bar" read as a chart's bar), not in every count sentence.
    expect(en).not.toMatch(/seasonal page|near that bar/);
    expect(renderClaim(text, s.narrative.headline, "fr")).not.toMatch(/page des saisons/);
    expect(text.en.method).toMatch(/the seasonal page averages over the four seasons.*near the threshold/);
    expect(text.fr.method).toMatch(/la page des saisons fait la moyenne sur les quatre saisons.*proche du seuil/);
  });

  it("has sound text on the default fixture", async () => {
    const s = await runAnalysis<WeekendIngredients>("weekend_ingredients");
    expect(textProblems(text, CLAIM_IDS, [s])).toEqual([]);
  });
});
