import {mkdir, readFile, rm, writeFile} from "node:fs/promises";
import path from "node:path";

import {afterEach, beforeEach, describe, expect, it} from "vitest";

import type {BuildRoot} from "../test/buildRoot.js";
import {COUNTS_SCHEMA, createBuildRoot} from "../test/buildRoot.js";
import {
  discoverAnalyses,
  expandIncludes,
  explainChange,
  fingerprint,
  loadAnalysisModules,
  modelsReadBy,
  parseNamedQueries
} from "./analyses.js";
import {ConfigurationError} from "./errors.js";

describe("parseNamedQueries", () => {
  it("treats an unnamed file as the single query rows, without its trailing semicolon", () => {
    expect(parseNamedQueries("select 1;\n", "a.sql")).toEqual([{key: "rows", sql: "select 1"}]);
  });

  it("splits named blocks in order", () => {
    const sql = "-- leading comment\n-- name: first\nselect 1;\n\n-- name: second_one\nselect 2\n";
    expect(parseNamedQueries(sql, "a.sql")).toEqual([
      {key: "first", sql: "select 1"},
      {key: "second_one", sql: "select 2"}
    ]);
  });

  it("rejects empty files, empty blocks and duplicated names", () => {
    expect(() => parseNamedQueries("  \n", "a.sql")).toThrow("The query file a.sql is empty.");
    expect(() => parseNamedQueries("-- name: x\n;\n", "a.sql")).toThrow('The query "x" in a.sql is empty.');
    expect(() => parseNamedQueries("-- name: x\nselect 1;\n-- name: x\nselect 2", "a.sql")).toThrow(
      'The query name "x" appears twice in a.sql.'
    );
  });
});

describe("modelsReadBy", () => {
  const names = (sql: string) => modelsReadBy(sql).map((m) => m.name);

  it("finds the tables named after from and join", () => {
    expect(names("select * from recipes")).toEqual(["recipes"]);
    expect(names("select * from interactions i join recipes r on r.id = i.recipe_id")).toEqual([
      "recipes",
      "interactions"
    ]);
    expect(names("select rule from recipe_funnel union all select rule from interaction_funnel")).toEqual([
      "recipes",
      "interactions"
    ]);
    expect(names("FROM raw_interactions")).toEqual(["interactions"]);
    // The item index's tables are the recipes model's: it builds them on the cleaned recipes.
    expect(names("select item from analysed_item_counts")).toEqual(["recipes"]);
  });

  it("ignores columns, aliases, comments and strings that look like table names", () => {
    expect(names("select count(*) as recipes from interactions")).toEqual(["interactions"]);
    expect(
      names("-- from recipes\nselect 'from recipes' as label, extract(year from submitted) from interactions")
    ).toEqual(["interactions"]);
  });
});

describe("explainChange", () => {
  const current = {
    key: "k2",
    dependencies: {"queries/a/a.sql": "h2", "RAW_recipes.parquet": "e1:10", "pipeline/stats/x.ts": "s"}
  };

  it("reuses an unchanged key and explains every kind of change", () => {
    expect(explainChange(current, undefined)).toBe("no previous snapshot");
    expect(explainChange(current, {key: "k2"})).toBeUndefined();
    expect(
      explainChange(current, {
        key: "k1",
        dependencies: {
          "queries/a/a.sql": "h1",
          "RAW_recipes.parquet": "e0:10",
          "pipeline/stats/x.ts": "s",
          "old.ts": "o"
        }
      })
    ).toBe("input changed: RAW_recipes.parquet; code changed: queries/a/a.sql; dependency dropped: old.ts");
    expect(explainChange(current, {key: "k1", dependencies: {...current.dependencies}})).toBe("key changed");
  });
});

