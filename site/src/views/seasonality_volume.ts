/**
 * Recipes per season: bars with the day-adjusted expectation as a tick, the relative gap to that expectation as
 * diverging bars, and the posting pace of each season year by year as small multiples. The season colours and the
 * season-name helper every seasonal view shares are in lib/charts/seasons.ts.
 */
import * as Plot from "@observablehq/plot";

import {excessInterval} from "../../../queries/seasonality/_excessInterval.js";
import type {Season} from "../../../queries/seasonality/_seasons.js";
import {SEASONS} from "../../../queries/seasonality/_seasons.js";
import type {SeasonalityVolume} from "../../../queries/seasonality/seasonality_volume.schema.js";
import {annotate, partialYearDots, tickedDomain, LINE, yearTicks} from "../lib/charts/index.js";
import {SEASON_FILL, SEASON_FORMAT, seasonKey, signedPct} from "../lib/charts/seasons.js";
import {intervalText} from "../lib/intervalText.js";
import type {PlotContext} from "../lib/views.js";
import {defineFigure, defineView} from "../lib/views.js";

type SeasonRow = SeasonalityVolume["seasons"][number];

/** A level stroke as wide as a dot of radius r is across: an interval's end cap on an upright whisker. */
const CAP = {
  draw(context: CanvasPath, size: number) {
    const r = Math.sqrt(size / Math.PI);
    context.moveTo(-r, 0);
    context.lineTo(r, 0);
  }
};
type YearRow = SeasonalityVolume["byYear"][number];

