/**
 * Runs one `astro build` in this process (Astro's JavaScript API) and prints a JSON line with its wall time and peak
 * resident memory, so the benchmark measures the site build alone.
 */
import {build} from "astro";

const outDir = process.argv[2];
if (!outDir) throw new Error("usage: measureSite.ts <outDir>");
const started = performance.now();
await build({root: process.cwd(), outDir, logLevel: "warn"});
process.stdout.write(
  `${JSON.stringify({wallMs: Math.round(performance.now() - started), maxRssBytes: process.resourceUsage().maxRSS * 1024})}\n`
);
