/**
 * What changed between the previously published snapshot set and the new one: `changes.json`, written into the new
 * set before it is published. It carries the log forward from the previous set and puts a new update in front when
 * analyses were added, removed or changed, with, for every claim whose figures moved, its old and new values and
 * sentences in English and French. A build that changed nothing keeps the log as it was.
 *
 * Where the previous set comes from:
 *   - by default, the published snapshot directory itself (SNAPSHOT_DIR), read before the new set replaces it;
 *   - with PREVIOUS_SITE_URL (CD: the URL of the environment being deployed), the deployed site's own copies at
 *     `<url>/data/manifest.json`, `<url>/data/changes.json` and `<url>/data/<name>.json`: the image is built in a
 *     fresh container with no previous snapshots, and the deployed site is the set readers last saw.
 * No previous set (a first build, or a site answering 404 for its manifest) makes a first update that lists every
 * analysis as added.
 */
import {readFile} from "node:fs/promises";
import path from "node:path";
import {pathToFileURL} from "node:url";

import type {AnalysisChange, ChangeLog, ClaimChange, Update} from "./changes.schema.js";
import {CHANGES_FILE, CHANGES_VERSION, changeLogSchema} from "./changes.schema.js";
import {describeCause, SourceError} from "./errors.js";
import type {Logger} from "./log.js";
import type {Manifest} from "./manifest.js";
import {MANIFEST_FILE, manifestSchema} from "./manifest.js";
import type {Claim, Locale, TextModule} from "./narrative.js";
import {LOCALES, renderClaim} from "./narrative.js";
import {narrativeSchema} from "./narrative.schema.js";
import {serializeSnapshot} from "./serialize.js";
import {writeStagedFile} from "./snapshotSet.js";

/** A published snapshot set, read file by file. */
export interface SnapshotSetReader {
  description: string;
  /** A file of the set parsed as JSON; undefined when the set has no such file. */
  json(file: string): Promise<unknown>;
}

/** The set in a directory (the published SNAPSHOT_DIR, or a staged one). */
export function directoryReader(dir: string): SnapshotSetReader {
  return {
    description: `the snapshot directory ${dir}`,
    json: async (file) => {
      let text: string;
      try {
        text = await readFile(path.join(dir, file), "utf8");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw error;
      }
      return JSON.parse(text) as unknown;
    }
  };
}

/** Time allowed for each request to the deployed site. */
const SITE_TIMEOUT_MS = 15_000;

/** The set a deployed site serves under `<url>/data/` (site/src/pages/data/). */
export function siteReader(url: string, fetchImpl: typeof fetch = fetch): SnapshotSetReader {
  const base = url.endsWith("/") ? url : `${url}/`;
  return {
    description: `the deployed site ${base}`,
    json: async (file) => {
      const target = new URL(`data/${file}`, base).href;
      let response: Response;
      try {
        response = await fetchImpl(target, {signal: AbortSignal.timeout(SITE_TIMEOUT_MS), redirect: "follow"});
      } catch (error) {
        throw new SourceError(
          `The previously published set could not be read from ${target} (${describeCause(error).split("\n")[0]}).`,
          target,
          {
            cause: error,
            hint: "Check PREVIOUS_SITE_URL (the deployed site's URL); unset it to compare with SNAPSHOT_DIR instead."
          }
        );
      }
      if (response.status === 404) return undefined;
      if (!response.ok) {
        throw new SourceError(`The previously published set answered HTTP ${response.status} for ${target}.`, target, {
          hint: "Check that PREVIOUS_SITE_URL is the deployed site and that it is up; unset it for a first build."
        });
      }
      return (await response.json()) as unknown;
    }
  };
}

/** The previous set the configuration names: PREVIOUS_SITE_URL when set, else the published directory. */
export function previousSetReader(env: Record<string, string | undefined>, snapshotDir: string): SnapshotSetReader {
  const url = env.PREVIOUS_SITE_URL?.trim();
  return url ? siteReader(url) : directoryReader(snapshotDir);
}

interface ClaimState {
  claim: Claim;
  headline: boolean;
}

/** The headline and claims of a snapshot, by id; empty when it has no narrative. */
function claimsOf(snapshot: unknown): Map<string, ClaimState> {
  const out = new Map<string, ClaimState>();
  const parsed = narrativeSchema.safeParse((snapshot as {narrative?: unknown} | undefined)?.narrative);
  if (!parsed.success) return out;
  out.set(parsed.data.headline.id, {claim: parsed.data.headline, headline: true});
  for (const c of parsed.data.claims) if (!out.has(c.id)) out.set(c.id, {claim: c, headline: false});
  return out;
}

async function loadTextModule(root: string, page: string, name: string): Promise<TextModule | undefined> {
  const file = path.join(root, "queries", page, `${name}.text.ts`);
  try {
    return ((await import(pathToFileURL(file).href)) as {text?: TextModule}).text;
  } catch {
    return undefined;
  }
}

function sentence(text: TextModule | undefined, c: Claim, locale: Locale): string | null {
  if (!text) return null;
  try {
    return renderClaim(text, c, locale);
  } catch {
    // A claim of an older set whose template is gone: its values still say what changed.
    return null;
  }
}

