/**
 * The embedded default data set: a deterministic generator of Food.com-shaped data. It writes
 * `RAW_recipes.parquet` and `RAW_interactions.parquet` with exactly the contract's columns and types, calibrated
 * so every analysis of the reference tells the same story on it as on the real Kaggle files (see calendar.ts,
 * measures.ts, ratings.ts and the vocabularies for the figures they follow).
 *
 * All the work is DuckDB SQL over `range()` and small VALUES tables; every random number is a hash of the seed, so
 * the same (seed, scale) gives byte-identical files.
 */
import {mkdir, rename, rm, stat} from "node:fs/promises";
import path from "node:path";

import {DuckDBInstance} from "@duckdb/node-api";

import {INTERACTIONS_FILE, RECIPES_FILE, WRITTEN_TYPE, type ContractFile} from "../contract.js";
import {ConfigurationError, describeCause, SourceError} from "../errors.js";
import {type Logger, silentLogger, since} from "../log.js";
import {ALLOCATOR_SETTINGS, duckdbBufferLimit} from "../memory.js";
import {recipeBatches} from "./batches.js";
import {interactionStatements} from "./interactions.sql.js";
import {interactionCounts} from "./ratings.js";
import {recipeCounts, recipeStatements} from "./recipes.sql.js";
import {sqlString} from "./sql.js";

export interface GenerateOptions {
  /** Directory to write the two Parquet files into; created if missing. */
  outDir: string;
  /** Any non-negative integer; a different seed gives different data of the same shape. */
  seed: number;
  /** Row-count multiplier: 1 = the real file sizes (231,637 recipes, 1,132,367 interactions). */
  scale: number;
  /** DuckDB's memory limit for the run (DUCKDB_MEMORY_LIMIT); 1536MB by default. */
  memoryLimit?: string;
  /** Recipes whose lists and texts are drawn at once; by default from the memory limit (see recipesPerBatch). */
  recipesPerBatch?: number;
  logger?: Logger;
}

export interface GenerateResult {
  /** One entry per written file, in contract order. */
  files: {name: string; path: string; rows: number; bytes: number}[];
  /** Wall-clock milliseconds. */
  ms: number;
}

/** The SELECT list writing a table with the contract's columns, in its order, cast to the written types. */
function contractSelect(file: ContractFile, table: string, orderBy: string): string {
  const columns = file.columns.map((c) => `${c.name}::${WRITTEN_TYPE[c.family]} as ${c.name}`).join(", ");
  return `select ${columns} from ${table} order by ${orderBy}`;
}

/**
 * Recipes per batch under DuckDB's memory limit (as `generatorMemoryLimit` gives it, in MB): one per 5 KB, so
 * 230,400 under the default limit, the size of scale 1. Drawn at once, the recipes' list aggregates outgrew the
 * limit past scale 5 (scale 10 failed at r_tags under the default), where a batch of a scale-1 size stays within
 * it at any scale.
 */
export function recipesPerBatch(duckdbLimit: string): number {
  return Math.max(1000, Math.floor((Number.parseInt(duckdbLimit, 10) * 1e6) / 5000));
}

/**
 * DuckDB's limit for the generator: three quarters of the configured one, as for the build (pipeline/memory.ts);
 * the process also holds Node and DuckDB's own bookkeeping, measured at about 500 MB at scale 4.
 */
export const generatorMemoryLimit = duckdbBufferLimit;

/**
 * The largest scale: 25 × the real size is about 28 M interactions, past the 25 M at which the issues bound the
 * build's memory (the benchmark's BENCH_LARGE run generates scale 22 for that). With the recipes' lists drawn in
 * batches, the generator stays within DUCKDB_MEMORY_LIMIT + 512 MB at every scale: under the default 1536MB it
 * peaked at 1.58 GB (scale 4), 1.64 GB (scale 10) and 1.47 GB (scale 22), where drawing every recipe at once had
 * failed at scale 10 and needed 8GB (6.99 GB) at scale 22.
 */
export const MAX_SCALE = 25;

function validate(options: GenerateOptions): void {
  if (!Number.isSafeInteger(options.seed) || options.seed < 0) {
    throw new ConfigurationError(`The data seed must be a non-negative integer, got ${options.seed}.`, {
      hint: "Set DATA_SEED to an integer such as 20191103."
    });
  }
  if (!Number.isFinite(options.scale) || options.scale <= 0 || options.scale > MAX_SCALE) {
    throw new ConfigurationError(
      `The data scale must be a number above 0 and at most ${MAX_SCALE}, got ${options.scale}.`,
      {
        hint: "Set DATA_SCALE to 1 for the real data set's size, or to a fraction such as 0.05 for a quick run."
      }
    );
  }
}

/** Writes the two contract files into `outDir` and returns their row counts and sizes. */
/** Parquet footer key that marks a generated file; its value is `{"seed": …, "scale": …}` as JSON. */
export const GENERATOR_KEY = "back_to_the_kitchen_generator";

