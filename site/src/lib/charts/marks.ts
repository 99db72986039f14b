/**
 * Helpers for chart authors, in Plot's style (data first, then options). `annotate` writes data attributes on
 * each mark element at build time, for the client scripts: `data-year` for the year-range filter, anything else a
 * widget needs. Tooltips need no helper: Plot's `title` channel becomes a `data-tip` attribute (render.ts).
 */
import * as Plot from "@observablehq/plot";

import {MEDIAN} from "./theme.js";

type Attributes = Record<string, string | number>;

/**
 * A mark `render` option that sets `data-<name>` attributes on each element of a mark drawn one element per datum
 * (bars, dots, cells, ticks, text): `Plot.barY(rows, {x: "year", y: "n", render: annotate(rows, (d) => ({year:
 * d.year}))})`. Marks drawn as one path per series (lines, areas) are left untouched.
 */
export function annotate<T>(data: readonly T[], attributes: (datum: T, i: number) => Attributes): Plot.RenderFunction {
  return function render(index, scales, values, dimensions, context, next) {
    const g = next!(index, scales, values, dimensions, context) as SVGElement;
    const elements = [...g.children];
    if (elements.length === index.length) {
      elements.forEach((el, j) => {
        const i = index[j]!;
        for (const [name, value] of Object.entries(attributes(data[i]!, i)))
          el.setAttribute(`data-${name}`, String(value));
      });
    }
    return g;
  };
}

/**
 * A mark `render` option that tags the mark's group with `data-<name>` attributes and the position scales it was
 * drawn with (`data-x-domain`, `data-x-range`, `data-y-domain`, `data-y-range`: comma-separated numbers), so a client
 * script can redraw a path (a fitted line) or move a dot in the same coordinates after a filter.
 */
export function tagGroup(attributes: Attributes): Plot.RenderFunction {
  return function render(index, scales, values, dimensions, context, next) {
    const g = next!(index, scales, values, dimensions, context) as SVGElement;
    for (const [name, value] of Object.entries(attributes)) g.setAttribute(`data-${name}`, String(value));
    for (const axis of ["x", "y"] as const) {
      const scale = scales.scales[axis];
      if (!scale || !scale.domain || !scale.range || scale.type !== "linear") continue;
      g.setAttribute(`data-${axis}-domain`, Array.from(scale.domain, (v) => Number(v)).join(","));
      g.setAttribute(`data-${axis}-range`, Array.from(scale.range, (v) => Math.round(Number(v) * 100) / 100).join(","));
    }
    return g;
  };
}

/**
 * A mark `render` option for a mark that a view option shows or hides (site/src/scripts/viewOptions.ts): the group
 * gets `data-when="<option>=<value>"` and is hidden unless `shown`, which is the state without JavaScript (the
 * option's default). `inner` is another render option to apply first (`annotate`, `tagGroup`).
 *
 * @example Plot.text(rows, {..., render: shownWhen("labels=on", true)}) // value labels the reader can hide
 */
export function shownWhen(condition: string, shown: boolean, inner?: Plot.RenderFunction): Plot.RenderFunction {
  return function render(index, scales, values, dimensions, context, next) {
    const g = (
      inner
        ? inner(index, scales, values, dimensions, context, next)
        : next!(index, scales, values, dimensions, context)
    ) as SVGElement;
    g.setAttribute("data-when", condition);
    if (!shown) g.setAttribute("display", "none");
    return g;
  };
}

/**
 * Room at both ends of a yearly x axis, in pixels, for the first and last years' dots (7 px at most when sized by
 * recipes): a dot centred on the plot's edge stood half in the margin, past the band and the grid, and read as cut
 * in half (the 2018 dot of every yearly chart).
 */
export const YEAR_INSET = 8;

/**
 * A vertical line at `x` (the zero of a difference chart) drawn in each row's lane only from `below` pixels under
 * the middle of the row's band, where the row's marks are, to the band's end: the row's name sits above the middle
 * and stays clear of the line. A line through the whole chart crossed every name ("boneless skinless chicken
 * breasts", the long French rows of the weekend differences).
 *
 * @example laneRuleX(rows, {x: 0, y: "nutrient", below: 2, ...LINE.reference})
 */
export function laneRuleX<T>(
  rows: readonly T[],
  {below, y, ...options}: Plot.RuleXOptions & {x: number; y: Plot.ChannelValue; below: number}
): Plot.RuleX {
  return Plot.ruleX(rows, {
    ...options,
    // y1 and y2 on the same band: the rule spans it (a lone `y` would be read as a rule from zero to y).
    y1: y,
    y2: y,
    render(index, scales, values, dimensions, context, next) {
      const g = next!(index, scales, values, dimensions, context) as SVGElement;
      const lines = [...g.querySelectorAll("line")].map((line) => {
        const [y1, y2] = [Number(line.getAttribute("y1")), Number(line.getAttribute("y2"))];
        return {line, y1, y2};
      });
      // A point scale (dots and intervals only) gives each row a position, no band: its lane reaches halfway to the
      // next row, less two pixels.
      const centres = [...new Set(lines.map(({y1}) => y1))].sort((a, b) => a - b);
      const gaps = centres.slice(1).map((c, i) => c - centres[i]!);
      const step = gaps.length ? Math.min(...gaps) : dimensions.height - dimensions.marginTop - dimensions.marginBottom;
      for (const {line, y1, y2} of lines) {
        if (!Number.isFinite(y1) || !Number.isFinite(y2)) continue;
        const band = y2 - y1 > 1;
        const middle = band ? (y1 + y2) / 2 : y1;
        line.setAttribute("y1", String(middle + below));
        line.setAttribute("y2", String(band ? y2 : middle + step / 2 - 2));
      }
      return g;
    }
  });
}

