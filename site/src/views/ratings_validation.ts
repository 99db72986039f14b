/**
 * The ratings page's methodological check: how uneven monthly volumes are (histogram, log count axis), how much
 * weight each month gets, the unweighted (OLS) and weighted (WLS) trend lines side by side, and the variance of the
 * monthly means with and without weights. The monthly means themselves are drawn once, by ratings_trend: the fits
 * figure draws only the two lines, on an axis zoomed enough to tell them apart, each labelled at its end.
 */
import * as Plot from "@observablehq/plot";

import type {RatingsValidation} from "../../../queries/ratings/ratings_validation.schema.js";
import {axisBreak, COLORS, tickedDomain, HALO, laneGridX, LINE, monthAxis, monthDate} from "../lib/charts/index.js";
import {withInterval} from "../lib/intervalText.js";
import {defineFigure, defineView} from "../lib/views.js";

type Month = RatingsValidation["months"][number];
type Bin = RatingsValidation["volumeHistogram"][number];
type Fit = RatingsValidation["ols"];

interface FitPoint {
  fit: "ols" | "wls";
  month: string;
  value: number;
  slopePerYear: number;
  lower: number;
  upper: number;
}

/** The two ends of a straight-line fit on months since the first kept month, with its band there. */
function fitLine(fit: Fit, key: "ols" | "wls", months: readonly Month[]): FitPoint[] {
  return [months[0]!, months[months.length - 1]!].map((m) => ({
    fit: key,
    month: m.month,
    value: fit.intercept + fit.slopePerMonth * m.t,
    slopePerYear: fit.slopePerYear,
    ...m[`${key}Band`]
  }));
}

/**
 * The months a band is drawn through: about forty, evenly spaced, and the last. Its edges are smooth curves, which
 * forty points draw as well as every month; a point per month only weighed the page.
 */
function bandMonths(months: readonly Month[]): Month[] {
  const every = Math.max(1, Math.ceil(months.length / 40));
  return months.filter((_, i) => i % every === 0 || i === months.length - 1);
}

/**
 * Smallest span of the fits' value axis, in stars: zoomed enough that two lines a hundredth of a star apart are
 * told apart, not so far that a negligible gap fills the figure's height.
 */
const FIT_SPAN = 0.05;

/** Minimum vertical distance between the two end labels of the fits figure, in pixels: one text line. */
const LABEL_GAP = 15;

/** Height of the weights figure's plot area (its height less the default top and the named bottom margins). */
const weightsPlotHeight = (narrow: boolean): number => (narrow ? 220 : 280) - 20 - 40;

/** Room above the busiest month's bar for its dot and two-line label, in pixels. */
const BUSIEST_ROOM = 48;

interface VarianceRow {
  estimate: "unweighted" | "weighted";
  variance: number;
}

