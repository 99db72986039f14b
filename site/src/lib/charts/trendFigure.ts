/**
 * One yearly trend chart (moved from views/trends_complexity.ts, so that views never import views): the yearly
 * means as a line with dots sized by the year's recipes, an optional band, and the dashed WLS line annotated with
 * its slope and p. The complexity and nutrition trends draw every measure with it.
 */
import * as Plot from "@observablehq/plot";

import type {TrendFit, YearInterval} from "../../../../queries/trends/_schema.js";
import type {ColumnSpec, FigureSpec, LegendEntry, PlotContext} from "../views.js";
import {defineFigure} from "../views.js";
import {annotate, COLORS, HALO, LINE, tagGroup, yearAxis} from "./index.js";

interface YearBase {
  year: number;
  recipes: number;
}

export interface TrendFigureOptions<Row extends YearBase> {
  /** Figure key: its caption is `figure.<key>.caption`. */
  key: string;
  rows: readonly Row[];
  /** The yearly value drawn. */
  value: (row: Row) => number;
  /** Text key of the value's axis label and table column. */
  label: string;
  fit: TrendFit;
  /** Narrative format spec of the values ("2", "int"). */
  digits: string;
  /** Narrative format spec of the slope ("signed|3"). */
  slopeFormat: string;
  /** An optional shaded band around the value (±1 SD), its text key, and its own table columns. */
  band?: {low: (row: Row) => number | null; high: (row: Row) => number | null; label: string};
  /**
   * Text key of the band's legend entry. It was also written inside the band's top edge near the first year, where
   * the yearly interval whiskers crossed it on a small data set (legibility text-on-rule): the legend names it alone.
   */
  bandLabel?: string;
  /** The 95 % interval of the yearly value (null for a year without one), drawn as a band and listed in the table. */
  interval?: (row: Row) => YearInterval;
  extraColumns?: ReadonlyArray<ColumnSpec<Row>>;
}

/** The WLS line's value in a year. */
export function fitted(fit: TrendFit, year: number): number {
  return fit.intercept + fit.slope * year;
}

/**
 * The in-chart note of a fit: "Weighted trend (WLS): +0.085 points per year · p < 0.001 · R² 0.58", the slope in
 * the unit `slopeFormat` names and R² never rounded to a bound it does not reach (0.996, not 1.00), with "not
 * significant" appended when the slope's test does not reject zero (so significance never rests on the dash alone).
 */
export function fitNote(fit: TrendFit, slopeFormat: string, {text, format, narrow}: PlotContext): string {
  const slope = `${format(fit.slope, slopeFormat)} ${text("axis.per_year")}`;
  const test = `${format(fit.p, "p")} · R² ${format(fit.r2, "bounded|2")}${fit.direction === "flat" ? ` (${text("axis.not_significant")})` : ""}`;
  // On a phone the slope with its unit ("−0,525 point de % AJ par an") does not fit beside the fit's name.
  return narrow ? `${text("axis.trend")}:\n${slope}\n${test}` : `${text("axis.trend")}: ${slope} · ${test}`;
}

