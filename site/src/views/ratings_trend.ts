/**
 * The ratings page's trend analysis: monthly mean ratings (dots sized by volume) with the dashed WLS trend, ratings
 * per month, the spread of ratings within each month, and volume against mean rating with the WLS line.
 */
import * as Plot from "@observablehq/plot";

import type {RatingsTrend} from "../../../queries/ratings/ratings_trend.schema.js";
import {
  COLORS,
  LINE,
  meanRatingDomain,
  meanRatingFrame,
  monthAxis,
  monthDate,
  monthlyMeanDots
} from "../lib/charts/index.js";
import {defineFigure, defineView} from "../lib/views.js";

type Month = RatingsTrend["months"][number];

export const view = defineView<RatingsTrend>({
  kpis: (s) => [
    {key: "slopePerYear", value: s.trend.slopePerYear, format: "signed|4"},
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
    const maxN = Math.max(...months.map((m) => m.n));
    const vq = s.volumeQuality;
    const volumeLine = [0, maxN].map((n) => ({n, value: vq.intercept + (vq.slopePer1000 * n) / 1000}));
    return [
      defineFigure<Month>({
        key: "series",
        data: months,
        columns,
        legend: [
          {label: "legend.mean", color: COLORS.observed, shape: "circle"},
          {label: "legend.trend", color: COLORS.weighted, shape: "fit"}
        ],
        plot: (ctx) => ({
          ...meanRatingFrame(ctx, meanDomain),
          x: monthAxis(ctx.text, ctx.narrow),
          marks: [
            monthlyMeanDots(months, ctx, {r: "n", color: COLORS.observed, fillOpacity: 0.45}),
            Plot.line(trend, {x: "date", y: "value", stroke: COLORS.weighted, ...LINE.fit})
          ]
        })
      }),
      defineFigure<Month>({
        key: "volume",
        data: months,
        columns,
        plot: ({width, narrow, text, format}) => ({
          width,
          height: narrow ? 220 : 280,
          marginLeft: narrow ? 44 : 52,
          x: monthAxis(text, narrow),
          y: {label: text("axis.volume"), grid: true},
          marks: [
            Plot.rectY(months, {
              x: (m: Month) => monthDate(m.month),
              interval: "month",
              // A month is about one pixel on a phone: no gap between bars, or they fade to nothing.
              inset: narrow ? 0 : 0.5,
              y: "n",
              fill: COLORS.observed,
              title: (m: Month) => `${m.month}: ${format(m.n, "int")}`
            }),
            Plot.ruleY([0])
          ]
        })
      }),
      defineFigure<Month>({
        key: "spread",
        data: months,
        columns,
        legend: [
          {label: "legend.std", color: COLORS.observed, shape: "circle"},
          {label: "legend.weightedMeanStd", color: "currentColor", shape: "reference"}
        ],
        plot: ({width, narrow, text, format}) => ({
          width,
          height: narrow ? 240 : 300,
          marginLeft: narrow ? 44 : 52,
          x: monthAxis(text, narrow),
          y: {label: text("axis.std"), grid: true, tickFormat: (v: number) => format(v, "2")},
          r: {range: [1, narrow ? 4 : 6]},
          marks: [
            Plot.dot(months, {
              x: (m: Month) => monthDate(m.month),
              y: "std",
              r: "n",
              fill: COLORS.observed,
              fillOpacity: 0.5,
              stroke: COLORS.observed,
              strokeWidth: 0.8,
              title: (m: Month) => `${m.month}: ${format(m.std, "3")} (n = ${format(m.n, "int")})`
            }),
            Plot.ruleY([s.spread.weightedMeanStd], {
              ...LINE.reference
            })
          ]
        })
      }),
      defineFigure<Month>({
        key: "volume_quality",
        data: months,
        columns,
        legend: [
          {label: "legend.mean", color: COLORS.observed, shape: "circle"},
          {label: "legend.volumeFit", color: COLORS.weighted, shape: "fit"}
        ],
        plot: (ctx) => ({
          ...meanRatingFrame(ctx, meanDomain),
          x: {label: ctx.text("axis.volume"), grid: true, domain: [0, maxN * 1.05], ticks: ctx.narrow ? 4 : 8},
          marks: [
            monthlyMeanDots(months, ctx, {x: "n", r: "n", color: COLORS.observed, fillOpacity: 0.45}),
            Plot.line(volumeLine, {x: "n", y: "value", stroke: COLORS.weighted, ...LINE.fit})
          ]
        })
      })
    ];
  }
});
