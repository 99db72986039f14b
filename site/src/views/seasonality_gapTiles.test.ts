/**
 * The seasonality page's gap tiles (preparation time and calories): each gives its gap the interval the claim gives
 * it, which holds over every pair of seasons the two were picked from, and says so in both languages.
 */
import {describe, expect, it} from "vitest";

import type {SeasonalityDuration} from "../../../queries/seasonality/seasonality_duration.schema.js";
import {text as durationText} from "../../../queries/seasonality/seasonality_duration.text.js";
import type {SeasonalityNutrition} from "../../../queries/seasonality/seasonality_nutrition.schema.js";
import {text as nutritionText} from "../../../queries/seasonality/seasonality_nutrition.text.js";
import {kpiModels, templateValues} from "../lib/narration.js";
import {view as durationView} from "./seasonality_duration.js";
import {view as nutritionView} from "./seasonality_nutrition.js";

const PARAMS = {alpha: 0.05, intervalLevel: 0.95, pairs: 6, pairLevel: 1 - 0.05 / 6};

/** Only what the tiles read: the headline's seasons, the gap and its interval. */
function duration(): SeasonalityDuration {
  return {
    params: {...PARAMS, whiskerIqr: 1.5},
    gap: 2.8026,
    overallMean: 42.5,
    gapInterval: {lower: 2.289, upper: 3.3162},
    narrative: {
      headline: {
        id: "duration.significant",
        values: {longest: "Autumn", longestMean: 44.1026, shortest: "Summer", shortestMean: 41.3}
      },
      claims: []
    }
  } as unknown as SeasonalityDuration;
}

function nutrition(): SeasonalityNutrition {
  const seasons = [473.4, 450, 444.1, 460].map((mean) => ({mean}));
  return {
    params: {...PARAMS, zDdof: 0},
    nutrients: [{nutrient: "calories", seasons}],
    significantCount: 6,
    calorieGapInterval: {lower: 20.799, upper: 37.8015},
    narrative: {headline: {id: "calories.significant", values: {highest: "Autumn", lowest: "Summer"}}, claims: []}
  } as unknown as SeasonalityNutrition;
}

describe("the seasonality page's gap tiles", () => {
  it.each([
    [
      "en",
      "95% interval, widened for picking the extremes: 2.3 to 3.3",
      "95% interval, widened for picking the extremes: 20.8 to 37.8"
    ],
    [
      "fr",
      "Intervalle à 95\u00a0%, élargi pour le choix des extrêmes\u202f: 2,3 à 3,3",
      "Intervalle à 95\u00a0%, élargi pour le choix des extrêmes\u202f: 20,8 à 37,8"
    ]
  ] as const)("give each gap its interval, widened for picking the extremes (%s)", (lang, minutes, kcal) => {
    const d = duration();
    const durationTiles = kpiModels(
      {file: "seasonality_duration.text.ts", text: durationText},
      durationView.kpis!(d),
      templateValues(d),
      lang
    );
    expect(durationTiles.find((t) => t.key === "gap")!.interval).toBe(minutes);
    const n = nutrition();
    const nutritionTiles = kpiModels(
      {file: "seasonality_nutrition.text.ts", text: nutritionText},
      nutritionView.kpis!(n),
      templateValues(n),
      lang
    );
    expect(nutritionTiles.find((t) => t.key === "gap")!.interval).toBe(kcal);
  });
});
