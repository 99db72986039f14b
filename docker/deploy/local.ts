/**
 * The local driver: releases as directories on this host, served by an nginx whose root is the `current` symlink
 * (docker/nginx.conf with BTK_ROOT=<root>/<env>/current). Needs no Docker, so the tests run it here.
 *
 *   <root>/<env>/releases/<id>/   one copy of a built site per release
 *   <root>/<env>/current          → releases/<id>, replaced atomically (new symlink, then rename over)
 *   <root>/<env>/state.json       live release, backup release, history
 *
 * nginx opens files by path on every request, so once the rename is done every new request is served from the new
 * release, and a request never sees a missing root.
 */
import {createHash, randomBytes} from "node:crypto";
import {cp, lstat, mkdir, readdir, readFile, readlink, rename, rm, stat, symlink} from "node:fs/promises";
import path from "node:path";

import type {Driver, ReleaseSource} from "./core.js";
import type {DeployEnv, ReleaseRecord} from "./state.js";
import {envDir} from "./state.js";

/** Files a release must hold to be switched to: the home page, the 404 page and the health document. */
export const REQUIRED_FILES = ["index.html", "404.html", "healthz.json"];

/** A release id as a directory name or image tag: [A-Za-z0-9_.-], at most 100 characters. */
export function safeId(id: string): string {
  const safe = id
    .replace(/[^A-Za-z0-9_.-]/g, "_")
    .replace(/^[.-]+/, "")
    .slice(0, 100);
  if (!safe) throw new Error(`invalid release id: ${JSON.stringify(id)}`);
  return safe;
}

/** sha256 over every file's relative path and content, in sorted order: equal trees, equal digests. */
export async function treeDigest(dir: string): Promise<string> {
  const hash = createHash("sha256");
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(path.join(dir, rel), {withFileTypes: true});
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) {
        const content = await readFile(path.join(dir, child));
        hash.update(`${child}\0${createHash("sha256").update(content).digest("hex")}\n`);
      }
    }
  };
  await walk("");
  return `sha256:${hash.digest("hex")}`;
}

/** Checks a staged release before it can go live; throws with every problem found. */
export async function preflight(dir: string): Promise<void> {
  const problems: string[] = [];
  for (const file of REQUIRED_FILES) {
    const s = await stat(path.join(dir, file)).catch(() => undefined);
    if (!s?.isFile()) problems.push(`${file} is missing`);
  }
  if (!problems.includes("healthz.json is missing")) {
    try {
      const health = JSON.parse(await readFile(path.join(dir, "healthz.json"), "utf8")) as {commit?: unknown};
      if (typeof health.commit !== "string") problems.push("healthz.json has no commit");
    } catch {
      problems.push("healthz.json is not JSON");
    }
  }
  if (problems.length > 0) throw new Error(`not a deployable site: ${problems.join(", ")}`);
}

export function localDriver(root: string): Driver {
  const releasesDir = (env: DeployEnv) => path.join(envDir(root, env), "releases");
  const currentLink = (env: DeployEnv) => path.join(envDir(root, env), "current");

  /** The release directory `current` points to, if any. */
  const liveRef = async (env: DeployEnv): Promise<string | undefined> => {
    try {
      return path.basename(await readlink(currentLink(env)));
    } catch {
      return undefined;
    }
  };

  return {
    name: "local",

    async stage(env: DeployEnv, source: ReleaseSource): Promise<ReleaseRecord> {
      const releases = releasesDir(env);
      await mkdir(releases, {recursive: true});
      const fromStat = await stat(source.from).catch(() => undefined);
      if (!fromStat?.isDirectory()) throw new Error(`${source.from} is not a built site directory`);

      // A fresh directory name: redeploying an id that is live or kept gets a suffixed copy.
      const base = safeId(source.id);
      const taken = new Set(await readdir(releases));
      let ref = base;
      for (let n = 2; taken.has(ref); n++) ref = `${base}.${n}`;

      const temp = path.join(releases, `.staging-${ref}-${randomBytes(4).toString("hex")}`);
      try {
        await cp(source.from, temp, {recursive: true, preserveTimestamps: true, verbatimSymlinks: true});
        await preflight(temp);
        const digest = await treeDigest(temp);
        await rename(temp, path.join(releases, ref));
        return {id: source.id, commit: source.commit, digest, ref, deployedAt: ""};
      } catch (error) {
        await rm(temp, {recursive: true, force: true});
        throw error;
      }
    },

    async activate(env: DeployEnv, release: ReleaseRecord): Promise<void> {
      const target = path.join("releases", release.ref);
      const dir = path.join(envDir(root, env), target);
      if (!(await stat(dir).catch(() => undefined))?.isDirectory()) throw new Error(`release directory ${dir} is gone`);
      // Atomic switch: a new symlink beside the old one, renamed over it.
      const temp = path.join(envDir(root, env), `.current-${randomBytes(6).toString("hex")}`);
      await symlink(target, temp);
      try {
        await rename(temp, currentLink(env));
      } catch (error) {
        await rm(temp, {force: true});
        throw error;
      }
    },

    async prune(env: DeployEnv, keep: readonly ReleaseRecord[], extra: number): Promise<void> {
      const releases = releasesDir(env);
      const live = await liveRef(env);
      const keepRefs = new Set([...keep.map((r) => r.ref), ...(live ? [live] : [])]);
      const others: {name: string; mtime: number}[] = [];
      for (const name of await readdir(releases)) {
        if (name.startsWith(".") || keepRefs.has(name)) continue;
        const s = await lstat(path.join(releases, name));
        others.push({name, mtime: s.mtimeMs});
      }
      others.sort((a, b) => b.mtime - a.mtime);
      for (const {name} of others.slice(extra)) await rm(path.join(releases, name), {recursive: true, force: true});
    },

    async discard(env: DeployEnv, release: ReleaseRecord): Promise<void> {
      if ((await liveRef(env)) === release.ref) return;
      await rm(path.join(releasesDir(env), release.ref), {recursive: true, force: true});
    }
  };
}
