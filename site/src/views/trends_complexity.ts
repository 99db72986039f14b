/**
 * Complexity per year: one chart per measure (score with its ±1 SD band, steps, ingredients), each with the yearly
 * means as a line with dots sized by the year's recipes and the dashed WLS line, annotated with its slope and p,
 * drawn by `trendFigure` (lib/charts/trendFigure.ts), which the nutrition trends share.
 */
import type {TrendsComplexity} from "../../../queries/trends/trends_complexity.schema.js";
import {trendFigure} from "../lib/charts/trendFigure.js";
import {defineView} from "../lib/views.js";

type YearRow = TrendsComplexity["perYear"][number];

export const view = defineView<TrendsComplexity>({
  kpis: (s) => [
    {key: "score_slope", value: s.fits.score.slope, format: "signed|3"},
    {key: "steps_slope", value: s.fits.steps.slope, format: "signed|3"},
    {key: "ingredients_slope", value: s.fits.ingredients.slope, format: "signed|3"}
  ],
  figures: (s) => [
    trendFigure<YearRow>({
      key: "score",
      rows: s.perYear,
      value: (d) => d.meanScore,
      label: "axis.score",
      fit: s.fits.score,
      interval: (d) => d.intervals.score,
      digits: "2",
      slopeFormat: "signed|3|unit:points",
      band: {
        low: (d) => (d.stdScore === null ? null : d.meanScore - d.stdScore),
        high: (d) => (d.stdScore === null ? null : d.meanScore + d.stdScore),
        label: "axis.std_score"
      },
      bandLabel: "axis.band",
      extraColumns: [{key: "stdScore", label: "axis.std_score", format: "2"}]
    }),
    trendFigure<YearRow>({
      key: "steps",
      rows: s.perYear,
      value: (d) => d.meanSteps,
      label: "axis.steps",
      fit: s.fits.steps,
      interval: (d) => d.intervals.steps,
      digits: "2",
      slopeFormat: "signed|3|unit:steps"
    }),
    trendFigure<YearRow>({
      key: "ingredients",
      rows: s.perYear,
      value: (d) => d.meanIngredients,
      label: "axis.ingredients",
      fit: s.fits.ingredients,
      interval: (d) => d.intervals.ingredients,
      digits: "2",
      slopeFormat: "signed|3|unit:ingredients"
    })
  ]
});
