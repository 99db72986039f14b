/**
 * The sites the docker tests serve: the real one (test/site/builtSite.ts builds it once per change into
 * .cache/test-site/; it is copied here so the post-build step never writes into the shared build) and the small
 * fixture of fixtureSite.ts. Both get the real post-build step, plus a .env and a .git/config that must never be
 * served.
 */
import {cp, mkdir, mkdtemp, readdir, readFile, writeFile} from "node:fs/promises";
import {chmod} from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import {builtSite} from "../../test/site/builtSite.js";
import {postBuild} from "../../site/build/postbuild.js";
import {createFixtureSite} from "./fixtureSite.js";

/** URL paths of a site's files that answer 200, by kind. */
export interface SitePaths {
  html: string[];
  css: string[];
  js: string[];
  font: string[];
  svg: string[];
  json: string[];
  csv: string[];
  other: string[];
}

export interface SiteUnderTest {
  name: string;
  /** Temporary directory to remove afterwards. */
  dir: string;
  dist: string;
  paths: SitePaths;
  /** The commit /healthz reports. */
  commit: string;
}

const KINDS: Record<string, keyof SitePaths> = {
  ".html": "html",
  ".css": "css",
  ".js": "js",
  ".mjs": "js",
  ".woff2": "font",
  ".woff": "font",
  ".svg": "svg",
  ".json": "json",
  ".csv": "csv"
};

/** Every servable file of a built site as URL paths (pages as their folder URL), precompressed copies aside. */
export async function sitePaths(dist: string): Promise<SitePaths> {
  const paths: SitePaths = {html: [], css: [], js: [], font: [], svg: [], json: [], csv: [], other: []};
  for (const entry of await readdir(dist, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue;
    const rel = path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    if (/\.(gz|br)$/.test(rel) || rel.split("/").some((part) => part.startsWith("."))) continue;
    if (rel === "healthz.json" || rel === "env.css" || /(^|\/)404\.html$/.test(rel)) continue;
    const kind = KINDS[path.extname(rel).toLowerCase()] ?? "other";
    paths[kind].push(
      kind === "html" && rel.endsWith("index.html") ? `/${rel.slice(0, -"index.html".length)}` : `/${rel}`
    );
  }
  for (const list of Object.values(paths)) list.sort();
  return paths;
}

/** Files that exist in the served directory and must still never be served. */
async function addForbiddenFiles(dist: string): Promise<void> {
  await writeFile(path.join(dist, ".env"), "SECRET=do-not-serve\n");
  await mkdir(path.join(dist, ".git"), {recursive: true});
  await writeFile(path.join(dist, ".git", "config"), "[core]\n\trepositoryformatversion = 0\n");
}

/** A private copy of the real built site, post-built. */
export async function builtSiteUnderTest(): Promise<SiteUnderTest> {
  const built = await builtSite();
  const dir = await mkdtemp(path.join(os.tmpdir(), "btk-built-site-"));
  // nginx may run as nobody (when the tests run as root): let it in.
  await chmod(dir, 0o755);
  const dist = path.join(dir, "dist");
  await cp(built.dist, dist, {recursive: true, preserveTimestamps: true});
  const {health} = await postBuild({distDir: dist, snapshotDir: built.snapshots});
  await addForbiddenFiles(dist);
  return {name: "the built site", dir, dist, paths: await sitePaths(dist), commit: health.commit};
}

/** The small fixture site, post-built. */
export async function fixtureSiteUnderTest(
  commit = "feedfacecafebeef0123456789abcdef01234567"
): Promise<SiteUnderTest> {
  const site = await createFixtureSite({commit});
  const health = JSON.parse(await readFile(path.join(site.dist, "healthz.json"), "utf8")) as {commit: string};
  await addForbiddenFiles(site.dist);
  return {
    name: "the fixture site",
    dir: site.dir,
    dist: site.dist,
    paths: await sitePaths(site.dist),
    commit: health.commit
  };
}
