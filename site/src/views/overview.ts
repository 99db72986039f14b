/** The overview's KPI tiles and figures: recipes per year, the rating histogram and the two cleaning funnels. */
import * as Plot from "@observablehq/plot";

import type {Overview} from "../../../queries/overview/overview.schema.js";
import {
  annotate,
  COLORS,
  isBusiestYear,
  ON_BAR_COLOR,
  tickedDomain,
  YEAR_BAR_COLUMNS,
  yearBarFill,
  yearBarLegend,
  yearBarTitle,
  yearTicks,
  yearTicksEvery
} from "../lib/charts/index.js";
import type {PlotContext} from "../lib/views.js";
import {defineFigure, defineView} from "../lib/views.js";

type FunnelRow = Overview["funnel"]["recipes"][number];

/** One funnel as labelled horizontal bars: the step's name and removed rows above its bar, rows left inside. */
function funnel(key: string, rows: readonly FunnelRow[]) {
  return defineFigure<FunnelRow>({
    key,
    data: rows,
    columns: [
      {key: "rule", label: "axis.rule", format: "text:rule."},
      {key: "rowsAfter", label: "axis.rows", format: "int"},
      {key: "removed", label: "axis.removed", format: "int"}
    ],
    plot: ({width, text, format}: PlotContext) => {
      const label = (d: FunnelRow): string =>
        d.removed > 0 ? `${text(`rule.${d.rule}`)} (−${format(d.removed, "int")})` : text(`rule.${d.rule}`);
      return {
        width,
        height: rows.length * 46 + 24,
        marginLeft: 8,
        marginRight: 8,
        marginTop: 8,
        x: {axis: null, domain: [0, Math.max(...rows.map((r) => r.rowsAfter))]},
        y: {axis: null, domain: rows.map((r) => r.rule), padding: 0.05},
        marks: [
          Plot.barX(rows, {
            y: "rule",
            x: "rowsAfter",
            fill: COLORS.observed,
            insetTop: 22,
            insetBottom: 2,
            title: (d: FunnelRow) => `${label(d)}: ${format(d.rowsAfter, "int")}`
          }),
          Plot.text(rows, {y: "rule", x: 0, text: label, textAnchor: "start", dy: -10, fontSize: 11}),
          Plot.text(rows, {
            y: "rule",
            x: "rowsAfter",
            text: (d: FunnelRow) => format(d.rowsAfter, "int"),
            textAnchor: "end",
            dx: -6,
            dy: 6,
            fill: ON_BAR_COLOR,
            fontWeight: 600
          })
        ]
      };
    }
  });
}

export const view = defineView<Overview>({
  // The per-year figure's description dates the period, so a reader knows which years are only partly covered.
  values: (s) => ({firstRecipe: s.totals.firstRecipe, lastRecipe: s.totals.lastRecipe}),
  kpis: (s) => [
    {key: "recipes", value: s.totals.recipes, format: "int"},
    {key: "ratings", value: s.totals.ratings, format: "int"},
    {key: "users", value: s.totals.users, format: "int"},
    {key: "contributors", value: s.totals.contributors, format: "int"},
    {key: "period", value: `${s.totals.firstRecipe.slice(0, 4)}–${s.totals.lastRecipe.slice(0, 4)}`},
    {key: "mean_rating", value: s.totals.meanRating, format: "2|unit:stars"}
  ],
  figures: (s) => {
    const perYear = s.recipesPerYear;
    const years = perYear.map((r) => r.year);
    return [
      defineFigure<Overview["recipesPerYear"][number]>({
        key: "recipes_per_year",
        data: perYear,
        columns: YEAR_BAR_COLUMNS,
        legend: yearBarLegend(perYear),
        plot: ({width, narrow, text, format}) => ({
          width,
          height: narrow ? 240 : 320,
          marginLeft: narrow ? 44 : 56,
          x: {label: text("axis.year"), tickFormat: yearTicks, ticks: yearTicksEvery(years, narrow)},
          // The busiest year's bar ends under a labelled tick, not above the last one.
          y: {
            label: text("axis.recipes"),
            grid: true,
            ...tickedDomain(Math.max(...perYear.map((d) => d.recipes)), narrow ? 4 : 6)
          },
          marks: [
            Plot.barY(perYear, {
              x: "year",
              y: "recipes",
              fill: yearBarFill(isBusiestYear(perYear)),
              title: yearBarTitle({text, format}),
              render: annotate(perYear, (d) => ({year: d.year}))
            }),
            Plot.ruleY([0])
          ]
        })
      }),
      defineFigure<Overview["ratingHistogram"][number]>({
        key: "rating_histogram",
        data: s.ratingHistogram,
        columns: [
          {key: "rating", label: "axis.rating", format: "year"},
          {key: "count", label: "axis.count", format: "int"}
        ],
        legend: [
          {label: "legend.kept", color: COLORS.observed},
          {label: "legend.excluded", color: COLORS.muted}
        ],
        plot: ({width, narrow, text, format}) => ({
          width,
          height: narrow ? 220 : 280,
          // Room for "1,000,000", the top tick above the five-star bar.
          marginLeft: narrow ? 62 : 68,
          x: {label: text("axis.rating")},
          y: {
            label: text("axis.count"),
            grid: true,
            ...tickedDomain(Math.max(...s.ratingHistogram.map((d) => d.count)) * 1.12, narrow ? 4 : 6)
          },
          marks: [
            Plot.barY(s.ratingHistogram, {
              x: "rating",
              y: "count",
              fill: (d) => (d.rating === 0 ? COLORS.muted : COLORS.observed),
              title: (d) => `${d.rating} ★: ${format(d.count, "int")}`
            }),
            // The 1–3 star bars are a few pixels tall next to the 5-star one: their counts say they are not empty.
            Plot.text(s.ratingHistogram, {
              x: "rating",
              y: "count",
              text: (d) => format(d.count, "int"),
              dy: -7,
              fontSize: narrow ? 10 : 11,
              fill: "currentColor"
            }),
            Plot.ruleY([0])
          ]
        })
      }),
      funnel("funnel_recipes", s.funnel.recipes),
      funnel("funnel_ratings", s.funnel.interactions)
    ];
  }
});
