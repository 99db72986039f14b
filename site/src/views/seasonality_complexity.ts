/**
 * Complexity by season: the score's interquartile range, median and mean per season (a dot plot with interval
 * rules), and the mean steps and ingredients per season as lollipops from zero, one panel per measure, each with
 * its Kruskal–Wallis result written above it.
 */
import * as Plot from "@observablehq/plot";

import type {Season} from "../../../queries/seasonality/_seasons.js";
import {SEASONS} from "../../../queries/seasonality/_seasons.js";
import type {SeasonalityComplexity} from "../../../queries/seasonality/seasonality_complexity.schema.js";
import {HALO, tickedDomain} from "../lib/charts/index.js";
import {defineFigure, defineView} from "../lib/views.js";
import type {IntervalDotFields} from "../lib/charts/seasons.js";
import {hiddenLine, intervalAwareText, intervalDots, intervalDotsTop, intervalNotes} from "../lib/charts/seasons.js";
import {kruskalNote} from "../lib/charts/seasons.js";
import {INTERVAL_DOT, INTERVAL_DOT_LEGEND, NOTES_TOP, meanIntervalRule} from "../lib/charts/seasons.js";
import {SEASON_FILL, SEASON_FORMAT, seasonKey} from "../lib/charts/seasons.js";

type SeasonRow = SeasonalityComplexity["seasons"][number];
type Measure = "steps" | "ingredients";
interface CountRow {
  measure: Measure;
  season: Season;
  n: number;
  mean: number;
  interval: SeasonRow["stepsInterval"];
  median: number;
}

const MEASURES: readonly Measure[] = ["steps", "ingredients"];

/** Radius of the steps' and ingredients' dots. */
const COUNT_R = 6;

/** Where the score's interval dot plot finds each season's quartiles, median, mean and interval. */
const SCORE: IntervalDotFields<SeasonRow> = {
  q25: (d) => d.scoreQ25,
  median: (d) => d.scoreMedian,
  q75: (d) => d.scoreQ75,
  mean: (d) => d.scoreMean,
  interval: (d) => d.scoreInterval
};

