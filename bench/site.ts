/**
 * The site half of `npm run bench`: `astro build` time and memory, compressed weight of every page, Lighthouse
 * scores of every page served by the real nginx with the production config, and an nginx load test. Figures only.
 */
import {execFileSync} from "node:child_process";
import {readdir, readFile, stat} from "node:fs/promises";
import path from "node:path";

import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

import {postBuild} from "../site/build/postbuild.js";
import {startNginx} from "../test/nginx.js";
import {pageScripts} from "../test/site/assets.js";
import {CHROMIUM_ARGS, CHROMIUM_PATH} from "../test/site/browser.js";
import type {WrkResult} from "./wrk.js";
import {runWrk} from "./wrk.js";

export interface SiteBench {
  build: {wallMs: number; maxRssBytes: number};
  pages: Array<{page: string; htmlCssJsBytes: number}>;
  lighthouse: Array<{
    page: string;
    performance: number;
    accessibility: number;
    bestPractices: number;
    seo: number;
    /** Lighthouse's runtime error when a page could not be measured in two attempts (its scores are then 0). */
    error?: string;
    /** The performance score of each run; the scores above are the medians. */
    runs?: number[];
    /** Performance with Lighthouse's desktop config (no throttling of a phone; a 1350 px screen): median, runs. */
    desktop?: {performance: number; runs: number[]; error?: string};
  }>;
  /** JavaScript that pages import only on demand (the explorers' statistics), gzip bytes. */
  onDemand: Array<{file: string; bytes: number}>;
  /** wrk at 32 connections (brotli accepted) on one page and one asset, 10 s each. */
  load: Array<{target: string; path: string} & WrkResult>;
}

async function htmlPages(dir: string, base = ""): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, base), {withFileTypes: true})) {
    const rel = path.join(base, entry.name);
    if (entry.isDirectory() && entry.name !== "_astro") out.push(...(await htmlPages(dir, rel)));
    else if (entry.name === "index.html") out.push(`/${base ? `${base}/` : ""}`);
  }
  return out.sort();
}

/** The CSS and JS files a page links, as URL paths. */
async function linkedAssets(dist: string, page: string): Promise<string[]> {
  const html = await readFile(path.join(dist, page, "index.html"), "utf8");
  return [...new Set([...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!))];
}

/** gzip bytes of a file (the post-build step wrote the .gz files). */
function gzipBytes(file: string): Promise<number> {
  return stat(`${file}.gz`).then(
    (s) => s.size,
    () => stat(file).then((s) => s.size)
  );
}

/** gzip bytes of a page's HTML plus the CSS and JS files it links. */
async function pageWeight(dist: string, page: string): Promise<number> {
  const files = [
    path.join(dist, page, "index.html"),
    ...(await linkedAssets(dist, page)).map((a) => path.join(dist, a))
  ];
  let total = 0;
  for (const file of files) total += await gzipBytes(file);
  return total;
}

/**
 * The pages Lighthouse scores: every page but the per-figure pages and embeds (250 of them, all built from one
 * template each), of which the first of each kind per language stands for the rest. Three runs of every page would
 * take over an hour.
 */
export function scored(pages: readonly string[]): string[] {
  const perFigure = /^\/(?:fr\/)?(?:figures|embed)\//;
  const samples = new Map<string, string>();
  for (const page of pages) {
    const kind = perFigure.exec(page)?.[0];
    if (kind && !samples.has(kind)) samples.set(kind, page);
  }
  return pages.filter((page) => !perFigure.test(page) || [...samples.values()].includes(page));
}

/** Runs per page: Lighthouse's performance score varies from run to run, so the report gives the median of three. */
const RUNS = 3;

/** The median of a few runs (the upper middle one for an even count). */
export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Median Lighthouse scores of one page over {@link RUNS} runs, with every run's performance score. */
async function measure(url: string, port: number): Promise<Omit<SiteBench["lighthouse"][number], "page">> {
  const runs: Array<Omit<SiteBench["lighthouse"][number], "page" | "runs">> = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measureOnce(url, port));
  const failed = runs.find((r) => r.error);
  if (failed) return {...failed, runs: runs.map((r) => r.performance)};
  return {
    performance: median(runs.map((r) => r.performance)),
    accessibility: median(runs.map((r) => r.accessibility)),
    bestPractices: median(runs.map((r) => r.bestPractices)),
    seo: median(runs.map((r) => r.seo)),
    runs: runs.map((r) => r.performance)
  };
}

