/**
 * Preparation time per year: a dispersion band, the yearly mean (orange, with its 95 % interval band) and median
 * (blue) with dots sized by the year's recipes, and the dashed WLS line of each. One drawing per band (the y axis follows the band, as in the
 * reference) and both dot sizes, the reader's choice shown (`band=`, `bubbles=`; the interquartile range and sized
 * dots without JavaScript); each WLS line carries its scales so site/src/scripts/explorers/trends_duration.ts can
 * redraw it for the years a reader picks.
 */
import * as Plot from "@observablehq/plot";

import type {TrendsDuration} from "../../../queries/trends/trends_duration.schema.js";
import {annotate, COLORS, tickedDomain, LINE, shownWhen, tagGroup, yearAxis} from "../lib/charts/index.js";
import {defineFigure, defineView} from "../lib/views.js";
import {kpis} from "./trends_duration.kpis.js";

type YearRow = TrendsDuration["perYear"][number];
type Series = "mean" | "median";

const SERIES_COLORS: Record<Series, string> = {mean: COLORS.observed, median: COLORS.secondary};

export const view = defineView<TrendsDuration>({
  kpis,
  figures: (s) => {
    const perYear = s.perYear;
    const years = perYear.map((r) => r.year);
    const first = years[0]!;
    const last = years[years.length - 1]!;
    const band = s.bands.find((b) => b.isDefault) ?? s.bands[0]!;
    const low = (d: YearRow): number => d[band.low];
    const high = (d: YearRow): number => d[band.high];
    const maxRecipes = Math.max(...perYear.map((r) => r.recipes));
    const fitted = (series: Series) =>
      [first, last].map((year) => ({year, minutes: s.fits[series].intercept + s.fits[series].slope * year}));
    return [
      defineFigure<YearRow>({
        key: "trend",
        data: perYear,
        columns: [
          {key: "year", label: "axis.year", format: "year"},
          {key: "recipes", label: "axis.recipes", format: "int"},
          {key: "mean", label: "axis.mean", format: "1"},
          {key: "lower", label: "axis.lower", value: (d) => d.intervals.mean?.lower ?? null, format: "1"},
          {key: "upper", label: "axis.upper", value: (d) => d.intervals.mean?.upper ?? null, format: "1"},
          {key: "median", label: "axis.median", format: "1"},
          {key: "low", label: "axis.low", value: low, format: "1"},
          {key: "high", label: "axis.high", value: high, format: "1"},
          {
            key: "meanTrend",
            label: "axis.mean_trend",
            value: (d) => s.fits.mean.intercept + s.fits.mean.slope * d.year,
            format: "1"
          },
          {
            key: "medianTrend",
            label: "axis.median_trend",
            value: (d) => s.fits.median.intercept + s.fits.median.slope * d.year,
            format: "1"
          }
        ],
        legend: [
          {label: "axis.mean", color: SERIES_COLORS.mean, shape: "dot"},
          {label: "axis.interval", color: SERIES_COLORS.mean, shape: "band"},
          {label: "axis.median", color: SERIES_COLORS.median, shape: "dotSquare"},
          // The dots' size carries the year's recipes, which nothing else on the chart says; off with the bubbles.
          {label: "axis.dot_area", color: "currentColor", shape: "sizes", when: "bubbles=on"},
          {label: "axis.mean_trend", color: SERIES_COLORS.mean, shape: "fit"},
          {label: "axis.median_trend", color: SERIES_COLORS.median, shape: "fit"},
          // The grey band had only a small tag at its right end ("25th–75th percentile"); the legend names it too.
          {label: "axis.band", color: "currentColor", shape: "spread"}
        ],
        variants: {option: "band", values: s.bands.map((b) => b.key), initial: band.key},
        plot: ({width, narrow, text, format, variant}) => {
          const shown = s.bands.find((b) => b.key === variant) ?? band;
          // The tip leaves the band out: the reader may show another one; the table has the default's bounds.
          const tip = (d: YearRow): string =>
            [
              `${d.year} (${format(d.recipes, "int")} ${text("axis.recipes").toLowerCase()})`,
              `${text("axis.mean")}: ${format(d.mean, "1")} min`,
              `${text("axis.median")}: ${format(d.median, "1")} min`
            ].join("\n");
          const series = (key: Series, symbol: "circle" | "square") => [
            Plot.line(perYear, {
              x: "year",
              y: key,
              stroke: SERIES_COLORS[key],
              strokeWidth: 2,
              render: tagGroup({role: "series", series: key})
            }),
            Plot.line(fitted(key), {
              x: "year",
              y: "minutes",
              stroke: SERIES_COLORS[key],
              ...LINE.fit,
              render: tagGroup({
                role: "fit",
                series: key,
                slope: s.fits[key].slope,
                intercept: s.fits[key].intercept
              })
            }),
            // Dots sized by the year's recipes (the reference's bubbles), or all alike when the reader turns them off.
            ...[true, false].map((sized) =>
              Plot.dot(perYear, {
                x: "year",
                y: key,
                r: sized ? "recipes" : narrow ? 3 : 3.5,
                symbol,
                fill: SERIES_COLORS[key],
                stroke: "var(--plot-background)",
                strokeWidth: 1,
                title: tip,
                render: shownWhen(
                  `bubbles=${sized ? "on" : "off"}`,
                  sized,
                  annotate(perYear, (d) => ({year: d.year}))
                )
              })
            )
          ];
          const lastRow = perYear[perYear.length - 1]!;
          // The axis follows the band and the series, not the mean's interval: a year of a handful of recipes has
          // an interval wide enough to squash the whole chart (and its end labels together), so the band is cut at
          // the axis' ends; the data table keeps its true bounds.
          const top = Math.max(...perYear.flatMap((d) => [d[shown.high], d.mean, d.median]));
          const ends = (["mean", "median"] as const).map((key) => ({key, year: lastRow.year, minutes: lastRow[key]}));
          return {
            width,
            height: narrow ? 300 : 400,
            marginLeft: narrow ? 40 : 52,
            // Room for the end labels: at 56 the French « Moyenne » ran past the drawing's edge on a phone.
            marginRight: narrow ? 64 : 76,
            x: yearAxis(text("axis.year"), years, narrow),
            // Ends on a labelled tick (tickedDomain): Plot's nice rounded for more ticks than a phone draws.
            y: {label: text("axis.minutes"), grid: true, ...tickedDomain(top, narrow ? 6 : 8)},
            r: {domain: [0, maxRecipes], range: narrow ? [1.5, 6] : [1.5, 8]},
            marks: [
              Plot.areaY(perYear, {
                x: "year",
                y1: (d: YearRow) => d[shown.low],
                y2: (d: YearRow) => d[shown.high],
                fill: "currentColor",
                ...LINE.spread,
                curve: "linear",
                render: tagGroup({role: "band", band: shown.key})
              }),
              // The band's edges, dotted as every spread's (LINE.spreadEdge): its fill alone is about 1.4:1 on the
              // dark card, where the band all but vanished.
              ...([shown.low, shown.high] as const).map((edge) =>
                Plot.line(perYear, {x: "year", y: edge, stroke: "currentColor", ...LINE.spreadEdge, curve: "linear"})
              ),
              // The band's name at its right end; a phone has no room for it there ("25th–75th perce…" was cut), and
              // the select above the chart names the band shown.
              ...(narrow
                ? []
                : [
                    Plot.text([lastRow], {
                      x: "year",
                      y: (d: YearRow) => d[shown.high],
                      text: () =>
                        text("option.band.range", {lowPercent: shown.lowPercent, highPercent: shown.highPercent}),
                      textAnchor: "start",
                      dx: 6,
                      fontSize: 10,
                      // Two lines in the right margin: "25th–75th percentile" on one ran past the drawing's edge.
                      lineWidth: 6.5,
                      fill: "currentColor",
                      fillOpacity: 0.7
                    })
                  ]),
              Plot.areaY(
                perYear.filter((d) => d.intervals.mean !== null),
                {
                  x: "year",
                  y1: (d: YearRow) => Math.max(0, d.intervals.mean!.lower),
                  y2: (d: YearRow) => Math.min(top, d.intervals.mean!.upper),
                  fill: SERIES_COLORS.mean,
                  ...LINE.band,
                  render: tagGroup({role: "interval", series: "mean"})
                }
              ),
              ...series("mean", "circle"),
              ...series("median", "square"),
              // Direct labels at the right end, so the series never rely on colour alone; the higher one goes up.
              ...ends.map((end) => {
                const other = ends.find((e) => e.key !== end.key)!;
                const above = end.minutes > other.minutes || (end.minutes === other.minutes && end.key === "mean");
                return Plot.text([end], {
                  x: "year",
                  y: "minutes",
                  text: () => text(`axis.${end.key}`),
                  textAnchor: "start",
                  dx: 10,
                  dy: above ? -7 : 7,
                  fontSize: 11,
                  fontWeight: 600,
                  fill: SERIES_COLORS[end.key]
                });
              })
            ]
          };
        }
      })
    ];
  }
});