/**
 * A mark that cuts the x grid of a chart of rows (`x: {grid: true}` and a band or point y scale) into each row's lane,
 * as laneRuleX does for a zero line: from `below` px under the row's middle to the band's end (halfway to the next
 * row on a point scale). Grid lines through the whole chart passed under every row's name in the difference charts.
 * Plot draws an axis' grid before the marks, so the grid is there to cut when this mark renders; it draws nothing.
 *
 * @example marks: [laneGridX(4), laneRuleX(rows, {x: 0, y: "nutrient", below: 4, ...LINE.reference}), ...]
 */
export function laneGridX(below: number): Plot.RenderFunction {
  return function render(_index, scales, _values, dimensions, context) {
    const grid = context.ownerSVGElement.querySelector('g[aria-label="x-grid"]');
    const y = scales.y as (((value: unknown) => number) & {bandwidth?: () => number}) | undefined;
    const rows = scales.scales.y?.domain;
    if (!grid || !y || !rows) return null;
    const bandwidth = y.bandwidth?.() ?? 0;
    const positions = [...rows].map((row) => y(row)).filter(Number.isFinite);
    const sorted = [...positions].sort((a, b) => a - b);
    const gaps = sorted.slice(1).map((p, i) => p - sorted[i]!);
    const step = gaps.length ? Math.min(...gaps) : dimensions.height - dimensions.marginTop - dimensions.marginBottom;
    const lanes = positions.map((start) =>
      bandwidth > 1 ? [start + bandwidth / 2 + below, start + bandwidth] : [start + below, start + step / 2 - 2]
    );
    for (const line of [...grid.querySelectorAll("line")]) {
      for (const [top, bottom] of lanes) {
        const piece = line.cloneNode() as SVGLineElement;
        piece.setAttribute("y1", String(top));
        piece.setAttribute("y2", String(bottom));
        line.before(piece);
      }
      line.remove();
    }
    return null;
  };
}

/**
 * An ingredient or tag name as chart text: its hyphens made non-breaking (U+2011, which Inter draws as a hyphen), so
 * that Plot's line wrapping, which breaks after every hyphen, keeps a name whole ("60-minutes-or- / less" was drawn).
 */
export function unbroken(name: string): string {
  return name.replace(/-/g, "\u2011");
}

/**
 * Whether a row ties for the largest value of its group as printed: in a heatmap of shares printed to 0.1 %, two
 * cells at 11.7 % are both the largest a reader sees, and bolding only the one whose unrounded share is higher (the
 * data's peak) said that one was larger. Every row printed like its group's largest value is bold.
 *
 * @example const isMax = tiesForMax(cells, (c) => c.item, (c) => c.share, (v) => Math.round(v * 1000)); // 0.1 %
 */
export function tiesForMax<T>(
  rows: readonly T[],
  group: (d: T) => string,
  value: (d: T) => number,
  printed: (value: number) => string | number
): (d: T) => boolean {
  const top = new Map<string, number>();
  for (const d of rows) top.set(group(d), Math.max(top.get(group(d)) ?? -Infinity, value(d)));
  return (d) => printed(value(d)) === printed(top.get(group(d))!);
}

/** Tick format that writes years as they are (2007, not 2,007). */
export const yearTicks = (value: number): string => String(value);

/** On a narrow screen, only the years divisible by five as ticks, so labels never collide; undefined otherwise. */
export function yearTicksEvery(years: readonly number[], narrow: boolean): number[] | undefined {
  if (!narrow) return undefined;
  return years.filter((year) => year % 5 === 0);
}

/**
 * The x axis of a yearly chart: years written as they are, every fifth year on a phone (ten ticks otherwise), and
 * YEAR_INSET so that the first and last years' dots stay inside the plot area.
 */
export function yearAxis(label: string, years: readonly number[], narrow: boolean) {
  return {label, tickFormat: yearTicks, ticks: yearTicksEvery(years, narrow) ?? 10, inset: YEAR_INSET};
}

/**
 * A linear axis from zero (counts, minutes, shares) that ends on a labelled tick past its largest mark: `{domain,
 * ticks}` for `ticks` ticks, the domain rounded up to the step of those ticks. Plot's `nice: true` rounds for ten ticks
 * while a short axis draws fewer, so the tallest bar rose above the last label (Monday's 41,435 over a top tick of
 * 40,000 on a phone; the tag dumbbells ran to 17 % past a last label of 15 %).
 *
 * A value below zero (`bottom`: a band's lower edge) takes the axis below zero to a labelled tick too.
 *
 * @example y: {label, grid: true, ...tickedDomain(maxCount * 1.1, narrow ? 4 : 6)}
 */
