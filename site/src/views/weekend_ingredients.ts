/**
 * The weekend page's ingredients analysis (and, through `periodItemsView`, its tags analysis): the items whose
 * share differs between weekend and weekday recipes, as diverging bars of the gap with its interval (weekend side
 * orange, weekday side blue-grey) and as a dumbbell of the two shares.
 */
import * as Plot from "@observablehq/plot";

import type {PeriodItem, PeriodItems} from "../../../queries/weekend/_items.schema.js";
import {
  annotate,
  COLORS,
  HALO,
  includesZero,
  laneGridX,
  laneRuleX,
  LINE,
  PERIOD_COLORS,
  unbroken,
  WHISKER_LABEL_GAP,
  wrapWords
} from "../lib/charts/index.js";
import {withInterval} from "../lib/intervalText.js";
import type {HiddenIntervals} from "../lib/charts/seasons.js";
import {hiddenLine, hiddenTally, intervalHidden} from "../lib/charts/seasons.js";
import type {AnalysisView, ColumnSpec, PlotContext} from "../lib/views.js";
import {defineFigure, defineView} from "../lib/views.js";

/** Height of one item's lane: its name above, its bar or dumbbell below. */
const LANE = 40;

/** The gap's bar in its lane, under the item's name: its insets from the lane's band (px). */
const BAR = {insetTop: 20, insetBottom: 2} as const;

/** From the band's middle to the bar's, where the gap's whisker and its value are drawn (px). */
const BAR_MIDDLE = (BAR.insetTop - BAR.insetBottom) / 2;

/**
 * Room beyond the farthest end of a gap's interval for its value ("−1.22 pp", about 45 px at 11 px) and its gap:
 * the axis ends that far past it at every width, so that no value leaves the drawing.
 */
const VALUE_ROOM = 47 + WHISKER_LABEL_GAP;

/**
 * The two ends of a dumbbell, both on the item's line, so that a pair never reads as a diagonal (close pairs were
 * dodged above and below the line, and at 1280 px each read as a slanted segment): the weekday share an open ring, the
 * weekend share a smaller solid square drawn over it, which fits inside the ring (its corners 4.4 px from its centre,
 * the ring's inside 5 px) and so never hides it, even for equal shares.
 */
const MARKS = {
  weekday: {symbol: "circle", r: 6, strokeWidth: 2},
  weekend: {symbol: "square", r: 3.5, strokeWidth: 0}
} as const;

/**
 * How far each mark covers its row's line from its centre (px): the ring to its stroke's outer edge, the square to its
 * side's middle (Plot draws a square of `r` with the area of a circle of radius `r`: half its side is r·√π / 2).
 */
const REACH = {
  weekday: MARKS.weekday.r + MARKS.weekday.strokeWidth / 2,
  weekend: (MARKS.weekend.r * Math.sqrt(Math.PI)) / 2
} as const;

/** Gap between a share's label and the outermost thing drawn on its side of the row (a mark or an interval), px. */
const LABEL_GAP = 6;

/** Room under the last dumbbell so its ring (its centre 8 px down, 7 px in radius with its stroke) clears the ticks. */
const SHARES_INSET_BOTTOM = 16;

/**
 * Room on the shares figure's left for the smaller share's label (about 4.6 ems of its 10–11 px text and the 9 px
 * gap to its mark), so that a share near zero keeps its label inside the drawing.
 */
const SHARE_LABEL_ROOM = 48;

/** Room above the first row for its name, which sits 11 px above the row's band: at 8 it was cut at the top. */
const SHARES_MARGIN_TOP = 24;

/** The two periods, in the order their marks are drawn. */
const PERIODS = ["weekday", "weekend"] as const;
type Period = (typeof PERIODS)[number];

