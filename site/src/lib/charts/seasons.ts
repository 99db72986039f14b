/**
 * What the seasonal views share (moved from views/seasonality_volume.ts and views/seasonality_duration.ts, so that
 * views never import views): the season colours, names and legends, a signed percentage, the marks and notes of the
 * interval dot plots (a season's quartiles, median, mean and the mean's 95 % interval), the note that says where
 * an interval is narrower than its dot, the rows of the dumbbells (a lane and a symbol per season, on a band from the
 * lowest share to the highest) and the two layers of the heatmaps' cells.
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

/** A 95 % interval's bounds, as the seasonal snapshots give them (null where a season has too few recipes). */
export type Bounds = {lower: number; upper: number} | null;

/**
 * The marks of an interval dot plot (the complexity score and the calories by season), one spec each, which their
 * legend keys (export.ts legendKey) draw too: the interquartile range a pale band in the season's colour, the median
 * a tick across it in the text colour, the mean a dot in the season's colour over the mean's interval.
 *
 * The band's opacity is the light theme's; on the dark card global.css raises it (QUARTILES_CLASS,
 * --chart-quartiles-opacity: 0.8), where 0.45 left the spring and autumn bands at 1.9:1 against the card (winter
 * 2.5:1) and viewers found them faint; at 0.8 every season's band keeps 3:1 (spring 3.2:1, autumn 3.15:1, winter
 * 4.8:1, summer 7.5:1). The mean's dot stays apart from a band of nearly its colour by its ring in the card's colour.
 */
export const QUARTILES_CLASS = "chart-quartiles";
export const INTERVAL_DOT = {
  quartiles: {strokeWidth: 8, strokeOpacity: 0.45, className: QUARTILES_CLASS},
  median: {strokeWidth: 2.5, inset: 6},
  mean: {r: 6}
} as const;

/**
 * The legend of an interval dot plot, each key drawn like its mark, in the text colour: the marks take their season's
 * colour, which the axis names, and a key in one season's colour read as that season's only. An in-chart text key
 * ("● mean | median ▬ interquartile range") drew the pale band as a dark bar.
 */
export const INTERVAL_DOT_LEGEND: LegendEntry[] = [
  {label: "axis.mean", color: "currentColor", shape: "disc"},
  {label: "axis.median", color: "currentColor", shape: "medianTick"},
  {label: "axis.iqr", color: "currentColor", shape: "quartiles"},
  {label: "axis.interval", color: "currentColor", shape: "whiskerLevel"}
];

/**
 * The shape of each season's marks where the four seasons share an item's row (the dumbbells), so that a season
 * reads without its colour: on a phone four small dots told apart by colour alone were the viewers' complaint. Plot's
 * symbols of one area; the stroked set's diamond (a square on its corner), as the filled set's is half again as tall.
 */
export const SEASON_SYMBOL = {
  Winter: "triangle",
  Spring: "diamond2",
  Summer: "circle",
  Autumn: "square"
} as const satisfies Record<Season, string>;

/** The legend key drawing each season's symbol (export.ts legendKey). */
const SYMBOL_KEY = {triangle: "triangle", diamond2: "diamond", circle: "disc", square: "square"} as const;

/** The season legend of the charts that draw each season as a symbol (the dumbbells): each key as drawn. */
export const SEASON_SYMBOL_LEGEND: LegendEntry[] = SEASONS.map((season) => ({
  label: seasonKey(season),
  color: SEASON_FILL[season],
  shape: SYMBOL_KEY[SEASON_SYMBOL[season]]
}));

/**
 * The rows of the seasonal dumbbells (the most seasonal ingredients and tags), at each width (px): every season in its
 * own lane of the item's row, winter at the top, in its symbol (SEASON_SYMBOL) of radius `r`, lanes `lane` apart and
 * items `row` apart. Lanes keep the four marks of an item apart at any share: on the line of a dumbbell, close shares
 * merged into one blot on a phone and, at the tags' low shares, at 1280 px. The lanes are far enough apart for the
 * tallest neighbours (the diamond over the circle, one of them ringed as the peak) to touch at most (seasons.test.ts,
 * on the drawn outlines; legibility.ts's marks-overlap check in the browser).
 *
 * The phone's symbols are larger than the wide drawing's (radius 6, not 4.5: at 4.5 in a 310 px drawing a reader
 * told the triangle from the diamond by colour only), with lanes and rows grown to match: a px of air between the
 * tallest neighbours and 13 px between two items' bands.
 */