function stateOf(text: TextModule | undefined, c: Claim): NonNullable<ClaimChange["before"]> {
  const [en, fr] = LOCALES.map((locale) => sentence(text, c, locale)) as [string | null, string | null];
  return {values: c.values, en, fr};
}

/** Claims whose values differ between two snapshots of an analysis, headline first, in the new set's order. */
export function claimChanges(before: unknown, after: unknown, text: TextModule | undefined): ClaimChange[] {
  const old = claimsOf(before);
  const now = claimsOf(after);
  const changes: ClaimChange[] = [];
  for (const [id, state] of now) {
    const previous = old.get(id);
    if (previous && JSON.stringify(previous.claim.values) === JSON.stringify(state.claim.values)) continue;
    const before = previous ? stateOf(text, previous.claim) : null;
    const after = stateOf(text, state.claim);
    // Values that moved below the precision the sentence shows change nothing a reader sees.
    if (before && before.en !== null && before.en === after.en && before.fr === after.fr) continue;
    changes.push({id, headline: state.headline, before, after});
  }
  for (const [id, state] of old) {
    if (!now.has(id)) changes.push({id, headline: state.headline, before: stateOf(text, state.claim), after: null});
  }
  return changes;
}

/** Whether two snapshots are equal once their narratives are set aside; an unreadable one is never equal. */
function sameOutsideNarrative(a: unknown, b: unknown): boolean {
  const rest = (s: unknown) =>
    s !== null && typeof s === "object"
      ? JSON.stringify({...(s as Record<string, unknown>), narrative: null})
      : undefined;
  const [ra, rb] = [rest(a), rest(b)];
  return ra !== undefined && ra === rb;
}

/** The input files of a set, by name and ETag: equal keys mean the same data. */
function sourceKey(manifest: Manifest): string {
  return manifest.source.objects
    .map((o) => `${o.name}\u0000${o.etag}`)
    .sort()
    .join("\n");
}

function parseManifest(value: unknown): Manifest | undefined {
  const parsed = manifestSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export interface ChangeLogInput {
  root: string;
  /** The previously published set. */
  previous: SnapshotSetReader;
  /** The new set, staged. */
  next: SnapshotSetReader;
  manifest: Manifest;
  logger: Logger;
}

/** The change log of the new set: the previous set's log, with a new update in front when something changed. */
export async function buildChangeLog(input: ChangeLogInput): Promise<ChangeLog> {
  const {previous, next, manifest, root, logger} = input;
  const previousManifest = parseManifest(await previous.json(MANIFEST_FILE));
  const previousLog = changeLogSchema.safeParse(previousManifest ? await previous.json(CHANGES_FILE) : undefined);
  if (previousManifest && !previousLog.success)
    logger.warn(
      `${previous.description} has no readable ${CHANGES_FILE}: the change log starts again from this build.`
    );
  const updates = previousLog.success ? previousLog.data.updates : [];

  const analyses: AnalysisChange[] = [];
  for (const [name, entry] of Object.entries(manifest.analyses)) {
    const before = previousManifest?.analyses[name];
    if (!before) {
      analyses.push({name, page: entry.page, status: "added", claims: []});
      continue;
    }
    if (before.sha256 === entry.sha256) continue;
    const text = await loadTextModule(root, entry.page, name);
    const [old, now] = [await previous.json(before.file), await next.json(entry.file)];
    const claims = claimChanges(old, now, text);
    // "What's new" says "wording revised" only when nothing but the narrative moved.
    analyses.push({name, page: entry.page, status: "changed", figuresChanged: !sameOutsideNarrative(old, now), claims});
  }
  for (const [name, before] of Object.entries(previousManifest?.analyses ?? {})) {
    if (!manifest.analyses[name]) analyses.push({name, page: before.page, status: "removed", claims: []});
  }

  if (analyses.length === 0) return {changesVersion: CHANGES_VERSION, updates};
  const update: Update = {
    id: manifest.builtAt,
    builtAt: manifest.builtAt,
    dataAsOf: manifest.dataAsOf,
    previousDataAsOf: previousManifest?.dataAsOf ?? null,
    // Whether new input files came in: the same as-of date does not say (new files can end on the same day), and
    // "What's new" must say whether the data or only the way it is analysed changed.
    ...(previousManifest ? {dataChanged: sourceKey(previousManifest) !== sourceKey(manifest)} : {}),
    commit: manifest.gitCommit,
    analyses
  };
  return {changesVersion: CHANGES_VERSION, updates: [update, ...updates.filter((u) => u.id !== update.id)]};
}

/**
 * The build's hook: compares the staged set with the previous one and writes `changes.json` into the staged set,
 * so that it is published with it (or discarded with it).
 */
export async function writeChangeLog(input: Omit<ChangeLogInput, "next"> & {staged: string}): Promise<ChangeLog> {
  const log = await buildChangeLog({...input, next: directoryReader(input.staged)});
  const checked = changeLogSchema.parse(log);
  await writeStagedFile(input.staged, CHANGES_FILE, serializeSnapshot(checked));
  const latest = checked.updates[0];
  input.logger.info(
    latest && latest.id === input.manifest.builtAt
      ? `changes → ${latest.analyses.length} analyses changed since ${input.previous.description}`
      : `changes → nothing changed since ${input.previous.description}`
  );
  return checked;
}
