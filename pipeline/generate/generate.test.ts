import {createHash} from "node:crypto";
import {mkdtemp, readdir, readFile, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import path from "node:path";

import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {CONTRACT, INTERACTIONS_FILE, RECIPES_FILE, WRITTEN_TYPE} from "../contract.js";
import {ConfigurationError} from "../errors.js";
import {silentLogger} from "../log.js";
import {generateDataset, type GenerateResult, generatorMemoryLimit, recipesPerBatch} from "./generate.js";
import {parsePythonList, query} from "./testing.js";

const SCALE = 0.02;
let root: string;
let first: GenerateResult;
let again: GenerateResult;
let otherSeed: GenerateResult;

const sha256 = async (file: string) =>
  createHash("sha256")
    .update(await readFile(file))
    .digest("hex");
const recipes = () => `read_parquet('${first.files[0].path}')`;
const interactions = () => `read_parquet('${first.files[1].path}')`;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "generate-test-"));
  first = await generateDataset({outDir: path.join(root, "a"), seed: 7, scale: SCALE});
  again = await generateDataset({outDir: path.join(root, "b"), seed: 7, scale: SCALE});
  otherSeed = await generateDataset({outDir: path.join(root, "c"), seed: 8, scale: SCALE});
});

afterAll(async () => {
  await rm(root, {recursive: true, force: true});
});

