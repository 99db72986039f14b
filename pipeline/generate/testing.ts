/**
 * Test helpers for the generator: read a generated file with DuckDB, and parse the Python-list strings the way
 * Python's `ast.literal_eval` would (single- or double-quoted items, no escapes needed by our vocabularies).
 */
import {DuckDBInstance} from "@duckdb/node-api";

/** Runs one query over a fresh in-memory DuckDB and returns plain row objects (BIGINT → number, DATE → Date). */
export async function query(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(":memory:", {
    autoinstall_known_extensions: "false",
    autoload_known_extensions: "false"
  });
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(sql);
    return reader
      .getRowObjectsJS()
      .map((row) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v]))
      );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Parses `['a', "b's", 'c']` into its items; throws on anything else. */
export function parsePythonList(text: string): string[] {
  if (!text.startsWith("[") || !text.endsWith("]")) throw new Error(`not a list: ${text}`);
  const items: string[] = [];
  let i = 1;
  while (i < text.length - 1) {
    const quote = text[i];
    if (quote !== "'" && quote !== '"') throw new Error(`expected a quote at ${i}: ${text}`);
    const end = text.indexOf(quote, i + 1);
    if (end < 0) throw new Error(`unterminated item at ${i}: ${text}`);
    items.push(text.slice(i + 1, end));
    i = end + 1;
    if (i < text.length - 1) {
      if (text.slice(i, i + 2) !== ", ") throw new Error(`expected ", " at ${i}: ${text}`);
      i += 2;
    }
  }
  return items;
}
