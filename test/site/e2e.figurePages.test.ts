/**
 * Figure pages and embeds in real headless Chromium, both languages and both themes, for a sample of figures (the
 * first, middle and last of the catalogue; figurePages.test.ts checks every one's HTML): they load cleanly with
 * the production CSP, axe-core finds no violation, the page fits 360 px, and the "figure page" link of an analysis
 * page carries the reader's view state. A figure page opened with that state shows the figure and the claims
 * recomputed by the analysis page's explorer (the expected numbers worked out here from the snapshot's rows, as
 * e2e.explorers.test.ts does), loads the explorer's code only then, and without JavaScript draws the published
 * figure with a note saying so. Screenshots go to test-artifacts/screenshots/.
 */
import {readdir, readFile} from "node:fs/promises";
import path from "node:path";

import type {BrowserContext, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";

import type {TrendsDuration} from "../../queries/trends/trends_duration.schema.js";
import type {TrendsVolume} from "../../queries/trends/trends_volume.schema.js";
import {builtSite} from "./builtSite.js";
import {settled, slopes, wlsSlope} from "./explorerChecks.js";
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

  /** The years whose bars are dimmed (the range filter dims the years outside the range), in any drawing. */
  const dimmedYears = (page: Page) =>
    page.$$eval(
      "#fig-trends_volume-per_year rect.is-filtered-out[data-year]",
      (bars) => new Set(bars.map((b) => b.getAttribute("data-year"))).size
    );
  /** The spread claim's mean per year, as the explorer's text writes it (a whole number of recipes). */
  const meanPerYear = (counts: number[]) =>
    new Intl.NumberFormat("en-US").format(Math.round(counts.reduce((a, b) => a + b, 0) / counts.length));
  const claimsOf = (page: Page) => page.$$eval("[data-claims] li", (items) => items.map((li) => li.textContent));

  it("draws a figure recomputed for the years of a shared link, and loads the explorer only for such a link", async () => {
    const {snapshots} = await builtSite();
    const volume = JSON.parse(await readFile(path.join(snapshots, "trends_volume.json"), "utf8")) as TrendsVolume;
    const page = await open("dark");
    const problems = watch(page);
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
    });
    const explorerCode = (list: string[]) => list.filter((p) => /\/_astro\/trends_volume\.[^/]+\.js$/.test(p));

    const base = `${harness.server.url}/figures/trends_volume/per_year/`;
    await page.goto(base, {waitUntil: "networkidle"});
    const published = await claimsOf(page);
    expect(await dimmedYears(page)).toBe(0);
    expect(explorerCode(scripts), "the explorer's code on a page read as published").toEqual([]);

    const years = volume.perYear.map((r) => r.year);
    const [from, to] = [years[3]!, years[12]!];
    await page.goto(`${base}?volume_from=${from}&volume_to=${to}`);
    await settled(page, "trends_volume-explorer", `${from}-${to} labels=on`);
    expect(explorerCode(scripts).length).toBe(1);
    const subset = volume.perYear.filter((r) => r.year >= from && r.year <= to);
    const mean = meanPerYear(subset.map((r) => r.recipes));
    expect(mean).not.toBe(meanPerYear(volume.perYear.map((r) => r.recipes)));
    expect((await claimsOf(page)).join(" ")).toContain(`${mean} recipes a year on average`);
    expect(await dimmedYears(page)).toBe(volume.perYear.length - subset.length);
    expect(await page.textContent("#trends_volume-explorer [data-explorer-status]")).toContain(`${from}–\u2060${to}`);
    expect(await claimsOf(page)).not.toEqual(published);
    expect(await page.locator('[data-range-filter] [data-bound="from"]').inputValue()).toBe(String(from));
    // The embed snippet and the link to the embed carry the state too.
    const embedUrl = `http://localhost:4321/embed/trends_volume/per_year/?volume_from=${from}&amp;volume_to=${to}`;
    expect(await page.textContent("[data-embed-snippet]")).toContain(`<iframe src="${embedUrl}"`);
    expect(await page.locator("[data-theme-suffix]").allTextContents()).toEqual(["&theme=light", "&theme=dark"]);
    const embedLink = page.locator("#embed-title ~ p a[data-carry-state]");
    await embedLink.focus();
    expect(await embedLink.getAttribute("href")).toBe(embedUrl.replace("&amp;", "&"));
    await page.screenshot({path: shot("/figures/trends_volume/per_year/", "state-dark-1280"), fullPage: true});
    await page.setViewportSize({width: 360, height: 800});
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({path: shot("/figures/trends_volume/per_year/", "state-dark-360"), fullPage: true});
    // Last: once axe has run, Chromium's screenshots no longer paint the charts.
    expect(await axeViolations(page)).toEqual([]);
    problems.stop();
    expect([...problems.errors, ...problems.failed]).toEqual([]);
  });

  it("draws the preparation-time figure for a shared range and band, in French", async () => {
    const {snapshots} = await builtSite();
    const duration = JSON.parse(await readFile(path.join(snapshots, "trends_duration.json"), "utf8")) as TrendsDuration;
    const page = await open("light");
    const problems = watch(page);
    const years = duration.perYear.map((r) => r.year);
    const [from, to] = [years[2]!, years[14]!];
    await page.goto(
      `${harness.server.url}/fr/figures/trends_duration/trend/?duration_from=${from}&duration_to=${to}&duration_band=q05_q95`
    );
    await settled(page, "trends_duration-explorer", `${from}-${to} band=q05_q95 bubbles=on`);
    const subset = duration.perYear.filter((r) => r.year >= from && r.year <= to);
    const x = subset.map((r) => r.year);
    const w = subset.map((r) => r.recipes);
    for (const series of ["mean", "median"] as const) {
      const expected = wlsSlope(
        x,
        subset.map((r) => r[series]),
        w
      );
      const drawn = await slopes(page, `[data-when="band=q05_q95"] [data-role="fit"][data-series="${series}"]`);
      expect(drawn.length, series).toBeGreaterThan(0);
      for (const slope of drawn) expect(slope).toBeCloseTo(expected, 9);
    }
    // The chosen band's drawing is the one shown.
    expect(
      await page.locator('#fig-trends_duration-trend .figure__drawing[data-when="band=q05_q95"]').isVisible()
    ).toBe(true);
    expect(await page.textContent("#trends_duration-explorer [data-explorer-status]")).toContain("recalculés");
    await page.screenshot({path: shot("/fr/figures/trends_duration/trend/", "state-light-1280"), fullPage: true});
    expect(await axeViolations(page)).toEqual([]);
    problems.stop();
    expect([...problems.errors, ...problems.failed]).toEqual([]);
  });

  it("draws the published figure without JavaScript, with a note saying a link's years need it", async () => {
    const {snapshots} = await builtSite();
    const volume = JSON.parse(await readFile(path.join(snapshots, "trends_volume.json"), "utf8")) as TrendsVolume;
    const ctx = await harness.browser.newContext({viewport: {width: 1280, height: 900}, javaScriptEnabled: false});
    contexts.push(ctx);
    const page = await ctx.newPage();
    const years = volume.perYear.map((r) => r.year);
    await page.goto(
      `${harness.server.url}/figures/trends_volume/per_year/?volume_from=${years[3]}&volume_to=${years[12]}`
    );
    // The published figure: every year's bar drawn, none dimmed, the words for all the years.
    expect(await page.locator("#fig-trends_volume-per_year rect[data-year]").count()).toBeGreaterThanOrEqual(
      years.length
    );
    expect(await dimmedYears(page)).toBe(0);
    expect((await claimsOf(page)).join(" ")).toContain(
      `${meanPerYear(volume.perYear.map((r) => r.recipes))} recipes a year on average`
    );
    const note = page.locator("[data-no-script-note]");
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain("Without JavaScript");
    expect(await page.locator("[data-range-filter]").isVisible()).toBe(false);
    await page.screenshot({path: shot("/figures/trends_volume/per_year/", "noscript-1280"), fullPage: true});
  });

  it("shows an embed recomputed for the state in its address, its controls hidden", async () => {
    const {snapshots} = await builtSite();
    const volume = JSON.parse(await readFile(path.join(snapshots, "trends_volume.json"), "utf8")) as TrendsVolume;
    const page = await open("dark");
    const problems = watch(page);
    const years = volume.perYear.map((r) => r.year);
    const [from, to] = [years[5]!, years[15]!];
    await page.goto(
      `${harness.server.url}/embed/trends_volume/per_year/?volume_from=${from}&volume_to=${to}&theme=light`
    );
    await settled(page, "trends_volume-explorer", `${from}-${to} labels=on`);
    const subset = volume.perYear.filter((r) => r.year >= from && r.year <= to);
    expect(await dimmedYears(page)).toBe(volume.perYear.length - subset.length);
    expect(await page.textContent("[data-explorer-status]")).toContain(`${from}–\u2060${to}`);
    expect(await page.locator("[data-range-filter]").isVisible()).toBe(false);
    expect(await page.getAttribute("html", "data-theme")).toBe("light");
    await page.screenshot({path: shot("/embed/trends_volume/per_year/", "state-light-1280"), fullPage: true});
    expect(await axeViolations(page)).toEqual([]);
    problems.stop();
    expect([...problems.errors, ...problems.failed]).toEqual([]);
  });
});
