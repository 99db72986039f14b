import {createHash, randomBytes} from "node:crypto";
import {mkdir, mkdtemp, readFile, rm, utimes, writeFile} from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {CONTRACT_FILE_NAMES} from "../contract.js";
import {EXIT_CODES, SourceError} from "../errors.js";
import {silentLogger} from "../log.js";
import {createLocalSource} from "./local.js";

const [RECIPES, INTERACTIONS] = CONTRACT_FILE_NAMES;
const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

let work: string;
let counter = 0;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "local-source-"));
});

afterAll(async () => {
  await rm(work, {recursive: true, force: true});
});

async function scenario(sizes: [number, number] = [4_000, 3_000]) {
  const dir = path.join(work, `case${++counter}`);
  const dataDir = path.join(dir, "data");
  const cacheDir = path.join(dir, "cache");
  await mkdir(dataDir, {recursive: true});
  const contents = [randomBytes(sizes[0]), randomBytes(sizes[1])];
  await writeFile(path.join(dataDir, RECIPES), contents[0]);
  await writeFile(path.join(dataDir, INTERACTIONS), contents[1]);
  return {dataDir, cacheDir, contents};
}

async function rejection(promise: Promise<unknown>): Promise<SourceError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    return error as SourceError;
  }
  throw new Error("expected a rejection");
}

describe("createLocalSource", () => {
  it("identifies each file by the sha256 of its content and its size, and fetch returns the paths", async () => {
    const {dataDir, cacheDir, contents} = await scenario();
    const source = createLocalSource(dataDir, {cacheDir, logger: silentLogger});

    const objects = await source.stat(CONTRACT_FILE_NAMES);
    expect(objects).toEqual([
      {name: RECIPES, etag: sha256(contents[0]), size: 4_000, location: path.join(dataDir, RECIPES)},
      {name: INTERACTIONS, etag: sha256(contents[1]), size: 3_000, location: path.join(dataDir, INTERACTIONS)}
    ]);
    expect(source.stats).toEqual({hashed: 2, reusedHashes: 0});
    expect(source.kind).toBe("local");
    expect(source.description).toMatch(/^local directory .*data$/);

    const paths = await source.fetch(objects);
    expect([...paths]).toEqual([
      [RECIPES, path.join(dataDir, RECIPES)],
      [INTERACTIONS, path.join(dataDir, INTERACTIONS)]
    ]);
    await source.close();
  });

  it("reuses cached hashes for unchanged files, keyed by absolute path with size and mtime", async () => {
    const {dataDir, cacheDir, contents} = await scenario();
    const first = await createLocalSource(dataDir, {cacheDir, logger: silentLogger}).stat(CONTRACT_FILE_NAMES);

    const again = createLocalSource(dataDir, {cacheDir, logger: silentLogger});
    expect(await again.stat(CONTRACT_FILE_NAMES)).toEqual(first);
    expect(again.stats).toEqual({hashed: 0, reusedHashes: 2});

    const index = JSON.parse(await readFile(path.join(cacheDir, "local-hashes.json"), "utf8"));
    expect(index.entries[path.join(dataDir, RECIPES)]).toMatchObject({size: 4_000, sha256: sha256(contents[0])});
  });

  it("hashes a file again when its content and mtime change", async () => {
    const {dataDir, cacheDir} = await scenario();
    const before = await createLocalSource(dataDir, {cacheDir, logger: silentLogger}).stat(CONTRACT_FILE_NAMES);
    // Same size, new content: only the mtime tells, so set one that certainly differs.
    const changed = randomBytes(3_000);
    await writeFile(path.join(dataDir, INTERACTIONS), changed);
    const later = new Date(Date.now() + 60_000);
    await utimes(path.join(dataDir, INTERACTIONS), later, later);

    const source = createLocalSource(dataDir, {cacheDir, logger: silentLogger});
    const after = await source.stat(CONTRACT_FILE_NAMES);
    expect(source.stats).toEqual({hashed: 1, reusedHashes: 1});
    expect(after[0].etag).toBe(before[0].etag);
    expect(after[1].etag).toBe(sha256(changed));
  });

  it("answers a warm stat of large files from the hash cache without reading them", async () => {
    const {dataDir, cacheDir} = await scenario([24_000_000, 16_000_000]);
    await createLocalSource(dataDir, {cacheDir, logger: silentLogger}).stat(CONTRACT_FILE_NAMES);

    const source = createLocalSource(dataDir, {cacheDir, logger: silentLogger});
    await source.stat(CONTRACT_FILE_NAMES);
    // Speed is the benchmark's business; here the proof is that no byte was hashed again.
    expect(source.stats).toEqual({hashed: 0, reusedHashes: 2});
  });

  it("treats an unreadable hash cache as empty and rewrites it", async () => {
    const {dataDir, cacheDir, contents} = await scenario();
    await mkdir(cacheDir, {recursive: true});
    await writeFile(path.join(cacheDir, "local-hashes.json"), "{not json");

    const source = createLocalSource(dataDir, {cacheDir, logger: silentLogger});
    const objects = await source.stat(CONTRACT_FILE_NAMES);
    expect(objects[0].etag).toBe(sha256(contents[0]));
    expect(source.stats.hashed).toBe(2);
    expect(JSON.parse(await readFile(path.join(cacheDir, "local-hashes.json"), "utf8")).version).toBe(1);
  });

  it("names the missing file and the directory, and says how to get the data", async () => {
    const {dataDir, cacheDir} = await scenario();
    await rm(path.join(dataDir, INTERACTIONS));

    const error = await rejection(
      createLocalSource(dataDir, {cacheDir, logger: silentLogger}).stat(CONTRACT_FILE_NAMES)
    );
    expect(error.name).toBe("SourceError");
    expect(error.exitCode).toBe(EXIT_CODES.source);
    expect(error.message).toBe(`RAW_interactions.parquet is missing from the data directory ${dataDir}.`);
    expect(error.object).toBe(path.join(dataDir, INTERACTIONS));
    expect(error.hint).toContain("npm run data:generate");
    expect(error.hint).toContain("DATA_DIR");
    expect(error.hint).toContain("RAW_recipes.parquet and RAW_interactions.parquet");
  });

  it("says when the data directory itself does not exist", async () => {
    const {cacheDir} = await scenario();
    const missingDir = path.join(work, "nowhere");
    const error = await rejection(
      createLocalSource(missingDir, {cacheDir, logger: silentLogger}).stat(CONTRACT_FILE_NAMES)
    );
    expect(error.message).toBe(
      `RAW_recipes.parquet and RAW_interactions.parquet are missing from the data directory ${missingDir} (the directory does not exist).`
    );
  });

  it("does not take a directory for an input file", async () => {
    const {dataDir, cacheDir} = await scenario();
    await rm(path.join(dataDir, RECIPES));
    await mkdir(path.join(dataDir, RECIPES));
    const error = await rejection(
      createLocalSource(dataDir, {cacheDir, logger: silentLogger}).stat(CONTRACT_FILE_NAMES)
    );
    expect(error.message).toContain("RAW_recipes.parquet is missing");
  });
});
