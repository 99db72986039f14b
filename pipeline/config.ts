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
  /** A download slower than this over a whole window (S3_MIN_RATE_KBPS) is abandoned and retried. */
  minBytesPerSecond: number;
}

export interface Config {
  appEnv: AppEnv;
  logLevel: string | undefined;
  /** Local data directory: the source when S3 is not configured. */
  dataDir: string;
  /**
   * Whether DATA_DIR was set. A set DATA_DIR names real data, so the default data set is never generated into
   * it behind the operator's back (a typo or an unset CD secret must fail, not publish synthetic data).
   */
  dataDirConfigured: boolean;
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
  /** The whole build's budget (BUILD_DEADLINE_S), milliseconds: past it the build is cancelled and fails. */
  deadlineMs: number;
  /** Plausible dates of the data (DATA_DATE_MIN, DATA_DATE_MAX); undefined bounds default in the staging layer. */
  dateMin: string | undefined;
  dateMax: string | undefined;
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
  if (endpoint && !/^https?:\/\/[^/@]+(\/|$)/.test(endpoint)) {
    // The value may carry credentials (user:password@host): name the setting, never echo it.
    throw new ConfigurationError("S3_ENDPOINT is not an http(s) URL of a host without credentials.", {
      hint: "Write the endpoint as scheme and host only, for example http://127.0.0.1:9000; credentials go in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY."
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
    timeoutMs: normalizeNumber("S3_TIMEOUT_MS", env.S3_TIMEOUT_MS, 30_000, 100),
    minBytesPerSecond: normalizeNumber("S3_MIN_RATE_KBPS", env.S3_MIN_RATE_KBPS, 16, 0) * 1000
  };
}

const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "silent"];

export function normalizeLogLevel(value: string | undefined): string | undefined {
  const v = value?.trim().toLowerCase();
  if (!v) return undefined;
  if (!LOG_LEVELS.includes(v)) {
    throw new ConfigurationError(`LOG_LEVEL is "${value}", which is not a log level.`, {
      hint: `Set LOG_LEVEL to one of ${LOG_LEVELS.join(", ")}, or unset it to follow APP_ENV.`
    });
  }
  return v;
}

/** DuckDB's memory limit, checked here so a typo is a configuration error rather than a database crash. */
export function normalizeMemoryLimit(value: string | undefined): string {
  const v = value?.trim();
  if (!v) return "1536MB";
  const match = /^(\d+(?:\.\d+)?)\s*(B|KB|KIB|MB|MIB|GB|GIB|TB|TIB)$/i.exec(v);
  if (!match || Number(match[1]) <= 0) {
    throw new ConfigurationError(`DUCKDB_MEMORY_LIMIT is "${value}", which is not an amount of memory.`, {
      hint: "Write a number and a unit, for example 1536MB or 2GB, or unset it for the default (1536MB)."
    });
  }
  return `${match[1]}${match[2]!.toUpperCase()}`;
}

function normalizeDate(name: string, value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  const date = new Date(`${v}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== v) {
    throw new ConfigurationError(`${name} is "${value}", which is not a date written YYYY-MM-DD.`, {
      hint: `Write a calendar date such as 2018-12-31, or unset ${name} for the default.`
    });
  }
  return v;
}

/** Reads the whole configuration; paths are resolved against `cwd`. */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  return {
    appEnv: normalizeAppEnv(env.APP_ENV),
    logLevel: normalizeLogLevel(env.LOG_LEVEL),
    dataDir: path.resolve(cwd, env.DATA_DIR?.trim() || "data/raw"),
    dataDirConfigured: Boolean(env.DATA_DIR?.trim()),
    snapshotDir: path.resolve(cwd, env.SNAPSHOT_DIR?.trim() || "snapshots"),
    cacheDir: path.resolve(cwd, env.CACHE_DIR?.trim() || ".cache"),
    seed: normalizeNumber("DATA_SEED", env.DATA_SEED, 20191103, 0),
    scale: normalizeNumber("DATA_SCALE", env.DATA_SCALE, 1, 0.0001),
    s3: normalizeS3(env),
    duckdbMemoryLimit: normalizeMemoryLimit(env.DUCKDB_MEMORY_LIMIT),
    deadlineMs: normalizeNumber("BUILD_DEADLINE_S", env.BUILD_DEADLINE_S, 1800, 1) * 1000,
    dateMin: normalizeDate("DATA_DATE_MIN", env.DATA_DATE_MIN),
    dateMax: normalizeDate("DATA_DATE_MAX", env.DATA_DATE_MAX)
  };
}
