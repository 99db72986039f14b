import {
  appendFile,
  lstat,
  mkdir,
  readdir,
  readFile,
  readlink,
  rename,
  rm,
  stat,
  symlink,
  writeFile
} from "node:fs/promises";
import path from "node:path";

import {afterEach, beforeEach, describe, expect, it} from "vitest";

import type {BuildRoot} from "../test/buildRoot.js";
import {COUNTS_SCHEMA} from "../test/buildRoot.js";
import {
  INTERACTION_COLUMNS,
  interactionsValuesSql,
  RECIPE_COLUMNS,
  recipesValuesSql,
  writeFixtureParquet
} from "../test/fixtures.js";
import type {BuildEffects} from "./build.js";
import {buildSnapshots, longestFirst} from "./build.js";
import {EXIT_CODES, InputSchemaError, QueryError, SnapshotError} from "./errors.js";
import {silentLogger} from "./log.js";
import {manifestSchema} from "./manifest.js";
import {sha256} from "./serialize.js";
import {createLocalSource} from "./source/local.js";
import {COUNTS_SQL, createCountsRoot, leftovers, readSet} from "./testing.js";

describe("buildSnapshots", () => {
  let b: BuildRoot;
  let printed: string[];
  let effects: BuildEffects;

  beforeEach(async () => {
    b = await createCountsRoot();
    printed = [];
    effects = {
      logger: silentLogger,
      print: (line) => printed.push(line),
      openSource: async (config) =>
        createLocalSource(config.dataDir, {cacheDir: config.cacheDir, logger: silentLogger}),
      gitCommit: () => "0123456789abcdef"
    };
  });
  afterEach(() => b.cleanup());

  const build = (options: {force?: boolean; explain?: boolean} = {}) =>
    buildSnapshots({root: b.root, config: b.config, ...options}, effects);

  it("publishes one validated snapshot per analysis plus a manifest, keeping the dotfiles of the folder", async () => {
    await appendFile(path.join(b.root, "snapshots.keep"), "");
    const result = await build();
    expect(result.rebuilt.sort()).toEqual(["overview", "test_counts"]);
    const files = await readdir(b.config.snapshotDir);
    expect(files.sort()).toEqual(["changes.json", "manifest.json", "overview.json", "test_counts.json"]);
    const manifest = manifestSchema.parse(
      JSON.parse(await readFile(path.join(b.config.snapshotDir, "manifest.json"), "utf8"))
    );
    expect(manifest.gitCommit).toBe("0123456789abcdef");
    // The manifest is published: no absolute path of the build machine in it.
    expect(await readFile(path.join(b.config.snapshotDir, "manifest.json"), "utf8")).not.toContain(b.root);
    expect(manifest.source.description).toBe("RAW_recipes.parquet, RAW_interactions.parquet");
    expect(manifest.environment).toBe("local");
    expect(manifest.dataAsOf).toBe("2024-01-06");
    expect(manifest.source.objects.map((o) => [o.name, o.rows])).toEqual([
      ["RAW_recipes.parquet", 45],
      ["RAW_interactions.parquet", 12]
    ]);
    expect(manifest.staging.recipes?.funnel.at(-1)?.rowsAfter).toBe(33);
    // The item index is timed as a stage of its own, after the cleaning it is built on; the staging entry holds
    // the cleaning's funnel and date only.
    expect(Object.keys(manifest.timings.stages)).toEqual([
      "stat",
      "plan",
      "fetch",
      "clean:recipes",
      "index:items",
      "clean:interactions",
      "analyses",
      "write"
    ]);
    expect(Object.keys(manifest.staging.recipes ?? {}).sort()).toEqual(["funnel", "input", "latestDate"]);
    const counts = await readFile(path.join(b.config.snapshotDir, "test_counts.json"), "utf8");
    expect(JSON.parse(counts)).toEqual({rows: [{recipes: 33}]});
    expect(manifest.analyses.test_counts).toMatchObject({
      file: "test_counts.json",
      sha256: sha256(counts),
      status: "rebuilt"
    });
  });

  it("fails naming the module when an analysis' step cannot be used, though its modules load while staging runs", async () => {
    await b.writeAnalysis("test", "test_counts", {
      sql: COUNTS_SQL,
      schema: COUNTS_SCHEMA,
      step: "export const steps = 1;\n"
    });
    await expect(build()).rejects.toThrow(
      "The step module queries/test/test_counts.step.ts does not export a `step` function."
    );
    // Nothing was published, and nothing was left beside the snapshot folder.
    await expect(readdir(b.config.snapshotDir)).rejects.toMatchObject({code: "ENOENT"});
    expect(await leftovers(b.config.snapshotDir)).toEqual([]);
  });

  it("writes byte-identical analysis files from the same inputs", async () => {
    await build();
    const first = await readSet(b.config.snapshotDir);
    await build({force: true});
    const second = await readSet(b.config.snapshotDir);
    delete first["manifest.json"];
    delete second["manifest.json"];
    // changes.json stays as it was: a rebuild that changed nothing adds no update.
    expect(Object.keys(second)).toEqual(["changes.json", "overview.json", "test_counts.json"]);
    expect(second).toEqual(first);
  });

  it("reuses everything when nothing changed, and explains why", async () => {
    await build();
    const result = await build({explain: true});
    expect(result.rebuilt).toEqual([]);
    expect(result.reused.sort()).toEqual(["overview", "test_counts"]);
    expect(result.manifest.timings.stages).not.toHaveProperty("fetch");
    expect(result.manifest.analyses.overview?.status).toBe("reused");
    expect(printed.map((l) => l.replace(/\s+/g, " "))).toEqual([
      "reuse overview unchanged",
      "reuse test_counts unchanged"
    ]);
    expect(result.manifest.staging.recipes?.funnel.at(-1)?.rowsAfter).toBe(33);
  });

  it("rebuilds every analysis when the date window changes, naming the setting", async () => {
    await build();
    const narrowed = await buildSnapshots(
      {root: b.root, config: {...b.config, dateMax: "2005-12-31"}, explain: true},
      effects
    );
    expect(narrowed.rebuilt.sort()).toEqual(["overview", "test_counts"]);
    expect(printed).toContainEqual(expect.stringMatching(/^rebuild test_counts +setting changed: DATA_DATE_MAX$/));
    // The cleaning ran again under the new window: fewer recipes survive it than the 33 of the default window.
    expect(narrowed.manifest.staging.recipes?.funnel.at(-1)?.rowsAfter).toBeLessThan(33);
    printed.length = 0;
    // Back to the default window: rebuilt again, then reused while nothing changes.
    expect((await build({explain: true})).rebuilt.sort()).toEqual(["overview", "test_counts"]);
    expect((await build()).rebuilt).toEqual([]);
  });

  it("rebuilds only the analysis whose query was touched", async () => {
    await build();
    await appendFile(path.join(b.root, "queries", "test", "test_counts.sql"), "\n-- touched\n");
    const result = await build({explain: true});
    expect(result.rebuilt).toEqual(["test_counts"]);
    expect(printed).toContainEqual(
      expect.stringMatching(/^rebuild test_counts +code changed: queries\/test\/test_counts\.sql$/)
    );
    // Only the recipes model is needed for it: the interactions file is not even loaded.
    expect(Object.keys(result.manifest.timings.stages).filter((s) => s.startsWith("clean:"))).toEqual([
      "clean:recipes"
    ]);
  });

  // The three layouts a SNAPSHOT_DIR can have before a build: none yet (a fresh checkout: the default), a plain
  // folder (a checkout from before the link, whose first publication turns it into the link) and a link the
  // operator made. After the first publication, every one is a link switched in one rename.
  const layouts: Array<[string, () => Promise<void>]> = [
    ["the default layout (no SNAPSHOT_DIR yet)", async () => undefined],
    [
      "a plain folder left by an earlier checkout",
      async () => {
        await mkdir(b.config.snapshotDir);
        await writeFile(path.join(b.config.snapshotDir, "old_analysis.json"), "{}");
        await writeFile(path.join(b.config.snapshotDir, ".gitignore"), "*\n!.gitignore\n");
      }
    ],
    [
      "a link the operator made",
      async () => {
        await mkdir(path.join(b.root, "initial-set"));
        await symlink("initial-set", b.config.snapshotDir);
      }
    ]
  ];

  it.each(layouts)("publishes %s by switching a link: the folder is never absent", async (_layout, arrange) => {
    await arrange();
    await build();
    let polls = 0;
    let absent = 0;
    let building = true;
    // Readers poll the published folder while two builds publish; bounded by the builds and a count.
    const reader = (async () => {
      while (building && polls < 1_000_000) {
        polls++;
        await stat(path.join(b.config.snapshotDir, ".")).catch(() => absent++);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    try {
      await build({force: true});
      await build({force: true});
    } finally {
      building = false;
      await reader;
    }
    expect(polls).toBeGreaterThan(10);
    expect(absent).toBe(0);
    expect((await lstat(b.config.snapshotDir)).isSymbolicLink()).toBe(true);
    const target = await readlink(b.config.snapshotDir);
    expect(target).toMatch(/^snapshots\.set-/);
    // Only the current set remains beside the link; a folder the operator first linked is left alone.
    expect(await leftovers(b.config.snapshotDir)).toEqual([]);
    if (await stat(path.join(b.root, "initial-set")).catch(() => undefined)) {
      expect(await readdir(path.join(b.root, "initial-set"))).toEqual([]);
    }
    // The old folder's snapshots are gone with it; its dotfiles are carried into every new set.
    const files = (await readdir(b.config.snapshotDir)).filter((f) => f !== ".gitignore");
    expect(files.sort()).toEqual(["changes.json", "manifest.json", "overview.json", "test_counts.json"]);
  });

  it("counts and reports kept interactions whose recipe the recipes file does not hold", async () => {
    expect((await build()).manifest.staging.interactions?.unknownRecipes).toBe(0);
    await writeFixtureParquet(b.dataDir, {
      interactionsSql: `select * from (values ${interactionsValuesSql()}, (11::bigint, 999::bigint, date '2010-05-05', 4::bigint, 'x'), (12::bigint, 999::bigint, date '2010-05-06', 5::bigint, 'y')) as t (${INTERACTION_COLUMNS})`
    });
    const warnings: string[] = [];
    const result = await buildSnapshots(
      {root: b.root, config: b.config, force: true},
      {...effects, logger: {...silentLogger, warn: (...args: unknown[]) => warnings.push(args.map(String).join(" "))}}
    );
    expect(result.manifest.staging.interactions?.unknownRecipes).toBe(2);
    expect(warnings).toContain(
      "2 kept interactions refer to 1 recipe id that RAW_recipes.parquet does not hold; the rating analyses keep them, the recipe analyses cannot see them"
    );
  });

  it("rebuilds the analyses that read a changed input, and only those", async () => {
    await b.writeAnalysis("test", "test_ratings", {
      sql: "select count(*) as recipes from interactions",
      schema: COUNTS_SCHEMA
    });
    await build();
    await writeFixtureParquet(b.dataDir, {
      recipesSql: `select * from (values ${recipesValuesSql()}) as t (${RECIPE_COLUMNS}) where id <> 40`
    });
    const result = await build({explain: true});
    expect(result.rebuilt.sort()).toEqual(["overview", "test_counts"]);
    expect(printed).toContainEqual(expect.stringMatching(/^rebuild test_counts +input changed: RAW_recipes\.parquet$/));
    expect(printed).toContainEqual(expect.stringMatching(/^reuse +test_ratings +unchanged$/));
    expect(JSON.parse(await readFile(path.join(b.config.snapshotDir, "test_counts.json"), "utf8"))).toEqual({
      rows: [{recipes: 32}]
    });
  });

  it("rebuilds a snapshot file that was altered or deleted after publication", async () => {
    await build();
    await writeFile(path.join(b.config.snapshotDir, "test_counts.json"), "{}");
    const result = await build({explain: true});
    expect(result.rebuilt).toEqual(["test_counts"]);
    expect(printed).toContainEqual(expect.stringMatching(/test_counts +snapshot file missing or altered/));
  });

  it("puts back a published set that a crash left aside while a plain folder became the link", async () => {
    // A plain folder, as a checkout from before the link has it, moved aside by a publication killed right after.
    await mkdir(b.config.snapshotDir);
    await build();
    const before = await readSet(b.config.snapshotDir);
    const set = path.resolve(b.root, await readlink(b.config.snapshotDir));
    await rm(b.config.snapshotDir);
    await rename(set, `${b.config.snapshotDir}.prev-99999`);
    const result = await build();
    expect(result.rebuilt).toEqual([]);
    const after = await readSet(b.config.snapshotDir);
    for (const file of ["overview.json", "test_counts.json"]) expect(after[file], file).toBe(before[file]);
    expect((await lstat(b.config.snapshotDir)).isSymbolicLink()).toBe(true);
    expect(await leftovers(b.config.snapshotDir)).toEqual([]);
  });

  describe("a failure publishes nothing and keeps the previous snapshots", () => {
    let published: Record<string, string>;
    beforeEach(async () => {
      await build();
      published = await readSet(b.config.snapshotDir);
    });

    async function expectUntouched(error: unknown): Promise<void> {
      expect(await readSet(b.config.snapshotDir)).toEqual(published);
      expect(await leftovers(b.config.snapshotDir)).toEqual([]);
      expect(error).toBeInstanceOf(Error);
    }

    it("on a missing column", async () => {
      await writeFixtureParquet(b.dataDir, {
        recipesSql: `select * exclude (minutes) from (values ${recipesValuesSql()}) as t (${RECIPE_COLUMNS})`
      });
      const error = await build().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputSchemaError);
      expect((error as InputSchemaError).message).toContain('RAW_recipes.parquet has no column "minutes"');
      await expectUntouched(error);
    });

    it("on a corrupt input file", async () => {
      await writeFile(path.join(b.dataDir, "RAW_interactions.parquet"), "not parquet at all");
      const error = await build().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputSchemaError);
      expect((error as InputSchemaError).exitCode).toBe(EXIT_CODES.schema);
      await expectUntouched(error);
    });

    it("on zero rows after cleaning", async () => {
      await writeFixtureParquet(b.dataDir, {
        recipesSql: `select * replace (0::bigint as minutes) from (values ${recipesValuesSql()}) as t (${RECIPE_COLUMNS})`
      });
      const error = await build().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QueryError);
      expect((error as QueryError).message).toContain("Cleaning removed every row of RAW_recipes.parquet");
      await expectUntouched(error);
    });

    it("on a query error, naming the query file", async () => {
      await b.writeAnalysis("test", "test_counts", {
        sql: "select count(*) as recipes from no_such_table",
        schema: COUNTS_SCHEMA
      });
      const error = await build().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QueryError);
      expect((error as QueryError).message).toMatch(
        /^The query "rows" of queries\/test\/test_counts\.sql failed: Catalog Error/
      );
      expect((error as QueryError).query).toBe("test_counts");
      await expectUntouched(error);
    });

    it("on a result that breaks its schema, naming the analysis, the schema and the path", async () => {
      await b.writeAnalysis("test", "test_counts", {sql: "select 0 as recipes", schema: COUNTS_SCHEMA});
      const error = await build().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SnapshotError);
      expect((error as SnapshotError).message).toBe(
        "The result of the analysis test_counts breaks its schema queries/test/test_counts.schema.ts at rows.0.recipes: Too small: expected number to be >0."
      );
      expect((error as SnapshotError).exitCode).toBe(EXIT_CODES.snapshot);
      await expectUntouched(error);
    });

    it("on a failing statistics step", async () => {
      await b.writeAnalysis("test", "test_counts", {
        sql: COUNTS_SQL,
        schema: COUNTS_SCHEMA,
        step: 'export function step() { throw new Error("not enough years for a fit"); }\n'
      });
      const error = await build().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QueryError);
      expect((error as QueryError).message).toBe(
        "The statistics step queries/test/test_counts.step.ts failed: not enough years for a fit"
      );
      await expectUntouched(error);
    });

    it("on a snapshot over the size limit", async () => {
      await b.writeAnalysis("test", "test_counts", {
        sql: "select 1 as recipes, repeat('x', 250000) as padding",
        schema: COUNTS_SCHEMA.replace("z.object({recipes", "z.object({padding: z.string(), recipes")
      });
      const error = await build().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SnapshotError);
      expect((error as SnapshotError).message).toMatch(
        /^The snapshot of test_counts is 250\.\d KB, over the 200\.0 KB limit\.$/
      );
      await expectUntouched(error);
    });
  });
});

describe("longestFirst", () => {
  it("orders the work by the previous build's times, longest first, unknown ones first, ties in catalogue order", () => {
    const plan = (name: string, ms?: number) => ({name, previous: ms === undefined ? undefined : {ms}});
    const order = longestFirst([plan("a", 10), plan("b", 300), plan("c"), plan("d", 10), plan("e", 40), plan("f")]);
    expect(order.map((p) => p.name)).toEqual(["c", "f", "b", "e", "a", "d"]);
  });
});
