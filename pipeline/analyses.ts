/**
 * The analysis registry. An analysis is named by its files under queries/<page>/:
 *   <name>.sql        one or more queries, each opened by a `-- name: <key>` line (a single unnamed query is `rows`);
 *   <name>.schema.ts  exports `schema`, the zod schema of the snapshot (the site imports the same module);
 *   <name>.step.ts    optional, exports `step(results)`: turns the queries' small aggregates into statistics.
 * Files whose name starts with "_" are helpers shared by the analyses of their folder. The snapshot is
 * snapshots/<name>.json, so the name is unique across pages.
 */
import {readdir, readFile} from "node:fs/promises";
import path from "node:path";
import {pathToFileURL} from "node:url";

import type {ZodType} from "zod";

import {ConfigurationError} from "./errors.js";
import {moduleGraph} from "./moduleGraph.js";
import {sha256} from "./serialize.js";
import type {StagingModel} from "./staging.js";
import {STAGING_MODELS, stagingPath} from "./staging.js";
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
 * with each `{{ name }}` set to its value. Two analyses that differ only by a column (ingredients and tags) share
 * one query this way, as dbt models share a macro. Returns the SQL and the included files (they join the key).
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
  return STAGING_MODELS.filter((model) => model.tables.some((table) => referenced.has(table)));
}

/** Engine files whose behaviour shapes every snapshot. */
const ENGINE_FILES = ["pipeline/warehouse.ts", "pipeline/serialize.ts", "pipeline/analyses.ts"];

/** Finds every analysis under queries/ (or, for tests, under the listed pages only). */
export async function discoverAnalyses(root: string, only?: {pages: readonly string[]}): Promise<AnalysisDefinition[]> {
  const queriesDir = path.join(root, "queries");
  const pages = (await readdir(queriesDir, {withFileTypes: true}))
    .filter((d) => d.isDirectory() && d.name !== "staging" && !d.name.startsWith("."))
    .map((d) => d.name)
    .filter((page) => !only || only.pages.includes(page))
    .sort();
  const seen = new Map<string, string>();
  const analyses: AnalysisDefinition[] = [];
  for (const page of pages) {
    const files = (await readdir(path.join(queriesDir, page))).sort();
    for (const sqlName of files.filter((f) => f.endsWith(".sql") && !f.startsWith("_"))) {
      const name = sqlName.slice(0, -4);
      const sqlFile = path.join("queries", page, sqlName);
      if (!NAME_PATTERN.test(name)) {
        throw new ConfigurationError(`The analysis file ${sqlFile} has a name that is not snake_case.`, {
          hint: "Name analyses with lower-case letters, digits and underscores: the name becomes the snapshot file."
        });
      }
      if (seen.has(name)) {
        throw new ConfigurationError(`Two analyses are named "${name}": ${seen.get(name)} and ${sqlFile}.`, {
          hint: "The name is the key of the snapshot file, so it must be unique across pages."
        });
      }
      seen.set(name, sqlFile);
      const schemaFile = path.join("queries", page, `${name}.schema.ts`);
      if (!files.includes(`${name}.schema.ts`)) {
        throw new ConfigurationError(`The analysis ${sqlFile} has no schema module ${schemaFile}.`, {
          hint: "Every snapshot is validated: export `schema` (zod) from <name>.schema.ts beside the SQL."
        });
      }
      const stepFile = files.includes(`${name}.step.ts`) ? path.join("queries", page, `${name}.step.ts`) : undefined;
      const {sql, included} = await expandIncludes(
        await readFile(path.join(root, sqlFile), "utf8"),
        path.join(queriesDir, page),
        sqlFile
      );
      const models = modelsReadBy(sql);
      // The schema and the step with every module they import (helpers, statistics, narrative), not a
      // hand-kept list: an edited shared module rebuilds exactly the analyses that use it.
      const modules = await moduleGraph(root, stepFile ? [schemaFile, stepFile] : [schemaFile]);
      const codeFiles = [
        ...new Set([
          sqlFile,
          ...included,
          ...modules,
          ...models.map((m) => path.relative(root, stagingPath(root, m))),
          ...ENGINE_FILES
        ])
      ];
      analyses.push({
        name,
        page,
        sqlFile,
        schemaFile,
        stepFile,
        queries: parseNamedQueries(sql, sqlFile),
        models,
        codeFiles
      });
    }
  }
  return analyses;
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

/**
 * Imports a module keyed by its content, so a process that builds twice (tests, a watch loop) sees an edited
 * schema or step instead of the copy it imported first.
 */
async function importFresh(file: string): Promise<unknown> {
  const version = sha256(await readFile(file)).slice(0, 16);
  return import(`${pathToFileURL(file).href}?v=${version}`);
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

/** Why an analysis must be rebuilt, comparing its fingerprint with the previous build's; undefined = reusable. */
/** Prefix of the settings among a fingerprint's dependencies. */
const SETTING = "setting:";

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
  const inputs = changed.filter((k) => !k.includes("/") && !k.startsWith(SETTING));
  const code = changed.filter((k) => k.includes("/"));
  if (settings.length) parts.push(`setting changed: ${settings.join(", ")}`);
  if (inputs.length) parts.push(`input changed: ${inputs.join(", ")}`);
  if (code.length) parts.push(`code changed: ${code.join(", ")}`);
  if (removed.length) parts.push(`dependency dropped: ${removed.join(", ")}`);
  return parts.join("; ") || "key changed";
}
