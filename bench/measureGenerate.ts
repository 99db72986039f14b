/**
 * Runs the data generator once in this process and prints a JSON line with its wall time, peak resident memory and
 * the files it wrote, so the benchmark measures generation alone (DuckDB allocates inside this process).
 * Usage: measureGenerate.ts <outDir> <scale>
 */
import {generateDataset} from "../pipeline/generate/generate.js";
import {silentLogger} from "../pipeline/log.js";

const [outDir, scale] = process.argv.slice(2);
if (!outDir || !scale) throw new Error("usage: measureGenerate.ts <outDir> <scale>");
const started = performance.now();
const result = await generateDataset({
  outDir,
  seed: 20191103,
  scale: Number(scale),
  memoryLimit: process.env.DUCKDB_MEMORY_LIMIT?.trim() || undefined,
  logger: silentLogger
});
process.stdout.write(
  `${JSON.stringify({
    wallMs: Math.round(performance.now() - started),
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000),
    files: result.files.map((f) => ({name: f.name, rows: f.rows, bytes: f.bytes}))
  })}\n`
);
