/**
 * The local-directory source: the input objects are files in DATA_DIR. Their identity is the sha256 of the
 * content, like an ETag, so the manifest and the incremental build treat both sources alike; the hash is cached
 * by path, size and mtime so a warm rebuild does not read hundreds of megabytes to learn that nothing changed.
 */
import {createHash} from "node:crypto";
import {createReadStream} from "node:fs";
import {stat} from "node:fs/promises";
import path from "node:path";
import {pipeline} from "node:stream/promises";

import {ConfigurationError, SourceError, systemErrorAdvice, systemErrorCode, systemErrorReason} from "../errors.js";
import type {Logger} from "../log.js";
import {formatBytes, since} from "../log.js";
import {explainWriteFailure, readJsonState, writeJsonState} from "./cache.js";
import type {Source, SourceObject} from "./source.js";

export interface LocalSourceOptions {
  /** Directory for `local-hashes.json`. */
  cacheDir: string;
  logger: Logger;
}

/** Counters of the work a local source did, for tests and the benchmark. */
export interface LocalSourceStats {
  /** Files read end to end to compute their hash. */
  hashed: number;
  /** Hashes taken from `local-hashes.json` because path, size and mtime were unchanged. */
  reusedHashes: number;
}

export interface LocalSource extends Source {
  readonly kind: "local";
  readonly stats: LocalSourceStats;
}

interface HashEntry {
  size: number;
  mtimeMs: number;
  sha256: string;
}

interface HashIndex {
  version: 1;
  /** By absolute path. */
  entries: Record<string, HashEntry>;
}

function isHashIndex(value: unknown): value is HashIndex {
  return (
    typeof value === "object" && value !== null && (value as HashIndex).version === 1 && !!(value as HashIndex).entries
  );
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(file), hash);
  return hash.digest("hex");
}

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

/** A source reading the contract files from `dir` (resolved against the working directory). */
export function createLocalSource(dir: string, {cacheDir, logger}: LocalSourceOptions): LocalSource {
  const root = path.resolve(dir);
  const hashFile = path.join(cacheDir, "local-hashes.json");
  const stats: LocalSourceStats = {hashed: 0, reusedHashes: 0};

  async function statOne(
    name: string
  ): Promise<{name: string; file: string; size: number; mtimeMs: number} | undefined> {
    const file = path.join(root, name);
    try {
      const s = await stat(file);
      if (!s.isFile()) return undefined;
      return {name, file, size: s.size, mtimeMs: s.mtimeMs};
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw new SourceError(
        `The input file ${name} in DATA_DIR could not be read: ${systemErrorReason(error)}.`,
        file,
        {
          hint: `Check the file and its folder: ${systemErrorAdvice(systemErrorCode(error))}.`,
          cause: error
        }
      );
    }
  }

  return {
    kind: "local",
    description: `local directory ${path.relative(process.cwd(), root) || "."}`,
    stats,

    async stat(names) {
      const found = await Promise.all(names.map(statOne));
      const missing = names.filter((_, i) => found[i] === undefined);
      if (missing.length > 0) {
        const what = missing.length === 1 ? `${missing[0]} is` : `${missing.join(" and ")} are`;
        const where = (await isDirectory(root)) ? "" : " (the directory does not exist)";
        throw new SourceError(`${what} missing from the data directory ${root}${where}.`, path.join(root, missing[0]), {
          hint:
            `The directory must hold ${names.join(" and ")}. Run npm run data:generate to create the default data ` +
            "set there, or set DATA_DIR to the directory that holds the files."
        });
      }

      // Hash only what changed since the last run; everything else comes from the hash index.
      const index = await readJsonState(hashFile, isHashIndex, {version: 1, entries: {}});
      let dirty = false;
      const objects: SourceObject[] = [];
      for (const f of found as Array<NonNullable<(typeof found)[number]>>) {
        const cached = index.entries[f.file];
        let sha256: string;
        if (cached && cached.size === f.size && cached.mtimeMs === f.mtimeMs) {
          sha256 = cached.sha256;
          stats.reusedHashes++;
        } else {
          const start = performance.now();
          sha256 = await sha256File(f.file).catch((error: unknown) => {
            throw new SourceError(`The input file ${f.name} could not be read: ${systemErrorReason(error)}.`, f.name, {
              hint: `Make ${f.name} in DATA_DIR readable by the user running the build: ${systemErrorAdvice(systemErrorCode(error))}.`,
              cause: error
            });
          });
          stats.hashed++;
          index.entries[f.file] = {size: f.size, mtimeMs: f.mtimeMs, sha256};
          dirty = true;
          logger.debug(`hash ${f.name} → ${formatBytes(f.size)} in ${since(start)} ms`);
        }
        objects.push({name: f.name, etag: sha256, size: f.size, location: f.file});
      }
      if (dirty) {
        await writeJsonState(hashFile, index).catch(async (failure: unknown) => {
          const error = await explainWriteFailure(cacheDir, failure);
          throw new ConfigurationError(`CACHE_DIR cannot be written: ${systemErrorReason(error)}.`, {
            hint: `CACHE_DIR must be a writable folder: ${systemErrorAdvice(systemErrorCode(error))}.`,
            cause: error
          });
        });
      }
      return objects;
    },

    async fetch(objects) {
      // The files are already local: the location stat() returned is the path.
      return new Map(objects.map((o) => [o.name, o.location]));
    },

    async close() {}
  };
}
