/**
 * The input contract: the two Parquet objects a data source must hold and their columns, exactly those of the
 * Food.com (Kaggle) CSV files. List-valued columns (tags, steps, ingredients, nutrition) stay the Python-list
 * strings of the original files; the warehouse parses them.
 */

/** A column type family: integer accepts any DuckDB integer width, so an import that chose INTEGER still passes. */
export type ColumnFamily = "integer" | "text" | "date";

export interface ContractColumn {
  name: string;
  family: ColumnFamily;
}

export interface ContractFile {
  /** Object name in the source. */
  file: string;
  /** Warehouse table the raw file is loaded into. */
  table: string;
  columns: ContractColumn[];
}

const col = (name: string, family: ColumnFamily): ContractColumn => ({name, family});

export const RECIPES_FILE: ContractFile = {
  file: "RAW_recipes.parquet",
  table: "raw_recipes",
  columns: [
    col("name", "text"),
    col("id", "integer"),
    col("minutes", "integer"),
    col("contributor_id", "integer"),
    col("submitted", "date"),
    col("tags", "text"),
    col("nutrition", "text"),
    col("n_steps", "integer"),
    col("steps", "text"),
    col("description", "text"),
    col("ingredients", "text"),
    col("n_ingredients", "integer")
  ]
};

export const INTERACTIONS_FILE: ContractFile = {
  file: "RAW_interactions.parquet",
  table: "raw_interactions",
  columns: [
    col("user_id", "integer"),
    col("recipe_id", "integer"),
    col("date", "date"),
    col("rating", "integer"),
    col("review", "text")
  ]
};

export const CONTRACT: readonly ContractFile[] = [RECIPES_FILE, INTERACTIONS_FILE];

export const CONTRACT_FILE_NAMES: readonly string[] = CONTRACT.map((f) => f.file);

const INTEGER_TYPES = new Set([
  "TINYINT",
  "SMALLINT",
  "INTEGER",
  "BIGINT",
  "UTINYINT",
  "USMALLINT",
  "UINTEGER",
  "UBIGINT",
  "HUGEINT"
]);

/** Whether a DuckDB column type belongs to a family. */
export function typeMatches(family: ColumnFamily, duckdbType: string): boolean {
  const t = duckdbType.toUpperCase();
  if (family === "integer") return INTEGER_TYPES.has(t);
  if (family === "text") return t === "VARCHAR";
  return t === "DATE";
}

/** The DuckDB type the project writes for a family (the generator and the CSV import use these). */
export const WRITTEN_TYPE: Record<ColumnFamily, string> = {integer: "BIGINT", text: "VARCHAR", date: "DATE"};
