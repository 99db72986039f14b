/**
 * Preparation time by season: the seasonal means as a dot plot against the overall mean (zoomed, value-labelled),
 * and box plots drawn from the snapshot's quartiles and whiskers, with the mean marked and the recipes beyond the
 * upper whisker counted.
 */
import * as Plot from "@observablehq/plot";

import {printedDifference} from "../../../pipeline/narrative.js";
import {SEASONS} from "../../../queries/seasonality/_seasons.js";
import type {SeasonalityDuration} from "../../../queries/seasonality/seasonality_duration.schema.js";
import {HALO, LINE, MEDIAN, medianTicks, tickedDomain} from "../lib/charts/index.js";
import {defineFigure, defineView} from "../lib/views.js";
import {
  intervalNotes,
  kruskalNote,
  NOTES_TOP,
  meanIntervalRule,
  SEASON_FILL,
  SEASON_FORMAT,
  seasonKey
} from "../lib/charts/seasons.js";

type SeasonRow = SeasonalityDuration["seasons"][number];

/** Radius of the seasonal means' dots. */
const MEAN_R = 7;

export const view = defineView<SeasonalityDuration>({
  kpis: (s) => {
    // The seasons as the headline names them: every season tied with the longest or the shortest mean.
    const {longest, shortest, longestMean, shortestMean} = s.narrative.headline.values;
    return [
      {key: "longest", value: String(longest), format: "label"},
      {key: "shortest", value: String(shortest), format: "label"},
      // With the interval the claim gives it, which holds over every pair of seasons the two were picked from; the gap
      // printed as the difference of the two means as printed, like the claim's.
      {
        key: "gap",
        value: printedDifference(Number(longestMean), Number(shortestMean), "1"),
        format: "1",
        interval: s.gapInterval
      },
      {key: "overallMean", value: s.overallMean, format: "1"}
    ];
  },
  figures: (s) => {
    const seasons = s.seasons;
    const domain = SEASONS.filter((season) => seasons.some((r) => r.season === season));
    return [
      defineFigure<SeasonRow>({
        key: "means",
        data: seasons,
        columns: [
          {key: "season", label: "axis.season", format: SEASON_FORMAT},
          {key: "n", label: "axis.recipes", format: "int"},
          {key: "mean", label: "axis.mean", format: "1"},
          {key: "lower", label: "axis.lower", value: (d) => d.interval?.lower ?? null, format: "2"},
          {key: "upper", label: "axis.upper", value: (d) => d.interval?.upper ?? null, format: "2"},
          {key: "median", label: "axis.median", format: "1"}
        ],
        legend: [
          {label: "axis.overall_mean", color: "currentColor", shape: "reference"},
          {label: "axis.interval", color: "currentColor", shape: "whiskerLevel"}
        ],
        plot: ({width, narrow, text, format}) => {
          // From zero: the text calls the seasonal gap negligible, and a zoomed axis would spread a few minutes across
          // the whole width (the zoom the methodology criticises in the original app).
          const hi = Math.max(...seasons.map((d) => d.mean), s.overallMean);
          const drawn = {
            rows: seasons,
            x: (d: SeasonRow) => d.mean,
            interval: (d: SeasonRow) => d.interval,
            r: () => MEAN_R
          };
          return {
            width,
            height: domain.length * 44 + (narrow ? 94 : 78),
            marginLeft: narrow ? 76 : 90,
            marginRight: 16,
            marginTop: NOTES_TOP[narrow ? "narrow" : "wide"],
            x: {label: text("axis.minutes"), grid: true, ...tickedDomain(hi * 1.1, narrow ? 4 : 8)},
            y: {label: null, domain, tickFormat: (d: string) => text(`axis.season_${d}`), padding: 0.4},
            marks: [
              Plot.ruleX([s.overallMean], LINE.reference),
              // The mean's 95 % interval, under the dot: a few tenths of a minute, so mostly hidden by it.
              meanIntervalRule(seasons, (d) => d.interval),
              Plot.dot(seasons, {
                y: "season",
                x: "mean",
                r: MEAN_R,
                fill: (d: SeasonRow) => SEASON_FILL[d.season],
                stroke: "var(--plot-background)",
                title: (d: SeasonRow) =>
                  `${text(seasonKey(d.season))}: ${format(d.mean, "1")} min (${text("axis.median")} ${format(d.median, "1")}, ${format(d.n, "int")} ${text("axis.recipes").toLowerCase()})`
              }),
              // On the zero-based axis every dot sits near the overall-mean line: each value is written beside its
              // dot on the side away from the line (above the dot, the line struck through the digits).
              ...([true, false] as const).map((right) =>
                Plot.text(
                  seasons.filter((d) => d.mean >= s.overallMean === right),
                  {
                    y: "season",
                    // Past the interval's end where it reaches beyond the dot: on a small data set the whisker ran
                    // through the digits.
                    x: (d: SeasonRow) =>
                      right
                        ? Math.max(d.mean, d.interval?.upper ?? d.mean)
                        : Math.min(d.mean, d.interval?.lower ?? d.mean),
                    text: (d: SeasonRow) => format(d.mean, "1"),
                    ...HALO,
                    textAnchor: right ? "start" : "end",
                    dx: right ? 11 : -11,
                    fontSize: 11,
                    fontWeight: 600,
                    fill: "currentColor"
                  }
                )
              ),
              ...intervalNotes(kruskalNote(s.kruskal, {text, format}), drawn, {narrow, width, text}, 76)
            ]
          };
        }
      }),
      defineFigure<SeasonRow>({
        key: "boxes",
        data: seasons,
        columns: [
          {key: "season", label: "axis.season", format: SEASON_FORMAT},
          {key: "n", label: "axis.recipes", format: "int"},
          {key: "whiskerLow", label: "axis.whisker_low", format: "0"},
          {key: "q25", label: "axis.q25", format: "1"},
          {key: "median", label: "axis.median", format: "1"},
          {key: "mean", label: "axis.mean", format: "1"},
          {key: "q75", label: "axis.q75", format: "1"},
          {key: "whiskerHigh", label: "axis.whisker_high", format: "0"},
          {key: "outliersHigh", label: "axis.outliers", format: "int"},
          {key: "max", label: "axis.max", format: "0"}
        ],
        legend: [
          // On a piece of the first box, as drawn.
          {label: "axis.median", color: `${MEDIAN.bar.stroke} ${SEASON_FILL.Winter}`, shape: "medianAcross"},
          {label: "axis.mean", color: "currentColor", shape: "mean"}
        ],
        plot: ({width, narrow, text, format}) => {
          const top = Math.max(...seasons.map((d) => d.whiskerHigh));
          const tip = (d: SeasonRow): string =>
            [
              `${text(seasonKey(d.season))} (${format(d.n, "int")} ${text("axis.recipes").toLowerCase()})`,
              `${text("axis.q25")}: ${format(d.q25, "1")} · ${text("axis.median")}: ${format(d.median, "1")} · ${text("axis.q75")}: ${format(d.q75, "1")}`,
              `${text("axis.mean")}: ${format(d.mean, "1")}`,
              `${text("axis.outliers")}: ${format(d.outliersHigh, "int")}`
            ].join("\n");
          return {
            width,
            height: narrow ? 320 : 380,
            marginLeft: narrow ? 44 : 52,
            // Room for the note on the outliers above the top tick's label, which it touched at 48.
            marginTop: narrow ? 60 : 52,
            x: {label: null, domain, tickFormat: (d: string) => text(`axis.season_${d}`), padding: 0.35},
            y: {label: text("axis.minutes"), grid: true, ...tickedDomain(top * 1.12, narrow ? 6 : 8)},
            marks: [
              Plot.ruleX(seasons, {x: "season", y1: "whiskerLow", y2: "whiskerHigh", strokeWidth: 1.5}),
              Plot.tickY(seasons, {x: "season", y: "whiskerLow", strokeWidth: 1.5, inset: narrow ? 14 : 30}),
              Plot.tickY(seasons, {x: "season", y: "whiskerHigh", strokeWidth: 1.5, inset: narrow ? 14 : 30}),
              Plot.barY(seasons, {
                x: "season",
                y1: "q25",
                y2: "q75",
                fill: (d: SeasonRow) => SEASON_FILL[d.season],
                stroke: "currentColor",
                title: tip
              }),
              ...medianTicks("y", seasons, {x: "season", y: "median"}),
              Plot.dot(seasons, {
                x: "season",
                y: "mean",
                symbol: "diamond",
                r: 5,
                fill: "var(--plot-background)",
                stroke: "currentColor",
                strokeWidth: 1.5,
                title: tip
              }),
              Plot.text(seasons, {
                x: "season",
                y: "whiskerHigh",
                text: (d: SeasonRow) => `+${format(d.outliersHigh, "int")}`,
                dy: -10,
                fontSize: 10,
                fill: "currentColor"
              }),
              Plot.text([text("axis.outliers_note")], {
                frameAnchor: "top-left",
                text: (d: string) => d,
                // Half a line above the top tick's label ("120"), which is centred on the frame's top.
                dy: -14,
                lineAnchor: "bottom",
                lineWidth: narrow ? 30 : 60,
                fontSize: 10,
                fill: "currentColor",
                fillOpacity: 0.8
              })
            ]
          };
        }
      })
    ];
  }
});
