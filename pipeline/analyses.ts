/**
 * The analyses to build, from the catalogue (pipeline/catalogue.ts: queries/pages.ts and each page's page.ts). An
 * entry names its files in the page folder:
 *   <sql>.sql         one or more queries, each opened by a `-- name: <key>` line (a single unnamed query is `rows`);
 *   <schema>.schema.ts  exports `schema`, the zod schema of the snapshot (the site imports the same module);
 *   <step>.step.ts    optional, exports `step(results)`: turns the queries' small aggregates into statistics.
 * Twins share one SQL file and one step and differ by the entry's `params`. The snapshot is snapshots/<name>.json,
 * so the name is unique across pages.
 */
import {readFile} from "node:fs/promises";
import path from "node:path";

import type {ZodType} from "zod";

import type {CatalogueEntry} from "./catalogue.js";
import {fillParams, importFresh, loadCatalogue} from "./catalogue.js";
import {ConfigurationError} from "./errors.js";
import type {ImportCache} from "./moduleGraph.js";
import {moduleGraph} from "./moduleGraph.js";
import {sha256} from "./serialize.js";
import type {StagingModel} from "./staging.js";
import {modelTables, STAGING_MODELS, stagingPaths} from "./staging.js";
import type {Row} from "./warehouse.js";

/** Rows of each named query of an analysis. */
export type QueryResults = Record<string, Row[]>;

export type AnalysisStep = (results: QueryResults) => unknown;

export interface NamedQuery {
  key: string;
  sql: string;
}

export interface AnalysisDefinition {
  name: string;
  page: string;
  /** Repository-relative paths, for messages. */
  sqlFile: string;
  schemaFile: string;
  stepFile: string | undefined;
  /** The catalogue entry's values for the SQL's placeholders (twins); part of the key. */
  params: Readonly<Record<string, string>>;
  queries: NamedQuery[];
  /** Staging models whose tables the SQL reads. */
  models: StagingModel[];
  /** Repository-relative files whose content the analysis' key covers. */
  codeFiles: string[];
}

const NAME_PATTERN = /^[a-z][a-z0-9_]*$/;

/** Splits an analysis' SQL text into its named queries. */
export function parseNamedQueries(sql: string, file: string): NamedQuery[] {
  const marker = /^--\s*name:\s*([a-z][a-z0-9_]*)\s*$/gm;
  const matches = [...sql.matchAll(marker)];
  if (matches.length === 0) {
    const body = sql.trim().replace(/;\s*$/, "");
    if (!body) throw new ConfigurationError(`The query file ${file} is empty.`, {hint: "Write a select statement."});
    return [{key: "rows", sql: body}];
  }
  const queries: NamedQuery[] = [];
  matches.forEach((match, i) => {
    const start = match.index! + match[0].length;
    const end = i + 1 < matches.length ? matches[i + 1]!.index! : sql.length;
    const body = sql.slice(start, end).trim().replace(/;\s*$/, "");
    if (!body) throw new ConfigurationError(`The query "${match[1]}" in ${file} is empty.`, {hint: "Write a select."});
    if (queries.some((q) => q.key === match[1])) {
      throw new ConfigurationError(`The query name "${match[1]}" appears twice in ${file}.`, {
        hint: "Give every `-- name:` block of a file its own key."
      });
    }
    queries.push({key: match[1]!, sql: body});
  });
  return queries;
}

/**
 * Expands `-- include: _<file>.sql (name = value, …)` lines: the shared SQL file of the page replaces the line,
 * with each `{{ name }}` set to its value. Analyses share a CTE this way (the ratings' monthly series, the
 * seasonality's per-season statistics), as dbt models share a macro. Returns the SQL and the included files (they join the key).
 */
export async function expandIncludes(
  sql: string,
  dir: string,
  file: string
): Promise<{sql: string; included: string[]}> {
  const included: string[] = [];
  let out = sql;
  for (const match of [...sql.matchAll(/^--[ \t]*include:[ \t]*(\S+)[ \t]*(?:\((.*)\))?[ \t]*$/gm)]) {
    const name = match[1]!;
    if (!/^_[a-z0-9_]+\.sql$/.test(name)) {
      throw new ConfigurationError(`The include "${name}" in ${file} is not a shared SQL file of its folder.`, {
        hint: "Include files are named _<name>.sql and live beside the analyses that use them."
      });
    }
    let body: string;
    try {
      body = await readFile(path.join(dir, name), "utf8");
    } catch {
      throw new ConfigurationError(`The file ${file} includes ${name}, which does not exist in its folder.`, {
        hint: `Create ${path.join(path.dirname(file), name)} or fix the include line.`
      });
    }
    const values = new Map(
      (match[2] ?? "")
        .split(",")
        .map((pair) => pair.split("=").map((x) => x.trim()))
        .filter((pair): pair is [string, string] => pair.length === 2 && pair[0] !== "")
    );
    const expanded = body.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (_, key: string) => {
      const value = values.get(key);
      if (value === undefined) {
        throw new ConfigurationError(`The file ${file} includes ${name} without a value for {{ ${key} }}.`, {
          hint: `Write the include as: -- include: ${name} (${key} = <value>)`
        });
      }
      return value;
    });
    out = out.replace(match[0], expanded.trim());
    included.push(path.join(path.dirname(file), name));
  }
  return {sql: out, included};
}

