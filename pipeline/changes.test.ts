/**
 * The change log on real builds: two builds of the real pipeline on fixture data that differ by a known change
 * (recipe 40 removed, so 33 recipes kept become 32), compared with the published directory and with a deployed
 * site served on loopback; a first build with no previous set; a rebuild that changed nothing; an unreachable site.
 */
import {cp, mkdir, readFile} from "node:fs/promises";
import path from "node:path";

import {afterEach, beforeEach, describe, expect, it} from "vitest";

import type {BuildRoot} from "../test/buildRoot.js";
import {createBuildRoot} from "../test/buildRoot.js";
import {RECIPE_COLUMNS, recipesValuesSql, writeFixtureParquet} from "../test/fixtures.js";
import {freePort} from "../test/nginx.js";
import {startStaticServer} from "../test/staticServer.js";
import type {BuildEffects} from "./build.js";
import {buildSnapshots} from "./build.js";
import type {ChangeLog} from "./changes.schema.js";
import {changeLogSchema} from "./changes.schema.js";
import {claimChanges} from "./changes.js";
import {EXIT_CODES, SourceError} from "./errors.js";
import {silentLogger} from "./log.js";
import {createLocalSource} from "./source/local.js";

const HEADLINE_SCHEMA = `import {z} from "zod";
import {narrativeSchema} from "../../pipeline/narrative.schema.js";
export const schema = z.object({recipes: z.number().int(), narrative: narrativeSchema});
`;

const HEADLINE_STEP = `export function step(results) {
  const recipes = Number(results.rows[0].recipes);
  return {
    recipes,
    narrative: {
      headline: {id: "headline.kept", values: {recipes}},
      claims: [{id: "claim.fixed", values: {rule: "steady"}}, {id: "claim.share", values: {share: recipes / 45}}]
    }
  };
}
`;

const HEADLINE_TEXT = `export const text = {
  en: {"headline.kept": "{recipes|int} recipes were kept.", "claim.fixed": "The rule is {rule}.", "claim.share": "{share|pct|1} of the rows were kept."},
  fr: {"headline.kept": "{recipes|int} recettes ont été gardées.", "claim.fixed": "La règle est {rule}.", "claim.share": "{share|pct|1} des lignes ont été gardées."}
};
`;

/** The fixture data without recipe 40: one recipe fewer survives the cleaning. */
const WITHOUT_RECIPE_40 = `select * from (values ${recipesValuesSql()}) as t (${RECIPE_COLUMNS}) where id <> 40`;

