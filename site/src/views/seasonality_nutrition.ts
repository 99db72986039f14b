/**
 * Nutrition by season: a nutrient × season heatmap whose cells print the relative gap to the nutrient's seasonal
 * average (the true size, which the z-score hides) and are shaded by the z-score's sign and size, non-significant
 * nutrients marked "n.s."; and the calories per season as a dot plot with interquartile rules.
 */
import * as Plot from "@observablehq/plot";

import {printedDifference} from "../../../pipeline/narrative.js";
import type {Season} from "../../../queries/seasonality/_seasons.js";
import {SEASONS} from "../../../queries/seasonality/_seasons.js";
import type {SeasonalityNutrition} from "../../../queries/seasonality/seasonality_nutrition.schema.js";
import {COLORS, tickedDomain} from "../lib/charts/index.js";
import type {PlotContext} from "../lib/views.js";
import {defineFigure, defineView} from "../lib/views.js";
import type {IntervalDotFields} from "../lib/charts/seasons.js";
import {
  heatCells,
  INTERVAL_DOT,
  INTERVAL_DOT_LEGEND,
  NOTES_TOP,
  intervalDots,
  intervalDotsTop,
  intervalNotes,
  kruskalNote
} from "../lib/charts/seasons.js";
import {SEASON_FORMAT, seasonKey, signedPct} from "../lib/charts/seasons.js";

type Entry = SeasonalityNutrition["nutrients"][number];
type Nutrient = Entry["nutrient"];
type CalorieRow = Entry["seasons"][number];
interface Cell extends CalorieRow {
  nutrient: Nutrient;
  significant: boolean;
  p: number;
}

/** A nutrient's name, capitalised ("Saturated fat", "Graisses saturées"), "n.s." appended when not significant. */
function nutrientName(entry: {nutrient: Nutrient; significant: boolean}, {text, format}: PlotContext): string {
  const name = format(entry.nutrient, "label");
  const capitalised = name.charAt(0).toUpperCase() + name.slice(1);
  return entry.significant ? capitalised : `${capitalised} (${text("axis.ns")})`;
}

/**
 * The heatmap shades a cell by its gap to the all-season mean on a fixed scale, full from ±25 %, with a key: scaled to
 * the largest |z| as before, four gaps of 2 % filled the whole range and looked like strong seasonality.
 */
const FULL_DEVIATION = 0.25;

/** Where the calories' interval dot plot finds each season's quartiles, median, mean and interval. */
const CALORIES: IntervalDotFields<CalorieRow> = {
  q25: (d) => d.q25,
  median: (d) => d.median,
  q75: (d) => d.q75,
  mean: (d) => d.mean,
  interval: (d) => d.interval
};

