import {describe, expect, it} from "vitest";

import {textProblems} from "../../pipeline/narrative.check.js";
import {renderClaim, renderHeadline} from "../../pipeline/narrative.js";
import {expectClose} from "../../pipeline/stats/testing/close.js";
import {runAnalysis} from "../../test/analysis.js";
import {SEASONS} from "./_seasons.js";
import type {SeasonalityIngredients} from "./seasonality_ingredients.schema.js";
import {CLAIM_IDS} from "./_items.step.js";
import {text} from "./seasonality_ingredients.text.js";
import {build, COUNTS, expected, fixtureSql, SIZES} from "./testing/items.js";

describe("seasonality_ingredients", () => {
  it("filters, ranks and tests items as computed directly from the recipes' lists", async () => {
    const fixture = build(COUNTS);
    const s = await runAnalysis<SeasonalityIngredients>("seasonality_ingredients", {
      recipesSql: fixtureSql(fixture, "ingredients")
    });
    const want = expected(fixture);
    // 30 distinct items; saffron (mean) is too rare to test: 29 tested, one Holm family. Salt, flour and pepper (range)
    // are tested but not shown: 26 visible, 20 shown.
    expect(want.distinct).toBe(30);
    expect(want.kept.length).toBe(26);
    expect(s.distinctItems).toBe(30);
    expect(s.keptItems).toBe(26);
    expect(s.testedItems).toBe(29);
    expect(s.params).toEqual({
      alpha: 0.05,
      minMeanShare: 0.01,
      minRange: 0.005,
      topN: 20,
      correction: "holm",
      intervalLevel: 0.95
    });
    expect(s.seasons).toEqual(SEASONS.map((season, i) => ({season, recipes: SIZES[i]})));
    expect(s.items.map((i) => i.item)).toEqual(want.kept.slice(0, 20).map((x) => x.item));
    // By hand for the twins: shares 0.3, 0.1, 0.1, 0.1 (Autumn 10/104); they tie, so twin-a ranks first.
    expect(s.items.slice(0, 2).map((i) => [i.rank, i.item, i.peak])).toEqual([
      [1, "twin-a", "Winter"],
      [2, "twin-b", "Winter"]
    ]);
    // 95 % Wilson intervals, scipy 1.17.1 stats.binomtest(k, n).proportion_ci(method="wilson"): 30 of 100, 10 of 104.
    const twin = s.items[0]!.shares;
    expectClose(twin[0]!.interval.lower, 0.21894885294932764);
    expectClose(twin[0]!.interval.upper, 0.39584854633346667);
    expectClose(twin[3]!.interval.lower, 0.05306996868128023);
    expectClose(twin[3]!.interval.upper, 0.16800881754262323);
    s.items.forEach((got, r) => {
      const x = want.kept[r]!;
      got.shares.forEach((share, k) => expectClose(share.share, x.shares[k]!));
      expectClose(got.meanShare, x.mean);
      expectClose(got.std, x.std);
      expectClose(got.cv, x.cv);
      expectClose(got.range, x.range);
      expectClose(got.chi2, x.chi2);
      expectClose(got.p, x.p, 1e-6);
      expectClose(got.cramersV, x.v);
      expect(got.df).toBe(3);
    });
    // The twins: N = 404, 70 with the item; χ² large enough to be significant.
    expect(s.items[0]!.significant).toBe(true);
    // Holm by hand over the 29 tested items' p-values worked out from the fixture (salt: p = 1, no χ² exists).
    const family = want.tested.map((x) => x.p).sort((a, b) => a - b);
    let running = 0;
    const holmBySorted = family.map((p, i) => (running = Math.max(running, Math.min(1, (family.length - i) * p))));
    for (const got of s.items) {
      const p = want.tested.find((x) => x.item === got.item)!.p;
      const rank = family.findIndex((q) => q === p);
      expectClose(got.pAdjusted, holmBySorted[rank + family.filter((q) => q === p).length - 1]!, 1e-6);
      expect(got.significant).toBe(got.pAdjusted < 0.05);
    }
    expect(s.significantCount).toBe(s.items.filter((i) => i.pAdjusted < 0.05).length);
    // Raw p < 0.05 is not enough: at least one shown item is significant raw but not after Holm.
    expect(s.items.some((i) => i.p < 0.05 && !i.significant)).toBe(true);

    expect(s.narrative.headline.id).toBe("most_seasonal.significant");
    expect(s.narrative.headline.values).toMatchObject({
      item: "twin-a",
      peak: "Winter",
      peakShare: 0.3,
      trough: "Autumn"
    });
    expectClose(Number(s.narrative.headline.values.troughShare), 10 / 104);
    expect(s.narrative.claims.map((c) => c.id)).toEqual(["filter", "significant_count", "peak_season"]);
    expect(s.narrative.claims[0]!.values).toEqual({
      distinct: 30,
      tested: want.tested.length,
      kept: 26,
      shown: 20,
      // The thresholds travel with the counts, so the sentence can say what "common" and "move" mean.
      minMeanShare: 0.01,
      minRange: 0.005
    });
    // The sentence says both thresholds; why the weekend page's count of tested items may differ is said once, in the
    // method, with "threshold" (not "bar", read as a chart's bar).
    const filter = {
      en: renderClaim(text, s.narrative.claims[0]!, "en"),
      fr: renderClaim(text, s.narrative.claims[0]!, "fr")
    };
    expect(filter.en).toMatch(
      /at least 1% of recipes, on average over the four seasons\).*at least 0\.5\spercentage points/
    );
    expect(filter.fr).toMatch(/au moins 1\u00a0% des recettes.*\).*au moins 0,5\u00a0point de pourcentage/);
    expect(filter.en + filter.fr).not.toMatch(/weekend page|page du week-end|near that bar/);
    expect(text.en.method).toMatch(/the weekend page averages over its two periods.*near the threshold/);
    expect(text.fr.method).toMatch(/la page du week-end fait la moyenne.*proche du seuil/);
    expect(want.tested).toHaveLength(29);
    // The season most of the shown items peak in, tallied from the fixture (ties to the first season in order).
    const peaks = want.kept.slice(0, 20).map((x) => x.shares.indexOf(Math.max(...x.shares)));
    const tally = SEASONS.map((_, k) => peaks.filter((p) => p === k).length);
    const lead = tally.indexOf(Math.max(...tally));
    expect(s.narrative.claims[2]!.values).toEqual({
      count: tally[lead],
      season: SEASONS[lead],
      items: tally[lead],
      shown: 20
    });
    expect(textProblems(text, CLAIM_IDS, [s])).toEqual([]);
  });

  it("reports a seasonal item whose χ² test is not significant, and no item when none passes", async () => {
    // 10 recipes per season, basil in 3, 2, 2, 2: shares 0.3/0.2/0.2/0.2 pass the filters but χ² is small.
    // By hand: N = 40, 9 with basil; E(with) = 2.25 per season, E(without) = 7.75;
    // χ² = 0.75²/2.25 + 3·0.25²/2.25 + 0.75²/7.75 + 3·0.25²/7.75 = 0.75/2.25 + 0.75/7.75 = 0.43011.
    const small = build({basil: [3, 2, 2, 2]}, [10, 10, 10, 10]);
    const s = await runAnalysis<SeasonalityIngredients>("seasonality_ingredients", {
      recipesSql: fixtureSql(small, "ingredients")
    });
    expectClose(s.items[0]!.chi2, 0.75 / 2.25 + 0.75 / 7.75);
    expect(s.narrative.headline.id).toBe("most_seasonal.not_significant");
    expect(s.narrative.claims[1]!.values).toMatchObject({significant: 0, shown: 1, tested: 1});
    expect(textProblems(text, CLAIM_IDS, [s])).toEqual([]);

    const flat = build({basil: [5, 5, 5, 5]}, [10, 10, 10, 10]);
    const none = await runAnalysis<SeasonalityIngredients>("seasonality_ingredients", {
      recipesSql: fixtureSql(flat, "ingredients")
    });
    expect(none.items).toEqual([]);
    expect(none.narrative.headline).toEqual({
      id: "most_seasonal.none",
      values: {distinct: 1, minMeanShare: 0.01, minRange: 0.005}
    });
    expect(none.narrative.claims.map((c) => c.id)).toEqual(["filter"]);
    expect(textProblems(text, CLAIM_IDS, [none])).toEqual([]);
    // In plain words, the thresholds on the line below.
    for (const [lang, plain] of [
      ["en", "No ingredient passes both thresholds for being shown."],
      ["fr", "Aucun ingrédient n'atteint les deux seuils pour être affiché."]
    ] as const) {
      const shown = renderHeadline(text, none.narrative.headline, lang);
      expect(shown.headline).toBe(plain);
      expect(shown.detail).toBe(renderClaim(text, none.narrative.headline, lang));
    }
  });

  it("names every season whose share prints as the peak's, and says when seasons tie in the tally", async () => {
    // Winter 117/1000 = 11.70 % and autumn 117/1003 = 11.665 %: both print 11.7 %, so neither alone is the peak.
    // Two more items, with the same coefficient of variation, peak in spring and in summer: the tally ties.
    const fixture = build(
      {seasonal: [117, 70, 90, 117], picnic: [40, 60, 95, 45], easter: [40, 95, 60, 45]},
      [1000, 1000, 1000, 1003]
    );
    const s = await runAnalysis<SeasonalityIngredients>("seasonality_ingredients", {
      recipesSql: fixtureSql(fixture, "ingredients")
    });
    const top = s.narrative.headline;
    expect(top.values.item).toBe("easter");
    const seasonal = s.items.find((i) => i.item === "seasonal")!;
    expect(seasonal.shares.map((x) => x.share)).toEqual([0.117, 0.07, 0.09, 117 / 1003]);
    // The tally: picnic peaks in summer, easter in spring, seasonal in winter: three seasons with one item each.
    const tally = s.narrative.claims.find((c) => c.id.startsWith("peak_season"))!;
    expect(tally).toEqual({
      id: "peak_season.tie",
      values: {count: 1, season: "Winter+Spring+Summer", items: 1, shown: 3}
    });
    expect(renderClaim(text, tally, "en")).toBe(
      "The ingredients shown peak most often in winter, in spring and in summer, with 1 of the 3 in each."
    );
    expect(renderClaim(text, tally, "fr")).toBe(
      "Les ingrédients affichés atteignent le plus souvent leur maximum en hiver, au printemps et en été, avec 1 des 3 dans chaque saison."
    );
    expect(textProblems(text, CLAIM_IDS, [s])).toEqual([]);
    // The headline of an item whose peak ties at the printed precision names both seasons.
    const tied = await runAnalysis<SeasonalityIngredients>("seasonality_ingredients", {
      recipesSql: fixtureSql(build({seasonal: [117, 70, 90, 117]}, [1000, 1000, 1000, 1003]), "ingredients")
    });
    expect(tied.narrative.headline.values).toMatchObject({item: "seasonal", peak: "Winter+Autumn", trough: "Spring"});
    expect(renderClaim(text, tied.narrative.headline, "en")).toMatch(
      /in 11\.7% of the recipes posted in winter and in autumn against 7\.0% in spring/
    );
    expect(renderClaim(text, tied.narrative.headline, "fr")).toMatch(
      /11,7\u00a0% des recettes publiées en hiver et en automne, contre 7,0\u00a0% au printemps/
    );
  });
});
