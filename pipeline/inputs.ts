/**
 * Loads the contract's input files into the warehouse after checking them: readable as Parquet, not empty, every
 * contract column present with a type of the right family. The check runs on Parquet metadata, before any row is
 * read, so a wrong file fails in milliseconds with a message naming the file and the column.
 */
import path from "node:path";

import type {ContractFile} from "./contract.js";
import {typeMatches, WRITTEN_TYPE} from "./contract.js";
import {describeCause, InputSchemaError} from "./errors.js";
import type {Warehouse} from "./warehouse.js";
import {sqlString} from "./warehouse.js";

export interface LoadedInput {
  file: string;
  rows: number;
}

/** Checks one input file against its contract and exposes it as the raw view `contract.table`. */
export async function loadInput(warehouse: Warehouse, contract: ContractFile, localPath: string): Promise<LoadedInput> {
  const source = `read_parquet(${sqlString(localPath)})`;
  const where = `${contract.file} (${localPath})`;

  let described: Array<{column_name: string; column_type: string}>;
  let rows: number;
  try {
    described = (await warehouse.rows(`describe select * from ${source}`)) as typeof described;
    const [meta] = await warehouse.rows(
      `select coalesce(sum(num_rows), 0)::bigint as n from parquet_file_metadata(${sqlString(localPath)})`
    );
    rows = Number(meta?.n ?? 0);
  } catch (error) {
    throw new InputSchemaError(
      `The input file ${where} cannot be read as Parquet: ${firstLine(describeCause(error))}`,
      contract.file,
      undefined,
      {
        hint: `The file is empty, truncated or not Parquet. Regenerate it (npm run data:generate), re-import it (npm run data:import -- <csv dir>) or re-upload it to the bucket.`,
        cause: error
      }
    );
  }

  const found = new Map(described.map((c) => [c.column_name, c.column_type]));
  for (const column of contract.columns) {
    const type = found.get(column.name);
    if (type === undefined) {
      const similar = [...found.keys()].find((k) => k.toLowerCase() === column.name.toLowerCase());
      throw new InputSchemaError(
        `The input file ${contract.file} has no column "${column.name}" (expected ${WRITTEN_TYPE[column.family]}).`,
        contract.file,
        column.name,
        {
          hint: similar
            ? `A column "${similar}" exists: column names are case-sensitive; rename it to "${column.name}".`
            : `The file must have the columns of the Food.com ${path.basename(contract.file, ".parquet")}.csv: ${contract.columns.map((c) => c.name).join(", ")}.`
        }
      );
    }
    if (!typeMatches(column.family, type)) {
      throw new InputSchemaError(
        `The column "${column.name}" of ${contract.file} has type ${type}, but the contract expects ${WRITTEN_TYPE[column.family]}.`,
        contract.file,
        column.name,
        {
          hint: `Convert the CSV with npm run data:import, which casts every column to its contract type.`
        }
      );
    }
  }
  if (rows === 0) {
    throw new InputSchemaError(`The input file ${contract.file} has no rows.`, contract.file, undefined, {
      hint: "An empty export usually means the upload or the conversion was interrupted; produce the file again."
    });
  }

  // Select the contract columns by name so extra columns never leak into the analyses.
  const columns = contract.columns.map((c) => `"${c.name}"`).join(", ");
  await warehouse.run(`create or replace view ${contract.table} as select ${columns} from ${source}`);
  return {file: contract.file, rows};
}

/** A message's first line: DuckDB's messages go on with candidates, the query text and a caret under it. */
export function firstLine(text: string): string {
  return text.split("\n")[0] ?? text;
}
