/**
 * `build:data`: from the data source to a published snapshot set. One linear function; each phase opens with a
 * sentence comment. Nothing is published unless every analysis succeeded and validated.
 */
import {randomUUID} from "node:crypto";
import {readFile, writeFile} from "node:fs/promises";
import {createRequire} from "node:module";
import {tmpdir} from "node:os";
import path from "node:path";

import type {AnalysisDefinition, Fingerprint, QueryResults} from "./analyses.js";
import {discoverAnalyses, explainChange, fingerprint, loadAnalysisModules} from "./analyses.js";
import {previousSetReader, writeChangeLog} from "./changes.js";
import type {Config} from "./config.js";
import {CONTRACT_FILE_NAMES} from "./contract.js";
import {
  ConfigurationError,
  describeCause,
  isPipelineError,
  PipelineError,
  QueryError,
  SnapshotError,
  systemErrorAdvice,
  systemErrorCode,
  systemErrorReason
} from "./errors.js";
import {headCommit} from "./git.js";
import {loadInput} from "./inputs.js";
import {duckdbBufferLimit} from "./memory.js";
import {acquireSnapshotLock} from "./lock.js";
import type {Logger} from "./log.js";
import {formatBytes, since} from "./log.js";
import type {Manifest, ManifestAnalysis} from "./manifest.js";
import {MANIFEST_FILE, MANIFEST_VERSION, manifestSchema} from "./manifest.js";
import {dataProvenance} from "./provenance.js";
import {serializeSnapshot, sha256} from "./serialize.js";
import {
  discardSnapshotSet,
  fileMatches,
  publishSnapshotSet,
  readDigested,
  recoverSnapshotSet,
  stageSnapshotSet,
  writeStagedFile
} from "./snapshotSet.js";
import type {Source, SourceObject} from "./source/source.js";
import {defaultDateWindow, runIndex, runStaging, STAGING_MODELS} from "./staging.js";
import {Warehouse} from "./warehouse.js";
import {Watchdog} from "./watchdog.js";

/** Analyses computed side by side, each on its own connection (the build machines have two cores). */
const ANALYSIS_LANES = 2;

/** Snapshots are embedded in pages: each must stay small. */
export const MAX_SNAPSHOT_BYTES = 200_000;

export interface BuildOptions {
  /** Repository root: queries/ and package.json live here. */
  root: string;
  config: Config;
  /** Rebuild every analysis even when its key is unchanged. */
  force?: boolean;
  /** Print, for every analysis, whether it is reused or rebuilt and why. */
  explain?: boolean;
}

export interface BuildEffects {
  logger: Logger;
  /** Receives the --explain lines (stdout in the CLI). */
  print: (line: string) => void;
  /** Opens the data source described by the configuration. */
  openSource: (config: Config, logger: Logger) => Promise<Source>;
  now?: () => Date;
  gitCommit?: () => string;
  /** Environment read by the change log (PREVIOUS_SITE_URL); process.env by default. */
  env?: Record<string, string | undefined>;
}

export interface BuildResult {
  manifest: Manifest;
  rebuilt: string[];
  reused: string[];
}

interface Plan {
  analysis: AnalysisDefinition;
  fingerprint: Fingerprint;
  /** Why it must be rebuilt; undefined when the previous snapshot is reused. */
  reason: string | undefined;
  previous: ManifestAnalysis | undefined;
}

interface Built {
  content: string;
  rows: number;
  ms: number;
}

export async function buildSnapshots(options: BuildOptions, effects: BuildEffects): Promise<BuildResult> {
  // The whole run is under a deadline: whatever is stuck is named, cancelled, and the run fails.
  const watchdog = new Watchdog({deadlineMs: options.config.deadlineMs, logger: effects.logger});
  return watchdog.run(lockedBuild(options, effects, watchdog));
}