/**
 * Staging models an analysis reads, found by the tables its SQL names after `from` or `join` (a column or an
 * alias called "recipes" does not count). Comments and string literals are ignored.
 */
export function modelsReadBy(sql: string): StagingModel[] {
  const code = sql.replace(/--[^\n]*/g, " ").replace(/'(?:[^']|'')*'/g, "''");
  const referenced = new Set(
    [...code.matchAll(/\b(?:from|join)\s+([a-z_][a-z0-9_]*)\b/gi)].map((m) => m[1]!.toLowerCase())
  );
  return STAGING_MODELS.filter((model) => modelTables(model).some((table) => referenced.has(table)));
}

/** Engine files whose behaviour shapes every snapshot. */
const ENGINE_FILES = ["pipeline/warehouse.ts", "pipeline/serialize.ts", "pipeline/analyses.ts"];

async function exists(file: string): Promise<boolean> {
  return readFile(file).then(
    () => true,
    () => false
  );
}

/** Checks that a file an entry names is in its page folder; returns its repository-relative path. */
async function entryFile(root: string, page: string, entry: CatalogueEntry, field: string, file: string) {
  const relative = path.join("queries", page, file);
  if (file.includes("/") || !(await exists(path.join(root, relative)))) {
    throw new ConfigurationError(
      `The analysis ${entry.name} of queries/${page}/page.ts names the ${field} file ${relative}, which does not exist.`,
      {hint: `Create ${relative}, or fix the entry's \`${field}\` (a file name in queries/${page}/).`}
    );
  }
  return relative;
}

/**
 * Every analysis of the catalogue (or, for tests, of the listed pages only), checked: names snake_case and unique,
 * files present. Sorted by page folder, then name, the manifest's stable order; the catalogue's own order is the
 * reading order the site follows.
 */
export async function discoverAnalyses(root: string, only?: {pages: readonly string[]}): Promise<AnalysisDefinition[]> {
  const seen = new Map<string, string>();
  const analyses: AnalysisDefinition[] = [];
  const imports: ImportCache = new Map();
  for (const {page, analyses: entries} of await loadCatalogue(root, only)) {
    for (const entry of entries) {
      const {name} = entry;
      if (!NAME_PATTERN.test(name)) {
        throw new ConfigurationError(
          `The analysis "${name}" of queries/${page}/page.ts has a name that is not snake_case.`,
          {
            hint: "Name analyses with lower-case letters, digits and underscores: the name becomes the snapshot file."
          }
        );
      }
      const where = `queries/${page}/page.ts`;
      if (seen.has(name)) {
        throw new ConfigurationError(`Two analyses are named "${name}": in ${seen.get(name)} and in ${where}.`, {
          hint: "The name is the key of the snapshot file, so it must be unique across pages."
        });
      }
      seen.set(name, where);
      const sqlFile = await entryFile(root, page, entry, "sql", entry.sql);
      const schemaFile = await entryFile(root, page, entry, "schema", entry.schema);
      const stepFile = entry.step === undefined ? undefined : await entryFile(root, page, entry, "step", entry.step);
      if (entry.text !== undefined) await entryFile(root, page, entry, "text", entry.text);
      const {sql: expanded, included} = await expandIncludes(
        await readFile(path.join(root, sqlFile), "utf8"),
        path.join(root, "queries", page),
        sqlFile
      );
      const sql = fillParams(expanded, entry.params ?? {}, sqlFile, name);
      const models = modelsReadBy(sql);
      // The schema and the step with every module they import (helpers, statistics, narrative), not a
      // hand-kept list: an edited shared module rebuilds exactly the analyses that use it.
      const modules = await moduleGraph(root, stepFile ? [schemaFile, stepFile] : [schemaFile], imports);
      const codeFiles = [
        ...new Set([
          sqlFile,
          ...included,
          ...modules,
          ...models.flatMap((m) => stagingPaths(root, m).map((file) => path.relative(root, file))),
          ...ENGINE_FILES
        ])
      ];
      analyses.push({
        name,
        page,
        sqlFile,
        schemaFile,
        stepFile,
        params: entry.params ?? {},
        queries: parseNamedQueries(sql, sqlFile),
        models,
        codeFiles
      });
    }
  }
  const byKey = (a: AnalysisDefinition) => `${a.page}\0${a.name}`;
  return analyses.sort((a, b) => (byKey(a) < byKey(b) ? -1 : byKey(a) > byKey(b) ? 1 : 0));
}

