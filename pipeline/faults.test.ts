/**
 * Fault injection through the real command line: each case breaks one thing an attacker or an unlucky operator
 * could break, and asserts the exit code's family, the sentence, that the published snapshots are untouched, and
 * that a later good build recovers. Every child process has a kill timer, so no case can hang the suite or leave
 * a process behind.
 */
import {execFile, spawn} from "node:child_process";
import {mkdir, readdir, readFile, readlink, rename, rm, symlink, writeFile} from "node:fs/promises";
import {hostname} from "node:os";
import path from "node:path";
import {promisify} from "node:util";

import {afterEach, beforeEach, describe, expect, it} from "vitest";

import type {BuildRoot} from "../test/buildRoot.js";
import {COUNTS_SCHEMA} from "../test/buildRoot.js";
import {startFaultProxy} from "../test/faultProxy.js";
import {
  fixtureRecipes,
  INTERACTION_COLUMNS,
  interactionsValuesSql,
  RECIPE_COLUMNS,
  recipesValuesSql,
  writeFixtureParquet
} from "../test/fixtures.js";
import {startS3Server} from "../test/s3server.js";
import {EXIT_CODES} from "./errors.js";
import {silentLogger} from "./log.js";
import {uploadToS3} from "./source/upload.js";
import {createCountsRoot, leftovers, readSet} from "./testing.js";
import {sqlString, Warehouse} from "./warehouse.js";

const execFileAsync = promisify(execFile);

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** A query that keeps one DuckDB thread busy for many seconds (interrupted long before it ends). */
const SLOW_SQL = "select count(*)::int as recipes from range(40000000000) t(x) where x % 7 = 3";