async function lockedBuild(options: BuildOptions, effects: BuildEffects, watchdog: Watchdog): Promise<BuildResult> {
  // One build per snapshot folder: a second one fails before touching anything.
  const lock = await acquireSnapshotLock(options.config.snapshotDir, effects.logger);
  try {
    return await build(options, effects, watchdog);
  } finally {
    await lock.release();
  }
}

async function build(options: BuildOptions, effects: BuildEffects, watchdog: Watchdog): Promise<BuildResult> {
  const started = performance.now();
  const {root, config} = options;
  const log = effects.logger;
  const stages: Record<string, number> = {};
  const snapshotDir = config.snapshotDir;

  // Put back a set that a crashed build left aside, then read what the last build published.
  await publishing("recover the previous snapshot set", () => recoverSnapshotSet(snapshotDir));
  const previous = await readManifest(snapshotDir, log);

  const analyses = await discoverAnalyses(root);
  if (analyses.length === 0) {
    throw new ConfigurationError(`The catalogue under ${path.join(root, "queries")} lists no analysis.`, {
      hint: "Run the pipeline from the repository root, where queries/pages.ts and each page's page.ts list them."
    });
  }

  const source = await watchdog.track("opening the data source", () => effects.openSource(config, log));
  let warehouse: Warehouse | undefined;
  let staged: string | undefined;
  try {
    // Identify the inputs without downloading them: an unchanged source costs one HEAD per object.
    let t = performance.now();
    // Closing the source aborts its requests: the deadline's way to stop a stuck server.
    const abortSource = () => void source.close().catch(() => undefined);
    const objects = await watchdog.track(
      "reading the source's object list",
      () => source.stat(CONTRACT_FILE_NAMES),
      abortSource
    );
    stages.stat = since(t);
    log.info(`source ${source.description} → ${objects.map((o) => `${o.name} ${formatBytes(o.size)}`).join(", ")}`);

    // Decide, analysis by analysis, whether the published snapshot is still right.
    t = performance.now();
    const fileHashes = new Map<string, string>();
    const plans: Plan[] = [];
    // The date window as configured, not as it resolves: its default end is the build date, which would otherwise
    // rebuild everything every day.
    const settings = {
      DATA_DATE_MIN: config.dateMin ?? "default",
      DATA_DATE_MAX: config.dateMax ?? "default"
    };
    for (const analysis of analyses) {
      const print = await fingerprint(root, analysis, objects, fileHashes, settings);
      const before = previous?.analyses[analysis.name];
      let reason = options.force ? "--force" : explainChange(print, before);
      if (!reason && before && !(await fileMatches(path.join(snapshotDir, before.file), before.sha256))) {
        reason = "snapshot file missing or altered";
      }
      plans.push({analysis, fingerprint: print, reason, previous: before});
    }
    stages.plan = since(t);
    if (options.explain) {
      for (const plan of plans) {
        effects.print(
          `${plan.reason ? "rebuild" : "reuse  "} ${plan.analysis.name.padEnd(32)} ${plan.reason ?? "unchanged"}`
        );
      }
    }

    const toBuild = plans.filter((plan) => plan.reason !== undefined);
    // Load their schema and step modules now: the loading (transpiling included) runs while DuckDB cleans the
    // inputs on its own threads, instead of between queries. A failure surfaces when the analysis awaits it.
    const modules = new Map(toBuild.map((plan) => [plan.analysis.name, loadAnalysisModules(root, plan.analysis)]));
    for (const loading of modules.values()) loading.catch(() => undefined);
    const previousObjects = new Map(previous?.source.objects.map((o) => [o.name, o]) ?? []);
    const changedInputs = objects.filter((o) => {
      const before = previousObjects.get(o.name);
      return !before || before.etag !== o.etag || before.size !== o.size;
    });
    const models = STAGING_MODELS.filter(
      (model) =>
        toBuild.some((plan) => plan.analysis.models.includes(model)) ||
        changedInputs.some((o) => o.name === model.input.file)
    );

    const staging: Manifest["staging"] = {};
    for (const [name, entry] of Object.entries(previous?.staging ?? {})) {
      if (!models.some((m) => m.name === name)) staging[name] = entry;
    }
    const rowsByObject = new Map<string, number>();
    for (const o of objects) {
      const before = previousObjects.get(o.name);
      if (before && before.etag === o.etag && before.size === o.size) rowsByObject.set(o.name, before.rows);
    }

    const built = new Map<string, Built>();
    let duckdbVersion = previous?.tools.duckdb ?? duckdbPackageVersion();
    if (models.length > 0 || toBuild.length > 0) {
      // Bring the needed inputs to local files (the cache answers for unchanged S3 objects).
      t = performance.now();
      const needed = objects.filter((o) => models.some((m) => m.input.file === o.name));
      const paths = await watchdog.track(
        `fetching ${needed.map((o) => o.name).join(" and ")}`,
        () => source.fetch(needed),
        abortSource
      );
      stages.fetch = since(t);

      // Load and clean: check each input against the contract, then run its staging model.
      const defaults = defaultDateWindow((effects.now ?? (() => new Date()))());
      const window = {min: config.dateMin ?? defaults.min, max: config.dateMax ?? defaults.max};
      if (window.min > window.max) {
        throw new ConfigurationError(`DATA_DATE_MIN (${window.min}) is after DATA_DATE_MAX (${window.max}).`, {
          hint: "Set a window whose start comes before its end, or unset both for the platform's launch to today."
        });
      }
      warehouse = await openWarehouse(config.duckdbMemoryLimit);
      const main = warehouse;
      duckdbVersion = await warehouse.version();
      for (const model of models) {
        t = performance.now();
        const file = paths.get(model.input.file);
        if (!file) throw new Error(`source returned no path for ${model.input.file}`);
        const loaded = await watchdog.track(
          `loading ${model.input.file}`,
          () => loadInput(main, model.input, file),
          () => main.interrupt()
        );
        rowsByObject.set(model.input.file, loaded.rows);
        const result = await watchdog.track(
          `cleaning ${model.name}`,
          () => runStaging(main, root, model, window),
          () => main.interrupt()
        );
        staging[model.name] = {input: model.input.file, ...result};
        const kept = result.funnel.at(-1)!.rowsAfter;
        stages[`clean:${model.name}`] = since(t);
        log.info(
          `clean ${model.name} → ${kept.toLocaleString("en")} of ${loaded.rows.toLocaleString("en")} rows kept in ${stages[`clean:${model.name}`]} ms`
        );
        const {index} = model;
        if (index) {
          t = performance.now();
          await watchdog.track(
            `building ${index.title}`,
            () => runIndex(main, root, model),
            () => main.interrupt()
          );
          stages[`index:${index.name}`] = since(t);
          log.info(`index ${index.name} → built on ${model.table} in ${stages[`index:${index.name}`]} ms`);
        }
      }

      // Run the analyses one thread per query, so floating-point sums always add up in the same order and the
      // same data gives byte-identical snapshots; two connections keep both cores busy.
      await warehouse.setThreads(1);
      t = performance.now();
      const queue = longestFirst(toBuild);
      // Forked before the count below starts on the main connection: a failed fork then leaves no query running
      // under a connection the build is about to close.
      const lanes = await Promise.all(Array.from({length: ANALYSIS_LANES}, () => main.fork()));
      // Ratings of recipes the recipes file does not hold are kept (the rating analyses do not need the recipe),
      // but never silently: counted, logged and recorded in the manifest whenever both inputs were read. Counted on
      // the main connection while the analyses run on theirs, rather than as a step of its own before them.
      const counting =
        models.length === STAGING_MODELS.length && staging.interactions
          ? watchdog.track(
              "counting ratings of unknown recipes",
              () =>
                main.rows(
                  "select count(*) as n, count(distinct recipe_id) as ids from interactions where recipe_id not in (select id from raw_recipes where id is not null)"
                ),
              () => main.interrupt()
            )
          : undefined;
      // Awaited once the lanes have settled, failure or not: nothing closes a connection under a running query.
      const counted = counting?.then(
        ([row]) => ({row}),
        (error: unknown) => ({error})
      );
      // The first failure stops every lane: the others take no more work and their running query is interrupted.
      // Connections close only once every lane has settled: closing one under a running query leaves that
      // query's promise pending for ever, and the build with it.
      let failure: {error: unknown} | undefined;
      const outcomes = await Promise.allSettled(
        lanes.map(async (lane) => {
          for (let plan = failure ? undefined : queue.shift(); plan; plan = failure ? undefined : queue.shift()) {
            const {analysis} = plan;
            try {
              const result = await watchdog.track(
                `analysis ${analysis.name}`,
                () => computeAnalysis(root, lane, analysis, modules.get(analysis.name)),
                () => lane.interrupt()
              );
              built.set(analysis.name, result);
              log.info(
                `analysis ${analysis.name} → ${formatBytes(Buffer.byteLength(result.content))} in ${result.ms} ms (${plan.reason})`
              );
            } catch (error) {
              if (!failure) {
                failure = {error};
                for (const other of lanes) if (other !== lane) other.interrupt();
              }
              throw error;
            }
          }
        })
      );
      for (const lane of lanes) lane.close();
      const unexpected = outcomes.find((o): o is PromiseRejectedResult => o.status === "rejected");
      const stopped = failure ?? (unexpected ? {error: unexpected.reason as unknown} : undefined);
      if (stopped) {
        main.interrupt();
        await counted;
        throw stopped.error;
      }
      const unknownRecipes = await counted;
      stages.analyses = since(t);
      if (unknownRecipes && staging.interactions) {
        if ("error" in unknownRecipes) throw unknownRecipes.error;
        const unknown = Number(unknownRecipes.row?.n ?? 0);
        const ids = Number(unknownRecipes.row?.ids ?? 0);
        staging.interactions.unknownRecipes = unknown;
        if (unknown > 0) {
          log.warn(
            `${unknown.toLocaleString("en")} kept interaction${unknown === 1 ? "" : "s"} refer to ${ids.toLocaleString("en")} recipe id${ids === 1 ? "" : "s"} that RAW_recipes.parquet does not hold; the rating analyses keep them, the recipe analyses cannot see them`
          );
        }
      }
    }

    // Write the new set beside the published one, reusing unchanged files as they are.
    t = performance.now();
    staged = await publishing("create the staging folder", () => stageSnapshotSet(snapshotDir));
    const next = staged;
    const entries: Record<string, ManifestAnalysis> = {};
    for (const plan of plans) {
      const name = plan.analysis.name;
      const file = `${name}.json`;
      const fresh = built.get(name);
      if (fresh) {
        await publishing(`write ${file}`, () => writeStagedFile(next, file, fresh.content));
        entries[name] = {
          file,
          page: plan.analysis.page,
          key: plan.fingerprint.key,
          dependencies: plan.fingerprint.dependencies,
          sha256: sha256(fresh.content),
          bytes: Buffer.byteLength(fresh.content),
          rows: fresh.rows,
          ms: fresh.ms,
          status: "rebuilt",
          reason: plan.reason!
        };
      } else {
        const before = plan.previous!;
        // Reuse only what is still byte for byte what the manifest says: a file edited since planning rebuilds
        // next time rather than being carried into the new set.
        const {content, sha256: digest} = await publishing(`read the published ${before.file}`, () =>
          readDigested(path.join(snapshotDir, before.file))
        );
        if (digest !== before.sha256) {
          throw new SnapshotError(
            `The published ${before.file} changed while this build ran, so it cannot be reused as it is.`,
            name,
            {hint: "Snapshots are generated, never edited: run the build again (it will rebuild the file)."}
          );
        }
        await publishing(`write ${file}`, () => writeFile(path.join(next, file), content));
        entries[name] = {...before, file, status: "reused", reason: "unchanged"};
      }
    }

    const dataAsOf = Object.values(staging)
      .map((s) => s.latestDate)
      .sort()
      .at(-1);
    stages.write = since(t);
    const manifest: Manifest = {
      manifestVersion: MANIFEST_VERSION,
      version: projectVersion(root),
      builtAt: (effects.now ?? (() => new Date()))().toISOString(),
      environment: config.appEnv,
      gitCommit: (effects.gitCommit ?? (() => headCommit(root) ?? "unknown"))(),
      dataAsOf: dataAsOf ?? "unknown",
      tools: {node: process.version, duckdb: duckdbVersion, pipeline: projectVersion(root)},
      source: {
        kind: source.kind,
        // The manifest is published (dist/data/manifest.json, /healthz, the methodology): it names the objects by
        // their file name only, never the bucket, the endpoint or an absolute path of the build machine.
        description: objects.map((o) => o.name).join(", "),
        objects: objects.map((o: SourceObject) => ({...o, location: o.name, rows: rowsByObject.get(o.name) ?? 0}))
      },
      provenance: await dataProvenance(source, objects, previous),
      staging,
      timings: {totalMs: since(started), stages},
      analyses: entries
    };
    const checked = manifestSchema.safeParse(manifest);
    if (!checked.success) throw new Error(`invalid manifest: ${checked.error.message}`);
    await publishing(`write ${MANIFEST_FILE}`, () =>
      writeStagedFile(next, MANIFEST_FILE, serializeSnapshot(checked.data))
    );
    // What changed since the previously published set (pipeline/changes.ts), published with the set.
    const previousSet = previousSetReader(effects.env ?? process.env, snapshotDir);
    await publishing("write changes.json", () =>
      writeChangeLog({root, previous: previousSet, staged: next, manifest: checked.data, logger: log})
    );

    // Swap the new set in: readers see either the old set or the new one, never a mix.
    await publishing("swap the new snapshot set in", () => publishSnapshotSet(snapshotDir, next));
    staged = undefined;
    const rebuilt = toBuild.map((p) => p.analysis.name);
    log.info(
      `snapshots → ${snapshotDir}: ${rebuilt.length} rebuilt, ${plans.length - rebuilt.length} reused in ${since(started)} ms`
    );
    return {manifest: checked.data, rebuilt, reused: plans.filter((p) => !p.reason).map((p) => p.analysis.name)};
  } finally {
    if (staged) await discardSnapshotSet(staged).catch(() => undefined);
    warehouse?.close();
    await source.close();
  }
}

