/**
 * The wide drawings an analysis page fetches instead of inlining (site/src/scripts/wideDrawings.ts), in real headless
 * Chromium: a phone never downloads one; a wide screen gets each once, as it nears the viewport, into a box that
 * already has its size; without JavaScript, in print before it came, or when its fragment fails, the narrow drawing
 * stands in at tablet size: never an empty frame.
 */
import type {Page, Request} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";

import type {Harness} from "./pageTesting.js";
import {fillWideDrawings, shot, startHarness, watch} from "./pageTesting.js";

/** The max-width of a narrow drawing standing in on a wide screen (global.css: 28rem). */
const STAND_IN_MAX = 28 * 16;

/** Per figure of the page: the shown drawing's kind and width, and whether an empty box is shown. */
function shownDrawings(page: Page): Promise<Array<{id: string; kind: string; width: number; empty: boolean}>> {
  return page.$$eval("figure[data-figure]", (figures) =>
    figures.map((figure) => {
      const charts = [...figure.querySelectorAll(".figure__drawing:not([hidden]) .figure__chart")].filter(
        (c) => c.getBoundingClientRect().width > 0
      );
      const drawn = charts.find((c) => c.querySelector("svg.chart"));
      return {
        id: figure.id,
        kind: drawn ? (drawn.classList.contains("figure__chart--narrow") ? "narrow" : "wide") : "none",
        width: drawn ? Math.round(drawn.getBoundingClientRect().width) : 0,
        empty: charts.some((c) => !c.querySelector("svg.chart"))
      };
    })
  );
}

const isWide = (request: Request): boolean => request.url().endsWith("-wide.html");

