/**
 * Configuration from the environment. Every variable the pipeline reads is named here, once, and documented in
 * the README's configuration table; nothing else in the pipeline touches process.env.
 */
import path from "node:path";

import {ConfigurationError} from "./errors.js";

export type AppEnv = "local" | "preprod" | "prod";

export interface S3Config {
  bucket: string;
  /** Key prefix inside the bucket, without leading slash, with a trailing slash when not empty ("foodcom/"). */
  prefix: string;
  /** Custom endpoint for S3-compatible servers (Garage, MinIO, Ceph radosgw); undefined means AWS. */
  endpoint: string | undefined;
  region: string;
  forcePathStyle: boolean;
  /** Total attempts per request, including the first one. */
  maxAttempts: number;
  /** Per-request timeout, milliseconds. */
  timeoutMs: number;
}

export interface Config {
  appEnv: AppEnv;
  logLevel: string | undefined;
  /** Local data directory: the source when S3 is not configured, generated on first run when empty. */
  dataDir: string;
  /** Where published snapshots live (the site reads them). */
  snapshotDir: string;
  /** Download cache for S3 objects and other reusable state. */
  cacheDir: string;
  /** Seed and scale of the embedded default data set generated into dataDir. */
  seed: number;
  scale: number;
  s3: S3Config | undefined;
  /** DuckDB memory limit ("1536MB"): keeps the whole build under the 2 GiB budget. */
  duckdbMemoryLimit: string;
}

export type Env = Record<string, string | undefined>;

export function normalizeAppEnv(value: string | undefined): AppEnv {
  const v = (value ?? "local").trim().toLowerCase();
  if (v === "" || v === "local") return "local";
  if (v === "preprod" || v === "prod") return v;
  throw new ConfigurationError(`APP_ENV is "${value}", which is not an environment this project knows.`, {
    hint: "Set APP_ENV to local, preprod or prod (any case), or leave it unset for local."
  });
}

function normalizeNumber(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined || value.trim() === "") return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) {
    throw new ConfigurationError(`${name} is "${value}", which is not a number of at least ${min}.`, {
      hint: `Unset ${name} to use the default (${fallback}).`
    });
  }
  return n;
}

function normalizeBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value.trim() === "") return fallback;
  const v = value.trim().toLowerCase();
  if (["1", "true", "yes", "on"].includes(v)) return true;
  if (["0", "false", "no", "off"].includes(v)) return false;
  throw new ConfigurationError(`${name} is "${value}", which is neither true nor false.`, {
    hint: `Set ${name} to true or false.`
  });
}

export function normalizePrefix(value: string | undefined): string {
  const p = (value ?? "").trim().replace(/^\/+/, "");
  return p === "" || p.endsWith("/") ? p : `${p}/`;
}

function normalizeS3(env: Env): S3Config | undefined {
  const bucket = env.S3_BUCKET?.trim();
  if (!bucket) {
    const stray = ["S3_ENDPOINT", "S3_PREFIX"].filter((k) => env[k]?.trim());
    if (stray.length > 0) {
      throw new ConfigurationError(
        `${stray.join(" and ")} ${stray.length > 1 ? "are" : "is"} set but S3_BUCKET is not.`,
        {
          hint: "Set S3_BUCKET to read from S3, or unset the S3 variables to use the local data directory."
        }
      );
    }
    return undefined;
  }
  const endpoint = env.S3_ENDPOINT?.trim() || undefined;
  if (endpoint && !/^https?:\/\//.test(endpoint)) {
    throw new ConfigurationError(`S3_ENDPOINT is "${endpoint}", which is not an http(s) URL.`, {
      hint: "Write the endpoint with its scheme, for example http://127.0.0.1:9000."
    });
  }
  return {
    bucket,
    prefix: normalizePrefix(env.S3_PREFIX),
    endpoint,
    region: env.S3_REGION?.trim() || env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || "us-east-1",
    // Non-AWS servers rarely support virtual-hosted buckets; default to path style whenever an endpoint is given.
    forcePathStyle: normalizeBoolean("S3_FORCE_PATH_STYLE", env.S3_FORCE_PATH_STYLE, endpoint !== undefined),
    maxAttempts: normalizeNumber("S3_MAX_ATTEMPTS", env.S3_MAX_ATTEMPTS, 4, 1),
    timeoutMs: normalizeNumber("S3_TIMEOUT_MS", env.S3_TIMEOUT_MS, 30_000, 100)
  };
}

/** Reads the whole configuration; paths are resolved against `cwd`. */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  return {
    appEnv: normalizeAppEnv(env.APP_ENV),
    logLevel: env.LOG_LEVEL?.trim() || undefined,
    dataDir: path.resolve(cwd, env.DATA_DIR?.trim() || "data/raw"),
    snapshotDir: path.resolve(cwd, env.SNAPSHOT_DIR?.trim() || "snapshots"),
    cacheDir: path.resolve(cwd, env.CACHE_DIR?.trim() || ".cache"),
    seed: normalizeNumber("DATA_SEED", env.DATA_SEED, 20191103, 0),
    scale: normalizeNumber("DATA_SCALE", env.DATA_SCALE, 1, 0.0001),
    s3: normalizeS3(env),
    duckdbMemoryLimit: env.DUCKDB_MEMORY_LIMIT?.trim() || "1536MB"
  };
}