export const DUMBBELL = {narrow: {r: 6, lane: 15, row: 72}, wide: {r: 4, lane: 9.5, row: 46}} as const;

/**
 * The room a dumbbell's x axis keeps at its left end (px), so that a share near zero keeps its whole symbol inside the
 * plot area, off the tick labels: half the widest symbol, the triangle (1.35 r across each side of its centre for
 * Plot's triangle of a disc's area), and its ring.
 */
export const dumbbellInset = ({r}: {r: number}): number => Math.ceil(1.35 * r + 1);

/**
 * The grey band behind a dumbbell's lanes, from the item's lowest seasonal share to its highest: the range the
 * figure's title names ("from the lowest to the highest"), joining the four lanes where a line on one lane
 * would join none of the others. Its height covers the lanes and their marks.
 */
export const SPAN = {strokeOpacity: 0.12} as const;

/**
 * The band's edges, a thin line in the text colour above and below it: the fill alone is about 1.4:1 on the dark card
 * (#414141 on #2a2a2a), where the band all but vanished; the edges keep it at 4:1 or more in both themes.
 */
export const SPAN_EDGE = {strokeWidth: 1, strokeOpacity: 0.6} as const;

/** The height of a dumbbell row's band (px): its four lanes and half a mark beyond each outer one. */
export const spanHeight = ({r, lane}: {r: number; lane: number}): number => 3 * lane + 2 * r + 2;

/** A season's lane in an item's row: its offset from the row's middle (px), winter at the top. */
export const laneOffset = (season: Season, lane: number): number => (SEASONS.indexOf(season) - 1.5) * lane;

/** Where a dumbbell's band lies: its row and its two ends. */
export interface SpanAt<Row> {
  y: (d: Row) => string;
  x1: (d: Row) => number;
  x2: (d: Row) => number;
}

/**
 * The bands of a dumbbell chart (SPAN), `height` px tall, with the x grid drawn across each band only, in the card's
 * colour (light lines on the grey): through the whole chart, the grid crossed the names of the peak seasons written
 * beside the bands, and under them a grid line in the band's grey vanished. Plot's grid (`x: {grid: true}`) gives the
 * lines' places and is removed; the pieces are drawn over the bands, under the marks that follow. `beside` draws
 * the grid beside each band too, over the row's height (a drawing that writes no label beside its bands).
 */
export function spanBands<Row>(rows: readonly Row[], at: SpanAt<Row>, height: number, beside = false): Plot.Markish[] {
  const grid: Plot.RenderFunction = function render(_index, scales, _values, _dimensions, context) {
    const svg = context.ownerSVGElement;
    const plotGrid = svg.querySelector('g[aria-label="x-grid"]');
    const {x, y} = scales;
    if (!plotGrid || !x || !y) return null;
    const ns = "http://www.w3.org/2000/svg";
    const g = context.document.createElementNS(ns, "g");
    g.setAttribute("aria-label", "span-grid");
    g.setAttribute("aria-hidden", "true");
    // Beside the band (a phone's drawing, whose labels are off the rows), the grid's own lines over the row's height.
    const outside = context.document.createElementNS(ns, "g");
    for (const name of ["stroke", "stroke-opacity", "stroke-width"]) {
      const value = plotGrid.getAttribute(name);
      if (value !== null) outside.setAttribute(name, value);
    }
    const inside = context.document.createElementNS(ns, "g");
    inside.setAttribute("stroke", "var(--plot-background)");
    // One path of "M x y V y" pieces per group, not a <line> per piece: a phone's grid beside twenty rows is some two
    // hundred pieces, and as lines they put the French seasonal page over its 60 KB budget (bench, issue #14).
    const pieces = new Map<Element, string[]>([
      [outside, []],
      [inside, []]
    ]);
    for (const line of plotGrid.querySelectorAll("line")) {
      const lineX = Number(line.getAttribute("x1"));
      for (const d of rows) {
        const middle = y(at.y(d)) as number;
        // Inside the band, off its two ends (the lowest and highest marks sit on them).
        const within = lineX > (x(at.x1(d)) as number) + 1 && lineX < (x(at.x2(d)) as number) - 1;
        const near = lineX >= (x(at.x1(d)) as number) - 1 && lineX <= (x(at.x2(d)) as number) + 1;
        if (!within && (!beside || near)) continue;
        pieces.get(within ? inside : outside)!.push(`M${lineX} ${middle - height / 2}V${middle + height / 2}`);
      }
    }
    for (const [group, d] of pieces) {
      if (d.length === 0) continue;
      const path = context.document.createElementNS(ns, "path");
      path.setAttribute("fill", "none");
      path.setAttribute("d", d.join(""));
      group.append(path);
    }
    g.append(...[outside, inside].filter((group) => group.childNodes.length > 0));
    plotGrid.remove();
    return g;
  };
  return [
    Plot.ruleY(rows, {y: at.y, x1: at.x1, x2: at.x2, stroke: "currentColor", strokeWidth: height, ...SPAN}),
    ...[-1, 1].map((side) =>
      Plot.ruleY(rows, {y: at.y, x1: at.x1, x2: at.x2, dy: (side * height) / 2, stroke: "currentColor", ...SPAN_EDGE})
    ),
    grid
  ];
}

