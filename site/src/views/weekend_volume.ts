/**
 * The weekend page's volume analysis: recipes on each day of the week against the mean of the seven days, each
 * day's gap from that mean, and the weekday and weekend rates per calendar day.
 */
import * as Plot from "@observablehq/plot";

import type {WeekendVolume} from "../../../queries/weekend/weekend_volume.schema.js";
import {annotate, tickedDomain, laneGridX, LINE, ON_BAR_COLOR, PERIOD_COLORS} from "../lib/charts/index.js";
import type {PlotContext} from "../lib/views.js";
import {defineFigure, defineView} from "../lib/views.js";

type Day = WeekendVolume["days"][number];
type Period = WeekendVolume["periods"][number];

/** A day's name in the reader's language; its first three letters on a narrow screen. */
function dayName(key: string, {format, narrow}: PlotContext): string {
  const name = format(key, "label");
  return narrow ? name.slice(0, 3) : name;
}

/** A fraction as a signed percentage (+43%, −49%). */
function signedPct(value: number, format: PlotContext["format"]): string {
  const text = format(value, "pct|0");
  return value > 0 ? `+${text}` : text;
}

export const view = defineView<WeekendVolume>({
  kpis: (s) => {
    const [weekday, weekend] = s.periods;
    const busiest = s.days.reduce((best, d) => (d.recipes > best.recipes ? d : best), s.days[0]!);
    return [
      {key: "weekdayPerDay", value: weekday!.recipesPerDay, format: "1"},
      {key: "weekendPerDay", value: weekend!.recipesPerDay, format: "1"},
      {key: "ratio", value: s.perDayRatio, format: "times|2"},
      {key: "busiestDay", value: busiest.key, format: "label"}
    ];
  },
  figures: (s) => {
    const days = s.days;
    const dayKeys = days.map((d) => d.key);
    const dayColumns = [
      {key: "day", label: "axis.day", value: (d: Day) => d.key, format: "label"},
      {key: "period", label: "axis.period", format: "text:axis."},
      {key: "recipes", label: "axis.recipes", format: "int"},
      {key: "calendarDays", label: "axis.calendarDays", format: "int"},
      {key: "recipesPerDay", label: "axis.recipesPerDay", format: "2"},
      {key: "expected", label: "axis.expected", format: "0"},
      {key: "deviation", label: "axis.deviation", format: "pct|1"}
    ];
    const periodLegend = [
      {label: "axis.weekday", color: PERIOD_COLORS.weekday},
      {label: "axis.weekend", color: PERIOD_COLORS.weekend}
    ];
    const maxDay = Math.max(...days.map((d) => d.recipes));
    const maxDeviation = Math.max(...days.map((d) => Math.abs(d.deviation)));
    const maxRate = Math.max(...s.periods.map((p) => p.recipesPerDay));
    return [
      defineFigure<Day>({
        key: "days",
        data: days,
        columns: dayColumns,
        legend: [...periodLegend, {label: "axis.dayMean", color: "currentColor", shape: "reference"}],
        plot: (ctx) => {
          const {width, narrow, text, format} = ctx;
          const height = narrow ? 240 : 300;
          const marginTop = 24;
          const y = tickedDomain(maxDay * 1.1, narrow ? 4 : 8);
          // Recipes per pixel of the y axis (Plot's default bottom margin is 30 px).
          const perPixel = y.domain[1] / (height - marginTop - 30);
          // A count inside a bar's top runs about 18 px down from it (a level one; 22 with air under its digits), 44 px
          // (an upright one on a phone): where the mean line would cross it, it starts just under the line instead.
          const reach = narrow ? 44 : 22;
          const crossed = (d: Day): boolean =>
            s.dayMean < d.recipes + 2 * perPixel && s.dayMean > d.recipes - reach * perPixel;
          return {
            width,
            height,
            marginLeft: narrow ? 44 : 56,
            marginTop,
            x: {
              label: text("axis.day"),
              domain: dayKeys,
              tickFormat: (k: string) => dayName(k, ctx),
              padding: 0.2,
              // Centred, the axis name sat under Thursday and read as part of its tick label.
              labelAnchor: "right"
            },
            y: {label: text("axis.recipes"), grid: true, ...y},
            marks: [
              Plot.barY(days, {
                x: "key",
                y: "recipes",
                fill: (d: Day) => PERIOD_COLORS[d.period],
                title: (d: Day) =>
                  `${format(d.key, "label")}: ${format(d.recipes, "int")} (${signedPct(d.deviation, format)})`,
                render: annotate(days, (d) => ({day: d.key, period: d.period}))
              }),
              Plot.ruleY([s.dayMean], LINE.reference),
              // Every count inside its bar's top, in one style, with a halo in the bar's own colour over the dotted mean
              // line: on a desktop the counts sat above their bars except one just under the mean, written inside its
              // bar in bold white, which read as a highlighted day. On a phone a five-digit count is as wide as its
              // bar: there the counts stand upright.
              Plot.text(days, {
                x: "key",
                y: (d: Day) => (crossed(d) ? s.dayMean : d.recipes),
                text: (d: Day) => format(d.recipes, "int"),
                ...(narrow ? {rotate: -90, textAnchor: "end", dy: 6, fontSize: 10} : {dy: 12, fontSize: 11}),
                fill: ON_BAR_COLOR,
                stroke: (d: Day) => PERIOD_COLORS[d.period],
                strokeWidth: 3,
                paintOrder: "stroke"
              }),
              Plot.ruleY([0])
            ]
          };
        }
      }),
      defineFigure<Day>({
        key: "deviation",
        data: days,
        columns: dayColumns,
        legend: periodLegend,
        plot: (ctx) => {
          const {width, narrow, text, format} = ctx;
          const limit = maxDeviation * 1.25;
          return {
            width,
            height: narrow ? 240 : 300,
            marginLeft: narrow ? 44 : 56,
            x: {
              label: text("axis.day"),
              domain: dayKeys,
              tickFormat: (k: string) => dayName(k, ctx),
              padding: 0.2,
              labelAnchor: "right"
            },
            y: {label: text("axis.deviation"), grid: true, percent: true, domain: [-limit * 100, limit * 100]},
            marks: [
              Plot.barY(days, {
                x: "key",
                y: "deviation",
                fill: (d: Day) => PERIOD_COLORS[d.period],
                title: (d: Day) => `${format(d.key, "label")}: ${signedPct(d.deviation, format)}`,
                render: annotate(days, (d) => ({day: d.key, period: d.period}))
              }),
              ...[true, false].map((above) =>
                Plot.text(
                  days.filter((d) => d.deviation >= 0 === above),
                  {
                    x: "key",
                    y: "deviation",
                    text: (d: Day) => signedPct(d.deviation, format),
                    dy: above ? -8 : 8,
                    fontSize: narrow ? 10 : 11,
                    fill: "currentColor"
                  }
                )
              ),
              Plot.ruleY([0], {stroke: "currentColor"})
            ]
          };
        }
      }),
      defineFigure<Period>({
        key: "periods",
        data: s.periods,
        columns: [
          {key: "period", label: "axis.period", format: "text:axis."},
          {key: "recipes", label: "axis.recipes", format: "int"},
          {key: "calendarDays", label: "axis.calendarDays", format: "int"},
          {key: "recipesPerDay", label: "axis.recipesPerDay", format: "2"},
          {key: "share", label: "axis.share", format: "pct|1"},
          {key: "lower", label: "axis.lower", value: (d) => d.shareInterval.lower, format: "pct|2"},
          {key: "upper", label: "axis.upper", value: (d) => d.shareInterval.upper, format: "pct|2"}
        ],
        plot: ({width, narrow, text, format}) => ({
          width,
          height: 150,
          marginLeft: 8,
          marginRight: narrow ? 16 : 24,
          marginTop: 8,
          marginBottom: 40,
          x: {label: text("axis.recipesPerDay"), grid: true, domain: [0, maxRate * 1.15]},
          y: {axis: null, domain: ["weekday", "weekend"], padding: 0.1},
          marks: [
            laneGridX(4),
            Plot.barX(s.periods, {
              y: "period",
              x: "recipesPerDay",
              fill: (d: Period) => PERIOD_COLORS[d.period],
              insetTop: 20,
              insetBottom: 2,
              title: (d: Period) => `${text(`axis.${d.period}`)}: ${format(d.recipesPerDay, "1")}`,
              render: annotate(s.periods, (d) => ({period: d.period}))
            }),
            Plot.text(s.periods, {
              y: "period",
              x: 0,
              text: (d: Period) => text(`axis.${d.period}`),
              textAnchor: "start",
              // Clear of the zero line the bars stand on.
              dx: 6,
              dy: -16,
              fontSize: 12,
              fill: "currentColor"
            }),
            Plot.text(s.periods, {
              y: "period",
              x: "recipesPerDay",
              // One decimal, as the KPI and the prose: "33.16" beside a KPI of 33.2 read as two numbers.
              text: (d: Period) => format(d.recipesPerDay, "1"),
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
