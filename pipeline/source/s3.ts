/**
 * The S3 source: HEAD tells each object's identity (ETag, size) without downloading it; fetch downloads what the
 * local cache does not already hold into a content-addressed file. Every request goes through one session that
 * owns the client, the retry policy, the error messages and the redaction of credentials.
 */
import {createWriteStream} from "node:fs";
import {rm} from "node:fs/promises";
import path from "node:path";
import {Readable, Transform} from "node:stream";
import {pipeline} from "node:stream/promises";
import {setTimeout as delay} from "node:timers/promises";

import {GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client} from "@aws-sdk/client-s3";
import {NodeHttpHandler} from "@smithy/node-http-handler";

import type {S3Config} from "../config.js";
import {ConfigurationError, isPipelineError, systemErrorAdvice, systemErrorCode, systemErrorReason} from "../errors.js";
import type {Logger} from "../log.js";
import {formatBytes, redact} from "../log.js";
import {createDownloadCache, explainWriteFailure} from "./cache.js";
import type {ObjectVersion} from "./cache.js";
import {
  classify,
  missingObjectsError,
  ObjectChangedError,
  SlowTransferError,
  toSourceError,
  TruncatedBodyError,
  withRetry
} from "./s3Errors.js";
import type {Source, SourceObject} from "./source.js";

/** Static credentials; without them the SDK's default chain is used (environment, AWS_PROFILE, shared files, roles). */
export interface S3Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** The side effects of S3 access, replaceable in tests. */
export interface S3Effects {
  /** Waits between attempts. */
  sleep: (ms: number) => Promise<void>;
  /** Jitter source for the backoff, in [0, 1). */
  random: () => number;
  /** Monotonic milliseconds, for durations and throughput. */
  now: () => number;
  /** Where the progress line is drawn. */
  stderr: {write(text: string): unknown};
}

export interface S3SessionOptions {
  logger: Logger;
  credentials?: S3Credentials;
  /** Delay before the second attempt, doubled for each further one; 200 ms by default. */
  retryBaseDelayMs?: number;
  effects?: Partial<S3Effects>;
}

export interface S3SourceOptions extends S3SessionOptions {
  /** The download cache goes in `<cacheDir>/s3`. */
  cacheDir: string;
  /** Whether stderr is a terminal; the progress line is drawn only then. Defaults to process.stderr.isTTY. */
  isTTY?: boolean;
  /** Downloads smaller than this (all objects together) get no progress line; 8 MB by default. */
  progressMinBytes?: number;
  /** The window over which the minimum transfer rate is measured; 30 s by default. */
  rateWindowMs?: number;
}

/** Counters of the work an S3 source did, for tests, log summaries and the benchmark. */
export interface S3SourceStats {
  headRequests: number;
  /** Completed downloads (retried attempts not counted). */
  downloads: number;
  bytesDownloaded: number;
  /** Objects served from the cache without a download. */
  reused: number;
  /** Attempts made again after a transient failure, over all requests. */
  retries: number;
}

export interface S3Source extends Source {
  readonly kind: "s3";
  readonly stats: S3SourceStats;
}

const DEFAULT_EFFECTS: S3Effects = {
  sleep: (ms) => delay(ms),
  random: Math.random,
  now: () => performance.now(),
  stderr: process.stderr
};

/** The endpoint for messages: the configured one without any user:password part, or the AWS regional endpoint. */
export function endpointOf(config: S3Config): string {
  if (config.endpoint === undefined) return `https://s3.${config.region}.amazonaws.com`;
  const url = new URL(config.endpoint);
  url.username = "";
  url.password = "";
  return url.toString().replace(/\/$/, "");
}

/** Quotes are part of the ETag on the wire but not of its value. */
export function stripQuotes(etag: string | undefined): string | undefined {
  return etag?.replace(/^(W\/)?"/, "").replace(/"$/, "");
}

export interface S3ClientOptions {
  /** Static credentials; undefined uses the SDK default chain. */
  credentials?: S3Credentials;
  /** Disables the time-to-first-byte limit, which a large PUT exceeds while it is still sending its body. */
  upload?: boolean;
  /** Receives the SDK's own warnings, at debug level (it would otherwise print some of them with console.warn). */
  logger?: Logger;
}