function generatorMarker(seed: number, scale: number): string {
  return `{${GENERATOR_KEY}: ${sqlString(JSON.stringify({seed, scale}))}}`;
}

export async function generateDataset(options: GenerateOptions): Promise<GenerateResult> {
  validate(options);
  const memoryLimit = generatorMemoryLimit(options.memoryLimit ?? "1536MB");
  const logger = options.logger ?? silentLogger;
  const start = performance.now();
  const {seed, scale} = options;
  const recipes = recipeCounts(scale);
  const interactions = interactionCounts(scale, recipes.recipes);
  await mkdir(options.outDir, {recursive: true});

  // A database file and a spill folder of its own, under a memory limit: the tables of a large scale do not fit in
  // the limit, and an in-memory database could not evict them (the generator peaked near 6 GB at scale 4).
  const work = path.join(options.outDir, `.generate-${process.pid}`);
  await rm(work, {recursive: true, force: true});
  await mkdir(work, {recursive: true});
  const instance = await DuckDBInstance.create(path.join(work, "generate.duckdb"), {
    autoinstall_known_extensions: "false",
    autoload_known_extensions: "false",
    ...ALLOCATOR_SETTINGS,
    memory_limit: memoryLimit,
    temp_directory: path.join(work, "spill"),
    preserve_insertion_order: "false"
  });
  const connection = await instance.connect();
  const temporary: string[] = [];
  try {
    // Build both tables stage by stage: one log line per stage keeps a slow one easy to spot.
    const run = async (sql: string, part: string) => {
      const t = performance.now();
      await connection.run(sql);
      logger.debug(`generate ${part}: ${sql.trim().split("\n")[0].slice(0, 60)} (${since(t)} ms)`);
    };
    const recipeSql = recipeStatements(seed, recipes);
    for (const sql of recipeSql.core) await run(sql, "recipes");
    const years = await connection.runAndReadAll(
      "select min(i)::double as lo, max(i)::double + 1 as hi from r_core group by year order by lo"
    );
    const spans = years.getRowObjects().map((row) => ({lo: Number(row.lo), hi: Number(row.hi)}));
    const batches = recipeBatches(spans, options.recipesPerBatch ?? recipesPerBatch(memoryLimit));
    for (const [k, {lo, hi}] of batches.entries())
      for (const sql of recipeSql.batch(lo, hi)) await run(sql, `recipes ${k + 1}/${batches.length}`);
    for (const sql of interactionStatements(seed, interactions, recipes.recipes, scale)) await run(sql, "interactions");

    // Write each file under a temporary name, then rename, so a crash never leaves a half-written file.
    const outputs = [
      {file: RECIPES_FILE, select: contractSelect(RECIPES_FILE, "recipes", "id")},
      {
        file: INTERACTIONS_FILE,
        // Grouped by recipe like the Kaggle file; the later keys make the order total (duplicates are identical).
        select: contractSelect(INTERACTIONS_FILE, "interactions", "recipe_id, date, user_id, rating, review")
      }
    ];
    const files: GenerateResult["files"] = [];
    for (const {file, select} of outputs) {
      const target = path.join(options.outDir, file.file);
      const partial = `${target}.${process.pid}.partial`;
      temporary.push(partial);
      const t = performance.now();
      // The footer says the file is generated, and from which seed and scale, so the site can say so too.
      await connection.run(
        `copy (${select}) to ${sqlString(partial)} (format parquet, compression zstd, kv_metadata ${generatorMarker(seed, scale)})`
      );
      await rename(partial, target);
      const reader = await connection.runAndReadAll(
        `select count(*)::double as n from read_parquet(${sqlString(target)})`
      );
      const rows = Number(reader.getRowObjects()[0].n);
      const {size} = await stat(target);
      files.push({name: file.file, path: target, rows, bytes: size});
      logger.debug(`generate wrote ${file.file}: ${rows} rows in ${since(t)} ms`);
    }
    const ms = since(start);
    logger.info(
      `generate seed ${seed} scale ${scale} → ${files.map((f) => `${f.name} ${f.rows} rows`).join(", ")} in ${ms} ms`
    );
    return {files, ms};
  } catch (error) {
    await Promise.all(temporary.map((p) => rm(p, {force: true})));
    throw new SourceError(
      `Generating the data set into ${options.outDir} failed: ${describeCause(error)}`,
      options.outDir,
      {
        // Each stage fits a batch of recipes or spills, so only a limit far below the default runs out.
        hint: /Out of Memory/i.test(describeCause(error))
          ? `DuckDB ran out of its memory limit (${memoryLimit}, three quarters of DUCKDB_MEMORY_LIMIT): raise DUCKDB_MEMORY_LIMIT for the generation, or lower the scale.`
          : "Check that the directory is writable and has room for the files (about 40 MB at scale 1).",
        cause: error
      }
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
    await rm(work, {recursive: true, force: true});
  }
}