/**
 * A heatmap's cells (the seasonal items and the nutrients), shaded by how far a value lies from its row's mean: from
 * HEAT.floor at the mean to HEAT.full at the scale's end. Drawn in two layers: a floor in every cell, whose density
 * global.css sets per theme (HEAT.className, --chart-heat-floor), then the shade over it. At 0.08, a cell near the
 * mean was 5 ΔE2000 from the dark card, a blank square to viewers; the dark floor, 0.22, keeps it 12 ΔE2000 away in
 * either colour, the site's threshold for colours told apart. With the light floor the two layers give the single
 * layer's opacity, floor + (full − floor) × shade.
 */
// full: at 0.68 the dark theme's fullest "above" cell (#96692b) held its 11 px value at 4.2:1; 0.6 keeps 4.5:1.
export const HEAT = {floor: 0.08, full: 0.6, className: "chart-heat-floor"} as const;

/** The opacity of the shade layer over the floor, for a shade from 0 (at the mean) to 1 (the scale's end). */
export const heatShade = (shade: number): number => ((HEAT.full - HEAT.floor) * shade) / (1 - HEAT.floor);

/** The two layers of a heatmap's cells: `shade` from 0 to 1, `fill` a colour per cell, `options` the cell's others. */
export function heatCells<Row>(
  rows: readonly Row[],
  shade: (d: Row) => number,
  options: Omit<Plot.CellOptions, "fillOpacity"> & {fill: (d: Row) => string}
): Plot.Markish[] {
  const {x, y, fill, inset} = options;
  return [
    Plot.cell(rows, {x, y, fill, inset, fillOpacity: HEAT.floor, className: HEAT.className}),
    Plot.cell(rows, {...options, fillOpacity: (d: Row) => heatShade(Math.min(1, Math.max(0, shade(d))))})
  ];
}

/**
 * The 95 % interval of each season's mean as a level whisker across its row (LINE.whisker, in the text colour),
 * drawn over the quartile band and under the dot; seasons without an interval draw none. `options` adds a facet.
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

/** Where each season's quartiles, median, mean and the mean's interval are, for `intervalDots`. */
export interface IntervalDotFields<Row> {
  q25: (d: Row) => number;
  median: (d: Row) => number;
  q75: (d: Row) => number;
  mean: (d: Row) => number;
  interval: (d: Row) => Bounds;
}

/** The right end of everything an interval dot plot draws (quartile band, mean's dot, its interval), for its axis. */
export function intervalDotsTop<Row>(rows: readonly Row[], at: IntervalDotFields<Row>): number {
  return Math.max(...rows.flatMap((d) => [at.q75(d), at.mean(d), at.interval(d)?.upper ?? at.mean(d)]));
}

/**
 * The marks of an interval dot plot, one row per season (INTERVAL_DOT): the quartile band, the median tick, the
 * mean's interval and the mean's dot, whose tooltip is `title`.
 */
export function intervalDots<Row extends {season: Season}>(
  rows: readonly Row[],
  at: IntervalDotFields<Row>,
  title: (d: Row) => string
): Plot.Markish[] {
  return [
    Plot.ruleY(rows, {
      y: "season",
      x1: at.q25,
      x2: at.q75,
      stroke: (d: Row) => SEASON_FILL[d.season],
      ...INTERVAL_DOT.quartiles
    }),
    Plot.tickX(rows, {y: "season", x: at.median, ...INTERVAL_DOT.median}),
    // The mean's 95 % interval, a level whisker over the quartile band.
    meanIntervalRule(rows, at.interval),
    Plot.dot(rows, {
      y: "season",
      x: at.mean,
      ...INTERVAL_DOT.mean,
      fill: (d: Row) => SEASON_FILL[d.season],
      stroke: "var(--plot-background)",
      title
    })
  ];
}

