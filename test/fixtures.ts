/**
 * The tiny hand-written input fixture. Its cleaning outcome is worked out by hand below, so the staging tests
 * compare the SQL against arithmetic, not against itself.
 *
 * Recipes (45 raw rows):
 * - ids 1–41 have minutes 30; id 5 appears twice (the duplicate is removed first: 44 left);
 * - ids 42, 43, 44 have minutes 0, 181 and 2147483647 (removed: 41 left);
 * - n_steps: id 1 → 1, id 41 → 50, ids 2–40 → 2 + id % 10 (2…11). Sorted, the 41 values are [1, 2, …, 11, 50];
 *   nearest-rank index round(0.025 · 40) = 1 gives 2 and round(0.975 · 40) = 39 gives 11: bounds [2, 11] remove
 *   ids 1 and 41;
 * - n_ingredients: id 2 → 1, id 3 → 40, ids 1 and 41 → 4, others 3 + id % 7 (3…9): bounds [3, 9] remove ids 2, 3
 *   (4 removed by the outlier rule: 37 left);
 * - id 10 has no name and id 11 no submitted date (2 removed: 35 left);
 * - id 12 has negative calories and id 13 only six nutrition values (2 removed: 33 kept).
 *
 * Interactions (12 raw rows): two ratings 0 and one 6 are outside 1–5 (9 left), one has no date (8 left), and one
 * row is an exact copy of another (7 kept); two rows that differ only by their review are both kept.
 */
import {Warehouse, sqlString} from "../pipeline/warehouse.js";

export const EXPECTED_RECIPE_FUNNEL = [
  {rule: "raw", rowsAfter: 45, removed: 0},
  {rule: "missing_id", rowsAfter: 45, removed: 0},
  {rule: "duplicate_id", rowsAfter: 44, removed: 1},
  {rule: "minutes_out_of_range", rowsAfter: 41, removed: 3},
  {rule: "steps_or_ingredients_outlier", rowsAfter: 37, removed: 4},
  {rule: "missing_name_or_date", rowsAfter: 35, removed: 2},
  {rule: "date_out_of_range", rowsAfter: 35, removed: 0},
  {rule: "invalid_nutrition", rowsAfter: 33, removed: 2},
  {rule: "malformed_list", rowsAfter: 33, removed: 0}
];

export const EXPECTED_INTERACTION_FUNNEL = [
  {rule: "raw", rowsAfter: 12, removed: 0},
  {rule: "missing_id", rowsAfter: 12, removed: 0},
  {rule: "rating_not_1_to_5", rowsAfter: 9, removed: 3},
  {rule: "missing_date", rowsAfter: 8, removed: 1},
  {rule: "date_out_of_range", rowsAfter: 8, removed: 0},
  {rule: "exact_duplicate", rowsAfter: 7, removed: 1}
];

function q(text: string | null): string {
  return text === null ? "null" : sqlString(text);
}

interface RecipeRow {
  name: string | null;
  id: number;
  minutes: number;
  submitted: string | null;
  tags: string;
  nutrition: string;
  n_steps: number;
  ingredients: string;
  n_ingredients: number;
}

export function fixtureRecipes(): RecipeRow[] {
  const rows: RecipeRow[] = [];
  for (let id = 1; id <= 44; id++) {
    const month = ((id - 1) % 12) + 1;
    rows.push({
      name: id === 10 ? null : `recipe ${id}`,
      id,
      minutes: id === 42 ? 0 : id === 43 ? 181 : id === 44 ? 2147483647 : 30,
      submitted: id === 11 ? null : `20${String(2 + (id % 5)).padStart(2, "0")}-${String(month).padStart(2, "0")}-15`,
      tags: `['easy', 'Main-Dish ', 'tag-${id % 3}']`,
      nutrition:
        id === 12
          ? "[-5.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0]"
          : id === 13
            ? "[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]"
            : `[${100 + id}.5, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0]`,
      n_steps: id === 1 ? 1 : id === 41 ? 50 : 2 + (id % 10),
      ingredients:
        id === 4 ? `['butter', "confectioners' sugar", 'Milk ', 'butter']` : `['salt', 'ingredient ${id % 4}']`,
      n_ingredients: id === 2 ? 1 : id === 3 ? 40 : id === 1 || id === 41 ? 4 : 3 + (id % 7)
    });
  }
  // The duplicate id 5 comes after the original and is identical except for its name.
  rows.push({...rows[4]!, name: "recipe 5 (copy)"});
  return rows;
}

export const FIXTURE_INTERACTIONS: Array<[number, number, string | null, number, string]> = [
  [1, 1, "2005-01-10", 5, "Great"],
  [2, 1, "2005-01-11", 4, 'Good,\nreally "good"'],
  [3, 2, "2006-07-04", 3, "ok"],
  [4, 2, "2006-07-05", 0, "no stars"],
  [5, 3, "2007-03-03", 0, "no stars either"],
  [6, 3, "2007-03-04", 6, "out of range"],
  [7, 4, null, 5, "no date"],
  [8, 4, "2008-10-10", 1, "bad"],
  [8, 4, "2008-10-10", 1, "bad"],
  [9, 6, "2024-01-06", 2, "meh"],
  [9, 6, "2024-01-06", 2, "meh, edited"],
  [10, 7, "2018-12-20", 5, "it's &amp; fine"]
];

export function recipesValuesSql(rows: RecipeRow[] = fixtureRecipes()): string {
  return rows
    .map(
      (r) =>
        `(${q(r.name)}, ${r.id}::bigint, ${r.minutes}::bigint, 7::bigint, ${r.submitted ? `date ${q(r.submitted)}` : "null::date"}, ${q(r.tags)}, ${q(r.nutrition)}, ${r.n_steps}::bigint, '[''mix'']', 'a description', ${q(r.ingredients)}, ${r.n_ingredients}::bigint)`
    )
    .join(",\n");
}

export function interactionsValuesSql(rows = FIXTURE_INTERACTIONS): string {
  return rows
    .map(
      ([u, r, d, rating, review]) =>
        `(${u}::bigint, ${r}::bigint, ${d ? `date ${q(d)}` : "null::date"}, ${rating}::bigint, ${q(review)})`
    )
    .join(",\n");
}

export const RECIPE_COLUMNS =
  "name, id, minutes, contributor_id, submitted, tags, nutrition, n_steps, steps, description, ingredients, n_ingredients";
export const INTERACTION_COLUMNS = "user_id, recipe_id, date, rating, review";

/** Writes the fixture (or variants of it) as the two contract Parquet files into dir. */
export async function writeFixtureParquet(
  dir: string,
  options: {recipesSql?: string; interactionsSql?: string} = {}
): Promise<void> {
  const warehouse = await Warehouse.open({threads: 1});
  try {
    const recipes = options.recipesSql ?? `select * from (values ${recipesValuesSql()}) as t (${RECIPE_COLUMNS})`;
    const interactions =
      options.interactionsSql ?? `select * from (values ${interactionsValuesSql()}) as t (${INTERACTION_COLUMNS})`;
    await warehouse.run(`copy (${recipes}) to ${sqlString(`${dir}/RAW_recipes.parquet`)} (format parquet)`);
    await warehouse.run(`copy (${interactions}) to ${sqlString(`${dir}/RAW_interactions.parquet`)} (format parquet)`);
  } finally {
    warehouse.close();
  }
}
