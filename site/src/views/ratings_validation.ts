/**
 * The ratings page's methodological check: how uneven monthly volumes are (histogram, log count axis), how much
 * weight each month gets, the monthly means with the unweighted (OLS, dashed) and weighted (WLS, solid) trends, and
 * the variance of the monthly means with and without weights.
 */
import * as Plot from "@observablehq/plot";

import type {RatingsValidation} from "../../../queries/ratings/ratings_validation.schema.js";
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

type Month = RatingsValidation["months"][number];
type Bin = RatingsValidation["volumeHistogram"][number];
type Fit = RatingsValidation["ols"];

interface FitPoint {
  fit: "ols" | "wls";
  date: Date;
  value: number;
}

/** The two ends of a straight-line fit on months since the first kept month. */
function fitLine(fit: Fit, key: "ols" | "wls", months: readonly Month[]): FitPoint[] {
  return [months[0]!, months[months.length - 1]!].map((m) => ({
    fit: key,
    date: monthDate(m.month),
    value: fit.intercept + fit.slopePerMonth * m.t
  }));
}

interface VarianceRow {
  estimate: "unweighted" | "weighted";
  variance: number;
}

export const view = defineView<RatingsValidation>({
  kpis: (s) => [
    {key: "months", value: s.coverage.monthsKept, format: "int"},
    {key: "ratio", value: s.volumes.maxMinRatio, format: "1"},
    ...(s.slopeBias === null ? [] : [{key: "slopeBias", value: s.slopeBias, format: "pct|1"}])
  ],
  figures: (s) => {
    const months = s.months;
    const bins = s.volumeHistogram;
    const maxBin = Math.max(...bins.map((b) => b.months));
    const fits = [...fitLine(s.ols, "ols", months), ...fitLine(s.wls, "wls", months)];
    const means = months.map((m) => m.mean);
    const variance: VarianceRow[] = [
      {estimate: "unweighted", variance: s.meanVariance.unweighted},
      {estimate: "weighted", variance: s.meanVariance.weighted}
    ];
    const monthColumns = [
      {key: "month", label: "axis.month", format: "year"},
      {key: "n", label: "axis.volume", format: "int"},
      {key: "mean", label: "axis.meanRating", format: "3"},
      {key: "weight", label: "axis.weight", format: "2"},
      {key: "weightShare", label: "axis.weightShare", format: "pct|2"}
    ];
    return [
      defineFigure<Bin>({
        key: "volumes",
        data: bins,
        columns: [
          {key: "x0", label: "axis.binFrom", format: "int"},
          {key: "x1", label: "axis.binTo", format: "int"},
          {key: "months", label: "axis.monthCount", format: "int"}
        ],
        plot: ({width, narrow, text, format}) => ({
          width,
          height: narrow ? 240 : 300,
          marginLeft: narrow ? 40 : 48,
          x: {label: text("axis.volume"), domain: [bins[0]!.x0, bins[bins.length - 1]!.x1]},
          y: {label: text("axis.monthCount"), type: "log", domain: [0.7, maxBin * 1.6], grid: true, ticks: 4},
          marks: [
            Plot.rectY(
              bins.filter((b) => b.months > 0),
              {
                x1: "x0",
                x2: "x1",
                y1: 0.7,
                y2: "months",
                fill: COLORS.observed,
                insetLeft: 0.5,
                insetRight: 0.5,
                title: (b: Bin) =>
                  `${format(b.x0, "int")}–${format(b.x1, "int")}: ${format(b.months, "int")} ${text("axis.monthsUnit")}`
              }
            ),
            ...(narrow
              ? []
              : [
                  Plot.text(
                    bins.filter((b) => b.months > 0),
                    {
                      x: (b: Bin) => (b.x0 + b.x1) / 2,
                      y: "months",
                      text: (b: Bin) => format(b.months, "int"),
                      dy: -7,
                      fontSize: 10,
                      fill: "currentColor"
                    }
                  )
                ])
          ]
        })
      }),
      defineFigure<Month>({
        key: "weights",
        data: months,
        columns: monthColumns,
        legend: [
          {label: "legend.month", color: COLORS.observed},
          {label: "legend.busiest", color: COLORS.highlight}
        ],
        plot: ({width, narrow, text, format}) => ({
          width,
          height: narrow ? 220 : 280,
          marginLeft: narrow ? 44 : 52,
          x: monthAxis(text, narrow),
          y: {label: text("axis.weightShare"), percent: true, grid: true},
          marks: [
            Plot.rectY(months, {
              x: (m: Month) => monthDate(m.month),
              interval: "month",
              // A month is about one pixel on a phone: no gap between bars, or they fade to nothing.
              inset: narrow ? 0 : 0.5,
              y: "weightShare",
              fill: (m: Month) => (m.month === s.volumes.maxMonth ? COLORS.highlight : COLORS.observed),
              title: (m: Month) => `${m.month}: ${format(m.weightShare, "pct|2")} (n = ${format(m.n, "int")})`
            }),
            Plot.ruleY([0])
          ]
        })
      }),
      defineFigure<Month>({
        key: "fits",
        data: months,
        columns: monthColumns,
        legend: [
          {label: "legend.month", color: COLORS.observed, shape: "circle"},
          {label: "legend.ols", color: COLORS.unweighted, shape: "fitUnweighted"},
          {label: "legend.wls", color: COLORS.weighted, shape: "fit"}
        ],
        plot: (ctx) => ({
          ...meanRatingFrame(ctx, meanRatingDomain(means)),
          x: monthAxis(ctx.text, ctx.narrow),
          marks: [
            monthlyMeanDots(months, ctx, {r: "weight", color: COLORS.observed, fillOpacity: 0.45}),
            Plot.line(
              fits.filter((f) => f.fit === "ols"),
              {x: "date", y: "value", stroke: COLORS.unweighted, ...LINE.fitUnweighted}
            ),
            Plot.line(
              fits.filter((f) => f.fit === "wls"),
              {x: "date", y: "value", stroke: COLORS.weighted, ...LINE.fit}
            )
          ]
        })
      }),
      defineFigure<VarianceRow>({
        key: "spread",
        data: variance,
        columns: [
          {key: "estimate", label: "axis.estimate", format: "text:legend."},
          {key: "variance", label: "axis.variance", format: "6"}
        ],
        plot: ({width, narrow, text, format}) => ({
          width,
          height: 150,
          marginLeft: 8,
          marginRight: narrow ? 16 : 24,
          marginTop: 8,
          marginBottom: 40,
          x: {
            label: text("axis.variance"),
            grid: true,
            domain: [0, Math.max(s.meanVariance.unweighted, s.meanVariance.weighted) * 1.25],
            ticks: narrow ? 3 : 5,
            tickFormat: (v: number) => format(v, "4")
          },
          y: {axis: null, domain: ["unweighted", "weighted"], padding: 0.1},
          marks: [
            Plot.barX(variance, {
              y: "estimate",
              x: "variance",
              fill: (d: VarianceRow) => (d.estimate === "weighted" ? COLORS.weighted : COLORS.unweighted),
              insetTop: 20,
              insetBottom: 2,
              title: (d: VarianceRow) => `${text(`legend.${d.estimate}`)}: ${format(d.variance, "6")}`
            }),
            Plot.text(variance, {
              y: "estimate",
              x: 0,
              text: (d: VarianceRow) => text(`legend.${d.estimate}`),
              textAnchor: "start",
              dy: -16,
              fontSize: 12,
              fill: "currentColor"
            }),
            Plot.text(variance, {
              y: "estimate",
              x: "variance",
              text: (d: VarianceRow) => format(d.variance, "5"),
              textAnchor: "start",
              dx: 6,
              dy: 9,
              fontWeight: 600,
              fill: "currentColor"
            }),
            Plot.ruleX([0])
          ]
        })
      })
    ];
  }
});
