/**
 * The opt-in large-scale measure (`BENCH_LARGE=1 npm run bench`, or alone: `tsx bench/large.ts`): generation and a
 * forced local build at about 25 M interactions (scale 22; BENCH_LARGE_SCALE sets another), the size at which the
 * issues bound peak memory to DUCKDB_MEMORY_LIMIT + 512 MB. Both run in child processes, so each peak RSS is its
 * own. Figures are reported, never asserted. Run alone, it replaces its section of bench/report.md and leaves the
 * rest of the report as the last full run wrote it.
 *
 * BENCH_LARGE_GENERATE_LIMIT gives the generator a DuckDB limit of its own (by default the build's): since it
 * draws the recipes in batches it fits the default one at this scale too. The report says which limit each part
 * ran under.
 */
import {execFile} from "node:child_process";
import {mkdtemp, readFile, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import path from "node:path";
import {pathToFileURL} from "node:url";
import {promisify} from "node:util";

import {formatBytes} from "../pipeline/log.js";

interface ChildMeasure {
  wallMs: number;
  maxRssBytes: number;
  /** User + system CPU time of the child, every thread. */
  cpuMs?: number;
  files?: Array<{name: string; rows: number; bytes: number}>;
  stages?: Record<string, number>;
}

export interface LargeBench {
  scale: number;
  memoryLimit: string;
  generateLimit: string;
  rssBound: number;
  generate: ChildMeasure | {error: string};
  build: ChildMeasure | {error: string} | undefined;
}

/** Bytes of a DuckDB size setting such as 1536MB or 2GB (decimal units, as DuckDB reads them). */
function sizeBytes(limit: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(kb|mb|gb|tb)\s*$/i.exec(limit);
  if (!match) throw new Error(`BENCH: cannot read the memory limit "${limit}"; write it as 1536MB or 2GB.`);
  return Number(match[1]) * {kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12}[match[2]!.toLowerCase() as "kb"];
}

async function child(root: string, script: string, args: string[], env: Record<string, string>): Promise<ChildMeasure> {
  const {stdout} = await promisify(execFile)(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: root,
    env: {...process.env, ...env},
    maxBuffer: 16 * 1024 * 1024
  });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as ChildMeasure;
}

function failure(error: unknown): {error: string} {
  const stderr = (error as {stderr?: string}).stderr ?? "";
  const line = stderr.split("\n").find((l) => /error|Error/.test(l)) ?? (error as Error).message.split("\n")[0];
  return {error: line!.trim()};
}

export async function benchLarge(root: string, work: string): Promise<LargeBench> {
  const scale = Number(process.env.BENCH_LARGE_SCALE ?? 22);
  const memoryLimit = process.env.DUCKDB_MEMORY_LIMIT?.trim() || "1536MB";
  const generateLimit = process.env.BENCH_LARGE_GENERATE_LIMIT?.trim() || memoryLimit;
  const rssBound = sizeBytes(memoryLimit) + 512e6;
  const dataDir = path.join(work, "data-large");
  const result: LargeBench = {scale, memoryLimit, generateLimit, rssBound, generate: {error: ""}, build: undefined};
  try {
    result.generate = await child(root, "bench/measureGenerate.ts", [dataDir, String(scale)], {
      DUCKDB_MEMORY_LIMIT: generateLimit
    });
  } catch (error) {
    result.generate = failure(error);
    return result;
  }
  try {
    result.build = await child(root, "bench/measure.ts", ["--force"], {
      APP_ENV: "local",
      DATA_DIR: dataDir,
      CACHE_DIR: path.join(work, "cache-large"),
      SNAPSHOT_DIR: path.join(work, "snapshots-large"),
      DUCKDB_MEMORY_LIMIT: memoryLimit,
      // A build of this size on a shared machine can take longer than the default half hour.
      BUILD_DEADLINE_S: "7200"
    });
  } catch (error) {
    result.build = failure(error);
  } finally {
    await rm(dataDir, {recursive: true, force: true});
  }
  return result;
}

export const LARGE_HEADING = "## Large scale (opt-in: BENCH_LARGE=1)";

/** The report's section for the large-scale measure. */
export function largeSection(large: LargeBench, date: string): string[] {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const row = (what: string, limit: string, m: ChildMeasure | {error: string} | undefined) => {
    if (!m) return `| ${what} | ${limit} | not run (generation failed) | | |`;
    if ("error" in m) return `| ${what} | ${limit} | failed: ${m.error.replace(/\|/g, "\\|")} | | |`;
    const within = m.maxRssBytes <= large.rssBound ? "yes" : "no";
    const cpu = m.cpuMs === undefined ? "" : ` (CPU ${seconds(m.cpuMs)})`;
    return `| ${what} | ${limit} | ${seconds(m.wallMs)}${cpu} | ${formatBytes(m.maxRssBytes)} | ${within} |`;
  };
  const files = "files" in large.generate ? (large.generate.files ?? []) : [];
  return [
    LARGE_HEADING,
    "",
    `Run of ${date}, scale ${large.scale}${files.length ? ` (${files.map((f) => `${f.name} ${f.rows.toLocaleString("en")} rows, ${formatBytes(f.bytes)}`).join("; ")})` : ""}. Memory bound: DUCKDB_MEMORY_LIMIT ${large.memoryLimit} + 512 MB = ${formatBytes(large.rssBound)}.`,
    "",
    "| part | DUCKDB_MEMORY_LIMIT | wall time (CPU user+sys) | peak RSS | within the bound |",
    "| --- | --- | --- | --- | --- |",
    row("generate", large.generateLimit, large.generate),
    row("forced local build:data", large.memoryLimit, large.build),
    ...(large.build && "stages" in large.build && large.build.stages
      ? [
          "",
          `Build stages (ms): ${Object.entries(large.build.stages)
            .map(([k, v]) => `${k} ${v.toLocaleString("en")}`)
            .join(", ")}.`
        ]
      : [])
  ];
}

/** Puts the section in place of the previous one in the report (or at its end). */
export function replaceSection(report: string, section: string[]): string {
  const lines = report.replace(/\n+$/, "").split("\n");
  const start = lines.indexOf(LARGE_HEADING);
  if (start < 0) return `${[...lines, "", ...section].join("\n")}\n`;
  const next = lines.findIndex((l, i) => i > start && l.startsWith("## "));
  const end = next < 0 ? lines.length : next;
  return `${[...lines.slice(0, start), ...section, ...(next < 0 ? [] : ["", ...lines.slice(end)])].join("\n")}\n`;
}

async function main(): Promise<void> {
  const root = process.cwd();
  const work = await mkdtemp(path.join(tmpdir(), "btk-bench-large-"));
  try {
    const large = await benchLarge(root, work);
    const section = largeSection(large, new Date().toISOString().slice(0, 10));
    const file = path.join(root, "bench", "report.md");
    await writeFile(file, replaceSection(await readFile(file, "utf8"), section));
    process.stdout.write(`${section.join("\n")}\n`);
  } finally {
    await rm(work, {recursive: true, force: true});
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
