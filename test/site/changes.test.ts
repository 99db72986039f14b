/**
 * The change log on the built site: the "What's new" pages list every update of the set's changes.json, the Atom
 * feeds have one entry per update and follow RFC 4287, /data/changes.json republishes the log (a later build reads
 * it back), and a log with a moved claim renders its old and new sentences in the page model and the feed.
 */
import {readFile} from "node:fs/promises";
import path from "node:path";

import {beforeAll, describe, expect, it} from "vitest";

import type {ChangeLog} from "../../pipeline/changes.schema.js";
import {changeLogSchema} from "../../pipeline/changes.schema.js";
import {atomProblems} from "./atom.js";
import {builtSite} from "./builtSite.js";

describe("What's new and the Atom feeds", () => {
  let dist: string;
  let log: ChangeLog;

  beforeAll(async () => {
    const site = await builtSite();
    dist = site.dist;
    process.env.SNAPSHOT_DIR = site.snapshots;
    log = changeLogSchema.parse(JSON.parse(await readFile(path.join(site.snapshots, "changes.json"), "utf8")));
  });

  it("publish one update per entry of changes.json in both languages, in valid Atom", async () => {
    for (const prefix of ["", "fr/"]) {
      const feed = await readFile(path.join(dist, prefix, "changes", "feed.xml"), "utf8");
      expect(atomProblems(feed), `${prefix}changes/feed.xml`).toEqual([]);
      expect(feed.match(/<entry>/g)?.length ?? 0).toBe(log.updates.length);
      expect(feed).toContain(`<link rel="self" href="http://localhost:4321/${prefix}changes/feed.xml"/>`);
      const page = await readFile(path.join(dist, prefix, "changes", "index.html"), "utf8");
      expect(page.match(/data-update="/g)?.length ?? 0).toBe(log.updates.length);
      for (const u of log.updates) expect(page).toContain(`data-update="${u.id}"`);
      // A set whose log is empty (built before the change log existed, unchanged since) says so.
      expect(page.includes("data-changes-empty")).toBe(log.updates.length === 0);
      expect(page).toContain(`type="application/atom+xml"`);
    }
    const republished = JSON.parse(await readFile(path.join(dist, "data", "changes.json"), "utf8")) as unknown;
    expect(republished).toEqual(log);
  });

  it("render a moved claim's old and new sentences on the page model and in the feed", async () => {
    const {updateModels} = await import("../../site/src/lib/changes.js");
    const {atomFeed} = await import("../../site/src/lib/feed.js");
    const moved: ChangeLog = {
      changesVersion: 1,
      updates: [
        {
          id: "2026-02-01T00:00:00.000Z",
          builtAt: "2026-02-01T00:00:00.000Z",
          dataAsOf: "2018-12-20",
          previousDataAsOf: "2018-11-30",
          commit: "abc",
          analyses: [
            {
              name: "overview",
              page: "overview",
              status: "changed",
              claims: [
                {
                  id: "x",
                  headline: true,
                  before: {values: {n: 1}, en: "One < two & more.", fr: "Un."},
                  after: {values: {n: 2}, en: null, fr: "Deux."}
                }
              ]
            },
            {name: "gone_analysis", page: "trends", status: "removed", claims: []}
          ]
        },
        ...log.updates
      ]
    };
    const [en] = updateModels("en", moved);
    expect(en!.summary).toBe(
      "2 analyses changed; the data is now as of December 20, 2018 (previously November 30, 2018)."
    );
    expect(en!.analyses[0]).toMatchObject({href: "/#overview", status: "updated"});
    // No English sentence recorded: the values say what changed.
    expect(en!.analyses[0]!.claims).toEqual([{before: "One < two & more.", after: "n = 2"}]);
    expect(en!.analyses[1]).toMatchObject({title: "gone_analysis", href: undefined, status: "removed"});
    const [fr] = updateModels("fr", moved);
    expect(fr!.analyses[0]!.claims).toEqual([{before: "Un.", after: "Deux."}]);

    const feed = atomFeed("en", updateModels("en", moved), new URL("https://kitchen.example"), "2026-01-01T00:00:00Z");
    expect(atomProblems(feed)).toEqual([]);
    expect(feed.match(/<entry>/g)?.length).toBe(moved.updates.length);
    expect(feed).toContain("<updated>2026-02-01T00:00:00.000Z</updated>");
    expect(feed).toContain("Before: One &lt; two &amp; more.<br>Now: n = 2");
  });
});
