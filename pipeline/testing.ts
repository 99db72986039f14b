/**
 * Test helpers shared by the build's tests (build.test.ts, faults.test.ts): a build root with one counting
 * analysis, a snapshot set read whole, and the folders a publication left beside SNAPSHOT_DIR.
 */
import {readdir, readFile, readlink} from "node:fs/promises";
import path from "node:path";

import type {BuildRoot} from "../test/buildRoot.js";
import {COUNTS_SCHEMA, createBuildRoot} from "../test/buildRoot.js";

/** The one analysis of a test build root: the number of cleaned recipes. */
export const COUNTS_SQL = "select count(*)::int as recipes from recipes";

/** A build root (test/buildRoot.ts) holding the analysis test/test_counts besides the overview. */
export async function createCountsRoot(env: Record<string, string> = {}): Promise<BuildRoot> {
  const b = await createBuildRoot(env);
  await b.writeAnalysis("test", "test_counts", {sql: COUNTS_SQL, schema: COUNTS_SCHEMA});
  return b;
}

/** Every file of a snapshot set, by name. */
export async function readSet(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) out[name] = await readFile(path.join(dir, name), "utf8");
  return out;
}

/**
 * The `<base>.*` entries beside SNAPSHOT_DIR other than the set its link names: what a publication left behind
 * (staging folders, sets, links, the lock).
 */
export async function leftovers(snapshotDir: string): Promise<string[]> {
  const base = path.basename(snapshotDir);
  const current = await readlink(snapshotDir).then(
    (target) => path.basename(target),
    () => undefined
  );
  return (await readdir(path.dirname(snapshotDir))).filter((f) => f.startsWith(`${base}.`) && f !== current).sort();
}
