import {readdir, readFile} from "node:fs/promises";
import path from "node:path";

import {describe, expect, it} from "vitest";

import type {Manifest} from "../../../pipeline/manifest.js";
import {moduleGraph} from "../../../pipeline/moduleGraph.js";
import {commitOf} from "./provenance.js";

const manifest = {gitCommit: "0123456789abcdef0123456789abcdef01234567"} as Manifest;

describe("provenance", () => {
  it("takes the commit from GIT_COMMIT, else GITHUB_SHA, else the manifest", () => {
    expect(commitOf({GIT_COMMIT: "aaa", GITHUB_SHA: "bbb"}, manifest)).toBe("aaa");
    expect(commitOf({GITHUB_SHA: "bbb"}, manifest)).toBe("bbb");
    expect(commitOf({GIT_COMMIT: ""}, manifest)).toBe(manifest.gitCommit);
  });

  it("leaves the site build without a module that spawns a process", async () => {
    const root = process.cwd();
    const sources = (await readdir("site/src", {recursive: true}))
      .filter((f) => /\.ts$/.test(f) && !f.endsWith(".test.ts"))
      .map((f) => path.join("site/src", f));
    const graph = await moduleGraph(root, sources);
    expect(graph.length).toBeGreaterThan(sources.length);
    const spawning = [];
    for (const file of graph) {
      if (/["']node:child_process["']/.test(await readFile(path.join(root, file), "utf8"))) spawning.push(file);
    }
    expect(spawning).toEqual([]);
  });
});
