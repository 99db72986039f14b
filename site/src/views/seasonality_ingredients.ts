/**
 * The most seasonal ingredients: an item × season heatmap printing each share, shaded by the share's gap to the
 * item's own seasonal mean (so rare and common items read alike), the peak season's cell in bold and significance
 * marked by asterisks; and a dumbbell per item from its quietest to its busiest season, both ends named.
 * `seasonalItemsView` is shared with the seasonal tags, which have the same snapshot shape.
 */
import * as Plot from "@observablehq/plot";

import type {SeasonalItems} from "../../../queries/seasonality/_items.schema.js";
import type {Season} from "../../../queries/seasonality/_seasons.js";
import {SEASONS} from "../../../queries/seasonality/_seasons.js";
import {printsEqual, renderTemplate} from "../../../pipeline/narrative.js";
import {annotate, COLORS, LINE, tickedDomain, tiesForMax, unbroken} from "../lib/charts/index.js";
import type {AnalysisView} from "../lib/views.js";
import {defineFigure, defineView} from "../lib/views.js";
import {DUMBBELL, heatCells, hiddenLine, intervalAwareText, laneOffset} from "../lib/charts/seasons.js";
import {SEASON_FILL, SEASON_FORMAT, seasonKey, SEASON_SYMBOL, SEASON_SYMBOL_LEGEND} from "../lib/charts/seasons.js";
import {dumbbellInset, spanBands, spanHeight} from "../lib/charts/seasons.js";

type Item = SeasonalItems["items"][number];
interface Cell {
  rank: number;
  item: string;
  label: string;
  season: Season;
  recipes: number;
  share: number;
  /** The share's 95 % Wilson interval. */
  interval: Item["shares"][number]["interval"];
  /** share / the item's mean share − 1. */
  gap: number;
  peak: boolean;
  p: number;
  significant: boolean;
}
type RangeRow = Item & {label: string} & Partial<Record<Season, number>>;

/**
 * The item with its significance marker: "*" when significant after Holm's correction, nothing otherwise. A
 * no-break space holds the star to the name when a long name wraps onto a second line.
 */
function marked(item: Item): string {
  return `${item.item}${item.significant ? "\u00a0*" : ""}`;
}

/** Left margin for item labels, from the longest one (about 6 px a character at 11 px). */
function labelMargin(labels: readonly string[], narrow: boolean): number {
  const longest = Math.max(0, ...labels.map((l) => l.length));
  return Math.min(narrow ? 104 : 180, Math.max(64, Math.round(longest * 6.2) + 10));
}

/**
 * The heatmap shades a cell by its relative gap to the item's mean share on a fixed scale, full from ±50 %, with a
 * key, not scaled to the largest gap shown (which made any gap, however small, look saturated).
 */
const FULL_GAP = 0.5;

/** How the charts print a seasonal share: the heatmap's cells and the peak's ties are decided on this string. */
const SHARE_FORMAT = "pct|1";

