/**
 * The weekend page's nutrition analysis: for each nutrient, the weekend − weekday difference in mean as a share of
 * the weekday mean, with its confidence interval; significance after Holm's correction is carried by the dot's
 * fill, its colour and the row's label, never by colour alone.
 */
import * as Plot from "@observablehq/plot";

import type {WeekendNutrition} from "../../../queries/weekend/weekend_nutrition.schema.js";
import {intervalText} from "../lib/intervalText.js";
import {annotate, HALO, laneGridX, laneRuleX, LINE, significanceColor} from "../lib/charts/index.js";
import {differenceLabel, signedPct} from "../lib/differenceLabel.js";
import {defineFigure, defineView} from "../lib/views.js";

type Nutrient = WeekendNutrition["nutrients"][number];

/** The unit of each nutrient's difference: kcal for calories, points of the daily value for the others. */
const unit = (nutrient: Nutrient["nutrient"]): string => (nutrient === "calories" ? "kcal" : "dv_points");

export const view = defineView<WeekendNutrition>({
  kpis: (s) => [
    {key: "tested", value: s.params.tests, format: "int"},
    {key: "significant", value: s.counts.significantHolm, format: "int"},
    {key: "largestGap", value: s.largestGap.nutrient, format: "label"},
    {key: "largestGapSize", value: s.largestGap.diffPct, format: "pct|1"}
  ],
  figures: (s) => {
    const rows = s.nutrients;
    const span = Math.max(...rows.flatMap((d) => [Math.abs(d.comparison.ciLowPct), Math.abs(d.comparison.ciHighPct)]));
    return [
      defineFigure<Nutrient>({
        key: "differences",
        data: rows,
        columns: [
          {key: "nutrient", label: "axis.nutrient", format: "text:axis."},
          {key: "weekdayMean", label: "axis.weekdayMean", value: (d) => d.weekday.mean, format: "1"},
          {key: "weekendMean", label: "axis.weekendMean", value: (d) => d.weekend.mean, format: "1"},
          {key: "diffPct", label: "axis.difference", value: (d) => d.comparison.diffPct, format: "pct|2"},
          {key: "ciLowPct", label: "axis.ciLowPct", value: (d) => d.comparison.ciLowPct, format: "pct|2"},
          {key: "ciHighPct", label: "axis.ciHighPct", value: (d) => d.comparison.ciHighPct, format: "pct|2"},
          {key: "p", label: "axis.p", value: (d) => d.comparison.student.p, format: "p"},
          {key: "pHolm", label: "axis.pHolm", format: "p"},
          {key: "significantHolm", label: "axis.significantHolm", format: "text:axis.significant_"},
          {key: "cohenD", label: "axis.cohenD", value: (d) => d.comparison.cohenD, format: "signed|3"}
        ],
        legend: [
          {label: "axis.significantYes", color: significanceColor(true), shape: "disc"},
          {label: "axis.significantNo", color: significanceColor(false), shape: "hollow"}
        ],
        plot: ({width, narrow, text, format, lang}) => {
          const color = (d: Nutrient): string => significanceColor(d.significantHolm);
          const row = (d: Nutrient): {name: string; value: string} =>
            differenceLabel(
              d.comparison,
              {name: `axis.name_${d.nutrient}`, unit: unit(d.nutrient)},
              {text, format, narrow}
            );
          const label = (d: Nutrient): string => `${row(d).value} · ${format(d.pHolm, "p")} ${text("axis.afterHolm")}`;
          const limit = span * 1.1 * 100;
          return {
            width,
            height: rows.length * (narrow ? 66 : 48) + 48,
            marginLeft: 12,
            marginRight: 12,
            marginTop: 12,
            marginBottom: 40,
            x: {label: text("axis.difference"), grid: true, percent: true, domain: [-limit, limit]},
            y: {axis: null, domain: rows.map((d) => d.nutrient), padding: 0.2, insetBottom: 10},
            marks: [
              // Zero and the grid in each row's lane, under its name: lines through the chart crossed the names.
              laneGridX(4),
              laneRuleX(rows, {x: 0, y: "nutrient", below: 4, ...LINE.reference}),
              Plot.ruleY(rows, {
                y: "nutrient",
                x1: (d: Nutrient) => d.comparison.ciLowPct,
                x2: (d: Nutrient) => d.comparison.ciHighPct,
                dy: 8,
                stroke: color,
                strokeWidth: 3
              }),
              Plot.dot(rows, {
                y: "nutrient",
                x: (d: Nutrient) => d.comparison.diffPct,
                dy: 8,
                r: 5.5,
                stroke: color,
                strokeWidth: 2,
                fill: (d: Nutrient) => (d.significantHolm ? color(d) : "var(--plot-background)"),
                title: (d: Nutrient) =>
                  `${row(d).name}: ${label(d)}\n(${intervalText(signedPct(d.comparison.ciLowPct, format, 2), signedPct(d.comparison.ciHighPct, format, 2), lang)})`,
                render: annotate(rows, (d) => ({nutrient: d.nutrient}))
              }),
              Plot.text(rows, {
                y: "nutrient",
                frameAnchor: "left",
                // A wide halo: the dotted zero line runs between the letters of a long label, not only across them.
                ...HALO,
                strokeWidth: 6,
                text: (d: Nutrient) =>
                  `${d.significantHolm ? "✱ " : ""}${row(d).name}${narrow ? "\n" : " — "}${label(d)}`,
                textAnchor: "start",
                lineAnchor: "bottom",
                // A quarter em off the dot's ring below (legibility text-on-marks): at −1 the name ran into it.
                dy: -3,
                fontSize: narrow ? 11 : 12,
                fill: "currentColor"
              })
            ]
          };
        }
      })
    ];
  }
});
