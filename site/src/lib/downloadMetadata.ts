/**
 * The context every data download carries: title and description in both languages, each column's meaning (its
 * label and, where the snapshot's schema describes the field, that description), the kind of value it holds, the
 * source, the data's as-of date, the commit, the licence and how to cite it. Embedded in the JSON download and
 * written beside the CSV as a W3C CSV on the Web sidecar (`<file>.csv-metadata.json`), which CSVW-aware tools
 * find on their own.
 *
 * The licence is the build's SITE_LICENSE setting (e.g. "CC BY 4.0"); none is invented when it is unset: the
 * metadata and the images then say that no licence was declared.
 */
import type {Lang} from "../i18n/index.js";
import {LANGS, t} from "../i18n/index.js";
import {ts} from "../i18n/share.js";
import {citation} from "./citation.js";
import {figurePagePath} from "./figureRoutes.js";
import {generatedValues, sourceLine} from "./provenance.js";
import {siteContext} from "./site.js";
import {ANALYSES, isAnalysisName} from "./viewCatalogue.js";

/** The site's canonical URL, as astro.config.mjs reads it (endpoints that build files have no Astro.site). */
export function siteUrl(env: Record<string, string | undefined> = process.env): URL {
  return new URL(env.SITE_URL || "http://localhost:4321");
}

/** The licence declared for this build, or undefined (SITE_LICENSE unset). */
export function siteLicense(env: Record<string, string | undefined> = process.env): string | undefined {
  const value = env.SITE_LICENSE?.trim();
  return value ? value : undefined;
}

/** The licence line printed in downloaded images, in the reader's language. */
export function licenseLine(lang: Lang, license = siteLicense()): string {
  return license ? ts(lang, "download.license", {license}) : ts(lang, "download.licenseNone");
}

interface ZodLike {
  description?: string;
  _zod?: {def?: Record<string, unknown>};
}

/** Children of a zod 4 schema node, and whether they are the elements of an array (rows). */
function childrenOf(def: Record<string, unknown>): Array<[unknown, boolean]> {
  if (def.type === "object") return Object.values(def.shape as Record<string, unknown>).map((c) => [c, false]);
  if (def.type === "array") return [[def.element, true]];
  if (["optional", "nullable", "default", "readonly", "catch", "nonoptional"].includes(String(def.type)))
    return [[def.innerType, false]];
  if (def.type === "union") return (def.options as unknown[]).map((c) => [c, false]);
  if (def.type === "pipe")
    return [
      [def.in, false],
      [def.out, false]
    ];
  return [];
}

/** The description of a field schema, looking through wrappers (`count.optional().describe(...)`). */
function describedAs(schema: unknown, depth = 0): string | undefined {
  const node = schema as ZodLike | undefined;
  if (!node || depth > 6) return undefined;
  if (node.description) return node.description;
  const def = node._zod?.def;
  return def && def.type !== "object" && def.type !== "array"
    ? describedAs(def.innerType ?? def.in, depth + 1)
    : undefined;
}

/**
 * The description a snapshot's schema gives a field named `key` (the `.describe()` text written beside the SQL in
 * queries/<page>/<name>.schema.ts, units included). A figure's columns are fields of the rows, so a field inside
 * an array wins over one of the same name in the parameters; then the shallowest.
 */
export function fieldDescription(schema: unknown, key: string): string | undefined {
  let best: {text: string; rank: number} | undefined;
  const walk = (node: unknown, inArray: boolean, depth: number) => {
    const def = (node as ZodLike | undefined)?._zod?.def;
    if (!def || depth > 12) return;
    if (def.type === "object") {
      const text = describedAs((def.shape as Record<string, unknown>)[key]);
      const rank = (inArray ? 0 : 100) + depth;
      if (text && (!best || rank < best.rank)) best = {text, rank};
    }
    for (const [child, isElement] of childrenOf(def)) walk(child, inArray || isElement, depth + 1);
  };
  walk(schema, false, 0);
  return best?.text;
}

