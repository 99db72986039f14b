/**
 * The ratings page draws each monthly series over time once; where another analysis needs the same months, it
 * draws how their values are distributed instead (monthBins), which costs a few bars rather than a dot per month.
 *
 * The ratings page's monthly mean-rating charts share one frame (size, the mean-rating y axis, dot radii) and one
 * mark (a dot per month, sized by its volume or weight, with the month's mean and volume as tooltip), so the
 * figures of ratings_trend, ratings_validation and ratings_distribution read alike.
 */
import * as Plot from "@observablehq/plot";

import type {PlotContext} from "../views.js";
import {COLORS} from "./theme.js";
import {monthDate} from "./time.js";

/** A month of mean ratings, as the ratings snapshots carry it. */
export interface MonthlyMean {
  month: string;
  mean: number;
  n: number;
}

/** The mean-rating axis' domain: the monthly means with a little room above and below. */
export function meanRatingDomain(means: readonly number[]): [number, number] {
  return [Math.min(...means) - 0.02, Math.max(...means) + 0.02];
}

/** How many ticks the mean-rating axis asks for: about one per 40 px of its height. */
const MEAN_RATING_TICKS = {narrow: 5, wide: 8} as const;

/** The largest dot radius on the mean-rating charts, in px (the series' dots sized by volume; the scatter's are less). */
const MAX_RADIUS = {narrow: 5, wide: 8} as const;
/** Top of the axis-break sign above the frame's foot (marks.ts axisBreak) plus 2 px of clearance, in px. */
const BREAK_ROOM = 18;

/**
 * Size, margins, the mean-rating y axis over `domain` and the dot radii of a monthly mean-rating chart. The domain is
 * widened to the ticks drawn (Plot's nice, with the tick count the axis draws), so that both ends carry a labelled tick:
 * on `domain` as given, the lowest month sat below the lowest tick, where its value could not be read.
 */
export function meanRatingFrame(
  {width, narrow, text, format}: PlotContext,
  domain: readonly [number, number]
): Plot.PlotOptions {
  const ticks = narrow ? MEAN_RATING_TICKS.narrow : MEAN_RATING_TICKS.wide;
  const nice = Plot.scale({y: {domain: [...domain], nice: ticks}}).domain as number[];
  return {
    width,
    height: narrow ? 260 : 340,
    marginLeft: narrow ? 44 : 52,
    y: {
      label: text("axis.meanRating"),
      grid: true,
      tickFormat: (v: number) => format(v, "2"),
      domain: [Math.min(...nice), Math.max(...nice)],
      ticks,
      // Room under the lowest tick for the axis-break sign (marks.ts axisBreak, drawn 7–16 px above the frame's
      // foot): a dot on the lowest tick, of the largest radius, stays 2 px above it. The sign touched the scatter's
      // lowest point and sat beside the first month's dot.
      insetBottom: BREAK_ROOM + (narrow ? MAX_RADIUS.narrow : MAX_RADIUS.wide)
    },
    r: {range: [1, narrow ? MAX_RADIUS.narrow : MAX_RADIUS.wide]}
  };
}

/**
 * One dot per month at its mean rating: x by month (or a channel such as "n"), radius by `r` (a channel, or a fixed
 * radius where the size would repeat what an axis already shows), tooltip with the mean and the month's volume.
 */
export function monthlyMeanDots<M extends MonthlyMean>(
  months: readonly M[],
  {format}: PlotContext,
  options: {r: (keyof M & string) | number; color: string; fillOpacity: number; x?: keyof M & string}
): Plot.Dot {
  return Plot.dot(months, {
    x: options.x ?? ((m: M) => monthDate(m.month)),
    y: "mean",
    r: options.r,
    fill: options.color,
    fillOpacity: options.fillOpacity,
    stroke: options.color,
    strokeWidth: 0.8,
    title: (m: M) => `${m.month}: ${format(m.mean, "3")} (n = ${format(m.n, "int")})`
  });
}

/** A bin of months: how many months have a value in [x0, x1). */
export interface MonthBin {
  x0: number;
  x1: number;
  months: number;
}

/** Months binned by a value, about `count` bins across its range, on round edges (0.01, 0.02, 0.05…). */
export function monthBins(values: readonly number[], count = 24): MonthBin[] {
  const low = Math.min(...values);
  const rough = Math.max(Math.max(...values) - low, 1e-6) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= rough)!;
  // The small epsilon keeps a value on an edge (4.62 / 0.01) in the bin that starts there despite rounding.
  const index = (value: number): number => Math.floor(value / step + 1e-9);
  const counts = new Map<number, number>();
  for (const value of values) counts.set(index(value), (counts.get(index(value)) ?? 0) + 1);
  const first = index(low);
  const last = Math.max(...counts.keys());
  return Array.from({length: last - first + 1}, (_, i) => ({
    x0: (first + i) * step,
    x1: (first + i + 1) * step,
    months: counts.get(first + i) ?? 0
  }));
}

/** The table columns of a month histogram: each bin's edges and its count of months. */
export const MONTH_BIN_COLUMNS = [
  {key: "x0", label: "axis.binFrom", format: "3"},
  {key: "x1", label: "axis.binTo", format: "3"},
  {key: "months", label: "axis.monthCount", format: "int"}
] as const;

/** The side margins of a month histogram (px). */
const HISTOGRAM_MARGIN = {narrow: {left: 40, right: 16}, wide: {left: 48, right: 16}} as const;

/** How many pixels `span` (a width in the values' unit) takes on a month histogram `width` px wide over `bins`. */
export function histogramPixels(bins: readonly MonthBin[], span: number, width: number, narrow: boolean): number {
  const margin = HISTOGRAM_MARGIN[narrow ? "narrow" : "wide"];
  return (span / (bins[bins.length - 1]!.x1 - bins[0]!.x0)) * (width - margin.left - margin.right);
}

/**
 * A histogram of months (monthBins): its frame, axes and bars; `marks` are drawn over the bars (a mean, its band).
 * The monthly means (ratings_distribution) and the monthly spreads (ratings_trend) are drawn with it.
 */
export function monthHistogram(
  bins: readonly MonthBin[],
  {width, narrow, text, format}: PlotContext,
  xLabel: string,
  marks: Plot.Markish[]
): Plot.PlotOptions {
  const maxBin = Math.max(...bins.map((b) => b.months));
  return {
    width,
    height: narrow ? 240 : 300,
    marginLeft: HISTOGRAM_MARGIN[narrow ? "narrow" : "wide"].left,
    marginRight: HISTOGRAM_MARGIN[narrow ? "narrow" : "wide"].right,
    x: {
      label: text(xLabel),
      domain: [bins[0]!.x0, bins[bins.length - 1]!.x1],
      ticks: narrow ? 4 : 8,
      tickFormat: (v: number) => format(v, "2")
    },
    y: {label: text("axis.monthCount"), grid: true, domain: [0, maxBin * 1.1], nice: true},
    marks: [
      Plot.rectY(bins, {
        x1: "x0",
        x2: "x1",
        y: "months",
        fill: COLORS.observed,
        insetLeft: 0.5,
        insetRight: 0.5,
        title: (b: MonthBin) =>
          `${format(b.x0, "3")}–${format(b.x1, "3")}: ${format(b.months, "int")} ${text("axis.monthsUnit")}`
      }),
      ...marks,
      Plot.ruleY([0])
    ]
  };
}
