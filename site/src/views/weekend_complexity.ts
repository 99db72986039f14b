/**
 * The weekend page's complexity analysis: weekday and weekend means (with medians) of the complexity score, steps
 * and ingredients, and each weekend − weekday difference with its confidence interval, as a share of the weekday mean.
 */
import * as Plot from "@observablehq/plot";

import type {WeekendComplexity} from "../../../queries/weekend/weekend_complexity.schema.js";
import {
  annotate,
  tickedDomain,
  HALO,
  laneGridX,
  laneRuleX,
  LINE,
  MEDIAN,
  medianTicks,
  PERIOD_COLORS,
  significanceColor
} from "../lib/charts/index.js";
import {intervalText} from "../lib/intervalText.js";
import {differenceLabel, signedPct} from "../lib/differenceLabel.js";
import {defineFigure, defineView} from "../lib/views.js";

type Metric = WeekendComplexity["metrics"][number];
type MetricKey = Metric["metric"];

interface PeriodRow {
  metric: MetricKey;
  period: "weekday" | "weekend";
  n: number;
  mean: number;
  median: number;
  std: number;
  interval: Metric["weekday"]["interval"];
}

/** The unit of each metric's difference, a UNITS key of pipeline/narrative.ts. */
const UNIT: Record<MetricKey, string> = {complexity_score: "points", n_steps: "steps", n_ingredients: "ingredients"};