describe("discoverAnalyses", () => {
  let b: BuildRoot;
  beforeEach(async () => {
    b = await createBuildRoot();
  });
  afterEach(() => b.cleanup());

  it("finds analyses by page with their code files (the module graph), models and staging SQL", async () => {
    await b.writeAnalysis("test", "test_counts", {
      sql: "select count(*) as recipes from recipes",
      schema: COUNTS_SCHEMA
    });
    await writeFile(path.join(b.root, "queries", "test", "_shared.ts"), "export const x = 1;\n");
    const analyses = await discoverAnalyses(b.root);
    expect(analyses.map((a) => [a.page, a.name])).toEqual([
      ["overview", "overview"],
      ["test", "test_counts"]
    ]);
    const counts = analyses[1]!;
    expect(counts.models.map((m) => m.name)).toEqual(["recipes"]);
    expect(counts.stepFile).toBeUndefined();
    // A helper of the folder that nothing imports is not in the key: the key is the module graph.
    expect(counts.codeFiles).toEqual([
      "queries/test/test_counts.sql",
      "queries/test/test_counts.schema.ts",
      "queries/staging/recipes.sql",
      "queries/staging/items.sql",
      "pipeline/warehouse.ts",
      "pipeline/serialize.ts",
      "pipeline/analyses.ts"
    ]);
    // The overview's step brings the modules it imports into the key, and no statistics module it does not use.
    expect(analyses[0]!.codeFiles).toContain("pipeline/narrative.ts");
    expect(analyses[0]!.codeFiles).not.toContain("pipeline/stats/regression.ts");
  });

  it("refuses a missing file, a non-snake-case name and a name used twice", async () => {
    const page = path.join(b.root, "queries", "test", "page.ts");
    await b.writeAnalysis("test", "test_a", {sql: "select 1", schema: COUNTS_SCHEMA});
    await rm(path.join(b.root, "queries", "test", "test_a.schema.ts"));
    await expect(discoverAnalyses(b.root)).rejects.toThrow(
      "The analysis test_a of queries/test/page.ts names the schema file queries/test/test_a.schema.ts, which does not exist."
    );
    await b.writeAnalysis("test", "test_a", {sql: "select 1", schema: COUNTS_SCHEMA});
    const good = await readFile(page, "utf8");
    await writeFile(page, good.replace('"name":"test_a"', '"name":"Test-B"'));
    await expect(discoverAnalyses(b.root)).rejects.toThrow(
      'The analysis "Test-B" of queries/test/page.ts has a name that is not snake_case.'
    );
    await writeFile(page, good);
    await b.writeAnalysis("other", "test_a", {sql: "select 1", schema: COUNTS_SCHEMA});
    const error = await discoverAnalyses(b.root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe(
      'Two analyses are named "test_a": in queries/test/page.ts and in queries/other/page.ts.'
    );
  });

  it("lists only what the catalogue names: a SQL file without an entry is not an analysis", async () => {
    await b.writeAnalysis("test", "test_counts", {
      sql: "select count(*) as recipes from recipes",
      schema: COUNTS_SCHEMA
    });
    await writeFile(path.join(b.root, "queries", "test", "test_stray.sql"), "select 1");
    expect((await discoverAnalyses(b.root)).map((a) => a.name)).toEqual(["overview", "test_counts"]);
    await b.removeAnalysis("test", "test_counts");
    expect((await discoverAnalyses(b.root)).map((a) => a.name)).toEqual(["overview"]);
  });

  it("explains a missing or malformed catalogue file", async () => {
    await writeFile(path.join(b.root, "queries", "pages.ts"), 'export const pages = ["overview", "nowhere"];\n');
    await expect(discoverAnalyses(b.root)).rejects.toThrow(
      "The catalogue file queries/nowhere/page.ts does not exist."
    );
    await writeFile(path.join(b.root, "queries", "pages.ts"), "export const folders = [];\n");
    await expect(discoverAnalyses(b.root)).rejects.toThrow(
      "The catalogue file queries/pages.ts does not export `pages`, a list of folders."
    );
    await writeFile(path.join(b.root, "queries", "pages.ts"), 'export const pages = ["overview"];\n');
    await writeFile(path.join(b.root, "queries", "overview", "page.ts"), 'export const page = {page: "home"};\n');
    await expect(discoverAnalyses(b.root)).rejects.toThrow(
      'The catalogue file queries/overview/page.ts does not export `page` for the page "overview".'
    );
  });

  it("refuses a schema module without schema and a step module without step", async () => {
    await b.writeAnalysis("test", "test_a", {sql: "select 1", schema: "export const shape = 1;\n"});
    let [, analysis] = await discoverAnalyses(b.root);
    await expect(loadAnalysisModules(b.root, analysis!)).rejects.toThrow(
      "The schema module queries/test/test_a.schema.ts does not export `schema`."
    );
    await b.writeAnalysis("test", "test_a", {
      sql: "select 1",
      schema: COUNTS_SCHEMA,
      step: "export const steps = 1;\n"
    });
    [, analysis] = await discoverAnalyses(b.root);
    await expect(loadAnalysisModules(b.root, analysis!)).rejects.toThrow(
      "The step module queries/test/test_a.step.ts does not export a `step` function."
    );
  });
});

describe("twins", () => {
  let b: BuildRoot;
  beforeEach(async () => {
    b = await createBuildRoot();
    await b.writeAnalysis("test", "test_tags", {sql: "select 1", schema: COUNTS_SCHEMA});
    await writeFile(
      path.join(b.root, "queries", "test", "_items.sql"),
      "-- shared\nselect sum(recipes) as recipes from analysed_item_counts where kind = '{{ items }}'\n"
    );
  });
  afterEach(() => b.cleanup());

  const writeTwins = (params: Array<Record<string, string>>) =>
    writeFile(
      path.join(b.root, "queries", "test", "page.ts"),
      `export const page = ${JSON.stringify({
        page: "test",
        analyses: params.map((p, i) => ({
          name: `test_${i}`,
          sql: "_items.sql",
          params: p,
          schema: "test_tags.schema.ts"
        }))
      })};\n`
    );

  it("share one SQL file, each with its parameters set, in the key, and the file is never an analysis itself", async () => {
    await writeTwins([{items: "tags"}, {items: "ingredients"}]);
    const analyses = await discoverAnalyses(b.root, {pages: ["test"]});
    expect(analyses.map((a) => a.name)).toEqual(["test_0", "test_1"]);
    expect(analyses[0]!.queries[0]!.sql).toBe(
      "-- shared\nselect sum(recipes) as recipes from analysed_item_counts where kind = 'tags'"
    );
    expect(analyses[1]!.queries[0]!.sql).toContain("kind = 'ingredients'");
    expect(analyses[0]!.codeFiles).toContain("queries/test/_items.sql");
    expect(analyses[0]!.models.map((m) => m.name)).toEqual(["recipes"]);
    const [tags, ingredients] = await Promise.all(analyses.map((a) => fingerprint(b.root, a, [])));
    expect(tags!.dependencies["param:items"]).toBe("tags");
    expect(tags!.key).not.toBe(ingredients!.key);
    expect(explainChange(ingredients!, tags)).toBe("parameter changed: items");
  });

  it("explains a placeholder without a value", async () => {
    await writeTwins([{list: "tags"}]);
    await expect(discoverAnalyses(b.root, {pages: ["test"]})).rejects.toThrow(
      "The analysis test_0 reads queries/test/_items.sql, which needs a value for {{ items }}."
    );
  });
});

describe("expandIncludes", () => {
  let b: BuildRoot;
  beforeEach(async () => {
    b = await createBuildRoot();
    await mkdir(path.join(b.root, "queries", "test"), {recursive: true});
    await writeFile(
      path.join(b.root, "queries", "test", "_items.sql"),
      "-- shared\nselect sum(recipes) as recipes from analysed_item_counts where kind = '{{ items }}'\n"
    );
  });
  afterEach(() => b.cleanup());

  it("replaces the include line with the shared file, its placeholders set", async () => {
    const dir = path.join(b.root, "queries", "test");
    const result = await expandIncludes("-- Tags.\n-- include: _items.sql (items = tags)\n", dir, "queries/test/t.sql");
    expect(result).toEqual({
      sql: "-- Tags.\n-- shared\nselect sum(recipes) as recipes from analysed_item_counts where kind = 'tags'\n",
      included: ["queries/test/_items.sql"]
    });
  });

  it("makes the shared file part of the key of every analysis including it, and never an analysis itself", async () => {
    await b.writeAnalysis("test", "test_tags", {sql: "-- include: _items.sql (items = tags)\n", schema: COUNTS_SCHEMA});
    const analyses = await discoverAnalyses(b.root, {pages: ["test"]});
    expect(analyses.map((a) => a.name)).toEqual(["test_tags"]);
    expect(analyses[0]!.codeFiles).toContain("queries/test/_items.sql");
    expect(analyses[0]!.models.map((m) => m.name)).toEqual(["recipes"]);
  });

  it("explains a missing value, a missing file and a name that is not a shared file", async () => {
    const dir = path.join(b.root, "queries", "test");
    await expect(expandIncludes("-- include: _items.sql\n", dir, "t.sql")).rejects.toThrow(
      "The file t.sql includes _items.sql without a value for {{ items }}."
    );
    await expect(expandIncludes("-- include: _nope.sql (a = b)\n", dir, "t.sql")).rejects.toThrow(
      "The file t.sql includes _nope.sql, which does not exist in its folder."
    );
    await expect(expandIncludes("-- include: ../x.sql\n", dir, "t.sql")).rejects.toThrow(
      'The include "../x.sql" in t.sql is not a shared SQL file of its folder.'
    );
  });
});