describe("fault injection: the build fails loudly, in its family, never hangs, never publishes the wrong thing", () => {
  let b: BuildRoot;
  let published: Record<string, string>;
  let snapshotDir: string;

  function cli(args: string[], env: Record<string, string> = {}, killAfterMs = 60_000): Promise<Outcome> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ["--import", "tsx", path.join(b.root, "pipeline/bin/pipeline.ts"), ...args],
        {
          cwd: b.root,
          env: {PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATA_DIR: b.dataDir, ...env},
          stdio: ["ignore", "pipe", "pipe"]
        }
      );
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      // The bound of the bound: a hung build is killed and reported as such (code null), never waited on.
      const timer = setTimeout(() => child.kill("SIGKILL"), killAfterMs);
      child.on("error", reject);
      child.on("close", (code) => {
        clearTimeout(timer);
        resolve({code, stdout, stderr, ms: performance.now() - started});
      });
    });
  }

  async function expectUntouchedThenRecover(leftBehind: string[] = []): Promise<void> {
    expect(await readSet(snapshotDir)).toEqual(published);
    expect(await leftovers(snapshotDir)).toEqual(leftBehind);
  }

  /** The published manifest names exactly the analysis files beside it, with their sha256 (changes.json, the change
   * log published with the set, has a schema of its own). */
  async function expectConsistent(): Promise<void> {
    const {createHash} = await import("node:crypto");
    const manifest = JSON.parse(await readFile(path.join(snapshotDir, "manifest.json"), "utf8")) as {
      analyses: Record<string, {file: string; sha256: string}>;
    };
    const files = Object.values(manifest.analyses).map((e) => e.file);
    expect(
      (await readdir(snapshotDir))
        .filter((f) => !["manifest.json", "changes.json"].includes(f) && !f.startsWith("."))
        .sort()
    ).toEqual(files.sort());
    for (const entry of Object.values(manifest.analyses)) {
      const content = await readFile(path.join(snapshotDir, entry.file));
      expect(createHash("sha256").update(content).digest("hex"), entry.file).toBe(entry.sha256);
    }
  }

  async function recover(env: Record<string, string> = {}): Promise<void> {
    const good = await cli(["build"], env);
    expect(good.stderr).not.toContain("error:");
    expect(good.code).toBe(0);
  }

  beforeEach(async () => {
    b = await createCountsRoot();
    snapshotDir = path.join(b.root, "snapshots");
    const first = await cli(["build"]);
    expect(first.code).toBe(0);
    published = await readSet(snapshotDir);
  }, 60_000);
  afterEach(() => b.cleanup());

  it("hang: a failing analysis stops the other lane's running query and the build exits with the failure", async () => {
    await b.writeAnalysis("test", "a_fails", {
      sql: "select count(*)::int as recipes from recipes",
      schema: COUNTS_SCHEMA,
      step: 'export function step() { throw new Error("one recipe has a NaN"); }\n'
    });
    await b.writeAnalysis("test", "a_slow", {sql: SLOW_SQL, schema: COUNTS_SCHEMA});
    const out = await cli(["build"]);
    expect(out.code).toBe(EXIT_CODES.query);
    expect(out.stderr).toContain(
      "error: The statistics step queries/test/a_fails.step.ts failed: one recipe has a NaN"
    );
    // The slow query alone runs for minutes: ending well before the kill timer proves it was interrupted.
    expect(out.ms).toBeLessThan(30_000);
    await expectUntouchedThenRecover();
    await b.removeAnalysis("test", "a_fails");
    await b.removeAnalysis("test", "a_slow");
    await recover();
  }, 120_000);

  it("deadline: a stuck query is named, cancelled, and the run fails with exit 7 instead of running for ever", async () => {
    await b.writeAnalysis("test", "a_slow", {sql: SLOW_SQL, schema: COUNTS_SCHEMA});
    const out = await cli(["build"], {BUILD_DEADLINE_S: "3"});
    expect(out.code).toBe(EXIT_CODES.deadline);
    expect(out.stderr).toMatch(
      /error: The run did not finish within 3 s \(BUILD_DEADLINE_S\); still running: analysis a_slow \(for \d+ s\)\./
    );
    expect(out.stderr).toContain("hint: Look at the step named above");
    expect(out.ms).toBeLessThan(30_000);
    await expectUntouchedThenRecover();
    await b.removeAnalysis("test", "a_slow");
    await recover();
  }, 120_000);

  it("deadline: a stuck item index is named as its own step, not as cleaning, and cancelled", async () => {
    // The root's staging SQL is the repository's (a link): a copy of it whose index starts with a slow statement.
    const staging = path.join(b.root, "queries", "staging");
    const repoStaging = await readlink(staging);
    await rm(staging);
    await mkdir(staging);
    for (const file of await readdir(repoStaging)) {
      await writeFile(path.join(staging, file), await readFile(path.join(repoStaging, file), "utf8"));
    }
    const items = await readFile(path.join(staging, "items.sql"), "utf8");
    await writeFile(path.join(staging, "items.sql"), `create temp table slow as ${SLOW_SQL};\n${items}`);
    const out = await cli(["build"], {BUILD_DEADLINE_S: "3"});
    expect(out.code).toBe(EXIT_CODES.deadline);
    expect(out.stderr).toMatch(
      /error: The run did not finish within 3 s \(BUILD_DEADLINE_S\); still running: building the item index of the recipes \(for \d+ s\)\./
    );
    expect(out.ms).toBeLessThan(30_000);
    await expectUntouchedThenRecover();
    await writeFile(path.join(staging, "items.sql"), items);
    await recover();
  }, 120_000);

  it("invented source: a DATA_DIR that is set but missing is a configuration error, never generated data", async () => {
    const missing = path.join(b.root, "no-such-data");
    for (const env of [{}, {APP_ENV: "prod"}] as Array<Record<string, string>>) {
      const out = await cli(["build"], {DATA_DIR: missing, ...env});
      expect(out.code).toBe(EXIT_CODES.configuration);
      expect(out.stderr).toContain("error: DATA_DIR is set to no-such-data, a folder that does not exist.");
      expect(out.stderr).toMatch(/^hint: Fix DATA_DIR/m);
    }
    expect(await readdir(b.root)).not.toContain("no-such-data");
    // An existing but empty DATA_DIR is not filled either: the missing files are a source error.
    await mkdir(missing);
    const empty = await cli(["build"], {DATA_DIR: missing});
    expect(empty.code).toBe(EXIT_CODES.source);
    expect(await readdir(missing)).toEqual([]);
    await expectUntouchedThenRecover();
    await recover();
  }, 120_000);

  it("concurrent builds: a second build on one SNAPSHOT_DIR fails clearly; a killed build's lock is taken over", async () => {
    const lock = path.join(b.root, "snapshots.lock");
    // A live holder: this very test process.
    await writeFile(lock, JSON.stringify({pid: process.pid, host: hostname(), startedAt: "2026-01-01T00:00:00Z"}));
    const blocked = await cli(["build", "--force"]);
    expect(blocked.code).toBe(EXIT_CODES.snapshot);
    expect(blocked.stderr).toContain(`error: Another build (process ${process.pid} on ${hostname()}`);
    expect(blocked.stderr).toMatch(
      /^hint: Wait for that build to end and run again; if no build is running, delete snapshots\.lock\.$/m
    );
    await expectUntouchedThenRecover(["snapshots.lock"]);
    expect(await readFile(lock, "utf8")).toContain(String(process.pid));

    // A dead holder: a process that has exited (its pid is free), as a build killed with SIGKILL leaves it.
    const {stdout: deadPid} = await execFileAsync(process.execPath, [
      "-e",
      "process.stdout.write(String(process.pid))"
    ]);
    await writeFile(lock, JSON.stringify({pid: Number(deadPid), host: hostname(), startedAt: "2026-01-01T00:00:00Z"}));
    const taken = await cli(["build", "--force"]);
    expect(taken.code).toBe(0);
    expect(taken.stderr).toContain(`snapshots.lock was left by a build that no longer runs (process ${deadPid})`);
    expect(await readdir(b.root)).not.toContain("snapshots.lock");

    // A lock without an owner yet is a peer's that is being written (held), until it is clearly old (stale).
    await writeFile(lock, "");
    const young = await cli(["build"]);
    expect(young.code).toBe(EXIT_CODES.snapshot);
    expect(young.stderr).toContain("error: Another build (just started) is publishing into SNAPSHOT_DIR snapshots");
    const {utimes} = await import("node:fs/promises");
    await utimes(lock, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    expect((await cli(["build"])).code).toBe(0);
    expect(await readdir(b.root)).not.toContain("snapshots.lock");
  }, 120_000);

  it("two builds started together never publish a mixed set", async () => {
    const [one, two] = await Promise.all([cli(["build", "--force"]), cli(["build", "--force"])]);
    const codes = [one.code, two.code].sort();
    // Either both ran one after the other, or one found the other's lock; never anything else.
    expect([
      [0, 0],
      [0, EXIT_CODES.snapshot]
    ]).toContainEqual(codes);
    await expectConsistent();
    expect(await leftovers(snapshotDir)).toEqual([]);
  }, 120_000);

  it("kills between publication steps: the next build finds a complete set, old or new, and finishes", async () => {
    const lock = path.join(b.root, "snapshots.lock");
    const {stdout: deadPid} = await execFileAsync(process.execPath, [
      "-e",
      "process.stdout.write(String(process.pid))"
    ]);
    const staleLock = () =>
      writeFile(lock, JSON.stringify({pid: Number(deadPid), host: hostname(), startedAt: "2026-01-01T00:00:00Z"}));
    const next = path.join(b.root, `snapshots.next-${deadPid}`);
    const prev = path.join(b.root, `snapshots.prev-${deadPid}`);
    const newSet = path.join(b.root, `snapshots.set-0-${deadPid}`);
    const link = path.join(b.root, `snapshots.link-${deadPid}`);
    const halfSet = async (dir: string) => {
      await mkdir(dir);
      await writeFile(path.join(dir, "overview.json"), "{half");
    };
    const copyPublished = async (dir: string) => {
      await mkdir(dir);
      for (const [name, text] of Object.entries(published)) await writeFile(path.join(dir, name), text);
    };
    // A set that was complete but never published: its overview differs from the published one.
    const unpublishedSet = async () => {
      await copyPublished(newSet);
      await writeFile(path.join(newSet, "overview.json"), "{}");
    };
    // The published set as a plain folder, as a checkout from before the link has it.
    const plainFolder = async () => {
      const current = path.resolve(b.root, await readlink(snapshotDir));
      await rm(snapshotDir);
      await rename(current, snapshotDir);
    };
    // Each state is what a SIGKILL leaves at one point of publishSnapshotSet: staging → the new set beside the link
    // → a new link → the switch → removing the old set; and, for a plain folder, its one move aside.
    const states: Array<[string, () => Promise<void>]> = [
      ["after taking the lock", async () => undefined],
      ["while writing the staging folder", () => halfSet(next)],
      ["after moving the new set beside the link", unpublishedSet],
      [
        "after making the new link, before the switch",
        async () => {
          await unpublishedSet();
          await symlink(path.basename(newSet), link);
        }
      ],
      [
        "after the switch, before removing the old set",
        async () => {
          // The new set holds what was published, so the next build must find exactly that; the old one must go.
          await copyPublished(newSet);
          await rm(snapshotDir);
          await symlink(path.basename(newSet), snapshotDir);
        }
      ],
      [
        "after moving a plain folder aside, before the link takes its place",
        async () => {
          await plainFolder();
          await unpublishedSet();
          await symlink(path.basename(newSet), link);
          await rename(snapshotDir, prev);
        }
      ],
      [
        "after a plain folder became the link, before removing the folder",
        async () => {
          await plainFolder();
          await copyPublished(prev);
        }
      ]
    ];
    for (const [when, leave] of states) {
      await staleLock();
      await leave();
      const out = await cli(["build"]);
      expect(out.code, `${when}: ${out.stderr}`).toBe(0);
      // Every analysis file is the one published before, and the new manifest matches them byte for byte.
      const now = await readSet(snapshotDir);
      for (const name of Object.keys(published).filter((n) => n !== "manifest.json")) {
        expect(now[name], `${when}: ${name}`).toBe(published[name]);
      }
      await expectConsistent();
      expect(await leftovers(snapshotDir), when).toEqual([]);
    }
  }, 180_000);

  describe("on a read-only or full file system (a small tmpfs the test mounts)", () => {
    let mnt: string;
    beforeEach(async () => {
      mnt = path.join(b.root, "mnt");
      await mkdir(mnt);
      try {
        await execFileAsync("mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", mnt]);
      } catch (error) {
        throw new Error(
          `These cases mount a small tmpfs and need root (mount -t tmpfs): ${(error as Error).message.split("\n")[0]}`
        );
      }
    });
    afterEach(async () => {
      await execFileAsync("umount", [mnt]).catch(() => undefined);
    });

    it("a read-only SNAPSHOT_DIR or CACHE_DIR is a configuration error naming the setting; nothing is touched", async () => {
      const env = {SNAPSHOT_DIR: path.join(mnt, "snapshots"), CACHE_DIR: path.join(mnt, "cache")};
      expect((await cli(["build"], env)).code).toBe(0);
      const before = await readSet(env.SNAPSHOT_DIR);
      await execFileAsync("mount", ["-o", "remount,ro", mnt]);
      const out = await cli(["build", "--force"], env);
      expect(out.code).toBe(EXIT_CODES.configuration);
      expect(out.stderr).toContain(
        "error: SNAPSHOT_DIR cannot be locked: creating snapshots.lock beside it failed: read-only file system (EROFS)."
      );
      expect(out.stderr).toMatch(
        /^hint: SNAPSHOT_DIR's parent folder must be writable: the file system is mounted read-only/m
      );
      const cache = await cli(["build", "--force"], {CACHE_DIR: path.join(mnt, "other-cache")});
      expect(cache.code).toBe(EXIT_CODES.configuration);
      expect(cache.stderr).toContain("error: CACHE_DIR cannot be written: read-only file system (EROFS).");
      expect(await readSet(env.SNAPSHOT_DIR)).toEqual(before);
      await execFileAsync("mount", ["-o", "remount,rw", mnt]);
      expect((await cli(["build", "--force"], env)).code).toBe(0);
    }, 120_000);

    it("a full SNAPSHOT_DIR disk is a snapshot error with a hint; the published set is untouched and a later build recovers", async () => {
      const env = {SNAPSHOT_DIR: path.join(mnt, "snapshots")};
      expect((await cli(["build"], env)).code).toBe(0);
      const before = await readSet(env.SNAPSHOT_DIR);
      // Fill the file system to the last byte.
      const {open} = await import("node:fs/promises");
      const filler = await open(path.join(mnt, "filler"), "w");
      const block = Buffer.alloc(4096, 1);
      try {
        for (let i = 0; i < 1024; i++) await filler.write(block);
        throw new Error("the 256 KB tmpfs never filled up");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
      } finally {
        await filler.close();
      }
      const out = await cli(["build", "--force"], env);
      expect(out.code).toBe(EXIT_CODES.snapshot);
      expect(out.stderr).toContain("no space left on the device (ENOSPC)");
      expect(out.stderr).toMatch(
        /^hint: The published snapshots are untouched; the disk \(or quota\) is full: free some space/m
      );
      expect(await readSet(env.SNAPSHOT_DIR)).toEqual(before);
      const published = path.basename(await readlink(env.SNAPSHOT_DIR));
      expect((await readdir(mnt)).sort()).toEqual(["filler", "snapshots", published]);
      await rm(path.join(mnt, "filler"));
      expect((await cli(["build", "--force"], env)).code).toBe(0);
    }, 120_000);
  });

  it("slow S3: a download trickling bytes is cut at the deadline, named, and leaves no partial file", async () => {
    const server = await startS3Server({buckets: ["faults"]});
    const proxy = await startFaultProxy({
      targetPort: server.port,
      faults: [{fault: {kind: "trickle", bytes: 64, everyMs: 1_000}, method: "GET", times: Infinity}]
    });
    try {
      const config = server.s3Config({bucket: "faults"});
      await uploadToS3(
        config,
        ["RAW_recipes.parquet", "RAW_interactions.parquet"].map((name) => ({name, path: path.join(b.dataDir, name)})),
        {logger: silentLogger, credentials: server.credentials}
      );
      const cacheDir = path.join(b.root, "s3-cache");
      const env = {
        S3_BUCKET: "faults",
        S3_ENDPOINT: proxy.endpoint,
        S3_MAX_ATTEMPTS: "1",
        CACHE_DIR: cacheDir,
        AWS_ACCESS_KEY_ID: server.credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: server.credentials.secretAccessKey,
        AWS_REGION: "us-east-1"
      };
      // Without a minimum rate (0), only the deadline ends the download.
      const cut = await cli(["build"], {...env, S3_MIN_RATE_KBPS: "0", BUILD_DEADLINE_S: "4"});
      expect(cut.code, cut.stderr).toBe(EXIT_CODES.deadline);
      expect(cut.stderr).toMatch(
        /error: The run did not finish within 4 s \(BUILD_DEADLINE_S\); still running: fetching RAW_recipes\.parquet and RAW_interactions\.parquet \(for \d+ s\)\./
      );
      expect(cut.ms).toBeLessThan(20_000);
      const leftovers = async () =>
        (await readdir(path.join(cacheDir, "s3")).catch(() => [])).filter((f) => f.endsWith(".tmp"));
      expect(await leftovers()).toEqual([]);
      await expectUntouchedThenRecover();
      // The minimum-rate check itself runs on short windows in pipeline/source/s3.test.ts.
    } finally {
      await proxy.close();
      await server.close();
    }
    await recover();
  }, 120_000);

  it("damaged input: Parquet corrupted in its pages or its metadata is an input error naming the file, never a SQL one", async () => {
    const file = path.join(b.dataDir, "RAW_recipes.parquet");
    const original = await readFile(file);
    // Compressed pages (zstd) so that damage is a decoding failure; damage that still decodes (a flipped digit in
    // an uncompressed page) cannot be told from data without a checksum of the whole file (the S3 cache has one).
    const warehouse = await Warehouse.open({threads: 1});
    try {
      await warehouse.run(
        `copy (select * from read_parquet(${sqlString(`${file}`)})) to ${sqlString(`${file}.zstd`)} (format parquet, compression zstd)`
      );
    } finally {
      warehouse.close();
    }
    const compressed = await readFile(`${file}.zstd`);
    await rm(`${file}.zstd`);
    // Past the 4-byte magic and before the footer: the column pages the contract check does not read.
    for (const at of [0.2, 0.5]) {
      const damaged = Buffer.from(compressed);
      const start = Math.floor(damaged.length * at);
      for (let i = start; i < start + 64; i++) damaged[i] = (damaged[i]! * 7 + 13) & 0xff;
      await writeFile(file, damaged);
      const out = await cli(["build"]);
      expect(out.code, out.stderr).toBe(EXIT_CODES.schema);
      expect(out.stderr).toMatch(
        /^error: The input file RAW_recipes\.parquet (is damaged|.*cannot be read as Parquet)/m
      );
      expect(out.stderr).not.toContain("check the SQL");
      await expectUntouchedThenRecover();
    }
    await writeFile(file, original);
    await recover();
  }, 120_000);

  it("bad values: NaN nutrition, negative sugar, a nested list, dates in 1970 and 2030 are removed and counted, not published", async () => {
    const recipes = fixtureRecipes().map((r) =>
      r.id === 14
        ? {...r, nutrition: "[100.0, nan, 1.0, 1.0, 1.0, 1.0, 1.0]"}
        : r.id === 15
          ? {...r, nutrition: "[100.0, 1.0, -5.0, 1.0, 1.0, 1.0, 1.0]"}
          : r.id === 16
            ? {...r, tags: "[['nested'], 'x']"}
            : r.id === 17
              ? {...r, submitted: "2030-06-01"}
              : r
    );
    await writeFixtureParquet(b.dataDir, {
      recipesSql: `select * from (values ${recipesValuesSql(recipes)}) as t (${RECIPE_COLUMNS})`,
      interactionsSql: `select * from (values ${interactionsValuesSql()}, (11::bigint, 4::bigint, date '2030-01-01', 5::bigint, 'future'), (12::bigint, 4::bigint, date '1970-01-01', 5::bigint, 'epoch')) as t (${INTERACTION_COLUMNS})`
    });
    const out = await cli(["build"]);
    expect(out.code, out.stderr).toBe(0);
    const manifest = JSON.parse(await readFile(path.join(snapshotDir, "manifest.json"), "utf8")) as {
      dataAsOf: string;
      staging: Record<string, {funnel: Array<{rule: string; removed: number}>}>;
    };
    // 2030 never becomes the data's as-of date (the /healthz answer).
    expect(manifest.dataAsOf).toBe("2024-01-06");
    const removed = (model: string, rule: string) =>
      manifest.staging[model]!.funnel.find((step) => step.rule === rule)?.removed;
    expect(removed("recipes", "invalid_nutrition")).toBe(4);
    expect(removed("recipes", "malformed_list")).toBe(1);
    expect(removed("recipes", "date_out_of_range")).toBe(1);
    expect(removed("interactions", "date_out_of_range")).toBe(2);
    await writeFixtureParquet(b.dataDir);
    await recover();
  }, 120_000);

  it("bad settings: LOG_LEVEL, DUCKDB_MEMORY_LIMIT and BUILD_DEADLINE_S are configuration errors naming the setting", async () => {
    for (const [env, sentence] of [
      [{LOG_LEVEL: "loud"}, 'error: LOG_LEVEL is "loud", which is not a log level.'],
      [{DUCKDB_MEMORY_LIMIT: "plenty"}, 'error: DUCKDB_MEMORY_LIMIT is "plenty", which is not an amount of memory.'],
      [{BUILD_DEADLINE_S: "soon"}, 'error: BUILD_DEADLINE_S is "soon", which is not a number of at least 1.']
    ] as const) {
      const out = await cli(["build", "--force"], env);
      expect(out.code).toBe(EXIT_CODES.configuration);
      expect(out.stderr).toContain(sentence);
      expect(out.stderr).toMatch(/^hint: /m);
    }
    await expectUntouchedThenRecover();
  }, 120_000);
});