/** The view of a seasonal items analysis (ingredients or tags). */
export function seasonalItemsView(): AnalysisView<SeasonalItems> {
  return defineView<SeasonalItems>({
    kpis: (s) => [
      {key: "distinctItems", value: s.distinctItems, format: "int"},
      {key: "testedItems", value: s.testedItems, format: "int"},
      {key: "keptItems", value: s.keptItems, format: "int"},
      {key: "shown", value: s.items.length, format: "int"},
      {key: "significantCount", value: `${s.significantCount} / ${s.items.length}`}
    ],
    figures: (s) => {
      const items = s.items;
      const labels = items.map(marked);
      const cells: Cell[] = items.flatMap((item) =>
        item.shares.map((share) => ({
          rank: item.rank,
          item: item.item,
          label: marked(item),
          season: share.season,
          recipes: share.recipes,
          share: share.share,
          interval: share.interval,
          gap: item.meanShare > 0 ? share.share / item.meanShare - 1 : 0,
          peak: share.season === item.peak,
          p: item.pAdjusted,
          significant: item.significant
        }))
      );
      const ranges: RangeRow[] = items.map((item) => ({
        ...item,
        label: marked(item),
        ...Object.fromEntries(item.shares.map((sh) => [sh.season, sh.share]))
      }));
      // Bold in the heatmap: every cell printed (to 0.1 %) like its item's largest share, so a tie is bold twice. The
      // printed string decides (as the cells print it), not a rounding of our own, which may split a half differently.
      const printedMax = tiesForMax(
        cells,
        (c) => c.item,
        (c) => c.share,
        (v) => renderTemplate(`{v|${SHARE_FORMAT}}`, {v}, "en")
      );
      const seasonsShown = SEASONS.filter((season) => s.seasons.some((r) => r.season === season));
      // The seasons that print like an item's peak share: the range chart names them all (a tie at 11.7 % named one).
      const peakSeasons = (row: RangeRow): Season[] =>
        seasonsShown.filter(
          (season) => row[season] !== undefined && printsEqual(row[season], row[row.peak] ?? 0, SHARE_FORMAT)
        );
      const note = (text: (key: string) => string): string[] => [text("axis.significance_note")];
      return [
        defineFigure<Cell>({
          key: "heatmap",
          data: cells,
          columns: [
            {key: "rank", label: "axis.rank", format: "year"},
            {key: "item", label: "axis.item"},
            {key: "season", label: "axis.season", format: SEASON_FORMAT},
            {key: "recipes", label: "axis.recipes", format: "int"},
            {key: "share", label: "axis.share", format: "pct|1"},
            {key: "lower", label: "axis.lower", value: (d) => d.interval.lower, format: "pct|2"},
            {key: "upper", label: "axis.upper", value: (d) => d.interval.upper, format: "pct|2"},
            {key: "gap", label: "axis.gap", format: "pct|0"},
            {key: "p", label: "axis.pAdjusted", format: "p"}
          ],
          legend: [
            {label: "axis.above", color: COLORS.above},
            {label: "axis.below", color: COLORS.below},
            {label: "axis.shade", color: "currentColor", shape: "ramp"}
          ],
          plot: ({width, narrow, text, format}) => ({
            width,
            height: items.length * (narrow ? 26 : 26) + 64,
            marginLeft: labelMargin(labels, narrow),
            marginRight: 4,
            marginTop: 28,
            marginBottom: narrow ? 40 : 28,
            x: {axis: null, domain: seasonsShown, padding: 0.04},
            y: {label: null, domain: labels, padding: 0.06},
            marks: [
              ...heatCells(cells, (d) => Math.abs(d.gap) / FULL_GAP, {
                x: "season",
                y: "label",
                fill: (d: Cell) => (d.gap >= 0 ? COLORS.above : COLORS.below),
                inset: 1,
                // A faint outline keeps the grid visible where a near-average cell is almost the card's colour (dark theme).
                stroke: "currentColor",
                strokeOpacity: 0.15,
                title: (d: Cell) =>
                  `${d.item}, ${text(seasonKey(d.season))}: ${format(d.share, "pct|1")} (${format(d.recipes, "int")} ${text("axis.recipes").toLowerCase()})`
              }),
              ...[false, true].map((peak) =>
                Plot.text(
                  cells.filter((c) => printedMax(c) === peak),
                  {
                    x: "season",
                    y: "label",
                    text: (d: Cell) => format(d.share, "pct|1"),
                    fontSize: narrow ? 10 : 11,
                    fontWeight: peak ? 700 : 400,
                    fill: "currentColor"
                  }
                )
              ),
              Plot.axisX({anchor: "top", label: null, tickSize: 0, tickFormat: (d: Season) => text(seasonKey(d))}),
              Plot.axisY({tickSize: 0, tickFormat: unbroken, lineWidth: narrow ? 9 : 16, lineHeight: 1.05}),
              Plot.text(note(text), {
                frameAnchor: "bottom-left",
                text: (d: string) => d,
                dy: 8,
                dx: -labelMargin(labels, narrow) + 4,
                lineAnchor: "top",
                lineWidth: narrow ? 30 : 70,
                fontSize: 10,
                fill: "currentColor",
                fillOpacity: 0.8
              })
            ]
          })
        }),
        defineFigure<RangeRow>({
          key: "range",
          data: ranges,
          columns: [
            {key: "rank", label: "axis.rank", format: "year"},
            {key: "item", label: "axis.item"},
            ...seasonsShown.map((season) => ({
              key: season,
              label: seasonKey(season),
              value: (d: RangeRow) => d[season] ?? null,
              format: "pct|1"
            })),
            {key: "peak", label: "axis.peak", format: SEASON_FORMAT},
            {key: "trough", label: "axis.trough", format: SEASON_FORMAT},
            {key: "cv", label: "axis.cv", format: "pct|0"},
            {key: "chi2", label: "axis.chi2", format: "1"},
            {key: "pAdjusted", label: "axis.pAdjusted", format: "p"}
          ],
          legend: [
            ...SEASON_SYMBOL_LEGEND,
            {label: "axis.span", color: "currentColor", shape: "span"},
            {label: "axis.interval", color: "currentColor", shape: "whiskerLevel"}
          ],
          plot: ({width, narrow, text, format, lang}) => {
            // Each season in its own lane of the item's row, in its own symbol, on a grey band from the lowest share
            // to the highest (seasons.ts DUMBBELL, SPAN); a note gives the lanes' order.
            const geometry = DUMBBELL[narrow ? "narrow" : "wide"];
            const lane = (season: Season): number => laneOffset(season, geometry.lane);
            const r = (): number => geometry.r;
            const trough = new Map(ranges.map((row) => [row.label, row.trough]));
            const max = Math.max(...cells.map((c) => c.interval.upper));
            // The two ends of each dumbbell, whose gap the chart shows, carry their share's 95 % Wilson interval.
            const ends = cells.filter((c) => c.peak || trough.get(c.label) === c.season);
            const peakUpper = new Map(cells.filter((c) => c.peak).map((c) => [c.label, c.interval.upper]));
            const drawn = {rows: ends, x: (d: Cell) => d.share, interval: (d: Cell) => d.interval, r};
            const lanes = `${text("axis.lanes")} ${seasonsShown.map((season) => text(seasonKey(season)).toLowerCase()).join(", ")}`;
            // On a phone the names go above their rows and the peaks into the right margin, so the plot takes the
            // card's width (a left margin of names left it 130 px of 330, where the marks ran together), the grid runs
            // beside the rows, and the axis is drawn at the top as well as at the foot of a chart ~2,000 px tall.
            const margin = narrow ? 12 : labelMargin(labels, narrow);
            const nameRoom = narrow ? 22 : 0;
            const rowHeight = geometry.row + nameRoom;
            const band = spanHeight(geometry);
            // Room for the notes above the plot: up to seven lines on a phone, 1.3 lines apart, three on the wide one;
            // on a phone, then the top axis.
            const notesTop = narrow ? 112 : 60;
            const axisRoom = narrow ? 26 : 0;
            const ticked = tickedDomain(max, narrow ? 4 : 8);
            const tickFormat = (v: number): string => format(v, "pct|0");
            return {
              width,
              height: items.length * rowHeight + notesTop + axisRoom + 40,
              marginLeft: margin,
              marginRight: narrow ? 64 : 72,
              marginTop: notesTop + axisRoom,
              marginBottom: 40,
              x: {
                label: text("axis.share"),
                // Ends on a labelled tick past the widest interval (tickedDomain), at every width.
                ...ticked,
                insetLeft: dumbbellInset(geometry),
                // A phone's grid and axes are marks of their own (above).
                grid: !narrow,
                tickFormat
              },
              // A point scale: the first and last rows sit half a step from the plot's edges, room for their outer lanes.
              y: {label: null, domain: labels, padding: 0.5, ...(narrow ? {axis: null} : {})},
              marks: [
                ...(narrow
                  ? [
                      Plot.gridX({ticks: ticked.ticks}),
                      Plot.axisX({anchor: "top", label: null, ticks: ticked.ticks, tickFormat}),
                      Plot.axisX({anchor: "bottom", label: text("axis.share"), ticks: ticked.ticks, tickFormat})
                    ]
                  : []),
                ...spanBands(
                  ranges,
                  {y: (d) => d.label, x1: (d) => d[d.trough] ?? 0, x2: (d) => d[d.peak] ?? 0},
                  band,
                  narrow
                ),
                // One mark per season, each in its lane (Plot's dy is one value per mark).
                ...seasonsShown.flatMap((season) => {
                  const mine = (d: Cell): boolean => d.season === season;
                  const title = (d: Cell): string =>
                    `${d.item}, ${text(seasonKey(d.season))}: ${format(d.share, "pct|1")}`;
                  const symbols = (peak: boolean): Plot.Dot => {
                    const data = cells.filter((d) => mine(d) && printedMax(d) === peak);
                    return Plot.dot(data, {
                      y: "label",
                      x: "share",
                      dy: lane(season),
                      r: geometry.r,
                      symbol: SEASON_SYMBOL[season],
                      fill: SEASON_FILL[season],
                      // The peak ringed in the text colour, the others edged in the card's.
                      stroke: peak ? "currentColor" : "var(--plot-background)",
                      strokeWidth: peak ? 1.5 : 1,
                      title,
                      // The legibility checks (marks-overlap) find an item's marks by item and season.
                      render: annotate(data, (d) => ({item: d.item, period: d.season, lane: d.season}))
                    });
                  };
                  return [
                    Plot.ruleY(ends.filter(mine), {
                      y: "label",
                      x1: (d: Cell) => d.interval.lower,
                      x2: (d: Cell) => d.interval.upper,
                      dy: lane(season),
                      stroke: SEASON_FILL[season],
                      ...LINE.whisker
                    }),
                    symbols(false),
                    symbols(true)
                  ];
                }),
                // The peak season named at the right of each dumbbell, past its interval, level with the row's name
                // (beside its lane, it read as the next row's): neither colour nor symbol is the only clue.
                Plot.text(ranges, {
                  y: "label",
                  // On a phone in the right margin, clear of the grid that runs beside the rows.
                  ...(narrow
                    ? {frameAnchor: "right", lineWidth: 5.5, lineHeight: 1.2}
                    : {x: (d: RangeRow) => peakUpper.get(d.label) ?? d[d.peak] ?? 0}),
                  text: (d: RangeRow) =>
                    new Intl.ListFormat(lang === "fr" ? "fr-FR" : "en-GB", {type: "conjunction"}).format(
                      peakSeasons(d).map((season, i) => {
                        const name = text(seasonKey(season));
                        return i === 0 ? name : name.toLowerCase();
                      })
                    ),
                  textAnchor: "start",
                  dx: 10,
                  fontSize: 10,
                  fill: "currentColor"
                }),
                narrow
                  ? Plot.text(ranges, {
                      y: "label",
                      frameAnchor: "left",
                      text: (d: RangeRow) => unbroken(d.label),
                      textAnchor: "start",
                      lineAnchor: "bottom",
                      // Above the band, in the gap the grid leaves between two rows, 6 px clear of it: the top lane's
                      // triangle (1.35 r above its centre) pokes out of the band, and at 3 px it touched the name.
                      dy: -(band / 2 + 6),
                      fontSize: 11,
                      fontWeight: 600,
                      fill: "currentColor"
                    })
                  : Plot.axisY({tickSize: 0, tickFormat: unbroken, lineWidth: 16, lineHeight: 1.05}),
                ...intervalAwareText(
                  drawn,
                  (hidden) => [...note(text), lanes, ...hiddenLine(hidden, text)].join("\n"),
                  {
                    frameAnchor: "top-left",
                    dy: -(notesTop + axisRoom - 4),
                    lineHeight: 1.3,
                    dx: -margin + 4,
                    lineAnchor: "top",
                    lineWidth: narrow ? (width - 8) / 10 : 90,
                    fontSize: 10,
                    fill: "currentColor",
                    fillOpacity: 0.8
                  }
                )
              ]
            };
          }
        })
      ];
    }
  });
}

export const view = seasonalItemsView();
