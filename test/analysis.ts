/**
 * Runs one analysis end to end (staging SQL, its queries, its step, its schema) on a small in-memory fixture, so
 * each analysis' test can compare the snapshot with values worked out independently.
 */
import {discoverAnalyses} from "../pipeline/analyses.js";
import {loadCatalogue} from "../pipeline/catalogue.js";
import {computeAnalysis} from "../pipeline/build.js";
import {runIndex, runStaging} from "../pipeline/staging.js";
import {Warehouse} from "../pipeline/warehouse.js";
import {INTERACTION_COLUMNS, interactionsValuesSql, RECIPE_COLUMNS, recipesValuesSql} from "./fixtures.js";

export interface AnalysisFixture {
  /** A select returning the RAW_recipes contract columns; defaults to the hand-written fixture. */
  recipesSql?: string;
  /** A select returning the RAW_interactions contract columns; defaults to the hand-written fixture. */
  interactionsSql?: string;
}

export const defaultRecipesSql = (): string => `select * from (values ${recipesValuesSql()}) as t (${RECIPE_COLUMNS})`;
export const defaultInteractionsSql = (): string =>
  `select * from (values ${interactionsValuesSql()}) as t (${INTERACTION_COLUMNS})`;

/** The snapshot value (parsed JSON) the pipeline would publish for `name` on the fixture. */
export async function runAnalysis<T = unknown>(name: string, fixture: AnalysisFixture = {}): Promise<T> {
  const root = process.cwd();
  // Discover the analysis' own page only: an unfinished analysis elsewhere must not fail this test.
  const page = (await loadCatalogue(root)).find((p) => p.analyses.some((a) => a.name === name))?.page;
  const analysis = page ? (await discoverAnalyses(root, {pages: [page]})).find((a) => a.name === name) : undefined;
  if (!analysis) throw new Error(`no analysis named ${name}`);
  const warehouse = await Warehouse.open({threads: 1});
  try {
    await warehouse.run(`create view raw_recipes as ${fixture.recipesSql ?? defaultRecipesSql()}`);
    await warehouse.run(`create view raw_interactions as ${fixture.interactionsSql ?? defaultInteractionsSql()}`);
    for (const model of analysis.models) {
      await runStaging(warehouse, root, model);
      await runIndex(warehouse, root, model);
    }
    const built = await computeAnalysis(root, warehouse, analysis);
    return JSON.parse(built.content) as T;
  } finally {
    warehouse.close();
  }
}

/**
 * A generator of synthetic recipe rows for analysis tests: `rows` is a list of partial recipes; the rest of the
 * contract columns get valid defaults. Returns a select usable as AnalysisFixture.recipesSql.
 */
export function recipesSql(
  rows: Array<{
    id: number;
    submitted: string;
    minutes?: number;
    n_steps?: number;
    n_ingredients?: number;
    tags?: string[];
    ingredients?: string[];
    nutrition?: number[];
  }>
): string {
  const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;
  const pyList = (items: string[]) => `[${items.map((i) => (i.includes("'") ? `"${i}"` : `'${i}'`)).join(", ")}]`;
  const values = rows.map((r) => {
    const nutrition = r.nutrition ?? [100, 10, 10, 10, 10, 10, 10];
    return `(${lit(`recipe ${r.id}`)}, ${r.id}::bigint, ${r.minutes ?? 30}::bigint, 1::bigint, date ${lit(r.submitted)}, ${lit(pyList(r.tags ?? ["easy"]))}, ${lit(`[${nutrition.map((n) => n.toFixed(1)).join(", ")}]`)}, ${r.n_steps ?? 5}::bigint, '[''mix'']', 'd', ${lit(pyList(r.ingredients ?? ["salt"]))}, ${r.n_ingredients ?? 5}::bigint)`;
  });
  return `select * from (values ${values.join(",\n")}) as t (${RECIPE_COLUMNS})`;
}

/** Same for interactions: [user_id, recipe_id, date, rating]. */
export function interactionsSql(rows: Array<[number, number, string, number]>): string {
  const values = rows.map(([u, r, d, rating]) => `(${u}::bigint, ${r}::bigint, date '${d}', ${rating}::bigint, 'r')`);
  return `select * from (values ${values.join(",\n")}) as t (${INTERACTION_COLUMNS})`;
}
