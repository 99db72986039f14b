/**
 * Ingredient trends: the most frequent ingredients (bars), distinct ingredients per year (line, dots sized by the
 * year's recipes), the largest rises and falls in share (diverging bars) and the yearly share of the biggest movers
 * with its 95 % Wilson interval band (small multiples). `itemsView` is shared with the tag trends, which have the same snapshot shape.
 */
import * as Plot from "@observablehq/plot";

import type {TrendsItems} from "../../../queries/trends/_items.schema.js";
import {
  annotate,
  COLORS,
  HALO,
  includesZero,
  tickedDomain,
  LINE,
  partialYearDots,
  tagGroup,
  unbroken,
  yearAxis,
  WHISKER_LABEL_GAP,
  yearTicks
} from "../lib/charts/index.js";
import {printedDifference} from "../../../pipeline/narrative.js";
import {intervalText} from "../lib/intervalText.js";
import type {AnalysisView} from "../lib/views.js";
import {defineFigure, defineView} from "../lib/views.js";

type TopRow = TrendsItems["top"][number];
type DiversityRow = TrendsItems["diversity"][number];
type ChangeRow = TrendsItems["risers"][number] & {movement: "riser" | "faller"};
type LineRow = TrendsItems["lines"][number];

const MOVEMENT_COLORS = {riser: COLORS.above, faller: COLORS.below} as const;

/** A change whose interval holds zero: drawn in muted, not in its side's colour, as it shows no clear change. */
const unclear = (d: Pick<ChangeRow, "deltaLower" | "deltaUpper">): boolean => includesZero(d.deltaLower, d.deltaUpper);

/** A change's bar colour: its side's, or muted where its interval holds zero. */
export const changeColor = (d: Pick<ChangeRow, "movement" | "deltaLower" | "deltaUpper">): string =>
  unclear(d) ? COLORS.muted : MOVEMENT_COLORS[d.movement];

/** Approximate width of a label in pixels at 11 px (enough to size a margin, not to lay out text). */
function labelWidth(labels: readonly string[], narrow: boolean): number {
  const longest = Math.max(...labels.map((l) => l.length));
  return Math.min(narrow ? 110 : 190, Math.max(60, Math.round(longest * 6.2) + 10));
}