describe("wide drawings fetched where they show", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it("shows the narrow drawing at tablet size without JavaScript on a wide screen, and fetches nothing", async () => {
    const ctx = await harness.browser.newContext({viewport: {width: 1280, height: 900}, javaScriptEnabled: false});
    const page = await ctx.newPage();
    const fetched: string[] = [];
    page.on("request", (r) => void (isWide(r) && fetched.push(r.url())));
    for (const pathname of ["/trends/", "/fr/ratings/"]) {
      await page.goto(harness.server.url + pathname, {waitUntil: "load"});
      const drawings = await shownDrawings(page);
      expect(drawings.length, pathname).toBeGreaterThan(0);
      expect(await page.locator("[data-wide-src]").count(), pathname).toBeGreaterThan(0);
      for (const d of drawings.filter((d) => d.kind !== "wide")) {
        expect(d, `${pathname} ${d.id}`).toMatchObject({kind: "narrow", empty: false});
        expect(d.width, `${pathname} ${d.id}`).toBeGreaterThan(200);
        expect(d.width, `${pathname} ${d.id}`).toBeLessThanOrEqual(STAND_IN_MAX);
      }
      // Only figures drawn once for every width (no narrow version) show a wide drawing, inline.
      for (const d of drawings.filter((d) => d.kind === "wide")) expect(d.empty, `${pathname} ${d.id}`).toBe(false);
    }
    await page.screenshot({path: shot("/fr/ratings/", "noscript-1280"), fullPage: true});
    expect(fetched).toEqual([]);
    await ctx.close();
  });

  it("never fetches a wide drawing on a phone, down to the end of the page", async () => {
    const ctx = await harness.browser.newContext({viewport: {width: 390, height: 844}, isMobile: true});
    const page = await ctx.newPage();
    const problems = watch(page);
    const fetched: string[] = [];
    page.on("request", (r) => void (isWide(r) && fetched.push(r.url())));
    await page.goto(`${harness.server.url}/trends/`, {waitUntil: "load"});
    // Every figure scrolled to in turn: each shows its narrow drawing and no box.
    for (const figure of await page.locator("figure[data-figure]").all()) await figure.scrollIntoViewIfNeeded();
    for (const d of await shownDrawings(page)) expect(d, d.id).toMatchObject({kind: "narrow", empty: false});
    const widths = await page.$$eval("[data-wide-src]", (els) => els.map((el) => el.getBoundingClientRect().width));
    expect(widths.length).toBeGreaterThan(0);
    expect(widths.filter((w) => w > 0)).toEqual([]);
    // A fetch started by the scroll would be a request by now: one more frame has run since.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(fetched).toEqual([]);
    problems.stop();
    expect([...problems.errors, ...problems.failed]).toEqual([]);
    await ctx.close();
  });

  it("fetches each wide drawing once, as it nears the viewport, into a box of its final size", async () => {
    const ctx = await harness.context("light");
    const page = await ctx.newPage();
    const problems = watch(page);
    const fetched: string[] = [];
    page.on("request", (r) => void (isWide(r) && fetched.push(new URL(r.url()).pathname)));
    await page.goto(`${harness.server.url}/trends/`, {waitUntil: "load"});
    await page.locator("[data-wide-src][data-filled]").first().waitFor({state: "attached"});
    // The boxes this width shows (a figure in a grid may be narrower than the wide drawing: it keeps the narrow).
    const shown = await page.$$eval("[data-wide-src]", (els) =>
      els.map((el, i) => (el.getBoundingClientRect().width > 0 ? i : -1)).filter((i) => i >= 0)
    );
    expect(shown.length).toBeGreaterThan(1);
    // The last one is screens away: not fetched yet, but its box already has the drawing's size.
    const last = page.locator("[data-wide-src]").nth(shown.at(-1)!);
    expect(await last.getAttribute("data-filled")).toBeNull();
    const size = () =>
      last.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return [r.width, r.height];
      });
    const before = await size();
    expect(before[1]).toBeGreaterThan(100);
    expect(new Set(fetched).size).toBeLessThan(shown.length);

    await fillWideDrawings(page);
    const after = await size();
    expect(after[0]).toBeCloseTo(before[0]!, 1);
    expect(after[1]).toBeCloseTo(before[1]!, 1);
    // Each filled box holds its real drawing, named; each fragment was fetched once; no figure shows an empty box.
    expect(await page.locator("[data-wide-src][data-filled] svg.chart[role=img][aria-label]").count()).toBe(
      shown.length
    );
    expect(fetched.length).toBe(shown.length);
    expect(new Set(fetched).size).toBe(shown.length);
    for (const d of await shownDrawings(page)) expect(d.kind !== "none" && !d.empty, d.id).toBe(true);
    problems.stop();
    expect([...problems.errors, ...problems.failed]).toEqual([]);
    await ctx.close();
  });

  it("shows the narrow drawing where a wide one failed to load, and in print before it came", async () => {
    const ctx = await harness.context("dark");
    const page = await ctx.newPage();
    // The first figure's fragment cannot be had: a real failed request.
    const first = "/data/figures/trends_volume-per_year-";
    await page.route(
      (url) => url.pathname.startsWith(first) && url.pathname.endsWith("-wide.html"),
      (route) => route.abort("failed")
    );
    await page.goto(`${harness.server.url}/trends/`, {waitUntil: "load"});
    const box = page.locator("#fig-trends_volume-per_year [data-wide-src]");
    await page.locator("#fig-trends_volume-per_year [data-wide-src][data-wide-failed]").waitFor({state: "attached"});
    const [failed] = (await shownDrawings(page)).filter((d) => d.id === "fig-trends_volume-per_year");
    expect(failed).toMatchObject({kind: "narrow", empty: false});
    expect(failed!.width).toBeLessThanOrEqual(STAND_IN_MAX);
    expect(await box.evaluate((el) => el.getBoundingClientRect().height)).toBe(0);

    // Print: the boxes not filled yet (further down) give way to the narrow drawings; a filled one prints wide.
    await page.emulateMedia({media: "print"});
    const printed = await shownDrawings(page);
    expect(printed.filter((d) => d.empty)).toEqual([]);
    expect(printed.filter((d) => d.kind === "none")).toEqual([]);
    expect(await page.locator("[data-wide-src]:not([data-filled]):not([data-wide-failed])").count()).toBeGreaterThan(0);
    await ctx.close();
  });
});
