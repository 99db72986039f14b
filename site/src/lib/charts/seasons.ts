/**
 * What the seasonal views share (moved from views/seasonality_volume.ts and views/seasonality_duration.ts, so that
 * views never import views): the season colours, names and legend, a signed percentage, and the notes of the
 * interval dot plots, and the whisker of a season's mean interval.
 */
import * as Plot from "@observablehq/plot";

import type {Season} from "../../../../queries/seasonality/_seasons.js";
import {SEASONS} from "../../../../queries/seasonality/_seasons.js";
import type {LegendEntry, PlotContext} from "../views.js";
import {LINE, SEASON_COLORS} from "./theme.js";

export const SEASON_FILL = SEASON_COLORS;

/** Text key of a season's name (capitalised, without article): `axis.season_Winter`. */
export const seasonKey = (season: Season): string => `axis.season_${season}`;

/** Table format that shows a season by its name from the text module. */
export const SEASON_FORMAT = "text:axis.season_";

/** Legend entries naming the four season colours. */
export const SEASON_LEGEND: LegendEntry[] = SEASONS.map((season) => ({
  label: seasonKey(season),
  color: SEASON_FILL[season]
}));

/** A fraction as a signed percentage in the reader's language: +10.2% / +10,2 %, −6.1%, 0%. */
export function signedPct(format: PlotContext["format"], fraction: number, digits = 1): string {
  const text = format(fraction, `pct|${digits}`);
  return Number((fraction * 100).toFixed(digits)) > 0 ? `+${text}` : text;
}

/** The significance of a Kruskal–Wallis test as a short chart note: "Kruskal–Wallis H = 10.8, p = 0.013". */
export function kruskalNote(
  k: {H: number; p: number; significant: boolean},
  {text, format}: Pick<PlotContext, "text" | "format">
): string {
  const note = `Kruskal–Wallis H = ${format(k.H, "1")}, ${format(k.p, "p")}`;
  return k.significant ? note : `${note} (${text("axis.not_significant")})`;
}

/** The in-chart key of an interval dot plot: "● mean   | median   ▬ interquartile range". */
export function intervalKey(text: (key: string) => string): string {
  return `●\u00a0${text("axis.mean")}   |\u00a0${text("axis.median")}   ▬\u00a0${text("axis.iqr")}`;
}

/**
 * The marks of an interval note: the test's result at the top left, the key at the top right. On a phone both sit
 * at the drawing's left edge (`marginLeft` is the chart's), where "… (not significant)" fits: from the plot's
 * edge it ran past the drawing's right edge.
 */
export function intervalNotes(note: string, key: string, narrow: boolean, marginLeft = 0): Plot.Markish[] {
  return [
    Plot.text([narrow ? `${note}\n${key}` : note], {
      frameAnchor: "top-left",
      text: (d: string) => d,
      dx: narrow ? Math.min(0, 8 - marginLeft) : 0,
      dy: narrow ? -40 : -26,
      lineAnchor: "top",
      fontSize: narrow ? 10 : 11,
      fill: "currentColor"
    }),
    ...(narrow
      ? []
      : [
          Plot.text([key], {
            frameAnchor: "top-right",
            textAnchor: "end",
            text: (d: string) => d,
            dy: -26,
            lineAnchor: "top",
            fontSize: 11,
            fill: "currentColor",
            fillOpacity: 0.85
          })
        ])
  ];
}

/** A 95 % interval's bounds, as the seasonal snapshots give them (null where a season has too few recipes). */
type Bounds = {lower: number; upper: number} | null;

/**
 * The 95 % interval of each season's mean as a whisker across its row (LINE.whisker, in the text colour), drawn
 * over the quartile band and under the dot; seasons without an interval draw none. `options` adds a facet.
 */
export function meanIntervalRule<Row extends {season: Season}>(
  rows: readonly Row[],
  interval: (d: Row) => Bounds,
  options: Plot.RuleYOptions = {}
): Plot.RuleY {
  return Plot.ruleY(
    rows.filter((d) => interval(d) !== null),
    {
      ...options,
      y: "season",
      x1: (d: Row) => interval(d)!.lower,
      x2: (d: Row) => interval(d)!.upper,
      stroke: "currentColor",
      ...LINE.whisker
    }
  );
}
