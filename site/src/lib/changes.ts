/**
 * The change log of the snapshot set (`changes.json`, written by pipeline/changes.ts) as the "What's new" pages and
 * the Atom feeds show it, in one language. A set built before the change log existed has no file: the log is then
 * empty, and the pages say so.
 */
import {existsSync, readFileSync} from "node:fs";
import path from "node:path";

import type {ChangeLog, ClaimChange} from "../../../pipeline/changes.schema.js";
import {CHANGES_FILE, changeLogSchema} from "../../../pipeline/changes.schema.js";
import type {TextModule} from "../../../pipeline/narrative.js";
import type {Lang} from "../i18n/index.js";
import {formatDate} from "../i18n/index.js";
import {typeset} from "../i18n/locale.js";
import type {ShareKey} from "../i18n/share.js";
import {ts} from "../i18n/share.js";
import {analysisText} from "./analysis.js";
import {CATALOGUE} from "./catalogue.js";
import type {ClaimDiff, SentencePart} from "./claimDiff.js";
import {claimDiff} from "./claimDiff.js";
import {analysisPath} from "./figureRoutes.js";
import type {PageKey} from "./routes.js";
import {PAGES} from "./routes.js";
import {findText, listAnalyses, snapshotDir, validate} from "./snapshots.js";

/** The change log of the set, validated; empty when the set has none. */
export function loadChangeLog(dir = snapshotDir()): ChangeLog {
  const file = path.join(dir, CHANGES_FILE);
  if (!existsSync(file)) return {changesVersion: 1, updates: []};
  return validate(changeLogSchema, JSON.parse(readFileSync(file, "utf8")), file, "pipeline/changes.schema.ts");
}

/**
 * A moved claim: its old and new sentences, the values that moved marked (see ClaimDiff). `reworded` marks a
 * statement that only reads differently: the same analysis answers the same question with the same values under
 * another of its claims (a count that became "none at the weekend"), so the finding did not change.
 */
export type ClaimChangeModel = ClaimDiff & {reworded?: boolean};

type ClaimState = ClaimChange["before"];

export interface AnalysisChangeModel {
  name: string;
  title: string;
  /** Root-relative link to the analysis' section; undefined when it is no longer published. */
  href: string | undefined;
  /**
   * "new" or "removed" beside the title; undefined for an updated analysis, which is what an entry lists unless it
   * says otherwise (printed beside every title, "updated" was one more word read two dozen times).
   */
  status: string | undefined;
  claims: ClaimChangeModel[];
}

