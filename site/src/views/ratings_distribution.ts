/**
 * The ratings page's distribution analysis: how the monthly means spread around their weighted mean and its
 * interval (a histogram of the means: the means over time are drawn once, by ratings_trend), the two estimates of
 * the typical rating as a dot-and-interval plot, and the histogram of stars.
 */
import * as Plot from "@observablehq/plot";

import {printedDifference} from "../../../pipeline/narrative.js";
import type {RatingsDistribution} from "../../../queries/ratings/ratings_distribution.schema.js";
import {
  annotate,
  axisBreak,
  COLORS,
  HALO,
  laneGridX,
  LINE,
  MONTH_BIN_COLUMNS,
  monthBins,
  monthHistogram,
  histogramPixels
} from "../lib/charts/index.js";
import {withInterval} from "../lib/intervalText.js";
import type {MonthBin} from "../lib/charts/index.js";
import {defineFigure, defineView, NARROW_WIDTH} from "../lib/views.js";

type Bar = RatingsDistribution["histogram"][number];

interface Estimate {
  estimate: "weightedMean" | "rowMean";
  mean: number;
  lower: number;
  upper: number;
}

const ESTIMATE_COLORS: Record<Estimate["estimate"], string> = {
  weightedMean: COLORS.weighted,
  rowMean: COLORS.unweighted
};

