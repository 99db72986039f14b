import {mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import path from "node:path";

import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {CONTRACT} from "./contract.js";
import {InputSchemaError, SourceError} from "./errors.js";
import {importCsv} from "./importCsv.js";
import {loadInput} from "./inputs.js";
import {silentLogger} from "./log.js";
import {Warehouse} from "./warehouse.js";

// Two rows in the Kaggle files' own format: Python-list strings, quoted fields with commas, quotes and newlines.
const RECIPES_CSV = `name,id,minutes,contributor_id,submitted,tags,nutrition,n_steps,steps,description,ingredients,n_ingredients
arriba   baked winter squash mexican style,137739,55,47892,2005-09-16,"['60-minutes-or-less', 'time-to-make']","[51.5, 0.0, 13.0, 0.0, 2.0, 0.0, 4.0]",2,"['make a choice', 'bake']","autumn is my favorite time of year to cook! this recipe
can be prepared several ways","['winter squash', ""confectioners' sugar""]",2
,31490,30,26278,2003-02-01,"['easy']","[173.4, 18.0, 0.0, 17.0, 22.0, 35.0, 1.0]",1,"['mix']",,"['salt']",1
`;
const INTERACTIONS_CSV = `user_id,recipe_id,date,rating,review
38094,40893,2003-02-17,4,"Great with a salad. ""Cooked"" it,
twice."
1293707,40893,2011-12-21,0,
`;

describe("importCsv", () => {
  let csvDir: string;
  let outDir: string;
  beforeAll(async () => {
    csvDir = await mkdtemp(path.join(tmpdir(), "btk-csv-"));
    outDir = path.join(csvDir, "out");
  });
  afterAll(() => rm(csvDir, {recursive: true, force: true}));

  it("converts the Kaggle CSVs to Parquet files that pass the contract, keeping quotes and newlines", async () => {
    await writeFile(path.join(csvDir, "RAW_recipes.csv"), RECIPES_CSV);
    await writeFile(path.join(csvDir, "RAW_interactions.csv"), INTERACTIONS_CSV);
    const files = await importCsv({csvDir, outDir, logger: silentLogger});
    expect(files.map((f) => f.name)).toEqual(["RAW_recipes.parquet", "RAW_interactions.parquet"]);
    const warehouse = await Warehouse.open({threads: 1});
    try {
      for (const [i, contract] of CONTRACT.entries()) {
        expect(await loadInput(warehouse, contract, files[i]!.path)).toEqual({file: contract.file, rows: 2});
      }
      const recipes = await warehouse.rows(
        "select name, id, submitted, description, ingredients from raw_recipes order by id"
      );
      expect(recipes[0]).toEqual({
        name: null,
        id: 31490,
        submitted: "2003-02-01",
        description: null,
        ingredients: "['salt']"
      });
      expect(recipes[1]?.description).toBe(
        "autumn is my favorite time of year to cook! this recipe\ncan be prepared several ways"
      );
      expect(recipes[1]?.ingredients).toBe(`['winter squash', "confectioners' sugar"]`);
      const reviews = await warehouse.rows("select rating, review from raw_interactions order by rating desc");
      expect(reviews).toEqual([
        {rating: 4, review: 'Great with a salad. "Cooked" it,\ntwice.'},
        {rating: 0, review: null}
      ]);
    } finally {
      warehouse.close();
    }
  });

  it("names a missing CSV file", async () => {
    const empty = await mkdtemp(path.join(tmpdir(), "btk-csv-empty-"));
    const error = await importCsv({csvDir: empty, outDir, logger: silentLogger}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).message).toBe(`The CSV file RAW_recipes.csv is not in ${empty}.`);
    await rm(empty, {recursive: true});
  });

  it("names the file when a value does not fit its column type", async () => {
    await writeFile(path.join(csvDir, "RAW_recipes.csv"), RECIPES_CSV.replace("137739,55", "137739,fifty-five"));
    const error = await importCsv({csvDir, outDir, logger: silentLogger}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputSchemaError);
    expect((error as InputSchemaError).message).toMatch(
      /^The CSV file RAW_recipes\.csv does not match the Food\.com columns/
    );
    expect((error as InputSchemaError).hint).toBe(
      "Its header must be: name,id,minutes,contributor_id,submitted,tags,nutrition,n_steps,steps,description,ingredients,n_ingredients."
    );
  });
});
