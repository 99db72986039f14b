/**
 * The pipeline's command line: parses arguments, dispatches, and owns the only top-level catch, which prints
 * user-facing errors as sentences with their hint (the stack only with --debug) and exits with the error's code.
 */
import path from "node:path";
import {parseArgs} from "node:util";

import {buildSnapshots} from "../build.js";
import {loadConfig} from "../config.js";
import {CONTRACT_FILE_NAMES} from "../contract.js";
import {ConfigurationError, EXIT_CODES, isPipelineError} from "../errors.js";
import {generateDataset} from "../generate/generate.js";
import {importCsv} from "../importCsv.js";
import {configureLogger, formatBytes, redact} from "../log.js";
import {openSource} from "../source/open.js";
import {uploadToS3} from "../source/upload.js";

const USAGE = `Usage: pipeline <command> [options]

Commands:
  build                 Pull the data, clean it, run every analysis, publish snapshots/ (npm run build:data)
      --force           Rebuild every analysis, even unchanged ones
      --explain         Print for every analysis whether it is reused or rebuilt, and why
      --generate        Generate the default data set into an empty DATA_DIR first (otherwise only done
                        locally, when neither DATA_DIR nor S3_BUCKET is set)
  generate              Write the deterministic Food.com-shaped data set (npm run data:generate)
      --out DIR         Output directory (default: DATA_DIR or data/raw)
      --seed N          Seed (default: DATA_SEED or 20191103)
      --scale X         Fraction of the real size, e.g. 0.01 (default: DATA_SCALE or 1)
  import <csv-dir>      Convert the Kaggle RAW_recipes.csv and RAW_interactions.csv to the Parquet contract
      --out DIR         Output directory (default: DATA_DIR or data/raw)
      --upload          Then upload the Parquet files to the configured S3 bucket
  upload [dir]          Upload the contract's Parquet files from dir (default: DATA_DIR) to the S3 bucket

Global options:
  --debug               Debug logging and stack traces on errors
  --help                This text`;

async function main(argv: string[]): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      force: {type: "boolean", default: false},
      explain: {type: "boolean", default: false},
      generate: {type: "boolean", default: false},
      debug: {type: "boolean", default: false},
      help: {type: "boolean", default: false},
      out: {type: "string"},
      seed: {type: "string"},
      scale: {type: "string"},
      upload: {type: "boolean", default: false}
    }
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return command || values.help ? 0 : EXIT_CODES.configuration;
  }
  debug = values.debug;
  const config = loadConfig({
    ...process.env,
    ...(values.seed !== undefined ? {DATA_SEED: values.seed} : {}),
    ...(values.scale !== undefined ? {DATA_SCALE: values.scale} : {})
  });
  const logger = configureLogger(config.appEnv, config.logLevel, values.debug);
  const root = process.cwd();
  const out = values.out ? path.resolve(values.out) : config.dataDir;

  switch (command) {
    case "build": {
      await buildSnapshots(
        {root, config, force: values.force, explain: values.explain},
        {
          logger,
          print: (line) => process.stdout.write(`${line}\n`),
          openSource: (c, l) => openSource(c, l, {generate: values.generate})
        }
      );
      return 0;
    }
    case "generate": {
      const result = await generateDataset({
        outDir: out,
        seed: config.seed,
        scale: config.scale,
        memoryLimit: config.duckdbMemoryLimit,
        logger
      });
      for (const f of result.files)
        logger.info(`wrote ${f.path} (${f.rows.toLocaleString("en")} rows, ${formatBytes(f.bytes)})`);
      return 0;
    }
    case "import": {
      const [csvDir] = rest;
      if (!csvDir) {
        throw new ConfigurationError("The import command needs the directory holding the Kaggle CSV files.", {
          hint: "Run npm run data:import -- <dir with RAW_recipes.csv and RAW_interactions.csv>."
        });
      }
      const files = await importCsv({csvDir: path.resolve(csvDir), outDir: out, logger});
      if (values.upload) await upload(config, files, logger);
      return 0;
    }
    case "upload": {
      const dir = rest[0] ? path.resolve(rest[0]) : config.dataDir;
      await upload(
        config,
        CONTRACT_FILE_NAMES.map((name) => ({name, path: path.join(dir, name)})),
        logger
      );
      return 0;
    }
    default:
      throw new ConfigurationError(`"${command}" is not a pipeline command.`, {hint: "Run with --help for the list."});
  }
}

async function upload(
  config: ReturnType<typeof loadConfig>,
  files: Array<{name: string; path: string}>,
  logger: ReturnType<typeof configureLogger>
): Promise<void> {
  if (!config.s3) {
    throw new ConfigurationError("Uploading needs an S3 bucket, and S3_BUCKET is not set.", {
      hint: "Set S3_BUCKET (and S3_ENDPOINT for a non-AWS server, plus the AWS credential variables), then retry."
    });
  }
  await uploadToS3(config.s3, files, {logger});
}

let debug = false;
const secrets = [process.env.AWS_SECRET_ACCESS_KEY, process.env.AWS_SESSION_TOKEN, process.env.AWS_ACCESS_KEY_ID];

let settled = false;
// A run whose work stops without settling (a promise nothing will ever resolve) must not end as a success.
process.on("beforeExit", () => {
  if (settled) return;
  settled = true;
  process.stderr.write("error: The run stopped before finishing, without an error to report.\n");
  process.stderr.write("hint: This is a bug of the pipeline; re-run with --debug and report the last lines.\n");
  process.exitCode = EXIT_CODES.unexpected;
});

main(process.argv.slice(2)).then(
  (code) => {
    settled = true;
    process.exitCode = code;
  },
  (error: unknown) => {
    settled = true;
    // Once the error is printed nothing else is worth waiting for: a native handle left behind by cancelled work
    // must not keep the process alive (the timer is unref'd, so a clean exit is not delayed).
    setTimeout(() => process.exit(), 2_000).unref();
    if (isPipelineError(error)) {
      process.stderr.write(redact(`error: ${error.message}\n`, secrets));
      if (error.hint) process.stderr.write(redact(`hint: ${error.hint}\n`, secrets));
      if (debug && error.stack) process.stderr.write(redact(`${error.stack}\n`, secrets));
      process.exitCode = error.exitCode;
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(redact(`error: Unexpected error: ${message}\n`, secrets));
    process.stderr.write(
      debug && error instanceof Error ? `${error.stack}\n` : "hint: Re-run with --debug for the stack trace.\n"
    );
    process.exitCode = EXIT_CODES.unexpected;
  }
);