/** A yearly series with its WLS line, dots sized by recipes and a fit note; every year-based mark has data-year. */
export function trendFigure<Row extends YearBase>(options: TrendFigureOptions<Row>): FigureSpec<never> {
  const {key, rows, value, label, fit, digits, slopeFormat, band, interval} = options;
  const years = rows.map((r) => r.year);
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const maxRecipes = Math.max(...rows.map((r) => r.recipes));
  const line = [first, last].map((year) => ({year, value: fitted(fit, year)}));
  const bandRows = band ? rows.filter((r) => band.low(r) !== null && band.high(r) !== null) : [];
  const intervalRows = interval ? rows.filter((r) => interval(r) !== null) : [];
  // Beside a ±1 SD band of the same hue, a translucent interval band vanishes inside it: the interval becomes a
  // whisker per year and the spread a lighter fill, each with its own legend entry.
  const whiskers = interval !== undefined && band !== undefined;
  const legend: LegendEntry[] = [
    {label, color: COLORS.observed, shape: "joinedDots"},
    ...(interval
      ? [{label: "axis.interval", color: COLORS.observed, shape: whiskers ? "whisker" : "band"} as const]
      : []),
    ...(band ? [{label: options.bandLabel ?? band.label, color: COLORS.observed, shape: "spread"} as const] : []),
    {label: "axis.trend", color: COLORS.weighted, shape: "fit"}
  ];
  return defineFigure<Row>({
    key,
    data: rows,
    columns: [
      {key: "year", label: "axis.year", format: "year"},
      {key: "recipes", label: "axis.recipes", format: "int"},
      {key: "value", label, value, format: digits},
      ...(interval
        ? [
            {key: "lower", label: "axis.lower", value: (d: Row) => interval(d)?.lower ?? null, format: digits},
            {key: "upper", label: "axis.upper", value: (d: Row) => interval(d)?.upper ?? null, format: digits}
          ]
        : []),
      ...(options.extraColumns ?? []),
      {key: "trend", label: "axis.trend", value: (d) => fitted(fit, d.year), format: digits}
    ],
    legend,
    plot: (ctx) => {
      const {width, narrow, text, format} = ctx;
      const tip = (d: Row): string =>
        `${d.year}: ${format(value(d), digits)} (${format(d.recipes, "int")} ${text("axis.recipes").toLowerCase()})`;
      return {
        width,
        height: narrow ? 260 : 300,
        marginLeft: narrow ? 44 : 52,
        marginTop: narrow ? 60 : 46,
        x: yearAxis(text("axis.year"), years, narrow),
        // From zero: a change of half an ingredient in twenty years must not look like a boom.
        y: {label: text(label), grid: true, zero: true, nice: true},
        r: {domain: [0, maxRecipes], range: narrow ? [1.5, 5] : [1.5, 7]},
        marks: [
          ...(band
            ? [
                Plot.areaY(bandRows, {
                  x: "year",
                  y1: (d: Row) => band.low(d),
                  y2: (d: Row) => band.high(d),
                  fill: COLORS.observed,
                  ...LINE.spread,
                  render: tagGroup({role: "band"})
                })
              ]
            : []),
          ...(interval && whiskers
            ? [
                Plot.ruleX(intervalRows, {
                  x: "year",
                  y1: (d: Row) => interval(d)!.lower,
                  y2: (d: Row) => interval(d)!.upper,
                  stroke: COLORS.observed,
                  ...LINE.whisker,
                  render: tagGroup({role: "interval"})
                })
              ]
            : []),
          ...(interval && !whiskers
            ? [
                Plot.areaY(intervalRows, {
                  x: "year",
                  y1: (d: Row) => interval(d)!.lower,
                  y2: (d: Row) => interval(d)!.upper,
                  fill: COLORS.observed,
                  ...LINE.band,
                  render: tagGroup({role: "interval"})
                })
              ]
            : []),
          // Where the fit is near perfect the two lines coincide: the series is its dots joined by a thin line,
          // the fit a thicker dash drawn over that line (under the dots) and named at its end, so both read.
          Plot.line(rows, {
            x: "year",
            y: value,
            stroke: COLORS.observed,
            ...LINE.joined,
            render: tagGroup({role: "series"})
          }),
          Plot.line(line, {
            x: "year",
            y: "value",
            stroke: COLORS.weighted,
            ...LINE.fit,
            render: tagGroup({role: "fit", slope: fit.slope, intercept: fit.intercept})
          }),
          Plot.dot(rows, {
            x: "year",
            y: value,
            r: "recipes",
            fill: COLORS.observed,
            stroke: "var(--plot-background)",
            strokeWidth: 1,
            title: tip,
            className: "size-by-recipes",
            render: annotate(rows, (d) => ({year: d.year, recipes: d.recipes, value: value(d)}))
          }),
          // After the dots, so that no dot hides the fit's name; its halo keeps it readable where it crosses them.
          Plot.text([line[1]!], {
            x: "year",
            y: "value",
            text: () => text("axis.trend"),
            textAnchor: "end",
            lineAnchor: "top",
            dx: -4,
            dy: 10,
            fontSize: narrow ? 10 : 11,
            fontWeight: 600,
            fill: COLORS.weighted,
            pointerEvents: "none",
            ...HALO
          }),
          Plot.text([fitNote(fit, slopeFormat, ctx)], {
            frameAnchor: "top-left",
            text: (d: string) => d,
            dy: -6,
            fontSize: narrow ? 10 : 11,
            lineAnchor: "bottom",
            fill: "currentColor"
          })
        ]
      };
    }
  });
}
