/**
 * The built site the end-to-end and budget tests run against: generated Food.com-shaped data at a small scale, the
 * real pipeline's snapshots, then `astro build`, all under .cache/test-site/. Built once per change: a content
 * hash of everything that shapes the output (site/, queries/, pipeline/, the Astro config) is stored beside the
 * build and a later run with the same hash reuses it. Parallel test files share one build through an atomic lock
 * directory: the first takes it and builds, the others wait for it to go away and then reuse the result.
 */
import {spawn} from "node:child_process";
import {createHash} from "node:crypto";
import {existsSync} from "node:fs";
import {mkdir, readdir, readFile, rename, rm, stat, writeFile} from "node:fs/promises";
import path from "node:path";

const ROOT = process.cwd();
export const CACHE_DIR = path.join(ROOT, ".cache", "test-site");
/** A lock older than this is the leftover of a killed run. */
const STALE_LOCK_MS = 10 * 60_000;

/** Scale of the generated data: 2 % of Food.com, enough for every analysis and fast on two cores. */
export const TEST_DATA_SCALE = process.env.TEST_SITE_SCALE || "0.02";

/**
 * The folders of the build at one scale: the default scale in CACHE_DIR, any other beside it
 * (.cache/test-site-scale-1/), so a full-size pass and the small one are cached side by side.
 */
function cacheOf(scale: string): {dir: string; lock: string; stamp: string; failed: string} {
  const dir = scale === TEST_DATA_SCALE ? CACHE_DIR : `${CACHE_DIR}-scale-${scale}`;
  // `failed` is written when a build fails, so that the test files waiting on the lock fail at once.
  return {dir, lock: `${dir}.lock`, stamp: path.join(dir, "stamp.json"), failed: path.join(dir, "failed.json")};
}

export interface BuiltSite {
  /** The site's output directory. */
  dist: string;
  /** The snapshot set it was built from. */
  snapshots: string;
  /** Whether this call built it (false: reused). */
  built: boolean;
}

const INPUT_DIRS = ["site", "queries", "pipeline"];
const INPUT_FILES = ["astro.config.mjs", "package.json", "tsconfig.json"];

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else if (!entry.name.endsWith(".test.ts")) out.push(full);
  }
  return out;
}

/** sha256 over the paths and contents of the build's inputs (tests excluded: they do not change the site). */
async function hashInputs(dirs: readonly string[], files: readonly string[], extra: string): Promise<string> {
  const hash = createHash("sha256").update(extra);
  const all = [...files.map((f) => path.join(ROOT, f))];
  for (const dir of dirs) if (existsSync(path.join(ROOT, dir))) all.push(...(await listFiles(path.join(ROOT, dir))));
  for (const file of all.sort()) {
    if (!existsSync(file)) continue;
    hash
      .update(path.relative(ROOT, file))
      .update("\0")
      .update(await readFile(file))
      .update("\0");
  }
  return hash.digest("hex");
}

function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {cwd: ROOT, env: {...process.env, ...env}, stdio: ["ignore", "pipe", "pipe"]});
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else
        reject(new Error(`${path.basename(command)} ${args.join(" ")} exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}

async function readStamp(stamp: string): Promise<string | undefined> {
  try {
    return (JSON.parse(await readFile(stamp, "utf8")) as {hash: string}).hash;
  } catch {
    return undefined;
  }
}

async function readFailure(failedFile: string, hash: string): Promise<string | undefined> {
  try {
    const failed = JSON.parse(await readFile(failedFile, "utf8")) as {hash: string; error: string};
    // A failure of the same inputs within the last minute belongs to this run; older ones are retried.
    if (failed.hash === hash && Date.now() - (await stat(failedFile)).mtimeMs < 60_000) return failed.error;
  } catch {
    // No failure recorded.
  }
  return undefined;
}

async function takeLock(lockDir: string): Promise<boolean> {
  await mkdir(path.dirname(lockDir), {recursive: true});
  try {
    await mkdir(lockDir);
    await writeFile(path.join(lockDir, "pid"), String(process.pid));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    try {
      if (Date.now() - (await stat(lockDir)).mtimeMs > STALE_LOCK_MS) await rm(lockDir, {recursive: true, force: true});
    } catch {
      // The holder released it meanwhile.
    }
    return false;
  }
}

const bin = (name: string): string => path.join(ROOT, "node_modules", ".bin", name);

/** Generates data, builds snapshots and the site into .cache/test-site/ (a fresh dist, swapped in by rename). */
async function build(dir: string, stamp: string, scale: string, hash: string, dataHash: string): Promise<void> {
  const dataDir = path.join(dir, `data-${dataHash.slice(0, 12)}`);
  const snapshots = path.join(dir, "snapshots");
  for (const name of existsSync(dir) ? await readdir(dir) : []) {
    if (name.startsWith("data-") && path.join(dir, name) !== dataDir) await rm(path.join(dir, name), {recursive: true});
  }
  const pipelineEnv = {DATA_DIR: dataDir, DATA_SCALE: scale, SNAPSHOT_DIR: snapshots, LOG_LEVEL: "warn"};
  // DATA_DIR is set, so the pipeline generates the data set only when asked to.
  await run(bin("tsx"), ["pipeline/bin/pipeline.ts", "build", "--generate"], pipelineEnv);
  const next = path.join(dir, `dist.next-${process.pid}`);
  await rm(next, {recursive: true, force: true});
  await run(bin("astro"), ["build", "--silent"], {
    SNAPSHOT_DIR: snapshots,
    ASTRO_OUT_DIR: next,
    ASTRO_CACHE_DIR: path.join(dir, "astro-cache"),
    SOURCE_DATE_EPOCH: "1700000000"
  });
  const dist = path.join(dir, "dist");
  await rm(dist, {recursive: true, force: true});
  await rename(next, dist);
  await writeFile(stamp, JSON.stringify({hash, builtAt: new Date().toISOString()}));
}

/** The built site at `scale` (default TEST_DATA_SCALE), building it first when its inputs changed since the last build. */
export async function builtSite(scale: string = TEST_DATA_SCALE): Promise<BuiltSite> {
  const {dir, lock: lockDir, stamp, failed: failedFile} = cacheOf(scale);
  const hash = await hashInputs(INPUT_DIRS, INPUT_FILES, `scale=${scale}`);
  const dataHash = await hashInputs(["pipeline/generate"], ["pipeline/contract.ts"], `scale=${scale}`);
  const result = (built: boolean): BuiltSite => ({
    dist: path.join(dir, "dist"),
    snapshots: path.join(dir, "snapshots"),
    built
  });
  for (;;) {
    const failed = await readFailure(failedFile, hash);
    if (failed) throw new Error(`The test site's build failed in another test file:\n${failed}`);
    if ((await readStamp(stamp)) === hash && existsSync(path.join(dir, "dist", "index.html"))) return result(false);
    if (await takeLock(lockDir)) {
      try {
        // Another process may have finished building between our check and taking the lock.
        if ((await readStamp(stamp)) === hash && existsSync(path.join(dir, "dist", "index.html"))) return result(false);
        await mkdir(dir, {recursive: true});
        await rm(failedFile, {force: true});
        try {
          await build(dir, stamp, scale, hash, dataHash);
        } catch (error) {
          await writeFile(failedFile, JSON.stringify({hash, error: String(error)}));
          throw error;
        }
        return result(true);
      } finally {
        await rm(lockDir, {recursive: true, force: true});
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
