/**
 * Build-time chart rendering: Observable Plot draws into a linkedom document and the SVG is returned as markup for
 * `set:html`. The output is made deterministic and CSP-safe: Plot's inline <style> and style attributes are
 * removed (site/src/styles/global.css styles the `chart` class instead), its counter-based clip/marker/pattern ids
 * are renumbered per chart, coordinates are rounded to one decimal (a tenth of a pixel at most), and each mark's <title> becomes a `data-tip`
 * attribute that the tooltip script reads.
 */
import * as Plot from "@observablehq/plot";
import {parseHTML} from "linkedom";

import type {Lang} from "../../i18n/index.js";
import {LOCALE_TAG, typeset} from "../../i18n/index.js";

/** Class of every chart's root <svg>; global.css replaces Plot's default stylesheet with rules on it. */
export const CHART_CLASS = "chart";

export interface RenderOptions {
  /** Prefix of the chart's ids (clip paths, markers), unique in the page: `fig-trends_volume-per_year-wide`. */
  id: string;
  lang: Lang;
  /** Accessible name of the image. */
  ariaLabel: string;
  /** Id of the element holding the long description. */
  describedBy?: string;
}

type ScaleName = "x" | "y" | "fx" | "fy";
const POSITION_SCALES: readonly ScaleName[] = ["x", "y", "fx", "fy"];
const QUANTITATIVE = new Set(["linear", "log", "sqrt", "pow", "symlog"]);
const GEOMETRY = ["x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height", "d", "transform", "points"];
const MINUS = "\u2212";

/**
 * A locale tick format for quantitative axes: grouped digits, a true minus sign, and as many decimals as the step
 * between ticks needs, the same on every tick (0.90, 0.95, 1.00; never 0.9, 0.95, 1 nor two labels 1.0). Without a
 * step, up to three decimals.
 */
export function numberTicks(lang: Lang, step?: number): (value: number) => string {
  const decimals = step && step > 0 ? Math.min(6, Math.max(0, -Math.floor(Math.log10(step) + 1e-9))) : undefined;
  const format = new Intl.NumberFormat(
    LOCALE_TAG[lang],
    decimals === undefined
      ? {maximumFractionDigits: 3}
      : {minimumFractionDigits: decimals, maximumFractionDigits: decimals}
  );
  return (value) => format.format(value).replace("-", MINUS);
}

/**
 * Ticks of a percentage axis (Plot's `percent: true`, values already times 100): the number as numberTicks writes it
 * and the sign, "60%" or « 60 % » (a narrow no-break space in French, as the value labels): a reader saw "0–100" and
 * "±60" and could not tell shares from counts.
 */
export function percentTicks(lang: Lang, step?: number): (value: number) => string {
  const number = numberTicks(lang, step);
  const sign = lang === "fr" ? "\u202f%" : "%";
  return (value) => `${number(value)}${sign}`;
}

/**
 * d3's tick step for `count` ticks over [start, stop]: a power of ten times 1, 2 or 5. The count is taken from the
 * whole chart size, a little more than Plot's (which leaves out the margins), so the step found is never larger than
 * the one drawn and the decimals are always enough.
 */
function niceStep(start: number, stop: number, count: number): number {
  const raw = (stop - start) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  return power * (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1);
}

/** Plot's default number of ticks on a position axis: one per 80 px across, one per 35 px up (as Plot's axes). */
function tickStep(
  name: ScaleName,
  scale: {domain: unknown[]},
  given: {ticks?: unknown} | undefined,
  options: Plot.PlotOptions
): number | undefined {
  const [a, b] = scale.domain.map(Number);
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b)) return undefined;
  if (given?.ticks !== undefined && typeof given.ticks !== "number") return undefined;
  const length = name === "x" || name === "fx" ? (options.width ?? 640) : (options.height ?? 400);
  const count = typeof given?.ticks === "number" ? given.ticks : length / (name === "x" || name === "fx" ? 80 : 35);
  if (a === b) return undefined;
  return niceStep(Math.min(a, b), Math.max(a, b), count);
}

