/**
 * The catalogue: what the pipeline builds and the site shows is listed, not found. `queries/pages.ts` lists the
 * pages in navigation order; each page's `queries/<page>/page.ts` lists its analyses in reading order, each entry
 * naming its files in the page folder. A file that no entry names is not an analysis, whatever it is called; an
 * entry whose file is missing is a clear error.
 */
import {pathToFileURL} from "node:url";
import path from "node:path";
import {readFile} from "node:fs/promises";

import {ConfigurationError} from "./errors.js";
import {sha256} from "./serialize.js";

/** One analysis of a page. Its name is the key everywhere: snapshots/<name>.json, site/src/views/<name>.ts. */
export interface CatalogueEntry {
  readonly name: string;
  /** The SQL of the model, in the page folder: one or more queries opened by `-- name: <key>` lines. */
  readonly sql: `${string}.sql`;
  /**
   * Values of the SQL's `{{ placeholder }}`s, for twins that share one SQL file and one step (the ingredients and
   * tags analyses of a page differ only by the list column they read).
   */
  readonly params?: Readonly<Record<string, string>>;
  /** Exports `schema`, the zod schema of the snapshot; the site validates with the same module. */
  readonly schema: `${string}.schema.ts`;
  /** Optional; exports `step(results)`, which turns the queries' small aggregates into statistics. */
  readonly step?: `${string}.step.ts`;
  /** Exports `text = {en, fr}`, every word the site writes about the analysis (optional only for test pages). */
  readonly text?: `${string}.text.ts`;
}

export interface PageCatalogue {
  /** The folder under queries/, and the `page` of its analyses in the manifest. */
  readonly page: string;
  readonly analyses: readonly CatalogueEntry[];
}

/** The top-level list of pages, `queries/pages.ts`. */
export const PAGES_FILE = "queries/pages.ts";

/**
 * Imports a module keyed by its content, so a process that builds twice (tests, a watch loop) sees an edited
 * module instead of the copy it imported first.
 */
export async function importFresh(file: string): Promise<unknown> {
  const version = sha256(await readFile(file)).slice(0, 16);
  return import(`${pathToFileURL(file).href}?v=${version}`);
}

async function importModule(root: string, file: string, hint: string): Promise<Record<string, unknown>> {
  try {
    return (await importFresh(path.join(root, file))) as Record<string, unknown>;
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    throw new ConfigurationError(
      missing
        ? `The catalogue file ${file} does not exist.`
        : `The catalogue file ${file} cannot be loaded: ${String((error as Error).message).split("\n")[0]}`,
      {hint, cause: error}
    );
  }
}

/** The pages of the catalogue, in navigation order (`only`, for tests, keeps the listed ones). */
export async function loadCatalogue(root: string, only?: {pages: readonly string[]}): Promise<PageCatalogue[]> {
  const top = await importModule(root, PAGES_FILE, "Run from the repository root, where queries/pages.ts lists pages.");
  const pages = top.pages;
  if (!Array.isArray(pages) || !pages.every((p) => typeof p === "string")) {
    throw new ConfigurationError(`The catalogue file ${PAGES_FILE} does not export \`pages\`, a list of folders.`, {
      hint: 'Write `export const pages = ["overview", "trends"] as const;`.'
    });
  }
  const catalogue: PageCatalogue[] = [];
  for (const page of pages as string[]) {
    if (only && !only.pages.includes(page)) continue;
    const file = path.join("queries", page, "page.ts");
    const module = await importModule(root, file, `Every page listed in ${PAGES_FILE} has a queries/<page>/page.ts.`);
    const entry = module.page as PageCatalogue | undefined;
    if (!entry || entry.page !== page || !Array.isArray(entry.analyses)) {
      throw new ConfigurationError(`The catalogue file ${file} does not export \`page\` for the page "${page}".`, {
        hint: `Write \`export const page = {page: "${page}", analyses: [...]} as const satisfies PageCatalogue;\`.`
      });
    }
    catalogue.push(entry);
  }
  return catalogue;
}

/**
 * Sets the `{{ name }}` placeholders of a twin's SQL to the values of its catalogue entry; a placeholder without a
 * value is an error naming both.
 */
export function fillParams(sql: string, params: Readonly<Record<string, string>>, file: string, name: string): string {
  return sql.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) {
      throw new ConfigurationError(`The analysis ${name} reads ${file}, which needs a value for {{ ${key} }}.`, {
        hint: `Give its catalogue entry \`params: {${key}: "<value>"}\`.`
      });
    }
    return value;
  });
}
