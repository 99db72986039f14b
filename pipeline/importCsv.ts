/**
 * Converts the Kaggle Food.com CSV files into the Parquet input contract with DuckDB: every column is read with
 * its contract type (so a malformed value fails here, naming the file, not later in an analysis), quoted fields
 * keep their newlines and quotes, and the output is written to a temporary name then renamed.
 */
import {mkdir, rename, rm, stat} from "node:fs/promises";
import path from "node:path";

import {CONTRACT, WRITTEN_TYPE} from "./contract.js";
import {describeCause, InputSchemaError, SourceError} from "./errors.js";
import type {Logger} from "./log.js";
import {formatBytes, since} from "./log.js";
import {sqlString, Warehouse} from "./warehouse.js";

export interface ImportOptions {
  csvDir: string;
  outDir: string;
  logger: Logger;
}

export async function importCsv(options: ImportOptions): Promise<Array<{name: string; path: string}>> {
  const {csvDir, outDir, logger} = options;
  const warehouse = await Warehouse.open();
  const written: Array<{name: string; path: string}> = [];
  try {
    await mkdir(outDir, {recursive: true});
    for (const contract of CONTRACT) {
      const csvName = contract.file.replace(/\.parquet$/, ".csv");
      const csvPath = path.join(csvDir, csvName);
      try {
        await stat(csvPath);
      } catch {
        throw new SourceError(`The CSV file ${csvName} is not in ${csvDir}.`, csvPath, {
          hint: "Download the Kaggle data set shuyangli94/food-com-recipes-and-user-interactions and unzip it there."
        });
      }
      const started = performance.now();
      const columns = contract.columns.map((c) => `${sqlString(c.name)}: ${sqlString(WRITTEN_TYPE[c.family])}`);
      const target = path.join(outDir, contract.file);
      const temporary = `${target}.tmp-${process.pid}`;
      try {
        await warehouse.run(`
          copy (
              select ${contract.columns.map((c) => `"${c.name}"`).join(", ")}
              from read_csv(${sqlString(csvPath)}, header = true, quote = '"', escape = '"',
                  columns = {${columns.join(", ")}}, dateformat = '%Y-%m-%d')
          ) to ${sqlString(temporary)} (format parquet, compression zstd)`);
      } catch (error) {
        await rm(temporary, {force: true});
        throw new InputSchemaError(
          `The CSV file ${csvName} does not match the Food.com columns: ${describeCause(error).split("\n")[0]}`,
          csvName,
          undefined,
          {hint: `Its header must be: ${contract.columns.map((c) => c.name).join(",")}.`, cause: error}
        );
      }
      await rename(temporary, target);
      const {size} = await stat(target);
      logger.info(`import ${csvName} → ${target} (${formatBytes(size)}) in ${since(started)} ms`);
      written.push({name: contract.file, path: target});
    }
  } finally {
    warehouse.close();
  }
  return written;
}