describe("changes.json", () => {
  let b: BuildRoot;
  let env: Record<string, string | undefined>;
  let clock: number;

  beforeEach(async () => {
    b = await createBuildRoot();
    await b.writeAnalysis("test", "test_headline", {
      sql: "select count(*) as recipes from recipes",
      schema: HEADLINE_SCHEMA,
      step: HEADLINE_STEP
    });
    const {writeFile} = await import("node:fs/promises");
    await writeFile(path.join(b.root, "queries", "test", "test_headline.text.ts"), HEADLINE_TEXT);
    env = {};
    clock = Date.parse("2026-01-01T00:00:00Z");
  });
  afterEach(() => b.cleanup());

  const effects = (): BuildEffects => ({
    logger: silentLogger,
    print: () => undefined,
    openSource: async (config) => createLocalSource(config.dataDir, {cacheDir: config.cacheDir, logger: silentLogger}),
    gitCommit: () => "0123456789abcdef",
    // A build reads the clock more than once (its default date window, its build time): the clock stands still
    // during a build, and each build starts a day later, so every update has its own id.
    now: () => new Date(clock),
    env
  });
  const build = (snapshotDir = b.config.snapshotDir) => {
    clock += 86_400_000;
    return buildSnapshots({root: b.root, config: {...b.config, snapshotDir}}, effects());
  };
  const readLog = async (dir = b.config.snapshotDir): Promise<ChangeLog> =>
    changeLogSchema.parse(JSON.parse(await readFile(path.join(dir, "changes.json"), "utf8")));

  it("starts with one update listing every analysis as added when there is no previous set", async () => {
    await build();
    const log = await readLog();
    expect(log.updates).toHaveLength(1);
    expect(log.updates[0]).toMatchObject({
      id: "2026-01-02T00:00:00.000Z",
      previousDataAsOf: null,
      commit: "0123456789abcdef",
      dataAsOf: "2024-01-06"
    });
    expect(log.updates[0]!.analyses.map((a) => [a.name, a.status]).sort()).toEqual([
      ["overview", "added"],
      ["test_headline", "added"]
    ]);
  });

  it("adds an update with the old and new values and sentences of the claims a known data change moved", async () => {
    await build();
    await build();
    // Nothing changed: still one update.
    expect((await readLog()).updates).toHaveLength(1);

    await writeFixtureParquet(b.dataDir, {recipesSql: WITHOUT_RECIPE_40});
    await build();
    const log = await readLog();
    expect(log.updates).toHaveLength(2);
    const [latest, first] = log.updates as [ChangeLog["updates"][number], ChangeLog["updates"][number]];
    expect(first.id).toBe("2026-01-02T00:00:00.000Z");
    expect(latest.id).toBe("2026-01-04T00:00:00.000Z");
    expect(latest.previousDataAsOf).toBe(first.dataAsOf);
    // New input files, although they end on the same day: "What's new" says the data changed.
    expect(latest.dataChanged).toBe(true);
    expect(first.dataChanged).toBeUndefined();
    const changed = latest.analyses.find((a) => a.name === "test_headline")!;
    expect(changed.status).toBe("changed");
    expect(changed.figuresChanged).toBe(true);
    // The fixed claim did not move, so it is not listed; the headline comes first.
    expect(changed.claims).toEqual([
      {
        id: "headline.kept",
        headline: true,
        before: {values: {recipes: 33}, en: "33 recipes were kept.", fr: "33 recettes ont été gardées."},
        after: {values: {recipes: 32}, en: "32 recipes were kept.", fr: "32 recettes ont été gardées."}
      },
      {
        id: "claim.share",
        headline: false,
        before: {
          values: {share: 33 / 45},
          en: "73.3% of the rows were kept.",
          fr: "73,3\u00a0% des lignes ont été gardées."
        },
        after: {
          values: {share: 32 / 45},
          en: "71.1% of the rows were kept.",
          fr: "71,1\u00a0% des lignes ont été gardées."
        }
      }
    ]);
    expect(latest.analyses.map((a) => a.name).sort()).toEqual(["overview", "test_headline"]);
  });

  it("records that the data did not change when only the analysis' code moved its snapshot", async () => {
    await build();
    const {writeFile} = await import("node:fs/promises");
    await writeFile(
      path.join(b.root, "queries", "test", "test_headline.step.ts"),
      HEADLINE_STEP.replace('rule: "steady"', 'rule: "firm"')
    );
    await build();
    const [latest] = (await readLog()).updates;
    // Only the narrative moved: What's new may say the wording alone was revised.
    expect(latest).toMatchObject({
      dataChanged: false,
      analyses: [{name: "test_headline", status: "changed", figuresChanged: false}]
    });
    expect(latest!.previousDataAsOf).toBe(latest!.dataAsOf);
  });

  it("records a figure change without a claim when the analysis' code drops a snapshot field", async () => {
    const {writeFile} = await import("node:fs/promises");
    const file = (ext: string) => path.join(b.root, "queries", "test", `test_headline.${ext}.ts`);
    // A first set whose snapshot carries one field more, as trends_volume carried its Q-Q plot.
    await writeFile(
      file("schema"),
      HEADLINE_SCHEMA.replace("recipes: z.number().int(),", "recipes: z.number().int(), spare: z.number(),")
    );
    await writeFile(file("step"), HEADLINE_STEP.replace("    recipes,\n", "    recipes,\n    spare: 1,\n"));
    await build();
    expect(JSON.parse(await readFile(path.join(b.config.snapshotDir, "test_headline.json"), "utf8"))).toHaveProperty(
      "spare",
      1
    );
    await writeFile(file("schema"), HEADLINE_SCHEMA);
    await writeFile(file("step"), HEADLINE_STEP);
    await build();
    const [latest] = (await readLog()).updates;
    expect(latest).toMatchObject({
      dataChanged: false,
      analyses: [{name: "test_headline", status: "changed", figuresChanged: true, claims: []}]
    });
  });

  it("compares with the deployed site when PREVIOUS_SITE_URL is set, carrying its log forward", async () => {
    await build();
    // The deployed site serves the set under /data/, as site/src/pages/data/ publishes it.
    const site = path.join(b.root, "deployed");
    await mkdir(site);
    await cp(b.config.snapshotDir, path.join(site, "data"), {recursive: true});
    const server = await startStaticServer(site);
    try {
      await writeFixtureParquet(b.dataDir, {recipesSql: WITHOUT_RECIPE_40});
      env.PREVIOUS_SITE_URL = `${server.url}/`;
      // A fresh container: no published snapshot directory at all.
      const fresh = path.join(b.root, "fresh-snapshots");
      await build(fresh);
      const log = await readLog(fresh);
      expect(log.updates).toHaveLength(2);
      const claims = log.updates[0]!.analyses.find((a) => a.name === "test_headline")!.claims;
      expect(claims[0]!.before?.values).toEqual({recipes: 33});
      expect(claims[0]!.after?.values).toEqual({recipes: 32});
      expect(server.requests.map((r) => r.path)).toEqual(
        expect.arrayContaining(["/data/manifest.json", "/data/changes.json", "/data/test_headline.json"])
      );
    } finally {
      await server.close();
    }
  });

  it("treats a site without a manifest as a first build", async () => {
    const site = path.join(b.root, "empty-site");
    await mkdir(site);
    const server = await startStaticServer(site);
    try {
      env.PREVIOUS_SITE_URL = server.url;
      await build();
      expect((await readLog()).updates[0]!.previousDataAsOf).toBeNull();
    } finally {
      await server.close();
    }
  });

  it("fails with a source error naming the URL, and keeps the published set, when the site cannot be reached", async () => {
    await build();
    const before = await readFile(path.join(b.config.snapshotDir, "manifest.json"), "utf8");
    const port = await freePort();
    env.PREVIOUS_SITE_URL = `http://127.0.0.1:${port}`;
    await writeFixtureParquet(b.dataDir, {recipesSql: WITHOUT_RECIPE_40});
    const error = await build().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).exitCode).toBe(EXIT_CODES.source);
    expect((error as SourceError).message).toContain(
      `The previously published set could not be read from http://127.0.0.1:${port}/data/manifest.json`
    );
    expect((error as SourceError).hint).toContain("PREVIOUS_SITE_URL");
    expect(await readFile(path.join(b.config.snapshotDir, "manifest.json"), "utf8")).toBe(before);
  });
});

