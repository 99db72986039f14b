/**
 * Real S3 conformance: `build:data` (buildSnapshots with the real source selection) against Ceph radosgw, a
 * production S3 implementation, must publish the same snapshots as from a local directory holding the same data.
 * The cluster is started here (test/radosgw.ts) and removed afterwards.
 */
import {mkdtemp, readdir, readFile, rm} from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import {afterAll, beforeAll, describe, expect, it, vi} from "vitest";

import {buildSnapshots} from "../build.js";
import {loadConfig} from "../config.js";
import {CONTRACT_FILE_NAMES} from "../contract.js";
import {generateDataset} from "../generate/generate.js";
import {silentLogger} from "../log.js";
import {manifestSchema} from "../manifest.js";
import {openSource} from "./open.js";
import {uploadToS3} from "./upload.js";
import type {BuildRoot} from "../../test/buildRoot.js";
import {createBuildRoot} from "../../test/buildRoot.js";
import type {RadosGateway} from "../../test/radosgw.js";
import {startRadosGateway} from "../../test/radosgw.js";

const BUCKET = "btk-conformance";
const PREFIX = "foodcom/";
const COMMIT = "5353535353535353535353535353535353535353";

let gateway: RadosGateway | undefined;
let work: string;
/**
 * A repository root with the real pipeline, staging models and overview analysis (test/buildRoot.ts): the test is
 * about the source, so it does not depend on analyses still being written, nor on how much data each one needs.
 */
let repo: BuildRoot | undefined;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "btk-s3-conformance-"));
  repo = await createBuildRoot();
  // Start the cluster while the data is generated: both take seconds.
  const [gw] = await Promise.all([
    startRadosGateway({timeoutMs: 90_000}),
    generateDataset({outDir: path.join(work, "data"), seed: 20191103, scale: 0.005})
  ]);
  gateway = gw;
  console.log(`radosgw answered S3 ${gw.startMs} ms after the first command`);
  await gw.createBucket(BUCKET);
}, 180_000);

afterAll(async () => {
  vi.unstubAllEnvs();
  await gateway?.stop();
  if (work) await rm(work, {recursive: true, force: true});
  await repo?.cleanup();
});

async function readSet(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const name of (await readdir(dir)).sort()) out.set(name, await readFile(path.join(dir, name)));
  return out;
}

describe("build:data against Ceph radosgw", () => {
  it("uploads the generated data and builds byte-identical snapshots from S3 and from the local directory", async () => {
    const gw = gateway!;
    const uploaded = await uploadToS3(
      gw.s3Config({bucket: BUCKET, prefix: PREFIX}),
      CONTRACT_FILE_NAMES.map((name) => ({name, path: path.join(work, "data", name)})),
      {logger: silentLogger, credentials: gw.credentials}
    );
    expect(uploaded.map((u) => [u.name, u.status])).toEqual(CONTRACT_FILE_NAMES.map((n) => [n, "uploaded"]));

    const effects = {logger: silentLogger, print: () => {}, openSource, gitCommit: () => COMMIT};

    // From the local directory.
    const local = loadConfig(
      {
        DATA_DIR: path.join(work, "data"),
        SNAPSHOT_DIR: path.join(work, "snapshots-local"),
        CACHE_DIR: path.join(work, "cache-local")
      },
      repo!.root
    );
    const fromLocal = await buildSnapshots({root: repo!.root, config: local}, effects);
    expect(fromLocal.manifest.source.kind).toBe("local");

    // From S3, configured the way CI's secrets configure it: S3_* variables and the SDK's credential chain.
    vi.stubEnv("AWS_ACCESS_KEY_ID", gw.credentials.accessKeyId);
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", gw.credentials.secretAccessKey);
    const s3 = loadConfig(
      {
        S3_BUCKET: BUCKET,
        S3_PREFIX: PREFIX,
        S3_ENDPOINT: gw.endpoint,
        DATA_DIR: path.join(work, "no-local-data"),
        SNAPSHOT_DIR: path.join(work, "snapshots-s3"),
        CACHE_DIR: path.join(work, "cache-s3")
      },
      repo!.root
    );
    expect(s3.s3?.forcePathStyle).toBe(true);
    const fromS3 = await buildSnapshots({root: repo!.root, config: s3}, effects);

    const manifest = manifestSchema.parse(
      JSON.parse(await readFile(path.join(s3.snapshotDir, "manifest.json"), "utf8"))
    );
    expect(manifest.source.kind).toBe("s3");
    // Published: object names only, never the bucket, the prefix or the endpoint.
    expect(manifest.source.description).toBe(CONTRACT_FILE_NAMES.join(", "));
    expect(manifest.source.objects.map((o) => o.location)).toEqual([...CONTRACT_FILE_NAMES]);
    expect(JSON.stringify(manifest)).not.toContain(BUCKET);
    // radosgw's ETag of a single-part upload is the MD5 of the content, as the upload computed it.
    expect(manifest.source.objects.map((o) => o.etag)).toEqual(uploaded.map((u) => u.etag));
    expect(fromS3.rebuilt.sort()).toEqual(fromLocal.rebuilt.sort());

    const a = await readSet(local.snapshotDir);
    const b = await readSet(s3.snapshotDir);
    // The manifest and the change log record when each set was built.
    for (const set of [a, b]) for (const file of ["manifest.json", "changes.json"]) set.delete(file);
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect(a.size).toBeGreaterThan(0);
    for (const [name, content] of a)
      expect(b.get(name)?.equals(content), `${name} differs between S3 and local`).toBe(true);
    expect(manifest.dataAsOf).toBe(fromLocal.manifest.dataAsOf);
  });
});