/** Tick format for time axes, like d3's multi-scale format: the year on 1 January, the month on other firsts. */
export function timeTicks(lang: Lang): (value: Date) => string {
  const year = new Intl.DateTimeFormat(LOCALE_TAG[lang], {timeZone: "UTC", year: "numeric"});
  const month = new Intl.DateTimeFormat(LOCALE_TAG[lang], {timeZone: "UTC", month: "short"});
  const day = new Intl.DateTimeFormat(LOCALE_TAG[lang], {timeZone: "UTC", month: "short", day: "numeric"});
  return (value) => {
    if (value.getUTCDate() !== 1) return day.format(value);
    return value.getUTCMonth() === 0 ? year.format(value) : month.format(value);
  };
}

/** Ordinal ticks: numbers (years, stars) as written, without digit grouping; anything else as text. */
function ordinalTick(value: unknown): string {
  return typeof value === "number" ? String(value) : String(value ?? "");
}

interface PlotElement extends Element {
  scale(name: string): {type: string; domain: unknown[]; ticks?: unknown} | undefined;
}

/**
 * Plot writes a bottom axis name 3 px above the chart's lower edge: in its default 30 px margin that is right under
 * the tick labels, where "Year" under "2007" or "Day of the week" under "Sunday" reads as the label's second line.
 * A bottom margin of at least 40 px leaves a clear line between them.
 */
const NAMED_AXIS_MARGIN = 40;

function withRoomForAxisName(options: Plot.PlotOptions): Plot.PlotOptions {
  // A faceted chart names its bottom axis on fx when x draws no axis.
  const named = (x: Plot.ScaleOptions | undefined): x is Plot.ScaleOptions =>
    !!x && typeof x.label === "string" && x.label !== "" && x.axis !== null && x.axis !== "top";
  const x = [options.x, options.fx].find(named);
  if (!x || x.labelOffset !== undefined || x.tickRotate) return options;
  const marginBottom = options.marginBottom ?? options.margin ?? 30;
  return marginBottom >= NAMED_AXIS_MARGIN ? options : {...options, marginBottom: NAMED_AXIS_MARGIN};
}

/**
 * A mark that draws nothing and writes the plot area (the drawing less its margins: left,top,right,bottom in viewBox
 * units) on the chart as `data-plot-area`: the legibility checks keep every dot inside it, since a dot centred on the
 * area's edge (the last year at the end of the x range) is half in the margin, past the band and the grid.
 */
const plotArea = Plot.frame({
  // Drawn once over the whole chart, never per facet (a facet's mark sees its facet's dimensions).
  facet: "super",
  render: (_index, _scales, _values, dimensions, context) => {
    const {width, height, marginLeft, marginTop, marginRight, marginBottom} = dimensions;
    context.ownerSVGElement.setAttribute(
      "data-plot-area",
      [marginLeft, marginTop, width - marginRight, height - marginBottom].map((v) => Math.round(v * 10) / 10).join(",")
    );
    return null;
  }
});

function plot(options: Plot.PlotOptions, document: Document): PlotElement {
  return Plot.plot({
    ...withRoomForAxisName(options),
    marks: [...(options.marks ?? []), plotArea],
    document,
    className: CHART_CLASS
  } as Plot.PlotOptions) as unknown as PlotElement;
}

/**
 * Plot formats ticks in US English and groups the digits of ordinal years (2,007). Draw once, look at the type of
 * each position scale, and draw again with locale formats on the scales whose tickFormat the options leave open.
 */
function withLocaleTicks(options: Plot.PlotOptions, lang: Lang, probe: PlotElement): Plot.PlotOptions | undefined {
  const patch: Record<string, unknown> = {};
  for (const name of POSITION_SCALES) {
    const scale = probe.scale(name);
    const given = (options as Record<string, {tickFormat?: unknown; ticks?: unknown; percent?: boolean} | undefined>)[
      name
    ];
    if (!scale || given?.tickFormat !== undefined) continue;
    let tickFormat: unknown;
    if (scale.type === "linear" && given?.percent)
      tickFormat = percentTicks(lang, tickStep(name, scale, given, options));
    else if (scale.type === "linear") tickFormat = numberTicks(lang, tickStep(name, scale, given, options));
    else if (QUANTITATIVE.has(scale.type)) tickFormat = numberTicks(lang);
    else if (scale.type === "utc" || scale.type === "time") tickFormat = timeTicks(lang);
    else if (scale.domain.some((d) => typeof d === "number")) tickFormat = ordinalTick;
    if (tickFormat) patch[name] = {...given, tickFormat};
  }
  return Object.keys(patch).length ? ({...options, ...patch} as Plot.PlotOptions) : undefined;
}