describe("claimChanges", () => {
  const snapshot = (headline: number, claims: Array<[string, number]>) => ({
    narrative: {
      headline: {id: "h", values: {n: headline}},
      claims: claims.map(([id, n]) => ({id, values: {n}}))
    }
  });

  it("lists moved, appeared and disappeared claims, and nothing for a snapshot without a narrative", () => {
    const text = {en: {h: "{n|int} h", a: "{n|int} a"}, fr: {h: "{n|int} h", a: "{n|int} a"}};
    const changes = claimChanges(
      snapshot(1, [
        ["a", 1],
        ["gone", 2]
      ]),
      snapshot(2, [
        ["a", 1],
        ["new", 3]
      ]),
      text
    );
    expect(changes.map((c) => [c.id, c.before?.values.n ?? null, c.after?.values.n ?? null])).toEqual([
      ["h", 1, 2],
      ["new", null, 3],
      ["gone", 2, null]
    ]);
    // No template for these two: the values still say what changed, the sentences are null.
    expect(changes[1]!.after).toEqual({values: {n: 3}, en: null, fr: null});
    expect(claimChanges({rows: []}, {rows: []}, text)).toEqual([]);
    // 1.2 and 1.4 both read "1": a move below the sentence's precision is not a change a reader sees.
    expect(claimChanges(snapshot(1.2, []), snapshot(1.4, []), text)).toEqual([]);
  });
});
