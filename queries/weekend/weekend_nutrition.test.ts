import ttest2 from "@stdlib/stats-ttest2";
import {describe, expect, it} from "vitest";

import {LOCALES, renderHeadline, translateLabel} from "../../pipeline/narrative.js";
import {textProblems} from "../../pipeline/narrative.check.js";
import {tTest2} from "../../pipeline/stats/index.js";
import {expectClose} from "../../pipeline/stats/testing/close.js";
import {recipesSql, runAnalysis} from "../../test/analysis.js";
import type {WeekendNutrition} from "./weekend_nutrition.schema.js";
import {CLAIM_IDS} from "./weekend_nutrition.step.js";
import {text} from "./weekend_nutrition.text.js";

type Nutrient = WeekendNutrition["nutrients"][number]["nutrient"];
type Sample = Record<Nutrient, [weekday: number[], weekend: number[]]>;

/** Builds recipes from per-nutrient samples (8 weekday, 6 weekend), in the contract's nutrition order. */
function fixture(sample: Sample): string {
  const rows = [];
  for (const [p, period] of (["weekday", "weekend"] as const).entries()) {
    const n = sample.calories[p].length;
    for (let i = 0; i < n; i++) {
      const v = (k: Nutrient) => sample[k][p][i]!;
      rows.push({
        id: rows.length + 1,
        submitted: period === "weekday" ? `2018-01-0${(i % 5) + 1}` : `2018-01-0${(i % 2) + 6}`,
        // [calories, total fat, sugar, sodium, protein, saturated fat, carbohydrates]
        nutrition: [
          v("calories"),
          v("total_fat_pct"),
          v("sugar_pct"),
          v("sodium_pct"),
          v("protein_pct"),
          v("sat_fat_pct"),
          10
        ]
      });
    }
  }
  return recipesSql(rows);
}

const FLAT: Sample = {
  calories: [
    [400, 500, 450, 420, 480, 460, 440, 430],
    [410, 470, 455, 425, 465, 445]
  ],
  protein_pct: [
    [30, 40, 35, 38, 32, 36, 34, 33],
    [31, 39, 36, 35, 33, 34]
  ],
  total_fat_pct: [
    [30, 40, 35, 38, 32, 36, 34, 33],
    [31, 39, 36, 35, 33, 34]
  ],
  sat_fat_pct: [
    [40, 50, 45, 42, 48, 46, 44, 43],
    [41, 47, 45, 43, 46, 44]
  ],
  sugar_pct: [
    [80, 90, 85, 70, 95, 88, 75, 82],
    [81, 89, 84, 72, 90, 83]
  ],
  sodium_pct: [
    [20, 30, 25, 28, 22, 26, 24, 27],
    [21, 29, 26, 25, 23, 28]
  ]
};

/** Student p-value of each nutrient from stdlib on the raw fixture values (weekend vs weekday). */
function rawP(sample: Sample, nutrient: Nutrient): number {
  return ttest2(sample[nutrient][1], sample[nutrient][0], {variance: "equal"}).pValue;
}

async function run(sample: Sample): Promise<WeekendNutrition> {
  const n = await runAnalysis<WeekendNutrition>("weekend_nutrition", {recipesSql: fixture(sample)});
  expect(n.nutrients.map((x) => x.nutrient)).toEqual([
    "calories",
    "protein_pct",
    "total_fat_pct",
    "sat_fat_pct",
    "sugar_pct",
    "sodium_pct"
  ]);
  for (const x of n.nutrients) {
    const [wd, we] = sample[x.nutrient];
    const student = ttest2(we, wd, {variance: "equal"});
    expectClose(x.comparison.student.t, student.statistic);
    expectClose(x.comparison.student.p, student.pValue);
    expectClose(x.comparison.welch.p, ttest2(we, wd).pValue);
    expectClose(x.comparison.ciLow, student.ci[0]!);
    expectClose(x.comparison.cohenD, tTest2(we, wd).cohenD);
    expectClose(x.weekday.mean, student.ymean);
    expectClose(x.weekend.mean, student.xmean);
    expectClose(x.comparison.diffPct, (student.xmean - student.ymean) / student.ymean);
  }
  expect(textProblems(text, CLAIM_IDS, [n])).toEqual([]);
  return n;
}

