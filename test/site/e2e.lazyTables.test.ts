/**
 * The long data tables an analysis page fetches when the reader opens them (site/src/scripts/lazyTables.ts), in real
 * headless Chromium: nothing is fetched with the page; opening the details with the keyboard fetches the table once,
 * with every row of the figure's CSV, and focus stays on the summary; axe finds no violation in the open table;
 * without JavaScript, the details hold the note and its link to the CSV.
 */
import {afterAll, beforeAll, describe, expect, it} from "vitest";

import type {Harness} from "./pageTesting.js";
import {axeViolations, startHarness, watch} from "./pageTesting.js";

const isTable = (url: string): boolean => url.endsWith("-table.html");

describe("long data tables fetched when opened", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it("fetches a table once, when the reader opens its details with the keyboard, with every row of its CSV", async () => {
    const ctx = await harness.context("light", true);
    const page = await ctx.newPage();
    const problems = watch(page);
    const fetched: string[] = [];
    page.on("request", (r) => void (isTable(r.url()) && fetched.push(r.url())));
    await page.goto(`${harness.server.url}/trends/`, {waitUntil: "load"});
    const lazy = page.locator("details.figure__data[data-table-src]");
    const count = await lazy.count();
    expect(count).toBeGreaterThanOrEqual(2);
    expect(fetched).toEqual([]);

    // By its figure: the details lose `data-table-src` once their table is fetched.
    const figureId = await lazy.first().evaluate((el) => el.closest("figure")!.id);
    const figure = page.locator(`figure#${figureId}`);
    const details = figure.locator("details.figure__data");
    const csv = (await figure.locator('[data-download="csv"]').getAttribute("href"))!;
    const records = (await (await page.request.get(harness.server.url + csv)).text()).split("\r\n").filter(Boolean);
    expect(await details.locator(".figure__table-note a").getAttribute("href")).toBe(csv);

    await details.locator("summary").focus();
    await page.keyboard.press("Enter");
    const rows = details.locator("table tbody tr");
    await rows.first().waitFor({state: "visible", timeout: 10_000});
    expect(await rows.count()).toBe(records.length - 1);
    expect(await details.locator(".figure__table-note").count()).toBe(0);
    expect(await details.locator('.table-wrap[role="region"][aria-label] table caption').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("SUMMARY");

    // Closed and opened again: no second fetch, the same table.
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    expect(await details.locator("table").count()).toBe(1);
    expect(fetched.length).toBe(1);

    expect(await axeViolations(page)).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(problems.failed).toEqual([]);
    await ctx.close();
  });

  it("without JavaScript, leaves the note and its link to the CSV in the details", async () => {
    const ctx = await harness.browser.newContext({viewport: {width: 390, height: 844}, javaScriptEnabled: false});
    const page = await ctx.newPage();
    for (const pathname of ["/trends/", "/fr/trends/"]) {
      await page.goto(harness.server.url + pathname, {waitUntil: "load"});
      const details = page.locator("details.figure__data[data-table-src]").first();
      await details.locator("summary").click();
      const note = details.locator(".figure__table-note");
      await expect(note.isVisible()).resolves.toBe(true);
      expect(await note.textContent()).toMatch(/\d+/);
      const href = await note.locator("a").getAttribute("href");
      expect(href).toMatch(/\.csv$/);
      expect((await page.request.get(harness.server.url + href!)).status()).toBe(200);
      expect(await details.locator("table").count()).toBe(0);
    }
    await ctx.close();
  });
});