const COLUMNS: ReadonlyArray<ColumnSpec<PeriodItem>> = [
  {key: "item", label: "axis.item"},
  {key: "weekdayWith", label: "axis.weekdayWith", format: "int"},
  {key: "weekendWith", label: "axis.weekendWith", format: "int"},
  {key: "weekdayShare", label: "axis.weekdayShare", format: "pct|2"},
  {key: "weekendShare", label: "axis.weekendShare", format: "pct|2"},
  {key: "weekdayLower", label: "axis.weekdayLower", value: (d) => d.weekdayShareInterval.lower, format: "pct|2"},
  {key: "weekdayUpper", label: "axis.weekdayUpper", value: (d) => d.weekdayShareInterval.upper, format: "pct|2"},
  {key: "weekendLower", label: "axis.weekendLower", value: (d) => d.weekendShareInterval.lower, format: "pct|2"},
  {key: "weekendUpper", label: "axis.weekendUpper", value: (d) => d.weekendShareInterval.upper, format: "pct|2"},
  {key: "deltaPp", label: "axis.delta", format: "pp|2"},
  {key: "deltaLowerPp", label: "axis.deltaLower", format: "pp|2"},
  {key: "deltaUpperPp", label: "axis.deltaUpper", format: "pp|2"},
  {key: "chi2", label: "axis.chi2", format: "2"},
  {key: "p", label: "axis.p", format: "p"},
  {key: "pAdjusted", label: "axis.pAdjusted", format: "p"},
  {key: "phi", label: "axis.phi", format: "signed|3"}
];

function tip(d: PeriodItem, {text, format, lang}: PlotContext): string {
  return [
    d.item,
    `${text("axis.weekdayShare")}: ${withInterval(format(d.weekdayShare, "pct|2"), format(d.weekdayShareInterval.lower, "pct|2"), format(d.weekdayShareInterval.upper, "pct|2"), lang)}`,
    `${text("axis.weekendShare")}: ${withInterval(format(d.weekendShare, "pct|2"), format(d.weekendShareInterval.lower, "pct|2"), format(d.weekendShareInterval.upper, "pct|2"), lang)}`,
    `${text("axis.delta")}: ${withInterval(format(d.deltaPp, "pp|2"), format(d.deltaLowerPp, "pp|2"), format(d.deltaUpperPp, "pp|2"), lang)} (${format(d.pAdjusted, "p")}, Holm)`
  ].join("\n");
}

/**
 * How many of the shares' intervals their marks hide on the drawn x scale (`x`, from a fraction to px): a weekday
 * interval under its ring, a weekend one under its square or under the ring it lies on (the ring, filled with the
 * background, is drawn over both whiskers). The test and the tally are the seasonal charts' (seasons.ts), applied to
 * each mark that covers the interval, as far as that mark reaches (REACH).
 */
export function hiddenShareIntervals(rows: readonly PeriodItem[], x: (share: number) => number): HiddenIntervals {
  const under = (d: PeriodItem, period: Period, centre: number, reach: number) =>
    intervalHidden(x, centre, reach, d[`${period}ShareInterval`]);
  return hiddenTally(
    rows.flatMap((d) => [
      under(d, "weekday", d.weekdayShare, REACH.weekday),
      under(d, "weekend", d.weekendShare, REACH.weekend) || under(d, "weekend", d.weekdayShare, REACH.weekday)
    ])
  );
}

/** The end of a gap's interval away from zero, where its value is written: past it, the digits clear the whisker. */
export function outerEnd(d: Pick<PeriodItem, "deltaPp" | "deltaLowerPp" | "deltaUpperPp">): number {
  return d.deltaPp > 0 ? d.deltaUpperPp : d.deltaLowerPp;
}

/** Text width available to an item's name, in ems, for Plot's ellipsis. */
function nameWidth(px: number, fontSize: number): number {
  return Math.max(4, px / fontSize);
}