export interface UpdateModel {
  id: string;
  /** DOM id and URL fragment of the update on the "What's new" page. */
  anchor: string;
  builtAt: string;
  title: string;
  summary: string;
  /** Whether this is the first published set: nothing to compare with, so nothing is listed. */
  first: boolean;
  /** Analyses added or removed, and updated ones whose statements read differently. */
  analyses: AnalysisChangeModel[];
  /**
   * Updated analyses with statements that now quote figures the previous set did not record, each with only those
   * statements, as they now read: no earlier sentence can be set beside them, and saying so once per update, above
   * them all, reads better than saying it beside each one.
   */
  unrecorded: AnalysisChangeModel[];
  /** The sentence before the unrecorded list, which counts its statements; empty when there are none. */
  unrecordedLabel: string;
  /** Updated analyses whose figures changed while every statement reads the same. */
  figuresOnly: AnalysisChangeModel[];
  /**
   * The words before the figures-only list: "also" beside statements that moved; when none did, a plain "no
   * statement reads differently", so the entry never promises a before and after it does not show.
   */
  figuresLabel: string;
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

/** A sentence the pipeline stored, as one unmarked run; undefined when it has none in `lang`. */
function stored(state: ClaimState | null, lang: Lang): SentencePart[] | undefined {
  const sentence = state?.[lang];
  return typeof sentence === "string" ? [{text: typeset(sentence, lang), moved: false}] : undefined;
}

/**
 * A claim change as the reader reads it in `lang`, rendered with the analysis' templates from the stored values;
 * when the templates cannot render it (an analysis or claim since removed), the sentences the pipeline stored.
 * Undefined when nothing a reader sees moved, or when there is no sentence to show.
 */
function claimModel(text: TextModule | undefined, c: ClaimChange, lang: Lang): ClaimChangeModel | undefined {
  const diff = claimDiff(text, c.id, c.before?.values ?? null, c.after?.values ?? null, lang);
  if (diff !== null) return diff;
  // The templates cannot render it: the sentences the pipeline stored, rendered already.
  const before = stored(c.before, lang);
  const after = stored(c.after, lang);
  // The statement reads differently now, though its old sentence cannot be shown: say so, rather than list the
  // analysis among those where no statement changed.
  if (c.before && !before && c.after && after) return {before: undefined, after, beforeUnavailable: true};
  if ((c.before && !before) || (c.after && !after)) return undefined;
  if (before && after && before[0]!.text === after[0]!.text) return undefined;
  return {before, after};
}

/** Every catalogued analysis in the site's reading order: its page's place in the navigation, then its place there. */
const READING_ORDER: readonly string[] = CATALOGUE.flatMap((p) => p.analyses.map((e) => e.name));

/**
 * The log's analyses (in the manifest's order, by name) in the order a reader meets them on the site; one no longer
 * catalogued keeps its place after them.
 */
function inReadingOrder<T extends {name: string}>(analyses: readonly T[]): T[] {
  const rank = (a: T) => {
    const i = READING_ORDER.indexOf(a.name);
    return i === -1 ? READING_ORDER.length : i;
  };
  return [...analyses].sort((a, b) => rank(a) - rank(b));
}

// Derived from the values they sit beside (which variant of a counted sentence to use), never a finding of their own.
const DERIVED = new Set(["count", "countOf"]);

/** The question a claim answers: its id without the last part, which names the answer (`passing.some` → `passing`). */
const question = (id: string): string => (id.includes(".") ? id.slice(0, id.lastIndexOf(".")) : id);

/**
 * Whether two claims' values say the same thing: every value they share is equal, and one's values are all shared. A
 * derived value is set aside only when one side lacks it (archived before claims carried it); two counts must agree.
 */
function sameFinding(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const kept = (k: string) => !DERIVED.has(k) || (k in a && k in b);
  const keysA = Object.keys(a).filter(kept);
  const keysB = Object.keys(b).filter(kept);
  const shared = keysA.filter((k) => keysB.includes(k));
  if (shared.length === 0 || shared.some((k) => a[k] !== b[k])) return false;
  // Both sides quote the same values: a claim that gained one (the largest rise become "among the largest, with 2
  // others inside its interval") says something new, however many of its values it kept.
  return shared.length === keysA.length && shared.length === keysB.length;
}

/**
 * The analysis' claim changes with each statement that only moved to another claim id of the same question, values
 * unchanged, joined into one change (old sentence, new sentence), so that a reworded finding never reads as one that
 * no longer holds beside a new one.
 */
function joinReworded(claims: readonly ClaimChange[]): {change: ClaimChange; oldId?: string}[] {
  const gone = claims.filter((c) => c.before && !c.after);
  const used = new Set<ClaimChange>();
  const partner = new Map<ClaimChange, ClaimChange>();
  for (const added of claims.filter((c) => c.after && !c.before)) {
    const old = gone.find(
      (g) => !used.has(g) && question(g.id) === question(added.id) && sameFinding(g.before!.values, added.after!.values)
    );
    if (!old) continue;
    used.add(old);
    partner.set(added, old);
  }
  return claims.flatMap((c): {change: ClaimChange; oldId?: string}[] => {
    if (used.has(c)) return [];
    const old = partner.get(c);
    return old ? [{change: {...c, before: old.before}, oldId: old.id}] : [{change: c}];
  });
}

/** A reworded statement: its old sentence rendered with its old claim's template, its new one with the new. */
function rewordedModel(
  text: TextModule | undefined,
  oldId: string,
  c: ClaimChange,
  lang: Lang
): ClaimChangeModel | undefined {
  const before = claimDiff(text, oldId, c.before!.values, null, lang);
  const after = claimDiff(text, c.id, null, c.after!.values, lang);
  const oldParts = before?.before ?? stored(c.before, lang);
  const newParts = after?.after ?? stored(c.after, lang);
  // "Reworded" over a new sentence alone would ask the reader to take the rewording on trust.
  if (!newParts || !oldParts) return undefined;
  const plain = (parts: SentencePart[] | undefined) => parts?.map((p) => ({text: p.text, moved: false}));
  const units = [...new Set([...(before?.units ?? []), ...(after?.units ?? [])])].sort();
  return {before: plain(oldParts), after: plain(newParts), units, reworded: true};
}

/** Every update of the log as the reader sees it in `lang`, newest first. */
export function updateModels(lang: Lang, log: ChangeLog = loadChangeLog()): UpdateModel[] {
  const published = new Set(listAnalyses().map((a) => a.name));
  return log.updates.map((u, index) => {
    const date = (iso: string) => formatDate(iso, lang);
    const count = u.analyses.length;
    const one = count === 1;
    const asOf = date(u.dataAsOf);
    // What changed, said plainly: new data (a later date, or new files ending on the same day), or the same data
    // analysed anew; an older log that did not record the files says both are possible.
    const sameDate = u.previousDataAsOf === u.dataAsOf;
    const kind =
      u.previousDataAsOf === null
        ? "first"
        : !sameDate
          ? "newDate"
          : u.dataChanged === false
            ? "sameData"
            : u.dataChanged === true
              ? "newFiles"
              : "unknown";
    const listed = inReadingOrder(u.analyses).map((a) => {
      const live = published.has(a.name) && isPageKey(a.page);
      const text = findText(a.page, a.name);
      const all = joinReworded(a.claims).flatMap(
        ({change, oldId}) =>
          (oldId !== undefined
            ? (rewordedModel(text, oldId, change, lang) ?? claimModel(text, change, lang))
            : claimModel(text, change, lang)) ?? []
      );
      const model: AnalysisChangeModel = {
        name: a.name,
        title: live ? analysisText(a.name, lang, "title") : a.name,
        href: live ? analysisPath(lang, a.page as PageKey, a.name) : undefined,
        status: a.status === "changed" ? undefined : ts(lang, `changes.${a.status}`),
        claims: all.filter((c) => !c.beforeUnavailable)
      };
      return {
        model,
        all,
        unrecorded: all.filter((c) => c.beforeUnavailable),
        figuresOnly: a.status === "changed" && all.length === 0,
        // An updated analysis whose every moved statement is unrecorded is listed among those alone.
        compared: a.status !== "changed" || model.claims.length > 0
      };
    });
    const unrecorded = listed.filter((a) => a.unrecorded.length > 0).map((a) => ({...a.model, claims: a.unrecorded}));
    const unrecordedCount = unrecorded.reduce((n, a) => n + a.claims.length, 0);
    // The same data where every statement that moved was only reworded, no analysis added or removed and no figure
    // changed: the words changed, not the analysis.
    const wordsOnly =
      kind === "sameData" &&
      listed.length > 0 &&
      listed.every((a) => a.all.length > 0 && a.all.every((c) => c.reworded)) &&
      // Recorded by the pipeline: an older log, which did not record it, is not said to have changed only words.
      u.analyses.every((a) => a.status === "changed" && a.figuresChanged === false);
    const summaryKey = (
      {
        first: "changes.first",
        newDate: "changes.summary",
        sameData: "changes.summarySame",
        newFiles: "changes.summaryFiles",
        unknown: "changes.summaryUnknown"
      } as const
    )[kind];
    // The first set, once later updates sit above it, is history: it no longer promises what later updates will list.
    const key = wordsOnly
      ? "changes.summaryWords"
      : kind === "first" && index > 0
        ? "changes.firstEarlier"
        : summaryKey;
    const summary = ts(lang, (one ? `${key}One` : key) as ShareKey, {
      count,
      asOf,
      previous: u.previousDataAsOf === null ? "" : date(u.previousDataAsOf)
    });
    // One title style, which says what changed: the data, the analyses on the same data, or only their wording.
    const titleKey = (
      {
        first: "changes.updateFirst",
        newDate: "changes.update",
        newFiles: "changes.update",
        sameData: wordsOnly ? "changes.updateWords" : "changes.updateSame",
        unknown: "changes.updateUnknown"
      } as const
    )[kind];
    const first = u.previousDataAsOf === null;
    return {
      id: u.id,
      anchor: `update-${u.id.replace(/[^0-9A-Za-z]/g, "")}`,
      builtAt: u.builtAt,
      title: ts(lang, titleKey, {date: formatDate(u.builtAt, lang, true)}),
      summary,
      first,
      analyses: first ? [] : listed.filter((a) => a.compared).map((a) => a.model),
      unrecorded: first ? [] : unrecorded,
      unrecordedLabel:
        first || unrecordedCount === 0
          ? ""
          : ts(lang, unrecordedCount === 1 ? "changes.unrecordedOne" : "changes.unrecorded", {count: unrecordedCount}),
      figuresOnly: first ? [] : listed.filter((a) => a.figuresOnly).map((a) => a.model),
      figuresLabel: ts(lang, listed.some((a) => !a.figuresOnly) ? "changes.figuresOnly" : "changes.figuresOnlyAll")
    };
  });
}