/** The view of an item trends analysis (ingredients or tags). */
export function itemsView(): AnalysisView<TrendsItems> {
  return defineView<TrendsItems>({
    kpis: (s) => [
      {key: "distinct", value: s.params.distinctItems, format: "int"},
      {key: "eligible", value: s.params.eligibleItems, format: "int"},
      {key: "occurrences", value: s.params.occurrences, format: "int"}
    ],
    figures: (s) => {
      const years = s.diversity.map((d) => d.year);
      const maxRecipes = Math.max(...s.diversity.map((d) => d.recipes));
      const changes: ChangeRow[] = [
        ...s.risers.map((r) => ({...r, movement: "riser" as const})),
        ...[...s.fallers].reverse().map((r) => ({...r, movement: "faller" as const}))
      ];
      const movers = [...new Map(s.lines.map((l) => [`${l.movement}|${l.rank}`, l])).values()];
      const ranks = [...new Set(s.lines.map((l) => l.rank))].sort((a, b) => a - b);
      const completeLines = s.lines.filter((l) => l.complete);
      const partialLines = s.lines.filter((l) => !l.complete);
      return [
        defineFigure<TopRow>({
          key: "top",
          data: s.top,
          columns: [
            {key: "item", label: "axis.item"},
            {key: "occurrences", label: "axis.occurrences", format: "int"},
            {key: "share", label: "axis.share_all", format: "pct|1"}
          ],
          plot: ({width, narrow, text, format}) => ({
            width,
            height: s.top.length * (narrow ? 26 : 28) + 44,
            marginLeft: labelWidth(
              s.top.map((d) => d.item),
              narrow
            ),
            marginRight: narrow ? 48 : 56,
            // Two ticks on a phone: counts reach six digits ("150,000"), and three or four of them ran together.
            x: {label: text("axis.occurrences"), grid: true, nice: true, ticks: narrow ? 2 : 6},
            y: {label: null, domain: s.top.map((d) => d.item), padding: 0.2},
            marks: [
              Plot.barX(s.top, {
                y: "item",
                x: "occurrences",
                fill: COLORS.observed,
                title: (d: TopRow) => `${d.item}: ${format(d.occurrences, "int")} (${format(d.share, "pct|1")})`
              }),
              Plot.ruleX([0]),
              Plot.text(s.top, {
                y: "item",
                x: "occurrences",
                text: (d: TopRow) => format(d.occurrences, "int"),
                textAnchor: "start",
                dx: 4,
                fontSize: 10,
                fill: "currentColor",
                className: "value-labels"
              }),
              Plot.axisY({tickSize: 0, tickFormat: unbroken, lineWidth: narrow ? 9 : 16, lineHeight: 1.05})
            ]
          })
        }),
        defineFigure<DiversityRow>({
          key: "diversity",
          data: s.diversity,
          legend: [
            {label: "axis.distinct", color: COLORS.observed, shape: "dot"},
            {label: "axis.dot_area", color: COLORS.observed, shape: "sizes"}
          ],
          columns: [
            {key: "year", label: "axis.year", format: "year"},
            {key: "recipes", label: "axis.recipes", format: "int"},
            {key: "distinctItems", label: "axis.distinct", format: "int"}
          ],
          plot: ({width, narrow, text, format}) => ({
            width,
            height: narrow ? 240 : 300,
            marginLeft: narrow ? 44 : 52,
            x: yearAxis(text("axis.year"), years, narrow),
            // The inset keeps the busiest year's dot (8 px at most) inside the plot area; the axis ends on a labelled
            // tick above it (tickedDomain: Plot's nice rounded for more ticks than a phone draws).
            y: {
              label: text("axis.distinct"),
              grid: true,
              ...tickedDomain(Math.max(...s.diversity.map((d) => d.distinctItems)), narrow ? 5 : 7),
              insetTop: 8
            },
            r: {domain: [0, maxRecipes], range: narrow ? [1.5, 6] : [1.5, 8]},
            marks: [
              Plot.line(s.diversity, {
                x: "year",
                y: "distinctItems",
                stroke: COLORS.observed,
                strokeWidth: 2,
                render: tagGroup({role: "series"})
              }),
              Plot.dot(s.diversity, {
                x: "year",
                y: "distinctItems",
                r: "recipes",
                fill: COLORS.observed,
                stroke: "var(--plot-background)",
                strokeWidth: 1,
                className: "size-by-recipes",
                title: (d: DiversityRow) =>
                  `${d.year}: ${format(d.distinctItems, "int")} (${format(d.recipes, "int")} ${text("axis.recipes").toLowerCase()})`,
                render: annotate(s.diversity, (d) => ({year: d.year, recipes: d.recipes}))
              })
            ]
          })
        }),
        defineFigure<ChangeRow>({
          key: "changes",
          data: changes,
          columns: [
            {key: "movement", label: "axis.movement", format: "text:axis."},
            {key: "item", label: "axis.item"},
            {key: "occurrences", label: "axis.occurrences", format: "int"},
            {key: "firstShare", label: "axis.first_share", format: "pct|1"},
            {key: "lastShare", label: "axis.last_share", format: "pct|1"},
            {key: "delta", label: "axis.delta", value: (d) => d.delta * 100, format: "pp|1"},
            {key: "deltaLower", label: "axis.delta_lower", value: (d) => d.deltaLower * 100, format: "pp|1"},
            {key: "deltaUpper", label: "axis.delta_upper", value: (d) => d.deltaUpper * 100, format: "pp|1"},
            {key: "clear", label: "axis.clear_change", value: (d) => (unclear(d) ? "no" : "yes"), format: "text:axis."}
          ],
          // The interval is a level whisker through each bar's end, in the text colour on both sides.
          legend: [
            {label: "axis.riser", color: MOVEMENT_COLORS.riser},
            {label: "axis.faller", color: MOVEMENT_COLORS.faller},
            // Only where a bar is drawn so: a key for a mark the chart does not draw misleads.
            ...(changes.some(unclear) ? [{label: "axis.no_clear_change", color: COLORS.muted}] : []),
            {label: "axis.delta_interval", color: "currentColor", shape: "whiskerLevel" as const}
          ],
          plot: ({width, narrow, text, format, lang}) => {
            // The change as the headline prints it: the difference of the two shares as printed ("23.8% → 13.8%"
            // reads −10.0 pp, not the exact −10.08 rounded to −10.1), so that the bar, its tooltip and the sentence agree.
            const shownChange = (d: ChangeRow): string =>
              format(printedDifference(d.lastShare, d.firstShare, "pct|1") * 100, "pp|1");
            // A value label sits past the far end of its bar or of its interval, whichever reaches further out: at
            // the bar's end the whisker ran through its digits.
            const outer = (d: ChangeRow): number =>
              d.movement === "riser" ? Math.max(d.delta, d.deltaUpper) * 100 : Math.min(d.delta, d.deltaLower) * 100;
            const ends = changes.flatMap((d) => [d.deltaLower * 100, d.deltaUpper * 100, outer(d)]);
            const marginLeft = labelWidth(
              changes.map((d) => d.item),
              narrow
            );
            // Room beyond the furthest whisker for a value label ("−30.0 pp", about 44 px at 10 px) and its gap, so that a
            // faller's label never runs into the category names on the left.
            const labelPx = 44 + WHISKER_LABEL_GAP;
            const low = Math.min(0, ...ends);
            const high = Math.max(0, ...ends);
            const pad = ((high - low) * labelPx) / (width - marginLeft - 8 - 2 * labelPx);
            return {
              width,
              // A phone wraps long names on two lines ("crushed red / pepper flakes"): at 22 px a row, they ran into
              // the next row's name.
              height: changes.length * (narrow ? 28 : 22) + 48,
              marginLeft,
              marginRight: 8,
              x: {
                label: text("axis.delta"),
                grid: true,
                domain: [low - pad, high + pad],
                ticks: narrow ? 4 : 8,
                tickFormat: (v: number) => format(v, "signed|0")
              },
              y: {label: null, domain: changes.map((d) => `${d.movement}|${d.item}`), padding: 0.18},
              marks: [
                Plot.barX(changes, {
                  y: (d: ChangeRow) => `${d.movement}|${d.item}`,
                  x: (d: ChangeRow) => d.delta * 100,
                  fill: changeColor,
                  title: (d: ChangeRow) =>
                    [
                      `${d.item}: ${format(d.firstShare, "pct|1")} (${s.params.firstWindow}) → ${format(d.lastShare, "pct|1")} (${s.params.lastWindow})`,
                      // The change and its interval on one line, without the axis' long name: on /fr/trends/ the
                      // two named lines of forty bars cost a kilobyte of the page's 60 KB budget.
                      `${shownChange(d)} (${intervalText(format(d.deltaLower * 100, "pp|1"), format(d.deltaUpper * 100, "pp|1"), lang)})`,
                      ...(unclear(d) ? [text("axis.no_clear_change")] : [])
                    ].join("\n")
                }),
                Plot.ruleX([0]),
                Plot.ruleY(changes, {
                  y: (d: ChangeRow) => `${d.movement}|${d.item}`,
                  x1: (d: ChangeRow) => d.deltaLower * 100,
                  x2: (d: ChangeRow) => d.deltaUpper * 100,
                  stroke: "currentColor",
                  ...LINE.whisker
                }),
                ...(["riser", "faller"] as const).map((movement) =>
                  Plot.text(
                    changes.filter((d) => d.movement === movement),
                    {
                      y: (d: ChangeRow) => `${d.movement}|${d.item}`,
                      x: outer,
                      text: shownChange,
                      textAnchor: movement === "riser" ? "start" : "end",
                      dx: movement === "riser" ? WHISKER_LABEL_GAP : -WHISKER_LABEL_GAP,
                      fontSize: 10,
                      // Clear of the grid line a label may lie on ("−10.1 pp" on the −20 line at 390 px).
                      ...HALO,
                      fill: "currentColor",
                      className: "value-labels"
                    }
                  )
                ),
                Plot.axisY({
                  tickSize: 0,
                  tickFormat: (v: string) => unbroken(v.slice(v.indexOf("|") + 1)),
                  lineWidth: narrow ? 9 : 16,
                  lineHeight: 1.05
                })
              ]
            };
          }
        }),
        defineFigure<LineRow>({
          key: "lines",
          data: s.lines,
          columns: [
            {key: "movement", label: "axis.movement", format: "text:axis."},
            {key: "rank", label: "axis.rank", format: "year"},
            {key: "item", label: "axis.item"},
            {key: "year", label: "axis.year", format: "year"},
            {key: "share", label: "axis.share", format: "pct|1"},
            {key: "lower", label: "axis.lower", format: "pct|1"},
            {key: "upper", label: "axis.upper", format: "pct|1"},
            {key: "complete", label: "axis.complete", format: "text:axis.complete_"}
          ],
          // Keys drawn from the marks: each mover is a line with dots in its side's colour, its interval a band
          // tinted in that colour (two tints in one key, not a grey one).
          legend: [
            {label: "axis.riser", color: MOVEMENT_COLORS.riser, shape: "dot"},
            {label: "axis.faller", color: MOVEMENT_COLORS.faller, shape: "dot"},
            {label: "axis.interval", color: `${MOVEMENT_COLORS.riser} ${MOVEMENT_COLORS.faller}`, shape: "bands"},
            ...(partialLines.length > 0
              ? [{label: "axis.complete_false", color: "currentColor", shape: "hollow" as const}]
              : [])
          ],
          plot: ({width, narrow, text, format}) => {
            const topShare = Math.max(...s.lines.map((d) => d.upper));
            const step = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1].find((t) => Math.ceil(topShare / t - 1e-9) <= 3) ?? 1;
            const steps = Math.max(1, Math.ceil(topShare / step - 1e-9));
            const shareTicks = {
              domain: [0, steps * step],
              ticks: Array.from({length: steps + 1}, (_, i) => i * step)
            };
            // Wide: risers on the top row, fallers below, by rank; narrow: one column each, by rank downwards.
            const facet = narrow
              ? {fx: (d: {movement: string}) => d.movement, fy: (d: {rank: number}) => d.rank}
              : {fx: (d: {rank: number}) => d.rank, fy: (d: {movement: string}) => d.movement};
            const panelHeight = narrow ? 96 : 120;
            return {
              width,
              height: (narrow ? ranks.length : 2) * panelHeight + 68,
              // Room for « 100 % », the top tick where a year of few recipes has an interval reaching it.
              marginLeft: 48,
              marginRight: 8,
              marginTop: 28,
              fx: {axis: null, padding: 0.12, domain: narrow ? ["riser", "faller"] : ranks},
              fy: {axis: null, padding: 0.22, domain: narrow ? ranks : ["riser", "faller"]},
              x: {
                label: text("axis.year"),
                tickFormat: yearTicks,
                ticks: years.filter((y) => y % 10 === 0),
                tickRotate: 0,
                // Insets keep the dots of the first and last years and of a 0 % share inside their panel's frame.
                inset: 5
              },
              y: {
                label: text("axis.share"),
                grid: true,
                tickFormat: (v: number) => format(v, "pct|0"),
                // Shares are read from zero, where the bands of the rarest items start: the axis runs from a labelled
                // 0 % (it started at the smallest interval bound, with no tick under the 20 % line) to a labelled tick
                // above the highest interval, in at most three steps (Plot drew five labels in a phone's 96 px panel).
                ...shareTicks,
                inset: 5,
                // The panel's name sits in its top-left corner: the line stays below it.
                insetTop: 18
              },
              marks: [
                Plot.frame({strokeOpacity: 0.15}),
                Plot.areaY(completeLines, {
                  ...facet,
                  x: "year",
                  y1: "lower",
                  y2: "upper",
                  z: "item",
                  fill: (d: LineRow) => MOVEMENT_COLORS[d.movement],
                  ...LINE.band,
                  render: tagGroup({role: "interval"})
                }),
                Plot.line(completeLines, {
                  ...facet,
                  x: "year",
                  y: "share",
                  stroke: (d: LineRow) => MOVEMENT_COLORS[d.movement],
                  strokeWidth: 1.6,
                  title: (d: LineRow) => d.item
                }),
                Plot.dot(completeLines, {
                  ...facet,
                  x: "year",
                  y: "share",
                  r: 1.8,
                  fill: (d: LineRow) => MOVEMENT_COLORS[d.movement],
                  title: (d: LineRow) => `${d.item}, ${d.year}: ${format(d.share, "pct|1")}`,
                  render: annotate(completeLines, (d) => ({year: d.year}))
                }),
                // A year only partly covered: a hollow dot off the line, as on the other yearly charts, its share being
                // of a few months' recipes (one season), not comparable with a whole year's.
                partialYearDots(partialLines, {
                  ...facet,
                  y: "share",
                  r: 2.2,
                  stroke: (d: LineRow) => MOVEMENT_COLORS[d.movement],
                  strokeWidth: 1.2,
                  title: (d: LineRow) =>
                    `${d.item}, ${d.year} (${text("axis.complete_false")}): ${format(d.share, "pct|1")}`
                }),
                Plot.text(movers, {
                  ...facet,
                  frameAnchor: "top-left",
                  text: (d: LineRow) => unbroken(d.item),
                  dx: 4,
                  dy: 4,
                  lineAnchor: "top",
                  fontSize: 10,
                  fontWeight: 600,
                  fill: "currentColor",
                  lineWidth: narrow ? 12 : 11,
                  textOverflow: "ellipsis"
                })
              ]
            };
          }
        })
      ];
    }
  });
}

export const view = itemsView();
