/**
 * The staging layer: the cleaning SQL under queries/staging/, one file per contract input. Each file creates the
 * cleaned table the analyses read plus a funnel table counting the rows every rule removed.
 */
import {readFile} from "node:fs/promises";
import path from "node:path";

import type {ContractFile} from "./contract.js";
import {INTERACTIONS_FILE, RECIPES_FILE} from "./contract.js";
import {describeCause, InputSchemaError, QueryError} from "./errors.js";
import {firstLine} from "./inputs.js";
import type {Row} from "./warehouse.js";
import {sqlString} from "./warehouse.js";

export interface StagingModel {
  /** Key and file name: queries/staging/<name>.sql. */
  name: string;
  input: ContractFile;
  /** Tables the file creates; an analysis that names one depends on this model. */
  tables: readonly string[];
  funnelTable: string;
  /** Main cleaned table and its date column, for the data's as-of date. */
  table: string;
  dateColumn: string;
  /**
   * A column whose order the main table's rows must follow, when its SQL writes them in the input's order instead
   * of sorting (see {@link putInOrder}).
   */
  orderColumn?: string;
  /**
   * An index built on the cleaned table once cleaning is done (queries/staging/<name>.sql, run by
   * {@link runIndex}): not cleaning, so the build runs and times it as a stage of its own (`index:<name>`), which its
   * watchdog calls `building <title>`. Its tables count as the model's for the analyses.
   */
  index?: {name: string; title: string; tables: readonly string[]};
}

export const STAGING_MODELS: readonly StagingModel[] = [
  {
    name: "recipes",
    input: RECIPES_FILE,
    tables: ["recipes", "recipe_funnel", "recipe_bounds", "raw_recipes"],
    funnelTable: "recipe_funnel",
    table: "recipes",
    dateColumn: "submitted",
    orderColumn: "id",
    index: {
      name: "items",
      title: "the item index of the recipes",
      tables: ["item_counts", "structural_items", "analysed_item_counts"]
    }
  },
  {
    name: "interactions",
    input: INTERACTIONS_FILE,
    tables: ["interactions", "interaction_funnel", "raw_interactions"],
    funnelTable: "interaction_funnel",
    table: "interactions",
    dateColumn: "date"
  }
];

/** One cleaning rule's effect. */
export interface FunnelStep {
  rule: string;
  rowsAfter: number;
  removed: number;
}

/** A cleaning's or an index's SQL file: queries/staging/<name>.sql. */
function stagingSqlPath(root: string, name: string): string {
  return path.join(root, "queries", "staging", `${name}.sql`);
}

/** The model's SQL files: its cleaning, then its index if it has one. */
export function stagingPaths(root: string, model: StagingModel): string[] {
  return [stagingSqlPath(root, model.name), ...(model.index ? [stagingSqlPath(root, model.index.name)] : [])];
}

/** Every table a model makes, its index's included. */
export function modelTables(model: StagingModel): readonly string[] {
  return [...model.tables, ...(model.index?.tables ?? [])];
}

export interface StagingResult {
  funnel: FunnelStep[];
  /** Latest date of the cleaned table, YYYY-MM-DD. */
  latestDate: string;
}

/** The plausible dates of the data, inclusive, YYYY-MM-DD: rows outside are removed and counted by the funnel. */
export interface DateWindow {
  min: string;
  max: string;
}

/** Food.com opened (as Recipezaar) in 1999: nothing can have been published on it before. */
export const PLATFORM_LAUNCH = "1999-01-01";

/** The default window: from the platform's launch to today (a date in the future is a broken clock or a typo). */
export function defaultDateWindow(now: Date = new Date()): DateWindow {
  return {min: PLATFORM_LAUNCH, max: now.toISOString().slice(0, 10)};
}

/**
 * How staging runs its SQL. The build runs it on the warehouse as it comes; the benchmark's profiler
 * (bench/stagingProfile.ts) runs each statement under DuckDB's profiler, so it measures this very path.
 */
export interface StagingRunner {
  run(sql: string): Promise<void>;
  rows(sql: string): Promise<Row[]>;
}

/**
 * Runs one staging model's cleaning and returns its funnel; fails when cleaning leaves no row. Its index, if it has
 * one, is built apart ({@link runIndex}). The runner is the warehouse itself in the build, the profiler's wrapper of
 * it in the benchmark.
 */
