/**
 * The local module graph of a set of TypeScript files: every file of the repository they import, directly or
 * through other files, found by reading their import and export-from lines. An analysis' cache key covers its
 * graph, so editing any module a step or schema really uses (pipeline/narrative.ts, a statistics module, a shared
 * helper) rebuilds exactly the analyses that import it, and nothing else.
 */
import {readFile, stat} from "node:fs/promises";
import path from "node:path";

/** `import … from "x"`, `export … from "x"`, `import "x"` and `import("x")`, type-only imports included. */
const SPECIFIERS = /(?:\bimport|\bexport)\s[^;]*?\bfrom\s*["']([^"']+)["']|\bimport\s*\(?\s*["']([^"']+)["']/g;

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The repository file a relative specifier names (`./x.js` is written for `./x.ts` under Node16 resolution). */
async function resolveLocal(from: string, specifier: string): Promise<string | undefined> {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = /\.[cm]?js$/.test(base)
    ? [base.replace(/\.([cm]?)js$/, ".$1ts"), base]
    : [base, `${base}.ts`, path.join(base, "index.ts")];
  for (const candidate of candidates) if (await isFile(candidate)) return candidate;
  return undefined;
}

/** The repository files one file imports, by absolute path. */
async function localImports(root: string, file: string): Promise<string[]> {
  const source = await readFile(file, "utf8");
  const targets: string[] = [];
  for (const match of source.matchAll(SPECIFIERS)) {
    const specifier = match[1] ?? match[2]!;
    if (!specifier.startsWith(".")) continue;
    const target = await resolveLocal(file, specifier);
    if (target && !path.relative(root, target).startsWith("..")) targets.push(target);
  }
  return targets;
}

/**
 * Each file's local imports, read once for many graphs: the analyses share most of their modules (the narrative,
 * the statistics), and reading them again for each of the catalogue's analyses was most of the build's planning.
 */
export type ImportCache = Map<string, Promise<string[]>>;

/**
 * Repository-relative paths of `entries` and everything they import locally, sorted. Packages (bare specifiers)
 * are left out: their versions are pinned by the lock file. Each file is read once, so the walk ends.
 */
export async function moduleGraph(
  root: string,
  entries: readonly string[],
  cache: ImportCache = new Map()
): Promise<string[]> {
  const seen = new Set<string>();
  const queue = entries.map((e) => path.resolve(root, e));
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    let imports = cache.get(file);
    if (!imports) {
      imports = localImports(root, file);
      cache.set(file, imports);
    }
    for (const target of await imports) if (!seen.has(target)) queue.push(target);
  }
  return [...seen].map((f) => path.relative(root, f)).sort();
}
