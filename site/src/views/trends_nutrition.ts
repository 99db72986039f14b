/**
 * Nutrition per year: one chart per measure (calories in kcal; carbohydrates, fat and protein in %DV), each with the
 * yearly means as dots sized by the year's recipes with their 95 % interval band, and the dashed WLS line annotated
 * with its slope and p.
 */
import type {Nutrient, TrendsNutrition} from "../../../queries/trends/trends_nutrition.schema.js";
import {NUTRIENTS} from "../../../queries/trends/trends_nutrition.schema.js";
import {defineView} from "../lib/views.js";
import {trendFigure} from "../lib/charts/trendFigure.js";

type YearRow = TrendsNutrition["perYear"][number];

const KPI_KEYS: Record<Nutrient, string> = {
  calories: "calories_slope",
  carb_pct: "carb_slope",
  total_fat_pct: "fat_slope",
  protein_pct: "protein_slope"
};

export const view = defineView<TrendsNutrition>({
  kpis: (s) =>
    NUTRIENTS.map((n) => ({
      key: KPI_KEYS[n],
      value: s.fits[n].slope,
      format: n === "calories" ? "signed|2" : "signed|3"
    })),
  figures: (s) =>
    NUTRIENTS.map((n) =>
      trendFigure<YearRow>({
        key: n,
        rows: s.perYear,
        value: (d) => d[n],
        label: `axis.${n}`,
        fit: s.fits[n],
        interval: (d) => d.intervals[n],
        digits: n === "calories" ? "0" : "1",
        // The note names the slope's unit: "−12.50 kcal per year", "−0.546 %DV points per year".
        slopeFormat: n === "calories" ? "signed|2|unit:kcal" : "signed|3|unit:dv_points"
      })
    )
});
