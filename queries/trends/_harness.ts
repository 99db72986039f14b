/**
 * Test harness of the trends page: `runAnalysis` from test/analysis.ts, except that discovery looks at a root
 * holding only the staging models and this page (symbolic links), so an unfinished analysis on another page
 * cannot break these tests. The pipeline itself always discovers every page.
 */
import {mkdir, mkdtemp, readdir, rm, symlink} from "node:fs/promises";
import {tmpdir} from "node:os";
import path from "node:path";

import type {AnalysisDefinition} from "../../pipeline/analyses.js";
import {discoverAnalyses} from "../../pipeline/analyses.js";
import {computeAnalysis} from "../../pipeline/build.js";
import {runStaging} from "../../pipeline/staging.js";
import {Warehouse} from "../../pipeline/warehouse.js";
import type {AnalysisFixture} from "../../test/analysis.js";
import {defaultInteractionsSql, defaultRecipesSql} from "../../test/analysis.js";

let discovered: Promise<AnalysisDefinition[]> | undefined;

/** The trends analyses, discovered once per test file from a temporary root removed right after. */
function trendsAnalyses(): Promise<AnalysisDefinition[]> {
  discovered ??= (async () => {
    const repo = process.cwd();
    const root = await mkdtemp(path.join(tmpdir(), "trends-root-"));
    try {
      await mkdir(path.join(root, "queries"));
      await symlink(path.join(repo, "queries", "staging"), path.join(root, "queries", "staging"), "dir");
      // Discovery lists real directories only, so the page is a directory of links to its files.
      await mkdir(path.join(root, "queries", "trends"));
      for (const file of await readdir(path.join(repo, "queries", "trends"))) {
        await symlink(path.join(repo, "queries", "trends", file), path.join(root, "queries", "trends", file));
      }
      await symlink(path.join(repo, "pipeline"), path.join(root, "pipeline"));
      return await discoverAnalyses(root);
    } finally {
      // Removing the root removes the links only, never what they point to.
      await rm(root, {recursive: true, force: true});
    }
  })();
  return discovered;
}

/** The snapshot value (parsed JSON) the pipeline would publish for the trends analysis `name` on the fixture. */
export async function runTrends<T>(name: string, fixture: AnalysisFixture = {}): Promise<T> {
  const analysis = (await trendsAnalyses()).find((a) => a.name === name);
  if (!analysis) throw new Error(`no analysis named ${name}`);
  // Definitions hold repository-relative paths: modules load from the repository, so coverage maps to its files.
  const repo = process.cwd();
  const warehouse = await Warehouse.open({threads: 1});
  try {
    await warehouse.run(`create view raw_recipes as ${fixture.recipesSql ?? defaultRecipesSql()}`);
    await warehouse.run(`create view raw_interactions as ${fixture.interactionsSql ?? defaultInteractionsSql()}`);
    for (const model of analysis.models) await runStaging(warehouse, repo, model);
    const built = await computeAnalysis(repo, warehouse, analysis);
    return JSON.parse(built.content) as T;
  } finally {
    warehouse.close();
  }
}