/** Median desktop performance of one page over {@link RUNS} runs (Lighthouse's desktop config, performance only). */
async function measureDesktop(
  url: string,
  port: number
): Promise<NonNullable<SiteBench["lighthouse"][number]["desktop"]>> {
  const runs: Array<{performance: number; error?: string}> = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measureOnce(url, port, true));
  const failed = runs.find((r) => r.error);
  const scores = runs.map((r) => r.performance);
  return failed ? {performance: 0, runs: scores, error: failed.error} : {performance: median(scores), runs: scores};
}

/** Lighthouse's report of one run. */
export type LighthouseReport = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

/**
 * One Lighthouse run of the given categories, with Lighthouse's default config (a phone on slow 4G with 4× CPU
 * throttling: what a reader on a phone gets) or its desktop config; a run that fails to measure (it happens,
 * rarely, in headless Chromium) is redone once. Returns the report, or the runtime error of the second attempt.
 */
export async function lighthouseRun(
  url: string,
  port: number,
  options: {categories: string[]; desktop?: boolean}
): Promise<{report: LighthouseReport} | {error: string}> {
  let error = "";
  for (let attempt = 0; attempt < 2; attempt++) {
    const result = await lighthouse(
      url,
      {port, output: "json", logLevel: "error", onlyCategories: options.categories},
      options.desktop ? desktopConfig : undefined
    );
    error = result?.lhr.runtimeError?.message ?? (result ? "" : "no result");
    if (!error && result?.lhr.categories.performance?.score != null) return {report: result.lhr};
    error ||= "no performance score";
  }
  return {error};
}

/** The scores of one run (performance only with the desktop config), 0 with the error when it could not measure. */
async function measureOnce(
  url: string,
  port: number,
  desktop = false
): Promise<Omit<SiteBench["lighthouse"][number], "page" | "runs" | "desktop">> {
  const run = await lighthouseRun(url, port, {
    categories: desktop ? ["performance"] : ["performance", "accessibility", "best-practices", "seo"],
    desktop
  });
  if ("error" in run) return {performance: 0, accessibility: 0, bestPractices: 0, seo: 0, error: run.error};
  const c = run.report.categories;
  return {
    performance: c.performance?.score ?? 0,
    accessibility: c.accessibility?.score ?? 0,
    bestPractices: c["best-practices"]?.score ?? 0,
    seo: c.seo?.score ?? 0
  };
}

export async function benchSite(root: string, snapshotDir: string, dist: string): Promise<SiteBench> {
  const out = execFileSync(process.execPath, ["--import", "tsx", "bench/measureSite.ts", dist], {
    cwd: root,
    env: {...process.env, SNAPSHOT_DIR: snapshotDir},
    stdio: ["ignore", "pipe", "inherit"]
  });
  const built = JSON.parse(out.toString().trim().split("\n").at(-1)!) as SiteBench["build"];
  await postBuild({distDir: dist, snapshotDir});

  const pages = await htmlPages(dist);
  const weights = await Promise.all(pages.map(async (page) => ({page, htmlCssJsBytes: await pageWeight(dist, page)})));
  const onDemandFiles = new Set<string>();
  for (const page of pages) {
    const scripts = (await linkedAssets(dist, page)).filter((a) => a.endsWith(".js")).map((a) => path.join(dist, a));
    for (const file of pageScripts(dist, scripts).onDemand) onDemandFiles.add(file);
  }
  const onDemand = await Promise.all(
    [...onDemandFiles].sort().map(async (file) => ({file: path.basename(file), bytes: await gzipBytes(file)}))
  );

  const nginx = await startNginx({root: dist, appEnv: "local"});
  try {
    // A page and an asset that every page loads: the largest stylesheet (the JS is loaded by fewer pages).
    const css = (await linkedAssets(dist, "/trends/")).filter((a) => a.endsWith(".css"));
    const asset = css.sort()[0] ?? "/favicon.svg";
    const load: SiteBench["load"] = [];
    for (const [target, pathname] of [
      ["page", "/trends/"],
      ["asset", asset]
    ] as const) {
      const result = await runWrk({
        url: `${nginx.url}${pathname}`,
        connections: 32,
        seconds: 10,
        headers: {"accept-encoding": "br, gzip"}
      });
      load.push({target, path: pathname, ...result});
    }
    const scores: SiteBench["lighthouse"] = [];
    const chrome = await chromeLauncher.launch({chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS});
    try {
      for (const page of scored(pages)) {
        const url = `${nginx.url}${page}`;
        scores.push({page, ...(await measure(url, chrome.port)), desktop: await measureDesktop(url, chrome.port)});
      }
    } finally {
      await chrome.kill();
    }
    return {
      build: built,
      pages: weights,
      lighthouse: scores,
      onDemand,
      load
    };
  } finally {
    await nginx.stop();
  }
}
