/**
 * Atomic publication of the snapshot set. A build writes every file into a sibling directory
 * (`snapshots.next-<pid>`), validates it, then puts it in place; a failed build deletes its sibling and the
 * published set is never touched.
 *
 * SNAPSHOT_DIR is a symbolic link to a sibling `snapshots.set-<id>`: the new set gets a sibling of its own and the
 * link is switched by one rename, so readers always find a complete set, old or new, and the folder is never
 * absent. A plain folder (a checkout from before the link, or one an operator made) is turned into the link by its
 * first publication: it is moved aside to `snapshots.prev-<pid>` and the link renamed in its place, the only moment
 * SNAPSHOT_DIR can be missing, once. A crash between the two leaves `snapshots.prev-<pid>`, which the next build
 * puts back before doing anything else.
 */
import {
  copyFile,
  lstat,
  mkdir,
  readdir,
  readFile,
  readlink,
  rename,
  rm,
  stat,
  symlink,
  writeFile
} from "node:fs/promises";
import path from "node:path";

import {sha256} from "./serialize.js";

/** Whether a file or folder is there (through a link: a link to nothing is not). */
export async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** A snapshot file's bytes and their sha256, the digest the manifest records for it. */
export async function readDigested(file: string): Promise<{content: Buffer; sha256: string}> {
  const content = await readFile(file);
  return {content, sha256: sha256(content)};
}

/** Whether a file is there and byte for byte the one whose sha256 the manifest records. */
export async function fileMatches(file: string, expected: string): Promise<boolean> {
  try {
    return (await readDigested(file)).sha256 === expected;
  } catch {
    return false;
  }
}

async function isSymlink(file: string): Promise<boolean> {
  try {
    return (await lstat(file)).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Restores a published set that a crashed swap left aside, and removes abandoned staging directories. */
export async function recoverSnapshotSet(dir: string): Promise<void> {
  const parent = path.dirname(dir);
  const base = path.basename(dir);
  let siblings: string[];
  try {
    siblings = await readdir(parent);
  } catch {
    return;
  }
  // Sets and temporary links a crash left beside a linked SNAPSHOT_DIR; the set the link names is kept, and so is
  // one that a link moved aside names (it is put back below).
  const kept = new Set<string>();
  for (const name of [base, ...siblings.filter((name) => name.startsWith(`${base}.prev-`))]) {
    const full = path.join(parent, name);
    if (await isSymlink(full)) kept.add(path.basename(path.resolve(parent, await readlink(full))));
  }
  for (const name of siblings) {
    if ((name.startsWith(`${base}.set-`) && !kept.has(name)) || name.startsWith(`${base}.link-`)) {
      await rm(path.join(parent, name), {recursive: true, force: true});
    }
  }
  const previous = siblings.filter((name) => name.startsWith(`${base}.prev-`)).sort();
  if (!(await exists(dir)) && previous.length > 0) {
    await rename(path.join(parent, previous.pop()!), dir);
  }
  for (const name of siblings) {
    if (name.startsWith(`${base}.next-`) || name.startsWith(`${base}.prev-`)) {
      const full = path.join(parent, name);
      if (await exists(full)) await rm(full, {recursive: true, force: true});
    }
  }
}

/**
 * Creates the staging directory for a new set. Files the pipeline does not own (dotfiles, a README) are carried
 * over so the switch keeps them.
 */
export async function stageSnapshotSet(dir: string): Promise<string> {
  const next = `${dir}.next-${process.pid}`;
  await rm(next, {recursive: true, force: true});
  await mkdir(next, {recursive: true});
  if (await exists(dir)) {
    for (const name of await readdir(dir)) {
      if (!name.endsWith(".json")) await copyFile(path.join(dir, name), path.join(next, name));
    }
  }
  return next;
}

/** Writes one file of a staged set. */
export async function writeStagedFile(next: string, name: string, content: string): Promise<void> {
  await writeFile(path.join(next, name), content);
}

/** Puts the staged set in place by switching the SNAPSHOT_DIR link to it (see the top of this file). */
export async function publishSnapshotSet(dir: string, next: string): Promise<void> {
  const parent = path.dirname(dir);
  const base = path.basename(dir);
  const linked = await isSymlink(dir);
  const previous = linked ? path.resolve(parent, await readlink(dir)) : undefined;
  const set = `${base}.set-${Date.now().toString(36)}-${process.pid}`;
  await rename(next, path.join(parent, set));
  const link = `${dir}.link-${process.pid}`;
  await rm(link, {force: true});
  await symlink(set, link);
  if (linked) {
    // rename() replaces the old link in one step: there is no moment without a SNAPSHOT_DIR.
    await rename(link, dir);
    // Only a set this code made is removed; a folder the operator first pointed the link at is left alone.
    if (previous && path.dirname(previous) === parent && path.basename(previous).startsWith(`${base}.set-`)) {
      await rm(previous, {recursive: true, force: true});
    }
    return;
  }
  // A link cannot replace a folder in one rename: the plain folder goes aside first, this one time.
  const aside = `${dir}.prev-${process.pid}`;
  const hadFolder = await exists(dir);
  if (hadFolder) await rename(dir, aside);
  await rename(link, dir);
  if (hadFolder) await rm(aside, {recursive: true, force: true});
}

/** Abandons a staged set after a failure. */
export async function discardSnapshotSet(next: string): Promise<void> {
  await rm(next, {recursive: true, force: true});
}
