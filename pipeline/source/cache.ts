/**
 * The download cache: every S3 object version is stored once under a name derived from its identity (location,
 * ETag, size), so an object that has not changed is never downloaded again, and a changed one lands next to the
 * old file instead of over it. Files only ever appear by rename from a complete temporary file, so a crash or a
 * truncated download never leaves something that looks cached.
 */
import {createHash, randomBytes} from "node:crypto";
import {createReadStream} from "node:fs";
import {constants} from "node:fs";
import {access, mkdir, readdir, readFile, rename, rm, stat, writeFile} from "node:fs/promises";
import path from "node:path";

import type {Logger} from "../log.js";

/** The identity of one object version, as HEAD reports it. */
export interface ObjectVersion {
  /** "s3://bucket/key". */
  location: string;
  /** ETag without quotes. */
  etag: string;
  size: number;
}

interface IndexEntry {
  file: string;
  etag: string;
  size: number;
  /** sha256 of the content as downloaded: a damaged copy of the right size is caught and fetched again. */
  sha256?: string;
}

interface CacheIndex {
  version: 1;
  /** By location: the file holding the latest version seen, so the previous one can be deleted when it changes. */
  entries: Record<string, IndexEntry>;
}

export interface DownloadCache {
  /** Directory holding the cached files and `index.json`. */
  readonly dir: string;
  /** Path of the cached copy of this exact version, or undefined when it has to be downloaded. */
  find(object: ObjectVersion): Promise<string | undefined>;
  /** A fresh temporary path in the cache directory (same file system, so the final rename is atomic). */
  tempPath(object: ObjectVersion): Promise<string>;
  /** Moves a complete download into place, records it, and deletes the previous version of the same location. */
  commit(object: ObjectVersion, tempPath: string): Promise<string>;
}

/** sha256 of the object identity: the cache file name, e.g. "3f1c…e9" for s3://b/RAW_recipes.parquet@etag. */
export function contentKey(object: ObjectVersion): string {
  return createHash("sha256").update(`${object.location}\n${object.etag}\n${object.size}`).digest("hex");
}

/** The file name of a version: the content key plus the object's extension, which DuckDB uses to pick a reader. */
function fileName(object: ObjectVersion): string {
  const ext = path.posix.extname(object.location);
  return contentKey(object) + (/^\.[A-Za-z0-9]{1,12}$/.test(ext) ? ext : "");
}

/** Reads a JSON state file; a missing or unreadable one is `fallback`, since the state can always be rebuilt. */
export async function readJsonState<T>(file: string, isValid: (value: unknown) => value is T, fallback: T): Promise<T> {
  try {
    const value: unknown = JSON.parse(await readFile(file, "utf8"));
    return isValid(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

/**
 * The real reason a folder cannot be written when a recursive mkdir reports only ENOENT (it does on a read-only
 * file system): the error of the nearest existing ancestor's write check, or the original error.
 */
export async function explainWriteFailure(dir: string, error: unknown): Promise<unknown> {
  if ((error as NodeJS.ErrnoException).code !== "ENOENT") return error;
  for (let at = path.dirname(dir); at !== path.dirname(at); at = path.dirname(at)) {
    try {
      await access(at, constants.F_OK);
    } catch {
      continue;
    }
    try {
      await access(at, constants.W_OK);
      return error;
    } catch (denied) {
      return denied;
    }
  }
  return error;
}

/** Writes a JSON state file through a temporary file and a rename, so a reader never sees half of it. */
export async function writeJsonState(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), {recursive: true});
  const temp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await writeFile(temp, `${JSON.stringify(value, null, 2)}\n`);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, {force: true});
    throw error;
  }
}

function isCacheIndex(value: unknown): value is CacheIndex {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as CacheIndex).version === 1 &&
    !!(value as CacheIndex).entries
  );
}

/** sha256 and md5 of a file's content, in one read. */
export async function digestFile(file: string): Promise<{sha256: string; md5: string}> {
  const sha = createHash("sha256");
  const md5 = createHash("md5");
  for await (const chunk of createReadStream(file)) {
    sha.update(chunk as Buffer);
    md5.update(chunk as Buffer);
  }
  return {sha256: sha.digest("hex"), md5: md5.digest("hex")};
}