describe("weekend_nutrition", () => {
  it("keeps a strong protein gap and drops a sugar gap that does not survive Holm", async () => {
    // Protein: weekday 257/8 = 32.125, weekend 128/6 ≈ 21.33 (p ≈ 2.8e-8); sugar: 665/8 = 83.125 against 74 (p ≈ 0.031).
    const sample: Sample = {
      ...FLAT,
      protein_pct: [
        [30, 32, 34, 31, 33, 35, 30, 32],
        [20, 22, 21, 23, 20, 22]
      ],
      sugar_pct: [
        [80, 90, 85, 70, 95, 88, 75, 82],
        [70, 78, 72, 80, 68, 76]
      ]
    };
    const n = await run(sample);
    const p = (k: Nutrient) => rawP(sample, k);
    const byKey = (k: Nutrient) => n.nutrients.find((x) => x.nutrient === k)!;
    // Holm over 6: protein is smallest (×6), sugar second (×5, above protein's 6p): 5·0.0313 ≈ 0.157 > 0.05.
    expectClose(byKey("protein_pct").pHolm, 6 * p("protein_pct"));
    expectClose(byKey("sugar_pct").pHolm, 5 * p("sugar_pct"));
    expect(byKey("sugar_pct").comparison.significant).toBe(true);
    expect(byKey("sugar_pct").significantHolm).toBe(false);
    expect(n.counts).toEqual({significantRaw: 2, significantHolm: 1});
    expect(n.params).toEqual({alpha: 0.05, intervalLevel: 0.95, ciLevel: 0.95, tests: 6});
    expect(n.largestGap.nutrient).toBe("protein_pct");
    expectClose(n.largestGap.diffPct, 128 / 6 / 32.125 - 1);

    // Protein's gap, about 10.8 points against standard deviations under 2, is the largest by Cohen's d; the plain
    // headline gives its size as a share of the weekday mean, and its second line names the nutrient, d and p.
    expect(n.narrative.headline).toMatchObject({
      id: "summary.some_differ",
      values: {significant: 1, tested: 6, nutrient: "protein_pct"}
    });
    expect(n.narrative.headline.values).not.toHaveProperty("effect");
    expectClose(n.narrative.headline.values.gapPct as number, Math.abs(128 / 6 / 32.125 - 1));
    expectClose(n.narrative.headline.values.d as number, byKey("protein_pct").comparison.cohenD);
    expectClose(n.narrative.headline.values.pHolm as number, 6 * p("protein_pct"));
    for (const lang of LOCALES) {
      const {headline, detail} = renderHeadline(text, n.narrative.headline, lang);
      expect(detail).toContain(translateLabel("protein_pct", lang));
      expect(detail).not.toBe(headline);
    }
    expect(n.narrative.claims.map((c) => [c.id, c.values.nutrient])).toEqual([
      ["nutrient.lower_at_weekend", "protein_pct"],
      ["nutrient.not_robust", "sugar_pct"]
    ]);
    expectClose(n.narrative.claims[0]!.values.gapPct as number, 1 - 128 / 6 / 32.125);
    // The gap below the weekday mean carries its interval, turned to the gap's direction (both bounds positive here).
    const protein = byKey("protein_pct").comparison;
    expect(n.narrative.claims[0]!.values).toMatchObject({
      gapLowPct: -protein.ciHighPct,
      gapHighPct: -protein.ciLowPct,
      level: 0.95
    });
    expect(protein.ciHighPct).toBeLessThan(0);
    expect(renderHeadline(text, n.narrative.claims[0]!, "en").headline).toMatch(
      /below the weekday mean \(95% interval \d/
    );
    expect(n.narrative.claims[0]!.values.effect).toBe("large");
    expectClose(n.narrative.claims[1]!.values.pHolm as number, 5 * p("sugar_pct"));
  });

  it("reports a higher weekend nutrient beside a lower one, strongest evidence first", async () => {
    const sample: Sample = {
      ...FLAT,
      protein_pct: [
        [30, 32, 34, 31, 33, 35, 30, 32],
        [20, 22, 21, 23, 20, 22]
      ],
      sodium_pct: [
        [20, 30, 25, 28, 22, 26, 24, 27],
        [41, 49, 46, 45, 43, 48]
      ]
    };
    const n = await run(sample);
    // p(protein) ≈ 2.8e-8 < p(sodium) ≈ 5.7e-8: Holm gives 6·p(protein), then max(6·p(protein), 5·p(sodium)).
    const sodium = n.nutrients.find((x) => x.nutrient === "sodium_pct")!;
    expectClose(sodium.pHolm, Math.max(6 * rawP(sample, "protein_pct"), 5 * rawP(sample, "sodium_pct")));
    expect(n.narrative.claims.map((c) => [c.id, c.values.nutrient])).toEqual([
      ["nutrient.lower_at_weekend", "protein_pct"],
      ["nutrient.higher_at_weekend", "sodium_pct"]
    ]);
    expect(n.largestGap).toMatchObject({nutrient: "sodium_pct", significantHolm: true});
  });

  it("says that no nutrient differs when none does", async () => {
    const n = await run(FLAT);
    expect(n.counts).toEqual({significantRaw: 0, significantHolm: 0});
    expect(n.narrative.headline).toEqual({id: "summary.none_differ", values: {tested: 6}});
    expect(n.narrative.claims).toEqual([]);
  });
});
