/**
 * The ratings page's seasonal analysis. Instead of the reference's radar (a circular axis for four means that differ
 * in the second decimal), a dot plot of each season's mean with its confidence interval; the share of each star as
 * one bar per star in each season's block; and each season's standard deviation.
 */
import * as Plot from "@observablehq/plot";

import {printedDifference} from "../../../pipeline/narrative.js";
import type {RatingsSeasonal} from "../../../queries/ratings/ratings_seasonal.schema.js";
import {
  annotate,
  HALO,
  labelWidth,
  laneGridX,
  LINE,
  ON_BAR_COLOR,
  SEASON_COLORS,
  STAR_COLORS,
  tickedDomain
} from "../lib/charts/index.js";
import {withInterval as estimateWithInterval} from "../lib/intervalText.js";
import type {PlotContext} from "../lib/views.js";
import {defineFigure, defineView} from "../lib/views.js";

type Season = RatingsSeasonal["seasons"][number];
type Cell = RatingsSeasonal["distribution"][number];

const SEASON_FILL = SEASON_COLORS;

/** Stars from warm (low) to cool (high) hues. */
const STAR_FILL: Record<number, string> = {
  1: STAR_COLORS[1],
  2: STAR_COLORS[2],
  3: STAR_COLORS[3],
  4: STAR_COLORS[4],
  5: STAR_COLORS[5]
};

const STAR_WORDS = ["one", "two", "three", "four", "five"] as const;

/** The means figure's side margins: half an end tick's label ("−0.03") on each side. */
const MEANS_SIDE = 20;

/** Room under the means figure's plot for its ticks and the axis' name; the zoom's note goes below it. */
const MEANS_AXIS_ROOM = 40;

/** How far inside the margin's outer edge Plot writes an axis' name (its labelOffset is the margin − 3 by default). */
const PLOT_LABEL_INSET = 3;

/** The zoom's note: from the drawing's left edge, and under the axis' name, by this many pixels. */
const NOTE_INSET = 4;

function seasonName(season: string, {text}: PlotContext): string {
  return text(`axis.season_${season}`);
}