/** An S3 client configured from S3Config, for the source, the upload and tests. */
export function createS3Client(
  config: S3Config,
  {credentials, upload = false, logger}: S3ClientOptions = {}
): S3Client {
  const sdkLog = (...args: unknown[]) => logger?.debug(`s3 sdk: ${args.map(String).join(" ")}`);
  return new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials,
    logger: {trace: () => {}, debug: () => {}, info: () => {}, warn: sdkLog, error: sdkLog},
    // Retries happen in withRetry, which also sees truncated bodies; SDK retries on top would multiply attempts.
    maxAttempts: 1,
    // S3-compatible servers (Garage, MinIO, s3rver) reject or mangle the SDK's default CRC checksums.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    requestHandler: new NodeHttpHandler({
      connectionTimeout: config.timeoutMs,
      // Time to the response headers; the body is then bounded by the idle timeout, so big downloads are fine.
      requestTimeout: upload ? 0 : config.timeoutMs,
      throwOnRequestTimeout: true,
      socketTimeout: config.timeoutMs
    })
  });
}

/** What every S3 operation needs: a client, a retry policy, error messages and credential redaction. */
export interface S3Session {
  readonly client: S3Client;
  readonly endpoint: string;
  readonly effects: S3Effects;
  readonly stats: {retries: number};
  /** Credential values known so far (filled by `ready`), for messages built outside the session. */
  readonly secrets: readonly string[];
  /** "s3://bucket/<prefix><name>". */
  locationOf(name: string): string;
  /** Resolves the credentials once, failing with a clear error when there are none, and remembers them for redact. */
  ready(action: "reading" | "writing"): Promise<void>;
  /** The text with every credential value masked. */
  redact(text: string): string;
  /** Runs one request with retries on transient failures; the last failure becomes a SourceError. */
  request<T>(operation: string, location: string, action: "reading" | "writing", op: () => Promise<T>): Promise<T>;
  /** The SourceError for a failure that happened outside `request`. */
  fail(error: unknown, location: string, action: "reading" | "writing", attempts?: number): never;
  close(): void;
}

export function openS3Session(config: S3Config, options: S3SessionOptions & {upload?: boolean}): S3Session {
  const {logger} = options;
  const effects: S3Effects = {...DEFAULT_EFFECTS, ...options.effects};
  const secrets: string[] = [];
  const given = options.credentials;
  if (given)
    for (const value of [given.accessKeyId, given.secretAccessKey, given.sessionToken]) if (value) secrets.push(value);
  const hide = (text: string) => redact(text, secrets);
  const sdkLogger: Logger = {...logger, debug: (...args: unknown[]) => logger.debug(hide(args.map(String).join(" ")))};
  const client = createS3Client(config, {credentials: options.credentials, upload: options.upload, logger: sdkLogger});
  const endpoint = endpointOf(config);
  const stats = {retries: 0};
  let credentialsChecked: Promise<void> | undefined;

  const fail = (error: unknown, location: string, action: "reading" | "writing", attempts = 1): never => {
    // Errors that already name their family and setting (a CACHE_DIR that cannot be written) pass as they are.
    if (isPipelineError(error)) throw error;
    throw toSourceError(error, {
      bucket: config.bucket,
      location,
      endpoint,
      action,
      attempts,
      timeoutMs: config.timeoutMs,
      maxAttempts: config.maxAttempts,
      secrets
    });
  };

  return {
    client,
    endpoint,
    effects,
    stats,
    secrets,
    locationOf: (name) => `s3://${config.bucket}/${config.prefix}${name}`,
    redact: hide,
    fail,
    ready(action) {
      credentialsChecked ??= (async () => {
        try {
          const identity = await client.config.credentials();
          for (const value of [identity.accessKeyId, identity.secretAccessKey, identity.sessionToken]) {
            if (value) secrets.push(value);
          }
        } catch (error) {
          credentialsChecked = undefined;
          fail(error, `s3://${config.bucket}/${config.prefix}`, action);
        }
      })();
      return credentialsChecked;
    },
    async request(operation, location, action, op) {
      let attempts = 0;
      try {
        return await withRetry(
          (attempt) => {
            attempts = attempt;
            return op();
          },
          {
            maxAttempts: config.maxAttempts,
            baseDelayMs: options.retryBaseDelayMs ?? 200,
            sleep: effects.sleep,
            random: effects.random,
            onRetry(failure, _error, next, delayMs) {
              stats.retries++;
              logger.warn(
                hide(
                  `s3 ${operation} ${location} failed (${failure.code}); ` +
                    `retrying in ${delayMs} ms (attempt ${next} of ${config.maxAttempts})`
                )
              );
            }
          }
        );
      } catch (error) {
        return fail(error, location, action, attempts);
      }
    },
    close: () => client.destroy()
  };
}

/** One updating line on stderr for all downloads of a fetch: percent of the total and throughput. */
class ProgressLine {
  private done = 0;
  private lastDraw = -Infinity;
  private drawn = false;
  private readonly start: number;

