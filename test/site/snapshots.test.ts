import {mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import path from "node:path";

import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {
  formatIssuePath,
  listAnalyses,
  loadManifest,
  loadSnapshot,
  loadText,
  SnapshotLoadError,
  snapshotDir
} from "../../site/src/lib/snapshots.js";
import type {AnalysisName} from "../../site/src/lib/catalogue.js";
import {fixtureOverview, writeFixtureSet} from "./fixtures/snapshotSet.js";

describe("the site's snapshot loader", () => {
  let good: string;
  let broken: string;
  let missing: string;

  beforeAll(async () => {
    good = await mkdtemp(path.join(tmpdir(), "site-snap-good-"));
    await writeFixtureSet(good);
    broken = await mkdtemp(path.join(tmpdir(), "site-snap-broken-"));
    const overview = fixtureOverview();
    await writeFixtureSet(broken, {...overview, funnel: {...overview.funnel, recipes: [overview.funnel.recipes[0], {rule: "x", rowsAfter: -1, removed: 0}]}});
    missing = await mkdtemp(path.join(tmpdir(), "site-snap-missing-"));
    await writeFixtureSet(missing);
    await rm(path.join(missing, "overview.json"));
  });

  afterAll(async () => {
    for (const dir of [good, broken, missing]) await rm(dir, {recursive: true, force: true});
  });

  it("reads SNAPSHOT_DIR, else <cwd>/snapshots", () => {
    expect(snapshotDir({SNAPSHOT_DIR: "/tmp/x"})).toBe("/tmp/x");
    expect(snapshotDir({})).toBe(path.join(process.cwd(), "snapshots"));
  });

  it("validates the manifest and each snapshot with the analysis' own schema", () => {
    expect(loadManifest(good).dataAsOf).toBe("2018-12-20");
    expect(listAnalyses("overview", good).map((a) => a.name)).toEqual(["overview"]);
    expect(loadSnapshot("overview", good).totals.recipes).toBe(fixtureOverview().totals.recipes);
    expect(loadText("overview", good).fr.title).toBeTruthy();
  });

  it("names the file, the first failing path and the fix when a snapshot breaks its schema", () => {
    let error: unknown;
    try {
      loadSnapshot("overview", broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SnapshotLoadError);
    const message = (error as Error).message;
    expect(message).toContain(path.join(broken, "overview.json"));
    expect(message).toContain("queries/overview/overview.schema.ts");
    expect(message).toContain("at funnel.recipes[1].rowsAfter:");
    expect(message).toContain("npm run build:data");
  });

  it("says which file is missing", () => {
    expect(() => loadSnapshot("overview", missing)).toThrow(`The snapshot ${path.join(missing, "overview.json")} is missing.`);
    expect(() => loadManifest(path.join(missing, "nowhere"))).toThrow(/manifest\.json is missing\. Run `npm run build:data`/);
  });

  it("refuses an analysis the manifest does not list, and invalid JSON", async () => {
    expect(() => loadSnapshot("nope" as AnalysisName, good)).toThrow("lists no analysis named nope");
    const dir = await mkdtemp(path.join(tmpdir(), "site-snap-json-"));
    await writeFixtureSet(dir);
    await writeFile(path.join(dir, "manifest.json"), "{not json");
    expect(() => loadManifest(dir)).toThrow("is not valid JSON");
    await rm(dir, {recursive: true, force: true});
  });

  it("refuses a snapshot edited after the build (its sha256 differs from the manifest's)", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "site-snap-edited-"));
    await writeFixtureSet(dir);
    await writeFile(path.join(dir, "overview.json"), `${JSON.stringify(fixtureOverview())} `);
    expect(() => loadSnapshot("overview", dir)).toThrow(
      `The snapshot ${path.join(dir, "overview.json")} does not match the sha256 its manifest records: it was changed after the pipeline wrote it.`
    );
    await rm(dir, {recursive: true, force: true});
  });

  it("writes zod paths the way a reader looks them up", () => {
    expect(formatIssuePath([])).toBe("the top level");
    expect(formatIssuePath(["funnel", "recipes", 2, "rowsAfter"])).toBe("funnel.recipes[2].rowsAfter");
  });
});