export const view = defineView<SeasonalityComplexity>({
  kpis: (s) => {
    const top = (value: (r: SeasonRow) => number): Season =>
      [...s.seasons].sort((a, b) => value(b) - value(a))[0]!.season;
    return [
      {key: "score", value: top((r) => r.scoreMean), format: "label"},
      {key: "steps", value: top((r) => r.stepsMean), format: "label"},
      {key: "ingredients", value: top((r) => r.ingredientsMean), format: "label"}
    ];
  },
  figures: (s) => {
    const seasons = s.seasons;
    const scoreTop = intervalDotsTop(seasons, SCORE);
    const scoreDrawn = {rows: seasons, x: SCORE.mean, interval: SCORE.interval, r: () => INTERVAL_DOT.mean.r};
    const domain = SEASONS.filter((season) => seasons.some((r) => r.season === season));
    const counts: CountRow[] = MEASURES.flatMap((measure) =>
      seasons.map((r) => ({
        measure,
        season: r.season,
        n: r.n,
        mean: measure === "steps" ? r.stepsMean : r.ingredientsMean,
        interval: measure === "steps" ? r.stepsInterval : r.ingredientsInterval,
        median: measure === "steps" ? r.stepsMedian : r.ingredientsMedian
      }))
    );
    const countsDrawn = {
      rows: counts,
      x: (d: CountRow) => d.mean,
      interval: (d: CountRow) => d.interval,
      r: () => COUNT_R
    };
    return [
      defineFigure<SeasonRow>({
        key: "score",
        data: seasons,
        columns: [
          {key: "season", label: "axis.season", format: SEASON_FORMAT},
          {key: "n", label: "axis.recipes", format: "int"},
          {key: "scoreQ25", label: "axis.q25", format: "2"},
          {key: "scoreMedian", label: "axis.median", format: "2"},
          {key: "scoreMean", label: "axis.mean", format: "2"},
          {key: "lower", label: "axis.lower", value: (d) => d.scoreInterval?.lower ?? null, format: "3"},
          {key: "upper", label: "axis.upper", value: (d) => d.scoreInterval?.upper ?? null, format: "3"},
          {key: "scoreQ75", label: "axis.q75", format: "2"},
          {key: "scoreStd", label: "axis.std", format: "2"}
        ],
        legend: INTERVAL_DOT_LEGEND,
        plot: ({width, narrow, text, format}) => ({
          width,
          height: domain.length * 48 + (narrow ? 86 : 84),
          marginLeft: narrow ? 76 : 90,
          marginRight: 16,
          marginTop: NOTES_TOP[narrow ? "narrow" : "wide"],
          // From zero, like every "difference between seasons" chart: the gap is negligible and must look its size.
          // Ends on a labelled tick past every band, interval and dot (tickedDomain), at every width.
          x: {label: text("axis.score"), grid: true, ...tickedDomain(scoreTop, narrow ? 4 : 8)},
          y: {label: null, domain, tickFormat: (d: Season) => text(seasonKey(d)), padding: 0.4},
          marks: [
            ...intervalDots(seasons, SCORE, (d) =>
              [
                `${text(seasonKey(d.season))}: ${text("axis.mean")} ${format(d.scoreMean, "2")}`,
                `${text("axis.median")} ${format(d.scoreMedian, "2")}`,
                `${text("axis.iqr")} ${format(d.scoreQ25, "2")}–${format(d.scoreQ75, "2")}`
              ].join(", ")
            ),
            Plot.text(seasons, {
              y: "season",
              x: "scoreMean",
              text: (d: SeasonRow) => format(d.scoreMean, "2"),
              ...HALO,
              dy: -14,
              fontSize: 11,
              fontWeight: 600,
              fill: "currentColor"
            }),
            ...intervalNotes(kruskalNote(s.kruskal.score, {text, format}), scoreDrawn, {narrow, width, text}, 76)
          ]
        })
      }),
      defineFigure<CountRow>({
        key: "counts",
        data: counts,
        columns: [
          {key: "measure", label: "axis.measure", format: "text:axis."},
          {key: "season", label: "axis.season", format: SEASON_FORMAT},
          {key: "n", label: "axis.recipes", format: "int"},
          {key: "mean", label: "axis.mean", format: "2"},
          {key: "lower", label: "axis.lower", value: (d) => d.interval?.lower ?? null, format: "3"},
          {key: "upper", label: "axis.upper", value: (d) => d.interval?.upper ?? null, format: "3"},
          {key: "median", label: "axis.median", format: "1"}
        ],
        legend: [{label: "axis.interval", color: "currentColor", shape: "whiskerLevel"}],
        plot: ({width, narrow, text, format}) => {
          const max = Math.max(...counts.map((d) => d.mean));
          const facet = narrow ? {fy: "measure"} : {fx: "measure"};
          return {
            width,
            height: narrow ? 2 * (domain.length * 36 + 50) + 66 : domain.length * 40 + 106,
            marginLeft: narrow ? 76 : 90,
            marginRight: 24,
            // On a phone, room for the two lines of the hidden intervals' note half a line above the first panel's
            // title: 6 px apart, the note read as part of that title.
            marginTop: narrow ? 80 : 60,
            fx: {axis: null, domain: MEASURES, padding: 0.12},
            fy: {axis: null, domain: MEASURES, padding: 0.3},
            x: {label: text("axis.per_recipe"), grid: true, ...tickedDomain(max * 1.15, narrow ? 4 : 5)},
            y: {label: null, domain, tickFormat: (d: Season) => text(seasonKey(d)), padding: 0.3},
            marks: [
              Plot.ruleY(counts, {...facet, y: "season", x1: 0, x2: "mean", strokeOpacity: 0.5}),
              meanIntervalRule(counts, (d) => d.interval, facet),
              Plot.dot(counts, {
                ...facet,
                y: "season",
                x: "mean",
                r: COUNT_R,
                fill: (d: CountRow) => SEASON_FILL[d.season],
                stroke: "var(--plot-background)",
                title: (d: CountRow) =>
                  `${text(seasonKey(d.season))}, ${text(`axis.${d.measure}`)}: ${format(d.mean, "2")}`
              }),
              Plot.text(counts, {
                ...facet,
                y: "season",
                x: "mean",
                text: (d: CountRow) => format(d.mean, "2"),
                textAnchor: "start",
                dx: 10,
                fontSize: 10,
                fill: "currentColor"
              }),
              Plot.text(MEASURES, {
                ...(narrow ? {fy: (d: Measure) => d} : {fx: (d: Measure) => d}),
                frameAnchor: "top-left",
                text: (d: Measure) => `${text(`axis.${d}`)}\n${kruskalNote(s.kruskal[d], {text, format})}`,
                // From the drawing's left edge on a phone, where the note ran past the right edge from the plot's.
                dx: narrow ? 8 - 76 : 0,
                dy: -38,
                lineWidth: narrow ? (width - 16) / 11 : undefined,
                lineAnchor: "top",
                fontSize: 11,
                fill: "currentColor"
              }),
              // Where the dots hide their intervals, said once, above the first panel's title, from the drawing's
              // left edge.
              ...intervalAwareText(countsDrawn, (hidden) => hiddenLine(hidden, text).join(""), {
                ...(narrow ? {fy: () => MEASURES[0]} : {fx: () => MEASURES[0]}),
                frameAnchor: "top-left",
                dx: 8 - (narrow ? 76 : 90),
                dy: narrow ? -78 : -58,
                lineWidth: narrow ? (width - 16) / 10 : undefined,
                lineAnchor: "top",
                fontSize: narrow ? 10 : 11,
                fill: "currentColor",
                fillOpacity: 0.85
              })
            ]
          };
        }
      })
    ];
  }
});