  constructor(
    private readonly effects: S3Effects,
    private readonly enabled: boolean,
    private readonly total: number,
    private readonly count: number
  ) {
    this.start = effects.now();
  }

  /** Counts bytes received (negative when a failed attempt is rolled back). */
  advance(bytes: number): void {
    this.done += bytes;
    const now = this.effects.now();
    // Redrawing on every chunk would cost more than the download; ten frames a second is smooth enough.
    if (!this.enabled || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const percent = this.total > 0 ? Math.floor((100 * this.done) / this.total) : 100;
    const seconds = Math.max((now - this.start) / 1000, 0.001);
    const rate = (this.done / 1e6 / seconds).toFixed(1);
    const what = this.count === 1 ? "1 object" : `${this.count} objects`;
    this.effects.stderr.write(`\r\x1b[Kdownloading ${what}: ${percent}% of ${formatBytes(this.total)}, ${rate} MB/s`);
    this.drawn = true;
  }

  /** Erases the line, so a log line can be written cleanly (the next advance redraws it). */
  clear(): void {
    if (!this.drawn) return;
    this.effects.stderr.write("\r\x1b[K");
    this.drawn = false;
    this.lastDraw = -Infinity;
  }
}

// Disk errors while writing the temporary file are not the network's fault and must not pass for a truncated body.
const DISK_ERRORS = new Set(["ENOSPC", "EACCES", "EPERM", "EROFS", "EDQUOT", "EMFILE", "ENFILE", "EISDIR"]);

/** A download cache that cannot be written is the configuration's problem (CACHE_DIR), not the server's. */
function cacheDirError(error: unknown): never {
  throw new ConfigurationError(`CACHE_DIR cannot be written: ${systemErrorReason(error)}.`, {
    hint: `CACHE_DIR must be a writable folder with room for the inputs: ${systemErrorAdvice(systemErrorCode(error))}.`,
    cause: error
  });
}

/** A source reading the contract objects from `s3://bucket/prefix`. */
export function createS3Source(config: S3Config, options: S3SourceOptions): S3Source {
  const {logger} = options;
  const session = openS3Session(config, options);
  const {client, effects} = session;
  const cache = createDownloadCache(path.join(options.cacheDir, "s3"), {logger});
  const isTTY = options.isTTY ?? process.stderr.isTTY === true;
  const stats: S3SourceStats = {
    headRequests: 0,
    downloads: 0,
    bytesDownloaded: 0,
    reused: 0,
    get retries() {
      return session.stats.retries;
    }
  };
  const keyOf = (name: string) => `${config.prefix}${name}`;

  async function head(name: string): Promise<SourceObject | undefined> {
    const location = session.locationOf(name);
    const out = await session.request("HeadObject", location, "reading", async () => {
      stats.headRequests++;
      try {
        return await client.send(new HeadObjectCommand({Bucket: config.bucket, Key: keyOf(name)}));
      } catch (error) {
        // Missing is an answer, not a failure to retry: stat() reports all missing objects at once.
        if (classify(error).kind === "missing") return undefined;
        throw error;
      }
    });
    if (out === undefined) return undefined;
    const etag = stripQuotes(out.ETag);
    if (!etag || out.ContentLength === undefined) throw new Error(`invalid HeadObject response for ${location}`);
    return {name, etag, size: out.ContentLength, location};
  }

  /** What the prefix holds, for the missing-object hint; a NoSuchBucket here means the bucket is the problem. */
  async function listPrefix(): Promise<string[] | undefined> {
    const location = `s3://${config.bucket}/${config.prefix}`;
    try {
      const out = await client.send(
        new ListObjectsV2Command({Bucket: config.bucket, Prefix: config.prefix, MaxKeys: 20})
      );
      return (out.Contents ?? []).map((o) => (o.Key ?? "").slice(config.prefix.length));
    } catch (error) {
      if (classify(error).kind === "noBucket") session.fail(error, location, "reading");
      // Listing is often not granted to build credentials; the message is still useful without it.
      logger.debug(session.redact(`s3 ListObjectsV2 ${location} failed: ${(error as Error).message}`));
      return undefined;
    }
  }

  async function download(object: SourceObject, version: ObjectVersion, progress: ProgressLine): Promise<string> {
    return session.request("GetObject", object.location, "reading", async () => {
      const temp = await cache
        .tempPath(version)
        .catch(async (error: unknown) => cacheDirError(await explainWriteFailure(cache.dir, error)));
      let received = 0;
      let stall: NodeJS.Timeout | undefined;
      try {
        const out = await client.send(
          // If-Match makes S3 refuse (412) rather than send a newer version than the one stat() saw.
          new GetObjectCommand({Bucket: config.bucket, Key: keyOf(object.name), IfMatch: `"${object.etag}"`})
        );
        // Not every S3-compatible server honours If-Match; the response ETag tells the same.
        const etag = stripQuotes(out.ETag);
        if (etag !== undefined && etag !== object.etag) throw new ObjectChangedError(object.etag, etag);
        if (!(out.Body instanceof Readable)) throw new Error(`invalid GetObject body for ${object.location}`);
        const body = out.Body;
        const count = new Transform({
          transform(chunk: Buffer, _encoding, callback) {
            received += chunk.length;
            progress.advance(chunk.length);
            callback(null, chunk);
          }
        });
        // A server trickling bytes never trips the socket's idle timeout: measure the rate over whole windows and
        // abandon a download that falls under the minimum (it is retried, then fails as a source error).
        const minRate = config.minBytesPerSecond;
        const windowMs = options.rateWindowMs ?? 30_000;
        let windowStart = received;
        if (minRate > 0) {
          stall = setInterval(() => {
            const bytes = received - windowStart;
            windowStart = received;
            if (bytes < (minRate * windowMs) / 1000) body.destroy(new SlowTransferError(bytes, windowMs, minRate));
          }, windowMs);
        }
        try {
          await pipeline(body, count, createWriteStream(temp));
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code !== undefined && DISK_ERRORS.has(code)) cacheDirError(error);
          if (error instanceof SlowTransferError || classify(error).kind === "timeout") throw error;
          throw new TruncatedBodyError(received, object.size, {cause: error});
        } finally {
          clearInterval(stall);
        }
        if (received < object.size) throw new TruncatedBodyError(received, object.size);
        if (received > object.size) throw new ObjectChangedError(object.etag, undefined);
        return await cache.commit(version, temp).catch((error: unknown) => {
          const code = (error as NodeJS.ErrnoException).code;
          return code !== undefined && DISK_ERRORS.has(code) ? cacheDirError(error) : Promise.reject(error);
        });
      } catch (error) {
        // Never leave a partial file behind, and take its bytes back out of the progress total.
        progress.advance(-received);
        await rm(temp, {force: true});
        throw error;
      }
    });
  }

