/**
 * SQL text helpers for the generator: literals, VALUES tables, the Python-repr quoting of list items, and the
 * hash-derived random draws every column is built from.
 *
 * Every random number is a pure function of (seed, row keys, salt): DuckDB's `random()` depends on how rows are
 * split across threads, `hash()` does not, so the same seed always yields the same bytes.
 */

/** A SQL string literal: `it's` → `'it''s'`. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** A SQL number literal that DuckDB reads back as the same double (no exponent surprises, no NaN). */
export function sqlNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`invalid SQL number: ${value}`);
  // Exponent form makes DuckDB read a DOUBLE, where "0.25" would be a DECIMAL whose width varies row to row.
  return Number.isInteger(value) ? String(value) : value.toExponential(16);
}

/** One SQL literal for a JS value: strings quoted, numbers as numbers, null as NULL. */
export function sqlLiteral(value: string | number | null): string {
  if (value === null) return "null";
  return typeof value === "string" ? sqlString(value) : sqlNumber(value);
}

/**
 * A `(values ...) t(col, ...)` table expression from row objects, for the small vocabulary and calendar tables.
 * Column order follows `columns`; every row must have every column.
 */
export function valuesTable<Row extends object>(
  alias: string,
  columns: ReadonlyArray<keyof Row & string>,
  rows: readonly Row[]
): string {
  if (rows.length === 0) throw new Error(`invalid values table ${alias}: no rows`);
  const cell = (row: Row, column: keyof Row & string) => {
    const value: unknown = row[column];
    if (value === null || typeof value === "string" || typeof value === "number") return sqlLiteral(value);
    throw new Error(`invalid value in ${alias}.${column}: ${String(value)}`);
  };
  const body = rows.map((row) => `(${columns.map((c) => cell(row, c)).join(", ")})`).join(",\n");
  return `(values\n${body}\n) ${alias}(${columns.join(", ")})`;
}

/** A SQL list literal (1-based in DuckDB); strings are quoted unless `quote` is false (items already SQL). */
export function sqlList(items: readonly string[], quote = true): string {
  return `[${items.map((item) => (quote ? sqlString(item) : item)).join(", ")}]`;
}

/**
 * How Python's `repr()` writes one string inside a list, which is what the Kaggle CSV holds: single quotes, or
 * double quotes when the text contains an apostrophe (`"confectioners' sugar"`). Items never contain both quote
 * kinds or a backslash, so no escaping is needed; the vocabulary tests check that.
 */
export function pythonRepr(item: string): string {
  if (item.includes("\\") || (item.includes("'") && item.includes('"'))) throw new Error(`invalid list item: ${item}`);
  return item.includes("'") ? `"${item}"` : `'${item}'`;
}

/** The SQL expression doing {@link pythonRepr} on a VARCHAR expression, for items assembled per row. */
export function sqlPythonRepr(expr: string): string {
  return `(case when contains(${expr}, '''') then '"' || ${expr} || '"' else '''' || ${expr} || '''' end)`;
}

/**
 * A 64-bit constant for (seed, salt): FNV-1a of the text, then the splitmix64 finaliser so that salts differing
 * in one character give unrelated constants.
 */
export function saltConstant(seed: number, salt: string): bigint {
  const mask = (1n << 64n) - 1n;
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(`${seed}\u0000${salt}`)) h = ((h ^ BigInt(byte)) * 0x100000001b3n) & mask;
  h = ((h ^ (h >> 30n)) * 0xbf58476d1ce4e5b9n) & mask;
  h = ((h ^ (h >> 27n)) * 0x94d049bb133111ebn) & mask;
  return h ^ (h >> 31n);
}

/**
 * Builds the random-draw SQL snippets for one seed. Keys are SQL expressions (column names, integer literals)
 * with non-negative integer values; the salt names the draw so two columns of the same row are independent.
 *
 * DuckDB's multi-argument `hash(a, b, c)` combines the per-argument hashes too simply: draws that differ only by
 * salt come out strongly correlated (r ≈ −0.6). So each key is folded in with a single-value `hash()` (a full
 * 64-bit mixer) over `key XOR state`, starting from the (seed, salt) constant.
 */
export function randomSql(seed: number) {
  if (!Number.isSafeInteger(seed)) throw new Error(`invalid seed: ${seed}`);
  const hash = (salt: string, keys: readonly string[]) =>
    keys.reduce((state, key) => `hash(xor((${key})::ubigint, ${state}))`, `${saltConstant(seed, salt)}::ubigint`);
  // 53 random bits, centred in their cell so the value is never exactly 0 or 1 (ln and logit stay finite).
  const uniform = (salt: string, ...keys: string[]) =>
    `((((${hash(salt, keys)}) >> 11)::double + 0.5) / 9007199254740992.0)`;
  return {
    /** The raw 64-bit hash (UBIGINT), for ranking rows in a random but fixed order. */
    hash: (salt: string, ...keys: string[]) => hash(salt, keys),
    /** Uniform in (0, 1). */
    uniform,
    /** Standard normal by Box–Muller from two independent uniforms. */
    normal: (salt: string, ...keys: string[]) =>
      `(sqrt(-2.0 * ln(${uniform(`${salt}:r`, ...keys)})) * cos(2.0 * pi() * ${uniform(`${salt}:a`, ...keys)}))`,
    /** An integer in [0, n). */
    below: (n: number | string, salt: string, ...keys: string[]) => `((${hash(salt, keys)}) % (${n})::ubigint)::bigint`
  };
}

export type RandomSql = ReturnType<typeof randomSql>;

/**
 * Picks random elements of constant word lists through a one-row table (`alias` in the query, cross-joined):
 * indexing a list column of a one-row table is much cheaper per row than indexing a list literal. Register the
 * lists with `pick` while writing the query, then create the table with `table()` before running it.
 */
export function textPicker(rnd: RandomSql, alias: string) {
  const lists = new Map<string, readonly string[]>();
  return {
    /** `alias.column[1 + random index]`, registering `items` as `column`. */
    pick(column: string, items: readonly string[], salt: string, ...keys: string[]): string {
      lists.set(column, items);
      return `${alias}.${column}[1 + ${rnd.below(items.length, salt, ...keys)}]`;
    },
    /** The CREATE TABLE statement of the one-row table holding every registered list. */
    table(name: string): string {
      return `create table ${name} as select ${[...lists].map(([column, items]) => `${sqlList(items)} as ${column}`).join(", ")}`;
    }
  };
}
