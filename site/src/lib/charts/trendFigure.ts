/**
 * One yearly trend chart (moved from views/trends_complexity.ts, so that views never import views): the yearly
 * means as a line with dots sized by the year's recipes, an optional band, and the dashed WLS line annotated with
 * its slope and p. The complexity and nutrition trends draw every measure with it.
 */
import * as Plot from "@observablehq/plot";

import type {TrendFit, YearInterval} from "../../../../queries/trends/_schema.js";
import type {ColumnSpec, FigureSpec, LegendEntry, PlotContext} from "../views.js";
import {defineFigure} from "../views.js";
import {annotate, COLORS, HALO, labelWidth, LINE, tagGroup, tickedDomain, yearAxis} from "./index.js";

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

/** Positions of the plot's scales, as a render function receives them. */
interface FitScales {
  x: (year: number) => number;
  y: (value: number) => number;
  r?: (recipes: number) => number;
}

/** A vertical extent per year in data units: a band (low < high) or a line (low = high), joined from year to year. */
type Span = ReadonlyArray<{year: number; low: number; high: number}>;

export interface FitLabelInput {
  scales: FitScales;
  dimensions: {
    width: number;
    height: number;
    marginTop: number;
    marginRight: number;
    marginBottom: number;
    marginLeft: number;
  };
  fit: TrendFit;
  years: readonly number[];
  /** The label's box in pixels. */
  size: {width: number; height: number};
  obstacles: {
    dots: ReadonlyArray<{year: number; value: number; recipes: number}>;
    spans: readonly Span[];
  };
}

/**
 * Where the fit's name goes: beside an end of the fit line (the last year first), under or over it, a few pixels
 * away, at the first place where its box keeps 2 px off every dot, band and the series line and stays in the
 * plot; undefined when there is none, and the legend alone keys the fit. It was always written under the line's
 * last point, where on the steps, ingredients, complexity and protein trends it lay on dots and bands.
 */
