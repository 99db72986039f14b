import {mkdir, mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import path from "node:path";

import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {CONTRACT_FILE_NAMES} from "./contract.js";
import {generateDataset} from "./generate/generate.js";
import {query} from "./generate/testing.js";
import {silentLogger} from "./log.js";
import type {Manifest} from "./manifest.js";
import {provenanceSchema} from "./manifest.js";
import {dataProvenance} from "./provenance.js";
import {createLocalSource} from "./source/local.js";
import type {Source} from "./source/source.js";

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "btk-provenance-"));
  await generateDataset({outDir: path.join(root, "generated"), seed: 42, scale: 0.002});
  // The same rows without the generator's footer: what a reader's own export would look like.
  await mkdir(path.join(root, "plain"));
  for (const name of CONTRACT_FILE_NAMES) {
    await query(
      `copy (select * from read_parquet('${path.join(root, "generated", name)}')) ` +
        `to '${path.join(root, "plain", name)}' (format parquet)`
    );
  }
}, 60_000);

afterAll(async () => {
  await rm(root, {recursive: true, force: true});
});

async function provenanceOf(dir: string, previous?: Manifest) {
  const source = createLocalSource(path.join(root, dir), {cacheDir: path.join(root, "cache"), logger: silentLogger});
  return dataProvenance(source, await source.stat(CONTRACT_FILE_NAMES), previous);
}

describe("dataProvenance", () => {
  it("recognises the generated data set and records its seed and scale", async () => {
    expect(await provenanceOf("generated")).toEqual({kind: "generated", seed: 42, scale: 0.002});
  });

  it("calls files without the generator's marker local, with base names only", async () => {
    const provenance = await provenanceOf("plain");
    expect(provenance).toEqual({kind: "local", files: [...CONTRACT_FILE_NAMES]});
    expect(provenanceSchema.safeParse(provenance).success).toBe(true);
  });

  it("keeps the previous provenance when the inputs are unchanged, without reading them", async () => {
    const source = createLocalSource(path.join(root, "plain"), {
      cacheDir: path.join(root, "cache"),
      logger: silentLogger
    });
    const objects = await source.stat(CONTRACT_FILE_NAMES);
    const previous = {
      source: {kind: "local", description: "", objects: objects.map((o) => ({...o, rows: 1}))},
      provenance: {kind: "generated", seed: 1, scale: 1}
    } as unknown as Manifest;
    const untouchable: Source = {...source, fetch: () => Promise.reject(new Error("must not read the files"))};
    expect(await dataProvenance(untouchable, objects, previous)).toEqual({kind: "generated", seed: 1, scale: 1});
  });

  it("names S3 objects without their bucket, and still recognises generated files uploaded there", async () => {
    // An S3 source whose downloads land in the test's folders (the real S3 source is tested with s3rver/radosgw).
    const s3 = (dir: string): Source => ({
      kind: "s3",
      description: "s3://private-bucket/prefix/",
      stat: () => Promise.resolve([]),
      fetch: (objects) => Promise.resolve(new Map(objects.map((o) => [o.name, path.join(root, dir, o.name)]))),
      close: () => Promise.resolve()
    });
    const objects = CONTRACT_FILE_NAMES.map((name) => ({
      name,
      etag: "e",
      size: 1,
      location: `s3://private-bucket/prefix/${name}`
    }));
    const plain = await dataProvenance(s3("plain"), objects);
    expect(plain).toEqual({kind: "s3", objects: [...CONTRACT_FILE_NAMES]});
    expect(JSON.stringify(plain)).not.toContain("private-bucket");
    expect(await dataProvenance(s3("generated"), objects)).toEqual({kind: "generated", seed: 42, scale: 0.002});
  });

  it("rejects a path in the manifest's provenance", () => {
    expect(provenanceSchema.safeParse({kind: "local", files: ["/home/me/RAW_recipes.parquet"]}).success).toBe(false);
  });
});
