import {mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import path from "node:path";

import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {recipesSql, runAnalysis} from "../test/analysis.js";
import type {TrendsItems} from "../queries/trends/_items.schema.js";
import {silentLogger} from "./log.js";
import {generateDataset} from "./generate/generate.js";
import {parsePythonList, query} from "./generate/testing.js";
import {structuralReason, timeBucket} from "./structuralTags.js";

describe("the time buckets' pattern", () => {
  it("recognises Food.com's time-to-make buckets with their bound in minutes, and nothing else", () => {
    expect(timeBucket("15-minutes-or-less")).toEqual({minutes: 15, side: "less"});
    expect(timeBucket("60-minutes-or-less")).toEqual({minutes: 60, side: "less"});
    expect(timeBucket("4-hours-or-less")).toEqual({minutes: 240, side: "less"});
    expect(timeBucket("1-day-or-more")).toEqual({minutes: 1440, side: "more"});
    // Tags with a number that are not a bound on the preparation time.
    for (const tag of ["3-steps-or-less", "for-1-or-2", "4th-of-july", "healthy-2", "desserts", "time-to-make"]) {
      expect(timeBucket(tag), tag).toBeUndefined();
    }
  });
});

describe("the reason a left-out tag qualifies", () => {
  it("names the part of the rule that takes each kind out, the share rule for the rest", () => {
    expect(structuralReason("time-to-make")).toBe("root");
    expect(structuralReason("course")).toBe("root");
    expect(structuralReason("60-minutes-or-less")).toBe("bucket");
    expect(structuralReason("1-day-or-more")).toBe("bucket");
    expect(structuralReason("low-in-something")).toBe("inner");
    expect(structuralReason("free-of-something")).toBe("inner");
    // "easy" is on most recipes in most years: none of the named kinds, so the share rule took it out.
    expect(structuralReason("easy")).toBe("share");
    expect(structuralReason("3-steps-or-less")).toBe("share");
  });
});

describe("the rule on a recipe list", () => {
  // One year of 20 recipes, so no tag qualifies by the share rule unless it is on 10 or more: every tag below is on
  // 2 to 8 recipes. Each recipe carries the time bucket its own minutes fall into.
  const rows = Array.from({length: 20}, (_, i) => {
    const minutes = 5 + i * 7;
    const tags = [minutes <= 15 ? "15-minutes-or-less" : minutes <= 60 ? "60-minutes-or-less" : "4-hours-or-less"];
    if (i % 3 === 0) tags.push("low-in-something", "low-sodium");
    if (i % 4 === 0) tags.push("desserts", "3-steps-or-less");
    if (i % 5 === 0) tags.push("vegetarian", "main-dish", "oven", "high-in-something");
    // The first and last on 1 January and 31 December: the trends compare whole calendar years only.
    const submitted = i === 0 ? "2005-01-01" : i === 19 ? "2005-12-31" : "2005-03-02";
    return {id: i + 1, submitted, minutes, tags};
  });

  it("leaves out the buckets and the inner nodes and keeps what describes the recipe", async () => {
    const s = await runAnalysis<TrendsItems>("trends_tags", {recipesSql: recipesSql(rows)});
    expect(s.excludedItems).toEqual([
      "15-minutes-or-less",
      "4-hours-or-less",
      "60-minutes-or-less",
      "high-in-something",
      "low-in-something"
    ]);
    // "3-steps-or-less" is the author's tag, not filed by the recipe's steps: kept.
    expect(s.top.map((t) => t.item).sort()).toEqual([
      "3-steps-or-less",
      "desserts",
      "low-sodium",
      "main-dish",
      "oven",
      "vegetarian"
    ]);
  });
});

describe("the bucket tags restate their field, on generated recipes", () => {
  let root: string;
  let recipes: Array<{minutes: number; tags: string}>;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "structural-tags-test-"));
    const generated = await generateDataset({outDir: root, seed: 3, scale: 0.01, logger: silentLogger});
    recipes = (await query(`select minutes, tags from read_parquet('${generated.files[0].path}')`)) as typeof recipes;
  });

  afterAll(async () => {
    await rm(root, {recursive: true, force: true});
  });

  it("files each recipe under the bucket its own minutes fall into", () => {
    const buckets = new Map<string, {minutes: number; side: "less" | "more"}>();
    for (const r of recipes) {
      for (const tag of parsePythonList(r.tags)) {
        const bucket = timeBucket(tag);
        if (bucket) buckets.set(tag, bucket);
      }
    }
    expect([...buckets.keys()]).toEqual(expect.arrayContaining(["60-minutes-or-less", "4-hours-or-less"]));
    const lessBounds = [...buckets.values()].filter((b) => b.side === "less").map((b) => b.minutes);
    for (const [tag, {minutes, side}] of buckets) {
      const carriers = recipes.filter((r) => parsePythonList(r.tags).includes(tag));
      // "60-minutes-or-less": at most 60 minutes, for every recipe that carries it. "1-day-or-more" is the bucket
      // after the largest "or less" one below its bound: no recipe that carries it fits in that one.
      const outside =
        side === "less"
          ? carriers.filter((r) => r.minutes > minutes)
          : carriers.filter((r) => r.minutes <= Math.max(...lessBounds.filter((b) => b < minutes)));
      expect(outside, tag).toEqual([]);
    }
  });
});