  return {
    kind: "s3",
    description: `s3://${config.bucket}/${config.prefix}`,
    stats,

    async stat(names) {
      await session.ready("reading");
      const found = await Promise.all(names.map(head));
      const missing = names.filter((_, i) => found[i] === undefined);
      if (missing.length > 0) {
        const present = await listPrefix();
        throw missingObjectsError({
          bucket: config.bucket,
          prefix: config.prefix,
          missing,
          expected: names,
          present,
          secrets: [...session.secrets]
        });
      }
      return found as SourceObject[];
    },

    async fetch(objects) {
      await session.ready("reading");
      const versions = objects.map((o) => ({location: o.location, etag: o.etag, size: o.size}));
      const cached = await Promise.all(versions.map((v) => cache.find(v)));
      const paths = new Map<string, string>();
      objects.forEach((o, i) => {
        const file = cached[i];
        if (file === undefined) return;
        paths.set(o.name, file);
        stats.reused++;
        logger.info(`fetch ${o.name} → reused from cache (${formatBytes(o.size)})`);
      });

      // Download the rest in parallel under one progress line; wait for all so no temp file outlives a failure.
      const todo = objects.map((o, i) => ({object: o, version: versions[i]})).filter((_, i) => cached[i] === undefined);
      const total = todo.reduce((sum, t) => sum + t.object.size, 0);
      const progress = new ProgressLine(
        effects,
        isTTY && total >= (options.progressMinBytes ?? 8e6),
        total,
        todo.length
      );
      const results = await Promise.allSettled(
        todo.map(async ({object, version}) => {
          const start = effects.now();
          const file = await download(object, version, progress);
          const ms = Math.max(effects.now() - start, 1);
          stats.downloads++;
          stats.bytesDownloaded += object.size;
          progress.clear();
          logger.info(
            `fetch ${object.name} → downloaded ${formatBytes(object.size)} in ${Math.round(ms)} ms ` +
              `(${(object.size / 1e3 / ms).toFixed(1)} MB/s)`
          );
          paths.set(object.name, file);
        })
      );
      progress.clear();
      const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
      if (failed) throw failed.reason;
      return paths;
    },

    async close() {
      session.close();
    }
  };
}
