import {cp, mkdtemp, readdir, readFile, rm, stat, writeFile} from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import {brotliDecompressSync, gunzipSync} from "node:zlib";

import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {envCss, postBuild, precompress, readHealth} from "./postbuild.js";
import type {FixtureSite} from "../../docker/testing/fixtureSite.js";
import {createFixtureSite} from "../../docker/testing/fixtureSite.js";

let site: FixtureSite;

beforeAll(async () => {
  site = await createFixtureSite({commit: "abcdef1234567890", dataAsOf: "2018-12-20", environment: "preprod"});
});

afterAll(async () => {
  await rm(site.dir, {recursive: true, force: true});
});

/** Every file under a directory, relative path → content. */
async function tree(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const entry of await readdir(dir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, file), await readFile(file));
  }
  return out;
}

describe("postbuild", () => {
  it("writes healthz.json from the manifest, and env.css for the build's environment", async () => {
    const health = JSON.parse(await readFile(path.join(site.dist, "healthz.json"), "utf8"));
    expect(health).toEqual({
      status: "ok",
      commit: "abcdef1234567890",
      version: "0.1.0",
      dataAsOf: "2018-12-20",
      builtAt: "2026-01-02T03:04:05.000Z",
      environment: "preprod",
      data: {kind: "generated", seed: 20191103, scale: 1}
    });
    expect(await readFile(path.join(site.dist, "env.css"), "utf8")).toBe(
      ':root{--env-label:"PREPROD";--env-label-fr:"PRÉPROD";--env-color:#FFC107;--env-display:inline-flex}\n'
    );
    // Readers of the live site see no environment badge.
    expect(envCss("prod")).toBe(
      ':root{--env-label:"PROD";--env-label-fr:"PROD";--env-color:#28A745;--env-display:none}\n'
    );
    expect(envCss("local")).toContain('"LOCAL"');
  });

  it("precompresses every text asset to .gz and .br that decompress to the original", async () => {
    const files = await tree(site.dist);
    // Tiny files (env.css, robots.txt) get no variant: it would not be smaller.
    const texts = [...files.keys()].filter(
      (f) => /\.(html|css|js|json|svg|csv)$/.test(f) && files.get(f)!.length > 200
    );
    // healthz.json, with what the data is, is now above the threshold too.
    expect(texts.length).toBe(13);
    for (const name of texts) {
      const original = files.get(name)!;
      const gz = files.get(`${name}.gz`);
      const br = files.get(`${name}.br`);
      expect(gz, `${name}.gz`).toBeDefined();
      expect(br, `${name}.br`).toBeDefined();
      expect(gunzipSync(gz!).equals(original), name).toBe(true);
      expect(brotliDecompressSync(br!).equals(original), name).toBe(true);
      expect(br!.length, name).toBeLessThan(original.length);
      // The variants carry the original's mtime, so Last-Modified does not depend on the encoding.
      const seconds = async (f: string) => Math.floor((await stat(path.join(site.dist, f))).mtimeMs / 1000);
      expect(await seconds(`${name}.gz`)).toBe(await seconds(name));
      expect(await seconds(`${name}.br`)).toBe(await seconds(name));
    }
    // Binary assets are left alone.
    expect([...files.keys()].filter((f) => /woff2\.(gz|br)$/.test(f))).toEqual([]);
  });

  it("is deterministic: the same input gives the same bytes", async () => {
    const again = await mkdtemp(path.join(os.tmpdir(), "btk-postbuild-"));
    try {
      await cp(site.dir, again, {recursive: true});
      // Drop the variants, then build them again from the same files.
      for (const name of (await readdir(path.join(again, "dist"), {recursive: true})).filter((f) =>
        /\.(gz|br)$/.test(f)
      )) {
        await rm(path.join(again, "dist", name));
      }
      await postBuild({
        distDir: path.join(again, "dist"),
        snapshotDir: path.join(again, "snapshots"),
        commit: "abcdef1234567890"
      });
      const a = await tree(site.dist);
      const b = await tree(path.join(again, "dist"));
      expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
      for (const [name, content] of a) expect(b.get(name)?.equals(content), name).toBe(true);
    } finally {
      await rm(again, {recursive: true, force: true});
    }
  });

  it("keeps no variant that would be bigger than the file, and removes a stale one", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "btk-precompress-"));
    try {
      await writeFile(path.join(dir, "tiny.txt"), "a");
      await writeFile(path.join(dir, "tiny.txt.gz"), "stale");
      const summary = await precompress(dir);
      expect(summary.files).toBe(1);
      expect((await readdir(dir)).sort()).toEqual(["tiny.txt"]);
    } finally {
      await rm(dir, {recursive: true, force: true});
    }
  });

  it("fails with a clear message without a manifest or a built site", async () => {
    await expect(readHealth(path.join(site.dir, "nowhere"))).rejects.toThrow(
      /manifest\.json is missing: run npm run build:data/
    );
    await expect(postBuild({distDir: path.join(site.dir, "no-dist"), snapshotDir: site.snapshots})).rejects.toThrow(
      /is not a built site: run npm run build first/
    );
  });
});
