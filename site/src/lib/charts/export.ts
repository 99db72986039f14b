/**
 * Standalone SVG for the image downloads: the chart as drawn on the page, with its caption and its legend (drawn
 * as HTML on the page, so it must be drawn again here) above and its source line below, colours resolved to the light theme's hex values (a file cannot see the page's CSS variables) on a
 * white background, and no page-only attributes (classes, data-*, ARIA references to the page).
 */
import {symbol, symbolDiamond2, symbolTriangle} from "d3";

import type {LegendShape} from "../views.js";
import type {Theme} from "./theme.js";
import {HEAT, heatShade, INTERVAL_DOT, SPAN, SPAN_EDGE} from "./seasons.js";
import {BAND_CLASS, LINE, MEDIAN, PAGE_COLORS, resolveColors} from "./theme.js";

export interface ExportOptions {
  caption: string;
  source: string;
  theme?: Theme;
  /** The figure's legend: a swatch or a dashed line, then the label. */
  legend?: ReadonlyArray<{label: string; color: string; shape: LegendShape}>;
}

const FONT = "Inter, system-ui, sans-serif";
const CAPTION_SIZE = 14;
const SOURCE_SIZE = 10;
const PAD = 12;
const LEGEND_SIZE = 11;
const KEY = 12;

/**
 * The ratings' seasonal means' interval key: a level whisker across the key (LINE.whisker) with an end cap `cap` px
 * above and below each bound, as ratings_seasonal draws it (the trends draw their intervals as a band, keyed "band").
 */
function cappedWhisker(color: string, cap: number): string {
  const segment = (x1: number, y1: number, x2: number, y2: number, style = ""): string =>
    `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${color}"${style}/>`;
  return (
    segment(1, 7, 13, 7, ` stroke-width="${LINE.whisker.strokeWidth}" stroke-opacity="${LINE.whisker.strokeOpacity}"`) +
    [1, 13].map((bound) => segment(bound, 7 - cap, bound, 7 + cap)).join("")
  );
}

/**
 * The outline of Plot's "triangle" or "diamond2" symbol of radius `r` (the area of a dot of that radius), centred on
 * the origin: d3-shape's symbolTriangle and symbolDiamond2, which Plot draws (seasons.test.ts compares them).
 */
export function symbolPath(shape: "triangle" | "diamond", r: number): string {
  // Plot's symbols are d3-shape's, of area π r²: "triangle" d3's triangle, "diamond2" its stroked-set diamond.
  return symbol(shape === "triangle" ? symbolTriangle : symbolDiamond2, Math.PI * r * r).digits(3)()!;
}

/**
 * The key of a legend entry in a 14 × 14 box, as SVG markup, drawn with the same style as the mark it stands for
 * (LINE in theme.ts): the page's legend (Figure.astro) and the downloads draw the same one.
 */