export function fitLabelPlace({
  scales,
  dimensions,
  fit,
  years,
  size,
  obstacles
}: FitLabelInput): {x: number; y: number; anchor: "start" | "end"} | undefined {
  const {x, y, r} = scales;
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const pad = 2;
  const fitAt = (px: number): number => {
    const [x0, x1] = [x(first), x(last)];
    const t = x1 === x0 ? 0 : (px - x0) / (x1 - x0);
    return y(fitted(fit, first + t * (last - first)));
  };
  const inPlot = (b: Box) =>
    b.left >= dimensions.marginLeft &&
    b.right <= dimensions.width - dimensions.marginRight &&
    b.top >= dimensions.marginTop &&
    b.bottom <= dimensions.height - dimensions.marginBottom;
  const hitsSpan = (span: Span, b: Box): boolean => {
    const points = span.map((p) => ({x: x(p.year), a: y(p.low), b: y(p.high)}));
    for (let px = b.left - pad; px <= b.right + pad; px += 1) {
      for (let i = 0; i + 1 < points.length; i++) {
        const [p, q] = [points[i]!, points[i + 1]!];
        if (px < p.x || px > q.x) continue;
        const t = q.x === p.x ? 0 : (px - p.x) / (q.x - p.x);
        const [ya, yb] = [p.a + t * (q.a - p.a), p.b + t * (q.b - p.b)];
        if (Math.max(ya, yb) >= b.top - pad && Math.min(ya, yb) <= b.bottom + pad) return true;
      }
    }
    return false;
  };
  const hitsDot = (b: Box): boolean =>
    obstacles.dots.some((d) => {
      const [cx, cy, radius] = [x(d.year), y(d.value), r ? r(d.recipes) : 3];
      const dx = Math.max(b.left - cx, 0, cx - b.right);
      const dy = Math.max(b.top - cy, 0, cy - b.bottom);
      return Math.hypot(dx, dy) < radius + pad;
    });
  for (const end of ["last", "first"] as const) {
    const anchor = end === "last" ? "end" : "start";
    const px = end === "last" ? x(last) - 4 : x(first) + 4;
    const [left, right] = end === "last" ? [px - size.width, px] : [px, px + size.width];
    const fitYs = [fitAt(left), fitAt(right)];
    for (const gap of [6, 14, 22]) {
      for (const side of ["below", "above"] as const) {
        const top = side === "below" ? Math.max(...fitYs) + gap : Math.min(...fitYs) - gap - size.height;
        const b: Box = {left, right, top, bottom: top + size.height};
        if (!inPlot(b) || hitsDot(b) || obstacles.spans.some((s) => hitsSpan(s, b))) continue;
        return {x: px, y: top + size.height / 2, anchor};
      }
    }
  }
  return undefined;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
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
  // The interval is a band on every trend (LINE.band); beside it the ±1 SD spread is the lighter fill edged with
  // dotted lines in the neutral grey (LINE.spread): in the observed hue both were one dark brown on the dark card.
  // The score drew whiskers there, the one trend whose interval looked unlike the others'.
  // The extent of everything drawn, the same for every drawing (wide, narrow).
  const top = Math.max(
    ...rows.flatMap((r) => [value(r), band?.high(r) ?? 0, interval?.(r)?.upper ?? 0, fitted(fit, r.year)])
  );
  // A year of few recipes has a spread or an interval reaching under zero: the axis follows it to a tick there.
  const bottom = Math.min(
    ...rows.flatMap((r) => [value(r), band?.low(r) ?? 0, interval?.(r)?.lower ?? 0, fitted(fit, r.year)])
  );
  const legend: LegendEntry[] = [
    {label, color: COLORS.observed, shape: "joinedDots"},
    // The dots' size carries the year's recipes, which nothing else on the chart says.
    {label: "axis.dot_area", color: COLORS.observed, shape: "sizes"},
    ...(interval ? [{label: "axis.interval", color: COLORS.observed, shape: "band"} as const] : []),
    ...(band ? [{label: options.bandLabel ?? band.label, color: COLORS.muted, shape: "spread"} as const] : []),
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
        // On a phone, room for the fit note's three lines at 1.3 em under the axis' name: at 64 px and Plot's 1 em the
        // lines touched one another and the name.
        marginTop: narrow ? 78 : 50,
        x: yearAxis(text("axis.year"), years, narrow),
        // From zero: a change of half an ingredient in twenty years must not look like a boom. The top is a labelled
        // tick above every dot, band and interval (tickedDomain): Plot's nice rounded for more ticks than a phone draws,
        // and the carbohydrate share's first years rose above the last tick.
        y: {label: text(label), grid: true, ...tickedDomain(top, narrow ? 5 : 7, bottom)},
        r: {domain: [0, maxRecipes], range: narrow ? [1.5, 5] : [1.5, 7]},
        marks: [
          ...(band
            ? [
                Plot.areaY(bandRows, {
                  x: "year",
                  y1: (d: Row) => band.low(d),
                  y2: (d: Row) => band.high(d),
                  fill: COLORS.muted,
                  ...LINE.spread,
                  render: tagGroup({role: "band"})
                }),
                ...[band.low, band.high].map((edge) =>
                  Plot.line(bandRows, {
                    x: "year",
                    y: (d: Row) => edge(d),
                    stroke: COLORS.muted,
                    ...LINE.spreadEdge,
                    render: tagGroup({role: "band"})
                  })
                )
              ]
            : []),
          ...(interval
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
          // the fit a thicker dash drawn over that line and the dots and named at its end, so both read.
          Plot.line(rows, {
            x: "year",
            y: value,
            stroke: COLORS.observed,
            ...LINE.joined,
            render: tagGroup({role: "series"})
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
          // Over the dots: under them the dashed fit was mostly hidden on the dark card, where the dots are the brighter.
          Plot.line(line, {
            x: "year",
            y: "value",
            stroke: COLORS.weighted,
            ...LINE.fit,
            render: tagGroup({role: "fit", slope: fit.slope, intercept: fit.intercept})
          }),
          // After the dots, at a place free of data (fitLabelPlace), or not at all: the legend keys the fit too.
          Plot.text([line[1]!], {
            x: "year",
            y: "value",
            text: () => text("axis.trend"),
            fontSize: narrow ? 10 : 11,
            fontWeight: 600,
            fill: COLORS.weighted,
            pointerEvents: "none",
            ...HALO,
            render(index, scales, values, dimensions, context, next) {
              const fontSize = narrow ? 10 : 11;
              const place = fitLabelPlace({
                scales: scales as unknown as FitScales,
                dimensions,
                fit,
                years,
                size: {width: labelWidth(text("axis.trend"), fontSize), height: fontSize * 1.3},
                obstacles: {
                  dots: rows.map((d) => ({year: d.year, value: value(d), recipes: d.recipes})),
                  spans: [
                    rows.map((d) => ({year: d.year, low: value(d), high: value(d)})),
                    ...(band ? [bandRows.map((d) => ({year: d.year, low: band.low(d)!, high: band.high(d)!}))] : []),
                    ...(interval
                      ? [intervalRows.map((d) => ({year: d.year, low: interval(d)!.lower, high: interval(d)!.upper}))]
                      : [])
                  ]
                }
              });
              if (!place) return null;
              // The one label drawn at the chosen pixel position (Plot's text reads its x and y channels in pixels).
              const placed = Object.assign(Object.create(values) as typeof values, {x: [place.x], y: [place.y]});
              const g = next!(index, scales, placed, dimensions, context) as SVGElement;
              g.setAttribute("text-anchor", place.anchor);
              g.setAttribute("data-role", "fit-label");
              return g;
            }
          }),
          Plot.text([fitNote(fit, slopeFormat, ctx)], {
            frameAnchor: "top-left",
            text: (d: string) => d,
            // Well above the top gridline: 6 px left the note's last line touching it.
            dy: -10,
            fontSize: narrow ? 10 : 11,
            lineAnchor: "bottom",
            lineHeight: 1.3,
            fill: "currentColor"
          })
        ]
      };
    }
  });
}
