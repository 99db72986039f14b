/**
 * Standalone SVG for the image downloads: the chart as drawn on the page, with its caption above and its source
 * line below, colours resolved to the light theme's hex values (a file cannot see the page's CSS variables) on a
 * white background, and no page-only attributes (classes, data-*, ARIA references to the page).
 */
import type {Theme} from "./theme.js";
import {PAGE_COLORS, resolveColors} from "./theme.js";

export interface ExportOptions {
  caption: string;
  source: string;
  theme?: Theme;
}

const FONT = "Inter, system-ui, sans-serif";
const CAPTION_SIZE = 14;
const SOURCE_SIZE = 10;
const PAD = 12;

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
  const top = PAD + captionLines.length * CAPTION_SIZE * 1.3 + PAD / 2;
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
    inner +
    `<text x="${PAD}" y="${total - PAD}" font-size="${SOURCE_SIZE}" fill="${page.muted}">${escapeXml(options.source)}</text>` +
    `</svg>\n`;
  return resolveColors(svg, theme);
}
