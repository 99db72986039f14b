import {randomBytes} from "node:crypto";
import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import {afterAll, afterEach, beforeAll, describe, expect, it, vi} from "vitest";

import {closedPort, startFaultProxy} from "../../test/faultProxy.js";
import type {FaultProxy} from "../../test/faultProxy.js";
import {startS3Server} from "../../test/s3server.js";
import type {S3TestServer} from "../../test/s3server.js";
import type {S3Config} from "../config.js";
import {CONTRACT_FILE_NAMES} from "../contract.js";
import {EXIT_CODES, SourceError} from "../errors.js";
import type {Logger} from "../log.js";
import {createS3Source, endpointOf, stripQuotes} from "./s3.js";
import type {S3Credentials, S3Source, S3SourceOptions} from "./s3.js";
import {uploadToS3} from "./upload.js";

const [RECIPES, INTERACTIONS] = CONTRACT_FILE_NAMES;
const CLEAR_LINE = "\r\x1b[K";

/** A logger that keeps every line, at every level, so tests can read what a user would see. */
function captureLogger(): Logger & {lines: string[]; text(): string} {
  const lines: string[] = [];
  const keep =
    (level: string) =>
    (...args: unknown[]) =>
      lines.push(`${level}: ${args.map(String).join(" ")}`);
  return {
    lines,
    text: () => lines.join("\n"),
    trace: keep("trace"),
    debug: keep("debug"),
    info: keep("info"),
    warn: keep("warn"),
    error: keep("error")
  };
}

/** The error a promise rejects with; fails the test when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<SourceError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    return error as SourceError;
  }
  throw new Error("expected a rejection");
}

/** Everything a user could read about an error: message, hint and the cause kept for --debug. */
function errorText(error: SourceError): string {
  return [error.message, error.hint, error.cause instanceof Error ? error.cause.message : ""].join("\n");
}

let server: S3TestServer;
let work: string;
let counter = 0;
const sources: S3Source[] = [];
const proxies: FaultProxy[] = [];

beforeAll(async () => {
  server = await startS3Server({buckets: ["test"]});
  work = await mkdtemp(path.join(os.tmpdir(), "s3-source-"));
});

afterEach(async () => {
  // Destroy clients before the servers go away, so no keep-alive socket holds a close.
  for (const source of sources.splice(0)) await source.close();
  for (const proxy of proxies.splice(0)) await proxy.close();
  vi.unstubAllEnvs();
});

afterAll(async () => {
  await server.close();
  await rm(work, {recursive: true, force: true});
});

/** A fresh prefix, cache directory and pair of local input files with random content. */
async function scenario(sizes: [number, number] = [150_000, 90_000]) {
  const id = ++counter;
  const prefix = `run${id}/`;
  const dir = path.join(work, `case${id}`);
  const cacheDir = path.join(dir, "cache");
  const files = [
    {name: RECIPES, path: path.join(dir, RECIPES), content: randomBytes(sizes[0])},
    {name: INTERACTIONS, path: path.join(dir, INTERACTIONS), content: randomBytes(sizes[1])}
  ];
  await rm(dir, {recursive: true, force: true});
  await mkdir(dir, {recursive: true});
  for (const f of files) await writeFile(f.path, f.content);
  return {prefix, dir, cacheDir, files, config: server.s3Config({prefix})};
}

async function upload(config: S3Config, files: Array<{name: string; path: string}>) {
  return uploadToS3(config, files, {logger: captureLogger(), credentials: server.credentials});
}

function source(config: S3Config, options: Partial<S3SourceOptions> & {cacheDir: string}): S3Source {
  const s = createS3Source(config, {
    logger: captureLogger(),
    credentials: server.credentials,
    isTTY: false,
    retryBaseDelayMs: 1,
    ...options
  });
  sources.push(s);
  return s;
}

/** The files in the S3 download cache, index and temporary files included. */
async function cacheFiles(cacheDir: string): Promise<string[]> {
  return (await readdir(path.join(cacheDir, "s3")).catch(() => [] as string[])).sort();
}

