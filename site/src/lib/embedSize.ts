/**
 * The height an embed's iframe keeps when the framing page runs no script (the snippet's resizer stripped by the
 * host): the most the embed needs in a column from 360 to 800 px wide, worked out from the figure's drawings and
 * the lengths of its texts with the embed's styles (global.css `.figure`, `.legend`, the container query that picks
 * the narrow drawing; share.css `.embed`). A wider column scales the wide drawing up and needs the script. Too tall
 * leaves a margin under the source line; too short would cut it off, so every estimate errs on the tall side
 * (docker/embed.test.ts measures the real embeds in Chromium against it).
 */
import type {DataProvenance} from "../../../pipeline/manifest.js";
import type {Lang} from "../i18n/index.js";
import {ts} from "../i18n/share.js";
import type {FigureModel} from "./analysis.js";
import {sourceLine} from "./provenance.js";
import {NARROW_WIDTH, WIDE_WIDTH} from "./views.js";

/**
 * The line under an embed, built once for the embed (EmbedFigure.astro) and for the height its snippet gives the
 * iframe (FigureHome.astro): the data's source line and the words of the link back to the site. A full stop ends the
 * source, not a "·": the link wraps to the next line on a phone, where a dot would hang at the line's end.
 */
export function embedSource(lang: Lang, data: DataProvenance, dataAsOf: string): {source: string; back: string} {
  return {source: `${sourceLine(lang, data, dataAsOf)}.`, back: ts(lang, "embed.back")};
}

/** Column widths the height is worked out for: a phone, a narrow column and a wide one. */
const COLUMNS = [360, 600, 800] as const;
/**
 * Body padding, the figure's border and padding, the gaps between title, legend, drawing and source (the site's
 * main padding and the figure's top margin, 60 px, are not part of an embed: share.css).
 */
const FRAME_PX = 85;
/** The narrow drawing's cap (global.css: 28rem at 16 px). */
const NARROW_MAX_PX = 448;
/** Average advance of a title character in Michroma, as a fraction of the font size, word wrapping included. */
const TITLE_EM_PER_CHAR = 0.8;
/** The source line at 0.85rem in Inter: average advance of a character with word wrapping, and line height. */
const SOURCE_PX_PER_CHAR = 9.5;
const SOURCE_LINE_PX = 23;
/** Legend entries at 0.85rem: a character, the key and its gap, the gap between entries, and a row. */
const LEGEND_PX_PER_CHAR = 7.5;
const LEGEND_ENTRY_PX = 14 + 7 + 16;
const LEGEND_ROW_PX = 26;

/** Width and height of an SVG drawing of `figure`, from its viewBox. */
function size(figure: FigureModel, svg: string): {width: number; height: number} {
  const match = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!match)
    throw new Error(
      `The drawing of figure ${figure.analysis}/${figure.key} has no viewBox, so its embed's height cannot be ` +
        "worked out. Plot writes one on every chart: check that site/src/views/" +
        `${figure.analysis}.ts returns Plot options, not an SVG of its own.`
    );
  return {width: Number(match[1]), height: Number(match[2])};
}

const lines = (textPx: number, widthPx: number): number => Math.max(1, Math.ceil(textPx / widthPx));

/** Rows of legend entries laid out left to right in `widthPx`, each entry kept whole. */
function legendRows(labels: readonly string[], widthPx: number): number {
  let rows = 0;
  let used = 0;
  for (const label of labels) {
    const entry = LEGEND_ENTRY_PX + label.length * LEGEND_PX_PER_CHAR;
    if (used > 0 && used + entry <= widthPx) {
      used += entry;
      continue;
    }
    // A new row; an entry wider than the column wraps inside itself over as many rows (the French ratings fits'
    // "Bande de confiance à 95 % de l'ajustement…" took two at 360 px, and the embed came out 13 px short).
    rows += Math.ceil(entry / widthPx);
    used = Math.min(entry, widthPx);
  }
  return rows;
}

/** The embed's height in a column `column` px wide. */
function heightIn(figure: FigureModel, source: string, column: number): number {
  // The figure's content box: 0.75rem of body padding, 1px borders, 1rem of figure padding (0.5rem under 600 px).
  const content = column - 24 - 2 - (column < 600 ? 16 : 32);
  const wide = size(figure, figure.svg);
  const narrow = figure.svgNarrow ? size(figure, figure.svgNarrow) : undefined;
  const drawing =
    content >= WIDE_WIDTH || !narrow
      ? (wide.height * content) / WIDE_WIDTH
      : (narrow.height * Math.min(content, NARROW_MAX_PX)) / (narrow.width || NARROW_WIDTH);
  // share.css: the title's size is clamp(1rem, 0.9rem + 0.6vw, 1.25rem), its line height 1.3.
  const titlePx = Math.min(20, Math.max(16, 14.4 + 0.006 * column));
  const title = lines(figure.caption.length * titlePx * TITLE_EM_PER_CHAR, content) * titlePx * 1.3;
  const sourceHeight = lines(source.length * SOURCE_PX_PER_CHAR, content) * SOURCE_LINE_PX;
  const legend = legendRows(
    figure.legend.map((e) => e.label),
    content
  );
  return FRAME_PX + title + legend * LEGEND_ROW_PX + drawing + sourceHeight;
}

/**
 * The iframe height, in pixels, that shows all of the figure's embed without a script in a column up to 800 px
 * wide, under which `line` is the embed's source line (embedSource).
 */
export function embedHeight(figure: FigureModel, line: {source: string; back: string}): number {
  const source = `${line.source} ${line.back}`;
  return Math.ceil(Math.max(...COLUMNS.map((column) => heightIn(figure, source, column))));
}
