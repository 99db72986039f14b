/**
 * Legibility of every page in real headless Chromium: both languages, both themes, at 1280 and 360 px and at two
 * widths in between where a figure is narrowest for its drawing (1024: the sidebar appears; 768: a tablet), the
 * checks of legibility.ts (no token broken across lines, no text wider than its box, no sideways scroll, no chart
 * text under 10 px, no two equal labels on an axis, no two chart labels touching, no mark outside its frame, no
 * colour outside the design system), and that the page draws with the palette checked for colour-vision
 * deficiencies. Every problem is reported with its page, theme, width, figure and text, all at once.
 */
import type {BrowserContext, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {CHART_TOKENS, PALETTE} from "../../site/src/lib/charts/theme.js";
import {legibilityProblems} from "./legibility.js";
import type {Harness, Theme} from "./pageTesting.js";
import {fillWideDrawings, PAGES, renderAll, startHarness} from "./pageTesting.js";

const WIDTHS = [1280, 1024, 768, 360] as const;
const THEMES: readonly Theme[] = ["dark", "light"];

describe("every page is legible from 360 to 1280 px, both themes, both languages", () => {
  let harness: Harness;
  const contexts = new Map<Theme, {ctx: BrowserContext; page: Page}>();

  beforeAll(async () => {
    harness = await startHarness();
    for (const theme of THEMES) {
      const ctx = await harness.context(theme);
      contexts.set(theme, {ctx, page: await ctx.newPage()});
    }
  });

  afterAll(async () => {
    for (const {ctx} of contexts.values()) await ctx.close();
    await harness?.close();
  });

  it.each(PAGES)("%s", async (pathname) => {
    const found: string[] = [];
    for (const theme of THEMES) {
      const {page} = contexts.get(theme)!;
      for (const width of WIDTHS) {
        await page.setViewportSize({width, height: 900});
        await page.goto(harness.server.url + pathname, {waitUntil: "load"});
        await page.evaluate(() => document.fonts.ready);
        await renderAll(page);
        // The wide drawings this width shows, fetched as a reader scrolling down would get them.
        await fillWideDrawings(page);
        // The colours the page draws with are the palette whose pairs palette.test.ts checks, in this theme.
        const drawn = await page.evaluate(
          (tokens) =>
            tokens.map((t) => getComputedStyle(document.documentElement).getPropertyValue(`--chart-${t}`).trim()),
          [...CHART_TOKENS]
        );
        CHART_TOKENS.forEach((token, i) => {
          if (drawn[i] !== PALETTE[theme][token]) {
            found.push(
              `${pathname} ${theme} ${width}px palette: --chart-${token} is ${drawn[i]}, not ${PALETTE[theme][token]}`
            );
          }
        });
        for (const p of await legibilityProblems(page)) {
          found.push(`${pathname} ${theme} ${width}px ${p.check}: ${p.where}: ${p.text}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
