/**
 * `npm run bench`: measures what the issues set targets for, on this machine, and writes bench/report.md and
 * bench/report.json. Data: full-size generation, then `build:data` from a loopback S3 server — cold (empty cache,
 * no snapshots), warm (nothing changed) — with wall time, peak memory, per-stage and per-analysis times.
 * Figures are reported, never asserted: speed is not a unit test.
 */
import {execFile} from "node:child_process";
import {chmod, mkdtemp, rm, writeFile} from "node:fs/promises";
import {cpus, tmpdir, totalmem} from "node:os";
import path from "node:path";
import {promisify} from "node:util";

import {CONTRACT_FILE_NAMES} from "../pipeline/contract.js";
import {formatBytes, silentLogger} from "../pipeline/log.js";
import {uploadToS3} from "../pipeline/source/upload.js";
import {startS3Server} from "../test/s3server.js";
import type {LargeBench} from "./large.js";
import {benchLarge, largeSection} from "./large.js";
import type {SiteBench} from "./site.js";
import {benchSite, median} from "./site.js";
import type {StagingProfile} from "./stagingProfile.js";

interface Measure {
  wallMs: number;
  maxRssBytes: number;
  cpuMs: number;
  rebuilt: number;
  reused: number;
  stages: Record<string, number>;
  analyses: Record<string, {ms: number; bytes: number; status: string}>;
}

const root = process.cwd();
const scale = Number(process.env.BENCH_SCALE ?? 1);
const work = await mkdtemp(path.join(tmpdir(), "btk-bench-"));
// nginx's workers run as another user and must be able to enter the directory that holds the built site.
await chmod(work, 0o755);
const report: Record<string, unknown> = {
  machine: {cpus: cpus().length, cpuModel: cpus()[0]?.model, memory: formatBytes(totalmem()), node: process.version},
  scale
};

interface GenerateMeasure {
  wallMs: number;
  maxRssBytes: number;
  files: Array<{name: string; rows: number; bytes: number}>;
}

/** Runs a bench script in a child process and returns the JSON line it prints last. */
async function child<T>(script: string, args: string[], env: Record<string, string> = {}): Promise<T> {
  const {stdout} = await promisify(execFile)(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: root,
    env: {...process.env, ...env},
    maxBuffer: 16 * 1024 * 1024
  });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as T;
}

/** Runs one build in a child process; asynchronously, since the S3 server it reads lives in this process. */
const measure = (env: Record<string, string>, args: string[] = []) => child<Measure>("bench/measure.ts", args, env);

/** The scales of the cost curve: generation and a forced local build at each, wall time and peak memory. */
const CURVE_SCALES = (process.env.BENCH_CURVE ?? "0.25,1,2,4").split(",").map(Number);
/** The memory bound the issues set: DuckDB's limit plus 512 MB for Node and the rest of the process. */
const MEMORY_LIMIT = process.env.DUCKDB_MEMORY_LIMIT?.trim() || "1536MB";
const RSS_BOUND = Number(/^(\d+)MB$/i.exec(MEMORY_LIMIT)?.[1] ?? 1536) * 1e6 + 512e6;

try {
  // Generate the full-size data set (in a child process, so its peak memory is its own).
  const dataDir = path.join(work, "data");
  report.generate = await child<GenerateMeasure>("bench/measureGenerate.ts", [dataDir, String(scale)]);

  // A forced build from a local directory, three times: the figure the issue targets (median ≤ 3 s).
  const localEnv = (data: string, name: string) => ({
    APP_ENV: "local",
    DATA_DIR: data,
    CACHE_DIR: path.join(work, `cache-${name}`),
    SNAPSHOT_DIR: path.join(work, `snapshots-${name}`)
  });
  await measure(localEnv(dataDir, "local"));
  const forcedLocal: Measure[] = [];
  for (let i = 0; i < 3; i++) forcedLocal.push(await measure(localEnv(dataDir, "local"), ["--force"]));
  report.forcedLocal = forcedLocal;
  // Where recipe staging spends its time, by DuckDB operator, on one thread (bench/stagingProfile.ts).
  report.stagingProfile = await child<StagingProfile>("bench/measureStaging.ts", [dataDir]);

  // The cost curve: how generation and a build grow with the data.
  const curve: Array<{scale: number; generate: GenerateMeasure; build: Measure}> = [];
  for (const s of CURVE_SCALES) {
    const dir = path.join(work, `data-${s}`);
    const generate = await child<GenerateMeasure>("bench/measureGenerate.ts", [dir, String(s)]);
    const build = await measure(localEnv(dir, `curve-${s}`), ["--force"]);
    curve.push({scale: s, generate, build});
    await rm(dir, {recursive: true, force: true});
    await rm(path.join(work, `snapshots-curve-${s}`), {recursive: true, force: true});
  }
  report.curve = curve;

  // Opt-in: generation and a build at about 25 M interactions (bench/large.ts), the memory bound's own scale.
  if (process.env.BENCH_LARGE === "1") report.large = await benchLarge(root, work);

  // Serve it from a loopback S3 server.
  const server = await startS3Server({buckets: ["bench"]});
  try {
    const s3 = server.s3Config({bucket: "bench", prefix: "foodcom/"});
    const t = performance.now();
    await uploadToS3(
      s3,
      CONTRACT_FILE_NAMES.map((name) => ({name, path: path.join(dataDir, name)})),
      {logger: silentLogger, credentials: server.credentials}
    );
    report.upload = {ms: Math.round(performance.now() - t)};

    const env = {
      APP_ENV: "local",
      S3_BUCKET: "bench",
      S3_PREFIX: "foodcom/",
      S3_ENDPOINT: server.endpoint,
      S3_FORCE_PATH_STYLE: "true",
      AWS_ACCESS_KEY_ID: server.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: server.credentials.secretAccessKey,
      AWS_REGION: "us-east-1",
      CACHE_DIR: path.join(work, "cache"),
      SNAPSHOT_DIR: path.join(work, "snapshots")
    };
    const cold = await measure(env);
    const warm = await measure(env);
    const forced = await measure(env, ["--force"]);
    report.buildData = {cold, warm, forcedFromCache: forced};
  } finally {
    await server.close();
  }

  // Build the site from those snapshots, weigh it, serve it with the real nginx, score it.
  report.site = await benchSite(root, path.join(work, "snapshots"), path.join(work, "dist"));
} finally {
  await rm(work, {recursive: true, force: true});
}

