import path from "node:path";

import {describe, expect, it} from "vitest";

import {loadConfig, normalizeAppEnv, normalizePrefix} from "./config.js";
import {ConfigurationError, EXIT_CODES} from "./errors.js";

describe("loadConfig", () => {
  it("defaults to the local embedded data set", () => {
    const config = loadConfig({}, "/repo");
    expect(config).toEqual({
      appEnv: "local",
      logLevel: undefined,
      dataDir: "/repo/data/raw",
      dataDirConfigured: false,
      snapshotDir: "/repo/snapshots",
      cacheDir: "/repo/.cache",
      seed: 20191103,
      scale: 1,
      s3: undefined,
      duckdbMemoryLimit: "1536MB",
      deadlineMs: 1_800_000,
      dateMin: undefined,
      dateMax: undefined
    });
  });

  it("reads APP_ENV case-insensitively and rejects unknown environments", () => {
    expect(normalizeAppEnv("PREPROD")).toBe("preprod");
    expect(normalizeAppEnv(" Prod ")).toBe("prod");
    expect(normalizeAppEnv("")).toBe("local");
    const error = (() => {
      try {
        normalizeAppEnv("staging");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).exitCode).toBe(EXIT_CODES.configuration);
    expect((error as ConfigurationError).message).toBe(
      'APP_ENV is "staging", which is not an environment this project knows.'
    );
  });

  it("configures S3 with path style by default for custom endpoints", () => {
    const config = loadConfig(
      {S3_BUCKET: "food", S3_PREFIX: "/raw", S3_ENDPOINT: "http://127.0.0.1:9000", AWS_REGION: "garage"},
      "/repo"
    );
    expect(config.s3).toEqual({
      bucket: "food",
      prefix: "raw/",
      endpoint: "http://127.0.0.1:9000",
      region: "garage",
      forcePathStyle: true,
      maxAttempts: 4,
      timeoutMs: 30000,
      minBytesPerSecond: 16000
    });
    expect(loadConfig({S3_BUCKET: "food"}, "/repo").s3).toMatchObject({
      endpoint: undefined,
      forcePathStyle: false,
      region: "us-east-1"
    });
    expect(loadConfig({S3_BUCKET: "b", S3_REGION: "eu-west-3", S3_FORCE_PATH_STYLE: "yes"}, "/").s3).toMatchObject({
      region: "eu-west-3",
      forcePathStyle: true
    });
  });

  it("explains contradictory or malformed settings", () => {
    expect(() => loadConfig({S3_ENDPOINT: "http://x"}, "/")).toThrow("S3_ENDPOINT is set but S3_BUCKET is not.");
    expect(() => loadConfig({S3_BUCKET: "b", S3_ENDPOINT: "s3.example.com"}, "/")).toThrow(
      "S3_ENDPOINT is not an http(s) URL of a host without credentials."
    );
    // An endpoint carrying credentials is refused without echoing them.
    const leaky = (() => {
      try {
        loadConfig({S3_BUCKET: "b", S3_ENDPOINT: "ftp://admin:hunter22@s3.example.com"}, "/");
      } catch (error) {
        return error as ConfigurationError;
      }
    })();
    expect(leaky?.exitCode).toBe(EXIT_CODES.configuration);
    expect(`${leaky?.message} ${leaky?.hint}`).not.toMatch(/hunter22|admin/);
    expect(() => loadConfig({S3_BUCKET: "b", S3_ENDPOINT: "https://admin:hunter22@s3.example.com"}, "/")).toThrow(
      "S3_ENDPOINT is not an http(s) URL"
    );
    expect(() => loadConfig({LOG_LEVEL: "verbose"}, "/")).toThrow('LOG_LEVEL is "verbose", which is not a log level.');
    expect(loadConfig({LOG_LEVEL: " WARN "}, "/").logLevel).toBe("warn");
    expect(() => loadConfig({DUCKDB_MEMORY_LIMIT: "lots"}, "/")).toThrow(
      'DUCKDB_MEMORY_LIMIT is "lots", which is not an amount of memory.'
    );
    expect(loadConfig({DUCKDB_MEMORY_LIMIT: "2 gb"}, "/").duckdbMemoryLimit).toBe("2GB");
    expect(() => loadConfig({BUILD_DEADLINE_S: "0"}, "/")).toThrow("BUILD_DEADLINE_S");
    expect(loadConfig({DATA_DIR: " in "}, "/").dataDirConfigured).toBe(true);
    expect(() => loadConfig({DATA_DATE_MAX: "2018-02-30"}, "/")).toThrow(
      'DATA_DATE_MAX is "2018-02-30", which is not a date written YYYY-MM-DD.'
    );
    expect(loadConfig({DATA_DATE_MIN: "2000-01-01"}, "/").dateMin).toBe("2000-01-01");
    expect(() => loadConfig({S3_BUCKET: "b", S3_FORCE_PATH_STYLE: "maybe"}, "/")).toThrow(
      'S3_FORCE_PATH_STYLE is "maybe", which is neither true nor false.'
    );
    expect(() => loadConfig({DATA_SCALE: "-1"}, "/")).toThrow(
      'DATA_SCALE is "-1", which is not a number of at least 0.0001.'
    );
    expect(() => loadConfig({S3_BUCKET: "b", S3_MAX_ATTEMPTS: "0"}, "/")).toThrow("S3_MAX_ATTEMPTS");
  });

  it("resolves relative paths against the working directory", () => {
    const config = loadConfig({DATA_DIR: "in", SNAPSHOT_DIR: "/abs/snap", CACHE_DIR: "c", DATA_SCALE: "0.01"}, "/work");
    expect([config.dataDir, config.snapshotDir, config.cacheDir, config.scale]).toEqual([
      path.resolve("/work/in"),
      "/abs/snap",
      "/work/c",
      0.01
    ]);
    expect(normalizePrefix("a/b")).toBe("a/b/");
    expect(normalizePrefix("")).toBe("");
  });
});
