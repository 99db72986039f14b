/**
 * Recipes posted per year: the yearly bars (value labels in their own group, peak highlighted and labelled) and the
 * normal Q-Q plot of the yearly counts with its least-squares line. Every year-based mark carries `data-year` for
 * the year-range filter; the Q-Q line carries its scales, so site/src/scripts/explorers/trends_volume.ts can move
 * the dots and redraw the line for the years a reader picks. The value labels can be hidden (`labels=off`).
 */
import * as Plot from "@observablehq/plot";

import type {TrendsVolume} from "../../../queries/trends/trends_volume.schema.js";
import {
  annotate,
  COLORS,
  isBusiestYear,
  tickedDomain,
  LINE,
  shownWhen,
  tagGroup,
  YEAR_BAR_COLUMNS,
  yearBarFill,
  yearBarLegend,
  yearBarTitle,
  yearTicks,
  yearTicksEvery
} from "../lib/charts/index.js";
import {defineFigure, defineView} from "../lib/views.js";
import {qqLineStart} from "./trends_volume.qqLine.js";
import {kpis} from "./trends_volume.kpis.js";

type YearRow = TrendsVolume["perYear"][number];
type QqRow = TrendsVolume["qq"]["points"][number];

export const view = defineView<TrendsVolume>({
  kpis,
  figures: (s) => {
    const perYear = s.perYear;
    const years = perYear.map((r) => r.year);
    // Every year tied for the most recipes is the peak, as the claims name them all.
    const isPeak = isBusiestYear(perYear);
    const points = s.qq.points;
    const zs = points.map((p) => p.theoretical);
    const zExtent: [number, number] = [Math.min(...zs), Math.max(...zs)];
    // The three busiest years get their year written beside their Q-Q dot: they are the ones bending the tail.
    const labelled = new Set([...points].sort((a, b) => b.recipes - a.recipes || a.year - b.year).map((p) => p.year));
    const topYears = (n: number): Set<number> => new Set([...labelled].slice(0, n));
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
      }),
      defineFigure<QqRow>({
        key: "qq",
        data: points,
        columns: [
          {key: "year", label: "axis.year", format: "year"},
          {key: "recipes", label: "axis.ordered", format: "int"},
          {key: "theoretical", label: "axis.theoretical", format: "3"}
        ],
        legend: [
          {label: "axis.ordered", color: COLORS.observed, shape: "disc"},
          {label: "axis.qq_line", color: "currentColor", shape: "reference"}
        ],
        plot: ({width, narrow, text, format}) => {
          const shown = topYears(narrow ? 1 : 3);
          const line = [qqLineStart(s.qq, zExtent[0]), zExtent[1]].map((z) => ({
            z,
            recipes: s.qq.intercept + s.qq.slope * z
          }));
          const top = Math.max(...points.map((p) => p.recipes), ...line.map((p) => p.recipes));
          return {
            width,
            height: narrow ? 260 : 340,
            marginLeft: narrow ? 44 : 56,
            marginRight: 24,
            x: {label: text("axis.theoretical"), nice: true, zero: false, inset: 6},
            // Counts cannot be negative: the axis stops at zero, where the fitted line starts (qqLineStart).
            // It ends on a labelled tick above the busiest year (tickedDomain; Plot's nice rounded for more ticks than drawn).
            y: {label: text("axis.ordered"), grid: true, ...tickedDomain(top, narrow ? 5 : 8), inset: 6},
            marks: [
              Plot.ruleX([0], {strokeOpacity: 0.2}),
              Plot.line(line, {
                x: "z",
                y: "recipes",
                ...LINE.reference,
                render: tagGroup({role: "qq-line", slope: s.qq.slope, intercept: s.qq.intercept})
              }),
              Plot.dot(points, {
                x: "theoretical",
                y: "recipes",
                r: narrow ? 4 : 5,
                fill: COLORS.observed,
                stroke: "var(--plot-background)",
                strokeWidth: 1,
                // The tip leaves out the theoretical quantile, which changes with the years a reader picks.
                title: (d: QqRow) => `${d.year}: ${format(d.recipes, "int")}`,
                render: annotate(points, (d) => ({year: d.year}))
              }),
              Plot.text(
                points.filter((p) => shown.has(p.year)),
                {
                  x: "theoretical",
                  y: "recipes",
                  text: (d: QqRow) => String(d.year),
                  textAnchor: "end",
                  dx: -9,
                  fontSize: 10,
                  fill: "currentColor",
                  render: annotate(
                    points.filter((p) => shown.has(p.year)),
                    (d) => ({year: d.year})
                  )
                }
              )
            ]
          };
        }
      })
    ];
  }
});
