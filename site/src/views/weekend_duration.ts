/**
 * The weekend page's duration analysis: Tukey box plots of preparation time drawn from the stored quartiles and
 * whiskers (with the mean marked), and the weekend − weekday difference in mean time with its confidence interval.
 */
import * as Plot from "@observablehq/plot";

import type {WeekendDuration} from "../../../queries/weekend/weekend_duration.schema.js";
import {printedDifference} from "../../../pipeline/narrative.js";
import {intervalText, withInterval} from "../lib/intervalText.js";
import {annotate, COLORS, HALO, laneGridX, LINE, MEDIAN, medianTicks, PERIOD_COLORS} from "../lib/charts/index.js";
import {defineFigure, defineView} from "../lib/views.js";

type Period = WeekendDuration["periods"][number];
type Comparison = WeekendDuration["comparison"];

export const view = defineView<WeekendDuration>({
  kpis: (s) => {
    const [weekday, weekend] = s.periods;
    return [
      {key: "weekdayMean", value: weekday!.mean, format: "2"},
      {key: "weekendMean", value: weekend!.mean, format: "2"},
      {key: "difference", value: printedDifference(weekend!.mean, weekday!.mean, "2"), format: "signed|2"},
      {key: "weekdayIqr", value: weekday!.iqr, format: "0"}
    ];
  },
  figures: (s) => {
    const periods = s.periods;
    const c = s.comparison;
    const longest = Math.max(...periods.map((p) => p.max));
    const row = [c];
    const span = Math.max(Math.abs(c.ciLow), Math.abs(c.ciHigh));
    return [
      defineFigure<Period>({
        key: "box",
        data: periods,
        columns: [
          {key: "period", label: "axis.period", format: "text:axis."},
          {key: "n", label: "axis.n", format: "int"},
          {key: "mean", label: "axis.mean", format: "1"},
          {key: "std", label: "axis.std", format: "1"},
          {key: "lower", label: "axis.lower", value: (d) => d.interval?.lower ?? null, format: "2"},
          {key: "upper", label: "axis.upper", value: (d) => d.interval?.upper ?? null, format: "2"},
          {key: "min", label: "axis.min", format: "0"},
          {key: "whiskerLow", label: "axis.whiskerLow", format: "0"},
          {key: "q25", label: "axis.q25", format: "0"},
          {key: "median", label: "axis.median", format: "0"},
          {key: "q75", label: "axis.q75", format: "0"},
          {key: "whiskerHigh", label: "axis.whiskerHigh", format: "0"},
          {key: "max", label: "axis.max", format: "0"},
          {key: "outliersBelow", label: "axis.outliersBelow", format: "int"},
          {key: "outliersAbove", label: "axis.outliersAbove", format: "int"}
        ],
        legend: [
          {label: "axis.weekday", color: PERIOD_COLORS.weekday},
          {label: "axis.weekend", color: PERIOD_COLORS.weekend},
          // On a piece of the first box, as drawn.
          {label: "axis.median", color: `${MEDIAN.bar.stroke} ${PERIOD_COLORS.weekday}`, shape: "median"},
          {label: "axis.mean", color: "currentColor", shape: "mean"},
          {label: "axis.interval", color: "currentColor", shape: "whiskerLevel"}
        ],
        plot: ({width, narrow, text, format, lang}) => {
          const tip = (d: Period): string =>
            [
              text(`axis.${d.period}`),
              `${text("axis.mean")}: ${format(d.mean, "2")}`,
              ...(d.interval
                ? [
                    `${text("axis.interval")}: ${intervalText(format(d.interval.lower, "2"), format(d.interval.upper, "2"), lang)}`
                  ]
                : []),
              `${text("axis.median")}: ${format(d.median, "0")}`,
              `${text("axis.quartiles")}: ${format(d.q25, "0")}–${format(d.q75, "0")}`,
              `${text("axis.outliersAbove")}: ${format(d.outliersAbove, "int")}`
            ].join("\n");
          const beyond = periods.filter((d) => d.outliersAbove > 0);
          return {
            width,
            height: 220,
            marginLeft: 12,
            marginRight: 16,
            marginTop: 8,
            marginBottom: 40,
            x: {label: text("axis.minutes"), grid: true, domain: [0, longest], nice: true},
            y: {axis: null, domain: ["weekday", "weekend"], padding: 0.1},
            marks: [
              laneGridX(4),
              Plot.ruleY(periods, {y: "period", x1: "whiskerLow", x2: "whiskerHigh", dy: 8, stroke: "currentColor"}),
              Plot.ruleY(beyond, {
                y: "period",
                x1: "whiskerHigh",
                x2: "max",
                dy: 8,
                stroke: "currentColor",
                strokeOpacity: 0.6,
                strokeDasharray: "1 3"
              }),
              Plot.tickX(periods, {y: "period", x: "whiskerLow", dy: 8, insetTop: 28, insetBottom: 12}),
              Plot.tickX(periods, {y: "period", x: "whiskerHigh", dy: 8, insetTop: 28, insetBottom: 12}),
              Plot.barX(periods, {
                y: "period",
                x1: "q25",
                x2: "q75",
                fill: (d: Period) => PERIOD_COLORS[d.period],
                insetTop: 22,
                insetBottom: 6,
                title: tip,
                render: annotate(periods, (d) => ({period: d.period}))
              }),
              ...medianTicks("x", periods, {y: "period", x: "median", insetTop: 22, insetBottom: 6}),
              // The mean's 95 % interval, under the diamond: with tens of thousands of recipes per period it spans
              // well under a minute, so the diamond mostly hides it (the table gives its bounds).
              Plot.ruleY(
                periods.filter((d) => d.interval !== null),
                {
                  y: "period",
                  x1: (d: Period) => d.interval!.lower,
                  x2: (d: Period) => d.interval!.upper,
                  dy: 8,
                  stroke: "currentColor",
                  ...LINE.whisker
                }
              ),
              Plot.dot(periods, {
                y: "period",
                x: "mean",
                dy: 8,
                symbol: "diamond",
                r: 5,
                fill: "var(--plot-background)",
                stroke: "currentColor",
                strokeWidth: 1.5
              }),
              Plot.text(periods, {
                y: "period",
                x: 0,
                text: (d: Period) => `${text(`axis.${d.period}`)} · n = ${format(d.n, "int")}`,
                textAnchor: "start",
                dy: -32,
                fontSize: narrow ? 11 : 12,
                fill: "currentColor"
              }),
              Plot.text(beyond, {
                y: "period",
                x: "max",
                text: (d: Period) => `${format(d.outliersAbove, "int")} ${text("axis.beyond")}`,
                textAnchor: "end",
                // Above the whisker's end cap, which a label 4 px up still touched.
                dy: -10,
                fontSize: 10,
                fill: "currentColor"
              })
            ]
          };
        }
      }),
      defineFigure<Comparison>({
        key: "difference",
        data: row,
        columns: [
          {key: "meanDiff", label: "axis.difference", format: "signed|2"},
          {key: "ciLow", label: "axis.ciLow", format: "signed|2"},
          {key: "ciHigh", label: "axis.ciHigh", format: "signed|2"},
          {key: "diffPct", label: "axis.diffPct", format: "pct|1"},
          {key: "t", label: "axis.t", value: (d) => d.student.t, format: "2"},
          {key: "p", label: "axis.p", value: (d) => d.student.p, format: "p"},
          {key: "cohenD", label: "axis.cohenD", format: "signed|3"}
        ],
        plot: ({width, narrow, text, format, lang}) => {
          const label = `${withInterval(format(printedDifference(s.periods[1]!.mean, s.periods[0]!.mean, "2"), "signed|2"), format(c.ciLow, "signed|2"), format(c.ciHigh, "signed|2"), lang)} · ${format(c.student.p, "p")}`;
          return {
            width,
            height: 120,
            marginLeft: 16,
            marginRight: 16,
            marginTop: 28,
            marginBottom: 40,
            x: {label: text("axis.difference"), grid: true, domain: [-span * 1.4, span * 1.4], nice: true},
            y: {axis: null, domain: [0], padding: 0},
            marks: [
              // Stops short of the plot's top, where the label is.
              Plot.ruleX([0], {...LINE.reference, insetTop: 10}),
              Plot.ruleY(row, {y: () => 0, x1: "ciLow", x2: "ciHigh", stroke: COLORS.observed, strokeWidth: 3}),
              Plot.tickX(row, {y: () => 0, x: "ciLow", stroke: COLORS.observed, strokeWidth: 2, inset: 14}),
              Plot.tickX(row, {y: () => 0, x: "ciHigh", stroke: COLORS.observed, strokeWidth: 2, inset: 14}),
              Plot.dot(row, {
                y: () => 0,
                x: "meanDiff",
                r: 6,
                stroke: COLORS.observed,
                strokeWidth: 2,
                fill: c.significant ? COLORS.observed : "var(--plot-background)",
                title: () => label
              }),
              Plot.text(row, {
                y: () => 0,
                x: "meanDiff",
                // The label sits in the top margin, above the end of the dashed zero line (which spans the plot
                // only): over the line, a halo kept the letters but the line still struck the gap between numbers.
                ...HALO,
                strokeWidth: 6,
                text: () => label,
                dy: -34,
                fontSize: narrow ? 10 : 12,
                fill: "currentColor"
              })
            ]
          };
        }
      })
    ];
  }
});
