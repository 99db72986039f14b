/**
 * What every page's footer says about where its figures come from: the data's as-of date, when and from which
 * commit the site was built, what the data is (generated or read), the source objects and their ETags, the
 * environment and the version.
 */
import {readFileSync} from "node:fs";
import path from "node:path";

import type {Lang} from "../i18n/index.js";
import {formatDate, LOCALE_TAG, t} from "../i18n/index.js";
import type {DataProvenance, Manifest} from "../../../pipeline/manifest.js";
import {shortCommit} from "./commit.js";

export type Environment = "local" | "preprod" | "prod";

export interface Provenance {
  dataAsOf: string;
  /** ISO time of the site build (SOURCE_DATE_EPOCH when set, for reproducible builds). */
  builtAt: string;
  commit: string;
  shortCommit: string;
  environment: Environment;
  version: string;
  /** Base names and content hashes only: where the build machine read them from is not the reader's business. */
  sources: Array<{name: string; etag: string}>;
  /** What the data is: generated (every page then says so), local files or S3 objects. */
  data: DataProvenance;
}

/** The environment badge: APP_ENV at site build time, else the one the snapshots were built in. */
export function environmentOf(appEnv: string | undefined, manifest: Manifest): Environment {
  const value = (appEnv ?? "").trim().toLowerCase();
  if (value === "local" || value === "preprod" || value === "prod") return value;
  return manifest.environment;
}

/**
 * The commit the site is built from: GIT_COMMIT or GITHUB_SHA (the image build and CI pass them), else the one the
 * manifest records for the snapshots. Read, never asked of git: the site build spawns no process.
 */
export function commitOf(env: Record<string, string | undefined>, manifest: Manifest): string {
  return env.GIT_COMMIT || env.GITHUB_SHA || manifest.gitCommit;
}

function packageVersion(root: string, fallback: string): string {
  try {
    return (
      (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {version?: string}).version ?? fallback
    );
  } catch {
    return fallback;
  }
}

let memo: Provenance | undefined;

/** Provenance of this build, computed once. */
export function provenance(manifest: Manifest, env: Record<string, string | undefined> = process.env): Provenance {
  if (memo) return memo;
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const builtAt = (Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date()).toISOString();
  const commit = commitOf(env, manifest);
  memo = {
    dataAsOf: manifest.dataAsOf,
    builtAt,
    commit,
    shortCommit: shortCommit(commit),
    environment: environmentOf(env.APP_ENV, manifest),
    version: packageVersion(process.cwd(), manifest.version),
    sources: manifest.source.objects.map((o) => ({name: o.name, etag: o.etag})),
    data: manifest.provenance
  };
  return memo;
}

/** "seed 20191103, scale 1" values of the generated data, formatted for the language (no thousands separator in a seed). */
export function generatedValues(
  data: Extract<DataProvenance, {kind: "generated"}>,
  lang: Lang
): {seed: string; scale: string} {
  return {
    seed: String(data.seed),
    scale: new Intl.NumberFormat(LOCALE_TAG[lang], {maximumSignificantDigits: 6}).format(data.scale)
  };
}

/**
 * The source line under a figure wherever it travels (downloaded images and data, embeds): it names generated data
 * as generated, so a chart lifted from the site never passes for a fact about Food.com.
 */
export function sourceLine(lang: Lang, data: DataProvenance, dataAsOf: string): string {
  const source =
    data.kind === "generated" ? t(lang, "source.generated", generatedValues(data, lang)) : t(lang, "source.read");
  return t(lang, "figure.source", {source, date: formatDate(dataAsOf, lang)});
}
