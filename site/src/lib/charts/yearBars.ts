/**
 * The colours, legend and table column of a bar chart of recipes per calendar year (the overview's and the trends
 * page's). The data's first and last years are usually only partly covered: their bars take the design system's
 * colour for partial years (COLORS.muted), so a shorter window does not read as a drop in posting. The busiest year
 * keeps its highlight even when it is partial: the text points at it, and the data table still says it is partial.
 */
import * as Plot from "@observablehq/plot";

import type {ColumnSpec, LegendEntry, PlotContext} from "../views.js";
import {annotate} from "./marks.js";
import {COLORS} from "./theme.js";

/** A bar's year row: `complete` is computed in SQL from the data's own first and last dates. */
export interface YearBarRow {
  year: number;
  recipes: number;
  complete: boolean;
}

/** Whether a row ties for the most recipes: every year at the busiest count is highlighted, as the text names them. */
export function isBusiestYear(rows: readonly YearBarRow[]): (d: YearBarRow) => boolean {
  const most = Math.max(...rows.map((r) => r.recipes));
  return (d) => d.recipes === most;
}

/** The fill of a year's bar: the busiest year highlighted, a partial year muted, any other year observed. */
export function yearBarFill(busiest: (d: YearBarRow) => boolean): (d: YearBarRow) => string {
  return (d) => (busiest(d) ? COLORS.highlight : d.complete ? COLORS.observed : COLORS.muted);
}

/**
 * The legend of the bars, keys drawn as bars (swatches): observed years, the busiest, and partial years when there
 * are any, the key the text module words as "legend.partial" (the seasonal pace chart's "Year only partly covered
 * by the data").
 */
export function yearBarLegend(rows: readonly YearBarRow[]): LegendEntry[] {
  return [
    {label: "legend.year", color: COLORS.observed},
    {label: "legend.peak", color: COLORS.highlight},
    ...(rows.some((r) => !r.complete) ? [{label: "legend.partial", color: COLORS.muted}] : [])
  ];
}

/** The data table's columns: the year, its recipes and whether the whole year lies inside the period. */
export const YEAR_BAR_COLUMNS: ReadonlyArray<ColumnSpec<YearBarRow>> = [
  {key: "year", label: "axis.year", format: "year"},
  {key: "recipes", label: "axis.recipes", format: "int"},
  {key: "complete", label: "axis.complete", format: "text:axis.complete_"}
];

/** A bar's tooltip: the year and its count, and for a partial year the words of its legend key. */
export function yearBarTitle({text, format}: Pick<PlotContext, "text" | "format">): (d: YearBarRow) => string {
  return (d) => `${d.year}${d.complete ? "" : ` (${text("legend.partial")})`}: ${format(d.recipes, "int")}`;
}

/**
 * The years only partly covered on a yearly line or dot chart: hollow dots off the line, in the series' colour,
 * each tagged with its year (the seasonal pace panels, the trends' small multiples). `channels` carries the chart's
 * facet, y channel, size and colour, which differ between the two.
 */
export function partialYearDots<T extends {year: number}>(
  data: T[],
  channels: Plot.DotOptions & {title: (d: T) => string}
): Plot.Dot {
  return Plot.dot(data, {...channels, x: "year", fill: "none", render: annotate(data, (d) => ({year: d.year}))});
}