export const view = defineView<WeekendComplexity>({
  kpis: (s) => {
    const score = s.metrics.find((m) => m.metric === "complexity_score")!;
    return [
      {key: "weekdayScore", value: score.weekday.mean, format: "2|unit:points"},
      {key: "weekendScore", value: score.weekend.mean, format: "2|unit:points"},
      {key: "difference", value: score.comparison.diffPct, format: "pct|1"}
    ];
  },
  figures: (s) => {
    const metricKeys = s.metrics.map((m) => m.metric);
    const rows: PeriodRow[] = s.metrics.flatMap((m) =>
      (["weekday", "weekend"] as const).map((period) => ({
        metric: m.metric,
        period,
        n: m[period].n,
        mean: m[period].mean,
        median: m[period].median,
        std: m[period].std,
        interval: m[period].interval
      }))
    );
    const maxValue = Math.max(...rows.map((r) => Math.max(r.mean, r.median)));
    const span = Math.max(
      ...s.metrics.flatMap((m) => [Math.abs(m.comparison.ciLowPct), Math.abs(m.comparison.ciHighPct)])
    );
    return [
      defineFigure<PeriodRow>({
        key: "means",
        data: rows,
        columns: [
          {key: "metric", label: "axis.metric", format: "text:axis."},
          {key: "period", label: "axis.period", format: "text:axis."},
          {key: "n", label: "axis.n", format: "int"},
          {key: "mean", label: "axis.mean", format: "2"},
          {key: "lower", label: "axis.lower", value: (d) => d.interval?.lower ?? null, format: "3"},
          {key: "upper", label: "axis.upper", value: (d) => d.interval?.upper ?? null, format: "3"},
          {key: "median", label: "axis.median", format: "2"},
          {key: "std", label: "axis.std", format: "2"}
        ],
        legend: [
          {label: "axis.weekday", color: PERIOD_COLORS.weekday},
          {label: "axis.weekend", color: PERIOD_COLORS.weekend},
          // The median is the site's box-plot median (theme.ts MEDIAN), a bar across the mean's bar.
          {label: "axis.median", color: `${MEDIAN.bar.stroke} ${PERIOD_COLORS.weekday}`, shape: "median"},
          {label: "axis.interval", color: "currentColor", shape: "whiskerLevel"}
        ],
        plot: ({width, narrow, text, format}) => ({
          width,
          height: narrow ? 348 : 368,
          marginLeft: 12,
          marginRight: narrow ? 40 : 48,
          // The first measure's name sits above its panel: at 8 it was cut at the drawing's top.
          marginTop: 26,
          marginBottom: 40,
          fy: {axis: null, domain: metricKeys, padding: 0.3},
          // Ends on a labelled tick past the longest bar (the score's bars ran past the last tick, 16).
          x: {label: text("axis.meanValue"), grid: true, ...tickedDomain(maxValue * 1.05, narrow ? 5 : 9)},
          y: {axis: null, domain: ["weekday", "weekend"], padding: 0.15},
          marks: [
            Plot.barX(rows, {
              fy: "metric",
              y: "period",
              x: "mean",
              fill: (d: PeriodRow) => PERIOD_COLORS[d.period],
              title: (d: PeriodRow) =>
                `${text(`axis.${d.metric}`)} · ${text(`axis.${d.period}`)}\n${text("axis.mean")}: ${format(d.mean, "2")}\n${text("axis.median")}: ${format(d.median, "2")}`,
              render: annotate(rows, (d) => ({metric: d.metric, period: d.period}))
            }),
            // Each mean's 95 % interval at the bar's end: with thousands of recipes per period it is barely wider
            // than the line, which is what the reader should see.
            Plot.ruleY(
              rows.filter((d) => d.interval !== null),
              {
                fy: "metric",
                y: "period",
                x1: (d: PeriodRow) => d.interval!.lower,
                x2: (d: PeriodRow) => d.interval!.upper,
                stroke: "currentColor",
                ...LINE.whisker
              }
            ),
            // The median as a bar across the mean's bar: drawn as an open square, it sat just
            // past the end of a bar whose median exceeds its mean (ingredients) and read as a bullet before the value.
            // A median past its bar's end is tied to the bar by a dotted line from the bar's end: alone there, its
            // tick floated between the bar and the value label as a stray "||".
            Plot.ruleY(
              rows.filter((d) => d.median > d.mean),
              {
                fy: "metric",
                y: "period",
                x1: "mean",
                x2: "median",
                stroke: (d: PeriodRow) => PERIOD_COLORS[d.period],
                strokeWidth: 2,
                strokeDasharray: "2 2"
              }
            ),
            ...medianTicks("x", rows, {fy: "metric", y: "period", x: "median"}),
            Plot.text(rows, {
              fy: "metric",
              y: "period",
              // Past the interval's end too: on a small data set the whisker ran through the digits.
              x: (d: PeriodRow) => Math.max(d.mean, d.median, d.interval?.upper ?? d.mean),
              text: (d: PeriodRow) => format(d.mean, "2"),
              textAnchor: "start",
              // Clear of the median's bar (2.5 px either side of its centre with its edge).
              dx: 8,
              fontSize: narrow ? 10 : 11,
              fill: "currentColor"
            }),
            Plot.text(
              metricKeys.map((metric) => ({metric})),
              {
                fy: "metric",
                frameAnchor: "top-left",
                text: (d: {metric: MetricKey}) => text(`axis.${d.metric}`),
                lineAnchor: "bottom",
                dy: -4,
                fontWeight: 600,
                fontSize: narrow ? 11 : 12,
                fill: "currentColor"
              }
            ),
            Plot.ruleX([0])
          ]
        })
      }),
      defineFigure<Metric>({
        key: "differences",
        data: s.metrics,
        columns: [
          {key: "metric", label: "axis.metric", format: "text:axis."},
          {key: "meanDiff", label: "axis.meanDiff", value: (d) => d.comparison.meanDiff, format: "signed|3"},
          {key: "diffPct", label: "axis.difference", value: (d) => d.comparison.diffPct, format: "pct|2"},
          {key: "ciLowPct", label: "axis.ciLowPct", value: (d) => d.comparison.ciLowPct, format: "pct|2"},
          {key: "ciHighPct", label: "axis.ciHighPct", value: (d) => d.comparison.ciHighPct, format: "pct|2"},
          {key: "t", label: "axis.t", value: (d) => d.comparison.student.t, format: "2"},
          {key: "p", label: "axis.p", value: (d) => d.comparison.student.p, format: "p"},
          {key: "cohenD", label: "axis.cohenD", value: (d) => d.comparison.cohenD, format: "signed|3"},
          {
            key: "significant",
            label: "axis.significant",
            value: (d) => d.comparison.significant,
            format: "text:axis.significant_"
          }
        ],
        legend: [
          {label: "axis.significantYes", color: significanceColor(true), shape: "disc"},
          {label: "axis.significantNo", color: significanceColor(false), shape: "hollow"}
        ],
        plot: ({width, narrow, text, format, lang}) => {
          const color = (d: Metric): string => significanceColor(d.comparison.significant);
          const row = (d: Metric): {name: string; value: string} =>
            differenceLabel(
              d.comparison,
              {name: `axis.name_${d.metric}`, unit: UNIT[d.metric]},
              {text, format, narrow}
            );
          const label = (d: Metric): string => `${row(d).value} · ${format(d.comparison.student.p, "p")}`;
          const limit = span * 1.15 * 100;
          return {
            width,
            height: narrow ? 250 : 210,
            marginLeft: 12,
            marginRight: 12,
            marginTop: 10,
            marginBottom: 40,
            x: {label: text("axis.difference"), grid: true, percent: true, domain: [-limit, limit]},
            y: {axis: null, domain: metricKeys, padding: 0.2, insetBottom: 10},
            marks: [
              laneGridX(4),
              // Zero in each row's lane, under its name: a line through the chart crossed the names.
              laneRuleX(s.metrics, {x: 0, y: "metric", below: 4, ...LINE.reference}),
              Plot.ruleY(s.metrics, {
                y: "metric",
                x1: (d: Metric) => d.comparison.ciLowPct,
                x2: (d: Metric) => d.comparison.ciHighPct,
                dy: 8,
                stroke: color,
                strokeWidth: 3
              }),
              Plot.dot(s.metrics, {
                y: "metric",
                x: (d: Metric) => d.comparison.diffPct,
                dy: 8,
                r: 5.5,
                stroke: color,
                strokeWidth: 2,
                fill: (d: Metric) => (d.comparison.significant ? color(d) : "var(--plot-background)"),
                title: (d: Metric) =>
                  `${row(d).name}: ${label(d)}\n(${intervalText(signedPct(d.comparison.ciLowPct, format, 2), signedPct(d.comparison.ciHighPct, format, 2), lang)})`,
                render: annotate(s.metrics, (d) => ({metric: d.metric}))
              }),
              Plot.text(s.metrics, {
                y: "metric",
                frameAnchor: "left",
                ...HALO,
                text: (d: Metric) => `${row(d).name}${narrow ? "\n" : " — "}${label(d)}`,
                textAnchor: "start",
                lineAnchor: "bottom",
                // A quarter em off the dot's ring below (legibility text-on-marks): at −1 the name ran into it.
                dy: -3,
                fontSize: narrow ? 11 : 12,
                fill: "currentColor"
              })
            ]
          };
        }
      })
    ];
  }
});