/**
 * Opens DuckDB; a memory limit it refuses is a configuration error naming the setting. Its buffers get three
 * quarters of the limit (pipeline/memory.ts) and spill past it to a folder of this build's own under the system's
 * temporary folder (TMPDIR), deleted when the warehouse closes.
 */
async function openWarehouse(memoryLimit: string): Promise<Warehouse> {
  const tempDirectory = path.join(tmpdir(), `back-to-the-kitchen-duckdb-${process.pid}-${randomUUID().slice(0, 8)}`);
  try {
    return await Warehouse.open({memoryLimit: duckdbBufferLimit(memoryLimit), tempDirectory});
  } catch (error) {
    throw new ConfigurationError(
      `DuckDB refused DUCKDB_MEMORY_LIMIT=${memoryLimit}: ${describeCause(error).split("\n")[0]}`,
      {hint: "Set DUCKDB_MEMORY_LIMIT to an amount such as 1536MB or 2GB, below the machine's memory.", cause: error}
    );
  }
}

/**
 * Runs one step of writing the snapshot set; a failed system call becomes a snapshot error naming SNAPSHOT_DIR,
 * the step and what to do (a read-only or full disk is the operator's to fix, not a bug of the pipeline).
 */
async function publishing<T>(step: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const code = systemErrorCode(error);
    if (isPipelineError(error) || !code) throw error;
    throw new SnapshotError(`Could not ${step} in SNAPSHOT_DIR: ${systemErrorReason(error)}.`, "", {
      hint: `The published snapshots are untouched; ${systemErrorAdvice(code)}, then run the build again.`,
      cause: error
    });
  }
}