/** How many of the drawn intervals a dot hides: none, some or all of them. */
export type HiddenIntervals = "none" | "some" | "all";

/** The intervals a chart draws, each around its dot of radius `r` (px) at `x`. */
export interface DrawnIntervals<Row> {
  rows: readonly Row[];
  x: (d: Row) => number;
  interval: (d: Row) => Bounds;
  r: (d: Row) => number;
}

/**
 * Whether a mark centred on `centre` (a value) hides an interval on a drawn x scale: both its ends lie within `reach`
 * px of the centre, the part of the row the mark covers.
 */
export function intervalHidden(
  x: (value: number) => number,
  centre: number,
  reach: number,
  {lower, upper}: {lower: number; upper: number}
): boolean {
  const at = x(centre);
  return Math.abs(x(lower) - at) <= reach && Math.abs(x(upper) - at) <= reach;
}

/** How many of a chart's intervals are hidden, from one flag per interval drawn. */
export function hiddenTally(hidden: readonly boolean[]): HiddenIntervals {
  const count = hidden.filter(Boolean).length;
  return count === 0 ? "none" : count === hidden.length ? "all" : "some";
}

/**
 * Whether the dots hide their intervals on a drawn x scale: an interval is hidden when both its ends lie within a
 * pixel of its dot's edge (the dot's outline in the background colour covers that pixel).
 */
export function hiddenIntervals<Row>(drawn: DrawnIntervals<Row>, x: (value: number) => number): HiddenIntervals {
  const rows = drawn.rows.filter((d) => drawn.interval(d) !== null);
  return hiddenTally(rows.map((d) => intervalHidden(x, drawn.x(d), drawn.r(d) + 1, drawn.interval(d)!)));
}

/**
 * A note whose text depends on whether the dots hide their intervals as drawn, which only the drawn scale tells (a
 * phone drawing hides more than the wide one): one text mark per case, each drawn only in its case (none for an
 * empty text). The 95 %
 * intervals of most seasonal means are narrower than their dots; without the note a reader would look for them in
 * vain.
 */
export function intervalAwareText<Row>(
  drawn: DrawnIntervals<Row>,
  note: (hidden: HiddenIntervals) => string,
  options: Plot.TextOptions
): Plot.Markish[] {
  const states = (["none", "some", "all"] as const).filter((state) => note(state) !== "");
  return states.map((state) =>
    Plot.text([note(state)], {
      // Plot sets lines one em apart, where a line's descenders touch the next one's capitals.
      lineHeight: 1.3,
      ...options,
      text: (d: string) => d,
      render: (index, scales, values, dimensions, context, next) =>
        scales.x && hiddenIntervals(drawn, scales.x) === state
          ? next!(index, scales, values, dimensions, context)
          : null
    })
  );
}

/** The line that says the dots hide their intervals ("all" or "some" of them), none when every interval shows. */
export function hiddenLine(hidden: HiddenIntervals, text: (key: string) => string): string[] {
  return hidden === "none" ? [] : [text(`axis.interval_hidden_${hidden}`)];
}

/**
 * The notes of an interval dot plot: the test's result and, where the dots hide intervals, a line saying so under it,
 * at the top left (both at the top, the French line ran into the test's result at 1280 px). On a phone from the
 * drawing's left edge (`marginLeft` is the chart's) and wrapped to its width, where "… (not significant)" fits: from
 * the plot's edge it ran past the drawing's right edge. The chart leaves NOTES_TOP of margin above its plot for them.
 */
export function intervalNotes<Row>(
  note: string,
  drawn: DrawnIntervals<Row>,
  {narrow, width, text}: Pick<PlotContext, "narrow" | "width" | "text">,
  marginLeft = 0
): Plot.Markish[] {
  return intervalAwareText(drawn, (hidden) => [note, ...hiddenLine(hidden, text)].join("\n"), {
    frameAnchor: "top-left",
    lineAnchor: "top",
    fill: "currentColor",
    dx: narrow ? Math.min(0, 8 - marginLeft) : 0,
    dy: -(NOTES_TOP[narrow ? "narrow" : "wide"] - 8),
    lineWidth: narrow ? (width - 16) / 10 : undefined,
    fontSize: narrow ? 10 : 11
  });
}

/** The top margin an interval dot plot keeps for its notes (px): three lines on a phone, two on the wide drawing. */
export const NOTES_TOP = {narrow: 60, wide: 44} as const;
