/**
 * Chooses the data source from the configuration: S3 when S3_BUCKET is set, otherwise the local data directory,
 * which is filled with the embedded default data set (the deterministic generator) when it holds no input yet.
 */
import {stat} from "node:fs/promises";
import path from "node:path";

import type {Config} from "../config.js";
import {CONTRACT_FILE_NAMES} from "../contract.js";
import {generateDataset} from "../generate/generate.js";
import type {Logger} from "../log.js";
import {createLocalSource} from "./local.js";
import {createS3Source} from "./s3.js";
import type {Source} from "./source.js";

export async function openSource(config: Config, logger: Logger): Promise<Source> {
  if (config.s3) {
    return createS3Source(config.s3, {cacheDir: config.cacheDir, logger, isTTY: Boolean(process.stderr.isTTY)});
  }
  await ensureLocalData(config, logger);
  return createLocalSource(config.dataDir, {cacheDir: config.cacheDir, logger});
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
