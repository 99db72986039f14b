/**
 * The legibility checks (legibility.ts) seen to fire: small static chart pages, each with one known fault, served to
 * Chromium as the end-to-end suite serves the site, and a clean page that must report nothing. A check that never
 * fires on the site could be blind; here each one is shown a fault it must name.
 */
import {mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import path from "node:path";

import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";

import type {StaticServer} from "../staticServer.js";
import {startStaticServer} from "../staticServer.js";
import {launchChromium} from "./browser.js";
import {legibilityProblems} from "./legibility.js";

/** A dot of the fixture chart: centre and radius in viewBox units (the chart is drawn at 1:1). */
type Dot = readonly [cx: number, cy: number, r: number];

/**
 * A 400 × 200 chart as render.ts writes one: a numeric x axis with labelled ticks at 50, 200 and 350 (0, 50, 100),
 * one dot mark, and a text mark; `legend` adds a size key to the figure.
 */
function chart(
  dots: readonly Dot[],
  label: readonly [x: number, y: number],
  legend = false,
  axis: {start?: number; axisBreak?: boolean} = {}
): string {
  const ticks = [50, 200, 350];
  const {start = 0, axisBreak = false} = axis;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>fixture</title></head>
<body><main><figure id="fixture">
<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200" data-plot-area="20,10,380,170" font-family="sans-serif">
<g data-mark="x-axis tick" fill="none" stroke="currentColor">${ticks.map((x) => `<path transform="translate(${x},170)" d="M0,0L0,6"/>`).join("")}</g>
<g data-mark="x-axis tick label" font-size="12" text-anchor="middle" fill="currentColor">${ticks.map((x, i) => `<text transform="translate(${x},190)">${start + i * 50}</text>`).join("")}</g>
${axisBreak ? `<g data-mark="axis-break"><path d="M28,176L32,164" stroke="currentColor"/></g>` : ""}
<g data-mark="dot" fill="currentColor">${dots.map(([cx, cy, r]) => `<circle cx="${cx}" cy="${cy}" r="${r}"/>`).join("")}</g>
<g data-mark="text" font-size="12" fill="currentColor"><text x="${label[0]}" y="${label[1]}">Label</text></g>
</svg>
${legend ? `<ul class="legend"><li><svg class="legend__key legend__key--sizes" width="14" height="14" viewBox="0 0 14 14"><circle cx="7" cy="7" r="5" fill="currentColor"/></svg> Size</li></ul>` : ""}
</figure></main></body></html>`;
}

/**
 * Key-figure tiles in a grid `columns` wide (kpis.css, written beside the pages: the static server's policy, the
 * site's, refuses inline styles).
 */
function tiles(count: number, columns: number): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>fixture</title><link rel="stylesheet" href="kpis.css"></head>
<body><main><figure id="fixture">
<dl class="kpis" data-columns="${columns}">
${Array.from({length: count}, (_, i) => `<div class="kpi"><dt>Figure ${i + 1}</dt><dd>${i + 1}</dd></div>`).join("")}
</dl></figure></main></body></html>`;
}

const KPIS_CSS = [2, 3, 5]
  .map((n) => `.kpis[data-columns="${n}"] {display: grid; grid-template-columns: repeat(${n}, 6rem); gap: 0.75rem}`)
  .join("\n");

/** Two dots of one size well inside the ticks, the label far from both. */
const EVEN: Dot[] = [
  [100, 100, 4],
  [250, 100, 4]
];
const FAR: [number, number] = [120, 40];

const PAGES = {
  clean: chart(EVEN, FAR),
  // Three sizes of dot (Plot's r channel) and no size key: the reader cannot read the sizes.
  "size-without-key": chart(
    [
      [100, 100, 3],
      [200, 100, 6],
      [300, 100, 9]
    ],
    FAR
  ),
  // Two sizes are a quantity too: the threshold counts sizes, not rounding jitter.
  "size-without-key (two sizes)": chart(
    [
      [100, 100, 3],
      [250, 100, 8]
    ],
    FAR
  ),
  // The same three sizes, keyed in the legend: not a fault.
  "sizes keyed": chart(
    [
      [100, 100, 3],
      [200, 100, 6],
      [300, 100, 9]
    ],
    FAR,
    true
  ),
  // The label's left edge 2 px right of a dot's edge, under a quarter em of its 12 px text (3 px): it runs into it.
  "near-dot": chart(EVEN, [106, 104]),
  // A dot's centre 10 px right of the last labelled tick (100 at x = 350), where its value cannot be read.
  "beyond-ticks": chart([...EVEN, [360, 100, 4]], FAR),
  // Ticks 100, 150, 200: the value axis leaves zero out, and no axis-break sign says so.
  "axis-without-break": chart(EVEN, FAR, false, {start: 100}),
  // The same axis with the sign drawn: not a fault.
  "axis break drawn": chart(EVEN, FAR, false, {start: 100, axisBreak: true}),
  // Six key figures in rows of five: the sixth alone on its row.
  "lone-tile": tiles(6, 5),
  // The same six in rows of three, and five on a phone's two columns: not a fault.
  "tiles in even rows": tiles(6, 3),
  "odd tile on two columns": tiles(5, 2)
} as const;

/** The checks each page must report, and nothing else. */
const EXPECTED: Record<keyof typeof PAGES, string[]> = {
  clean: [],
  "size-without-key": ["size-without-key"],
  "size-without-key (two sizes)": ["size-without-key"],
  "sizes keyed": [],
  "near-dot": ["text-on-marks"],
  "beyond-ticks": ["beyond-ticks"],
  "axis-without-break": ["axis-without-break"],
  "axis break drawn": [],
  "lone-tile": ["lone-tile"],
  "tiles in even rows": [],
  "odd tile on two columns": []
};

describe("the legibility checks fire on the faults they name, and not on a clean chart", () => {
  let dir: string;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "legibility-"));
    await Promise.all(Object.values(PAGES).map((html, i) => writeFile(path.join(dir, `${i}.html`), html)));
    await writeFile(path.join(dir, "kpis.css"), KPIS_CSS);
    server = await startStaticServer(dir);
    browser = await launchChromium();
    page = await browser.newPage({viewport: {width: 1280, height: 800}});
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, {recursive: true, force: true});
  });

  it.each(Object.keys(PAGES) as Array<keyof typeof PAGES>)("%s", async (name) => {
    await page.goto(`${server.url}/${Object.keys(PAGES).indexOf(name)}.html`, {waitUntil: "load"});
    const problems = await legibilityProblems(page);
    expect(problems.map((p) => p.check)).toEqual(EXPECTED[name]);
    for (const p of problems) expect(p.where).toBe("fixture");
  });
});