export function legendKey(shape: LegendShape, color: string): string {
  const line = (
    style: {strokeWidth: number; strokeDasharray?: string; strokeOpacity?: number; className?: string},
    stroke = color
  ) =>
    `<line${style.className ? ` class="${style.className}"` : ""} x1="0" y1="7" x2="14" y2="7" stroke="${stroke}" stroke-width="${style.strokeWidth}"` +
    (style.strokeDasharray ? ` stroke-dasharray="${style.strokeDasharray}"` : "") +
    (style.strokeOpacity ? ` stroke-opacity="${style.strokeOpacity}"` : "") +
    "/>";
  switch (shape) {
    case "line":
      return line(LINE.observed);
    // Dash patterns shortened to show two periods in the 14-unit key.
    case "fit":
      return line({strokeWidth: LINE.fit.strokeWidth, strokeDasharray: "4.5 2.5"});
    case "fitUnweighted":
      return line({strokeWidth: LINE.fitUnweighted.strokeWidth, strokeDasharray: "4 1.5 1 1.5"});
    // The reference line's own dash (3 on, 3 off): two and a half periods fit the key, which a reader sees as the
    // drawn line; a shorter dash read as dotted beside a dashed line.
    case "reference":
      return line(LINE.reference, LINE.reference.stroke);
    case "circle":
      return `<circle cx="7" cy="7" r="4.5" fill="${color}" fill-opacity="0.6" stroke="${color}"/>`;
    case "hollow":
      return `<circle cx="7" cy="7" r="4" fill="none" stroke="${color}" stroke-width="1.5"/>`;
    // Plot's dot of radius 5 and its square symbol of the same area, scaled to the key.
    case "disc":
      return `<circle cx="7" cy="7" r="4.5" fill="${color}"/>`;
    case "square":
      return `<rect x="3" y="3" width="8" height="8" fill="${color}"/>`;
    // The grey band behind a seasonal dumbbell's row (seasons.ts SPAN), cut to the key's height.
    case "span":
      return (
        `<rect y="1" width="14" height="12" fill="${color}" fill-opacity="${SPAN.strokeOpacity}"/>` +
        [1, 13]
          .map(
            (y) =>
              `<line x1="0" y1="${y}" x2="14" y2="${y}" stroke="${color}" stroke-width="${SPAN_EDGE.strokeWidth}" stroke-opacity="${SPAN_EDGE.strokeOpacity}"/>`
          )
          .join("")
      );
    // Plot's triangle and its diamond on a corner (the seasons' symbols, seasons.ts SEASON_SYMBOL), of the disc's area.
    case "triangle":
    case "diamond":
      return `<path transform="translate(7,7)" d="${symbolPath(shape, 4.5)}" fill="${color}"/>`;
    // An open ring in the figure's background, as the weekday end of the weekend dumbbells.
    case "ring":
      return `<circle cx="7" cy="7" r="5" fill="var(--plot-background)" stroke="${color}" stroke-width="2"/>`;
    case "dot":
      return `${line(LINE.observed)}<circle cx="7" cy="7" r="3.5" fill="${color}"/>`;
    // The same line with Plot's square symbol (the median series of the preparation times).
    case "dotSquare":
      return `${line(LINE.observed)}<rect x="3.5" y="3.5" width="7" height="7" fill="${color}"/>`;
    case "joinedDots":
      return `${line(LINE.joined)}<circle cx="3.5" cy="7" r="2.5" fill="${color}"/><circle cx="10.5" cy="7" r="2.5" fill="${color}"/>`;
    case "band":
      return `<rect class="${BAND_CLASS}" y="2" width="14" height="10" fill="${color}" fill-opacity="${LINE.band.fillOpacity}"/>`;
    // Two interval bands of different colours (the risers' and the fallers'), one above the other: `color` holds
    // both colours, separated by a space.
    case "bands": {
      const [upper, lower = upper] = color.split(" ");
      return (
        `<rect class="${BAND_CLASS}" y="1" width="14" height="6" fill="${upper}" fill-opacity="${LINE.band.fillOpacity}"/>` +
        `<rect class="${BAND_CLASS}" y="7" width="14" height="6" fill="${lower}" fill-opacity="${LINE.band.fillOpacity}"/>`
      );
    }
    case "spread": {
      const edge = (y: number) =>
        `<line x1="0" y1="${y}" x2="14" y2="${y}" stroke="${color}" stroke-width="${LINE.spreadEdge.strokeWidth}"` +
        ` stroke-dasharray="${LINE.spreadEdge.strokeDasharray}" stroke-opacity="${LINE.spreadEdge.strokeOpacity}"/>`;
      return `<rect y="1" width="14" height="12" fill="${color}" fill-opacity="${LINE.spread.fillOpacity}"/>${edge(1)}${edge(13)}`;
    }
    // Dots sized by a count (the year's recipes): a small and a large dot, edged like the drawn ones.
    case "sizes":
      return (
        `<circle cx="3.5" cy="9.5" r="2.5" fill="${color}" stroke="var(--plot-background)"/>` +
        `<circle cx="9.5" cy="7" r="4.5" fill="${color}" stroke="var(--plot-background)"/>`
      );
    // MEDIAN in theme.ts, an edge in the text colour under the bar, across a piece of box in the box's direction:
    // drawn upright on the page's background whatever the boxes' direction, it read as a grey "‖" beside upright
    // boxes whose median is a level white bar.
    // `color` holds the bar's colour and, after a space, the box's (the first box of the figure).
    case "median":
    case "medianAcross": {
      const across = shape === "medianAcross";
      const [barColor = color, boxColor] = color.split(" ");
      const fill = boxColor ? `fill="${boxColor}"` : `fill="currentColor" fill-opacity="0.35"`;
      const box = across
        ? `<rect x="2" y="0" width="10" height="14" ${fill}/>`
        : `<rect x="0" y="2" width="14" height="10" ${fill}/>`;
      const bar = (stroke: string, width: number) =>
        across
          ? `<line x1="2" y1="7" x2="12" y2="7" stroke="${stroke}" stroke-width="${width}"/>`
          : `<line x1="7" y1="2" x2="7" y2="12" stroke="${stroke}" stroke-width="${width}"/>`;
      return box + bar(MEDIAN.edge.stroke, MEDIAN.edge.strokeWidth) + bar(barColor, MEDIAN.bar.strokeWidth);
    }
    // marks.ts axisBreak: two slanted strokes across a piece of axis line, in the text colour.
    case "axisBreakX":
      return (
        `<line x1="0" y1="7" x2="14" y2="7" stroke="${color}"/>` +
        `<path d="M4.5 12.5L8.5 1.5L11.5 1.5L7.5 12.5Z" fill="var(--plot-background)"/>` +
        `<path d="M4 13L8 1M7 13L11 1" stroke="${color}" stroke-width="1.5"/>`
      );
    case "axisBreakY":
      return (
        `<line x1="7" y1="0" x2="7" y2="14" stroke="${color}"/>` +
        `<path d="M1.5 9.5L12.5 5.5L12.5 2.5L1.5 6.5Z" fill="var(--plot-background)"/>` +
        `<path d="M1 10L13 6M1 7L13 3" stroke="${color}" stroke-width="1.5"/>`
      );
    // The seasonal interval dot plots (seasons.ts INTERVAL_DOT): a level whisker as drawn there (no caps), the pale
    // quartile band, and the median tick across a piece of that band (`color`: the tick's, then the band's colour).
    case "whiskerLevel":
      return line(LINE.whisker);
    // The segment joining a dumbbell's two ends, as drawn (LINE.link).
    case "link":
      return line(LINE.link);
    // The ratings' seasonal means: a level whisker with an end cap at each bound, 10 px tall as drawn.
    case "whiskerCapped":
      return cappedWhisker(color, 5);
    // The same, upright, as drawn on an upright bar (the seasons' gaps to their day-adjusted counts).
    case "whiskerCappedUpright":
      return `<g transform="rotate(90 7 7)">${cappedWhisker(color, 5)}</g>`;
    case "quartiles":
      return line(INTERVAL_DOT.quartiles);
    case "medianTick": {
      const [tick = color, band = tick] = color.split(" ");
      return (
        // The piece of band at the light theme's density in both themes: the denser dark band (QUARTILES_CLASS) hid a
        // tick of its own colour.
        line({...INTERVAL_DOT.quartiles, className: undefined}, band) +
        `<line x1="7" y1="1" x2="7" y2="13" stroke="${tick}" stroke-width="${INTERVAL_DOT.median.strokeWidth}"/>`
      );
    }
    case "mean":
      return `<path d="M7 2L12 7L7 12L2 7Z" fill="var(--plot-background)" stroke="${color}" stroke-width="1.5"/>`;
    // A heatmap's shades from pale to full, each in the cells' two layers (seasons.ts heatCells).
    case "ramp":
      return [0.1, 0.55, 1]
        .map(
          (shade, i) =>
            `<rect class="${HEAT.className}" x="${i * 5}" width="4" height="14" fill="${color}" fill-opacity="${HEAT.floor}"/>` +
            `<rect x="${i * 5}" width="4" height="14" fill="${color}" fill-opacity="${heatShade(shade)}"/>`
        )
        .join("");
    default:
      return `<rect width="14" height="14" rx="2" fill="${color}"/>`;
  }
}

