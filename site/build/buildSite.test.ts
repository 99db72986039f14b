import {mkdir, readdir, readFile, writeFile} from "node:fs/promises";
import path from "node:path";

import {afterAll, beforeAll, describe, expect, it} from "vitest";

import type {BuildRoot} from "../../test/buildRoot.js";
import {COUNTS_SCHEMA, createBuildRoot} from "../../test/buildRoot.js";
import {buildSnapshots} from "../../pipeline/build.js";
import {silentLogger} from "../../pipeline/log.js";
import {createLocalSource} from "../../pipeline/source/local.js";
import {buildSite, SiteBuildError, verifySnapshotSet} from "./buildSite.js";

describe("the site build verifies the snapshot set and replaces dist/ only on success", () => {
  let b: BuildRoot;
  let set: string;

  beforeAll(async () => {
    b = await createBuildRoot();
    await b.writeAnalysis("test", "test_counts", {
      sql: "select count(*)::int as recipes from recipes",
      schema: COUNTS_SCHEMA
    });
    await buildSnapshots(
      {root: b.root, config: b.config},
      {
        logger: silentLogger,
        print: () => {},
        openSource: async (config) =>
          createLocalSource(config.dataDir, {cacheDir: config.cacheDir, logger: silentLogger}),
        gitCommit: () => "0123456789abcdef"
      }
    );
    set = b.config.snapshotDir;
  }, 60_000);
  afterAll(() => b.cleanup());

  /** A copy of the published set, to break without touching the original. */
  async function copySet(name: string): Promise<string> {
    const dir = path.join(b.root, name);
    await mkdir(dir);
    for (const file of await readdir(set)) await writeFile(path.join(dir, file), await readFile(path.join(set, file)));
    return dir;
  }

  async function refusal(promise: Promise<unknown>): Promise<SiteBuildError> {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(SiteBuildError);
    return error as SiteBuildError;
  }

  it("accepts the set the pipeline published", async () => {
    const manifest = await verifySnapshotSet(b.root, set);
    expect(Object.keys(manifest.analyses).sort()).toEqual(["overview", "test_counts"]);
  });

  it("refuses a snapshot edited by hand, naming it", async () => {
    const dir = await copySet("edited");
    const file = path.join(dir, "test_counts.json");
    await writeFile(file, (await readFile(file, "utf8")).replace(/\d+/, "999"));
    const error = await refusal(verifySnapshotSet(b.root, dir));
    expect(error.message).toMatch(
      /^The snapshot test_counts\.json does not match the manifest \(sha256 [0-9a-f]{12}…, the manifest records [0-9a-f]{12}…\): it was changed after the pipeline wrote it\.$/
    );
    expect(error.hint).toContain("npm run build:data");
  });

  it("refuses a set whose manifest lacks an analysis of the catalogue, instead of dropping its section", async () => {
    const dir = await copySet("partial");
    const manifestFile = path.join(dir, "manifest.json");
    const manifest = JSON.parse(await readFile(manifestFile, "utf8")) as {analyses: Record<string, unknown>};
    delete manifest.analyses.test_counts;
    await writeFile(manifestFile, JSON.stringify(manifest));
    const error = await refusal(verifySnapshotSet(b.root, dir));
    expect(error.message).toBe(
      "The manifest lists no analysis test_counts, although queries/test/page.ts lists it: its section would silently be missing from the site."
    );
  });

  it("keeps the previous dist/ when the build fails, and swaps a complete new one in when it succeeds", async () => {
    const dist = path.join(b.root, "dist");
    await mkdir(dist);
    await writeFile(path.join(dist, "index.html"), "previous site");

    // Astro is the seam here: what is tested is the folder handling around it, so a stand-in writes or fails.
    const failed = await refusal(
      buildSite({
        root: b.root,
        distDir: dist,
        snapshotDir: set,
        astro: async (out) => {
          await mkdir(out, {recursive: true});
          await writeFile(path.join(out, "index.html"), "half a site");
          return 1;
        }
      })
    );
    expect(failed.message).toBe("astro build failed (exit code 1); the previous dist/ is left as it was.");
    expect(await readFile(path.join(dist, "index.html"), "utf8")).toBe("previous site");
    expect((await readdir(b.root)).filter((f) => f.startsWith("dist."))).toEqual([]);

    const edited = await copySet("edited-again");
    await writeFile(path.join(edited, "overview.json"), "{}");
    await refusal(buildSite({root: b.root, distDir: dist, snapshotDir: edited, astro: async () => 0}));
    expect(await readFile(path.join(dist, "index.html"), "utf8")).toBe("previous site");

    await buildSite({
      root: b.root,
      distDir: dist,
      snapshotDir: set,
      astro: async (out) => {
        await mkdir(out, {recursive: true});
        await writeFile(path.join(out, "index.html"), "new site");
        return 0;
      }
    });
    expect(await readFile(path.join(dist, "index.html"), "utf8")).toBe("new site");
    expect(JSON.parse(await readFile(path.join(dist, "healthz.json"), "utf8"))).toMatchObject({
      commit: "0123456789abcdef"
    });
    expect((await readdir(b.root)).filter((f) => f.startsWith("dist."))).toEqual([]);
  });
});
