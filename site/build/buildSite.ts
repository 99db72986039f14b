/**
 * `npm run build`: the site build that never publishes the wrong thing. `tsx site/build/buildSite.ts [dist] [snapshots]`
 *
 * 1. Verifies the snapshot set before Astro reads it: every analysis of the catalogue (queries/<page>/<name>.sql)
 *    is in the manifest, and every snapshot file is byte for byte what the manifest's sha256 says. A snapshot
 *    edited by hand, or a section whose analysis is missing, fails the build with a sentence naming it.
 * 2. Builds into a fresh sibling folder (`dist.next-<pid>`), runs the post-build step on it, and only then swaps
 *    it in place of `dist/`. A failed build deletes its folder and leaves the previous `dist/` as it was.
 */
import {spawn} from "node:child_process";
import {readFile, realpath, rename, rm} from "node:fs/promises";
import path from "node:path";
import {pathToFileURL} from "node:url";

import {discoverAnalyses} from "../../pipeline/analyses.js";
import type {Manifest} from "../../pipeline/manifest.js";
import {MANIFEST_FILE, manifestSchema} from "../../pipeline/manifest.js";
import {exists, readDigested} from "../../pipeline/snapshotSet.js";
import {postBuild} from "./postbuild.js";

/** A site build refused before or after Astro ran; the message names the file, the hint says what to do. */
export class SiteBuildError extends Error {
  override readonly name = "SiteBuildError";
  constructor(
    message: string,
    readonly hint: string
  ) {
    super(message);
  }
}

const REBUILD = "Run npm run build:data to publish a complete, consistent set (snapshots are never edited by hand).";

/** Checks the set in `snapshotDir` against the manifest and the catalogue of analyses under `root`. */
export async function verifySnapshotSet(root: string, snapshotDir: string): Promise<Manifest> {
  const manifestFile = path.join(snapshotDir, MANIFEST_FILE);
  let manifest: Manifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(await readFile(manifestFile, "utf8")));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    throw new SiteBuildError(
      missing
        ? `The snapshot set has no ${MANIFEST_FILE} in ${snapshotDir}.`
        : `The manifest ${manifestFile} is unreadable: ${(error as Error).message.split("\n")[0]}`,
      REBUILD
    );
  }

  for (const analysis of await discoverAnalyses(root)) {
    const entry = manifest.analyses[analysis.name];
    if (!entry) {
      throw new SiteBuildError(
        `The manifest lists no analysis ${analysis.name}, although queries/${analysis.page}/page.ts lists it: its section would ` +
          "silently be missing from the site.",
        REBUILD
      );
    }
    if (entry.page !== analysis.page) {
      throw new SiteBuildError(
        `The manifest puts ${analysis.name} on the page ${entry.page}, but queries/${analysis.page}/page.ts lists it.`,
        REBUILD
      );
    }
  }

  for (const [name, entry] of Object.entries(manifest.analyses)) {
    let digest: string;
    try {
      digest = (await readDigested(path.join(snapshotDir, entry.file))).sha256;
    } catch {
      throw new SiteBuildError(`The snapshot ${entry.file} of ${name} is missing from ${snapshotDir}.`, REBUILD);
    }
    if (digest !== entry.sha256) {
      throw new SiteBuildError(
        `The snapshot ${entry.file} does not match the manifest (sha256 ${digest.slice(0, 12)}…, the ` +
          `manifest records ${entry.sha256.slice(0, 12)}…): it was changed after the pipeline wrote it.`,
        REBUILD
      );
    }
  }
  return manifest;
}

export interface BuildSiteOptions {
  root: string;
  distDir: string;
  snapshotDir: string;
  commit?: string;
  /** Runs `astro build` into `outDir`; resolves with its exit code. */
  astro?: (outDir: string) => Promise<number>;
}

function runAstro(root: string, snapshotDir: string) {
  return (outDir: string): Promise<number> =>
    new Promise((resolve, reject) => {
      const child = spawn(path.join(root, "node_modules", ".bin", "astro"), ["build"], {
        cwd: root,
        env: {...process.env, SNAPSHOT_DIR: snapshotDir, ASTRO_OUT_DIR: outDir},
        stdio: "inherit"
      });
      child.on("error", reject);
      child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    });
}

export async function buildSite(options: BuildSiteOptions): Promise<void> {
  const {root, distDir} = options;
  // SNAPSHOT_DIR is a link that build:data switches (pipeline/snapshotSet.ts): the set it names now is verified and
  // read throughout, so a publication during this build cannot mix two sets (the old one's files vanish instead).
  const snapshotDir = await realpath(options.snapshotDir).catch(() => options.snapshotDir);
  await verifySnapshotSet(root, snapshotDir);

  const next = `${distDir}.next-${process.pid}`;
  const previous = `${distDir}.prev-${process.pid}`;
  await rm(next, {recursive: true, force: true});
  try {
    const code = await (options.astro ?? runAstro(root, snapshotDir))(next);
    if (code !== 0) {
      throw new SiteBuildError(
        `astro build failed (exit code ${code}); the previous ${path.basename(distDir)}/ is left as it was.`,
        "The error above names the page or snapshot at fault."
      );
    }
    await postBuild({distDir: next, snapshotDir, commit: options.commit});
    // Swap: the old folder is moved aside only once the new one is complete, and removed after.
    const hadPrevious = await exists(distDir);
    if (hadPrevious) await rename(distDir, previous);
    await rename(next, distDir);
    if (hadPrevious) await rm(previous, {recursive: true, force: true});
  } finally {
    await rm(next, {recursive: true, force: true});
  }
}

async function main(argv: string[]): Promise<void> {
  const [distDir = "dist", snapshotDir = process.env.SNAPSHOT_DIR || "snapshots"] = argv;
  const root = process.cwd();
  await buildSite({
    root,
    distDir: path.resolve(root, distDir),
    snapshotDir: path.resolve(root, snapshotDir),
    commit: process.env.GIT_COMMIT || undefined
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (error instanceof SiteBuildError) process.stderr.write(`hint: ${error.hint}\n`);
    process.exit(1);
  });
}
