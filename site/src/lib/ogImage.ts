/**
 * Link-preview images (Open Graph / Twitter cards): 1200 × 630 PNG, drawn at build time from the page's own chart
 * (the same SVG as on the page, colours resolved to the light theme) with the title, the data's as-of date and the
 * site's name, in the site's fonts (Michroma and Inter, from @fontsource). Rasterised with resvg, which reads only
 * the fonts it is given, so the image is the same on every build machine.
 */
import {mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {createRequire} from "node:module";
import path from "node:path";

import {Resvg} from "@resvg/resvg-js";

import {escapeXml, wrapWords} from "./charts/export.js";
import {PAGE_COLORS, resolveColors} from "./charts/theme.js";
import {woffToSfnt} from "./woff.js";

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The light theme's accent (global.css `--accent`), dark enough on white for the site's name. */
const ACCENT = "#a84f00";
const PAD = 56;

export interface OgCard {
  title: string;
  /** A second line under the title when there is no chart (the page's description), else undefined. */
  subtitle?: string;
  /** The chart's SVG as drawn on the page (root `<svg>` with a viewBox); none for text-only pages. */
  chart?: string;
  /** "Data as of December 20, 2018" in the page's language. */
  asOf: string;
  siteName: string;
}

const FONT_FILES = [
  ["@fontsource/inter", "inter-latin-400-normal.woff"],
  ["@fontsource/inter", "inter-latin-600-normal.woff"],
  ["@fontsource/inter", "inter-latin-ext-400-normal.woff"],
  ["@fontsource/michroma", "michroma-latin-400-normal.woff"],
  ["@fontsource/michroma", "michroma-latin-ext-400-normal.woff"]
] as const;

let fontFiles: string[] | undefined;

/** The site's fonts as TrueType files (resvg reads no WOFF), converted once per build into the cache. */
function fonts(): string[] {
  if (fontFiles) return fontFiles;
  const require = createRequire(import.meta.url);
  const dir = path.join(process.env.ASTRO_CACHE_DIR || path.join("node_modules", ".astro"), "og-fonts");
  mkdirSync(dir, {recursive: true});
  fontFiles = FONT_FILES.map(([pkg, file]) => {
    const source = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), "files", file);
    const target = path.join(dir, file.replace(/\.woff$/, ".ttf"));
    writeFileSync(target, woffToSfnt(readFileSync(source)));
    return target;
  });
  return fontFiles;
}

/** The chart placed in a box, scaled to fit and centred, page-only attributes removed. */
function placeChart(chart: string, x: number, y: number, width: number, height: number): string {
  return resolveColors(
    chart
      .replace(/\s(?:class|role|aria-label|aria-describedby|aria-hidden|data-[a-z-]+)="[^"]*"/g, "")
      .replace(
        /^<svg\b[^>]*?(viewBox="[^"]*")[^>]*>/,
        (_m, viewBox: string) =>
          `<svg x="${x}" y="${y}" width="${width}" height="${height}" ${viewBox} preserveAspectRatio="xMidYMid meet" font-family="Inter">`
      ),
    "light"
  );
}

/** The card as an SVG document. */
export function ogSvg(card: OgCard): string {
  const page = PAGE_COLORS.light;
  const titleSize = card.chart ? 40 : 54;
  const titleLines = wrapWords(card.title, Math.floor((OG_WIDTH - 2 * PAD) / (titleSize * 0.56))).slice(0, 2);
  const titleTop = PAD + 44 + titleSize * 1.15;
  const title = titleLines
    .map((line, i) => `<tspan x="${PAD}" dy="${i === 0 ? 0 : titleSize * 1.2}">${escapeXml(line)}</tspan>`)
    .join("");
  const bodyTop = titleTop + (titleLines.length - 1) * titleSize * 1.2 + 28;
  const footerY = OG_HEIGHT - PAD + 8;
  let body = "";
  if (card.chart) body = placeChart(card.chart, PAD, bodyTop, OG_WIDTH - 2 * PAD, footerY - 36 - bodyTop);
  else if (card.subtitle) {
    const lines = wrapWords(card.subtitle, Math.floor((OG_WIDTH - 2 * PAD) / (28 * 0.52))).slice(0, 4);
    body = `<text y="${bodyTop + 28}" font-family="Inter" font-size="28" fill="${page.muted}">${lines
      .map((line, i) => `<tspan x="${PAD}" dy="${i === 0 ? 0 : 40}">${escapeXml(line)}</tspan>`)
      .join("")}</text>`;
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">` +
    `<rect width="100%" height="100%" fill="${page.background}"/>` +
    `<rect width="100%" height="10" fill="${ACCENT}"/>` +
    `<text x="${PAD}" y="${PAD + 22}" font-family="Michroma" font-size="26" fill="${ACCENT}">${escapeXml(card.siteName)}</text>` +
    `<text y="${titleTop}" font-family="Inter" font-weight="600" font-size="${titleSize}" fill="${page.text}">${title}</text>` +
    body +
    `<text x="${PAD}" y="${footerY}" font-family="Inter" font-size="24" fill="${page.muted}">${escapeXml(card.asOf)}</text>` +
    `</svg>`
  );
}

/** The card as a 1200 × 630 PNG. */
export function ogPng(card: OgCard): Buffer {
  const resvg = new Resvg(ogSvg(card), {
    fitTo: {mode: "original"},
    font: {loadSystemFonts: false, fontFiles: fonts(), defaultFontFamily: "Inter", sansSerifFamily: "Inter"}
  });
  return resvg.render().asPng();
}
