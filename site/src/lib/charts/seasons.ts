/**
 * What the seasonal views share (moved from views/seasonality_volume.ts and views/seasonality_duration.ts, so that
 * views never import views): the season colours, names and legends, a signed percentage, the marks and notes of the
 * interval dot plots (a season's quartiles, median, mean and the mean's 95 % interval), and the note that says where
 * an interval is narrower than its dot.
 */
import * as Plot from "@observablehq/plot";

import type {Season} from "../../../../queries/seasonality/_seasons.js";
import {SEASONS} from "../../../../queries/seasonality/_seasons.js";
import type {LegendEntry, PlotContext} from "../views.js";
import {LINE, SEASON_COLORS} from "./theme.js";

export const SEASON_FILL = SEASON_COLORS;

/** Text key of a season's name (capitalised, without article): `axis.season_Winter`. */
export const seasonKey = (season: Season): string => `axis.season_${season}`;

/** Table format that shows a season by its name from the text module. */
export const SEASON_FORMAT = "text:axis.season_";

/** Legend entries naming the four season colours. */
export const SEASON_LEGEND: LegendEntry[] = SEASONS.map((season) => ({
  label: seasonKey(season),
  color: SEASON_FILL[season]
}));

/** A fraction as a signed percentage in the reader's language: +10.2% / +10,2 %, −6.1%, 0%. */
export function signedPct(format: PlotContext["format"], fraction: number, digits = 1): string {
  const text = format(fraction, `pct|${digits}`);
  return Number((fraction * 100).toFixed(digits)) > 0 ? `+${text}` : text;
}

/** The significance of a Kruskal–Wallis test as a short chart note: "Kruskal–Wallis H = 10.8, p = 0.013". */
export function kruskalNote(
  k: {H: number; p: number; significant: boolean},
  {text, format}: Pick<PlotContext, "text" | "format">
): string {
  const note = `Kruskal–Wallis H = ${format(k.H, "1")}, ${format(k.p, "p")}`;
  return k.significant ? note : `${note} (${text("axis.not_significant")})`;
}

/** A 95 % interval's bounds, as the seasonal snapshots give them (null where a season has too few recipes). */
export type Bounds = {lower: number; upper: number} | null;

/**
 * The marks of an interval dot plot (the complexity score and the calories by season), one spec each, which their
 * legend keys (export.ts legendKey) draw too: the interquartile range a pale band in the season's colour, the median
 * a tick across it in the text colour, the mean a dot in the season's colour over the mean's interval.
 */
export const INTERVAL_DOT = {
  quartiles: {strokeWidth: 8, strokeOpacity: 0.45},
  median: {strokeWidth: 2.5, inset: 6},
  mean: {r: 6}
} as const;

/**
 * The legend of an interval dot plot, each key drawn like its mark, in the text colour: the marks take their season's
 * colour, which the axis names, and a key in one season's colour read as that season's only. An in-chart text key
 * ("● mean | median ▬ interquartile range") drew the pale band as a dark bar.
 */
export const INTERVAL_DOT_LEGEND: LegendEntry[] = [
  {label: "axis.mean", color: "currentColor", shape: "disc"},
  {label: "axis.median", color: "currentColor", shape: "medianTick"},
  {label: "axis.iqr", color: "currentColor", shape: "quartiles"},
  {label: "axis.interval", color: "currentColor", shape: "whiskerLevel"}
];

/** The season legend of the charts that draw each season as a dot (the dumbbells): a dot per season, as drawn. */
export const SEASON_DOT_LEGEND: LegendEntry[] = SEASON_LEGEND.map((entry) => ({...entry, shape: "disc"}));

/**
 * The 95 % interval of each season's mean as a level whisker across its row (LINE.whisker, in the text colour),
 * drawn over the quartile band and under the dot; seasons without an interval draw none. `options` adds a facet.
 */
export function meanIntervalRule<Row extends {season: Season}>(
  rows: readonly Row[],
  interval: (d: Row) => Bounds,
  options: Plot.RuleYOptions = {}
): Plot.RuleY {
  return Plot.ruleY(
    rows.filter((d) => interval(d) !== null),
    {
      ...options,
      y: "season",
      x1: (d: Row) => interval(d)!.lower,
      x2: (d: Row) => interval(d)!.upper,
      stroke: "currentColor",
      ...LINE.whisker
    }
  );
}

/** Where each season's quartiles, median, mean and the mean's interval are, for `intervalDots`. */
export interface IntervalDotFields<Row> {
  q25: (d: Row) => number;
  median: (d: Row) => number;
  q75: (d: Row) => number;
  mean: (d: Row) => number;
  interval: (d: Row) => Bounds;
}

/**
 * The marks of an interval dot plot, one row per season (INTERVAL_DOT): the quartile band, the median tick, the
 * mean's interval and the mean's dot, whose tooltip is `title`.
 */
