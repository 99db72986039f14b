/**
 * Recipes posted per year: the yearly bars (value labels in their own group, peak highlighted and labelled). Every
 * bar and label carries `data-year` for the year-range filter. The value labels can be hidden (`labels=off`).
 */
import * as Plot from "@observablehq/plot";

import type {TrendsVolume} from "../../../queries/trends/trends_volume.schema.js";
import {
  annotate,
  isBusiestYear,
  tickedDomain,
  shownWhen,
  YEAR_BAR_COLUMNS,
  yearBarFill,
  yearBarLegend,
  yearBarTitle,
  yearTicks,
  yearTicksEvery
} from "../lib/charts/index.js";
import {defineFigure, defineView} from "../lib/views.js";
import {kpis} from "./trends_volume.kpis.js";

type YearRow = TrendsVolume["perYear"][number];

export const view = defineView<TrendsVolume>({
  kpis,
  figures: (s) => {
    const perYear = s.perYear;
    const years = perYear.map((r) => r.year);
    // Every year tied for the most recipes is the peak, as the claims name them all.
    const isPeak = isBusiestYear(perYear);
    return [
      defineFigure<YearRow>({
        key: "per_year",
        data: perYear,
        columns: YEAR_BAR_COLUMNS,
        // The busiest year's bar and partial years have colours of their own, as on the overview.
        legend: yearBarLegend(perYear),
        plot: ({width, narrow, text, format}) => ({
          width,
          height: narrow ? 280 : 340,
          marginLeft: narrow ? 44 : 56,
          marginTop: narrow ? 48 : 24,
          x: {label: text("axis.year"), tickFormat: yearTicks, ticks: yearTicksEvery(years, narrow), padding: 0.15},
          // The busiest year's bar under a labelled tick (Plot's nice: true rounded for more ticks than drawn).
          y: {
            label: text("axis.recipes"),
            grid: true,
            ...tickedDomain(Math.max(...perYear.map((d) => d.recipes)), narrow ? 5 : 8)
          },
          marks: [
            Plot.barY(perYear, {
              x: "year",
              y: "recipes",
              fill: yearBarFill(isPeak),
              title: yearBarTitle({text, format}),
              render: annotate(perYear, (d) => ({year: d.year, recipes: d.recipes}))
            }),
            Plot.ruleY([0]),
            // Value labels in their own group so the "values" toggle can hide them; the peak's label is bold and
            // always shown. On a phone a six-digit count is wider than its bar: there every count stands upright
            // above its bar, at the same 10 px (the marginTop leaves room for the tallest).
            Plot.text(
              perYear.filter((d) => !isPeak(d)),
              {
                x: "year",
                y: "recipes",
                text: (d: YearRow) => format(d.recipes, "int"),
                ...(narrow ? {rotate: -90, textAnchor: "start", dy: -4, fontSize: 10} : {dy: -7, fontSize: 9}),
                fill: "currentColor",
                render: shownWhen(
                  "labels=on",
                  true,
                  annotate(
                    perYear.filter((d) => !isPeak(d)),
                    (d) => ({year: d.year})
                  )
                )
              }
            ),
            Plot.text(perYear.filter(isPeak), {
              x: "year",
              y: "recipes",
              text: (d: YearRow) => format(d.recipes, "int"),
              ...(narrow ? {rotate: -90, textAnchor: "start", dy: -4} : {dy: -7}),
              fontSize: 10,
              fontWeight: 700,
              fill: "currentColor",
              render: annotate(perYear.filter(isPeak), (d) => ({year: d.year}))
            })
          ]
        })
      })
    ];
  }
});