export function tickedDomain(top: number, ticks: number, bottom = 0): {domain: [number, number]; ticks: number} {
  const ends = Array.from(
    Plot.scale({y: {domain: [Math.min(bottom, 0), top], nice: ticks}}).domain ?? [0, top],
    Number
  );
  return {domain: [Math.min(...ends), Math.max(...ends)], ticks};
}

/**
 * A mark that says, on the figure, that a position axis does not start at zero: the usual axis-break sign (two
 * slanted strokes cutting the axis line) at the axis' low end. Bar or dot comparisons drawn on a zoomed axis carry
 * it, so that a small gap does not read as a large one (the text calls such gaps negligible).
 *
 * @example marks: [..., axisBreak("x")] // minutes on 40.5–44.5
 */
export function axisBreak(axis: "x" | "y"): Plot.RenderFunction {
  return function render(_index, _scales, _values, dimensions, context) {
    const {marginLeft, marginBottom, height} = dimensions;
    const svg = "http://www.w3.org/2000/svg";
    const g = context.document.createElementNS(svg, "g") as SVGGElement;
    g.setAttribute("data-mark", "axis-break");
    const x = marginLeft + (axis === "x" ? 10 : 0);
    const y = height - marginBottom - (axis === "y" ? 10 : 0);
    // A gap in the background colour, then the two strokes across it.
    const [dx, dy] = axis === "x" ? [3, 6] : [6, 3];
    const gap = context.document.createElementNS(svg, "path");
    gap.setAttribute(
      "d",
      axis === "x"
        ? `M${x - 2},${y + dy}L${x + 2},${y - dy}L${x + 5},${y - dy}L${x + 1},${y + dy}Z`
        : `M${x - dx},${y + 2}L${x + dx},${y - 2}L${x + dx},${y - 5}L${x - dx},${y - 1}Z`
    );
    gap.setAttribute("fill", "var(--plot-background)");
    g.append(gap);
    for (const offset of [0, 3]) {
      const stroke = context.document.createElementNS(svg, "path");
      stroke.setAttribute(
        "d",
        axis === "x"
          ? `M${x - dx + offset},${y + dy}L${x + dx + offset - 3},${y - dy}`
          : `M${x - dx},${y + dy - offset}L${x + dx},${y - dy - offset + 3}`
      );
      stroke.setAttribute("stroke", "currentColor");
      stroke.setAttribute("stroke-width", "1.5");
      g.append(stroke);
    }
    return g;
  };
}

/**
 * A logarithmic count axis whose two ends are labelled ticks: the ticks are the powers of ten times `steps` (1, 2 and 5
 * on a wide chart, 1 and 3 on a narrow one, where six labels fit), from the largest at or below `min` to the smallest
 * at or above `max`, and the domain runs from the first to the last, so every mark lies between labelled ticks. Plot's
 * own log ticks blank the labels they find too many. `inset` keeps a dot on an end tick inside the plot area.
 *
 * @example x: {label: text("axis.volumeLog"), grid: true, ...logAxis(minN, maxN, narrow), tickFormat: ...}
 */
export function logAxis(
  min: number,
  max: number,
  narrow: boolean
): {type: "log"; domain: [number, number]; ticks: number[]; inset: number} {
  const steps = narrow ? [1, 3] : [1, 2, 5];
  const all: number[] = [];
  for (let power = Math.floor(Math.log10(min)) - 1; power <= Math.ceil(Math.log10(max)) + 1; power++)
    for (const step of steps) all.push(step * 10 ** power);
  const low = Math.max(...all.filter((t) => t <= min));
  const high = Math.min(...all.filter((t) => t >= max));
  return {type: "log", domain: [low, high], ticks: all.filter((t) => t >= low && t <= high), inset: 6};
}

/**
 * A box plot's median (theme.ts MEDIAN): its edge in the text colour, then the bar in the on-bar colour over it, as two
 * ticks across the box: level ticks (`Plot.tickY`) for upright boxes, upright ones (`Plot.tickX`) for level boxes.
 *
 * @example ...medianTicks("x", periods, {y: "period", x: "median", insetTop: 22, insetBottom: 6})
 */
export function medianTicks<T>(
  position: "x" | "y",
  data: readonly T[],
  options: Plot.TickXOptions & Plot.TickYOptions
): Plot.Markish[] {
  return [MEDIAN.edge, MEDIAN.bar].map((style) =>
    position === "x" ? Plot.tickX(data, {...options, ...style}) : Plot.tickY(data, {...options, ...style})
  );
}

/** A generous width for a bold label in Inter (0.62 em a character, with the halo): a label must not reach data. */
export function labelWidth(label: string, fontSize: number): number {
  return label.length * fontSize * 0.62 + 4;
}
