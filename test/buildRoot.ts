/**
 * A throwaway repository root for build tests: the real pipeline code, staging SQL and overview analysis (linked,
 * so they are tested as they are), plus analyses the test writes itself. Tests can then add, touch or break an
 * analysis without touching the repository, and without depending on analyses still being written.
 */
import {cp, mkdir, mkdtemp, rm, symlink, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import path from "node:path";

import type {CatalogueEntry} from "../pipeline/catalogue.js";
import {loadConfig} from "../pipeline/config.js";
import type {Config} from "../pipeline/config.js";
import {writeFixtureParquet} from "./fixtures.js";

const repo = process.cwd();

export interface BuildRoot {
  root: string;
  dataDir: string;
  config: Config;
  /** Writes an analysis' files and lists it in the page's catalogue (queries/<page>/page.ts, and the page in pages.ts). */
  writeAnalysis(page: string, name: string, files: {sql: string; schema: string; step?: string}): Promise<void>;
  /** Takes an analysis out of its page's catalogue (its files stay, as a deleted entry's would). */
  removeAnalysis(page: string, name: string): Promise<void>;
  cleanup(): Promise<void>;
}

/** The schema of the tiny analysis tests add: one row of counts. */
export const COUNTS_SCHEMA = `import {z} from "zod";
export const schema = z.object({rows: z.array(z.object({recipes: z.number().int().positive()})).length(1)});
`;

export async function createBuildRoot(env: Record<string, string> = {}): Promise<BuildRoot> {
  const root = await mkdtemp(path.join(tmpdir(), "btk-root-"));
  await symlink(path.join(repo, "pipeline"), path.join(root, "pipeline"));
  await symlink(path.join(repo, "node_modules"), path.join(root, "node_modules"));
  await cp(path.join(repo, "package.json"), path.join(root, "package.json"));
  await mkdir(path.join(root, "queries"));
  await symlink(path.join(repo, "queries", "staging"), path.join(root, "queries", "staging"));
  await cp(path.join(repo, "queries", "overview"), path.join(root, "queries", "overview"), {
    recursive: true,
    filter: (src) => !src.endsWith(".test.ts")
  });
  const dataDir = path.join(root, "data");
  await mkdir(dataDir);
  await writeFixtureParquet(dataDir);
  // The catalogue of the root: the overview page as the repository has it, plus the pages and analyses tests add.
  const catalogue = new Map<string, CatalogueEntry[]>();
  const writeCatalogue = async (): Promise<void> => {
    const pages = ["overview", ...catalogue.keys()];
    await writeFile(path.join(root, "queries", "pages.ts"), `export const pages = ${JSON.stringify(pages)};\n`);
    for (const [page, analyses] of catalogue) {
      await writeFile(
        path.join(root, "queries", page, "page.ts"),
        `export const page = ${JSON.stringify({page, analyses})};\n`
      );
    }
  };
  await writeCatalogue();
  const config = loadConfig({DATA_DIR: dataDir, SNAPSHOT_DIR: "snapshots", CACHE_DIR: ".cache", ...env}, root);
  return {
    root,
    dataDir,
    config,
    async writeAnalysis(page, name, files) {
      const dir = path.join(root, "queries", page);
      await mkdir(dir, {recursive: true});
      await writeFile(path.join(dir, `${name}.sql`), files.sql);
      await writeFile(path.join(dir, `${name}.schema.ts`), files.schema);
      if (files.step) await writeFile(path.join(dir, `${name}.step.ts`), files.step);
      const entries = (catalogue.get(page) ?? []).filter((e) => e.name !== name);
      entries.push({
        name,
        sql: `${name}.sql`,
        schema: `${name}.schema.ts`,
        ...(files.step ? {step: `${name}.step.ts` as const} : {})
      });
      catalogue.set(page, entries);
      await writeCatalogue();
    },
    async removeAnalysis(page, name) {
      catalogue.set(
        page,
        (catalogue.get(page) ?? []).filter((e) => e.name !== name)
      );
      await writeCatalogue();
    },
    cleanup: () => rm(root, {recursive: true, force: true})
  };
}
