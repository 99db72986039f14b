/**
 * The ratings page's trend analysis: monthly mean ratings (dots sized by volume) with the dashed WLS trend, how the
 * spread of ratings within a month varies across months (a histogram), and volume against mean rating with the WLS line. This is the one figure of
 * the monthly means over time on the page (the page weighs too much if each analysis draws them again); the volume
 * of each month is its dot's size here and its bar in ratings_validation's weights figure. In the scatter of volume
 * against mean rating the volume is the x axis, on a log scale (the quiet months piled up against the y axis on a
 * linear one), and the dots are all one size: sized by volume too, they said twice what the axis says.
 */
import * as Plot from "@observablehq/plot";

import type {RatingsTrend} from "../../../queries/ratings/ratings_trend.schema.js";
import {
  axisBreak,
  COLORS,
  LINE,
  logAxis,
  meanRatingDomain,
  meanRatingFrame,
  monthAxis,
  monthBins,
  monthDate,
  MONTH_BIN_COLUMNS,
  monthHistogram,
  monthlyMeanDots
} from "../lib/charts/index.js";
import type {MonthBin} from "../lib/charts/index.js";
import {defineFigure, defineView} from "../lib/views.js";

type Month = RatingsTrend["months"][number];

export const view = defineView<RatingsTrend>({
  kpis: (s) => [
    {key: "slopePerYear", value: s.trend.slopePerYear, format: "scale:10|ssig|2"},
    {key: "spearman", value: s.volumeQuality.spearman, format: "signed|3"},
    {key: "weightedMeanStd", value: s.spread.weightedMeanStd, format: "3"}
  ],
  figures: (s) => {
    const months = s.months;
    const columns = [
      {key: "month", label: "axis.month", format: "year"},
      {key: "n", label: "axis.volume", format: "int"},
      {key: "mean", label: "axis.meanRating", format: "3"},
      {key: "median", label: "axis.median", format: "1"},
      {key: "std", label: "axis.std", format: "3"}
    ];
    const means = months.map((m) => m.mean);
    const meanDomain = meanRatingDomain(means);
    const trend = [s.trendLine.start, s.trendLine.end].map((p) => ({date: monthDate(p.month), value: p.value}));
    const minN = Math.min(...months.map((m) => m.n));
    const maxN = Math.max(...months.map((m) => m.n));
    const vq = s.volumeQuality;
    const stdBins = monthBins(months.map((m) => m.std));
    // The WLS line is straight in volume: on the log axis it is drawn through points spread evenly in log volume, so
    // a sloped line shows as the curve it is there.
    const LINE_POINTS = 48;
    const volumeLine = Array.from({length: LINE_POINTS + 1}, (_, i) => {
      const n = minN * (maxN / minN) ** (i / LINE_POINTS);
      return {n, value: vq.intercept + (vq.slopePer1000 * n) / 1000};
    });
    return [
      defineFigure<Month>({
        key: "series",
        data: months,
        columns,
        legend: [
          {label: "legend.mean", color: COLORS.observed, shape: "circle"},
          {label: "legend.dotArea", color: COLORS.observed, shape: "sizes"},
          {label: "legend.trend", color: COLORS.weighted, shape: "fit"},
          // The mean-rating axis is zoomed (meanRatingFrame), as in the other ratings charts: the "//" says so.
          {label: "legend.axisBreak", color: "currentColor", shape: "axisBreakY"}
        ],
        plot: (ctx) => ({
          ...meanRatingFrame(ctx, meanDomain),
          x: monthAxis(ctx.text, ctx.narrow),
          marks: [
            axisBreak("y"),
            monthlyMeanDots(months, ctx, {r: "n", color: COLORS.observed, fillOpacity: 0.45}),
            Plot.line(trend, {x: "date", y: "value", stroke: COLORS.weighted, ...LINE.fit})
          ]
        })
      }),
      defineFigure<MonthBin>({
        key: "spread",
        data: stdBins,
        columns: [...MONTH_BIN_COLUMNS],
        legend: [
          {label: "legend.std", color: COLORS.observed},
          {label: "legend.weightedMeanStd", color: "currentColor", shape: "reference"}
        ],
        plot: (ctx) =>
          monthHistogram(stdBins, ctx, "axis.std", [Plot.ruleX([s.spread.weightedMeanStd], {...LINE.reference})])
      }),
      defineFigure<Month>({
        key: "volume_quality",
        data: months,
        // What the scatter draws; the month's median and spread are in the series figure's table.
        columns: columns.filter((c) => ["month", "n", "mean"].includes(c.key)),
        legend: [
          {label: "legend.mean", color: COLORS.observed, shape: "circle"},
          {label: "legend.volumeFit", color: COLORS.weighted, shape: "fit"},
          {label: "legend.axisBreak", color: "currentColor", shape: "axisBreakY"}
        ],
        plot: (ctx) => ({
          ...meanRatingFrame(ctx, meanDomain),
          x: {
            label: ctx.text("axis.volumeLog"),
            grid: true,
            ...logAxis(minN, maxN, ctx.narrow),
            tickFormat: (v: number) => ctx.format(v, "int")
          },
          marks: [
            axisBreak("y"),
            monthlyMeanDots(months, ctx, {
              x: "n",
              r: ctx.narrow ? 2.5 : 3.5,
              color: COLORS.observed,
              fillOpacity: 0.45
            }),
            Plot.line(volumeLine, {x: "n", y: "value", stroke: COLORS.weighted, ...LINE.fit})
          ]
        })
      })
    ];
  }
});