/** A single-part upload's ETag is the MD5 of the content; multipart ("…-3") and other servers' ETags are not. */
export function isMd5Etag(etag: string): boolean {
  return /^[0-9a-f]{32}$/i.test(etag);
}

/** Whether the process that wrote a temporary file is gone (it was killed mid-download). */
function isLeftover(name: string): boolean {
  const pid = Number(/\.(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name)?.[1]);
  if (!Number.isInteger(pid) || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

async function sizeOf(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).size;
  } catch {
    return undefined;
  }
}

/** Opens the download cache in `dir` (created on first write). */
export function createDownloadCache(dir: string, {logger}: {logger: Logger}): DownloadCache {
  const indexFile = path.join(dir, "index.json");
  // Index updates of parallel downloads are chained so one does not overwrite another's entry.
  let indexQueue: Promise<unknown> = Promise.resolve();

  async function updateIndex(object: ObjectVersion, file: string, sha256: string): Promise<void> {
    const index = await readJsonState(indexFile, isCacheIndex, {version: 1, entries: {}});
    const previous = index.entries[object.location];
    index.entries[object.location] = {file, etag: object.etag, size: object.size, sha256};
    await writeJsonState(indexFile, index);
    if (previous && previous.file !== file) {
      logger.debug(`cache: dropping the previous version of ${object.location} (${previous.etag})`);
      await rm(path.join(dir, path.basename(previous.file)), {force: true});
    }
  }

  // Temporary files of downloads whose process was killed are removed once per run, before the first use.
  let cleaned: Promise<void> | undefined;
  function cleanLeftovers(): Promise<void> {
    cleaned ??= readdir(dir).then(
      async (names) => {
        for (const name of names.filter(isLeftover)) {
          logger.debug(`cache: removing ${name}, left by a killed download`);
          await rm(path.join(dir, name), {force: true});
        }
      },
      () => undefined
    );
    return cleaned;
  }

  return {
    dir,
    async find(object) {
      await cleanLeftovers();
      const name = fileName(object);
      const file = path.join(dir, name);
      // The name already encodes the ETag and the size check is cheap; the content hash catches a copy damaged
      // outside the pipeline (a bad disk, a hand edit) that kept its size.
      if ((await sizeOf(file)) !== object.size) return undefined;
      const index = await readJsonState(indexFile, isCacheIndex, {version: 1, entries: {}});
      const entry = index.entries[object.location];
      const digest = await digestFile(file);
      const expected = entry?.file === name ? entry.sha256 : undefined;
      const intact =
        expected !== undefined
          ? digest.sha256 === expected
          : isMd5Etag(object.etag)
            ? digest.md5 === object.etag
            : false;
      if (!intact) {
        logger.warn(
          `cache: the copy of ${path.posix.basename(object.location)} is damaged or unverified; fetching it again`
        );
        await rm(file, {force: true});
        return undefined;
      }
      return file;
    },
    async tempPath(object) {
      await mkdir(dir, {recursive: true});
      await cleanLeftovers();
      return path.join(dir, `${fileName(object)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
    },
    async commit(object, tempPath) {
      const name = fileName(object);
      const file = path.join(dir, name);
      const digest = await digestFile(tempPath);
      if (isMd5Etag(object.etag) && digest.md5 !== object.etag.toLowerCase()) {
        throw new ContentMismatchError(path.posix.basename(object.location));
      }
      await rename(tempPath, file);
      const update = indexQueue.then(() => updateIndex(object, name, digest.sha256));
      indexQueue = update.catch(() => undefined);
      await update;
      return file;
    }
  };
}

/** A download whose content does not match the MD5 its ETag promises: corrupted in transit, retried. */
export class ContentMismatchError extends Error {
  override readonly name = "ContentMismatchError";
  constructor(readonly object: string) {
    super(`the content of ${object} does not match its ETag (MD5)`);
  }
}
