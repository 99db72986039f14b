/**
 * A snapshot that breaks its schema fails `astro build` with a message naming the file, the failing path and the
 * fix: a broken page is never published.
 */
import {spawnSync} from "node:child_process";
import {existsSync, readFileSync} from "node:fs";
import {mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import path from "node:path";

import {afterAll, describe, expect, it} from "vitest";

import {fixtureOverview, writeFixtureSet} from "./fixtures/snapshotSet.js";

describe("astro build", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, {recursive: true, force: true});
  });

  it("fails on an invalid snapshot, naming it, its first failing path and the fix", async () => {
    const snapshots = await mkdtemp(path.join(tmpdir(), "site-build-broken-"));
    const out = await mkdtemp(path.join(tmpdir(), "site-build-out-"));
    dirs.push(snapshots, out);
    const overview = fixtureOverview();
    await writeFixtureSet(snapshots, {...overview, totals: {...overview.totals, meanRating: 7}});
    const result = spawnSync(path.join("node_modules", ".bin", "astro"), ["build"], {
      env: {
        ...process.env,
        SNAPSHOT_DIR: snapshots,
        ASTRO_OUT_DIR: path.join(out, "dist"),
        ASTRO_CACHE_DIR: path.join(out, "cache")
      },
      encoding: "utf8",
      timeout: 110_000
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output.slice(-2000)).not.toBe(0);
    expect(output).toContain(path.join(snapshots, "overview.json"));
    expect(output).toContain("breaks its schema queries/overview/overview.schema.ts at totals.meanRating");
    expect(output).toContain("npm run build:data");
    expect(existsSync(path.join(out, "dist", "index.html"))).toBe(false);
  });

  it("says nothing about generated data when the data is Food.com's files, and shows no path", async () => {
    // The fixture manifest's provenance is {kind: "local"} and its source description holds a /tmp path.
    const snapshots = await mkdtemp(path.join(tmpdir(), "site-build-real-"));
    const out = await mkdtemp(path.join(tmpdir(), "site-build-out-"));
    dirs.push(snapshots, out);
    await writeFixtureSet(snapshots);
    const result = spawnSync(path.join("node_modules", ".bin", "astro"), ["build", "--silent"], {
      env: {
        ...process.env,
        SNAPSHOT_DIR: snapshots,
        ASTRO_OUT_DIR: path.join(out, "dist"),
        ASTRO_CACHE_DIR: path.join(out, "cache")
      },
      encoding: "utf8",
      timeout: 170_000
    });
    expect(result.status, `${result.stdout}\n${result.stderr}`.slice(-2000)).toBe(0);
    for (const page of ["index.html", "methodology/index.html", "fr/methodology/index.html"]) {
      const html = readFileSync(path.join(out, "dist", page), "utf8");
      expect(html, page).not.toContain('data-provenance="generated"');
      expect(html, page).not.toContain('id="method-generated"');
      expect(html, page).not.toContain("/tmp/fixture");
    }
    const methodology = readFileSync(path.join(out, "dist", "methodology", "index.html"), "utf8");
    expect(methodology).toContain("read from the files RAW_recipes.parquet and RAW_interactions.parquet");
  }, 180_000);
});
