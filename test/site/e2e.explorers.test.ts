/**
 * The trends explorers in real headless Chromium: the year range and the view options change the charts and the
 * URL, the back button undoes them, and the KPI tiles, words and fitted lines are recomputed in the browser. The
 * expected figures are worked out here from the published snapshot's rows, by plain arithmetic (counts, sums, a
 * weighted least-squares slope in closed form) or with the statistics module scipy's examples test
 * (pipeline/stats): the browser must show exactly them, and the published numbers again when the reader goes back to
 * all years.
 */
import {readFile} from "node:fs/promises";
import path from "node:path";

import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";

import type {TrendsDuration} from "../../queries/trends/trends_duration.schema.js";
import type {TrendsVolume} from "../../queries/trends/trends_volume.schema.js";
import {builtSite} from "./builtSite.js";
import {settled, slopes, wlsSlope} from "./explorerChecks.js";
import type {Harness} from "./pageTesting.js";
import {fillWideDrawings, startHarness, watch} from "./pageTesting.js";

const en = new Intl.NumberFormat("en-US");
const fixed = (digits: number) =>
  new Intl.NumberFormat("en-US", {minimumFractionDigits: digits, maximumFractionDigits: digits});

/** The KPI tiles of an analysis section: key → [label, value]. */
async function kpis(page: Page, section: string): Promise<Record<string, [string, string]>> {
  return page.$$eval(`#${section} [data-kpi]`, (tiles) =>
    Object.fromEntries(
      tiles.map((t) => [
        t.getAttribute("data-kpi")!,
        [t.querySelector("dt")!.textContent!.trim(), t.querySelector("dd")!.textContent!.trim()]
      ])
    )
  );
}

