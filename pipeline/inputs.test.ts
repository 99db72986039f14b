import {mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import path from "node:path";

import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {RECIPE_COLUMNS, recipesValuesSql, writeFixtureParquet} from "../test/fixtures.js";
import {RECIPES_FILE} from "./contract.js";
import {EXIT_CODES, InputSchemaError} from "./errors.js";
import {loadInput} from "./inputs.js";
import {sqlString, Warehouse} from "./warehouse.js";

const fixtureSelect = `select * from (values ${recipesValuesSql()}) as t (${RECIPE_COLUMNS})`;

describe("loadInput", () => {
  let dir: string;
  let warehouse: Warehouse;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "btk-inputs-"));
    warehouse = await Warehouse.open({threads: 1});
  });
  afterAll(async () => {
    warehouse.close();
    await rm(dir, {recursive: true, force: true});
  });

  async function writeRecipes(name: string, select: string): Promise<string> {
    const file = path.join(dir, name);
    await warehouse.run(`copy (${select}) to ${sqlString(file)} (format parquet)`);
    return file;
  }

  async function failure(file: string): Promise<InputSchemaError> {
    const error = await loadInput(warehouse, RECIPES_FILE, file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputSchemaError);
    expect((error as InputSchemaError).exitCode).toBe(EXIT_CODES.schema);
    return error as InputSchemaError;
  }

  it("accepts the contract, counts rows from metadata and exposes only contract columns", async () => {
    await writeFixtureParquet(dir);
    const loaded = await loadInput(warehouse, RECIPES_FILE, path.join(dir, "RAW_recipes.parquet"));
    expect(loaded).toEqual({file: "RAW_recipes.parquet", rows: 45});
    const columns = (await warehouse.rows("describe raw_recipes")).map((c) => c.column_name);
    expect(columns).toEqual(RECIPE_COLUMNS.split(", "));
  });

  it("accepts narrower integer types and ignores extra columns", async () => {
    const file = await writeRecipes(
      "narrow.parquet",
      `select * replace (minutes::integer as minutes), 'extra' as extra from (${fixtureSelect})`
    );
    await expect(loadInput(warehouse, RECIPES_FILE, file)).resolves.toEqual({file: "RAW_recipes.parquet", rows: 45});
    const columns = (await warehouse.rows("describe raw_recipes")).map((c) => c.column_name);
    expect(columns).not.toContain("extra");
  });

  it("names the file, the missing column and its expected type", async () => {
    const file = await writeRecipes("missing.parquet", `select * exclude (minutes) from (${fixtureSelect})`);
    const error = await failure(file);
    expect(error.message).toBe('The input file RAW_recipes.parquet has no column "minutes" (expected BIGINT).');
    expect(error.file).toBe("RAW_recipes.parquet");
    expect(error.column).toBe("minutes");
    expect(error.hint).toContain("name, id, minutes, contributor_id");
  });

  it("points at a column that differs only by case", async () => {
    const file = await writeRecipes("case.parquet", `select * rename (minutes as Minutes) from (${fixtureSelect})`);
    const error = await failure(file);
    expect(error.hint).toBe('A column "Minutes" exists: column names are case-sensitive; rename it to "minutes".');
  });

  it("names the column, the expected and the found type", async () => {
    const file = await writeRecipes(
      "type.parquet",
      `select * replace (submitted::varchar as submitted) from (${fixtureSelect})`
    );
    const error = await failure(file);
    expect(error.message).toBe(
      'The column "submitted" of RAW_recipes.parquet has type VARCHAR, but the contract expects DATE.'
    );
    expect(error.column).toBe("submitted");
  });

  it("rejects an empty file and a corrupt file as unreadable Parquet", async () => {
    const empty = path.join(dir, "empty.parquet");
    await writeFile(empty, "");
    expect((await failure(empty)).message).toMatch(
      /^The input file RAW_recipes\.parquet \(.*empty\.parquet\) cannot be read as Parquet/
    );
    const corrupt = path.join(dir, "corrupt.parquet");
    await writeFile(corrupt, Buffer.concat([Buffer.from("PAR1"), Buffer.alloc(64, 7), Buffer.from("PAR1")]));
    const error = await failure(corrupt);
    expect(error.message).toContain("cannot be read as Parquet");
    expect(error.hint).toMatch(/empty, truncated or not Parquet/);
  });

  it("rejects a Parquet file with no rows", async () => {
    const file = await writeRecipes("zero.parquet", `${fixtureSelect} limit 0`);
    const error = await failure(file);
    expect(error.message).toBe("The input file RAW_recipes.parquet has no rows.");
  });
});