export const view = defineView<SeasonalityNutrition>({
  kpis: (s) => {
    const calories = s.nutrients.find((n) => n.nutrient === "calories")!;
    const means = calories.seasons.map((r) => r.mean);
    return [
      // The seasons as the headline names them: every season tied with the most or the least caloric.
      {key: "highest", value: String(s.narrative.headline.values.highest), format: "label"},
      {key: "lowest", value: String(s.narrative.headline.values.lowest), format: "label"},
      // With the interval the claim gives it, which holds over every pair of seasons the two were picked from; the gap
      // printed as the difference of the two means as printed, like the claim's.
      {
        key: "gap",
        value: printedDifference(Math.max(...means), Math.min(...means), "1"),
        format: "1",
        interval: s.calorieGapInterval
      },
      {key: "significantCount", value: `${s.significantCount} / ${s.nutrients.length}`}
    ];
  },
  figures: (s) => {
    const cells: Cell[] = s.nutrients.flatMap((n) =>
      n.seasons.map((r) => ({...r, nutrient: n.nutrient, significant: n.kruskal.significant, p: n.kruskal.p}))
    );
    const nutrients = s.nutrients.map((n) => n.nutrient);
    const calories = s.nutrients.find((n) => n.nutrient === "calories")!;
    const caloriesTop = intervalDotsTop(calories.seasons, CALORIES);
    return [
      defineFigure<Cell>({
        key: "heatmap",
        data: cells,
        columns: [
          {key: "nutrient", label: "axis.nutrient", format: "label"},
          {key: "season", label: "axis.season", format: SEASON_FORMAT},
          {key: "n", label: "axis.recipes", format: "int"},
          {key: "mean", label: "axis.mean", format: "1"},
          {key: "median", label: "axis.median", format: "1"},
          {key: "deviation", label: "axis.deviation", format: "pct|1"},
          {key: "z", label: "axis.z", format: "2"},
          {key: "p", label: "axis.p", format: "p"}
        ],
        legend: [
          {label: "axis.above", color: COLORS.above},
          {label: "axis.below", color: COLORS.below},
          {label: "axis.shade", color: "currentColor", shape: "ramp"}
        ],
        plot: (ctx) => {
          const {width, narrow, text, format} = ctx;
          const names = new Map(
            s.nutrients.map((n) => [n.nutrient, nutrientName({...n, significant: n.kruskal.significant}, ctx)])
          );
          return {
            width,
            height: nutrients.length * (narrow ? 44 : 46) + 40,
            marginLeft: narrow ? 92 : 150,
            marginRight: 4,
            marginTop: 32,
            x: {axis: null, domain: SEASONS, padding: 0.04},
            y: {label: null, domain: nutrients, padding: 0.06},
            marks: [
              ...heatCells(cells, (d) => Math.abs(d.deviation) / FULL_DEVIATION, {
                x: "season",
                y: "nutrient",
                fill: (d: Cell) => (d.z >= 0 ? COLORS.above : COLORS.below),
                inset: 1,
                // A faint outline keeps the grid visible where a near-average cell is almost the card's colour (dark theme).
                stroke: "currentColor",
                strokeOpacity: 0.15,
                title: (d: Cell) =>
                  `${names.get(d.nutrient)}, ${text(seasonKey(d.season))}: ${text("axis.mean")} ${format(d.mean, "1")} (${signedPct(format, d.deviation)}), z = ${format(d.z, "2")}`
              }),
              Plot.text(cells, {
                x: "season",
                y: "nutrient",
                text: (d: Cell) => `${signedPct(format, d.deviation)}\nz ${format(d.z, "signed|2")}`,
                fontSize: narrow ? 10 : 11,
                lineHeight: 1.25,
                fill: "currentColor"
              }),
              Plot.axisX({anchor: "top", label: null, tickSize: 0, tickFormat: (d: Season) => text(seasonKey(d))}),
              Plot.axisY({tickSize: 0, lineWidth: narrow ? 8 : 14, tickFormat: (d: Nutrient) => names.get(d) ?? d})
            ]
          };
        }
      }),
      defineFigure<CalorieRow>({
        key: "calories",
        data: calories.seasons,
        columns: [
          {key: "season", label: "axis.season", format: SEASON_FORMAT},
          {key: "n", label: "axis.recipes", format: "int"},
          {key: "q25", label: "axis.q25", format: "0"},
          {key: "median", label: "axis.median", format: "0"},
          {key: "mean", label: "axis.mean", format: "1"},
          {key: "lower", label: "axis.lower", value: (d) => d.interval?.lower ?? null, format: "1"},
          {key: "upper", label: "axis.upper", value: (d) => d.interval?.upper ?? null, format: "1"},
          {key: "q75", label: "axis.q75", format: "0"}
        ],
        legend: INTERVAL_DOT_LEGEND,
        plot: ({width, narrow, text, format}) => {
          const rows = calories.seasons;
          const domain = SEASONS.filter((season) => rows.some((r) => r.season === season));
          const drawn = {rows, x: CALORIES.mean, interval: CALORIES.interval, r: () => INTERVAL_DOT.mean.r};
          return {
            width,
            height: domain.length * 48 + (narrow ? 86 : 84),
            marginLeft: narrow ? 76 : 90,
            marginRight: 16,
            marginTop: NOTES_TOP[narrow ? "narrow" : "wide"],
            // Ends on a labelled tick past every band, interval and dot (tickedDomain), at every width.
            x: {label: text("axis.calories"), grid: true, ...tickedDomain(caloriesTop, narrow ? 4 : 8)},
            y: {label: null, domain, tickFormat: (d: Season) => text(seasonKey(d)), padding: 0.4},
            marks: [
              ...intervalDots(rows, CALORIES, (d) =>
                [
                  `${text(seasonKey(d.season))}: ${text("axis.mean")} ${format(d.mean, "1")}`,
                  `${text("axis.median")} ${format(d.median, "0")}`,
                  `${text("axis.iqr")} ${format(d.q25, "0")}–${format(d.q75, "0")}`
                ].join(", ")
              ),
              Plot.text(rows, {
                y: "season",
                x: "mean",
                text: (d: CalorieRow) => format(d.mean, "1"),
                dy: -14,
                fontSize: 11,
                fontWeight: 600,
                fill: "currentColor"
              }),
              ...intervalNotes(kruskalNote(calories.kruskal, {text, format}), drawn, {narrow, width, text}, 76)
            ]
          };
        }
      })
    ];
  }
});
