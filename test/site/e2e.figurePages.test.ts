/**
 * Figure pages and embeds in real headless Chromium, both languages and both themes, for a sample of figures (the
 * first, middle and last of the catalogue; figurePages.test.ts checks every one's HTML): they load cleanly with
 * the production CSP, axe-core finds no violation, the page fits 360 px, and the "figure page" link of an analysis
 * page carries the reader's view state. Screenshots go to test-artifacts/screenshots/.
 */
import {readdir} from "node:fs/promises";
import path from "node:path";

import type {BrowserContext, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {builtSite} from "./builtSite.js";
import type {Harness, Theme} from "./pageTesting.js";
import {axeViolations, shot, startHarness, watch} from "./pageTesting.js";

async function samplePaths(): Promise<string[]> {
  const dist = (await builtSite()).dist;
  const figures = (await readdir(path.join(dist, "figures"), {recursive: true}))
    .filter((e) => e.endsWith("index.html"))
    .map((e) => path.dirname(e).split(path.sep).join("/"))
    .sort();
  const picked = [figures[0]!, figures[Math.floor(figures.length / 2)]!, figures.at(-1)!];
  return picked.flatMap((f) => [`/figures/${f}/`, `/fr/figures/${f}/`, `/embed/${f}/`, `/fr/embed/${f}/`]);
}

describe("figure pages and embeds in Chromium", () => {
  let harness: Harness;
  const contexts: BrowserContext[] = [];
  let paths: string[] = [];

  beforeAll(async () => {
    harness = await startHarness();
    paths = await samplePaths();
  });

  afterAll(async () => {
    for (const ctx of contexts) await ctx.close();
    await harness?.close();
  });

  async function open(theme: Theme): Promise<Page> {
    const ctx = await harness.context(theme, true);
    contexts.push(ctx);
    return ctx.newPage();
  }

  it.each(["dark", "light"] as const)("load cleanly, pass axe and fit 360 px (%s theme)", async (theme) => {
    const page = await open(theme);
    expect(paths.length).toBe(12);
    for (const pathname of paths) {
      const problems = watch(page);
      await page.setViewportSize({width: 1280, height: 900});
      const response = await page.goto(harness.server.url + pathname, {waitUntil: "load"});
      expect(response?.status(), pathname).toBe(200);
      const chart = await page.$eval(".figure__chart:not(.figure__chart--narrow) svg.chart", (svg) => {
        const r = svg.getBoundingClientRect();
        return [r.width, r.height];
      });
      expect(chart[0]! > 200 && chart[1]! > 80, `${pathname} chart ${chart.join("×")}`).toBe(true);
      await page.screenshot({path: shot(pathname, `${theme}-1280`), fullPage: true});
      await page.setViewportSize({width: 360, height: 800});
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
        `${pathname} at 360 px`
      ).toBeLessThanOrEqual(0);
      await page.screenshot({path: shot(pathname, `${theme}-360`), fullPage: true});
      expect(await axeViolations(page)).toEqual([]);
      problems.stop();
      expect(problems.errors, `${pathname} console errors`).toEqual([]);
      expect(problems.failed, `${pathname} failed requests`).toEqual([]);
    }
  });

  it("carries the analysis page's view state to the figure page and back", async () => {
    const page = await open("dark");
    await page.goto(`${harness.server.url}/trends/?volume_from=2003&volume_to=2010`, {waitUntil: "load"});
    const link = page.locator("#fig-trends_volume-per_year a[data-carry-state]");
    await link.focus();
    expect(await link.getAttribute("href")).toBe("/figures/trends_volume/per_year/?volume_from=2003&volume_to=2010");
    await link.click();
    await page.waitForURL("**/figures/trends_volume/per_year/?volume_from=2003&volume_to=2010");
    const back = page.locator(".figure-home__back a");
    await back.focus();
    expect(await back.getAttribute("href")).toBe("/trends/?volume_from=2003&volume_to=2010#trends_volume");
  });
});
