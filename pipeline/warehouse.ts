/**
 * The DuckDB warehouse: one in-memory database per build. Extensions are never installed or auto-loaded: the
 * build machines have no route to DuckDB's extension host, and the pipeline reads only local files.
 */
import {rmSync} from "node:fs";

import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";

import {ALLOCATOR_SETTINGS} from "./memory.js";
import {STRUCTURAL_TAGS_MACRO} from "./structuralTags.js";

export interface WarehouseOptions {
  /** Worker threads; undefined lets DuckDB use every core. */
  threads?: number;
  /** DuckDB memory limit, e.g. "1536MB": the benchmark holds peak memory to 2 GiB. */
  memoryLimit?: string;
  /**
   * Folder DuckDB spills to past its memory limit, created on the first spill; the warehouse deletes it on close.
   * Without one DuckDB spills to ".tmp" under the working directory, which two builds would share.
   */
  tempDirectory?: string;
}

export type Row = Record<string, unknown>;

/**
 * Definitions every query shares, created once in the database (forks see them): `season_of(date)` is the
 * meteorological season of a date, the one rule the staging models and the seasonal analyses all use;
 * `excluded_items(recipes, item_counts)` lists the structural tags the tag analyses leave out
 * (pipeline/structuralTags.ts).
 */
const MACROS = `
  create macro season_of(d) as
    case
      when month(d) in (12, 1, 2) then 'Winter'
      when month(d) in (3, 4, 5) then 'Spring'
      when month(d) in (6, 7, 8) then 'Summer'
      else 'Autumn'
    end;
  ${STRUCTURAL_TAGS_MACRO}
`;

export class Warehouse {
  private constructor(
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
    /** Only the warehouse that opened the instance closes it; forks close their connection. */
    private readonly owner: boolean,
    private readonly tempDirectory?: string
  ) {}

  static async open(options: WarehouseOptions = {}): Promise<Warehouse> {
    const config: Record<string, string> = {
      autoinstall_known_extensions: "false",
      autoload_known_extensions: "false",
      ...ALLOCATOR_SETTINGS
    };
    if (options.threads !== undefined) config.threads = String(options.threads);
    if (options.memoryLimit !== undefined) config.memory_limit = options.memoryLimit;
    if (options.tempDirectory !== undefined) config.temp_directory = options.tempDirectory;
    const instance = await DuckDBInstance.create(":memory:", config);
    const warehouse = new Warehouse(instance, await instance.connect(), true, options.tempDirectory);
    await warehouse.run(MACROS);
    return warehouse;
  }

  /** Another connection to the same database, so independent queries can run side by side. */
  async fork(): Promise<Warehouse> {
    return new Warehouse(this.instance, await this.instance.connect(), false);
  }

  /** Runs one or more statements and discards their results. */
  async run(sql: string): Promise<void> {
    await this.connection.run(sql);
  }

  /** Runs a query and returns its rows as plain JSON-ready objects (see `toPlain`). */
  async rows(sql: string): Promise<Row[]> {
    const reader = await this.connection.runAndReadAll(sql);
    return reader.getRowObjectsJS().map((row) => toPlain(row) as Row);
  }

  async setThreads(threads: number): Promise<void> {
    await this.connection.run(`set threads = ${Math.max(1, Math.floor(threads))}`);
  }

  async version(): Promise<string> {
    const [row] = await this.rows("select version() as v");
    return String(row?.v);
  }

  /** Asks the running query, if any, to stop: its promise then rejects with an interrupt error. */
  interrupt(): void {
    this.connection.interrupt();
  }

  close(): void {
    this.connection.closeSync();
    if (!this.owner) return;
    this.instance.closeSync();
    if (this.tempDirectory !== undefined) rmSync(this.tempDirectory, {recursive: true, force: true});
  }
}

/**
 * Converts DuckDB's JS values into JSON-ready ones: BIGINT and HUGEINT become numbers (they are counts and ids,
 * far below 2^53 here; a larger one throws rather than silently losing digits), DATE becomes "YYYY-MM-DD",
 * TIMESTAMP an ISO string, and lists and structs are converted recursively.
 */
export function toPlain(value: unknown): unknown {
  if (typeof value === "bigint") {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new Error(`integer out of safe range: ${value}`);
    }
    return Number(value);
  }
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

/** A SQL string literal. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