/**
 * Rounds every decimal number with two or more decimals in an attribute value to one decimal: a chart is drawn at
 * least at its own size, so a tenth of a unit is a tenth of a pixel or less, and the page weighs a third less on
 * the monthly series (213 months × 7 figures × 2 drawings).
 */
export function roundNumbers(value: string): string {
  return value.replace(/-?\d+\.\d{2,}/g, (n) => {
    const rounded = Math.round(Number(n) * 10) / 10;
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

/** Renumbers Plot's global-counter ids (plot-clip-7, plot-marker-3) per chart, in order of first appearance. */
export function renumberIds(markup: string, prefix: string): string {
  const seen = new Map<string, string>();
  const counts: Record<string, number> = {};
  return markup.replace(/plot-(clip|marker|pattern)-(\d+)\b/g, (match, kind: string) => {
    let id = seen.get(match);
    if (!id) {
      counts[kind] = (counts[kind] ?? 0) + 1;
      id = `${prefix}-${kind}-${counts[kind]}`;
      seen.set(match, id);
    }
    return id;
  });
}

/**
 * French groups digits with a narrow no-break space (U+202F); in small bold chart labels it shrank to nothing
 * ("1071520"). Chart text groups them with a full no-break space (U+00A0), which stays visible and never breaks.
 */
export function chartDigits(value: string): string {
  return value.replace(/(\d)\u202f(?=\d)/g, "$1\u00a0");
}

/** Removes what the CSP forbids, moves mark titles to data-tip, rounds coordinates and labels the image. */
function normalize(svg: Element, options: RenderOptions): void {
  for (const style of [...svg.querySelectorAll("style")]) style.remove();
  for (const el of [svg, ...svg.querySelectorAll("*")]) {
    el.removeAttribute("style");
    // Plot names its groups (aria-label="bar"); inside an image those names are not allowed and never read. The
    // name moves to data-mark, which the legibility checks read to tell axes, frames and marks apart.
    if (el !== svg) {
      const name = el.getAttribute("aria-label");
      if (name && el.tagName.toLowerCase() === "g") el.setAttribute("data-mark", name);
      el.removeAttribute("aria-label");
      el.removeAttribute("aria-description");
    }
    for (const name of GEOMETRY) {
      const value = el.getAttribute(name);
      if (value !== null) el.setAttribute(name, roundNumbers(value));
    }
  }
  // French typography in every label and tooltip: the chart code writes "Moyenne: 42,0" for both languages.
  for (const text of [...svg.querySelectorAll("text, tspan")]) {
    if (text.children.length === 0 && text.textContent)
      text.textContent = chartDigits(typeset(text.textContent, options.lang));
  }
  for (const title of [...svg.querySelectorAll("title")]) {
    const parent = title.parentElement;
    if (parent && parent !== svg) {
      parent.setAttribute("data-tip", typeset((title.textContent ?? "").trim(), options.lang));
    }
    title.remove();
  }
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", options.ariaLabel);
  if (options.describedBy) svg.setAttribute("aria-describedby", options.describedBy);
}

/** Renders Plot options to deterministic, CSP-safe SVG markup. */
export function renderPlot(options: Plot.PlotOptions, render: RenderOptions): string {
  const {document} = parseHTML("<!doctype html><html><body></body></html>");
  const doc = document as unknown as Document;
  const probe = plot(options, doc);
  const localized = withLocaleTicks(options, render.lang, probe);
  const svg = localized ? plot(localized, doc) : probe;
  if (svg.tagName.toLowerCase() !== "svg") {
    throw new Error(
      `chart ${render.id} rendered a <${svg.tagName.toLowerCase()}>, not an <svg>: draw legends with the figure's legend option`
    );
  }
  normalize(svg, render);
  return renumberIds(svg.outerHTML, render.id);
}