/** Legend entries laid out left to right, wrapping to a new row at the chart's width; returns markup and height. */
function legendMarkup(legend: NonNullable<ExportOptions["legend"]>, width: number, top: number): [string, number] {
  const rowHeight = LEGEND_SIZE * 1.6;
  let x = PAD;
  let row = 0;
  const parts: string[] = [];
  for (const entry of legend) {
    // Inter's average glyph is about 0.55 em wide: enough to keep entries from overlapping.
    const entryWidth = KEY + 6 + entry.label.length * LEGEND_SIZE * 0.55 + 16;
    if (x > PAD && x + entryWidth > width - PAD) {
      x = PAD;
      row += 1;
    }
    const y = top + row * rowHeight;
    const key = `<svg x="${x}" y="${y.toFixed(1)}" width="${KEY}" height="${KEY}" viewBox="0 0 14 14">${legendKey(entry.shape, entry.color)}</svg>`;
    parts.push(
      `${key}<text x="${x + KEY + 6}" y="${(y + KEY - 2).toFixed(1)}" font-size="${LEGEND_SIZE}">${escapeXml(entry.label)}</text>`
    );
    x += entryWidth;
  }
  return [parts.join(""), legend.length ? (row + 1) * rowHeight + PAD / 2 : 0];
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Greedy word wrap for an SVG text line: `max` characters per line at most, words never split. */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Width and height of the chart from its root viewBox. */
function sizeOf(markup: string): {width: number; height: number} {
  const match = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(markup);
  if (!match) throw new Error("chart markup has no viewBox");
  return {width: Number(match[1]), height: Number(match[2])};
}

/** The downloadable SVG document of a chart. */
export function standaloneSvg(markup: string, options: ExportOptions): string {
  const theme = options.theme ?? "light";
  const page = PAGE_COLORS[theme];
  const {width, height} = sizeOf(markup);
  const captionLines = wrapWords(options.caption, Math.floor((width - 2 * PAD) / (CAPTION_SIZE * 0.55)));
  const legendTop = PAD + captionLines.length * CAPTION_SIZE * 1.3 + PAD / 2;
  const [legend, legendHeight] = legendMarkup(options.legend ?? [], width, legendTop);
  const top = legendTop + legendHeight;
  const total = Math.ceil(top + height + PAD + SOURCE_SIZE * 1.5);
  const inner = markup
    .replace(/^<svg\b/, `<svg x="0" y="${top.toFixed(1)}"`)
    .replace(/\s(?:class|role|aria-label|aria-describedby|aria-hidden|data-[a-z-]+)="[^"]*"/g, "")
    .replace(/font-family="[^"]*"/, `font-family="${FONT}"`);
  const caption = captionLines
    .map((line, i) => `<tspan x="${PAD}" dy="${i === 0 ? 0 : CAPTION_SIZE * 1.3}">${escapeXml(line)}</tspan>`)
    .join("");
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" ` +
    `font-family="${FONT}" color="${page.text}">` +
    `<rect width="100%" height="100%" fill="${page.background}"/>` +
    `<text y="${PAD + CAPTION_SIZE}" font-size="${CAPTION_SIZE}" font-weight="600" fill="${page.text}">${caption}</text>` +
    `<g fill="${page.text}">${legend}</g>` +
    inner +
    `<text x="${PAD}" y="${total - PAD}" font-size="${SOURCE_SIZE}" fill="${page.muted}">${escapeXml(options.source)}</text>` +
    `</svg>\n`;
  return resolveColors(svg, theme);
}