describe("createS3Source against a real S3 server", () => {
  it("downloads every object on the first pull and the files equal what was uploaded", async () => {
    const {cacheDir, files, config} = await scenario();
    await upload(config, files);
    const logger = captureLogger();
    const s3 = source(config, {cacheDir, logger});

    const objects = await s3.stat(CONTRACT_FILE_NAMES);
    expect(objects.map((o) => [o.name, o.size, o.location])).toEqual(
      files.map((f) => [f.name, f.content.length, `s3://test/${config.prefix}${f.name}`])
    );
    // A single-part upload's ETag is the MD5, without the quotes of the wire format.
    expect(objects[0].etag).toMatch(/^[0-9a-f]{32}$/);
    const paths = await s3.fetch(objects);

    for (const f of files) expect((await readFile(paths.get(f.name)!)).equals(f.content)).toBe(true);
    expect(s3.stats).toMatchObject({headRequests: 2, downloads: 2, bytesDownloaded: 240_000, reused: 0, retries: 0});
    expect(logger.text()).toMatch(/fetch RAW_recipes\.parquet → downloaded 150\.0 KB in \d+ ms/);
    // Cached files keep the object's extension (DuckDB picks its reader by it), and nothing temporary is left.
    const cached = await cacheFiles(cacheDir);
    expect(cached).toHaveLength(3);
    expect(cached.filter((f) => /^[0-9a-f]{64}\.parquet$/.test(f))).toHaveLength(2);
    expect(cached).toContain("index.json");
    expect(s3.description).toBe(`s3://test/${config.prefix}`);
  });

  it("does not download an unchanged object again: it is reused from the cache", async () => {
    const {cacheDir, files, config} = await scenario();
    await upload(config, files);
    const first = source(config, {cacheDir});
    await first.fetch(await first.stat(CONTRACT_FILE_NAMES));

    // Route the second pull through a proxy to count the requests that reach the server.
    const proxy = await startFaultProxy({targetPort: server.port});
    proxies.push(proxy);
    const logger = captureLogger();
    const second = source({...config, endpoint: proxy.endpoint}, {cacheDir, logger});
    const paths = await second.fetch(await second.stat(CONTRACT_FILE_NAMES));

    expect(second.stats).toMatchObject({downloads: 0, bytesDownloaded: 0, reused: 2});
    expect(proxy.requests.map((r) => r.method)).toEqual(["HEAD", "HEAD"]);
    expect(logger.lines).toContain("info: fetch RAW_recipes.parquet → reused from cache (150.0 KB)");
    for (const f of files) expect((await readFile(paths.get(f.name)!)).equals(f.content)).toBe(true);
  });

  it("downloads a changed object again and drops its previous cached version", async () => {
    const {cacheDir, files, config} = await scenario();
    await upload(config, files);
    const first = source(config, {cacheDir});
    const before = await first.stat(CONTRACT_FILE_NAMES);
    await first.fetch(before);

    const changed = randomBytes(70_000);
    await writeFile(files[1].path, changed);
    await upload(config, files);
    const second = source(config, {cacheDir});
    const after = await second.stat(CONTRACT_FILE_NAMES);
    const paths = await second.fetch(after);

    expect(after[0].etag).toBe(before[0].etag);
    expect(after[1].etag).not.toBe(before[1].etag);
    expect(second.stats).toMatchObject({downloads: 1, bytesDownloaded: 70_000, reused: 1});
    expect((await readFile(paths.get(INTERACTIONS)!)).equals(changed)).toBe(true);
    expect(await cacheFiles(cacheDir)).toHaveLength(3);
    const index = JSON.parse(await readFile(path.join(cacheDir, "s3", "index.json"), "utf8"));
    expect(index.entries[`s3://test/${config.prefix}${INTERACTIONS}`]).toMatchObject({
      etag: after[1].etag,
      size: 70_000
    });
  });

  it("reports every missing object with the key, what is expected and what the prefix holds", async () => {
    const {cacheDir, files, config} = await scenario();
    await upload(config, files.slice(0, 1));
    const s3 = source(config, {cacheDir});

    const error = await rejection(s3.stat(CONTRACT_FILE_NAMES));
    expect(error.name).toBe("SourceError");
    expect(error.exitCode).toBe(EXIT_CODES.source);
    expect(error.exitCode).toBe(3);
    expect(error.message).toBe(
      `The S3 source is missing 1 of its 2 input objects: s3://test/${config.prefix}RAW_interactions.parquet does not exist.`
    );
    expect(error.object).toBe(`s3://test/${config.prefix}RAW_interactions.parquet`);
    expect(error.hint).toContain("must hold RAW_recipes.parquet and RAW_interactions.parquet");
    expect(error.hint).toContain(`Under s3://test/${config.prefix} there is: RAW_recipes.parquet.`);
    expect(error.hint).toContain("npm run data:import -- <dir> --upload");
  });

  it("names both objects and says the prefix is empty when nothing is there", async () => {
    const {cacheDir, config} = await scenario();
    const error = await rejection(source(config, {cacheDir}).stat(CONTRACT_FILE_NAMES));
    expect(error.message).toMatch(
      /missing 2 of its 2 input objects: .*RAW_recipes\.parquet, .*RAW_interactions\.parquet do not exist\./
    );
    expect(error.hint).toContain(`Nothing is stored under s3://test/${config.prefix} at the moment.`);
  });

  it("says when the bucket itself does not exist", async () => {
    const {cacheDir, config} = await scenario();
    const error = await rejection(source({...config, bucket: "no-such-bucket"}, {cacheDir}).stat(CONTRACT_FILE_NAMES));
    expect(error.message).toBe(`The S3 bucket "no-such-bucket" does not exist at ${server.endpoint}.`);
    expect(error.hint).toContain("S3_BUCKET");
    expect(error.exitCode).toBe(3);
  });

  it("says the credentials were refused, names the bucket, does not retry and never shows the keys", async () => {
    const {cacheDir, files, config} = await scenario();
    await upload(config, files);
    const wrong: S3Credentials = {accessKeyId: "AKIAWRONGKEY1234", secretAccessKey: "wrong-secret-value-5678"};
    const logger = captureLogger();
    const s3 = source(config, {cacheDir, logger, credentials: wrong});

    const error = await rejection(s3.stat(CONTRACT_FILE_NAMES));
    expect(error.message).toBe(
      `S3 refused the credentials for bucket "test" when reading s3://test/${config.prefix}RAW_recipes.parquet (HTTP 403).`
    );
    expect(error.hint).toContain("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY");
    expect(error.hint).toContain("AWS_PROFILE");
    expect(error.exitCode).toBe(3);
    expect(s3.stats.retries).toBe(0);
    for (const text of [errorText(error), logger.text(), JSON.stringify(error)]) {
      expect(text).not.toContain(wrong.accessKeyId);
      expect(text).not.toContain(wrong.secretAccessKey);
    }
  });

  it("reports InvalidAccessKeyId by name on a GET and keeps the key out of the message", async () => {
    const {cacheDir, files, config} = await scenario();
    await upload(config, files);
    const good = source(config, {cacheDir});
    const objects = await good.stat(CONTRACT_FILE_NAMES);
    const wrong: S3Credentials = {accessKeyId: "AKIAOTHERWRONG99", secretAccessKey: "another-wrong-secret"};

    const error = await rejection(source(config, {cacheDir, credentials: wrong}).fetch(objects));
    expect(error.message).toContain('S3 refused the credentials for bucket "test"');
    expect(error.message).toContain("(InvalidAccessKeyId)");
    expect(errorText(error)).not.toContain(wrong.accessKeyId);
    expect(await cacheFiles(cacheDir)).toEqual([]);
  });

  it("takes credentials from the environment through the SDK default chain and never logs them", async () => {
    const {cacheDir, files, config} = await scenario();
    await upload(config, files);
    vi.stubEnv("AWS_ACCESS_KEY_ID", "S3RVER");
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "env-secret-never-logged");
    vi.stubEnv("AWS_SESSION_TOKEN", "env-session-token-never-logged");
    vi.stubEnv("AWS_PROFILE", "");
    const logger = captureLogger();
    const s3 = source(config, {cacheDir, logger, credentials: undefined});

    const paths = await s3.fetch(await s3.stat(CONTRACT_FILE_NAMES));
    expect(paths.size).toBe(2);
    expect(logger.lines.length).toBeGreaterThan(0);
    expect(logger.text()).not.toContain("env-secret-never-logged");
    expect(logger.text()).not.toContain("env-session-token-never-logged");

    // The same chain with a key s3rver does not know fails: the environment really is where the keys came from.
    vi.stubEnv("AWS_ACCESS_KEY_ID", "AKIAENVWRONG0000");
    const error = await rejection(source(config, {cacheDir, credentials: undefined}).stat(CONTRACT_FILE_NAMES));
    expect(error.message).toContain('S3 refused the credentials for bucket "test"');
    expect(errorText(error)).not.toContain("AKIAENVWRONG0000");
    expect(errorText(error)).not.toContain("env-secret-never-logged");
  });

  it("says no credentials were found when the default chain finds none", async () => {
    const {cacheDir, config} = await scenario();
    vi.stubEnv("AWS_ACCESS_KEY_ID", "");
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "");
    vi.stubEnv("AWS_PROFILE", "");
    vi.stubEnv("AWS_SHARED_CREDENTIALS_FILE", path.join(work, "no-credentials"));
    vi.stubEnv("AWS_CONFIG_FILE", path.join(work, "no-config"));
    vi.stubEnv("AWS_EC2_METADATA_DISABLED", "true");
    vi.stubEnv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "");
    vi.stubEnv("AWS_CONTAINER_CREDENTIALS_FULL_URI", "");
    vi.stubEnv("AWS_WEB_IDENTITY_TOKEN_FILE", "");

    const error = await rejection(source(config, {cacheDir, credentials: undefined}).stat(CONTRACT_FILE_NAMES));
    expect(error.message).toBe('No AWS credentials were found to read bucket "test".');
    expect(error.hint).toContain("AWS_PROFILE");
    expect(error.exitCode).toBe(3);
  });

  it("retries an unreachable endpoint with exponential backoff, then names the endpoint", async () => {
    const {cacheDir} = await scenario();
    const port = await closedPort();
    const delays: number[] = [];
    const logger = captureLogger();
    const config = server.s3Config({endpoint: `http://127.0.0.1:${port}`, maxAttempts: 3});
    const s3 = source(config, {
      cacheDir,
      logger,
      retryBaseDelayMs: 10,
      effects: {sleep: async (ms) => void delays.push(ms), random: () => 1}
    });

    const error = await rejection(s3.stat([RECIPES]));
    expect(error.message).toBe(
      `Could not connect to the S3 endpoint http://127.0.0.1:${port} to read s3://test/RAW_recipes.parquet ` +
        "(ECONNREFUSED, 3 attempts in a row)."
    );
    expect(error.hint).toContain("S3_ENDPOINT");
    expect(error.exitCode).toBe(3);
    expect(delays).toEqual([10, 20]);
    expect(s3.stats.retries).toBe(2);
    expect(logger.lines.filter((l) => l.startsWith("warn: s3 HeadObject"))).toEqual([
      "warn: s3 HeadObject s3://test/RAW_recipes.parquet failed (ECONNREFUSED); retrying in 10 ms (attempt 2 of 3)",
      "warn: s3 HeadObject s3://test/RAW_recipes.parquet failed (ECONNREFUSED); retrying in 20 ms (attempt 3 of 3)"
    ]);
  });

  it("gives up on a server that accepts and never answers, with a timeout message", async () => {
    const {cacheDir} = await scenario();
    const proxy = await startFaultProxy({targetPort: server.port, faults: [{fault: {kind: "hang"}, times: Infinity}]});
    proxies.push(proxy);
    const config = server.s3Config({endpoint: proxy.endpoint, timeoutMs: 150, maxAttempts: 2});
    const error = await rejection(source(config, {cacheDir}).stat([RECIPES]));
    expect(error.message).toBe(
      `S3 at ${proxy.endpoint} did not answer within 150 ms when reading s3://test/RAW_recipes.parquet, 2 attempts in a row.`
    );
    expect(error.hint).toContain("S3_TIMEOUT_MS (now 150)");
    expect(proxy.requests).toHaveLength(2);
  });

  it("retries a 503 and succeeds, and reports a 503 that persists", async () => {
    const {cacheDir, files, config} = await scenario();
    await upload(config, files);
    const proxy = await startFaultProxy({
      targetPort: server.port,
      faults: [{fault: {kind: "status", status: 503}, method: "HEAD", times: 1}]
    });
    proxies.push(proxy);
    const logger = captureLogger();
    const s3 = source({...config, endpoint: proxy.endpoint, maxAttempts: 3}, {cacheDir, logger});
    const objects = await s3.stat([RECIPES]);
    expect(objects[0].size).toBe(150_000);
    expect(s3.stats.retries).toBe(1);
    expect(logger.text()).toMatch(/warn: s3 HeadObject .* failed \(HTTP 503\); retrying/);

    proxy.setFaults([{fault: {kind: "status", status: 503}, method: "GET", times: Infinity}]);
    const error = await rejection(s3.fetch(objects));
    expect(error.message).toBe(
      `S3 at ${proxy.endpoint} failed with HTTP 503 ServiceUnavailable when reading s3://test/${config.prefix}RAW_recipes.parquet, 3 attempts in a row.`
    );
    expect(await cacheFiles(cacheDir)).toEqual([]);
  });

  it("retries a body cut short and keeps only the complete download", async () => {
    const {cacheDir, files, config} = await scenario();
    await upload(config, files);
    const proxy = await startFaultProxy({
      targetPort: server.port,
      faults: [{fault: {kind: "truncate", afterBytes: 10_000}, method: "GET", times: 1}]
    });
    proxies.push(proxy);
    const s3 = source({...config, endpoint: proxy.endpoint, maxAttempts: 3}, {cacheDir});

    const paths = await s3.fetch(await s3.stat([RECIPES]));
    expect((await readFile(paths.get(RECIPES)!)).equals(files[0].content)).toBe(true);
    expect(s3.stats).toMatchObject({downloads: 1, retries: 1, bytesDownloaded: 150_000});
    expect(proxy.requests.filter((r) => r.method === "GET").map((r) => r.fault)).toEqual(["truncate", undefined]);
  });

  for (const mode of ["reset", "end"] as const) {
    it(`reports a body that keeps being cut (${mode === "reset" ? "connection reset" : "clean early end"}) and leaves no partial file`, async () => {
      const {cacheDir, files, config} = await scenario();
      await upload(config, files);
      const proxy = await startFaultProxy({
        targetPort: server.port,
        faults: [{fault: {kind: "truncate", afterBytes: 20_000, mode}, method: "GET", times: Infinity}]
      });
      proxies.push(proxy);
      const s3 = source({...config, endpoint: proxy.endpoint, maxAttempts: 3}, {cacheDir});
      const objects = await s3.stat([RECIPES]);

      const error = await rejection(s3.fetch(objects));
      expect(error.message).toMatch(
        new RegExp(
          `^The download of s3://test/${config.prefix}RAW_recipes\\.parquet stopped after [\\d.]+ (KB|B) of 150\\.0 KB, ` +
            "3 attempts in a row; the truncated file was not kept\\.$"
        )
      );
      if (mode === "end") expect(error.message).toContain("after 20.0 KB of 150.0 KB");
      expect(error.hint).toContain("S3_MAX_ATTEMPTS (now 3)");
      expect(error.exitCode).toBe(3);
      expect(s3.stats).toMatchObject({downloads: 0, retries: 2});
      expect(await cacheFiles(cacheDir)).toEqual([]);
    });
  }

  it("times out a body that stops arriving, instead of waiting forever", async () => {
    const {cacheDir, files, config} = await scenario();
    await upload(config, files);
    const proxy = await startFaultProxy({
      targetPort: server.port,
      faults: [{fault: {kind: "truncate", afterBytes: 20_000, mode: "stall"}, method: "GET", times: Infinity}]
    });
    proxies.push(proxy);
    const s3 = source({...config, endpoint: proxy.endpoint, maxAttempts: 2, timeoutMs: 200}, {cacheDir});
    const objects = await s3.stat([RECIPES]);

    const error = await rejection(s3.fetch(objects));
    expect(error.message).toBe(
      `S3 at ${proxy.endpoint} did not answer within 200 ms when reading s3://test/${config.prefix}RAW_recipes.parquet, 2 attempts in a row.`
    );
    expect(await cacheFiles(cacheDir)).toEqual([]);
  });

  it("abandons a download trickling under the minimum rate, retries it, and keeps no partial file", async () => {
    const {cacheDir, files, config} = await scenario();
    await upload(config, files);
    const proxy = await startFaultProxy({
      targetPort: server.port,
      faults: [{fault: {kind: "trickle", bytes: 1, everyMs: 20}, method: "GET", times: Infinity}]
    });
    proxies.push(proxy);
    // One byte every 20 ms is 50 B/s: under 1 KB/s over each 300 ms window. Each request stays under its
    // timeout (bytes keep coming), so only the rate check can end it.
    const s3 = source(
      {...config, endpoint: proxy.endpoint, maxAttempts: 2, timeoutMs: 5_000, minBytesPerSecond: 1_000},
      {cacheDir, rateWindowMs: 300}
    );
    const objects = await s3.stat([RECIPES]);
    const error = await rejection(s3.fetch(objects));
    expect(error.message).toMatch(
      new RegExp(
        `^The download of s3://test/${config.prefix}RAW_recipes\\.parquet from ${proxy.endpoint} slowed to \\d+ B in 0\\.3 s, under the minimum of 1\\.0 KB/s, 2 attempts in a row; the partial file was not kept\\.$`
      )
    );
    expect(error.hint).toContain("S3_MIN_RATE_KBPS");
    expect(proxy.requests.filter((r) => r.fault === "trickle")).toHaveLength(2);
    expect(await cacheFiles(cacheDir)).toEqual([]);
  });

  it("refuses an object replaced between stat and fetch", async () => {
    const {cacheDir, files, config} = await scenario();
    await upload(config, files);
    const s3 = source(config, {cacheDir});
    const objects = await s3.stat([RECIPES]);
    await writeFile(files[0].path, randomBytes(1000));
    await upload(config, files.slice(0, 1));

    const error = await rejection(s3.fetch(objects));
    expect(error.message).toBe(
      `s3://test/${config.prefix}RAW_recipes.parquet was replaced while the build was reading it, so the download does not match what was checked.`
    );
    expect(error.hint).toContain("Run the build again");
    expect(await cacheFiles(cacheDir)).toEqual([]);
  });

  it("draws no progress line when stderr is not a terminal", async () => {
    const {cacheDir, files, config} = await scenario();
    await upload(config, files);
    const written: string[] = [];
    const s3 = source(config, {
      cacheDir,
      isTTY: false,
      progressMinBytes: 0,
      effects: {stderr: {write: (t) => written.push(t)}}
    });
    await s3.fetch(await s3.stat(CONTRACT_FILE_NAMES));
    expect(s3.stats.downloads).toBe(2);
    expect(written).toEqual([]);
  });

  it("draws one updating progress line on a terminal and erases it at the end", async () => {
    const {cacheDir, files, config} = await scenario();
    await upload(config, files);
    const written: string[] = [];
    const s3 = source(config, {
      cacheDir,
      isTTY: true,
      progressMinBytes: 0,
      effects: {stderr: {write: (t) => written.push(t)}}
    });
    await s3.fetch(await s3.stat(CONTRACT_FILE_NAMES));

    const frames = written.filter((t) => t.includes("downloading"));
    expect(frames.length).toBeGreaterThan(0);
    for (const frame of frames) {
      // Carriage return and erase-line first, so each frame overwrites the previous one.
      expect(frame.startsWith(CLEAR_LINE)).toBe(true);
      expect(frame.slice(CLEAR_LINE.length)).toMatch(/^downloading 2 objects: \d+% of 240\.0 KB, [\d.]+ MB\/s$/);
      expect(frame).not.toContain("\n");
    }
    expect(written.at(-1)).toBe(CLEAR_LINE);
  });

  it("skips the progress line for small downloads even on a terminal", async () => {
    const {cacheDir, files, config} = await scenario();
    await upload(config, files);
    const written: string[] = [];
    const s3 = source(config, {cacheDir, isTTY: true, effects: {stderr: {write: (t) => written.push(t)}}});
    await s3.fetch(await s3.stat(CONTRACT_FILE_NAMES));
    expect(written).toEqual([]);
  });
});

describe("S3 helpers", () => {
  it("describes the AWS endpoint when none is configured and hides user info of a custom one", () => {
    const base = server.s3Config();
    expect(endpointOf({...base, endpoint: undefined, region: "eu-west-3"})).toBe("https://s3.eu-west-3.amazonaws.com");
    expect(endpointOf({...base, endpoint: "http://user:pass@127.0.0.1:9000/"})).toBe("http://127.0.0.1:9000");
  });

  it("strips the quotes of an ETag", () => {
    expect(stripQuotes('"abc"')).toBe("abc");
    expect(stripQuotes('W/"abc"')).toBe("abc");
    expect(stripQuotes(undefined)).toBeUndefined();
  });
});
