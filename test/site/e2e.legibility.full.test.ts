/**
 * The legibility checks of legibility.ts on a full-size build (scale 1, the size of Food.com): the small test build
 * of e2e.legibility.test.ts has fifty times fewer recipes and ratings, so long labels,
 * five-digit counts and crowded monthly series only appear here (the session that added this pass found 42
 * problems by hand on a full-size build that the small one never showed). Main pages only, in both languages, at
 * the two widths where drawings differ most (the desktop and the phone drawing), light theme: colours and the dark
 * theme do not change layout, and the small pass covers them. The full-size site is built once per change of its
 * inputs and cached beside the small one (builtSite.ts).
 */
import type {BrowserContext, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {legibilityProblems} from "./legibility.js";
import type {Harness} from "./pageTesting.js";
import {fillWideDrawings, PAGES, renderAll, startHarness} from "./pageTesting.js";

const FULL_SCALE = "1";
const WIDTHS = [1280, 360] as const;

describe("every page is legible at full size, at 1280 and 360 px, in both languages", () => {
  let harness: Harness;
  let ctx: BrowserContext;
  let page: Page;

  // Generating the full-size data and building the site takes a few minutes on two cores, once per change.
  beforeAll(async () => {
    harness = await startHarness(FULL_SCALE);
    ctx = await harness.context("light");
    page = await ctx.newPage();
  }, 900_000);

  afterAll(async () => {
    await ctx?.close();
    await harness?.close();
  });

  it.each(PAGES)("%s", async (pathname) => {
    const found: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({width, height: 900});
      await page.goto(harness.server.url + pathname, {waitUntil: "load"});
      await page.evaluate(() => document.fonts.ready);
      await renderAll(page);
      // The wide drawings this width shows, fetched as a reader scrolling down would get them.
      await fillWideDrawings(page);
      for (const p of await legibilityProblems(page))
        found.push(`${pathname} ${width}px ${p.check}: ${p.where}: ${p.text}`);
    }
    expect(found).toEqual([]);
  });
});
