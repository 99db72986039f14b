/**
 * Atomic publication of the snapshot set. A build writes every file into a sibling directory
 * (`snapshots.next-<pid>`), validates it, then puts it in place; a failed build deletes its sibling and the
 * published set is never touched.
 *
 * When SNAPSHOT_DIR is a symbolic link, the new set becomes a sibling `snapshots.set-<id>` and the link is switched
 * by one rename: readers always find a complete set, old or new, and the folder is never absent. When it is a
 * plain folder (the default checkout), the two sets are swapped by two renames; a crash between them leaves
 * `snapshots.prev-<pid>`, which the next build puts back before doing anything else.
 */
import {copyFile, lstat, mkdir, readdir, readlink, rename, rm, stat, symlink, writeFile} from "node:fs/promises";
import path from "node:path";

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
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
  // Sets and temporary links a crash left beside a linked SNAPSHOT_DIR; the set the link names is kept.
  const current = (await isSymlink(dir)) ? path.basename(path.resolve(parent, await readlink(dir))) : undefined;
  for (const name of siblings) {
    if ((name.startsWith(`${base}.set-`) && name !== current) || name.startsWith(`${base}.link-`)) {
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
 * Creates the staging directory for a new set. Files the pipeline does not own (dotfiles such as the
 * .gitignore that keeps generated snapshots out of git, a README) are carried over so the swap keeps them.
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

/** Swaps the staged set in. */
export async function publishSnapshotSet(dir: string, next: string): Promise<void> {
  if (await isSymlink(dir)) {
    const parent = path.dirname(dir);
    const base = path.basename(dir);
    const previous = path.resolve(parent, await readlink(dir));
    const set = `${base}.set-${Date.now().toString(36)}-${process.pid}`;
    await rename(next, path.join(parent, set));
    const link = `${dir}.link-${process.pid}`;
    await rm(link, {force: true});
    await symlink(set, link);
    // rename() replaces the old link in one step: there is no moment without a SNAPSHOT_DIR.
    await rename(link, dir);
    // Only a set this code made is removed; a folder the operator first pointed the link at is left alone.
    if (path.dirname(previous) === parent && path.basename(previous).startsWith(`${base}.set-`)) {
      await rm(previous, {recursive: true, force: true});
    }
    return;
  }
  const previous = `${dir}.prev-${process.pid}`;
  const hadPrevious = await exists(dir);
  if (hadPrevious) await rename(dir, previous);
  await rename(next, dir);
  if (hadPrevious) await rm(previous, {recursive: true, force: true});
}

/** Abandons a staged set after a failure. */
export async function discardSnapshotSet(next: string): Promise<void> {
  await rm(next, {recursive: true, force: true});
}