export const view = defineView<SeasonalityVolume>({
  kpis: (s) => {
    const ranked = [...s.seasons].sort((a, b) => b.excess - a.excess);
    return [
      {key: "total", value: s.total, format: "int"},
      {key: "meanPerSeason", value: s.meanPerSeason, format: "int"},
      {key: "busiest", value: ranked[0]!.season, format: "label"},
      {key: "quietest", value: ranked[ranked.length - 1]!.season, format: "label"}
    ];
  },
  figures: (s) => {
    const seasons = s.seasons;
    const years = [...new Set(s.byYear.map((r) => r.year))].sort((a, b) => a - b);
    const rated = s.byYear.filter((r) => r.relativeRate !== null);
    const recipesBySeason = new Map(seasons.map((d) => [d.season, d.recipes]));
    // Each season's count under its name: written above the bar, it sat over the "expected" tick wherever that was
    // the taller of the two, and read as the expected count. The counts chart and the excess chart share it.
    const seasonAxis = ({text, format}: Pick<PlotContext, "text" | "format">) => ({
      label: null,
      domain: SEASONS,
      tickFormat: (d: Season) => `${text(seasonKey(d))}\n${format(recipesBySeason.get(d)!, "int")}`,
      padding: 0.3
    });
    return [
      defineFigure<SeasonRow>({
        key: "counts",
        data: seasons,
        columns: [
          {key: "season", label: "axis.season", format: SEASON_FORMAT},
          {key: "recipes", label: "axis.recipes", format: "int"},
          {key: "share", label: "axis.share", format: "pct|1"},
          {key: "lower", label: "axis.lower", value: (d) => d.shareInterval.lower, format: "pct|2"},
          {key: "upper", label: "axis.upper", value: (d) => d.shareInterval.upper, format: "pct|2"},
          {key: "days", label: "axis.days", format: "int"},
          {key: "expected", label: "axis.expected", format: "0"}
        ],
        legend: [{label: "axis.expected", color: "currentColor", shape: "reference"}],
        plot: ({width, narrow, text, format}) => ({
          width,
          height: narrow ? 260 : 320,
          marginLeft: narrow ? 44 : 56,
          marginTop: 24,
          marginBottom: 44,
          x: seasonAxis({text, format}),
          y: {
            label: text("axis.recipes"),
            grid: true,
            ...tickedDomain(Math.max(...seasons.flatMap((d) => [d.recipes, d.expected])), narrow ? 4 : 6)
          },
          marks: [
            Plot.barY(seasons, {
              x: "season",
              y: "recipes",
              fill: (d: SeasonRow) => SEASON_FILL[d.season],
              title: (d: SeasonRow) =>
                `${text(seasonKey(d.season))}: ${format(d.recipes, "int")} (${text("axis.expected")}: ${format(d.expected, "0")})`
            }),
            Plot.ruleY([0]),
            Plot.tickY(seasons, {
              x: "season",
              y: "expected",
              ...LINE.reference
            })
          ]
        })
      }),
      defineFigure<SeasonRow>({
        key: "excess",
        data: seasons,
        columns: [
          {key: "season", label: "axis.season", format: SEASON_FORMAT},
          {key: "recipes", label: "axis.recipes", format: "int"},
          {key: "expected", label: "axis.expected", format: "0"},
          {key: "excess", label: "axis.excess", format: "pct|1"},
          {key: "excessLower", label: "axis.excessLower", value: (d) => excessInterval(d).lower, format: "pct|1"},
          {key: "excessUpper", label: "axis.excessUpper", value: (d) => excessInterval(d).upper, format: "pct|1"}
        ],
        // The headline quotes the gaps with their intervals: each bar carries its own, read against zero.
        legend: [{label: "axis.excessInterval", color: "currentColor", shape: "whiskerCappedUpright"}],
        plot: ({width, narrow, text, format, lang}) => {
          const bounds = seasons.map((d) => ({...d, ...excessInterval(d)}));
          // Room for the whiskers' far ends and the value written beyond them.
          const extent = Math.max(...bounds.flatMap((d) => [Math.abs(d.lower), Math.abs(d.upper)])) * 1.3;
          // The interval as the prose writes it (intervalText.ts).
          const interval = (d: SeasonRow) => {
            const {lower, upper} = excessInterval(d);
            return `(${intervalText(signedPct(format, lower), signedPct(format, upper), lang)})`;
          };
          return {
            width,
            height: narrow ? 220 : 260,
            marginLeft: narrow ? 48 : 56,
            x: seasonAxis({text, format}),
            y: {
              label: text("axis.excess"),
              grid: true,
              // Rounded for the five ticks drawn, so that the largest bar ends under a labelled tick.
              domain: [-extent, extent],
              nice: 5,
              tickFormat: (v: number) => signedPct(format, v, 0),
              ticks: 5
            },
            marks: [
              Plot.barY(seasons, {
                x: "season",
                y: "excess",
                fill: (d: SeasonRow) => SEASON_FILL[d.season],
                title: (d: SeasonRow) => `${text(seasonKey(d.season))}: ${signedPct(format, d.excess)} ${interval(d)}`
              }),
              Plot.ruleY([0]),
              Plot.ruleX(bounds, {x: "season", y1: "lower", y2: "upper", stroke: "currentColor", ...LINE.whisker}),
              // End caps 10 px wide, as the legend's key draws them, whatever the width of the bar.
              ...(["lower", "upper"] as const).map((end) =>
                Plot.dot(bounds, {x: "season", y: end, symbol: CAP, r: 5, stroke: "currentColor", fill: "none"})
              ),
              ...[true, false].map((above) =>
                Plot.text(
                  bounds.filter((d) => d.excess >= 0 === above),
                  {
                    x: "season",
                    // Beyond the whisker's far end, which would cross the value written at the bar's end.
                    y: above ? "upper" : "lower",
                    text: (d: SeasonRow) => signedPct(format, d.excess),
                    dy: above ? -8 : 8,
                    fontSize: 11,
                    fontWeight: 600,
                    fill: "currentColor"
                  }
                )
              )
            ]
          };
        }
      }),
      defineFigure<YearRow>({
        key: "years",
        data: s.byYear,
        columns: [
          {key: "year", label: "axis.year", format: "year"},
          {key: "season", label: "axis.season", format: SEASON_FORMAT},
          {key: "recipes", label: "axis.recipes", format: "int"},
          {key: "days", label: "axis.days", format: "int"},
          {key: "relativeRate", label: "axis.relativeRate", format: "2"},
          {key: "complete", label: "axis.complete", format: "text:axis.complete_"}
        ],
        legend: [
          {label: "axis.complete_true", color: "currentColor", shape: "dot"},
          {label: "axis.complete_false", color: "currentColor", shape: "hollow"}
        ],
        plot: ({width, narrow, text, format}) => {
          const facet = narrow ? {fy: "season"} : {fx: "season"};
          const complete = rated.filter((r) => r.complete);
          const partial = rated.filter((r) => !r.complete);
          return {
            width,
            height: narrow ? 4 * 130 + 40 : 280,
            marginLeft: narrow ? 40 : 44,
            marginTop: 28,
            fx: {axis: null, domain: SEASONS, padding: 0.08},
            fy: {axis: null, domain: SEASONS, padding: 0.15},
            x: {
              label: text("axis.year"),
              // Insets keep the dots of the first and last years, and of the extremes, inside their facet's frame.
              inset: 8,
              tickFormat: yearTicks,
              ticks: years.filter((y) => y % (narrow ? 5 : 10) === 0)
            },
            // Two decimals: the ticks step by 0.05 or 0.1, and one decimal printed 0.95 and 1.05 as 1.0 and 1.1.
            y: {
              label: text("axis.relativeRate"),
              grid: true,
              nice: true,
              inset: 6,
              // The season's name sits in the panel's top-left corner: the line stays below it.
              insetTop: 20,
              tickFormat: (v: number) => format(v, "times|2")
            },
            marks: [
              Plot.frame({strokeOpacity: 0.15}),
              Plot.ruleY([1], LINE.reference),
              Plot.line(complete, {
                ...facet,
                x: "year",
                y: "relativeRate",
                z: "season",
                stroke: (d: YearRow) => SEASON_FILL[d.season],
                strokeWidth: 1.5
              }),
              Plot.dot(complete, {
                ...facet,
                x: "year",
                y: "relativeRate",
                r: 2.5,
                fill: (d: YearRow) => SEASON_FILL[d.season],
                title: (d: YearRow) =>
                  `${text(seasonKey(d.season))} ${d.year}: ${format(d.relativeRate ?? 0, "2")} (${format(d.recipes, "int")} ${text("axis.recipes").toLowerCase()})`,
                render: annotate(complete, (d) => ({year: d.year}))
              }),
              // Years only partly inside the period: hollow and faded, not joined to the complete ones.
              partialYearDots(partial, {
                ...facet,
                y: "relativeRate",
                r: 2.5,
                stroke: (d: YearRow) => SEASON_FILL[d.season],
                strokeWidth: 1.5,
                title: (d: YearRow) =>
                  `${text(seasonKey(d.season))} ${d.year} (${text("axis.complete_false")}): ${format(d.relativeRate ?? 0, "2")}`
              }),
              Plot.text(SEASONS, {
                ...(narrow ? {fy: (d: Season) => d} : {fx: (d: Season) => d}),
                frameAnchor: "top-left",
                text: (d: Season) => text(seasonKey(d)),
                dx: 5,
                dy: 4,
                lineAnchor: "top",
                fontSize: 11,
                fontWeight: 600,
                fill: "currentColor"
              })
            ]
          };
        }
      })
    ];
  }
});