/** The view shared by the ingredients and the tags analyses (same snapshot shape, different text modules). */
export function periodItemsView<S extends PeriodItems>(): AnalysisView<S> {
  return defineView<S>({
    // The captions and the side keys agree with the items drawn: "The only ingredient …" over one bar (the `#one`
    // variants); each tile's name with its own count, « Plus fréquent en semaine : 1 » (in French 0 takes the
    // singular too: « Plus fréquent le week-end : 0 »).
    values: (s) => ({count: s.moreAtWeekend.length + s.moreOnWeekdays.length}),
    kpis: (s) => [
      {key: "distinct", value: s.counts.distinct, format: "int"},
      {key: "passing", value: s.counts.passing, format: "int", agrees: true},
      {key: "moreAtWeekend", value: s.counts.moreAtWeekend, format: "int", agrees: true},
      {key: "moreOnWeekdays", value: s.counts.moreOnWeekdays, format: "int", agrees: true}
    ],
    figures: (s) => {
      // Largest weekend gap first, largest weekday gap last: the bars diverge from the middle of the chart.
      const rows = [...s.moreAtWeekend, ...[...s.moreOnWeekdays].reverse()];
      if (rows.length === 0) return [];
      const items = rows.map((d) => d.item);
      // The farthest end of an interval from zero: the gaps' axis reaches past it.
      const reach = Math.max(...rows.map((d) => Math.abs(outerEnd(d))));
      // A gap whose interval holds zero is in muted, as the trends' changes (the tested gaps rarely are: Holm's test
      // and the per-item interval can disagree at the margin).
      const unclear = (d: PeriodItem): boolean => includesZero(d.deltaLowerPp, d.deltaUpperPp);
      const color = (d: PeriodItem): string =>
        unclear(d) ? COLORS.muted : d.deltaPp > 0 ? PERIOD_COLORS.weekend : PERIOD_COLORS.weekday;
      // A side with no bar has no legend entry: a key for a mark the chart does not draw misleads.
      const gapsLegend = [
        ...(s.moreAtWeekend.length > 0 ? [{label: "kpi.moreAtWeekend", color: PERIOD_COLORS.weekend}] : []),
        ...(s.moreOnWeekdays.length > 0 ? [{label: "kpi.moreOnWeekdays", color: PERIOD_COLORS.weekday}] : []),
        ...(rows.some(unclear) ? [{label: "axis.no_clear_gap", color: COLORS.muted}] : []),
        {label: "axis.gapInterval", color: "currentColor", shape: "whiskerLevel" as const}
      ];
      const height = rows.length * LANE + 48;
      return [
        defineFigure<PeriodItem>({
          key: "gaps",
          data: rows,
          columns: COLUMNS,
          legend: gapsLegend,
          plot: (ctx) => {
            const {width, narrow, text, format} = ctx;
            const fontSize = narrow ? 11 : 12;
            const half = (width - 24) / 2 - 6;
            // The farthest interval end, then room for its value, in pixels: a value's width does not scale with the
            // axis, so a margin as a share of the gap would be too narrow on a phone or too wide at 1280 px.
            const halfPx = (width - 24) / 2;
            const limit = (reach * halfPx) / Math.max(halfPx - VALUE_ROOM, halfPx / 3);
            const right = rows.filter((d) => d.deltaPp > 0);
            const left = rows.filter((d) => d.deltaPp <= 0);
            const name = (data: PeriodItem[], anchor: "start" | "end") =>
              Plot.text(data, {
                y: "item",
                x: 0,
                text: (d: PeriodItem) => unbroken(d.item),
                textAnchor: anchor,
                dx: anchor === "start" ? 3 : -3,
                dy: -11,
                fontSize,
                lineWidth: nameWidth(half, fontSize),
                textOverflow: "ellipsis",
                // A name longer than its half crosses the zero line.
                ...HALO,
                fill: "currentColor"
              });
            // On a phone half the width cut names ("boneless skinless chick…"): there every name starts at the left
            // edge and may use the whole width, with a halo where it crosses the zero line.
            const fullName = (data: PeriodItem[]) =>
              Plot.text(data, {
                y: "item",
                x: -limit,
                text: (d: PeriodItem) => unbroken(d.item),
                textAnchor: "start",
                dx: 3,
                dy: -11,
                fontSize,
                ...HALO,
                lineWidth: nameWidth(width - 36, fontSize),
                textOverflow: "ellipsis",
                fill: "currentColor"
              });
            // Past the end of the gap's interval: at the bar's end, the digits lay on the whisker.
            const value = (data: PeriodItem[], anchor: "start" | "end") =>
              Plot.text(data, {
                y: "item",
                x: outerEnd,
                text: (d: PeriodItem) => format(d.deltaPp, "pp|2"),
                textAnchor: anchor,
                dx: anchor === "start" ? WHISKER_LABEL_GAP : -WHISKER_LABEL_GAP,
                dy: BAR_MIDDLE,
                fontSize: narrow ? 10 : 11,
                fill: "currentColor",
                className: "value-labels"
              });
            return {
              width,
              height,
              marginLeft: 12,
              marginRight: 12,
              marginTop: 8,
              marginBottom: 40,
              // Ticks every whole pp on a phone once the intervals widen the axis (three ticks were left there).
              x: {label: text("axis.delta"), grid: true, domain: [-limit, limit], ticks: narrow ? 6 : 10},
              y: {axis: null, domain: items, padding: 0.08},
              marks: [
                laneGridX(4),
                Plot.barX(rows, {
                  y: "item",
                  x: "deltaPp",
                  fill: color,
                  ...BAR,
                  title: (d: PeriodItem) => tip(d, ctx),
                  render: annotate(rows, (d) => ({item: d.item}))
                }),
                // The gap's interval across the bar's end, in the text colour (theme.ts whisker), as the weekend
                // complexity bars draw their means' intervals.
                Plot.ruleY(rows, {
                  y: "item",
                  x1: "deltaLowerPp",
                  x2: "deltaUpperPp",
                  dy: BAR_MIDDLE,
                  stroke: "currentColor",
                  ...LINE.whisker
                }),
                ...(narrow ? [fullName(rows)] : [name(right, "start"), name(left, "end")]),
                value(right, "start"),
                value(left, "end"),
                // Zero in each lane, beside the bar only: names above it stay clear of the line.
                laneRuleX(rows, {x: 0, y: "item", below: 1, stroke: "currentColor"})
              ]
            };
          }
        }),
        defineFigure<PeriodItem>({
          key: "shares",
          data: rows,
          columns: COLUMNS,
          legend: [
            {label: "axis.weekday", color: PERIOD_COLORS.weekday, shape: "ring"},
            {label: "axis.weekend", color: PERIOD_COLORS.weekend, shape: "square"},
            // The segment between them is the gap, read on the axis: keyed as drawn (LINE.link).
            {label: "axis.gapSegment", color: "currentColor", shape: "link"},
            {label: "axis.interval", color: "currentColor", shape: "whiskerLevel"}
          ],
          plot: (ctx) => {
            const {width, narrow, text, format} = ctx;
            const fontSize = narrow ? 11 : 12;
            const marginRight = 16;
            // Each row drawn from its weekday share, at 0: on one 0–40 % axis, gaps of 0.3 to 1.2 pp put the square
            // inside the ring on every row and the figure showed nothing; measured from the weekday share, the gap and
            // both intervals are as wide as the drawing allows, and the shares are written beside their marks.
            const from = (d: PeriodItem, share: number): number => share - d.weekdayShare;
            const reach = Math.max(
              ...rows.flatMap((d) =>
                PERIODS.flatMap((period) => [
                  Math.abs(from(d, d[`${period}ShareInterval`].lower)),
                  Math.abs(from(d, d[`${period}ShareInterval`].upper))
                ])
              )
            );
            // Room on each side for a share's label (about 52 px) beyond the farthest mark or interval end.
            const halfPx = (width - SHARE_LABEL_ROOM - marginRight) / 2;
            const half = (reach * halfPx) / Math.max(halfPx - 56, halfPx / 3);
            const xOptions = {
              label: text("axis.fromWeekday"),
              grid: true,
              percent: true,
              domain: [-half * 100, half * 100],
              range: [SHARE_LABEL_ROOM, width - marginRight],
              ticks: narrow ? 4 : 8,
              tickFormat: (v: number) => format(v, "signed|1")
            };
            const scale = Plot.scale({x: xOptions});
            // The scale's apply takes the axis' percent, not the shares' fractions (`percent` scales channels only).
            // What the marks hide depends on distances only: the unshifted scale tells it.
            const x = (share: number): number => scale.apply(share * 100) as number;
            // Where the marks hide intervals, a note over the chart says so (the seasonal charts' words): a reader
            // would look for them in vain, and the caption cannot tell, as it depends on the drawing's width.
            const noteFont = narrow ? 10 : 11;
            // Wrapped here, at Inter's average glyph of about 0.55 em, so that the margin above holds the lines drawn.
            const noteLines = hiddenLine(hiddenShareIntervals(rows, x), text).flatMap((line) =>
              wrapWords(line, Math.floor((width - 24) / (noteFont * 0.55)))
            );
            const note = noteLines.join("\n");
            const marginTop = SHARES_MARGIN_TOP + noteLines.length * noteFont * 1.3 + (note ? 6 : 0);
            // Each share beside its own mark, on the outer side (the smaller share on its left, the larger on its
            // right) and in its period's colour, so that two close shares pair with their marks; beyond the end of the
            // share's interval, which would strike the digits.
            const ends = rows.flatMap((d) => {
              const weekendHigher = d.weekendShare > d.weekdayShare;
              return [
                {
                  item: d.item,
                  share: d.weekdayShare,
                  ci: d.weekdayShareInterval,
                  period: "weekday",
                  side: weekendHigher ? "left" : "right"
                },
                {
                  item: d.item,
                  share: d.weekendShare,
                  ci: d.weekendShareInterval,
                  period: "weekend",
                  side: weekendHigher ? "right" : "left"
                }
              ] as const;
            });
            type End = (typeof ends)[number];
            // Each label clears everything drawn on its side of its row, marks and intervals alike: placed from its
            // interval's end, a label touched the ring of an interval narrower than it (the French weekend tags).
            const byItem = new Map(rows.map((d) => [d.item, d]));
            const edge = (item: string, side: "left" | "right"): number => {
              const d = byItem.get(item)!;
              const sign = side === "left" ? -1 : 1;
              const reaches = PERIODS.flatMap((period) => [
                x(from(d, d[`${period}ShareInterval`][side === "left" ? "lower" : "upper"])),
                x(from(d, d[`${period}Share`])) + sign * REACH[period]
              ]);
              return side === "left" ? Math.min(...reaches) : Math.max(...reaches);
            };
            const shareLabel = (side: "left" | "right", period: Period) =>
              Plot.text(
                ends.filter((e) => e.side === side && e.period === period),
                {
                  y: "item",
                  // The label's end in pixels, back to a share on the drawn scale (Plot's dx is one for all labels).
                  x: (e: End) =>
                    (scale.invert!(edge(e.item, side) + (side === "left" ? -LABEL_GAP : LABEL_GAP)) as number) / 100,
                  text: (e: End) => format(e.share, "pct|2"),
                  textAnchor: side === "left" ? "end" : "start",
                  dy: 8,
                  fontSize: narrow ? 10 : 11,
                  fontWeight: 600,
                  // Off the grid: a small share's left label lay on the 0 % line ("2.92 %").
                  ...HALO,
                  fill: PERIOD_COLORS[period]
                }
              );
            const labels = (["left", "right"] as const).flatMap((side) =>
              PERIODS.map((period) => shareLabel(side, period))
            );
            return {
              width,
              height: height + SHARES_INSET_BOTTOM + marginTop - SHARES_MARGIN_TOP,
              marginLeft: SHARE_LABEL_ROOM,
              marginRight,
              marginTop,
              marginBottom: 40,
              x: xOptions,
              y: {axis: null, domain: items, padding: 0.08, insetBottom: SHARES_INSET_BOTTOM},
              marks: [
                laneGridX(4),
                Plot.ruleY(rows, {
                  y: "item",
                  x1: 0,
                  x2: (d: PeriodItem) => from(d, d.weekendShare),
                  dy: 8,
                  stroke: "currentColor",
                  ...LINE.link
                }),
                // Each share's 95 % Wilson interval, through its mark in the period's colour (theme.ts whisker).
                ...PERIODS.map((period) =>
                  Plot.ruleY(rows, {
                    y: "item",
                    x1: (d: PeriodItem) => from(d, d[`${period}ShareInterval`].lower),
                    x2: (d: PeriodItem) => from(d, d[`${period}ShareInterval`].upper),
                    dy: 8,
                    stroke: PERIOD_COLORS[period],
                    ...LINE.whisker
                  })
                ),
                // Both ends on the line: the weekday ring first, the weekend square over it (MARKS).
                ...PERIODS.map((period) =>
                  Plot.dot(rows, {
                    y: "item",
                    x: (d: PeriodItem) => from(d, d[`${period}Share`]),
                    dy: 8,
                    ...MARKS[period],
                    ...(period === "weekday"
                      ? {fill: "var(--plot-background)", stroke: PERIOD_COLORS[period]}
                      : {fill: PERIOD_COLORS[period]}),
                    title: (d: PeriodItem) => tip(d, ctx),
                    render: annotate(rows, (d) => ({item: d.item, period}))
                  })
                ),
                ...labels,
                // The note on hidden intervals, from the drawing's left edge, above the first row's name.
                ...(note
                  ? [
                      Plot.text([note], {
                        frameAnchor: "top-left",
                        text: (d: string) => d,
                        dx: 12 - SHARE_LABEL_ROOM,
                        dy: 8 - marginTop,
                        lineAnchor: "top",
                        lineHeight: 1.3,
                        fontSize: noteFont,
                        fill: "currentColor"
                      })
                    ]
                  : []),
                // Names start at the drawing's left edge, in the room kept for the labels.
                Plot.text(rows, {
                  y: "item",
                  frameAnchor: "left",
                  ...HALO,
                  text: (d: PeriodItem) => unbroken(d.item),
                  textAnchor: "start",
                  dx: 12 - SHARE_LABEL_ROOM,
                  dy: -11,
                  fontSize,
                  lineWidth: nameWidth(width - 40, fontSize),
                  textOverflow: "ellipsis",
                  fill: "currentColor"
                })
              ]
            };
          }
        })
      ];
    }
  });
}

export const view = periodItemsView<PeriodItems>();
