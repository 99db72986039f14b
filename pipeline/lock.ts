/**
 * One build at a time per SNAPSHOT_DIR. Two builds publishing into one folder could swap in a set whose manifest
 * does not match its files, or delete each other's staging folder; the lock file beside the folder
 * (`snapshots.lock`, created exclusively) makes the second build fail with a sentence naming the first. A lock left
 * by a killed build is recognised (its process is gone) and taken over.
 */
import {hostname} from "node:os";
import {open, readFile, rm, stat} from "node:fs/promises";
import path from "node:path";

import {ConfigurationError, SnapshotError, systemErrorAdvice, systemErrorCode, systemErrorReason} from "./errors.js";
import type {Logger} from "./log.js";

interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
}

export interface SnapshotLock {
  readonly file: string;
  release(): Promise<void>;
}

/** How long a lock file without a readable owner is taken for one being written rather than a broken one. */
const FRESH_LOCK_MS = 10_000;

async function ageMs(file: string): Promise<number> {
  try {
    return Date.now() - (await stat(file)).mtimeMs;
  } catch {
    return Infinity;
  }
}

export function lockFileOf(snapshotDir: string): string {
  return `${snapshotDir}.lock`;
}

/** Whether the process that wrote the lock still runs (on another host we cannot tell, so assume it does). */
function isAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return systemErrorCode(error) === "EPERM";
  }
}

async function readOwner(file: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await readFile(file, "utf8")) as LockOwner;
    return typeof owner.pid === "number" && typeof owner.host === "string" ? owner : undefined;
  } catch {
    return undefined;
  }
}

export async function acquireSnapshotLock(snapshotDir: string, logger: Logger): Promise<SnapshotLock> {
  const file = lockFileOf(snapshotDir);
  const name = path.basename(file);
  const me: LockOwner = {pid: process.pid, host: hostname(), startedAt: new Date().toISOString()};
  // Two attempts: the second follows the removal of a stale lock (bounded, never a loop on a racing peer).
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, "wx");
      try {
        await handle.writeFile(JSON.stringify(me));
      } catch (error) {
        // A lock without its owner would look stale to the next build: never leave one behind.
        await handle.close();
        await rm(file, {force: true});
        throw error;
      }
      await handle.close();
      return {
        file,
        release: async () => {
          const owner = await readOwner(file);
          if (owner?.pid === me.pid && owner.host === me.host) await rm(file, {force: true});
        }
      };
    } catch (error) {
      const code = systemErrorCode(error);
      if (code === "ENOSPC" || code === "EDQUOT") {
        throw new SnapshotError(
          `SNAPSHOT_DIR's disk is full: even the lock ${name} could not be written (${systemErrorReason(error)}).`,
          "",
          {hint: `The published snapshots are untouched; ${systemErrorAdvice(code)}, then run the build again.`}
        );
      }
      if (code !== "EEXIST") {
        throw new ConfigurationError(
          `SNAPSHOT_DIR cannot be locked: creating ${name} beside it failed: ${systemErrorReason(error)}.`,
          {hint: `SNAPSHOT_DIR's parent folder must be writable: ${systemErrorAdvice(code)}.`, cause: error}
        );
      }
      const owner = await readOwner(file);
      // A lock without a readable owner may be one a peer created a moment ago and is still writing.
      const fresh = !owner && (await ageMs(file)) < FRESH_LOCK_MS;
      if ((owner && isAlive(owner)) || fresh) {
        const who = owner ? `process ${owner.pid} on ${owner.host}, started ${owner.startedAt}` : "just started";
        throw new SnapshotError(
          `Another build (${who}) is publishing into ` +
            `SNAPSHOT_DIR ${path.basename(snapshotDir)}; this build stopped before touching it.`,
          "",
          {hint: `Wait for that build to end and run again; if no build is running, delete ${name}.`}
        );
      }
      logger.warn(
        `${name} was left by a build that no longer runs${owner ? ` (process ${owner.pid})` : ""}: taking it over`
      );
      await rm(file, {force: true});
    }
  }
  throw new SnapshotError(`Another build took the lock ${name} at the same moment as this one.`, "", {
    hint: "Run one build at a time per SNAPSHOT_DIR."
  });
}