/** What kind of value a column's narrative format spec means, in words and as a CSVW datatype. */
export function valueKind(format: string | undefined, sample: unknown): {kind: string; datatype: string} {
  if (format === "year") return {kind: "calendar year", datatype: "integer"};
  if (format === "int") return {kind: "count or whole number", datatype: "integer"};
  if (format?.startsWith("pct"))
    return {kind: "share from 0 to 1 (shown on the site as a percentage)", datatype: "double"};
  if (format === "pp")
    return {kind: "difference of shares from 0 to 1 (shown as percentage points)", datatype: "double"};
  if (format === "p") return {kind: "p-value from 0 to 1", datatype: "double"};
  if (format?.startsWith("text:") || format === "label") return {kind: "category key", datatype: "string"};
  if (typeof sample === "number") return {kind: "number", datatype: "double"};
  if (typeof sample === "boolean") return {kind: "true or false", datatype: "boolean"};
  return {kind: "text", datatype: "string"};
}

export interface ColumnInput {
  key: string;
  /** The column's label in each language. */
  label: Record<Lang, string>;
  format: string | undefined;
  sample: unknown;
}

export interface FigureMetadataInput {
  analysis: string;
  page: string;
  figure: string;
  /** Caption and accessible description in each language. */
  title: Record<Lang, string>;
  description: Record<Lang, string>;
  columns: ColumnInput[];
  site: URL;
}

/** The metadata of a figure's data, as embedded in the JSON download. */
export function figureMetadata(input: FigureMetadataInput) {
  const {provenance: p} = siteContext();
  const schema: unknown = isAnalysisName(input.analysis) ? ANALYSES[input.analysis].schema : undefined;
  const license = siteLicense();
  return {
    title: input.title,
    description: input.description,
    source: Object.fromEntries(LANGS.map((lang) => [lang, sourceLine(lang, p.data, p.dataAsOf)])),
    dataAsOf: p.dataAsOf,
    commit: p.commit,
    license: license ?? null,
    page: Object.fromEntries(
      LANGS.map((lang) => [lang, new URL(figurePagePath(lang, input.analysis, input.figure), input.site).href])
    ),
    citation: Object.fromEntries(
      LANGS.map((lang) => [
        lang,
        citation({
          lang,
          siteName: t(lang, "site.name"),
          title: input.title[lang],
          url: new URL(figurePagePath(lang, input.analysis, input.figure), input.site).href,
          dataAsOf: p.dataAsOf,
          builtAt: p.builtAt,
          commit: p.commit,
          key: `${input.analysis}_${input.figure}`,
          ...(p.data.kind === "generated" ? {generated: generatedValues(p.data, lang)} : {})
        })
      ])
    ),
    columns: input.columns.map((c) => {
      const {kind, datatype} = valueKind(c.format, c.sample);
      return {key: c.key, label: c.label, description: fieldDescription(schema, c.key) ?? null, kind, datatype};
    })
  };
}

/** The CSVW sidecar of a figure's CSV (https://www.w3.org/TR/tabular-metadata/). */
export function csvwMetadata(csvName: string, meta: ReturnType<typeof figureMetadata>) {
  return {
    "@context": ["http://www.w3.org/ns/csvw", {"@language": "en"}],
    url: csvName,
    "dc:title": meta.title.en,
    "dc:description": meta.description.en,
    "dc:source": meta.source.en,
    "dc:license": meta.license ?? "No licence declared for this build.",
    "dc:created": meta.dataAsOf,
    "dc:identifier": meta.page.en,
    "dc:bibliographicCitation": meta.citation.en.apa,
    "prov:wasGeneratedBy": `commit ${meta.commit}`,
    tableSchema: {
      columns: meta.columns.map((c) => ({
        name: c.key,
        titles: [
          {"@value": c.label.en, "@language": "en"},
          {"@value": c.label.fr, "@language": "fr"}
        ],
        "dc:description": [c.description, c.kind].filter(Boolean).join(" — "),
        datatype: c.datatype
      }))
    }
  };
}