describe("the trends explorers in Chromium", () => {
  let harness: Harness;
  let volume: TrendsVolume;
  let duration: TrendsDuration;

  beforeAll(async () => {
    harness = await startHarness();
    const {snapshots} = await builtSite();
    volume = JSON.parse(await readFile(path.join(snapshots, "trends_volume.json"), "utf8")) as TrendsVolume;
    duration = JSON.parse(await readFile(path.join(snapshots, "trends_duration.json"), "utf8")) as TrendsDuration;
  });

  afterAll(async () => {
    await harness?.close();
  });

  it("recomputes recipes per year for a range, keeps it in the URL, and shows the published figures again", async () => {
    const ctx = await harness.context("dark");
    const page = await ctx.newPage();
    const problems = watch(page);
    const url = `${harness.server.url}/trends/`;
    await page.goto(url);
    await fillWideDrawings(page);
    const published = await kpis(page, "trends_volume");
    // The plain-words headline and its statistics line below: the numbers change with the range.
    const headline = async () =>
      [
        (await page.textContent("#trends_volume [data-headline]"))?.trim(),
        (await page.textContent("#trends_volume [data-headline-detail]"))?.trim()
      ].join(" | ");
    const publishedHeadline = await headline();
    expect(published.years![1]).toBe(String(volume.perYear.length));

    const years = volume.perYear.map((r) => r.year);
    const from = years[4]!;
    const to = years[11]!;
    const form = page.locator("#trends_volume-explorer [data-range-filter]");
    await form.locator('[data-bound="from"]').selectOption(String(from));
    await form.locator('[data-bound="to"]').selectOption(String(to));
    await page.waitForURL(`${url}?volume_from=${from}&volume_to=${to}`);
    await settled(page, "trends_volume-explorer", `${from}-${to} labels=on`);

    // Worked out from the snapshot's rows: the subset's count, sum, mean and extremes.
    const subset = volume.perYear.filter((r) => r.year >= from && r.year <= to);
    const counts = subset.map((r) => r.recipes);
    const total = counts.reduce((a, b) => a + b, 0);
    const shown = await kpis(page, "trends_volume");
    expect(shown.years![1]).toBe("8");
    expect(shown.total![1]).toBe(en.format(total));
    expect(shown.mean![1]).toBe(en.format(Math.round(total / counts.length)));
    expect(shown.min![1]).toBe(en.format(Math.min(...counts)));
    expect(shown.max![1]).toBe(en.format(Math.max(...counts)));
    expect(await page.textContent("#trends_volume-explorer [data-explorer-status]")).toContain(`${from}–\u2060${to}`);
    expect(await headline()).not.toBe(publishedHeadline);
    // The bars outside the range are dimmed.
    expect(await page.locator("#fig-trends_volume-per_year .figure__chart--wide rect.is-filtered-out").count()).toBe(
      years.length - subset.length
    );

    // The value labels toggle, then back: labels again, then back: all years and the published figures.
    const labels = page.locator('#fig-trends_volume-per_year .figure__chart--wide [data-when="labels=on"]');
    expect(await labels.getAttribute("display")).toBeNull();
    await page.locator('#trends_volume-explorer [data-option="labels"]').uncheck();
    await page.waitForURL(`${url}?volume_from=${from}&volume_to=${to}&volume_labels=off`);
    expect(await labels.getAttribute("display")).toBe("none");
    await page.goBack();
    await page.waitForURL(`${url}?volume_from=${from}&volume_to=${to}`);
    expect(await labels.getAttribute("display")).toBeNull();
    await page.locator("#trends_volume-explorer [data-range-reset]").click();
    await page.waitForURL(url);
    await settled(page, "trends_volume-explorer", `${years[0]}-${years.at(-1)} labels=on`);
    expect(await kpis(page, "trends_volume")).toEqual(published);
    expect(await headline()).toBe(publishedHeadline);
    expect(await page.textContent("#trends_volume-explorer [data-explorer-status]")).toBe("");

    // A range narrower than a fit allows is widened to three years.
    await form.locator('[data-bound="from"]').selectOption(String(years.at(-1)));
    await page.waitForURL(`${url}?volume_from=${years.at(-3)}`);
    expect(await form.locator('[data-bound="from"]').inputValue()).toBe(String(years.at(-3)));
    problems.stop();
    expect([...problems.errors, ...problems.failed]).toEqual([]);
    await ctx.close();
  });

  it("recomputes preparation time for a range and a band, in French too, from a shared URL", async () => {
    const ctx = await harness.context("light");
    const page = await ctx.newPage();
    const problems = watch(page);
    const years = duration.perYear.map((r) => r.year);
    const from = years[2]!;
    const to = years[14]!;
    await page.goto(`${harness.server.url}/trends/?duration_from=${from}&duration_to=${to}&duration_band=q05_q95`);
    await settled(page, "trends_duration-explorer", `${from}-${to} band=q05_q95 bubbles=on`);

    // The visible drawing is the chosen band's (its own y axis), fetched when picked; the default's is hidden, so
    // its wide drawing was never fetched (only its narrow one is in the page), and the bands nobody asked for are
    // still empty.
    const drawings = await page.$$eval("#fig-trends_duration-trend .figure__drawing", (els) =>
      els.map((e) => [e.getAttribute("data-when"), (e as HTMLElement).hidden, e.querySelectorAll("svg.chart").length])
    );
    expect(drawings).toEqual(
      duration.bands.map((b) => [
        `band=${b.key}`,
        b.key !== "q05_q95",
        b.key === "q05_q95" ? 2 : b.key === "q25_q75" ? 1 : 0
      ])
    );

    const subset = duration.perYear.filter((r) => r.year >= from && r.year <= to);
    const x = subset.map((r) => r.year);
    const w = subset.map((r) => r.recipes);
    const meanSlope = wlsSlope(
      x,
      subset.map((r) => r.mean),
      w
    );
    const medianSlope = wlsSlope(
      x,
      subset.map((r) => r.median),
      w
    );
    for (const slope of await slopes(page, '#trends_duration [data-role="fit"][data-series="mean"]'))
      expect(slope).toBeCloseTo(meanSlope, 9);
    for (const slope of await slopes(page, '#trends_duration [data-role="fit"][data-series="median"]'))
      expect(slope).toBeCloseTo(medianSlope, 9);
    const last = subset.at(-1)!;
    const shown = await kpis(page, "trends_duration");
    expect(shown.mean_slope![1]).toBe(`${meanSlope < 0 ? "−" : "+"}${fixed(2).format(Math.abs(meanSlope))}`);
    expect(shown.current_dispersion).toEqual([
      `Width of the 5th–95th percentile band, ${last.year} (min)`,
      fixed(1).format(last.q95 - last.q05)
    ]);
    expect(shown.current_mean).toEqual([`Mean, ${last.year} (min)`, fixed(1).format(last.mean)]);

    // The bubbles toggle swaps the sized dots for plain ones.
    const sized = page.locator(
      '#fig-trends_duration-trend [data-when="band=q05_q95"] .figure__chart--wide [data-when="bubbles=on"]'
    );
    const plain = page.locator(
      '#fig-trends_duration-trend [data-when="band=q05_q95"] .figure__chart--wide [data-when="bubbles=off"]'
    );
    // The legend's size key goes with the sized dots.
    const sizeKey = page.locator('#fig-trends_duration-trend .legend li[data-when="bubbles=on"]');
    await expect.poll(() => sized.first().getAttribute("display")).toBeNull();
    expect(await plain.first().getAttribute("display")).toBe("none");
    expect(await sizeKey.isVisible()).toBe(true);
    await page.locator('#trends_duration-explorer [data-option="bubbles"]').uncheck();
    await page.waitForURL(/duration_bubbles=off/);
    expect(await sized.first().getAttribute("display")).toBe("none");
    expect(await plain.first().getAttribute("display")).toBeNull();
    expect(await sizeKey.isVisible()).toBe(false);

    // Another band: its drawing comes out of its template with the lines refitted for the chosen years.
    await page.locator('#trends_duration-explorer [data-option="band"]').selectOption("q10_q90");
    await page.waitForURL(/duration_band=q10_q90/);
    await settled(page, "trends_duration-explorer", `${from}-${to} band=q10_q90 bubbles=off`);
    const meanFits = '#trends_duration [data-when="band=q10_q90"] [data-role="fit"][data-series="mean"]';
    expect(await page.locator(meanFits).count()).toBe(2);
    for (const slope of await slopes(page, meanFits)) expect(slope).toBeCloseTo(meanSlope, 9);
    expect((await kpis(page, "trends_duration")).current_dispersion).toEqual([
      `Width of the 10th–90th percentile band, ${last.year} (min)`,
      fixed(1).format(last.q90 - last.q10)
    ]);
    await page.goBack();
    await settled(page, "trends_duration-explorer", `${from}-${to} band=q05_q95 bubbles=off`);

    // The language switch carries the view over, and the French page recomputes in French.
    await page.click(".lang-switch");
    await page.waitForURL(/\/fr\/trends\/\?duration_from=/);
    await settled(page, "trends_duration-explorer", `${from}-${to} band=q05_q95 bubbles=off`);
    const fr = await kpis(page, "trends_duration");
    expect(fr.current_dispersion![0]).toBe(`Largeur de la bande 5e–95e centile, ${last.year} (min)`);
    expect(fr.current_dispersion![1]).toBe(
      fixed(1)
        .format(last.q95 - last.q05)
        .replace(".", ",")
    );
    expect(await page.textContent("#trends_duration-explorer [data-explorer-status]")).toContain("recalculés");
    problems.stop();
    expect([...problems.errors, ...problems.failed]).toEqual([]);
    await ctx.close();
  });
  it("draws the reader's years and options on a wide drawing fetched after they were chosen", async () => {
    // On a phone the wide drawings are not fetched; the state comes from a shared URL; then the window widens.
    const ctx = await harness.context("dark");
    const page = await ctx.newPage();
    const problems = watch(page);
    await page.setViewportSize({width: 390, height: 844});
    const years = volume.perYear.map((r) => r.year);
    const [from, to] = [years[3]!, years[12]!];
    await page.goto(
      `${harness.server.url}/trends/?volume_from=${from}&volume_to=${to}&volume_labels=off` +
        `&duration_from=${from}&duration_to=${to}`
    );
    await settled(page, "trends_volume-explorer", `${from}-${to} labels=off`);
    await settled(page, "trends_duration-explorer", `${from}-${to} band=q25_q75 bubbles=on`);
    expect(await page.locator("[data-wide-src][data-filled]").count()).toBe(0);

    await page.setViewportSize({width: 1280, height: 900});
    await fillWideDrawings(page);
    const wide = (figure: string, marks: string) =>
      page.locator(`#${figure} .figure__chart--wide[data-filled] ${marks}`);
    const subset = volume.perYear.filter((r) => r.year >= from && r.year <= to);
    expect(await wide("fig-trends_volume-per_year", "rect.is-filtered-out").count()).toBe(years.length - subset.length);
    expect(await wide("fig-trends_volume-per_year", '[data-when="labels=on"]').getAttribute("display")).toBe("none");

    const rows = duration.perYear.filter((r) => r.year >= from && r.year <= to);
    const meanSlope = wlsSlope(
      rows.map((r) => r.year),
      rows.map((r) => r.mean),
      rows.map((r) => r.recipes)
    );
    const fits = await slopes(
      page,
      '#fig-trends_duration-trend .figure__chart--wide [data-role="fit"][data-series="mean"]'
    );
    expect(fits).toHaveLength(1);
    expect(fits[0]).toBeCloseTo(meanSlope, 9);
    problems.stop();
    expect([...problems.errors, ...problems.failed]).toEqual([]);
    await ctx.close();
  });
});