export async function runStaging(
  runner: StagingRunner,
  root: string,
  model: StagingModel,
  window: DateWindow = defaultDateWindow()
): Promise<StagingResult> {
  const sql = await readFile(stagingSqlPath(root, model.name), "utf8");
  await runner.run(
    `set variable data_date_min = DATE ${sqlString(window.min)}; set variable data_date_max = DATE ${sqlString(window.max)};`
  );
  try {
    await runner.run(sql);
  } catch (error) {
    // The contract check reads only the Parquet footer: damage inside the file shows up here, while the rows are
    // read. That is the input's fault, not the SQL's, and it must say so and name the file.
    if (isDamagedFileError(error)) {
      throw new InputSchemaError(
        `The input file ${model.input.file} is damaged: reading its rows failed part-way (${damageOf(error)}).`,
        model.input.file,
        undefined,
        {
          hint: "The file was truncated or corrupted after it was written. Produce it again (npm run data:generate, npm run data:import, or re-upload it to the bucket); a cached download is checked and fetched again on the next build.",
          cause: error
        }
      );
    }
    throw queryFailure(
      `The cleaning query queries/staging/${model.name}.sql failed on ${model.input.file}`,
      `staging/${model.name}`,
      error,
      "Check the SQL against the input contract in pipeline/contract.ts."
    );
  }
  await putInOrder(runner, model);
  const rows = await runner.rows(`select rule, rows_after from ${model.funnelTable} order by step`);
  const funnel: FunnelStep[] = rows.map((row, i) => ({
    rule: String(row.rule),
    rowsAfter: Number(row.rows_after),
    removed: i === 0 ? 0 : Number(rows[i - 1]?.rows_after) - Number(row.rows_after)
  }));
  const last = funnel.at(-1);
  if (!last || last.rowsAfter === 0) {
    const culprit = funnel.find((step) => step.rowsAfter === 0);
    throw new QueryError(
      `Cleaning removed every row of ${model.input.file}${culprit ? ` (the rule "${culprit.rule}" left none)` : ""}.`,
      `staging/${model.name}`,
      {
        hint: `Nothing would be left to analyse. Check the values of ${model.input.file}: for recipes, minutes between 1 and 180 and a name; for interactions, ratings between 1 and 5 and a date.`
      }
    );
  }
  const [latest] = await runner.rows(`select strftime(max(${model.dateColumn}), '%Y-%m-%d') as d from ${model.table}`);
  return {funnel, latestDate: String(latest?.d)};
}

/** Builds a model's index, if it has one, on the table its cleaning left (and {@link runStaging} put in order). */
export async function runIndex(runner: StagingRunner, root: string, model: StagingModel): Promise<void> {
  if (!model.index) return;
  const {name} = model.index;
  const sql = await readFile(stagingSqlPath(root, name), "utf8");
  try {
    await runner.run(sql);
  } catch (error) {
    throw queryFailure(
      `The index query queries/staging/${name}.sql failed on the cleaned ${model.table} table`,
      `staging/${name}`,
      error,
      `Check the SQL against the columns queries/staging/${model.name}.sql leaves in ${model.table}.`
    );
  }
}

/**
 * Leaves the model's table in the order of its `orderColumn`, which the analyses need: one thread per query adds
 * floating-point values in table order, so another order gives other last digits. The SQL writes the rows in the
 * input's order, which DuckDB keeps (preserve_insertion_order), and the input files are in id order already: so
 * the table is checked, which reads one column, and sorted only where it is not, where sorting every row (lists
 * included) took a tenth of the recipes' cleaning. Returns whether it sorted.
 */
export async function putInOrder(runner: StagingRunner, model: StagingModel): Promise<boolean> {
  if (!model.orderColumn) return false;
  const [row] = await runner.rows(disorderedRowsSql(model.table, model.orderColumn));
  if (Number(row?.disordered) === 0) return false;
  await runner.run(orderSql(model));
  return true;
}

/**
 * The query counting the rows of `table` that come before their predecessor in the order of `key` (a column, or a
 * row of columns such as `(date, user_id)`), in the column `disordered`: 0 when the table is in order.
 */
export function disorderedRowsSql(table: string, key: string): string {
  return `select count(*) as disordered from (select ${key} as key, lag(${key}) over (order by rowid) as previous from ${table}) where key < previous`;
}

/** The statements that sort the model's table (a table cannot be replaced by a query reading it). */
function orderSql(model: StagingModel): string {
  const {table, orderColumn} = model;
  return [
    `create table ${table}_ordered as from ${table} order by ${orderColumn};`,
    `drop table ${table};`,
    `alter table ${table}_ordered rename to ${table};`
  ].join("\n");
}

/** DuckDB's wording for a Parquet file it cannot decode (checksums, compression, page headers, short reads). */
const DAMAGED_FILE =
  /Failed to read file|decompress|Corrupt|Invalid (?:Input Error: .*)?parquet|page header|thrift|IO Error/i;

function isDamagedFileError(error: unknown): boolean {
  return DAMAGED_FILE.test(describeCause(error));
}

/** The decoder's own reason, without the absolute path DuckDB quotes. */
function damageOf(error: unknown): string {
  return reasonOf(firstLine(describeCause(error)).replace(/Failed to read file "[^"]*":\s*/, ""));
}

/**
 * DuckDB's reason for a failure as a clause to put in brackets: the first line of its message (the rest is the
 * query text and a caret under it), without its error class ("Binder Error: ") or closing punctuation.
 */
function reasonOf(message: string): string {
  return firstLine(message)
    .replace(/^[A-Za-z ]+Error:\s*/, "")
    .trim()
    .replace(/[.!]+$/, "");
}

/** A staging query's failure, in one sentence: what failed on what, then DuckDB's reason in brackets. */
function queryFailure(failed: string, query: string, error: unknown, hint: string): QueryError {
  return new QueryError(`${failed} (${reasonOf(describeCause(error))}).`, query, {hint, cause: error});
}