export function intervalDots<Row extends {season: Season}>(
  rows: readonly Row[],
  at: IntervalDotFields<Row>,
  title: (d: Row) => string
): Plot.Markish[] {
  return [
    Plot.ruleY(rows, {
      y: "season",
      x1: at.q25,
      x2: at.q75,
      stroke: (d: Row) => SEASON_FILL[d.season],
      ...INTERVAL_DOT.quartiles
    }),
    Plot.tickX(rows, {y: "season", x: at.median, ...INTERVAL_DOT.median}),
    // The mean's 95 % interval, over the quartile band like the trends' whiskers.
    meanIntervalRule(rows, at.interval),
    Plot.dot(rows, {
      y: "season",
      x: at.mean,
      ...INTERVAL_DOT.mean,
      fill: (d: Row) => SEASON_FILL[d.season],
      stroke: "var(--plot-background)",
      title
    })
  ];
}

/** How many of the drawn intervals a dot hides: none, some or all of them. */
export type HiddenIntervals = "none" | "some" | "all";

/** The intervals a chart draws, each around its dot of radius `r` (px) at `x`. */
export interface DrawnIntervals<Row> {
  rows: readonly Row[];
  x: (d: Row) => number;
  interval: (d: Row) => Bounds;
  r: (d: Row) => number;
}

/**
 * Whether the dots hide their intervals on a drawn x scale: an interval is hidden when both its ends lie within a
 * pixel of its dot's edge (the dot's outline in the background colour covers that pixel).
 */
export function hiddenIntervals<Row>(drawn: DrawnIntervals<Row>, x: (value: number) => number): HiddenIntervals {
  const rows = drawn.rows.filter((d) => drawn.interval(d) !== null);
  const hidden = rows.filter((d) => {
    const {lower, upper} = drawn.interval(d)!;
    const centre = x(drawn.x(d));
    const reach = drawn.r(d) + 1;
    return Math.abs(x(lower) - centre) <= reach && Math.abs(x(upper) - centre) <= reach;
  }).length;
  return hidden === 0 ? "none" : hidden === rows.length ? "all" : "some";
}

/**
 * A note whose text depends on whether the dots hide their intervals as drawn, which only the drawn scale tells (a
 * phone drawing hides more than the wide one): one text mark per case, each drawn only in its case (none for an
 * empty text). The 95 %
 * intervals of most seasonal means are narrower than their dots; without the note a reader would look for them in
 * vain.
 */
export function intervalAwareText<Row>(
  drawn: DrawnIntervals<Row>,
  note: (hidden: HiddenIntervals) => string,
  options: Plot.TextOptions
): Plot.Markish[] {
  const states = (["none", "some", "all"] as const).filter((state) => note(state) !== "");
  return states.map((state) =>
    Plot.text([note(state)], {
      // Plot sets lines one em apart, where a line's descenders touch the next one's capitals.
      lineHeight: 1.3,
      ...options,
      text: (d: string) => d,
      render: (index, scales, values, dimensions, context, next) =>
        scales.x && hiddenIntervals(drawn, scales.x) === state
          ? next!(index, scales, values, dimensions, context)
          : null
    })
  );
}

/** The line that says the dots hide their intervals ("all" or "some" of them), none when every interval shows. */
export function hiddenLine(hidden: HiddenIntervals, text: (key: string) => string): string[] {
  return hidden === "none" ? [] : [text(`axis.interval_hidden_${hidden}`)];
}

/**
 * The notes of an interval dot plot: the test's result and, where the dots hide intervals, a line saying so under it,
 * at the top left (both at the top, the French line ran into the test's result at 1280 px). On a phone from the
 * drawing's left edge (`marginLeft` is the chart's) and wrapped to its width, where "… (not significant)" fits: from
 * the plot's edge it ran past the drawing's right edge. The chart leaves NOTES_TOP of margin above its plot for them.
 */
export function intervalNotes<Row>(
  note: string,
  drawn: DrawnIntervals<Row>,
  {narrow, width, text}: Pick<PlotContext, "narrow" | "width" | "text">,
  marginLeft = 0
): Plot.Markish[] {
  return intervalAwareText(drawn, (hidden) => [note, ...hiddenLine(hidden, text)].join("\n"), {
    frameAnchor: "top-left",
    lineAnchor: "top",
    fill: "currentColor",
    dx: narrow ? Math.min(0, 8 - marginLeft) : 0,
    dy: -(NOTES_TOP[narrow ? "narrow" : "wide"] - 8),
    lineWidth: narrow ? (width - 16) / 10 : undefined,
    fontSize: narrow ? 10 : 11
  });
}

/** The top margin an interval dot plot keeps for its notes (px): three lines on a phone, two on the wide drawing. */
export const NOTES_TOP = {narrow: 60, wide: 44} as const;