const b = report.buildData as {cold: Measure; warm: Measure; forcedFromCache: Measure};
const g = report.generate as GenerateMeasure;
const forcedLocal = report.forcedLocal as Measure[];
const curve = report.curve as Array<{scale: number; generate: GenerateMeasure; build: Measure}>;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const cleanRecipes = (m: Measure) => m.stages["clean:recipes"] ?? 0;
const indexItems = (m: Measure) => m.stages["index:items"] ?? 0;
const curveBase = curve.find((c) => c.scale === 1) ?? curve[0]!;
const lines = [
  "# Benchmark report",
  "",
  `Machine: ${(report.machine as {cpus: number}).cpus} cores, ${(report.machine as {memory: string}).memory}, Node ${process.version}. Data scale ${scale}.`,
  "",
  "| measure | value | target |",
  "| --- | --- | --- |",
  `| generate full-size data | ${(g.wallMs / 1000).toFixed(1)} s, ${formatBytes(g.maxRssBytes)} (${g.files.map((f) => `${f.name} ${f.rows.toLocaleString("en")} rows, ${formatBytes(f.bytes)}`).join("; ")}) | ≤ 60 s, ≤ ${formatBytes(RSS_BOUND)} |`,
  `| forced build:data from a local directory, median of 3 | ${seconds(median(forcedLocal.map((m) => m.wallMs)))} (${forcedLocal.map((m) => seconds(m.wallMs)).join(", ")}); CPU (user+sys) ${seconds(median(forcedLocal.map((m) => m.cpuMs)))} | ≤ 3 s |`,
  `| of which clean:recipes, median of 3 | ${seconds(median(forcedLocal.map(cleanRecipes)))} | ≤ 1 s |`,
  `| of which index:items (the item analyses' counts, built on the cleaned recipes), median of 3 | ${seconds(median(forcedLocal.map(indexItems)))} | |`,
  `| cold build:data (S3 download + load + clean + all analyses) | ${(b.cold.wallMs / 1000).toFixed(2)} s | ≤ 10 s |`,
  `| cold build:data peak memory (RSS) | ${formatBytes(b.cold.maxRssBytes)} | ≤ 2 GiB |`,
  `| warm rebuild, nothing changed | ${(b.warm.wallMs / 1000).toFixed(2)} s (${b.warm.reused} reused, ${b.warm.rebuilt} rebuilt) | ≤ 1.5 s |`,
  `| forced rebuild from the download cache | ${(b.forcedFromCache.wallMs / 1000).toFixed(2)} s, ${formatBytes(b.forcedFromCache.maxRssBytes)} | |`,
  "",
  `## Cost curve (forced local build; memory bound: DUCKDB_MEMORY_LIMIT ${MEMORY_LIMIT} + 512 MB = ${formatBytes(RSS_BOUND)})`,
  "",
  "| scale | recipes | interactions | generate | generate peak RSS | build | build peak RSS | build time per scale-1 build | within memory bound |",
  "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ...curve.map((c) => {
    const [r, i] = c.generate.files;
    const within = c.generate.maxRssBytes <= RSS_BOUND && c.build.maxRssBytes <= RSS_BOUND;
    const ratio = c.build.wallMs / curveBase.build.wallMs;
    return `| ${c.scale} | ${r?.rows.toLocaleString("en")} | ${i?.rows.toLocaleString("en")} | ${seconds(c.generate.wallMs)} | ${formatBytes(c.generate.maxRssBytes)} | ${seconds(c.build.wallMs)} | ${formatBytes(c.build.maxRssBytes)} | ${ratio.toFixed(2)}× (linear: ${(c.scale / curveBase.scale).toFixed(2)}×) | ${within ? "yes" : "no"} |`;
  }),
  "",
  "## Recipe staging and item index, top operators (DuckDB profiler, one thread)",
  "",
  "| operator (what it computes) | ms | share |",
  "| --- | --- | --- |",
  ...(report.stagingProfile as StagingProfile).operators.map(
    (o) => `| ${o.operator.replaceAll("|", "\\|")} | ${o.ms} | ${(o.share * 100).toFixed(1)} % |`
  ),
  "",
  `Profiled total ${seconds((report.stagingProfile as StagingProfile).totalMs)}; the profiler's own timing adds to it, so the shares are the figure to read.`,
  "",
  "## Cold build stages (ms)",
  "",
  "| stage | ms |",
  "| --- | --- |",
  ...Object.entries(b.cold.stages).map(([k, v]) => `| ${k} | ${v} |`),
  "",
  "## Analyses (cold build)",
  "",
  "| analysis | ms | snapshot |",
  "| --- | --- | --- |",
  ...Object.entries(b.cold.analyses).map(([k, v]) => `| ${k} | ${v.ms} | ${formatBytes(v.bytes)} |`)
];
const site = report.site as SiteBench;
const score = (x: number) => x.toFixed(2);
lines.push(
  "",
  "## Site",
  "",
  `astro build: ${(site.build.wallMs / 1000).toFixed(1)} s, peak memory ${formatBytes(site.build.maxRssBytes)}.`,
  "",
  "nginx (docker/nginx.conf, loopback) under wrk, 32 connections, 2 threads, 10 s, brotli accepted:",
  "",
  "| target | path | requests/s | p50 | p99 | requests | errors (non-2xx/3xx + socket) |",
  "| --- | --- | --- | --- | --- | --- | --- |",
  ...site.load.map(
    (l) =>
      `| ${l.target} | ${l.path} | ${l.rps.toLocaleString("en")} | ${l.p50} ms | ${l.p99} ms | ${l.requests.toLocaleString("en")} | ${l.non2xx3xx + l.socketErrors} |`
  ),
  "",
  "| page | HTML+CSS+JS (gzip) | performance, mobile (median of runs) | performance, desktop | accessibility | best practices | SEO | targets |",
  "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ...site.pages
    .filter((p) => site.lighthouse.some((x) => x.page === p.page))
    .map((p) => {
      const l = site.lighthouse.find((x) => x.page === p.page);
      if (!l) return `| ${p.page} | ${formatBytes(p.htmlCssJsBytes)} | – | – | – | – | – | not measured |`;
      const misses = [
        p.htmlCssJsBytes > 60_000 && "weight",
        l.performance < 1 && "performance (mobile)",
        l.desktop && l.desktop.performance < 1 && "performance (desktop)",
        l.accessibility < 1 && "accessibility",
        l.bestPractices < 0.95 && "best practices",
        l.seo < 0.95 && "SEO"
      ].filter(Boolean);
      const error = l.error ?? l.desktop?.error;
      const verdict = error ? `not measured: ${error}` : misses.length ? `missed: ${misses.join(", ")}` : "met";
      const runs = l.runs ? ` (${l.runs.map(score).join(", ")})` : "";
      const desktop = l.desktop ? `${score(l.desktop.performance)} (${l.desktop.runs.map(score).join(", ")})` : "–";
      return `| ${p.page} | ${formatBytes(p.htmlCssJsBytes)} | ${score(l.performance)}${runs} | ${desktop} | ${score(l.accessibility)} | ${score(l.bestPractices)} | ${score(l.seo)} | ${verdict} |`;
    }),
  "",
  "Lighthouse 12 defaults (mobile emulation, simulated slow 4G and 4× CPU throttling), and its desktop config for the desktop column; scores are the median of three runs.",
  (() => {
    const others = site.pages.filter((p) => !site.lighthouse.some((x) => x.page === p.page));
    const heaviest = others.reduce((a, b) => (b.htmlCssJsBytes > a.htmlCssJsBytes ? b : a), others[0]);
    return heaviest
      ? `Per-figure pages and embeds not scored above: ${others.length}, heaviest ${heaviest.page} at ${formatBytes(heaviest.htmlCssJsBytes)}.`
      : "";
  })(),
  "Targets (issue #14): page ≤ 60 KB compressed; Lighthouse performance 1.00 on mobile and desktop, accessibility 1.0, best practices ≥ 0.95, SEO ≥ 0.95.",
  "",
  `Loaded on demand only (when a reader first changes a filter or option), gzip: ${site.onDemand.map((c) => `${c.file} ${formatBytes(c.bytes)}`).join(", ") || "none"}.`
);
if (report.large) lines.push("", ...largeSection(report.large as LargeBench, new Date().toISOString().slice(0, 10)));
await writeFile(path.join(root, "bench", "report.md"), `${lines.join("\n")}\n`);
await writeFile(path.join(root, "bench", "report.json"), `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`${lines.join("\n")}\n`);
