/**
 * The figure pages and embeds of the built site: one of each per figure of the view catalogue in both languages,
 * no more; each figure page shows the chart, its table and downloads, the analysis' claims, the as-of date and
 * commit, the citation and the embed snippet with absolute URLs; each analysis page links every figure to its page.
 */
import {existsSync} from "node:fs";
import {readdir, readFile} from "node:fs/promises";
import path from "node:path";

import {beforeAll, describe, expect, it} from "vitest";

import {builtSite} from "./builtSite.js";

interface CatalogueFigure {
  analysis: string;
  page: string;
  key: string;
}

const SITE_URL = "http://localhost:4321";

/** Every figure the views declare for the built snapshot set, counted from the views themselves. */
async function catalogue(snapshots: string): Promise<CatalogueFigure[]> {
  process.env.SNAPSHOT_DIR = snapshots;
  const {analysisName, listAnalyses, loadSnapshot} = await import("../../site/src/lib/snapshots.js");
  const {viewOf} = await import("../../site/src/lib/viewCatalogue.js");
  return listAnalyses().flatMap((entry) => {
    const view = viewOf(entry.name);
    if (!view) return [];
    return view
      .figures(loadSnapshot(analysisName(entry.name)))
      .map((f) => ({analysis: entry.name, page: entry.page, key: f.key}));
  });
}

async function pagesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, {recursive: true});
  return entries.filter((e) => e.endsWith("index.html")).sort();
}

describe("figure pages and embeds", () => {
  let dist: string;
  let figures: CatalogueFigure[];
  let manifest: {dataAsOf: string};

  beforeAll(async () => {
    const site = await builtSite();
    dist = site.dist;
    figures = await catalogue(site.snapshots);
    manifest = JSON.parse(await readFile(path.join(site.snapshots, "manifest.json"), "utf8")) as {dataAsOf: string};
  });

  it("exist for every figure of the view catalogue in both languages, and only for them", async () => {
    expect(figures.length).toBeGreaterThan(20);
    const expected = figures.map((f) => path.join(f.analysis, f.key, "index.html")).sort();
    for (const root of ["figures", "fr/figures", "embed", "fr/embed"])
      expect(await pagesUnder(path.join(dist, root)), root).toEqual(expected);
  });

  it("show the figure, its data, the claims, the method, the as-of date, the citation and the embed snippet", async () => {
    const heights = new Set<number>();
    for (const lang of ["en", "fr"] as const) {
      const prefix = lang === "en" ? "" : "fr/";
      for (const f of figures) {
        const html = await readFile(path.join(dist, prefix, "figures", f.analysis, f.key, "index.html"), "utf8");
        const where = `${prefix}figures/${f.analysis}/${f.key}`;
        expect(html, where).toContain(`<html lang="${lang}"`);
        expect(html, where).toContain(`id="fig-${f.analysis}-${f.key}"`);
        expect(html, where).toMatch(/<svg[^>]*class="chart/);
        expect(html, where).toContain("<table>");
        expect(html, where).toContain(`data-download="csv"`);
        expect(html, where).toContain(`data-as-of="${manifest.dataAsOf}"`);
        expect(html, where).toContain(`@misc{btk_${f.analysis}_${f.key}_${manifest.dataAsOf.replace(/-/g, "")},`);
        const pageUrl = `${SITE_URL}/${prefix}figures/${f.analysis}/${f.key}/`;
        expect(html, where).toContain(`\\url{${pageUrl}}`);
        expect(html, where).toContain(`<link rel="canonical" href="${pageUrl}"`);
        // The snippet is shown as text, so its markup is escaped once in the page.
        expect(html, where).toContain(`&lt;iframe src=&quot;${SITE_URL}/${prefix}embed/${f.analysis}/${f.key}/&quot;`);
        // Its resizer accepts heights from the site's origin only (docker/embed.test.ts runs it).
        expect(html, where).toContain(`if(e.origin!==&quot;${SITE_URL}&quot;`);
        heights.add(Number(/ height=&quot;(\d+)&quot;/.exec(html)![1]));
        // A figure of an explorer's analysis sits in that explorer, with a note for readers without JavaScript.
        const explorer = ["trends_volume", "trends_duration"].includes(f.analysis);
        expect(html.includes(`data-explorer="${f.analysis}"`), where).toBe(explorer);
        expect(html.includes("data-no-script-note"), where).toBe(explorer);
        // The link back to the analysis' section on its page.
        const section = `${f.page === "overview" ? "" : `${f.page}/`}#${f.analysis}`;
        expect(html, where).toContain(`href="/${prefix}${section}"`);
      }
    }
    // The snippet's iframe height is worked out per figure (lib/embedSize.ts), not one height for all.
    expect(heights.size).toBeGreaterThan(10);
  });

  it("embed the figure alone with its source line and a link back to its page", async () => {
    for (const lang of ["en", "fr"] as const) {
      const prefix = lang === "en" ? "" : "fr/";
      for (const f of figures) {
        const html = await readFile(path.join(dist, prefix, "embed", f.analysis, f.key, "index.html"), "utf8");
        const where = `${prefix}embed/${f.analysis}/${f.key}`;
        expect(html, where).toMatch(/<svg[^>]*class="chart/);
        expect(html, where).not.toContain("site-header");
        expect(html, where).not.toContain("<table>");
        expect(html, where).toContain(`href="${SITE_URL}/${prefix}figures/${f.analysis}/${f.key}/" target="_top"`);
        expect(html, where).toContain(`<meta name="robots" content="noindex"`);
      }
    }
  });

  it("are linked from every figure on the analysis pages", async () => {
    for (const lang of ["en", "fr"] as const) {
      const prefix = lang === "en" ? "" : "fr/";
      for (const f of figures) {
        const page = path.join(dist, prefix, f.page === "overview" ? "" : f.page, "index.html");
        const html = await readFile(page, "utf8");
        expect(html, `${page} links ${f.analysis}/${f.key}`).toContain(
          `href="/${prefix}figures/${f.analysis}/${f.key}/"`
        );
      }
    }
  });
});
