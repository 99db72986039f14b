/**
 * The change log of the snapshot set (`changes.json`, written by pipeline/changes.ts) as the "What's new" pages and
 * the Atom feeds show it, in one language. A set built before the change log existed has no file: the log is then
 * empty, and the pages say so.
 */
import {existsSync, readFileSync} from "node:fs";
import path from "node:path";

import type {ChangeLog} from "../../../pipeline/changes.schema.js";
import {CHANGES_FILE, changeLogSchema} from "../../../pipeline/changes.schema.js";
import type {Lang} from "../i18n/index.js";
import {formatDate} from "../i18n/index.js";
import {ts} from "../i18n/share.js";
import {analysisText} from "./analysis.js";
import {analysisPath} from "./figureRoutes.js";
import type {PageKey} from "./routes.js";
import {PAGES} from "./routes.js";
import {listAnalyses, snapshotDir, validate} from "./snapshots.js";

/** The change log of the set, validated; empty when the set has none. */
export function loadChangeLog(dir = snapshotDir()): ChangeLog {
  const file = path.join(dir, CHANGES_FILE);
  if (!existsSync(file)) return {changesVersion: 1, updates: []};
  return validate(changeLogSchema, JSON.parse(readFileSync(file, "utf8")), file, "pipeline/changes.schema.ts");
}

export interface ClaimChangeModel {
  before: string | undefined;
  after: string | undefined;
}

export interface AnalysisChangeModel {
  name: string;
  title: string;
  /** Root-relative link to the analysis' section; undefined when it is no longer published. */
  href: string | undefined;
  status: string;
  claims: ClaimChangeModel[];
}

export interface UpdateModel {
  id: string;
  /** DOM id and URL fragment of the update on the "What's new" page. */
  anchor: string;
  builtAt: string;
  title: string;
  summary: string;
  analyses: AnalysisChangeModel[];
}

/** Root-relative URL of the "What's new" page: `/changes/`, `/fr/changes/`. */
export function changesPath(lang: Lang): string {
  return lang === "en" ? "/changes/" : `/${lang}/changes/`;
}

/** Root-relative URL of the Atom feed: `/changes/feed.xml`, `/fr/changes/feed.xml`. */
export function feedPath(lang: Lang): string {
  return `${changesPath(lang)}feed.xml`;
}

function isPageKey(page: string): page is PageKey {
  return PAGES.some((p) => p.key === page);
}

/** A value written as the sentence a claim would have, when its sentence is not available (a removed template). */
function valuesText(values: Record<string, unknown>): string {
  return Object.entries(values)
    .map(([k, v]) => `${k} = ${String(v)}`)
    .join(", ");
}

/** Every update of the log as the reader sees it in `lang`, newest first. */
export function updateModels(lang: Lang, log: ChangeLog = loadChangeLog()): UpdateModel[] {
  const published = new Set(listAnalyses().map((a) => a.name));
  return log.updates.map((u) => {
    const date = (iso: string) => formatDate(iso, lang);
    const count = u.analyses.length;
    const one = count === 1;
    const asOf = date(u.dataAsOf);
    const summary =
      u.previousDataAsOf === null
        ? ts(lang, one ? "changes.firstOne" : "changes.first", {count, asOf})
        : u.previousDataAsOf === u.dataAsOf
          ? ts(lang, one ? "changes.summarySameOne" : "changes.summarySame", {count, asOf})
          : ts(lang, one ? "changes.summaryOne" : "changes.summary", {count, asOf, previous: date(u.previousDataAsOf)});
    return {
      id: u.id,
      anchor: `update-${u.id.replace(/[^0-9A-Za-z]/g, "")}`,
      builtAt: u.builtAt,
      title: ts(lang, "changes.update", {date: formatDate(u.builtAt, lang, true)}),
      summary,
      analyses: u.analyses.map((a) => {
        const live = published.has(a.name) && isPageKey(a.page);
        return {
          name: a.name,
          title: live ? analysisText(a.name, lang, "title") : a.name,
          href: live ? analysisPath(lang, a.page as PageKey, a.name) : undefined,
          status: ts(lang, `changes.${a.status}`),
          claims: a.claims.map((c) => ({
            before: c.before ? (c.before[lang] ?? valuesText(c.before.values)) : undefined,
            after: c.after ? (c.after[lang] ?? valuesText(c.after.values)) : undefined
          }))
        };
      })
    };
  });
}
