/**
 * How an analysis is shown: its KPI tiles and its figures, declared once per analysis in
 * `site/src/views/<name>.ts` (`export const view = defineView<Snapshot>({...})`). The same declaration feeds the
 * page (SVG, table), the download endpoints (CSV, JSON, SVG) and the data index, so they can never disagree.
 */
import type * as Plot from "@observablehq/plot";

import type {ClaimValues} from "../../../pipeline/narrative.js";
import type {Lang} from "../i18n/index.js";

/** A table cell or CSV field. */
export type CellValue = string | number | boolean | null;

/**
 * A column of a figure's data: `label` is a key of the analysis' text module (e.g. "axis.year"); `format` a
 * narrative spec for the table ("int", "2", "pct|1", "p", "label"; "year" writes a number as it is; "text:rule."
 * shows the text module's string `rule.<value>`); the CSV and JSON keep the raw value.
 */
export interface ColumnSpec<Row> {
  key: string;
  label: string;
  value?: (row: Row) => CellValue;
  format?: string;
}

/** What a figure's plot function gets to draw in the reader's language. */
export interface PlotContext {
  lang: Lang;
  /** Width to draw at, pixels: WIDE_WIDTH, or NARROW_WIDTH for the small-screen version. */
  width: number;
  narrow: boolean;
  /**
   * A string of the analysis' text module rendered with the snapshot's values (axis labels: "axis.year"), and with
   * `values` of the drawing where the string says something only the drawing knows (the span of a zoomed axis).
   */
  text: (key: string, values?: ClaimValues) => string;
  /** A value formatted with a narrative spec in the reader's language (`format(0.087, "pct|1")` → 8.7%). */
  format: (value: number | string, spec?: string) => string;
  /** The value of the figure's `variants` option this drawing is for, when the figure has variants. */
  variant?: string;
}

/**
 * Drawings of one figure for each value of a view option (site/src/scripts/viewOptions.ts), when a choice changes
 * the scales and cannot be a shown-or-hidden mark: the duration chart's y axis follows the band the reader picks.
 * The `initial` value's drawing is shown without JavaScript and is the one downloaded as SVG and PNG; the others
 * are fetched when a reader picks them.
 */
export interface FigureVariants {
  option: string;
  values: readonly string[];
  initial: string;
}

/** How a legend entry draws its key. */
export type LegendShape =
  | "swatch"
  | "band"
  | "bands"
  | "spread"
  | "sizes"
  | "whiskerLevel"
  | "whiskerCapped"
  | "link"
  | "whiskerCappedUpright"
  | "quartiles"
  | "medianTick"
  | "circle"
  | "hollow"
  | "disc"
  | "square"
  | "triangle"
  | "diamond"
  | "span"
  | "ring"
  | "line"
  | "dot"
  | "dotSquare"
  | "joinedDots"
  | "fit"
  | "fitUnweighted"
  | "reference"
  | "median"
  | "medianAcross"
  | "axisBreakX"
  | "axisBreakY"
  | "mean"
  | "ramp";