export const view = defineView<RatingsDistribution>({
  kpis: (s) => [
    {key: "weightedMean", value: s.weighted.mean, format: "3|unit:stars"},
    {key: "interval", value: s.weighted.halfWidth, format: "sig|2|unit:stars"},
    {key: "rowMean", value: s.rowLevel.mean, format: "3|unit:stars"},
    {key: "range", value: printedDifference(s.stability.max, s.stability.min, "3"), format: "3|unit:stars"},
    {key: "shareFive", value: s.shares.five, format: "pct|1"},
    {key: "shareTwoOrLess", value: s.shares.twoOrLess, format: "pct|1"}
  ],
  figures: (s) => {
    const months = s.months;
    const w = s.weighted;
    const bins = monthBins(months.map((m) => m.mean));
    const estimates: Estimate[] = [
      {estimate: "weightedMean", mean: w.mean, lower: w.lower, upper: w.upper},
      {estimate: "rowMean", mean: s.rowLevel.mean, lower: s.rowLevel.lower, upper: s.rowLevel.upper}
    ];
    const low = Math.min(...estimates.map((e) => e.lower));
    const high = Math.max(...estimates.map((e) => e.upper));
    const pad = (high - low) * 0.25;
    // The band's width in pixels on the phone's histogram, the narrowest drawing.
    const bandHidden = histogramPixels(bins, w.upper - w.lower, NARROW_WIDTH, true) < 2 * LINE.fit.strokeWidth;
    return [
      defineFigure<MonthBin>({
        key: "series",
        data: bins,
        columns: [...MONTH_BIN_COLUMNS],
        legend: [
          {label: "legend.month", color: COLORS.observed},
          {label: "legend.weightedMean", color: COLORS.weighted, shape: "fit"},
          // A band a few pixels wide lies under the dashed mean (2.5 px): the key says so rather than promise a band
          // a reader would look for in vain. Judged at the phone's width, the narrowest drawing.
          {label: bandHidden ? "legend.intervalUnderLine" : "legend.interval", color: COLORS.weighted, shape: "band"}
        ],
        plot: (ctx) =>
          monthHistogram(bins, ctx, "axis.meanRating", [
            // The band over the bars, translucent: under them the bars would hide it.
            Plot.rectX([w], {x1: "lower", x2: "upper", fill: COLORS.weighted, ...LINE.band}),
            Plot.ruleX([w.mean], {stroke: COLORS.weighted, ...LINE.fit})
          ])
      }),
      defineFigure<Estimate>({
        key: "intervals",
        data: estimates,
        columns: [
          {key: "estimate", label: "axis.estimate", format: "text:legend."},
          {key: "mean", label: "axis.meanRating", format: "4"},
          {key: "lower", label: "axis.lower", format: "4"},
          {key: "upper", label: "axis.upper", format: "4"}
        ],
        // The "//" on the x axis (axisBreak): without a key a reader could not tell what it meant.
        legend: [{label: "legend.axisBreak", color: "currentColor", shape: "axisBreakX"}],
        plot: ({width, narrow, text, format, lang}) => {
          const label = (e: Estimate): string =>
            // Three decimals, as the prose: the bounds of the mean of all ratings stay apart at three.
            withInterval(format(e.mean, "3"), format(e.lower, "3"), format(e.upper, "3"), lang);
          return {
            width,
            height: narrow ? 200 : 170,
            marginLeft: 12,
            marginRight: 12,
            marginTop: 8,
            marginBottom: 40,
            x: {label: text("axis.meanRating"), grid: true, domain: [low - pad, high + pad], ticks: narrow ? 3 : 6},
            y: {axis: null, domain: estimates.map((e) => e.estimate), padding: 0.15, insetBottom: 10},
            marks: [
              laneGridX(4),
              // The axis line the break sign cuts: without it the "//" floated under the last row.
              Plot.frame({anchor: "bottom"}),
              axisBreak("x"),
              Plot.ruleY(estimates, {
                y: "estimate",
                x1: "lower",
                x2: "upper",
                dy: 10,
                stroke: (e: Estimate) => ESTIMATE_COLORS[e.estimate],
                strokeWidth: 3
              }),
              Plot.dot(estimates, {
                y: "estimate",
                x: "mean",
                dy: 10,
                r: 5.5,
                stroke: (e: Estimate) => ESTIMATE_COLORS[e.estimate],
                strokeWidth: 2,
                fill: (e: Estimate) => ESTIMATE_COLORS[e.estimate],
                title: (e: Estimate) => `${text(`legend.${e.estimate}`)}: ${label(e)}`
              }),
              Plot.text(estimates, {
                y: "estimate",
                frameAnchor: "left",
                ...HALO,
                text: (e: Estimate) => `${text(`legend.${e.estimate}`)}${narrow ? "\n" : " — "}${label(e)}`,
                textAnchor: "start",
                lineAnchor: "bottom",
                dy: -1,
                fontSize: narrow ? 11 : 12,
                lineWidth: narrow ? 26 : 60,
                fill: "currentColor"
              })
            ]
          };
        }
      }),
      defineFigure<Bar>({
        key: "histogram",
        data: s.histogram,
        columns: [
          {key: "rating", label: "axis.stars", format: "year"},
          {key: "count", label: "axis.ratings", format: "int"},
          {key: "share", label: "axis.share", format: "pct|1"}
        ],
        plot: ({width, narrow, text, format}) => ({
          width,
          height: narrow ? 220 : 280,
          marginLeft: narrow ? 44 : 52,
          marginTop: 24,
          x: {label: text("axis.stars"), tickFormat: (r: number) => `${r} ★`, padding: 0.25},
          y: {label: text("axis.share"), percent: true, grid: true, domain: [0, 100]},
          marks: [
            Plot.barY(s.histogram, {
              x: "rating",
              y: "share",
              fill: COLORS.observed,
              title: (b: Bar) => `${b.rating} ★: ${format(b.share, "pct|1")} (${format(b.count, "int")})`,
              render: annotate(s.histogram, (b) => ({rating: b.rating}))
            }),
            Plot.text(s.histogram, {
              x: "rating",
              y: "share",
              text: (b: Bar) => format(b.share, "pct|1"),
              dy: -8,
              fontSize: narrow ? 10 : 11,
              fill: "currentColor"
            }),
            Plot.ruleY([0])
          ]
        })
      })
    ];
  }
});
