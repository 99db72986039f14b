/**
 * Golden figures: every figure of the test fixture (the generator's data at 2 % scale, as the e2e site, through the real
 * pipeline), drawn as the pages draw it, is compared byte for byte with test/output/<analysis>/<figure>.svg (and
 * -narrow.svg, -<variant>.svg). On a mismatch the new drawing is written beside the golden as <name>-changed.svg
 * (git-ignored, uploaded by CI), so a reviewer sees every chart change as a picture. `npm run golden:update`
 * rewrites the goldens after a deliberate change; the test itself never does.
 */
import {existsSync} from "node:fs";
import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {buildSnapshots} from "../../pipeline/build.js";
import {loadConfig} from "../../pipeline/config.js";
import {generateDataset} from "../../pipeline/generate/generate.js";
import {silentLogger} from "../../pipeline/log.js";
import {openSource} from "../../pipeline/source/open.js";

const GOLDEN_DIR = path.join(process.cwd(), "test", "output");
const UPDATE = process.env.GOLDEN_UPDATE === "1";
const CHANGED = "-changed.svg";

let work: string | undefined;
let drawings = new Map<string, string>();

/** Every drawing of every figure, keyed by its golden file's path under test/output/. */
async function drawAll(snapshotDir: string): Promise<Map<string, string>> {
  process.env.SNAPSHOT_DIR = snapshotDir;
  const {listAnalyses} = await import("../../site/src/lib/snapshots.js");
  const {viewOf} = await import("../../site/src/lib/viewCatalogue.js");
  const {analysisModel} = await import("../../site/src/lib/analysis.js");
  const out = new Map<string, string>();
  for (const entry of listAnalyses()) {
    if (!viewOf(entry.name)) continue;
    for (const figure of analysisModel(entry.name, "en").figures) {
      const stem = path.join(entry.name, figure.key);
      out.set(`${stem}.svg`, figure.svg);
      if (figure.svgNarrow) out.set(`${stem}-narrow.svg`, figure.svgNarrow);
      for (const variant of figure.variants) {
        const value = variant.when.split("=")[1]!;
        out.set(`${stem}-${value}.svg`, variant.svg);
        if (variant.svgNarrow) out.set(`${stem}-${value}-narrow.svg`, variant.svgNarrow);
      }
    }
  }
  return out;
}

async function goldenFiles(): Promise<string[]> {
  if (!existsSync(GOLDEN_DIR)) return [];
  return (await readdir(GOLDEN_DIR, {recursive: true}))
    .filter((f) => f.endsWith(".svg") && !f.endsWith(CHANGED))
    .map((f) => f.split(path.sep).join("/"))
    .sort();
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "btk-golden-"));
  await generateDataset({outDir: path.join(work, "data"), seed: 20191103, scale: 0.02});
  const config = loadConfig(
    {
      DATA_DIR: path.join(work, "data"),
      SNAPSHOT_DIR: path.join(work, "snapshots"),
      CACHE_DIR: path.join(work, "cache")
    },
    process.cwd()
  );
  await buildSnapshots(
    {root: process.cwd(), config},
    {logger: silentLogger, print: () => {}, openSource, gitCommit: () => "0".repeat(40)}
  );
  drawings = await drawAll(path.join(work, "snapshots"));
}, 300_000);

afterAll(async () => {
  if (work) await rm(work, {recursive: true, force: true});
});

describe("golden figures", () => {
  it("draws every figure of the fixture exactly as test/output/ holds it", async () => {
    expect(drawings.size).toBeGreaterThan(50);
    const changed: string[] = [];
    for (const [file, svg] of [...drawings].sort(([a], [b]) => a.localeCompare(b))) {
      const golden = path.join(GOLDEN_DIR, file);
      const beside = golden.replace(/\.svg$/, CHANGED);
      if (UPDATE) {
        await mkdir(path.dirname(golden), {recursive: true});
        await writeFile(golden, svg);
        await rm(beside, {force: true});
        continue;
      }
      const expected = existsSync(golden) ? await readFile(golden, "utf8") : undefined;
      if (expected === svg) {
        await rm(beside, {force: true});
        continue;
      }
      await mkdir(path.dirname(beside), {recursive: true});
      await writeFile(beside, svg);
      changed.push(expected === undefined ? `${file} (no golden yet)` : file);
    }
    expect(
      changed,
      `These drawings differ from their goldens; look at test/output/<name>-changed.svg beside each, then run ` +
        "`npm run golden:update` if the change is meant."
    ).toEqual([]);
  });

  it("keeps no golden of a figure that is no longer drawn", async () => {
    if (UPDATE) {
      for (const file of await goldenFiles()) if (!drawings.has(file)) await rm(path.join(GOLDEN_DIR, file));
    }
    const stale = (await goldenFiles()).filter((file) => !drawings.has(file));
    expect(stale, "Remove these goldens (or run `npm run golden:update`): no figure draws them any more.").toEqual([]);
  });
});
