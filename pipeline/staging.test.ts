import {cp, mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import path from "node:path";

import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {
  EXPECTED_INTERACTION_FUNNEL,
  EXPECTED_RECIPE_FUNNEL,
  INTERACTION_COLUMNS,
  fixtureRecipes,
  interactionsValuesSql,
  RECIPE_COLUMNS,
  recipesValuesSql
} from "../test/fixtures.js";
import {QueryError} from "./errors.js";
import {parsePythonList} from "./generate/testing.js";
import type {DateWindow, StagingResult} from "./staging.js";
import {disorderedRowsSql, putInOrder, runIndex, runStaging, STAGING_MODELS} from "./staging.js";
import {Warehouse} from "./warehouse.js";

const root = process.cwd();

/**
 * How many kept recipes list each item of a kind, from the item index (item_counts): no table keeps a recipe's
 * items, so a parsed list is seen through the counts. Items the fixture gives every recipe are left out when listed.
 */
async function recipesWith(
  warehouse: Warehouse,
  kind: "tags" | "ingredients",
  without: readonly string[] = []
): Promise<Record<string, number>> {
  const rows = await warehouse.rows(
    `select item, sum(recipes)::int as n from item_counts where kind = '${kind}' group by item order by item`
  );
  return Object.fromEntries(rows.filter((r) => !without.includes(String(r.item))).map((r) => [r.item, r.n]));
}

/** The fixture's own tags, on every recipe it does not change. */
const FIXTURE_TAGS = ["easy", "main-dish", "tag-0", "tag-1", "tag-2"];

const [recipesModel, interactionsModel] = STAGING_MODELS as [(typeof STAGING_MODELS)[0], (typeof STAGING_MODELS)[1]];

/** The recipes' cleaning then their item index, as the build runs them. */
async function cleanAndIndex(warehouse: Warehouse, window?: DateWindow): Promise<StagingResult> {
  const result = await runStaging(warehouse, root, recipesModel, window);
  await runIndex(warehouse, root, recipesModel);
  return result;
}

describe("staging on the hand-written fixture", () => {
  let warehouse: Warehouse;

  beforeAll(async () => {
    warehouse = await Warehouse.open({threads: 1});
    await warehouse.run(
      `create view raw_recipes as select * from (values ${recipesValuesSql()}) as t (${RECIPE_COLUMNS})`
    );
    await warehouse.run(
      `create view raw_interactions as select * from (values ${interactionsValuesSql()}) as t (${INTERACTION_COLUMNS})`
    );
  });
  afterAll(() => warehouse.close());

  it("removes recipes rule by rule with the counts worked out by hand", async () => {
    const result = await cleanAndIndex(warehouse);
    expect(result.funnel).toEqual(EXPECTED_RECIPE_FUNNEL);
    const [bounds] = await warehouse.rows("select * from recipe_bounds");
    expect(bounds).toEqual({steps_low: 2, steps_high: 11, ingredients_low: 3, ingredients_high: 9});
    const ids = (await warehouse.rows("select id from recipes order by id")).map((r) => r.id);
    expect(ids).toEqual([4, 5, 6, 7, 8, 9, ...Array.from({length: 27}, (_, i) => i + 14)]);
    expect(result.latestDate).toBe("2006-12-15");
  });

  it("removes a recipe without n_ingredients by the bounds rule, as before the item index was a stage of its own", async () => {
    const missing = await Warehouse.open({threads: 1});
    try {
      // id 8 (4 ingredients, kept above) loses its count. The bounds read the 40 other counts and stay [3, 9]: the
      // second smallest is still 3 and the second largest 9.
      await missing.run(
        `create view raw_recipes as select * replace (case when id = 8 then null else n_ingredients end as n_ingredients) from (values ${recipesValuesSql()}) as t (${RECIPE_COLUMNS})`
      );
      const result = await runStaging(missing, root, recipesModel);
      const after = new Map(result.funnel.map((step) => [step.rule, step.rowsAfter]));
      expect(after.get("minutes_out_of_range")).toBe(41);
      expect(result.funnel.find((step) => step.rule === "steps_or_ingredients_outlier")).toEqual({
        rule: "steps_or_ingredients_outlier",
        rowsAfter: 36,
        removed: 5
      });
      expect(after.get("malformed_list")).toBe(32);
      const [bounds] = await missing.rows("select ingredients_low, ingredients_high from recipe_bounds");
      expect(bounds).toEqual({ingredients_low: 3, ingredients_high: 9});
      const ids = (await missing.rows("select id from recipes order by id")).map((r) => Number(r.id));
      expect(ids).toEqual([4, 5, 6, 7, 9, ...Array.from({length: 27}, (_, i) => i + 14)]);
    } finally {
      missing.close();
    }
  });

  it("parses list strings keeping apostrophes inside items, lower-cased, trimmed, once per recipe", async () => {
    // Only id 4 lists these ingredients (butter twice, "Milk " with a capital and a space); every kept recipe (33)
    // lists "Main-Dish " and "easy" once, and one of three numbered tags.
    const ingredients = await recipesWith(warehouse, "ingredients", [
      "salt",
      ...[0, 1, 2, 3].map((i) => `ingredient ${i}`)
    ]);
    expect(ingredients).toEqual({butter: 1, "confectioners' sugar": 1, milk: 1});
    const tags = await recipesWith(warehouse, "tags");
    expect(Object.keys(tags)).toEqual(FIXTURE_TAGS);
    expect([tags.easy, tags["main-dish"], tags["tag-0"]! + tags["tag-1"]! + tags["tag-2"]!]).toEqual([33, 33, 33]);
  });

  it("parses every Python-list form: empty, plain, apostrophes, both quote kinds and escapes", async () => {
    const lists = await Warehouse.open({threads: 1});
    try {
      const rows = recipesValuesSql(
        fixtureRecipes()
          .slice(0, 24)
          .map((r, i) => ({
            ...r,
            // Spaces around the list, inside the brackets and around items: the string is trimmed once, the
            // items where they may need it, and an empty list with spaces is still empty. Unicode spaces around
            // a list (no-break, ideographic) are trimmed too: the ASCII shortcut must not skip them. An empty item
            // and a repeated one are dropped.
            tags:
              {
                5: "[]",
                6: `['it\\'s "x"', 'plain']`,
                7: "  [ 'b',  ' a ' ] ",
                8: "\t['z', 'y']  ",
                13: " [] ",
                14: "\u00a0['d', 'c']\u3000",
                15: "['', 'x', 'x']"
              }[i] ?? r.tags
          }))
      );
      await lists.run(`create or replace view raw_recipes as select * from (values ${rows}) as t (${RECIPE_COLUMNS})`);
      await cleanAndIndex(lists);
      // Kept: ids 4-9 and 14-24. The lists of ids 6 and 14 are empty, and ids 7, 8, 9, 15 and 16 list the items
      // below, each once; the other ten recipes keep the fixture's tags.
      const ids = (await lists.rows("select id from recipes order by id")).map((r) => Number(r.id));
      expect(ids).toEqual([4, 5, 6, 7, 8, 9, ...Array.from({length: 11}, (_, i) => i + 14)]);
      expect(await recipesWith(lists, "tags", FIXTURE_TAGS)).toEqual({
        'it\'s "x"': 1,
        plain: 1,
        a: 1,
        b: 1,
        y: 1,
        z: 1,
        c: 1,
        d: 1,
        x: 1
      });
      expect((await recipesWith(lists, "tags")).easy).toBe(10);
    } finally {
      lists.close();
    }
  });

  it("leaves the recipes in id order, sorting them only when the input is out of order", async () => {
    const inOrder = (await warehouse.rows("select id from recipes order by rowid")).map((r) => Number(r.id));
    expect(inOrder).toEqual([...inOrder].sort((a, b) => a - b));
    expect(await putInOrder(warehouse, recipesModel)).toBe(false);

    const reversed = await Warehouse.open({threads: 1});
    try {
      const rows = fixtureRecipes().reverse();
      await reversed.run(
        `create view raw_recipes as select * from (values ${recipesValuesSql(rows)}) as t (${RECIPE_COLUMNS})`
      );
      // The reversed input really reaches the table out of order: the check has something to find.
      const raw = (await reversed.rows("select id from raw_recipes where id is not null")).map((r) => Number(r.id));
      expect(raw[0]).toBeGreaterThan(raw.at(-1)!);
      const result = await runStaging(reversed, root, recipesModel);
      expect(result.funnel).toEqual(EXPECTED_RECIPE_FUNNEL);
      const ids = (await reversed.rows("select id from recipes order by rowid")).map((r) => Number(r.id));
      expect(ids).toEqual(inOrder);
      expect(await putInOrder(reversed, recipesModel)).toBe(false);
      const names = await reversed.rows("select id, name, n_steps from recipes order by rowid");
      expect(names).toEqual(await warehouse.rows("select id, name, n_steps from recipes order by rowid"));
    } finally {
      reversed.close();
    }
  });

  it("drops repeated and empty items from lists of any length, a long one included", async () => {
    const long = await Warehouse.open({threads: 1});
    try {
      // 70 items: past the length where repeats are found by list_distinct instead of by position.
      const many = Array.from({length: 70}, (_, i) => `'t${i % 35}'`).join(", ");
      const rows = recipesValuesSql(
        fixtureRecipes().map((r) => ({...r, tags: {4: `[${many}, '']`, 5: "['b', 'a', 'b', '', 'a']"}[r.id] ?? r.tags}))
      );
      await long.run(`create view raw_recipes as select * from (values ${rows}) as t (${RECIPE_COLUMNS})`);
      await cleanAndIndex(long);
      // t0…t34 from id 4's 70 items, a and b from id 5's five: each once, the empty item nowhere.
      expect(await recipesWith(long, "tags", FIXTURE_TAGS)).toEqual(
        Object.fromEntries([...Array.from({length: 35}, (_, i) => `t${i}`), "a", "b"].sort().map((t) => [t, 1]))
      );
    } finally {
      long.close();
    }
  });

  it("keeps the first of duplicated ids and splits nutrition into seven columns", async () => {
    const [row] = await warehouse.rows(
      "select name, calories, total_fat_pct, sugar_pct, sodium_pct, protein_pct, sat_fat_pct, carb_pct from recipes where id = 5"
    );
    expect(row).toEqual({
      name: "recipe 5",
      calories: 105.5,
      total_fat_pct: 10,
      sugar_pct: 20,
      sodium_pct: 30,
      protein_pct: 40,
      sat_fat_pct: 50,
      carb_pct: 60
    });
  });

  it("derives calendar features and the complexity score", async () => {
    // id 8: submitted 2005-08-15, a Monday in summer; 30 minutes, 2 + 8 % 10 = 10 steps, 3 + 8 % 7 = 4 ingredients.
    const [row] = await warehouse.rows(
      "select year, month, weekday, is_weekend, season, complexity_score from recipes where id = 8"
    );
    expect(row).toMatchObject({year: 2005, month: 8, weekday: 1, is_weekend: false, season: "Summer"});
    expect(row?.complexity_score).toBeCloseTo(Math.log(31) + 10 + 0.5 * 4, 12);
    // id 12 was dropped; id 24 is December (Winter) and id 15 March (Spring).
    const seasons = await warehouse.rows("select id, season from recipes where id in (15, 18, 24) order by id");
    expect(seasons).toEqual([
      {id: 15, season: "Spring"},
      {id: 18, season: "Summer"},
      {id: 24, season: "Winter"}
    ]);
  });

  it("counts each item's recipes by kind, year, season and weekend flag, in the order of each count's first recipe", async () => {
    await cleanAndIndex(warehouse);
    // The fixture's list strings parsed here, lower-cased and trimmed, each item once (the first id 5 is kept).
    const lists = new Map<number, {tags: string[]; ingredients: string[]}>();
    const parse = (list: string) => [...new Set(parsePythonList(list).map((item) => item.toLowerCase().trim()))];
    for (const r of fixtureRecipes()) {
      if (!lists.has(r.id)) lists.set(r.id, {tags: parse(r.tags), ingredients: parse(r.ingredients)});
    }
    const recipes = (
      (await warehouse.rows("select id, year, season, is_weekend from recipes order by id")) as Array<{
        id: number;
        year: number;
        season: string;
        is_weekend: boolean;
      }>
    ).map((r) => ({...r, ...lists.get(r.id)!}));
    // Worked out in JavaScript from the fixture's lists: each count once, ordered by its first recipe, then its item.
    const expected = new Map<
      string,
      {kind: string; item: string; year: number; season: string; is_weekend: boolean; recipes: number; first: number}
    >();
    for (const kind of ["ingredients", "tags"] as const) {
      for (const r of recipes) {
        for (const item of r[kind]) {
          const key = JSON.stringify([kind, item, r.year, r.season, r.is_weekend]);
          const count = expected.get(key);
          if (count) count.recipes += 1;
          else
            expected.set(key, {
              kind,
              item,
              year: r.year,
              season: r.season,
              is_weekend: r.is_weekend,
              recipes: 1,
              first: r.id
            });
        }
      }
    }
    const ordered = [...expected.values()]
      .sort((a, b) =>
        a.kind !== b.kind
          ? a.kind < b.kind
            ? -1
            : 1
          : a.first - b.first || (a.item < b.item ? -1 : a.item > b.item ? 1 : 0)
      )
      .map(({first: _, ...count}) => count);
    expect(new Set(recipes.map((r) => r.is_weekend)).size).toBe(2);
    expect(ordered.length).toBeGreaterThan(10);
    expect(await warehouse.rows("select * from item_counts")).toEqual(ordered);
  });

  it("leaves out tags only: an ingredient on nearly every recipe is not structural", async () => {
    await cleanAndIndex(warehouse);
    const structural = await warehouse.rows("select item from structural_items order by item");
    // "salt" is on 32 of the 33 kept recipes, as "easy" and "main-dish" are on all: the share rule reads tags alone.
    expect((await recipesWith(warehouse, "ingredients")).salt).toBe(32);
    expect(structural.map((r) => r.item)).toEqual(expect.arrayContaining(["easy", "main-dish", "course"]));
    expect(structural.map((r) => r.item)).not.toContain("salt");
    // The item analyses' view is item_counts without them.
    const [left] = await warehouse.rows(
      "select count(*)::int as n from analysed_item_counts where item in (select item from structural_items)"
    );
    expect(left?.n).toBe(0);
    const [kept] = await warehouse.rows(
      "select (select count(*) from item_counts)::int - (select count(*) from analysed_item_counts)::int as n"
    );
    expect(kept?.n).toBe(
      (await warehouse.rows("select item from item_counts where kind = 'tags' and item in ('easy', 'main-dish')"))
        .length
    );
  });

  it("cleans interactions: ratings 1–5, a date, exact duplicates removed", async () => {
    const result = await runStaging(warehouse, root, interactionsModel);
    expect(result.funnel).toEqual(EXPECTED_INTERACTION_FUNNEL);
    expect(result.latestDate).toBe("2024-01-06");
    const [weekend] = await warehouse.rows(
      "select weekday, is_weekend, season from interactions where user_id = 9 limit 1"
    );
    expect(weekend).toEqual({weekday: 6, is_weekend: true, season: "Winter"});
    const columns = (await warehouse.rows("describe interactions")).map((c) => c.column_name);
    expect(columns).not.toContain("review");
    // The analyses add ratings up in table order: the rows are in (date, user, recipe, rating) order.
    const [order] = await warehouse.rows(disorderedRowsSql("interactions", "(date, user_id, recipe_id, rating)"));
    expect(order?.disordered).toBe(0);
  });

  it("validates rows: ids, plausible dates, finite nutrition, well-formed lists; items NFC without invisibles", async () => {
    const bad = await Warehouse.open({threads: 1});
    try {
      const broken: Record<number, Partial<ReturnType<typeof fixtureRecipes>[number]>> = {
        14: {nutrition: "[100.0, nan, 1.0, 1.0, 1.0, 1.0, 1.0]"},
        15: {nutrition: "[100.0, 1.0, -5.0, 1.0, 1.0, 1.0, 1.0]"},
        16: {nutrition: "[inf, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]"},
        17: {tags: "[['nested'], 'x']"},
        18: {ingredients: "['unbalanced', 'x'"},
        19: {tags: "just a word"},
        20: {submitted: "1970-01-01"},
        21: {submitted: "9999-12-31"},
        22: {tags: "['cafe\u0301\u200b', '\u00adplain\ufeff']"}
      };
      const rows = recipesValuesSql(fixtureRecipes().map((r) => ({...r, ...broken[r.id]})));
      await bad.run(
        `create view raw_recipes as select * replace (case when id = 23 then null else id end as id) from (values ${rows}) as t (${RECIPE_COLUMNS})`
      );
      const extra = `(null::bigint, 4::bigint, date '2024-01-01', 5::bigint, 'a'), (1::bigint, null::bigint, date '2024-01-01', 4::bigint, 'b'),
        (2::bigint, 4::bigint, date '1970-01-01', 5::bigint, 'c'), (3::bigint, 4::bigint, date '2030-01-01', 5::bigint, 'd')`;
      await bad.run(
        `create view raw_interactions as select * from (values ${interactionsValuesSql()}, ${extra}) as t (${INTERACTION_COLUMNS})`
      );
      const window = {min: "1999-01-01", max: "2026-01-01"};
      const recipes = await cleanAndIndex(bad, window);
      expect(recipes.funnel).toEqual([
        {rule: "raw", rowsAfter: 45, removed: 0},
        {rule: "missing_id", rowsAfter: 44, removed: 1},
        {rule: "duplicate_id", rowsAfter: 43, removed: 1},
        {rule: "minutes_out_of_range", rowsAfter: 40, removed: 3},
        {rule: "steps_or_ingredients_outlier", rowsAfter: 36, removed: 4},
        {rule: "missing_name_or_date", rowsAfter: 34, removed: 2},
        {rule: "date_out_of_range", rowsAfter: 32, removed: 2},
        {rule: "invalid_nutrition", rowsAfter: 27, removed: 5},
        {rule: "malformed_list", rowsAfter: 24, removed: 3}
      ]);
      expect(recipes.latestDate).toBe("2006-12-15");
      // id 22's tags in NFC without their invisible characters: one café (not "cafe" and a combining accent).
      expect(await recipesWith(bad, "tags", FIXTURE_TAGS)).toEqual({"caf\u00e9": 1, plain: 1});
      const interactions = await runStaging(bad, root, interactionsModel, window);
      expect(interactions.funnel).toEqual([
        {rule: "raw", rowsAfter: 16, removed: 0},
        {rule: "missing_id", rowsAfter: 14, removed: 2},
        {rule: "rating_not_1_to_5", rowsAfter: 11, removed: 3},
        {rule: "missing_date", rowsAfter: 10, removed: 1},
        {rule: "date_out_of_range", rowsAfter: 8, removed: 2},
        {rule: "exact_duplicate", rowsAfter: 7, removed: 1}
      ]);
      expect(interactions.latestDate).toBe("2024-01-06");
    } finally {
      bad.close();
    }
  });

  it("names the index file and the cleaned table when the item index fails, after cleaning succeeded", async () => {
    const copy = await mkdtemp(path.join(tmpdir(), "btk-staging-"));
    const broken = await Warehouse.open({threads: 1});
    try {
      await cp(path.join(root, "queries", "staging"), path.join(copy, "queries", "staging"), {recursive: true});
      // An index reading a column cleaning does not leave.
      await writeFile(
        path.join(copy, "queries", "staging", "items.sql"),
        "create table item_counts as select tags from recipes;\n"
      );
      await broken.run(
        `create view raw_recipes as select * from (values ${recipesValuesSql()}) as t (${RECIPE_COLUMNS})`
      );
      await runStaging(broken, copy, recipesModel);
      const error = await runIndex(broken, copy, recipesModel).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QueryError);
      // One sentence: DuckDB's reason in brackets, without its error class, its query text or its caret.
      expect((error as QueryError).message).toMatch(
        /^The index query queries\/staging\/items\.sql failed on the cleaned recipes table \(Referenced column "tags" not found in FROM clause\)\.$/
      );
      expect((error as QueryError).message).not.toMatch(/\n|Error:/);
      expect((error as QueryError).hint).toMatch(/queries\/staging\/recipes\.sql leaves in recipes/);
      // Cleaning itself ran: its table is there, in order.
      expect((await broken.rows("select count(*)::int as n from recipes"))[0]?.n).toBe(33);
    } finally {
      broken.close();
      await rm(copy, {recursive: true, force: true});
    }
  });

  it("leaves no macro of its own behind: cleaning and the item index each drop the macros they define", async () => {
    const fresh = await Warehouse.open({threads: 1});
    try {
      await fresh.run(
        `create view raw_recipes as select * from (values ${recipesValuesSql()}) as t (${RECIPE_COLUMNS})`
      );
      const macros = async () =>
        (
          await fresh.rows(
            "select function_name from duckdb_functions() where database_name = 'temp' and function_type in ('macro', 'table_macro')"
          )
        ).map((r) => String(r.function_name));
      await runStaging(fresh, root, recipesModel);
      expect(await macros()).toEqual([]);
      await runIndex(fresh, root, recipesModel);
      expect(await macros()).toEqual([]);
    } finally {
      fresh.close();
    }
  });

  it("says in one sentence why the cleaning query failed, naming its file and input", async () => {
    const copy = await mkdtemp(path.join(tmpdir(), "btk-staging-"));
    const broken = await Warehouse.open({threads: 1});
    try {
      await cp(path.join(root, "queries", "staging"), path.join(copy, "queries", "staging"), {recursive: true});
      // A cleaning reading a column the input contract does not have.
      await writeFile(
        path.join(copy, "queries", "staging", "recipes.sql"),
        "create table recipes as select servings from raw_recipes;\n"
      );
      await broken.run(
        `create view raw_recipes as select * from (values ${recipesValuesSql()}) as t (${RECIPE_COLUMNS})`
      );
      const error = await runStaging(broken, copy, recipesModel).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QueryError);
      expect((error as QueryError).message).toMatch(
        /^The cleaning query queries\/staging\/recipes\.sql failed on RAW_recipes\.parquet \(Referenced column "servings" not found in FROM clause\)\.$/
      );
      expect((error as QueryError).hint).toMatch(/input contract in pipeline\/contract\.ts/);
    } finally {
      broken.close();
      await rm(copy, {recursive: true, force: true});
    }
  });

  it("fails with the rule that left nothing when cleaning removes every row", async () => {
    const empty = await Warehouse.open({threads: 1});
    try {
      await empty.run(
        `create view raw_recipes as select * replace (0::bigint as minutes) from (values ${recipesValuesSql()}) as t (${RECIPE_COLUMNS})`
      );
      const error = await runStaging(empty, root, recipesModel).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QueryError);
      expect((error as QueryError).message).toMatch(/removed every row of RAW_recipes\.parquet.*minutes_out_of_range/);
      expect((error as QueryError).hint).toMatch(/minutes between 1 and 180/);
    } finally {
      empty.close();
    }
  });
});
