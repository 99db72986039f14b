/**
 * Every page in both languages in real headless Chromium (dark theme, the default), served with the production
 * CSP: it loads with no console error and no failed request, its language switch points at the same page in the
 * other language, every chart is drawn with a size, axe-core finds no violation, and at 360 px the page fits the
 * screen with the narrow drawings shown. Screenshots (the full page at 1280 px, its first 4000 px at 360 px) go to
 * test-artifacts/screenshots/.
 * The light theme's pass and the interactions are in e2e.test.ts, so the two files run side by side.
 */
import type {BrowserContext, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";

import type {Harness} from "./pageTesting.js";
import {axeViolations, fillWideDrawings, PAGES, renderAll, shot, sizes, startHarness, watch} from "./pageTesting.js";

describe("every page in Chromium, dark theme", () => {
  let harness: Harness;
  let ctx: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness();
    ctx = await harness.context("dark", true);
    page = await ctx.newPage();
  });

  afterAll(async () => {
    await ctx?.close();
    await harness?.close();
  });

  it.each(PAGES)("%s loads cleanly, shows its charts, passes axe and fits 360 px", async (pathname) => {
    const problems = watch(page);
    const response = await page.goto(harness.server.url + pathname, {waitUntil: "load"});
    await page.evaluate(() => document.fonts.ready);
    expect(response?.status()).toBe(200);
    const lang = pathname.startsWith("/fr/") ? "fr" : "en";
    expect(await page.getAttribute("html", "lang")).toBe(lang);
    expect(await page.getAttribute(".lang-switch", "href")).toBe(lang === "en" ? `/fr${pathname}` : pathname.slice(3));

    // Every figure's wide drawing is displayed with a size.
    await fillWideDrawings(page);
    for (const [width, height] of await sizes(
      page,
      ".figure__drawing:not([hidden]) .figure__chart:not(.figure__chart--narrow) svg.chart"
    )) {
      expect(width > 200 && height > 80, `chart ${width}×${height}`).toBe(true);
    }
    await renderAll(page);
    await page.screenshot({path: shot(pathname, "dark-1280"), fullPage: true});

    // On a 360 px phone: no horizontal scroll, the narrow drawings instead of the wide ones.
    await page.setViewportSize({width: 360, height: 800});
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const narrow = await sizes(page, ".figure__drawing:not([hidden]) .figure__chart--narrow svg.chart");
    for (const [width, height] of narrow) expect(width > 200 && height > 80, `narrow ${width}×${height}`).toBe(true);
    for (const [width] of await sizes(page, ".figure__chart--wide svg.chart")) expect(width).toBe(0);
    // The first few screens: enough to review the phone layout, without encoding pages twenty thousand pixels tall.
    const height = Math.min(4000, await page.evaluate(() => document.documentElement.scrollHeight));
    await page.screenshot({path: shot(pathname, "dark-360"), fullPage: true, clip: {x: 0, y: 0, width: 360, height}});
    await page.setViewportSize({width: 1280, height: 900});

    expect(await axeViolations(page)).toEqual([]);
    problems.stop();
    expect(problems.errors, "console errors").toEqual([]);
    expect(problems.failed, "failed requests").toEqual([]);
  });
});