describe("generateDataset", () => {
  it("writes the two contract files with scaled row counts", async () => {
    expect(first.files.map((f) => f.name)).toEqual([RECIPES_FILE.file, INTERACTIONS_FILE.file]);
    expect(first.files[0].rows).toBe(Math.round(231_637 * SCALE));
    expect(first.files[1].rows).toBe(Math.round(1_132_367 * SCALE));
    expect(first.files.every((f) => f.bytes > 1000)).toBe(true);
    // No temporary file is left behind.
    expect((await readdir(path.join(root, "a"))).sort()).toEqual([INTERACTIONS_FILE.file, RECIPES_FILE.file]);
  });

  it("is deterministic: the same seed and scale give byte-identical files", async () => {
    for (const [a, b] of first.files.map((f, i) => [f.path, again.files[i].path]))
      expect(await sha256(a)).toBe(await sha256(b));
  });

  it("gives the same bytes under a tight memory limit and leaves no spill folder", async () => {
    // The output does not depend on the memory the run is given (spilling changes no byte), and the spill folder goes.
    const tight = await generateDataset({outDir: path.join(root, "tight"), seed: 7, scale: SCALE, memoryLimit: "64MB"});
    for (const [a, b] of first.files.map((f, i) => [f.path, tight.files[i].path]))
      expect(await sha256(a)).toBe(await sha256(b));
    expect((await readdir(path.join(root, "tight"))).sort()).toEqual([INTERACTIONS_FILE.file, RECIPES_FILE.file]);
  });

  it("gives the same bytes when the recipes are drawn in batches", async () => {
    // Every year of this scale is small (systematic sampling over the whole year), so each batch holds whole years.
    const stages: string[] = [];
    const logger = {...silentLogger, debug: (line: string) => stages.push(line)};
    const batched = await generateDataset({
      outDir: path.join(root, "batched"),
      seed: 7,
      scale: SCALE,
      recipesPerBatch: 500,
      logger
    });
    const batches = new Set(stages.flatMap((line) => /^generate recipes (\d+\/\d+):/.exec(line)?.[1] ?? []));
    expect(batches.size).toBeGreaterThan(3);
    for (const [a, b] of first.files.map((f, i) => [f.path, batched.files[i].path]))
      expect(await sha256(a)).toBe(await sha256(b));
  });

  it("sizes the recipe batches by the memory limit: a scale-1 data set at once under the default", () => {
    expect(recipesPerBatch(generatorMemoryLimit("1536MB"))).toBe(230_400);
    expect(recipesPerBatch(generatorMemoryLimit("4GB"))).toBe(600_000);
    expect(recipesPerBatch(generatorMemoryLimit("64MB"))).toBe(12_800);
  });

  it("gives DuckDB three quarters of the configured memory limit, and refuses a limit that is not a size", () => {
    expect(generatorMemoryLimit("1536MB")).toBe("1152MB");
    expect(generatorMemoryLimit("2GiB")).toBe("1610MB");
    expect(generatorMemoryLimit(" 1 gb ")).toBe("750MB");
    expect(generatorMemoryLimit("10MB")).toBe("64MB");
    expect(() => generatorMemoryLimit("lots")).toThrow(ConfigurationError);
    expect(() => generatorMemoryLimit("1536")).toThrow(/DUCKDB_MEMORY_LIMIT/);
  });

  it("gives different data for a different seed", async () => {
    for (const [a, b] of first.files.map((f, i) => [f.path, otherSeed.files[i].path]))
      expect(await sha256(a)).not.toBe(await sha256(b));
    const [row] =
      await query(`select count(*) as same from ${recipes()} a join read_parquet('${otherSeed.files[0].path}') b using (id)
      where a.minutes = b.minutes and a.ingredients = b.ingredients`);
    expect(row.same).toBeLessThan(5);
  });

  it("has exactly the contract columns, in order, with the written types", async () => {
    for (const [k, file] of CONTRACT.entries()) {
      const rows = await query(`describe select * from read_parquet('${first.files[k].path}')`);
      expect(rows.map((r) => [r.column_name, r.column_type])).toEqual(
        file.columns.map((c) => [c.name, WRITTEN_TYPE[c.family]])
      );
    }
  });

  it("writes Python-list strings that parse, with counts matching the lists", async () => {
    const rows = await query(`select tags, steps, ingredients, nutrition, n_steps, n_ingredients from ${recipes()}`);
    let apostropheItems = 0;
    for (const row of rows) {
      const tags = parsePythonList(row.tags as string);
      const steps = parsePythonList(row.steps as string);
      const ingredients = parsePythonList(row.ingredients as string);
      expect(steps.length).toBe(row.n_steps);
      expect(ingredients.length).toBe(row.n_ingredients);
      expect(new Set(ingredients).size).toBe(ingredients.length);
      expect(tags.length).toBeGreaterThan(0);
      const nutrition = JSON.parse(row.nutrition as string) as number[];
      expect(nutrition).toHaveLength(7);
      expect(nutrition.every((v) => Number.isFinite(v) && v >= 0)).toBe(true);
      expect(row.nutrition).toMatch(/^\[\d+\.\d(, \d+\.\d){6}\]$/);
      apostropheItems += [...ingredients, ...steps].filter((item) => item.includes("'")).length;
    }
    expect(apostropheItems).toBeGreaterThan(0);
    // An item with an apostrophe is written the Python-repr way, in double quotes.
    const [quoted] = await query(
      `select count(*) as n from ${recipes()} where contains(ingredients, '"confectioners'' sugar"')`
    );
    expect(quoted.n).toBeGreaterThan(0);
    const [unquoted] = await query(
      `select count(*) as n from ${recipes()} where contains(ingredients, '''confectioners'' sugar''')`
    );
    expect(unquoted.n).toBe(0);
  });

  it("tag lists open with the time tag", async () => {
    const rows = await query(`select tags from ${recipes()} limit 200`);
    const timeTags = [
      "15-minutes-or-less",
      "30-minutes-or-less",
      "60-minutes-or-less",
      "4-hours-or-less",
      "1-day-or-more"
    ];
    for (const row of rows) expect(timeTags).toContain(parsePythonList(row.tags as string)[0]);
  });

  it("carries the dirt the cleaning must handle", async () => {
    const [r] = await query(`select
        count(*) filter (where name is null) as null_names,
        count(*) filter (where description is null) as null_descriptions,
        count(*) filter (where description = '') as empty_descriptions,
        count(*) filter (where minutes = 0) as zero_minutes,
        count(*) filter (where minutes > 180) as long_minutes,
        max(minutes) as max_minutes,
        count(*) filter (where submitted is null) as null_dates,
        count(*) filter (where regexp_matches(name, '[^\\x00-\\x7F]')) as unicode_names
      from ${recipes()}`);
    expect(r.null_names).toBe(1);
    expect(r.null_descriptions).toBeGreaterThan(0);
    expect(r.empty_descriptions).toBeGreaterThanOrEqual(0);
    expect(r.zero_minutes).toBeGreaterThan(0);
    expect(r.long_minutes).toBeGreaterThan(0);
    expect(r.max_minutes).toBe(2147483647);
    expect(r.null_dates).toBe(0);
    expect(r.unicode_names).toBeGreaterThan(0);

    const [i] = await query(`select
        (select count(*) from (select user_id, recipe_id, date, rating, review, count(*) as c from ${interactions()} group by all having c > 1)) as duplicated,
        count(*) filter (where rating = 0) as unrated,
        count(*) filter (where date is null) as null_dates,
        count(*) filter (where contains(review, chr(10))) as newlines,
        count(*) filter (where contains(review, '"')) as double_quotes,
        count(*) filter (where contains(review, '''')) as apostrophes,
        count(*) filter (where contains(review, ',')) as commas,
        count(*) filter (where contains(review, '&amp;')) as entities
      from ${interactions()}`);
    expect(i.duplicated).toBe(Math.round(350 * SCALE));
    expect(i.unrated).toBeGreaterThan(0);
    expect(i.null_dates).toBe(0);
    for (const key of ["newlines", "double_quotes", "apostrophes", "commas", "entities"])
      expect(i[key]).toBeGreaterThan(0);
  });

  it("rates only existing recipes, on or after they were posted", async () => {
    const [r] = await query(`select
        count(*) filter (where r.id is null) as orphans,
        count(*) filter (where i.date < r.submitted) as early,
        min(i.date)::varchar as first_day,
        max(i.date)::varchar as last_day
      from ${interactions()} i left join ${recipes()} r on r.id = i.recipe_id`);
    expect(r.orphans).toBe(0);
    expect(r.early).toBe(0);
    expect(r.first_day).toBe("2000-01-25");
    expect(r.last_day).toBe("2018-12-20");
  });

  it("refuses a bad seed or scale without writing anything", async () => {
    const outDir = path.join(root, "refused");
    await expect(generateDataset({outDir, seed: 1.5, scale: 0.01})).rejects.toBeInstanceOf(ConfigurationError);
    await expect(generateDataset({outDir, seed: 1, scale: 0})).rejects.toBeInstanceOf(ConfigurationError);
    await expect(generateDataset({outDir, seed: 1, scale: Number.NaN})).rejects.toBeInstanceOf(ConfigurationError);
    await expect(generateDataset({outDir, seed: 1, scale: 25.5})).rejects.toThrow(
      "The data scale must be a number above 0 and at most 25, got 25.5."
    );
    await expect(readdir(outDir)).rejects.toThrow();
  });
});
