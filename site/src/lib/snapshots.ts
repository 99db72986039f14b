/**
 * Build-time access to the snapshot set. Every snapshot is read from SNAPSHOT_DIR (default `<repo>/snapshots`) and
 * validated again with its analysis' own schema module (the one the pipeline used, found through the view
 * catalogue, lib/viewCatalogue.ts), the manifest with `manifestSchema`. A missing or invalid file throws a SnapshotLoadError naming the file,
 * the first failing path and what to do, which fails `astro build`: a broken page is never published.
 */
import {createHash} from "node:crypto";
import {readFileSync} from "node:fs";
import path from "node:path";

import type {ZodType} from "zod";

import type {Manifest, ManifestAnalysis} from "../../../pipeline/manifest.js";
import {MANIFEST_FILE, manifestSchema} from "../../../pipeline/manifest.js";
import type {TextModule} from "../../../pipeline/narrative.js";
import type {AnalysisName} from "./catalogue.js";
import {catalogueEntry} from "./catalogue.js";
import type {SnapshotOf} from "./viewCatalogue.js";
import {ANALYSES, isAnalysisName} from "./viewCatalogue.js";

const HINT = "Run `npm run build:data` to build the snapshot set, or point SNAPSHOT_DIR at one.";

/** A snapshot the site cannot use; the message names the file and says what to do. */
export class SnapshotLoadError extends Error {
  override name = "SnapshotLoadError";
  constructor(
    message: string,
    readonly file: string
  ) {
    super(`${message} ${HINT}`);
  }
}

/** Directory of the snapshot set the site is built from. */
export function snapshotDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.SNAPSHOT_DIR || path.join(process.cwd(), "snapshots"));
}

/** `a.b[2].c` for a zod issue path; "the top level" for an empty one. */
export function formatIssuePath(issuePath: readonly PropertyKey[]): string {
  if (issuePath.length === 0) return "the top level";
  return issuePath
    .map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`))
    .join("");
}

/** Reads and parses a JSON file of the set; throws a SnapshotLoadError when it is missing or not JSON. */
function readJson(dir: string, file: string): unknown {
  const full = path.join(dir, file);
  let text: string;
  try {
    text = readFileSync(full, "utf8");
  } catch {
    throw new SnapshotLoadError(`The snapshot ${full} is missing.`, full);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SnapshotLoadError(`The snapshot ${full} is not valid JSON (${(error as Error).message}).`, full);
  }
}

/** Validates `value` with `schema`; throws a SnapshotLoadError naming the file and the first failing path. */
export function validate<T>(schema: ZodType<T>, value: unknown, file: string, schemaFile: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new SnapshotLoadError(
    `The snapshot ${file} breaks its schema ${schemaFile} at ${formatIssuePath(issue.path)}: ${issue.message}.`,
    file
  );
}

const cache = new Map<string, unknown>();

function cached<T>(key: string, load: () => T): T {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as T;
}

/** The manifest of the set, validated. */
export function loadManifest(dir = snapshotDir()): Manifest {
  return cached(`${dir}\0${MANIFEST_FILE}`, () =>
    validate(manifestSchema, readJson(dir, MANIFEST_FILE), path.join(dir, MANIFEST_FILE), "pipeline/manifest.ts")
  );
}

/** An analysis listed in the manifest, with its name. */
export interface AnalysisEntry extends ManifestAnalysis {
  name: string;
}

/** Every analysis of the set, in manifest order; `page` keeps only those of one page. */
export function listAnalyses(page?: string, dir = snapshotDir()): AnalysisEntry[] {
  return Object.entries(loadManifest(dir).analyses)
    .map(([name, entry]) => ({...entry, name}))
    .filter((entry) => page === undefined || entry.page === page);
}

function entryOf(name: string, dir: string): AnalysisEntry {
  const entry = listAnalyses(undefined, dir).find((a) => a.name === name);
  if (!entry) {
    throw new SnapshotLoadError(`The manifest ${path.join(dir, MANIFEST_FILE)} lists no analysis named ${name}.`, name);
  }
  return entry;
}

/** The snapshot of an analysis, validated with its own schema module and typed by it. */
export function loadSnapshot<N extends AnalysisName>(name: N, dir = snapshotDir()): SnapshotOf<N> {
  return cached(`${dir}\0${name}`, () => {
    const entry = entryOf(name, dir);
    const file = path.join(dir, entry.file);
    const catalogued = catalogueEntry(name);
    if (!isAnalysisName(name) || catalogued === undefined) {
      throw new SnapshotLoadError(`The snapshot ${file} is of ${name}, which no queries/<page>/page.ts lists.`, file);
    }
    const schemaFile = `queries/${catalogued.page}/${catalogued.entry.schema}`;
    checkHash(entry, readSnapshotText(entry.file, dir), file);
    return validate(ANALYSES[name].schema as ZodType<SnapshotOf<N>>, readJson(dir, entry.file), file, schemaFile);
  });
}

/** A name of the manifest as a catalogue name; throws naming it when no page's catalogue lists it. */
export function analysisName(name: string): AnalysisName {
  if (!isAnalysisName(name)) {
    throw new SnapshotLoadError(`The snapshot set lists ${name}, which no queries/<page>/page.ts lists.`, name);
  }
  return name;
}

/** A snapshot whose bytes are not the ones the manifest records was edited after the build: never publish it. */
function checkHash(entry: ManifestAnalysis, text: string, file: string): void {
  const actual = createHash("sha256").update(text).digest("hex");
  if (actual !== entry.sha256) {
    throw new SnapshotLoadError(
      `The snapshot ${file} does not match the sha256 its manifest records: it was changed after the pipeline wrote it.`,
      file
    );
  }
}

/** The raw text of a snapshot file, byte for byte as published (for downloads whose sha256 the manifest records). */
export function readSnapshotText(file: string, dir = snapshotDir()): string {
  const full = path.join(dir, file);
  try {
    return readFileSync(full, "utf8");
  } catch {
    throw new SnapshotLoadError(`The snapshot ${full} is missing.`, full);
  }
}

/**
 * The text module of an analysis of the catalogue whether or not the set still publishes it (the change log quotes
 * analyses that were removed since); undefined when the catalogue has none.
 */
export function findText(page: string, name: string): TextModule | undefined {
  return isAnalysisName(name) && ANALYSES[name].page === page ? ANALYSES[name].text : undefined;
}

/** The text module of an analysis (queries/<page>/<name>.text.ts); throws when it is missing or malformed. */
export function loadText(name: string, dir = snapshotDir()): TextModule {
  const entry = entryOf(name, dir);
  const file = `queries/${entry.page}/${name}.text.ts`;
  const text = isAnalysisName(name) ? ANALYSES[name].text : undefined;
  if (!text || typeof text.en !== "object" || typeof text.fr !== "object") {
    throw new SnapshotLoadError(`The analysis ${name} has no text module ${file} exporting \`text = {en, fr}\`.`, file);
  }
  return text;
}