/** Identity of everything an analysis' output depends on. */
export interface Fingerprint {
  key: string;
  /** File path or input object name → content hash. */
  dependencies: Record<string, string>;
}

export interface InputIdentity {
  name: string;
  etag: string;
  size: number;
}

/** Hashes the files an analysis depends on and the identities of the inputs it reads. */
export async function fingerprint(
  root: string,
  analysis: AnalysisDefinition,
  inputs: readonly InputIdentity[],
  fileHashes: Map<string, string> = new Map(),
  /** Settings that change what the cleaning keeps (the date window): a new value rebuilds every analysis. */
  settings: Readonly<Record<string, string>> = {}
): Promise<Fingerprint> {
  const dependencies: Record<string, string> = {};
  for (const [name, value] of Object.entries(settings)) dependencies[`${SETTING}${name}`] = value;
  for (const [name, value] of Object.entries(analysis.params)) dependencies[`${PARAM}${name}`] = value;
  for (const file of analysis.codeFiles) {
    let hash = fileHashes.get(file);
    if (hash === undefined) {
      hash = sha256(await readFile(path.join(root, file)));
      fileHashes.set(file, hash);
    }
    dependencies[file] = hash;
  }
  for (const model of analysis.models) {
    const input = inputs.find((i) => i.name === model.input.file);
    if (input) dependencies[input.name] = `${input.etag}:${input.size}`;
  }
  const sorted = Object.fromEntries(Object.entries(dependencies).sort(([a], [b]) => a.localeCompare(b)));
  return {key: sha256(JSON.stringify(sorted)), dependencies: sorted};
}

/** Loads the schema and step modules of an analysis. */
export async function loadAnalysisModules(
  root: string,
  analysis: AnalysisDefinition
): Promise<{schema: ZodType; step: AnalysisStep | undefined}> {
  const schemaModule = (await importFresh(path.join(root, analysis.schemaFile))) as {schema?: ZodType};
  if (!schemaModule.schema) {
    throw new ConfigurationError(`The schema module ${analysis.schemaFile} does not export \`schema\`.`, {
      hint: "Export the zod schema of the snapshot as `export const schema = z.object({...})`."
    });
  }
  let step: AnalysisStep | undefined;
  if (analysis.stepFile) {
    const stepModule = (await importFresh(path.join(root, analysis.stepFile))) as {step?: AnalysisStep};
    if (typeof stepModule.step !== "function") {
      throw new ConfigurationError(`The step module ${analysis.stepFile} does not export a \`step\` function.`, {
        hint: "Export `export function step(results) {...}` returning the snapshot value."
      });
    }
    step = stepModule.step;
  }
  return {schema: schemaModule.schema, step};
}

/** Prefix of the settings among a fingerprint's dependencies. */
const SETTING = "setting:";
/** Prefix of the catalogue entry's params among a fingerprint's dependencies. */
const PARAM = "param:";

/** Why an analysis must be rebuilt, comparing its fingerprint with the previous build's; undefined = reusable. */
export function explainChange(
  current: Fingerprint,
  previous: {key: string; dependencies?: Record<string, string>} | undefined
): string | undefined {
  if (!previous) return "no previous snapshot";
  if (previous.key === current.key) return undefined;
  const before = previous.dependencies ?? {};
  const changed = Object.keys(current.dependencies).filter((k) => before[k] !== current.dependencies[k]);
  const removed = Object.keys(before).filter((k) => !(k in current.dependencies));
  const parts: string[] = [];
  const settings = changed.filter((k) => k.startsWith(SETTING)).map((k) => k.slice(SETTING.length));
  const params = changed.filter((k) => k.startsWith(PARAM)).map((k) => k.slice(PARAM.length));
  const inputs = changed.filter((k) => !k.includes("/") && !k.startsWith(SETTING) && !k.startsWith(PARAM));
  const code = changed.filter((k) => k.includes("/"));
  if (settings.length) parts.push(`setting changed: ${settings.join(", ")}`);
  if (params.length) parts.push(`parameter changed: ${params.join(", ")}`);
  if (inputs.length) parts.push(`input changed: ${inputs.join(", ")}`);
  if (code.length) parts.push(`code changed: ${code.join(", ")}`);
  if (removed.length) parts.push(`dependency dropped: ${removed.join(", ")}`);
  return parts.join("; ") || "key changed";
}
