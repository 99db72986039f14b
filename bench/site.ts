/**
 * The site half of `npm run bench`: `astro build` time and memory, compressed weight of every page, Lighthouse
 * scores of every page served by the real nginx with the production config, and an nginx load test. Figures only.
 */
import {execFileSync} from "node:child_process";
import {readdir, readFile, stat} from "node:fs/promises";
import path from "node:path";

import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

import {postBuild} from "../docker/postbuild.js";
import {runLoad} from "../docker/load.js";
import {startNginx} from "../test/nginx.js";
import {CHROMIUM_ARGS, CHROMIUM_PATH} from "../test/site/browser.js";

export interface SiteBench {
  build: {wallMs: number; maxRssBytes: number};
  pages: Array<{page: string; htmlCssJsBytes: number}>;
  lighthouse: Array<{page: string; performance: number; accessibility: number; bestPractices: number; seo: number}>;
  load: {requests: number; rps: number; p50: number; p99: number; errors: number};
}

async function htmlPages(dir: string, base = ""): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, base), {withFileTypes: true})) {
    const rel = path.join(base, entry.name);
    if (entry.isDirectory() && entry.name !== "_astro" && entry.name !== "data")
      out.push(...(await htmlPages(dir, rel)));
    else if (entry.name === "index.html") out.push(`/${base ? `${base}/` : ""}`);
  }
  return out.sort();
}

/** gzip bytes of a page's HTML plus the CSS and JS files it links (the post-build step wrote the .gz files). */
async function pageWeight(dist: string, page: string): Promise<number> {
  const htmlFile = path.join(dist, page, "index.html");
  const html = await readFile(htmlFile, "utf8");
  const assets = [...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!);
  let total = 0;
  for (const file of [htmlFile, ...new Set(assets.map((a) => path.join(dist, a)))]) {
    total += await stat(`${file}.gz`).then(
      (s) => s.size,
      () => stat(file).then((s) => s.size)
    );
  }
  return total;
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

  const nginx = await startNginx({root: dist, appEnv: "local"});
  try {
    const load = await runLoad({
      url: nginx.url,
      paths: pages,
      requests: 6000,
      headers: {"accept-encoding": "br, gzip"}
    });
    const scores: SiteBench["lighthouse"] = [];
    const chrome = await chromeLauncher.launch({chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS});
    try {
      for (const page of pages) {
        const result = await lighthouse(`${nginx.url}${page}`, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility", "best-practices", "seo"]
        });
        const c = result?.lhr.categories;
        scores.push({
          page,
          performance: c?.performance?.score ?? 0,
          accessibility: c?.accessibility?.score ?? 0,
          bestPractices: c?.["best-practices"]?.score ?? 0,
          seo: c?.seo?.score ?? 0
        });
      }
    } finally {
      await chrome.kill();
    }
    return {
      build: built,
      pages: weights,
      lighthouse: scores,
      load: {requests: load.requests, rps: load.rps, p50: load.p50, p99: load.p99, errors: load.errors}
    };
  } finally {
    await nginx.stop();
  }
}
