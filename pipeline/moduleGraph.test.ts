import {appendFile, mkdir, writeFile} from "node:fs/promises";
import path from "node:path";

import {afterEach, beforeEach, describe, expect, it} from "vitest";

import type {BuildRoot} from "../test/buildRoot.js";
import {COUNTS_SCHEMA, createBuildRoot} from "../test/buildRoot.js";
import {discoverAnalyses} from "./analyses.js";
import {buildSnapshots} from "./build.js";
import {silentLogger} from "./log.js";
import {moduleGraph} from "./moduleGraph.js";
import {createLocalSource} from "./source/local.js";

const SQL = "select count(*)::int as recipes from recipes";

describe("an analysis' cache key covers its module graph", () => {
  let b: BuildRoot;
  beforeEach(async () => {
    b = await createBuildRoot();
  });
  afterEach(() => b.cleanup());

  const build = () =>
    buildSnapshots(
      {root: b.root, config: b.config},
      {
        logger: silentLogger,
        print: () => {},
        openSource: async (config) =>
          createLocalSource(config.dataDir, {cacheDir: config.cacheDir, logger: silentLogger}),
        gitCommit: () => "0"
      }
    );

  it("rebuilds exactly the analyses that import an edited shared module, directly or not", async () => {
    // lib/deep.ts ← lib/label.ts ← uses_label's step; lib/bound.ts ← uses_bound's schema; plain imports neither.
    await mkdir(path.join(b.root, "lib"));
    await writeFile(path.join(b.root, "lib/deep.ts"), "export const SUFFIX = '';\n");
    await writeFile(
      path.join(b.root, "lib/label.ts"),
      'import {SUFFIX} from "./deep.js";\nexport const label = (n: number) => `${n}${SUFFIX}`;\n'
    );
    await writeFile(path.join(b.root, "lib/bound.ts"), "export const MIN = 1;\n");
    const passThrough = (from: string) =>
      `import {label} from "${from}";\nexport function step(r: {rows: Array<{recipes: number}>}) { void label; return r; }\n`;
    await b.writeAnalysis("test", "uses_label", {
      sql: SQL,
      schema: COUNTS_SCHEMA,
      step: passThrough("../../lib/label.js")
    });
    await b.writeAnalysis("test", "uses_bound", {
      sql: SQL,
      schema: `import {MIN} from "../../lib/bound.js";\n${COUNTS_SCHEMA.replace(".positive()", ".min(MIN)")}`
    });
    await b.writeAnalysis("test", "plain", {sql: SQL, schema: COUNTS_SCHEMA});
    await build();

    const rebuiltAfterEditing = async (file: string): Promise<string[]> => {
      await appendFile(path.join(b.root, file), "// edited\n");
      return (await build()).rebuilt.sort();
    };
    expect(await rebuiltAfterEditing("lib/deep.ts")).toEqual(["uses_label"]);
    expect(await rebuiltAfterEditing("lib/label.ts")).toEqual(["uses_label"]);
    expect(await rebuiltAfterEditing("lib/bound.ts")).toEqual(["uses_bound"]);
    expect((await build()).rebuilt).toEqual([]);
  }, 60_000);

  it("follows the real analyses' imports: narrative and statistics modules are in the keys of those that use them", async () => {
    const root = process.cwd();
    const analyses = await discoverAnalyses(root);
    for (const analysis of analyses) {
      const graph = await moduleGraph(root, [analysis.schemaFile, ...(analysis.stepFile ? [analysis.stepFile] : [])]);
      expect(analysis.codeFiles).toEqual(expect.arrayContaining(graph));
      // Every analysis states claims or labels through pipeline/narrative.ts: editing it must rebuild them all.
      expect(analysis.codeFiles, analysis.name).toContain("pipeline/narrative.ts");
    }
    const overview = analyses.find((a) => a.name === "overview")!;
    expect(overview.codeFiles.filter((f) => f.startsWith("pipeline/stats/"))).toEqual([]);
    const volume = analyses.find((a) => a.name === "trends_volume")!;
    expect(volume.codeFiles).toEqual(
      expect.arrayContaining(["pipeline/stats/index.ts", "queries/trends/trends_volume.step.ts"])
    );
  });
});