/**
 * The order the analysis lanes take work in: longest first, by the time each took in the previous build (those it
 * did not build come first, in catalogue order), so the lanes finish together instead of one starting a long
 * analysis when the other has nothing left. Each analysis runs alone on its connection, so the order changes no
 * result; the manifest lists them in catalogue order whatever the order of work.
 */
export function longestFirst<T extends {previous?: {ms: number}}>(plans: readonly T[]): T[] {
  const ms = (plan: T) => plan.previous?.ms ?? Number.POSITIVE_INFINITY;
  // Array.prototype.sort is stable: equal times keep the catalogue order.
  return [...plans].sort((a, b) => (ms(a) === ms(b) ? 0 : ms(b) > ms(a) ? 1 : -1));
}

/**
 * Runs an analysis' queries and step, validates the value with its schema and serialises it. `modules` is its
 * schema and step when already loading (the build starts them early); otherwise they are loaded here.
 */
export async function computeAnalysis(
  root: string,
  warehouse: Warehouse,
  analysis: AnalysisDefinition,
  modules?: ReturnType<typeof loadAnalysisModules>
): Promise<Built> {
  const started = performance.now();
  const {schema, step} = await (modules ?? loadAnalysisModules(root, analysis));
  const results: QueryResults = {};
  let rows = 0;
  for (const query of analysis.queries) {
    try {
      results[query.key] = await warehouse.rows(query.sql);
    } catch (error) {
      throw new QueryError(
        `The query "${query.key}" of ${analysis.sqlFile} failed: ${describeCause(error).split("\n")[0]}`,
        analysis.name,
        {
          hint: "Run it by hand against the cleaned tables (recipes, interactions) to see the whole error.",
          cause: error
        }
      );
    }
    rows += results[query.key]!.length;
  }

  let value: unknown;
  try {
    value = step ? await step(results) : analysis.queries.length === 1 ? {rows: results.rows} : results;
  } catch (error) {
    if (error instanceof PipelineError) throw error;
    throw new QueryError(`The statistics step ${analysis.stepFile} failed: ${describeCause(error)}`, analysis.name, {
      hint: "A statistic needs more data than the queries returned, or the step has a bug; --debug shows the stack.",
      cause: error
    });
  }

  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join(".") : "the top level";
    throw new SnapshotError(
      `The result of the analysis ${analysis.name} breaks its schema ${analysis.schemaFile} at ${where}: ${issue.message}.`,
      analysis.name,
      {
        hint: `Either ${analysis.sqlFile} changed the shape of its result or the schema is stale: fix whichever is wrong.`
      }
    );
  }
  const content = serializeSnapshot(parsed.data);
  const bytes = Buffer.byteLength(content);
  if (bytes > MAX_SNAPSHOT_BYTES) {
    throw new SnapshotError(
      `The snapshot of ${analysis.name} is ${formatBytes(bytes)}, over the ${formatBytes(MAX_SNAPSHOT_BYTES)} limit.`,
      analysis.name,
      {hint: "Snapshots are embedded in pages: aggregate further in SQL rather than exporting rows."}
    );
  }
  return {content, rows, ms: since(started)};
}

/** The published manifest, or undefined when there is none or it cannot be trusted (then everything rebuilds). */
export async function readManifest(snapshotDir: string, log: Logger): Promise<Manifest | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(snapshotDir, MANIFEST_FILE), "utf8");
  } catch {
    return undefined;
  }
  try {
    return manifestSchema.parse(JSON.parse(text));
  } catch (error) {
    log.warn(
      `The published manifest is unreadable (${describeCause(error).split("\n")[0]}); every analysis will be rebuilt.`
    );
    return undefined;
  }
}

function projectVersion(root: string): string {
  const require = createRequire(path.join(root, "package.json"));
  return (require("./package.json") as {version: string}).version;
}

function duckdbPackageVersion(): string {
  const require = createRequire(import.meta.url);
  return (require("@duckdb/node-api/package.json") as {version: string}).version;
}
