import {createHash, randomBytes} from "node:crypto";
import {mkdir, mkdtemp, rm, writeFile} from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import {GetObjectCommand} from "@aws-sdk/client-s3";
import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {startFaultProxy} from "../../test/faultProxy.js";
import {startS3Server} from "../../test/s3server.js";
import type {S3TestServer} from "../../test/s3server.js";
import {SourceError} from "../errors.js";
import type {Logger} from "../log.js";
import {silentLogger} from "../log.js";
import {createS3Client} from "./s3.js";
import {uploadToS3} from "./upload.js";

const md5 = (data: Buffer) => createHash("md5").update(data).digest("hex");

let server: S3TestServer;
let work: string;

beforeAll(async () => {
  server = await startS3Server({buckets: ["uploads"]});
  work = await mkdtemp(path.join(os.tmpdir(), "upload-"));
});

afterAll(async () => {
  await server.close();
  await rm(work, {recursive: true, force: true});
});

function captureLogger(): Logger & {lines: string[]} {
  const lines: string[] = [];
  const keep =
    (level: string) =>
    (...args: unknown[]) =>
      lines.push(`${level}: ${args.map(String).join(" ")}`);
  return {
    lines,
    trace: keep("trace"),
    debug: keep("debug"),
    info: keep("info"),
    warn: keep("warn"),
    error: keep("error")
  };
}

async function download(prefix: string, name: string): Promise<Buffer> {
  const client = createS3Client(server.s3Config(), {credentials: server.credentials});
  try {
    const out = await client.send(new GetObjectCommand({Bucket: "uploads", Key: `${prefix}${name}`}));
    return Buffer.from(await out.Body!.transformToByteArray());
  } finally {
    client.destroy();
  }
}

describe("uploadToS3", () => {
  it("uploads new files, skips unchanged ones by size and MD5, and uploads changed ones again", async () => {
    const dir = path.join(work, "a");
    await mkdir(dir, {recursive: true});
    const a = randomBytes(50_000);
    const b = randomBytes(20_000);
    await writeFile(path.join(dir, "a.parquet"), a);
    await writeFile(path.join(dir, "b.csv"), b);
    const files = [
      {name: "a.parquet", path: path.join(dir, "a.parquet")},
      {name: "b.csv", path: path.join(dir, "b.csv")}
    ];
    const config = server.s3Config({prefix: "imports/"});
    const options = {logger: silentLogger, credentials: server.credentials};

    const first = await uploadToS3(config, files, options);
    expect(first).toEqual([
      {name: "a.parquet", location: "s3://uploads/imports/a.parquet", etag: md5(a), size: 50_000, status: "uploaded"},
      {name: "b.csv", location: "s3://uploads/imports/b.csv", etag: md5(b), size: 20_000, status: "uploaded"}
    ]);
    expect((await download("imports/", "a.parquet")).equals(a)).toBe(true);

    // A second import sends nothing: the proxy sees only HEAD requests.
    const proxy = await startFaultProxy({targetPort: server.port});
    const logger = captureLogger();
    try {
      const second = await uploadToS3({...config, endpoint: proxy.endpoint}, files, {...options, logger});
      expect(second.map((r) => r.status)).toEqual(["unchanged", "unchanged"]);
      expect(proxy.requests.map((r) => r.method)).toEqual(["HEAD", "HEAD"]);
      expect(logger.lines).toContain("info: upload a.parquet → unchanged (50.0 KB, same MD5), skipped");
    } finally {
      await proxy.close();
    }

    const changed = randomBytes(20_000);
    await writeFile(path.join(dir, "b.csv"), changed);
    const third = await uploadToS3(config, files, options);
    expect(third.map((r) => r.status)).toEqual(["unchanged", "uploaded"]);
    expect((await download("imports/", "b.csv")).equals(changed)).toBe(true);
  });

  it("retries a failed PUT with a fresh file stream, so the stored object is complete", async () => {
    const dir = path.join(work, "b");
    await mkdir(dir, {recursive: true});
    const content = randomBytes(80_000);
    await writeFile(path.join(dir, "c.parquet"), content);
    const proxy = await startFaultProxy({
      targetPort: server.port,
      faults: [{fault: {kind: "status", status: 500}, method: "PUT", times: 1}]
    });
    const logger = captureLogger();
    try {
      const config = server.s3Config({prefix: "retry/", endpoint: proxy.endpoint, maxAttempts: 3});
      const results = await uploadToS3(config, [{name: "c.parquet", path: path.join(dir, "c.parquet")}], {
        logger,
        credentials: server.credentials,
        retryBaseDelayMs: 1
      });
      expect(results[0].status).toBe("uploaded");
      expect(proxy.requests.filter((r) => r.method === "PUT").map((r) => r.fault)).toEqual(["status", undefined]);
      expect(
        logger.lines.some((l) => l.startsWith("warn: s3 PutObject s3://uploads/retry/c.parquet failed (HTTP 500"))
      ).toBe(true);
    } finally {
      await proxy.close();
    }
    expect((await download("retry/", "c.parquet")).equals(content)).toBe(true);
  });

  it("refuses a local file that does not exist, naming it", async () => {
    const missing = path.join(work, "missing.parquet");
    const promise = uploadToS3(server.s3Config(), [{name: "missing.parquet", path: missing}], {
      logger: silentLogger,
      credentials: server.credentials
    });
    await expect(promise).rejects.toBeInstanceOf(SourceError);
    await expect(promise).rejects.toMatchObject({
      message: `${missing} does not exist or is not a file, so it cannot be uploaded.`,
      exitCode: 3
    });
  });

  it("says the credentials were refused for writing, naming the bucket and the permission", async () => {
    const dir = path.join(work, "c");
    await mkdir(dir, {recursive: true});
    await writeFile(path.join(dir, "d.csv"), "x");
    const wrong = {accessKeyId: "AKIAUPLOADWRONG1", secretAccessKey: "upload-wrong-secret"};
    const promise = uploadToS3(server.s3Config(), [{name: "d.csv", path: path.join(dir, "d.csv")}], {
      logger: silentLogger,
      credentials: wrong
    });
    const error = (await promise.catch((e: unknown) => e)) as SourceError;
    expect(error).toBeInstanceOf(SourceError);
    expect(error.message).toBe(
      'S3 refused the credentials for bucket "uploads" when writing s3://uploads/d.csv (HTTP 403).'
    );
    expect(error.hint).toContain("s3:PutObject");
    expect(`${error.message} ${error.hint}`).not.toContain(wrong.accessKeyId);
  });
});
