/**
 * The change log on the built site: the "What's new" pages list every update of the set's changes.json, the Atom
 * feeds have one entry per update, are valid against the RELAX NG schema of Atom (test/site/atom.rng, with libxml2's
 * validator) and follow RFC 4287's other rules, /data/changes.json republishes the log (a later build reads
 * it back), and a known data change renders as the old and new sentences of the analysis page in each language,
 * the moved number marked, on the page model and in the feed.
 */
import {readFile} from "node:fs/promises";
import path from "node:path";

import {beforeAll, describe, expect, it} from "vitest";

import type {ChangeLog} from "../../pipeline/changes.schema.js";
import {changeLogSchema} from "../../pipeline/changes.schema.js";
import {atomProblems} from "./atom.js";
import {atomSchemaErrors} from "./atomSchema.js";
import {builtSite} from "./builtSite.js";

/** A change log of one update on the same data, holding one analysis' changes. */
function sameDataLog(analysis: ChangeLog["updates"][number]["analyses"][number]): ChangeLog {
  return {
    changesVersion: 1,
    updates: [
      {
        id: "2026-03-01T00:00:00.000Z",
        builtAt: "2026-03-01T00:00:00.000Z",
        dataAsOf: "2018-12-20",
        previousDataAsOf: "2018-12-20",
        dataChanged: false,
        commit: "abc",
        analyses: [analysis]
      }
    ]
  };
}

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
      expect(await atomSchemaErrors(feed), `${prefix}changes/feed.xml`).toEqual([]);
      expect(atomProblems(feed), `${prefix}changes/feed.xml`).toEqual([]);
      expect(feed.match(/<entry>/g)?.length ?? 0).toBe(log.updates.length);
      expect(feed).toContain(`<link rel="self" href="http://localhost:4321/${prefix}changes/feed.xml"/>`);
      const page = await readFile(path.join(dist, prefix, "changes", "index.html"), "utf8");
      expect(page.match(/data-update="/g)?.length ?? 0).toBe(log.updates.length);
      for (const u of log.updates) expect(page).toContain(`data-update="${u.id}"`);
      // A set whose log is empty (built before the change log existed, unchanged since) says so.
      expect(page.includes("data-changes-empty")).toBe(log.updates.length === 0);
      expect(page).toContain(`type="application/atom+xml"`);
      // The first published set says so in a sentence and lists no analysis; below a later update, in the past tense.
      for (const u of log.updates.filter((x) => x.previousDataAsOf === null)) {
        const section = page.slice(page.indexOf(`data-update="${u.id}"`)).split("</section>")[0]!;
        const latest = log.updates.indexOf(u) === 0;
        expect(section).toMatch(
          prefix
            ? latest
              ? /C’est le premier jeu de données publié/
              : /C’était le premier jeu de données publié/
            : latest
              ? /This is the first published set/
              : /This was the first published set/
        );
        expect(section).not.toContain("data-analysis=");
      }
    }
    const republished = JSON.parse(await readFile(path.join(dist, "data", "changes.json"), "utf8")) as unknown;
    expect(republished).toEqual(log);
  });

  it("render a known data change as the old and new sentences in each language, the moved number marked", async () => {
    const {updateModels} = await import("../../site/src/lib/changes.js");
    const {atomFeed} = await import("../../site/src/lib/feed.js");
    const {loadText} = await import("../../site/src/lib/snapshots.js");
    const {renderClaim} = await import("../../pipeline/narrative.js");
    const {typeset} = await import("../../site/src/i18n/locale.js");
    const headline = JSON.parse(await readFile(path.join(process.env.SNAPSHOT_DIR!, "overview.json"), "utf8")) as {
      narrative: {headline: {id: string; values: Record<string, number | string>}};
    };
    const {id, values} = headline.narrative.headline;
    const beforeValues = {...values, recipes: 12345};
    const afterValues = {...values, recipes: 12400};
    // Moved below the precision its sentence shows (an integer moving by a thousandth): nothing a reader sees.
    const unseen = {...values, recipes: Number(values.recipes) + 0.001};
    const state = (v: Record<string, number | string>) => ({values: v, en: null, fr: null});
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
              claims: [{id, headline: true, before: state(beforeValues), after: state(afterValues)}]
            },
            {
              name: "ratings_distribution",
              page: "ratings",
              status: "changed",
              claims: [{id: "no.such.claim", headline: false, before: state({x: 0.123456789}), after: state({x: 1})}]
            },
            {name: "gone_analysis", page: "trends", status: "removed", claims: []}
          ]
        },
        {
          id: "2026-01-01T00:00:00.000Z",
          builtAt: "2026-01-01T00:00:00.000Z",
          dataAsOf: "2018-11-30",
          previousDataAsOf: null,
          commit: "abc",
          analyses: [{name: "overview", page: "overview", status: "added", claims: []}]
        }
      ]
    };
    const text = loadText("overview");
    const expected = {
      en: {before: "12,345", after: "12,400"},
      fr: {before: "12\u202f345", after: "12\u202f400"}
    } as const;
    for (const lang of ["en", "fr"] as const) {
      const [update, first] = updateModels(lang, moved);
      const [overview, removed] = update!.analyses;
      expect(overview).toMatchObject({name: "overview", href: lang === "en" ? "/#overview" : "/fr/#overview"});
      expect(removed).toMatchObject({title: "gone_analysis", href: undefined});
      // A claim no template renders and no stored sentence states is not shown: its analysis' figures changed.
      expect(update!.figuresOnly.map((a) => a.name)).toEqual(["ratings_distribution"]);
      expect(overview!.claims).toHaveLength(1);
      const {before, after} = overview!.claims[0]!;
      const sentence = (parts: typeof before) => parts!.map((p) => p.text).join("");
      // The sentences a reader reads on the analysis page, rendered from the stored values.
      expect(sentence(before)).toBe(typeset(renderClaim(text, {id, values: beforeValues}, lang), lang));
      expect(sentence(after)).toBe(typeset(renderClaim(text, {id, values: afterValues}, lang), lang));
      expect(sentence(before)).toContain(expected[lang].before);
      expect(sentence(after)).toContain(expected[lang].after);
      // Only the number that moved is marked.
      expect(before!.filter((p) => p.moved).map((p) => p.text)).toEqual([expected[lang].before]);
      expect(after!.filter((p) => p.moved).map((p) => p.text)).toEqual([expected[lang].after]);
      // The same words around the moved number: read as one sentence, the old number beside the new.
      const {merged} = overview!.claims[0]!;
      expect(sentence(merged)).toBe(sentence(after));
      expect(merged!.filter((p) => p.moved).map((p) => [p.text, p.was])).toEqual([
        [expected[lang].after, expected[lang].before]
      ]);
      for (const s of [sentence(before), sentence(after)]) {
        expect(s).not.toMatch(/\b[A-Za-z]+ = [\w.]+/);
        expect(s).not.toMatch(/\d[.,]\d{5,}/);
      }
      // The first published set says so and lists nothing; below a later update, it is history and promises nothing.
      expect(first!.summary).toMatch(lang === "en" ? /^This was the first published set/ : /^C’était le premier jeu/);
      expect(first!.summary).not.toMatch(/Later updates|prochaines mises à jour/);
      expect(first!.analyses).toEqual([]);
      expect(first!.figuresOnly).toEqual([]);

      const unchanged = updateModels(lang, {
        changesVersion: 1,
        updates: [
          {
            ...moved.updates[0]!,
            // The same data analysed anew: the entry says so, and promises no before and after it does not show.
            previousDataAsOf: "2018-12-20",
            dataChanged: false,
            analyses: [
              {
                name: "overview",
                page: "overview",
                status: "changed",
                claims: [{id, headline: true, before: state(values), after: state(unseen)}]
              }
            ]
          }
        ]
      });
      expect(unchanged[0]!.analyses).toEqual([]);
      expect(unchanged[0]!.figuresOnly.map((a) => a.name)).toEqual(["overview"]);
      expect(unchanged[0]!.title).toMatch(
        lang === "en"
          ? /^Update of .*: same data, analyses revised$/
          : /^Mise à jour du .* mêmes données, analyses revues$/
      );
      expect(unchanged[0]!.summary).toMatch(
        lang === "en" ? /^The data did not change: it still runs to / : /^Les données n’ont pas changé/
      );
      expect(unchanged[0]!.summary).not.toMatch(/analyses changed; the data is still|ont changé ; les données vont/);
      expect(unchanged[0]!.figuresLabel).toMatch(lang === "en" ? /^No statement reads differently/ : /^Aucune/);
      // New data (a later date): a data update, whose figures-only list comes "also" after the moved statements.
      expect(update!.title).toMatch(
        lang === "en" ? /^Update of .*: new data$/ : /^Mise à jour du .* nouvelles données$/
      );
      // One title style for every kind of update: "Update of <date>: <what changed>".
      expect(first!.title).toMatch(lang === "en" ? /^Update of .*: first published set$/ : /^Mise à jour du .*premier/);
      expect(update!.figuresLabel).toMatch(lang === "en" ? /^Figures also updated/ : /^Chiffres aussi/);

      const feed = atomFeed(lang, updateModels(lang, moved), new URL("https://kitchen.example"), "2026-01-01");
      expect(await atomSchemaErrors(feed)).toEqual([]);
      expect(atomProblems(feed)).toEqual([]);
      expect(feed.match(/<entry>/g)?.length).toBe(moved.updates.length);
      expect(feed).toContain("<updated>2026-02-01T00:00:00.000Z</updated>");
      expect(feed).toContain(
        `<strong>${expected[lang].after}</strong> (${lang === "en" ? "previously" : "auparavant"}\u00a0${expected[lang].before})`
      );
      expect(feed).toContain(lang === "en" ? "Now: " : "Maintenant\u202f: ");
      expect(feed).not.toContain(lang === "en" ? "Before: " : "Avant\u202f: ");
      expect(feed).not.toMatch(/\b[A-Za-z]+ = \d/);
      expect(feed).not.toMatch(/\d\.\d{5,}/);
    }
  });

  it("list an update's analyses in the order the site reads them, pages as the navigation has them", async () => {
    const {updateModels} = await import("../../site/src/lib/changes.js");
    const {listAnalyses} = await import("../../site/src/lib/snapshots.js");
    const {orderAnalyses, PAGES} = await import("../../site/src/lib/routes.js");
    const published = listAnalyses();
    // The manifest's order is by name: the ratings page's analyses before the trends page's.
    const byName = [...published].sort((a, b) => a.name.localeCompare(b.name));
    const log: ChangeLog = {
      changesVersion: 1,
      updates: [
        {
          ...sameDataLog({name: "a_gone_analysis", page: "trends", status: "removed", claims: []}).updates[0]!,
          analyses: [
            {name: "a_gone_analysis", page: "trends", status: "removed", claims: []},
            ...byName.map((a) => ({name: a.name, page: a.page, status: "added" as const, claims: []}))
          ]
        }
      ]
    };
    const expected = PAGES.flatMap((p) =>
      orderAnalyses(
        p.key,
        published.filter((a) => a.page === p.key).map((a) => a.name)
      )
    );
    const [update] = updateModels("en", log);
    expect(update!.analyses.map((a) => a.name)).toEqual([...expected, "a_gone_analysis"]);
    expect(update!.analyses.map((a) => a.status)).toEqual([...expected.map(() => "new"), "removed"]);
  });

  it("show a statement re-keyed with the same values as reworded, never as one that no longer holds", async () => {
    const {updateModels} = await import("../../site/src/lib/changes.js");
    // Archived before claims carried their count: the old sentence must still take the count's "one" variant.
    const values = {passing: 1, tested: 125, distinct: 15110, moreAtWeekend: 0, moreOnWeekdays: 1, minMeanShare: 0.01};
    const log = sameDataLog({
      name: "weekend_ingredients",
      page: "weekend",
      status: "changed",
      figuresChanged: false,
      claims: [
        {
          id: "passing.weekday",
          headline: true,
          before: null,
          after: {values: {...values, count: 1}, en: null, fr: null}
        },
        {id: "passing.some", headline: true, before: {values, en: null, fr: null}, after: null}
      ]
    });
    for (const lang of ["en", "fr"] as const) {
      const [update] = updateModels(lang, log);
      const claims = update!.analyses[0]!.claims;
      expect(claims).toHaveLength(1);
      const [claim] = claims;
      expect(claim!.reworded).toBe(true);
      const sentence = (parts: typeof claim.before) => parts!.map((p) => p.text).join("");
      expect(sentence(claim!.before)).toMatch(
        lang === "en"
          ? /^1 of the 125 .* appears more often on weekdays or/
          : /^Sur les 125 .*, 1 apparaît plus souvent en semaine ou/
      );
      expect(sentence(claim!.after)).toMatch(
        lang === "en" ? /appears more often on weekdays, and none/ : /apparaît plus souvent en semaine, et aucun/
      );
      expect([...claim!.before!, ...claim!.after!].some((p) => p.moved)).toBe(false);
      expect(update!.title).toMatch(
        lang === "en" ? /: same data, wording revised$/ : /: mêmes données, formulation revue$/
      );
      expect(update!.summary).toMatch(lang === "en" ? /every finding is as before/ : /chaque résultat reste le même/);
    }
    // The same words with a figure (a table, a chart) changed, or an older log that did not record it: the analyses
    // were revised, never "wording revised".
    for (const figuresChanged of [true, undefined]) {
      const figures = structuredClone(log);
      figures.updates[0]!.analyses[0]!.figuresChanged = figuresChanged;
      expect(updateModels("en", figures)[0]!.title).toMatch(/: same data, analyses revised$/);
    }
    // Two counts that differ are two findings, even when every other value agrees.
    const recount = structuredClone(log);
    recount.updates[0]!.analyses[0]!.claims[1]!.before!.values.count = 2;
    expect(updateModels("en", recount)[0]!.analyses[0]!.claims.map((c) => c.reworded ?? false)).toEqual([false, false]);
    // A re-keyed claim whose values moved is a changed finding: the old one no longer holds, the new one is new.
    const moved = structuredClone(log);
    moved.updates[0]!.analyses[0]!.claims[0]!.after!.values.passing = 2;
    const [update] = updateModels("en", moved);
    expect(update!.analyses[0]!.claims.map((c) => c.reworded ?? false)).toEqual([false, false]);
    expect(update!.title).toMatch(/: same data, analyses revised$/);
    // A re-keyed claim that gained a value says something new (the largest rise become "among the largest, with 2
    // others inside its interval"), even with every old value kept.
    const gained = structuredClone(log);
    gained.updates[0]!.analyses[0]!.claims[0]!.after!.values.others = 2;
    expect(updateModels("en", gained)[0]!.analyses[0]!.claims.map((c) => c.reworded ?? false)).toEqual([false, false]);
  });

  it("show a statement whose old sentence cannot be rebuilt by its new one, never among those that read the same", async () => {
    const {updateModels} = await import("../../site/src/lib/changes.js");
    // The seasonal stars claim before it named the one- and two-star shares: its template now needs lowOne and lowTwo.
    const before = {fiveSeason: "Summer", fiveShare: 0.772, lowSeason: "Winter", lowShare: 0.0265, topStars: 5};
    const after = {...before, lowStarsMax: 2, lowOne: 0.0125, lowTwo: 0.0139};
    const log = sameDataLog({
      name: "ratings_seasonal",
      page: "ratings",
      status: "changed",
      claims: [
        {
          id: "stars.extremes",
          headline: false,
          before: {values: before, en: null, fr: null},
          after: {values: after, en: null, fr: null}
        }
      ]
    });
    for (const lang of ["en", "fr"] as const) {
      const [update] = updateModels(lang, log);
      expect(update!.figuresOnly).toEqual([]);
      // Listed once, under the sentence that says why it stands alone, not among the statements compared.
      expect(update!.analyses).toEqual([]);
      expect(update!.unrecorded.map((a) => a.name)).toEqual(["ratings_seasonal"]);
      const [claim] = update!.unrecorded[0]!.claims;
      expect(claim).toMatchObject({before: undefined, beforeUnavailable: true});
      expect(claim!.after!.map((p) => p.text).join("")).toMatch(
        lang === "en" ? /1\.3%.*1\.4%/ : /1,3\u00a0%.*1,4\u00a0%/
      );
      expect(update!.unrecordedLabel).toMatch(
        lang === "en"
          ? /^One statement now quotes figures .* it now reads:$/
          : /^Une affirmation cite .* maintenant\u202f:$/
      );
      expect(update!.figuresLabel).not.toMatch(/^No statement reads differently|^Aucune/);
    }
  });

  it("say once per update why statements stand alone, with their count, above only their new sentences", async () => {
    const {updateModels} = await import("../../site/src/lib/changes.js");
    const {atomFeed} = await import("../../site/src/lib/feed.js");
    const {loadText} = await import("../../site/src/lib/snapshots.js");
    const {renderClaim} = await import("../../pipeline/narrative.js");
    const {typeset} = await import("../../site/src/i18n/locale.js");
    type Values = Record<string, number | string>;
    const {narrative} = JSON.parse(await readFile(path.join(process.env.SNAPSHOT_DIR!, "overview.json"), "utf8")) as {
      narrative: {headline: {id: string; values: Values}; claims: {id: string; values: Values}[]};
    };
    const state = (values: Values) => ({values, en: null, fr: null});
    const stored = {en: "A statement with no template: 2.", fr: "Une affirmation sans modèle : 2."};
    // An older set that did not record the last value of each claim, a value most of their templates now quote; the
    // headline's figures moved, so the update also compares one statement.
    const lastKey = (values: Values) => Object.keys(values).at(-1)!;
    const withoutLast = (values: Values) => Object.fromEntries(Object.entries(values).slice(0, -1));
    const headline = narrative.headline;
    const log = sameDataLog({
      name: "overview",
      page: "overview",
      status: "changed",
      claims: [
        {
          id: headline.id,
          headline: true,
          before: state({...headline.values, recipes: 12345}),
          after: state(headline.values)
        },
        ...narrative.claims.map((c) => ({
          id: c.id,
          headline: false,
          before: state(withoutLast(c.values)),
          after: state(c.values)
        })),
        // A claim whose template is gone: the sentences the pipeline stored, the old one never written.
        {id: "retired.claim", headline: false, before: state({x: 1}), after: {values: {x: 2}, ...stored}}
      ]
    });
    const text = loadText("overview");
    // The statements whose template quotes the value the older set lacked, read from the templates themselves.
    const alone = narrative.claims.filter((c) => text.en[c.id]?.includes(`{${lastKey(c.values)}`));
    expect(alone.length).toBeGreaterThan(1);
    for (const lang of ["en", "fr"] as const) {
      const [update] = updateModels(lang, log);
      // The compared statement keeps its before and after; an updated analysis carries no "(updated)" beside it.
      expect(update!.analyses.map((a) => [a.name, a.status, a.claims.length])).toEqual([["overview", undefined, 1]]);
      expect(update!.analyses[0]!.claims[0]!.before).toBeDefined();
      // The others: their sentences as the analysis page words them, in its order, no earlier sentence beside them.
      expect(update!.unrecorded).toHaveLength(1);
      const {claims} = update!.unrecorded[0]!;
      expect(claims.map((c) => c.after!.map((p) => p.text).join(""))).toEqual([
        ...alone.map((c) => typeset(renderClaim(text, c, lang), lang)),
        typeset(stored[lang], lang)
      ]);
      expect(claims.every((c) => c.before === undefined && c.after!.every((p) => !p.moved))).toBe(true);
      // Said once, with the count: "5 statements now quote figures …", « 5 affirmations citent désormais … ».
      const count = alone.length + 1;
      expect(update!.unrecordedLabel).toMatch(
        lang === "en"
          ? new RegExp(`^${count} statements now quote figures the site did not record before this update`)
          : new RegExp(`^${count} affirmations citent désormais des chiffres`)
      );
      expect(update!.unrecordedLabel).toMatch(lang === "en" ? /they now read:$/ : /maintenant\u202f:$/);

      // The feed reads the same: the sentence once, then the new sentences, each once and with no "Before".
      const feed = atomFeed(lang, [update!], new URL("https://kitchen.example"), "2026-01-01");
      expect(await atomSchemaErrors(feed)).toEqual([]);
      expect(feed.split(update!.unrecordedLabel)).toHaveLength(2);
      expect(feed.match(lang === "en" ? /\(previously\u00a0/g : /\(auparavant\u00a0/g)).toHaveLength(1);
      expect(feed).not.toMatch(/not shown|non affichée/);
    }
  });
});
