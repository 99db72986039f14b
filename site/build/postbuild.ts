/**
 * The post-build step, run after `astro build`: `tsx site/build/postbuild.ts [dist] [snapshots] [--commit SHA]`.
 *
 * 1. `dist/healthz.json`: the build's identity (commit, data as-of, build time, version, environment) from the
 *    snapshot manifest; nginx answers `/healthz` with it and the deploy script checks its commit.
 * 2. `dist/env.css`: the environment badge for hosts other than our nginx (`astro preview`, a plain file server);
 *    our nginx answers `/env.css` itself from APP_ENV, because the same image runs in preprod and prod.
 * 3. Every text asset precompressed next to itself as `.gz` (zlib level 9) and `.br` (brotli quality 11), for
 *    nginx's gzip_static and brotli_static. A variant is kept only when smaller than the original.
 *
 * The output depends only on the input files: no clock is read, so two runs give identical bytes.
 */
import {readdir, readFile, rm, stat, utimes, writeFile} from "node:fs/promises";
import path from "node:path";
import {pathToFileURL} from "node:url";
import {parseArgs} from "node:util";
import {promisify} from "node:util";
import zlib from "node:zlib";

import type {DataProvenance} from "../../pipeline/manifest.js";
import {MANIFEST_FILE, manifestSchema} from "../../pipeline/manifest.js";

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/** Extensions of the files worth compressing (images and fonts are compressed already). */
export const TEXT_EXTENSIONS = new Set([
  ".html",
  ".css",
  ".js",
  ".mjs",
  ".json",
  ".svg",
  ".csv",
  ".xml",
  ".txt",
  ".webmanifest"
]);

/**
 * The badge colours and labels: the original app's environment badges, the label in each language of the site (a
 * French page reads « PRÉPROD »; « LOCAL » and « PROD » are French words too).
 */
export const ENV_BADGES = {
  local: {label: "LOCAL", labelFr: "LOCAL", color: "#6C757D", display: "inline-flex"},
  preprod: {label: "PREPROD", labelFr: "PRÉPROD", color: "#FFC107", display: "inline-flex"},
  // Readers of the live site need no badge; it tells testers which environment they are looking at.
  prod: {label: "PROD", labelFr: "PROD", color: "#28A745", display: "none"}
} as const;

export type Environment = keyof typeof ENV_BADGES;

/** What `/healthz` answers. */
export interface Health {
  status: "ok";
  commit: string;
  version: string;
  dataAsOf: string;
  builtAt: string;
  environment: Environment;
  /** What the data is: generated (seed, scale), local files or S3 objects, by base name only. */
  data: DataProvenance;
}

const healthSource = manifestSchema.pick({
  gitCommit: true,
  version: true,
  dataAsOf: true,
  builtAt: true,
  environment: true,
  provenance: true
});

/** The health document for the snapshot set in `snapshotDir`; `commit` overrides the manifest's. */
export async function readHealth(snapshotDir: string, commit?: string): Promise<Health> {
  const file = path.join(snapshotDir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new Error(`${file} is missing: run npm run build:data before the post-build step.`);
  }
  const parsed = healthSource.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`invalid manifest ${file}: ${parsed.error.issues[0]?.message}`);
  const m = parsed.data;
  return {
    status: "ok",
    commit: commit ?? m.gitCommit,
    version: m.version,
    dataAsOf: m.dataAsOf,
    builtAt: m.builtAt,
    environment: m.environment,
    data: m.provenance
  };
}

/** The /env.css rule nginx serves, in the same form (docker/nginx.conf writes it from APP_ENV). */
export function envCss(environment: Environment): string {
  const badge = ENV_BADGES[environment];
  return `:root{--env-label:"${badge.label}";--env-label-fr:"${badge.labelFr}";--env-color:${badge.color};--env-display:${badge.display}}\n`;
}

export interface CompressionSummary {
  files: number;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, {withFileTypes: true});
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(file);
    else if (entry.isFile()) yield file;
  }
}

/** Writes `variant` next to `file` when smaller, with the original's mtime (nginx derives Last-Modified from it). */
async function writeVariant(file: string, suffix: ".gz" | ".br", variant: Buffer, original: Buffer): Promise<number> {
  const target = file + suffix;
  if (variant.length >= original.length) {
    await rm(target, {force: true});
    return original.length;
  }
  await writeFile(target, variant);
  const {atimeMs, mtimeMs} = await stat(file);
  await utimes(target, atimeMs / 1000, mtimeMs / 1000);
  return variant.length;
}

/** Compresses one file both ways. */
export async function compressFile(file: string): Promise<{bytes: number; gzipBytes: number; brotliBytes: number}> {
  const original = await readFile(file);
  const [gz, br] = await Promise.all([
    gzip(original, {level: 9}),
    brotli(original, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: original.length
      }
    })
  ]);
  return {
    bytes: original.length,
    gzipBytes: await writeVariant(file, ".gz", gz, original),
    brotliBytes: await writeVariant(file, ".br", br, original)
  };
}

/** Precompresses every text asset under `dir`, two files at a time (brotli 11 is CPU-bound; zlib uses the pool). */
export async function precompress(dir: string, concurrency = 2): Promise<CompressionSummary> {
  const files: string[] = [];
  for await (const file of walk(dir)) {
    if (TEXT_EXTENSIONS.has(path.extname(file).toLowerCase())) files.push(file);
  }
  const summary: CompressionSummary = {files: files.length, bytes: 0, gzipBytes: 0, brotliBytes: 0};
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const result = await compressFile(files[next++]!);
      summary.bytes += result.bytes;
      summary.gzipBytes += result.gzipBytes;
      summary.brotliBytes += result.brotliBytes;
    }
  };
  await Promise.all(Array.from({length: Math.max(1, concurrency)}, worker));
  return summary;
}

export interface PostBuildOptions {
  distDir: string;
  snapshotDir: string;
  /** Overrides the manifest's commit (the commit the site was built from, when it differs). */
  commit?: string;
}

/** Runs the three steps; returns what it wrote. */
export async function postBuild(options: PostBuildOptions): Promise<{health: Health; compression: CompressionSummary}> {
  const {distDir} = options;
  try {
    if (!(await stat(distDir)).isDirectory()) throw new Error("not a directory");
  } catch {
    throw new Error(`${distDir} is not a built site: run npm run build first.`);
  }
  const health = await readHealth(options.snapshotDir, options.commit);
  await writeFile(path.join(distDir, "healthz.json"), `${JSON.stringify(health, null, 2)}\n`);
  await writeFile(path.join(distDir, "env.css"), envCss(health.environment));
  const compression = await precompress(distDir);
  return {health, compression};
}

async function main(argv: string[]): Promise<void> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {commit: {type: "string"}}
  });
  const [distDir = "dist", snapshotDir = "snapshots"] = positionals;
  const started = performance.now();
  const commit = values.commit ?? (process.env.GIT_COMMIT || undefined);
  const {health, compression: c} = await postBuild({distDir, snapshotDir, commit});
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  process.stderr.write(
    `postbuild ${distDir} → healthz commit ${health.commit.slice(0, 12)} data ${health.dataAsOf}; ` +
      `${c.files} files ${kb(c.bytes)} → gzip ${kb(c.gzipBytes)}, brotli ${kb(c.brotliBytes)} ` +
      `in ${Math.round(performance.now() - started)} ms\n`
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`postbuild: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
