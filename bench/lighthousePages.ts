/**
 * Lighthouse on a few pages of a built site, for trying a change without the whole `npm run bench`: serves `dist`
 * (already built and post-built) with the real nginx and the production config, runs Lighthouse's mobile defaults
 * three times per page and prints the median performance with the metrics behind it. Figures only, never a test.
 *
 *   npx tsx bench/lighthousePages.ts dist /seasonality/ /fr/seasonality/ /fr/weekend/
 */
import path from "node:path";

import * as chromeLauncher from "chrome-launcher";

import {startNginx} from "../test/nginx.js";
import {CHROMIUM_ARGS, CHROMIUM_PATH} from "../test/site/browser.js";
import {lighthouseRun, median} from "./site.js";

/** Three runs, as the bench; LIGHTHOUSE_RUNS asks for more where the machine is busy and the scores vary. */
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const METRICS = {
  fcp: "first-contentful-paint",
  lcp: "largest-contentful-paint",
  tbt: "total-blocking-time",
  cls: "cumulative-layout-shift",
  si: "speed-index"
} as const;

type Run = {performance: number} & Record<keyof typeof METRICS, number>;

/** One run's performance score and the metrics behind it (bench/site.ts runs it and redoes a failed run once). */
async function run(url: string, port: number): Promise<Run> {
  const result = await lighthouseRun(url, port, {categories: ["performance"]});
  if ("error" in result) throw new Error(`Lighthouse could not measure ${url}: ${result.error}.`);
  const {report} = result;
  const metric = (id: string): number => report.audits[id]?.numericValue ?? NaN;
  return {
    performance: report.categories.performance?.score ?? 0,
    fcp: metric(METRICS.fcp),
    lcp: metric(METRICS.lcp),
    tbt: metric(METRICS.tbt),
    cls: metric(METRICS.cls),
    si: metric(METRICS.si)
  };
}

const [dist, ...pages] = process.argv.slice(2);
if (!dist || pages.length === 0) {
  console.error("Usage: npx tsx bench/lighthousePages.ts <dist folder> <page path>… (e.g. /seasonality/)");
  process.exit(2);
}
const nginx = await startNginx({root: path.resolve(dist), appEnv: "local"});
try {
  const chrome = await chromeLauncher.launch({chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS});
  try {
    for (const page of pages) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await run(`${nginx.url}${page}`, chrome.port));
      const m = (key: keyof Run): number => median(runs.map((r) => r[key]));
      console.log(
        `${page.padEnd(24)} performance ${m("performance").toFixed(2)} (runs ${runs.map((r) => r.performance).join(", ")})` +
          `  FCP ${Math.round(m("fcp"))} ms  LCP ${Math.round(m("lcp"))} ms (runs ${runs.map((r) => Math.round(r.lcp)).join(", ")})` +
          `  TBT ${Math.round(m("tbt"))} ms  CLS ${m("cls").toFixed(3)}  SI ${Math.round(m("si"))} ms`
      );
    }
  } finally {
    await chrome.kill();
  }
} finally {
  await nginx.stop();
}
