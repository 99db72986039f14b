import {execFile} from "node:child_process";
import path from "node:path";
import {promisify} from "node:util";

import {afterAll, beforeAll, describe, expect, it} from "vitest";

import type {BuildRoot} from "../../test/buildRoot.js";
import {createBuildRoot} from "../../test/buildRoot.js";
import {RECIPE_COLUMNS, recipesValuesSql, writeFixtureParquet} from "../../test/fixtures.js";

const run = promisify(execFile);

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

describe("the pipeline command line", () => {
  let b: BuildRoot;
  beforeAll(async () => {
    b = await createBuildRoot();
  });
  afterAll(() => b.cleanup());

  async function cli(args: string[], env: Record<string, string> = {}): Promise<Outcome> {
    const child = run(process.execPath, ["--import", "tsx", path.join(b.root, "pipeline/bin/pipeline.ts"), ...args], {
      cwd: b.root,
      env: {PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATA_DIR: b.dataDir, ...env}
    });
    try {
      const {stdout, stderr} = await child;
      return {code: 0, stdout, stderr};
    } catch (error) {
      const e = error as {code: number; stdout: string; stderr: string};
      return {code: e.code, stdout: e.stdout, stderr: e.stderr};
    }
  }

  it("builds, logs one line per unit of work on stderr and explains on stdout", async () => {
    const first = await cli(["build", "--explain"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^rebuild overview +no previous snapshot\n$/);
    expect(first.stderr).toMatch(/^source local directory .* RAW_recipes\.parquet/m);
    expect(first.stderr).toMatch(/^clean recipes → 33 of 45 rows kept in \d+ ms$/m);
    expect(first.stderr).toMatch(/^analysis overview → [\d.]+ KB in \d+ ms \(no previous snapshot\)$/m);
    const second = await cli(["build", "--explain"]);
    expect(second.stdout).toMatch(/^reuse +overview +unchanged\n$/);
    expect(second.stderr).toMatch(/snapshots → .*: 0 rebuilt, 1 reused/);
  });

  it("prints a failing build's error as a sentence with a hint and exits with its code", async () => {
    await writeFixtureParquet(b.dataDir, {
      recipesSql: `select * exclude (minutes) from (values ${recipesValuesSql()}) as t (${RECIPE_COLUMNS})`
    });
    const plain = await cli(["build", "--force"]);
    expect(plain.code).toBe(4);
    expect(plain.stderr).toContain(
      'error: The input file RAW_recipes.parquet has no column "minutes" (expected BIGINT).\nhint: '
    );
    expect(plain.stderr).not.toMatch(/^\s+at /m);
    const debug = await cli(["build", "--force", "--debug"]);
    expect(debug.code).toBe(4);
    expect(debug.stderr).toMatch(/^\s+at .*inputs\.ts/m);
    await writeFixtureParquet(b.dataDir);
  });

  it("rejects a bad configuration and an unknown command with exit code 2", async () => {
    const env = await cli(["build"], {APP_ENV: "staging"});
    expect(env.code).toBe(2);
    expect(env.stderr).toContain('error: APP_ENV is "staging", which is not an environment this project knows.');
    const unknown = await cli(["deploy"]);
    expect(unknown).toMatchObject({
      code: 2,
      stderr: 'error: "deploy" is not a pipeline command.\nhint: Run with --help for the list.\n'
    });
    const upload = await cli(["upload"]);
    expect(upload.code).toBe(2);
    expect(upload.stderr).toContain("Uploading needs an S3 bucket, and S3_BUCKET is not set.");
    const importing = await cli(["import"]);
    expect(importing.stderr).toContain("The import command needs the directory holding the Kaggle CSV files.");
  });

  it("prints its usage", async () => {
    const help = await cli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: pipeline <command> \[options\]/);
    expect((await cli([])).code).toBe(2);
  });
});