export const view = defineView<RatingsValidation>({
  kpis: (s) => [
    {key: "months", value: s.coverage.monthsKept, format: "int"},
    {key: "ratio", value: s.volumes.maxMinRatio, format: "times|1"},
    ...(s.slopeBias === null ? [] : [{key: "slopeBias", value: s.slopeBias, format: "pct|1"}])
  ],
  figures: (s) => {
    const months = s.months;
    const bins = s.volumeHistogram;
    const maxBin = Math.max(...bins.map((b) => b.months));
    const fits = [...fitLine(s.ols, "ols", months), ...fitLine(s.wls, "wls", months)];
    // The bands set the zoom: two lines a hundredth of a star apart must be read against their intervals.
    const fitValues = months.flatMap((m) => [m.olsBand.lower, m.olsBand.upper, m.wlsBand.lower, m.wlsBand.upper]);
    const fitMid = (Math.min(...fitValues) + Math.max(...fitValues)) / 2;
    const fitHalf = Math.max(FIT_SPAN, (Math.max(...fitValues) - Math.min(...fitValues)) * 1.6) / 2;
    const fitDomain: [number, number] = [fitMid - fitHalf, fitMid + fitHalf];
    const busiest = months.filter((m) => m.month === s.volumes.maxMonth);
    const maxShare = Math.max(...months.map((m) => m.weightShare));
    // Where the busiest month falls across the chart (0 to 1): its label is centred above it in the middle.
    const busiestAt = busiest.length ? busiest[0]!.t / Math.max(1, months[months.length - 1]!.t) : 0.5;
    const busiestAnchor = busiestAt < 0.25 ? "start" : busiestAt > 0.75 ? "end" : "middle";
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
          // A linear count from zero: a bar's length is the count it stands for (on a log axis, bars from an
          // arbitrary floor drew a month of one as a real height). A bin of one month stays a few pixels tall.
          y: {label: text("axis.monthCount"), grid: true, ...tickedDomain(maxBin * 1.12, narrow ? 4 : 5)},
          marks: [
            Plot.rectY(
              bins.filter((b) => b.months > 0),
              {
                x1: "x0",
                x2: "x1",
                y1: 0,
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
        // The monthly means are in ratings_trend's series table.
        columns: monthColumns.filter((c) => c.key !== "mean"),
        legend: [
          {label: "legend.month", color: COLORS.observed},
          {label: "legend.busiest", color: COLORS.highlight}
        ],
        plot: ({width, narrow, text, format}) => ({
          width,
          height: narrow ? 220 : 280,
          marginTop: 20,
          marginLeft: narrow ? 44 : 52,
          x: monthAxis(text, narrow),
          // Room above the tallest bar for the busiest month's two-line label, so that it lies on no bar.
          y: {
            label: text("axis.weightShare"),
            percent: true,
            grid: true,
            domain: [0, (maxShare * 100 * weightsPlotHeight(narrow)) / (weightsPlotHeight(narrow) - BUSIEST_ROOM)]
          },
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
            Plot.ruleY([0]),
            // The busiest month's bar is one or two pixels wide: a dot on its top and a label make it findable.
            Plot.dot(busiest, {
              x: (m: Month) => monthDate(m.month),
              y: "weightShare",
              dy: -6,
              r: narrow ? 4 : 5,
              fill: COLORS.highlight,
              stroke: "var(--plot-background)",
              strokeWidth: 1.5
            }),
            // Its label above the dot, centred on it unless that would run past the chart's edge: beside the dot,
            // "Mois le plus chargé / janvier 2008" lay on the neighbouring bars.
            Plot.text(busiest, {
              x: (m: Month) => monthDate(m.month),
              y: "weightShare",
              ...HALO,
              text: (m: Month) => `${text("legend.busiest")}\n${format(m.month, "month")}`,
              textAnchor: busiestAnchor,
              lineAnchor: "bottom",
              // A quarter em above the dot (5 px over the bar's top, radius 5): at −14 it nearly touched it.
              dy: -16,
              fontSize: narrow ? 11 : 12,
              fontWeight: 600,
              fill: "currentColor"
            })
          ]
        })
      }),
      defineFigure<FitPoint>({
        key: "fits",
        data: fits,
        columns: [
          {key: "fit", label: "axis.estimate", format: "text:legend."},
          {key: "month", label: "axis.month", format: "year"},
          {key: "value", label: "axis.meanRating", format: "4"},
          {key: "lower", label: "axis.bandLower", format: "4"},
          {key: "upper", label: "axis.bandUpper", format: "4"}
        ],
        legend: [
          {label: "legend.ols", color: COLORS.unweighted, shape: "fitUnweighted"},
          {label: "legend.olsBand", color: COLORS.unweighted, shape: "band"},
          {label: "legend.wls", color: COLORS.weighted, shape: "fit"},
          {label: "legend.wlsBand", color: COLORS.weighted, shape: "band"},
          // The "//" on the y axis (axisBreak): without a key a reader could not tell what it meant.
          {label: "legend.axisBreak", color: "currentColor", shape: "axisBreakY"}
        ],
        plot: ({width, narrow, text, format, lang}) => {
          const ends = fits
            .filter((f) => f.month === months[months.length - 1]!.month)
            .sort((a, b) => b.value - a.value);
          // The axis ends on labelled ticks (a band's edge above the top tick could not be read), and the two lines are
          // named outside their bands at the last month, the upper name above both bands and the lower one below:
          // at a few pixels from its line a name lay on the bands (legibility text-on-marks).
          const ticks = narrow ? 4 : 6;
          const domain = Array.from(Plot.scale({y: {domain: fitDomain, nice: ticks}}).domain ?? fitDomain, Number);
          // Over every month: a name written leftwards from the last month spans half a phone's drawing.
          const bandTop = Math.max(...months.flatMap((m) => [m.olsBand.upper, m.wlsBand.upper]));
          const bandBottom = Math.min(...months.flatMap((m) => [m.olsBand.lower, m.wlsBand.lower]));
          const fitStyle = {ols: LINE.fitUnweighted, wls: LINE.fit};
          const fitColor = {ols: COLORS.unweighted, wls: COLORS.weighted};
          return {
            width,
            height: narrow ? 240 : 300,
            marginLeft: narrow ? 48 : 56,
            marginRight: 12,
            x: monthAxis(text, narrow),
            y: {
              label: text("axis.meanRating"),
              grid: true,
              domain,
              ticks,
              tickFormat: (v: number) => format(v, "3")
            },
            marks: [
              axisBreak("y"),
              ...(["ols", "wls"] as const).map((key) =>
                Plot.areaY(bandMonths(months), {
                  x: (m: Month) => monthDate(m.month),
                  y1: (m: Month) => m[`${key}Band`].lower,
                  y2: (m: Month) => m[`${key}Band`].upper,
                  fill: fitColor[key],
                  ...LINE.band
                })
              ),
              ...(["ols", "wls"] as const).map((key) =>
                Plot.line(
                  fits.filter((f) => f.fit === key),
                  {x: (f: FitPoint) => monthDate(f.month), y: "value", stroke: fitColor[key], ...fitStyle[key]}
                )
              ),
              Plot.dot(fits, {
                x: (f: FitPoint) => monthDate(f.month),
                y: "value",
                r: 3.5,
                fill: (f: FitPoint) => fitColor[f.fit],
                title: (f: FitPoint) =>
                  `${text(`legend.${f.fit}`)} · ${f.month}: ${withInterval(format(f.value, "4"), format(f.lower, "4"), format(f.upper, "4"), lang)}`
              }),
              // Each line named at its right end, the upper one above it and the lower one below, so the two labels
              // never meet however close the lines end; by its short name, which the legend spells out.
              ...[ends.slice(0, 1), ends.slice(1)].map((rows, i) =>
                Plot.text(rows, {
                  x: (f: FitPoint) => monthDate(f.month),
                  y: () => (i === 0 ? bandTop : bandBottom),
                  ...HALO,
                  text: (f: FitPoint) => `${text(`legend.${f.fit}Short`)}: ${format(f.value, "3")}`,
                  textAnchor: "end",
                  lineAnchor: i === 0 ? "bottom" : "top",
                  // A quarter em clear of the bands' edge (legibility text-on-marks).
                  dy: i === 0 ? -LABEL_GAP / 3 : LABEL_GAP / 3,
                  fontSize: narrow ? 11 : 12,
                  fill: "currentColor"
                })
              )
            ]
          };
        }
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
          // Half of the first tick label ("0.0000") sits left of the axis: at 8 it was cut.
          marginLeft: 24,
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
            laneGridX(4),
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
              // Clear of the zero line the bars stand on.
              dx: 6,
              dy: -16,
              fontSize: 12,
              fill: "currentColor"
            }),
            Plot.text(variance, {
              y: "estimate",
              x: "variance",
              // Three significant digits, as the prose quotes the two variances.
              text: (d: VarianceRow) => format(d.variance, "sig|3"),
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