export const view = defineView<RatingsSeasonal>({
  kpis: (s) => {
    // The seasons as the headline names them: every season tied with the best or the worst at the printed precision.
    const {best, worst, bestMean, worstMean} = s.narrative.headline.values;
    return [
      {key: "best", value: String(best), format: "label"},
      {key: "worst", value: String(worst), format: "label"},
      // With the interval the claim gives it, which holds over every pair of seasons the two were picked from; the gap
      // printed as the difference of the two means as printed, like the claim's.
      {
        key: "gap",
        value: printedDifference(Number(bestMean), Number(worstMean), "3"),
        format: "3",
        ...(s.gapInterval === null ? {} : {interval: s.gapInterval})
      }
    ];
  },
  figures: (s) => {
    const seasons = s.seasons;
    const keys = seasons.map((d) => d.season);
    const withInterval = seasons.filter((d) => d.lower !== null && d.upper !== null);
    const stds = seasons.filter((d) => d.std !== null).map((d) => d.std!);
    const cells = s.distribution;
    const stars = [...new Set(cells.map((c) => c.rating))].sort((a, b) => a - b);
    return [
      defineFigure<Season>({
        key: "means",
        data: seasons,
        columns: [
          {key: "season", label: "axis.season", format: "text:axis.season_"},
          {key: "n", label: "axis.ratings", format: "int"},
          {key: "mean", label: "axis.meanRating", format: "4"},
          {key: "lower", label: "axis.lower", format: "4"},
          {key: "upper", label: "axis.upper", format: "4"}
        ],
        // The whiskers are read with the bounds in parentheses beside each season's name.
        legend: [{label: "legend.interval", color: "currentColor", shape: "whiskerCapped"}],
        plot: (ctx) => {
          const {width, narrow, text, format} = ctx;
          const sep = narrow ? "\n" : " — ";
          // Room above the plot for the overall mean's name, which the zero line reaches: the margin, the line, the name.
          const labelRoom = narrow ? 34 : 22;
          const label = (d: Season): string =>
            d.lower === null || d.upper === null
              ? `${seasonName(d.season, ctx)}${sep}${format(d.mean, "3")}`
              : `${seasonName(d.season, ctx)}${sep}${estimateWithInterval(format(d.mean, "3"), format(d.lower, "3"), format(d.upper, "3"), ctx.lang)}`;
          // Each season drawn as its distance from the mean of all ratings (every rating falls in one season, so
          // that mean weighs the seasons by their ratings). On the whole 1–5 scale the four means and their
          // intervals, a few thousandths of a star wide, were one dot; here the intervals show, the axis is in
          // stars and says how narrow it is, so hundredths of a star are read as hundredths.
          const overall = seasons.reduce((sum, d) => sum + d.n * d.mean, 0) / seasons.reduce((sum, d) => sum + d.n, 0);
          const off = (value: number): number => value - overall;
          const reach = Math.max(
            ...seasons.flatMap((d) => [d.mean, d.lower ?? d.mean, d.upper ?? d.mean].map((v) => Math.abs(off(v))))
          );
          const limit = reach * 1.25 || 0.01;
          // The axis ends on its outermost ticks, a whole number of steps from zero on each side (it ran half a step
          // past its last label, at every width), at most `count` steps in all.
          const count = narrow ? 6 : 8;
          const steps = (t: number): number => Math.ceil(limit / t - 1e-9);
          const step = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5].find((t) => 2 * steps(t) <= count) ?? 1;
          const half = steps(step);
          const ticks = Array.from({length: 2 * half + 1}, (_, i) => (i - half) * step);
          const digits = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
          // The zoom said on the figure (not only to screen readers), in stars and as a share of the whole star
          // scale, under the axis' name: the gap of a few hundredths of a star spans the width and reads large without
          // it. Drawn where the axis spans less than one star (the French unit is singular there).
          const span = 2 * half * step;
          const [lowStar, highStar] = [Math.min(...stars), Math.max(...stars)];
          const zoom =
            span < 1 && highStar > lowStar
              ? text("axis.zoom", {span, share: span / (highStar - lowStar), lowStar, highStar})
              : null;
          const zoomRoom = zoom === null ? 0 : narrow ? 30 : 18;
          return {
            width,
            height: seasons.length * (narrow ? 66 : 52) + 48 + (narrow ? 26 : 14) + 16 + zoomRoom,
            marginLeft: MEANS_SIDE,
            marginRight: MEANS_SIDE,
            // The first season's label (two lines on a phone) sits above its row, under the overall mean's name.
            marginTop: labelRoom + 16,
            marginBottom: MEANS_AXIS_ROOM + zoomRoom,
            x: {
              label: text("axis.fromOverallMean"),
              // Where Plot puts it without the zoom's note, which goes under it.
              labelOffset: MEANS_AXIS_ROOM - PLOT_LABEL_INSET,
              grid: true,
              domain: [-half * step, half * step],
              ticks,
              tickFormat: (v: number) => (Math.abs(v) < step / 2 ? "0" : format(v, `signed|${digits}`))
            },
            y: {axis: null, domain: keys, padding: 0.15, insetBottom: 16},
            marks: [
              laneGridX(4),
              // The labels end well left of the middle, where zero is: the line runs the whole height, up to its name.
              Plot.ruleX([0], {...LINE.reference, insetTop: -labelRoom}),
              Plot.text([overall], {
                x: 0,
                frameAnchor: "top",
                text: (v: number) => `${text("axis.overallMean")} ${format(v, "3")}`,
                lineAnchor: "bottom",
                dy: -labelRoom - 3,
                fontSize: narrow ? 10 : 11,
                fill: "currentColor"
              }),
              Plot.ruleY(withInterval, {
                y: "season",
                x1: (d: Season) => off(d.lower!),
                x2: (d: Season) => off(d.upper!),
                dy: 9,
                stroke: "currentColor",
                ...LINE.whisker
              }),
              ...(["lower", "upper"] as const).map((end) =>
                // The interval's end caps, 10 px tall: a tick across the row reached up into the row's label.
                Plot.ruleX(withInterval, {
                  y1: "season",
                  y2: "season",
                  x: (d: Season) => off(d[end]!),
                  dy: 9,
                  stroke: "currentColor",
                  insetTop: -5,
                  insetBottom: -5
                })
              ),
              Plot.dot(seasons, {
                y: "season",
                x: (d: Season) => off(d.mean),
                dy: 9,
                r: 3.5,
                fill: (d: Season) => SEASON_FILL[d.season],
                stroke: "currentColor",
                strokeWidth: 1,
                title: (d: Season) => `${label(d)} (n = ${format(d.n, "int")})`,
                render: annotate(seasons, (d) => ({season: d.season}))
              }),
              ...(zoom === null
                ? []
                : [
                    Plot.text([zoom], {
                      frameAnchor: "bottom-left",
                      text: (d: string) => d,
                      lineAnchor: "top",
                      dy: MEANS_AXIS_ROOM + NOTE_INSET,
                      // From the drawing's edge (the plot's is the margin in), where a phone's width holds it.
                      dx: NOTE_INSET - MEANS_SIDE,
                      lineWidth: narrow ? (width - 24) / 10 : undefined,
                      lineHeight: 1.3,
                      fontSize: narrow ? 10 : 11,
                      fill: "currentColor"
                    })
                  ]),
              Plot.text(seasons, {
                y: "season",
                frameAnchor: "left",
                ...HALO,
                text: label,
                textAnchor: "start",
                lineAnchor: "bottom",
                dy: -1,
                fontSize: narrow ? 11 : 12,
                fill: "currentColor"
              })
            ]
          };
        }
      }),
      defineFigure<Cell>({
        key: "stars",
        data: cells,
        columns: [
          {key: "season", label: "axis.season", format: "text:axis.season_"},
          {key: "rating", label: "axis.stars", format: "year"},
          {key: "count", label: "axis.ratings", format: "int"},
          {key: "share", label: "axis.share", format: "pct|1"}
        ],
        legend: stars.map((r) => ({label: `legend.${STAR_WORDS[r - 1]}Star`, color: STAR_FILL[r]!})),
        plot: (ctx) => {
          const {width, narrow, text, format} = ctx;
          // One bar per star in each season's block, its star and share written past its end: stacked to 100 %, the
          // one- and two-star shares (about 1 % each) were slivers of two purples a reader could not tell apart.
          const top = Math.max(...cells.map((c) => c.share)) * 100;
          const bar = narrow ? 15 : 14;
          const [marginLeft, marginRight] = [narrow ? 64 : 80, 20];
          // Room past the longest bar for its label ("5 ★ 77.2%"), to a labelled tick (tickedDomain), but never past
          // 100 %: a share's axis to 120 % read as a share above the whole. A label with no room past its bar's end
          // is written inside the bar's end, in the on-bar colour.
          const axis = tickedDomain(top * (narrow ? 1.45 : 1.2), narrow ? 4 : 8);
          const end = Math.min(100, axis.domain[1]);
          const fontSize = narrow ? 10 : 11;
          const starLabel = (c: Cell): string => `${c.rating} ★ ${format(c.share, "pct|1")}`;
          const inside = (c: Cell): boolean =>
            c.share * 100 + ((labelWidth(starLabel(c), fontSize) + 4) / (width - marginLeft - marginRight)) * end > end;
          const labels = (within: boolean) =>
            Plot.text(
              cells.filter((c) => inside(c) === within),
              {
                fy: "season",
                y: "rating",
                x: "share",
                text: starLabel,
                fontSize,
                ...(within
                  ? {textAnchor: "end", dx: -4, fill: ON_BAR_COLOR}
                  : {textAnchor: "start", dx: 4, fill: "currentColor", ...HALO})
              }
            );
          return {
            width,
            height: seasons.length * (stars.length * bar + 20) + 48,
            marginLeft,
            marginRight,
            marginTop: 8,
            marginBottom: 40,
            x: {label: text("axis.share"), percent: true, grid: true, domain: [0, end], ticks: axis.ticks},
            y: {axis: null, domain: [...stars].reverse(), padding: 0.15},
            fy: {label: null, domain: keys, tickFormat: (k: string) => seasonName(k, ctx), padding: 0.1, axis: "left"},
            marks: [
              Plot.barX(cells, {
                fy: "season",
                y: "rating",
                x: "share",
                fill: (c: Cell) => STAR_FILL[c.rating],
                title: (c: Cell) =>
                  `${seasonName(c.season, ctx)} · ${c.rating} ★: ${format(c.share, "pct|1")} (${format(c.count, "int")})`,
                render: annotate(cells, (c) => ({season: c.season, rating: c.rating}))
              }),
              labels(false),
              labels(true),
              Plot.ruleX([0])
            ]
          };
        }
      }),
      defineFigure<Season>({
        key: "spread",
        data: seasons,
        columns: [
          {key: "season", label: "axis.season", format: "text:axis.season_"},
          {key: "std", label: "axis.std", format: "3"},
          {key: "q25", label: "axis.q25", format: "1"},
          {key: "median", label: "axis.median", format: "1"},
          {key: "q75", label: "axis.q75", format: "1"},
          {key: "shareFive", label: "axis.shareFive", format: "pct|1"},
          {key: "shareTwoOrLess", label: "axis.shareTwoOrLess", format: "pct|1"}
        ],
        plot: (ctx) => {
          const {width, narrow, text, format} = ctx;
          const rows = seasons.filter((d) => d.std !== null);
          return {
            width,
            height: seasons.length * (narrow ? 56 : 50) + 48,
            marginLeft: 12,
            marginRight: 20,
            marginTop: 8,
            marginBottom: 40,
            x: {
              label: text("axis.std"),
              grid: true,
              ...tickedDomain(Math.max(...stds) * 1.25, narrow ? 4 : 8)
            },
            y: {axis: null, domain: keys, padding: 0.15, insetBottom: 16},
            marks: [
              laneGridX(4),
              Plot.dot(rows, {
                y: "season",
                x: "std",
                dy: 11,
                r: 6,
                fill: (d: Season) => SEASON_FILL[d.season],
                stroke: "currentColor",
                strokeWidth: 1,
                title: (d: Season) => `${seasonName(d.season, ctx)}: ${format(d.std!, "3")}`,
                render: annotate(rows, (d) => ({season: d.season}))
              }),
              Plot.text(rows, {
                y: "season",
                frameAnchor: "left",
                ...HALO,
                text: (d: Season) => `${seasonName(d.season, ctx)} — ${format(d.std!, "3")}`,
                textAnchor: "start",
                lineAnchor: "bottom",
                dy: -1,
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
