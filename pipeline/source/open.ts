/**
 * Chooses the data source from the configuration: S3 when S3_BUCKET is set, otherwise the local data directory.
 * A source is never invented: the embedded default data set (the deterministic generator) is written only when no
 * source is configured at all and APP_ENV is local, or when the caller asks for it (`build --generate`).
 */
import {stat} from "node:fs/promises";
import path from "node:path";

import type {Config} from "../config.js";
import {CONTRACT_FILE_NAMES} from "../contract.js";
import {ConfigurationError} from "../errors.js";
import {generateDataset} from "../generate/generate.js";
import type {Logger} from "../log.js";
import {createLocalSource} from "./local.js";
import type {Source} from "./source.js";

export interface OpenSourceOptions {
  /** Generate the default data set into an empty DATA_DIR even when it is configured or APP_ENV is not local. */
  generate?: boolean;
}

export async function openSource(config: Config, logger: Logger, options: OpenSourceOptions = {}): Promise<Source> {
  if (config.s3) {
    // Imported here: the AWS SDK takes about 0.1 s of CPU to load, which a build from a local folder never needs.
    const {createS3Source} = await import("./s3.js");
    return createS3Source(config.s3, {cacheDir: config.cacheDir, logger, isTTY: Boolean(process.stderr.isTTY)});
  }
  if (options.generate || (!config.dataDirConfigured && config.appEnv === "local")) {
    await ensureLocalData(config, logger);
  } else if (config.dataDirConfigured && !(await isDirectory(config.dataDir))) {
    throw new ConfigurationError(
      `DATA_DIR is set to ${path.relative(process.cwd(), config.dataDir) || "."}, a folder that does not exist.`,
      {
        hint:
          "Fix DATA_DIR (a typo, or a secret that is not set in this job), or unset it and set S3_BUCKET to read " +
          "from S3. The default data set is generated only with build --generate, or locally with no source set."
      }
    );
  }
  return createLocalSource(config.dataDir, {cacheDir: config.cacheDir, logger});
}

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Generates the default data set into an empty data directory. A directory holding some but not all inputs is
 * left alone: the source then reports the missing file, which is what its owner needs to know.
 */
export async function ensureLocalData(config: Config, logger: Logger): Promise<boolean> {
  const present = await Promise.all(
    CONTRACT_FILE_NAMES.map((name) =>
      stat(path.join(config.dataDir, name)).then(
        () => true,
        () => false
      )
    )
  );
  if (present.some(Boolean)) return false;
  logger.info(
    `no data in ${config.dataDir}: generating the embedded default data set (seed ${config.seed}, scale ${config.scale})`
  );
  await generateDataset({
    outDir: config.dataDir,
    seed: config.seed,
    scale: config.scale,
    memoryLimit: config.duckdbMemoryLimit,
    logger
  });
  return true;
}
