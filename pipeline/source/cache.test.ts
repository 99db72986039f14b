import {execFile} from "node:child_process";
import {createHash} from "node:crypto";
import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import {promisify} from "node:util";

import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {silentLogger} from "../log.js";
import {contentKey, createDownloadCache, readJsonState, writeJsonState} from "./cache.js";
import type {ObjectVersion} from "./cache.js";

let work: string;
let counter = 0;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "cache-"));
});

afterAll(async () => {
  await rm(work, {recursive: true, force: true});
});

const fresh = () => path.join(work, `case${++counter}`);
const v1: ObjectVersion = {location: "s3://b/raw/RAW_recipes.parquet", etag: "e1", size: 5};
const v2: ObjectVersion = {...v1, etag: "e2", size: 6};

/** Puts `content` into the cache as `version`, the way a download does. */
async function store(cache: ReturnType<typeof createDownloadCache>, version: ObjectVersion, content: string) {
  const temp = await cache.tempPath(version);
  await writeFile(temp, content);
  return cache.commit(version, temp);
}

describe("download cache", () => {
  it("keys a file by location, ETag and size, and keeps the extension", () => {
    expect(contentKey(v1)).toMatch(/^[0-9a-f]{64}$/);
    expect(contentKey(v1)).not.toBe(contentKey(v2));
    expect(contentKey(v1)).not.toBe(contentKey({...v1, location: "s3://other/raw/RAW_recipes.parquet"}));
  });

  it("finds a committed version, and nothing for another version or a damaged file", async () => {
    const cache = createDownloadCache(fresh(), {logger: silentLogger});
    expect(await cache.find(v1)).toBeUndefined();
    const file = await store(cache, v1, "12345");
    expect(path.basename(file)).toBe(`${contentKey(v1)}.parquet`);
    expect(await cache.find(v1)).toBe(file);
    expect(await cache.find(v2)).toBeUndefined();

    await writeFile(file, "123");
    expect(await cache.find(v1)).toBeUndefined();
  });

  it("verifies content: a damaged copy of the right size is dropped, and an MD5 ETag is checked on download", async () => {
    const dir = fresh();
    const cache = createDownloadCache(dir, {logger: silentLogger});
    const file = await store(cache, v1, "12345");
    await writeFile(file, "12X45");
    expect(await cache.find(v1)).toBeUndefined();
    expect(await readdir(dir)).toEqual(["index.json"]);

    const md5 = createHash("md5").update("hello").digest("hex");
    const signed: ObjectVersion = {location: "s3://b/RAW_interactions.parquet", etag: md5, size: 5};
    expect(await cache.find(await store(cache, signed, "hello").then(() => signed))).toMatch(/\.parquet$/);
    await expect(store(cache, {...signed, location: "s3://b/other.parquet"}, "jello")).rejects.toThrow(
      "the content of other.parquet does not match its ETag (MD5)"
    );
  });

  it("removes the temporary files of killed downloads, and only theirs", async () => {
    const dir = fresh();
    const cache = createDownloadCache(dir, {logger: silentLogger});
    const {stdout: deadPid} = await promisify(execFile)(process.execPath, [
      "-e",
      "process.stdout.write(String(process.pid))"
    ]);
    await mkdir(dir, {recursive: true});
    const dead = `${contentKey(v1)}.parquet.${deadPid}.0badf00d.tmp`;
    const live = `${contentKey(v1)}.parquet.${process.ppid}.0badf00d.tmp`;
    await writeFile(path.join(dir, dead), "partial");
    await writeFile(path.join(dir, live), "partial");
    expect(await cache.find(v1)).toBeUndefined();
    expect(await readdir(dir)).toEqual([live]);
  });

  it("drops the previous version of a location when a new one is committed", async () => {
    const dir = fresh();
    const cache = createDownloadCache(dir, {logger: silentLogger});
    await store(cache, v1, "12345");
    const file2 = await store(cache, v2, "123456");
    expect((await readdir(dir)).sort()).toEqual([path.basename(file2), "index.json"].sort());
    expect(await readFile(file2, "utf8")).toBe("123456");
  });

  it("records parallel commits without losing an index entry", async () => {
    const dir = fresh();
    const cache = createDownloadCache(dir, {logger: silentLogger});
    const others = Array.from({length: 6}, (_, i) => ({location: `s3://b/f${i}.csv`, etag: `e${i}`, size: 1}));
    await Promise.all(others.map((o) => store(cache, o, "x")));
    const index = JSON.parse(await readFile(path.join(dir, "index.json"), "utf8"));
    expect(Object.keys(index.entries).sort()).toEqual(others.map((o) => o.location).sort());
  });

  it("falls back when a state file is missing, unreadable or of another shape", async () => {
    const dir = fresh();
    const file = path.join(dir, "state.json");
    const isState = (v: unknown): v is {n: number} => typeof (v as {n?: unknown})?.n === "number";
    expect(await readJsonState(file, isState, {n: 0})).toEqual({n: 0});
    await writeJsonState(file, {n: 7});
    expect(await readJsonState(file, isState, {n: 0})).toEqual({n: 7});
    await writeJsonState(file, {m: 1});
    expect(await readJsonState(file, isState, {n: 0})).toEqual({n: 0});
    await writeFile(file, "{");
    expect(await readJsonState(file, isState, {n: 0})).toEqual({n: 0});
    expect(await readdir(dir)).toEqual(["state.json"]);
  });
});