/** A legend entry drawn as HTML beside the chart: `label` is a text key, `color` a CSS colour or variable. */
export interface LegendEntry {
  label: string;
  color: string;
  /**
   * The mark the entry stands for, drawn as it is in the chart (the styles of charts/theme.ts LINE): "swatch"
   * (default) a bar or cell; "band" an interval band; "whiskerLevel" a level interval whisker without caps and
   * "whiskerCapped" one with end caps (the ratings' seasonal means), "whiskerCappedUpright" the same upright (a bar's
   * interval, the seasons' gaps to their day-adjusted counts); "link" the segment joining a dumbbell's two ends
   * (LINE.link);
   * "quartiles" and "medianTick" the pale quartile band and the median tick across it (the seasonal interval dot
   * plots, charts/seasons.ts INTERVAL_DOT; `color` of "medianTick" holds the tick's and the band's colours); "bands" two interval bands, `color` holding their two colours
   * separated by a space; "circle" a dot; "hollow" an open dot; "disc" a solid dot, "square" a solid square and "ring" an open ring (a
   * dumbbell's ends), "triangle" and "diamond" Plot's symbols of that name (a season's, charts/seasons.ts SEASON_SYMBOL); "span" the
   * grey band of a seasonal dumbbell's row, from its lowest season to its highest; "line" an observed
   * line; "dot" a line with markers; "dotSquare" a line with square markers; "joinedDots" dots joined by a thin line (LINE.joined); "fit" a fitted line; "fitUnweighted" the unweighted fit, dashed; "reference" a
   * dotted reference line; "median" a horizontal box's median bar (upright) and "medianAcross" an upright box's (level), each
   * drawn on a piece of box as in the chart; "mean" its mean diamond; "axisBreakX" and
   * "axisBreakY" the sign that an axis does not start at zero (marks.ts axisBreak), on a level or upright axis; "ramp" a heatmap's shades
   * from pale to full.
   */
  shape?: LegendShape;
  /**
   * The view option state the entry's mark is drawn in (`"bubbles=on"`): the entry follows it as the mark does
   * (site/src/scripts/viewOptions.ts). Shown without JavaScript and in the downloads, which draw the options' initial
   * state: only for a mark drawn in that state.
   */
  when?: string;
}

/** One figure of an analysis. Its caption and description are `figure.<key>.caption|description` in the text. */
export interface FigureSpec<Row = Record<string, unknown>> {
  key: string;
  /** Rows behind the chart: the "show data" table and the CSV and JSON downloads. */
  data: readonly Row[];
  columns: ReadonlyArray<ColumnSpec<Row>>;
  plot: (ctx: PlotContext) => Plot.PlotOptions;
  legend?: readonly LegendEntry[];
  /** Also draw a NARROW_WIDTH version for screens under 600 px (default true). */
  narrow?: boolean;
  variants?: FigureVariants;
}

/** A KPI tile: label `kpi.<key>` from the text module, value formatted with a narrative spec. */
export interface KpiSpec {
  key: string;
  value: number | string;
  format?: string;
  /**
   * The value's confidence interval, printed under it by the text module's `kpi.<key>Interval` template, which
   * quotes `{lower}` and `{upper}`: a tile that states a difference states its uncertainty beside it.
   */
  interval?: {lower: number; upper: number};
  /**
   * The tile's name agrees with its own value, a count of items: its `kpi.<key>#one` variant names a count of one
   * (« Plus fréquent en semaine : 1 »), whatever count the analysis' other strings agree with.
   */
  agrees?: true;
}

export interface AnalysisView<S> {
  /** Extra values for the text's fixed templates, beside the snapshot's params and the headline's values. */
  values?: (snapshot: S) => ClaimValues;
  kpis?: (snapshot: S) => KpiSpec[];
  figures: (snapshot: S) => ReadonlyArray<FigureSpec<never>>;
}

/** Declares an analysis' view with its snapshot type (identity; it only carries types). */
export function defineView<S>(view: AnalysisView<S>): AnalysisView<S> {
  return view;
}

/** Declares a figure with its row type (identity; it only carries types). */
export function defineFigure<Row>(figure: FigureSpec<Row>): FigureSpec<never> {
  return figure as unknown as FigureSpec<never>;
}

/**
 * A display option of a figure group (ViewOptions.astro): a checkbox ("on"/"off") or a select, its state in the URL
 * parameter `param`; marks and drawings with `data-when="<option>=<value>"` follow it.
 */
export type ViewOption =
  | {kind: "checkbox"; option: string; param: string; label: string; initial: boolean; recompute?: boolean}
  | {
      kind: "select";
      option: string;
      param: string;
      label: string;
      initial: string;
      choices: ReadonlyArray<{value: string; label: string}>;
      /** Whether the statistics depend on the option (site/src/scripts/explorer.ts recomputes them). */
      recompute?: boolean;
    };

export const WIDE_WIDTH = 720;
/**
 * The phone drawing's width: the figure's content box on a 360 px screen (360 − 2 × 16 page padding − 2 × 1 border −
 * 2 × 8 figure padding, global.css), so that 10 px chart text renders at 10 px there and larger on wider phones.
 */
export const NARROW_WIDTH = 310;
