/**
 * The JavaScript a built page loads: its scripts and every module they import, statically (with the page) or
 * through `import()` (on demand, when the reader acts). Shared by the budget test and the benchmark.
 */
import {readFileSync} from "node:fs";
import path from "node:path";

const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g;
const ANY_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+\.js)["']/g;

/** A JS file and every module it imports statically (or, with `dynamic`, also through `import()`). */
export function jsClosure(dist: string, file: string, dynamic: boolean, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, "utf8");
  for (const match of code.matchAll(dynamic ? ANY_IMPORT : STATIC_IMPORT)) {
    const spec = match[1]!;
    const next = spec.startsWith("/") ? path.join(dist, spec) : path.resolve(path.dirname(file), spec);
    jsClosure(dist, next, dynamic, seen);
  }
  return seen;
}

/** The modules a page's scripts load with it and those they load only on demand, as file paths. */
export function pageScripts(dist: string, scripts: readonly string[]): {loaded: Set<string>; onDemand: string[]} {
  const loaded = new Set<string>();
  const everything = new Set<string>();
  for (const script of scripts) {
    for (const f of jsClosure(dist, script, false)) loaded.add(f);
    for (const f of jsClosure(dist, script, true)) everything.add(f);
  }
  return {loaded, onDemand: [...everything].filter((f) => !loaded.has(f)).sort()};
}
