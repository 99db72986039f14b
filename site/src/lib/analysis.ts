/**
 * The model of an analysis section in one language: texts rendered from the analysis' text module with the
 * snapshot's values, KPI tiles, and figures (SVG for wide and narrow screens, the data table, the download files).
 * Pages, the download endpoints and the data index all read it, so a figure's table, CSV, JSON and image always
 * show the same rows. A missing text key fails the build with the file and key: no placeholder is ever shown.
 */
import type {ClaimValues, TextModule} from "../../../pipeline/narrative.js";
import type {Lang} from "../i18n/index.js";
import {LANGS} from "../i18n/index.js";
import {renderPlot, standaloneSvg} from "./charts/index.js";
import type {CsvValue} from "./csv.js";
import {formatValue} from "./format.js";
import type {KpiModel} from "./narration.js";
import {itemNames} from "./englishItems.js";
import {isNarrated, kpiModels, renderNarrative, renderText, templateValues} from "./narration.js";
import {toCsv} from "./csv.js";
import {csvwMetadata, figureMetadata, licenseLine, siteUrl} from "./downloadMetadata.js";
import {sourceLine} from "./provenance.js";
import {siteContext} from "./site.js";
import {minifySvg} from "./svgMinify.js";
import {figureTableMarkup, lazyTable} from "./figureTable.js";
import type {AnalysisEntry} from "./snapshots.js";
import {analysisName, listAnalyses, loadManifest, loadSnapshot, loadText} from "./snapshots.js";
import type {CellValue, ColumnSpec, FigureSpec, LegendShape, PlotContext} from "./views.js";
import {NARROW_WIDTH, WIDE_WIDTH} from "./views.js";
import {viewOf} from "./viewCatalogue.js";

export interface DownloadLink {
  href: string;
  name: string;
}

export interface FigureModel {
  /** DOM id of the <figure>: `fig-<analysis>-<key>`. */
  id: string;
  analysis: string;
  key: string;
  caption: string;
  description: string;
  svg: string;
  /** The small-screen drawing, when the figure has one. */
  svgNarrow: string | undefined;
  /** Where the wide drawing alone is published, for pages that inline only the narrow one (drawingMarkup). */
  wideHref: string | undefined;
  /** Where the data table alone is published, for a long table that analysis pages fetch (site/src/lib/figureTable.ts). */
  tableHref: string;
  /** `data-when` of the drawing above when the figure has variants ("band=q25_q75"), else undefined. */
  when: string | undefined;
  /**
   * The other variants' drawings: not in the page (they would weigh on every reader's first paint) but in an HTML
   * fragment at `href` that site/src/scripts/viewOptions.ts fetches the first time a reader picks the variant.
   */
  variants: Array<{when: string; href: string; svg: string; svgNarrow: string | undefined}>;
  legend: Array<{label: string; color: string; shape: LegendShape; when?: string}>;
  columns: string[];
  /** Whether each column holds quantities (right-aligned in the table). */
  numeric: boolean[];
  /**
   * Whether each column holds data items that stay in English (ingredient and tag names, the `item` column), so
   * the table marks them lang="en" and a French screen reader pronounces them as English.
   */
  english: boolean[];
  rows: string[][];
  downloads: {csv: DownloadLink; json: DownloadLink; svg: DownloadLink; png: DownloadLink};
}

export interface AnalysisModel {
  name: string;
  page: string;
  lang: Lang;
  title: string;
  lede: string;
  headline: string | undefined;
  /** The headline's statistics, when the headline itself is in plain words. */
  headlineDetail: string | undefined;
  claims: string[];
  /** The English data items (ingredient and tag names) the headline and claims quote, to mark lang="en". */
  items: string[];
  method: string;
  kpis: KpiModel[];
  figures: FigureModel[];
}

/**
 * The markup of one drawing of a figure: the wide SVG and, when there is one, the narrow SVG for small screens.
 * With `wideHref`, the wide SVG stays out of the page: an empty `<svg>` of its viewBox holds its place (so nothing
 * shifts when it arrives) and site/src/scripts/wideDrawings.ts fills it from `wideHref` where the figure is wide
 * enough to show it. Phones, which show the narrow drawing, then never download the wide one.
 */
export function drawingMarkup(svg: string, svgNarrow: string | undefined, wideHref?: string): string {
  if (!svgNarrow) return `<div class="figure__chart">${minifySvg(svg)}</div>`;
  const wide = wideHref
    ? `<div class="figure__chart figure__chart--wide" data-wide-src="${wideHref}">` +
      `<svg class="figure__placeholder" viewBox="${viewBoxOf(svg)}" aria-hidden="true" focusable="false"></svg></div>`
    : `<div class="figure__chart figure__chart--wide">${minifySvg(svg)}</div>`;
  return `${wide}<div class="figure__chart figure__chart--narrow">${minifySvg(svgNarrow)}</div>`;
}

/** The viewBox of a drawing rendered by renderPlot; a drawing without one is a bug of the chart code. */
function viewBoxOf(svg: string): string {
  const match = /^<svg\b[^>]*\sviewBox="([^"]+)"/.exec(svg);
  if (!match) throw new Error(`A wide drawing has no viewBox, so its place cannot be held: ${svg.slice(0, 120)}…`);
  return match[1]!;
}

/** URL directory of the chart downloads. */
export const FIGURE_DIR = "/data/figures/";

/** File name stem of a figure's downloads: `<analysis>-<figure>-<as-of date>`. */
export function downloadStem(analysis: string, key: string, asOf: string): string {
  return `${analysis}-${key}-${asOf}`;
}

/** A string of an analysis' text module rendered with values; throws naming the file when the key is missing. */
function textOf(text: TextModule, entry: AnalysisEntry, lang: Lang, key: string, values: ClaimValues): string {
  return renderText({file: textFile(entry), text}, lang, key, values);
}

/** Where an analysis' text module lives, for error messages. */
function textFile(entry: AnalysisEntry): string {
  return `queries/${entry.page}/${entry.name}.text.ts`;
}

function cellOf<Row>(row: Row, column: ColumnSpec<Row>): CellValue {
  if (column.value) return column.value(row);
  const value = (row as Record<string, unknown>)[column.key];
  return value === undefined ? null : (value as CellValue);
}

interface Loaded {
  entry: AnalysisEntry;
  text: TextModule;
  snapshot: unknown;
  values: ClaimValues;
  figures: ReadonlyArray<FigureSpec<Record<string, unknown>>>;
}

const loaded = new Map<string, Loaded>();

function load(name: string): Loaded {
  let result = loaded.get(name);
  if (result) return result;
  const entry = listAnalyses().find((a) => a.name === name);
  if (!entry) throw new Error(`no analysis named ${name} in the manifest`);
  const snapshot: unknown = loadSnapshot(analysisName(name));
  const text = loadText(name);
  const view = viewOf(name);
  const values = templateValues(snapshot, view?.values?.(snapshot));
  const figures = (view?.figures(snapshot) ?? []) as unknown as ReadonlyArray<FigureSpec<Record<string, unknown>>>;
  result = {entry, text, snapshot, values, figures};
  loaded.set(name, result);
  return result;
}

function plotContext(loaded: Loaded, lang: Lang, narrow: boolean, variant: string | undefined): PlotContext {
  return {
    lang,
    narrow,
    variant,
    width: narrow ? NARROW_WIDTH : WIDE_WIDTH,
    text: (key, values) => textOf(loaded.text, loaded.entry, lang, key, {...loaded.values, ...values}),
    format: (value, spec) => formatValue(value, spec, lang)
  };
}

function figureModel(l: Loaded, spec: FigureSpec<Record<string, unknown>>, lang: Lang, asOf: string): FigureModel {
  const name = l.entry.name;
  const id = `fig-${name}-${spec.key}`;
  const caption = textOf(l.text, l.entry, lang, `figure.${spec.key}.caption`, l.values);
  const description = textOf(l.text, l.entry, lang, `figure.${spec.key}.description`, l.values);
  const draw = (narrow: boolean, variant?: string): string =>
    renderPlot(spec.plot(plotContext(l, lang, narrow, variant)), {
      id: `${id}-${narrow ? "narrow" : "wide"}${variant === undefined || variant === spec.variants?.initial ? "" : `-${variant}`}`,
      lang,
      ariaLabel: caption,
      describedBy: `${id}-desc`
    });
  const stem = downloadStem(name, spec.key, asOf);
  const imageStem = lang === "en" ? stem : `${stem}-${lang}`;
  return {
    id,
    analysis: name,
    key: spec.key,
    caption,
    description,
    svg: draw(false, spec.variants?.initial),
    svgNarrow: spec.narrow === false ? undefined : draw(true, spec.variants?.initial),
    wideHref: spec.narrow === false ? undefined : `${FIGURE_DIR}${imageStem}-wide.html`,
    tableHref: `${FIGURE_DIR}${imageStem}-table.html`,
    when: spec.variants ? `${spec.variants.option}=${spec.variants.initial}` : undefined,
    variants: (spec.variants?.values ?? [])
      .filter((value) => value !== spec.variants!.initial)
      .map((value) => ({
        when: `${spec.variants!.option}=${value}`,
        href: `${FIGURE_DIR}${imageStem}-${value}.html`,
        svg: draw(false, value),
        svgNarrow: spec.narrow === false ? undefined : draw(true, value)
      })),
    legend: (spec.legend ?? []).map((e) => ({
      label: textOf(l.text, l.entry, lang, e.label, l.values),
      color: e.color,
      shape: e.shape ?? "swatch",
      when: e.when
    })),
    columns: spec.columns.map((c) => textOf(l.text, l.entry, lang, c.label, l.values)),
    numeric: spec.columns.map(
      (c) => c.format !== "year" && typeof spec.data.map((row) => cellOf(row, c)).find((v) => v !== null) === "number"
    ),
    english: spec.columns.map((c) => c.key === "item"),
    rows: spec.data.map((row) => spec.columns.map((c) => cellText(l, lang, cellOf(row, c), c.format))),
    downloads: {
      csv: {href: `${FIGURE_DIR}${stem}.csv`, name: `${stem}.csv`},
      json: {href: `${FIGURE_DIR}${stem}.json`, name: `${stem}.json`},
      svg: {href: `${FIGURE_DIR}${imageStem}.svg`, name: `${imageStem}.svg`},
      png: {href: `${FIGURE_DIR}${imageStem}.svg`, name: `${imageStem}.png`}
    }
  };
}

/** A table cell: "text:<prefix>" looks the value up in the analysis' text module (`rule.` + "raw"). */
function cellText(l: Loaded, lang: Lang, value: CellValue, spec: string | undefined): string {
  if (spec?.startsWith("text:") && value !== null)
    return textOf(l.text, l.entry, lang, `${spec.slice(5)}${value}`, l.values);
  return formatValue(value, spec, lang);
}

const models = new Map<string, AnalysisModel>();

/** Everything an analysis section shows, in one language. */
export function analysisModel(name: string, lang: Lang): AnalysisModel {
  const cacheKey = `${name}|${lang}`;
  const cachedModel = models.get(cacheKey);
  if (cachedModel) return cachedModel;
  const l = load(name);
  const view = viewOf(name);
  const asOf = loadManifest().dataAsOf;
  const text = (key: string): string => textOf(l.text, l.entry, lang, key, l.values);
  const source = {file: textFile(l.entry), text: l.text};
  const narrative = isNarrated(l.snapshot) ? renderNarrative(source, l.snapshot.narrative, lang) : undefined;
  const model: AnalysisModel = {
    name,
    page: l.entry.page,
    lang,
    title: text("title"),
    lede: text("lede"),
    headline: narrative?.headline,
    headlineDetail: narrative?.detail,
    claims: narrative?.claims ?? [],
    items: isNarrated(l.snapshot)
      ? itemNames([l.snapshot.narrative.headline, ...l.snapshot.narrative.claims], lang)
      : [],
    method: text("method"),
    kpis: kpiModels(source, view?.kpis?.(l.snapshot) ?? [], l.values, lang),
    figures: l.figures.map((spec) => figureModel(l, spec, lang, asOf))
  };
  models.set(cacheKey, model);
  return model;
}

/** A file served under /data/figures/. */
export interface FigureFile {
  file: string;
  contentType: string;
  body: string;
}

/** Every download file of every figure of the set: CSV and JSON once, the SVG image in each language. */
export function figureFiles(): FigureFile[] {
  const asOf = loadManifest().dataAsOf;
  const files: FigureFile[] = [];
  for (const entry of listAnalyses()) {
    if (!viewOf(entry.name)) continue;
    const l = load(entry.name);
    for (const spec of l.figures) {
      const stem = downloadStem(entry.name, spec.key, asOf);
      const header = spec.columns.map((c) => c.key);
      const rows = spec.data.map((row) => spec.columns.map((c) => cellOf(row, c) as CsvValue));
      files.push({file: `${stem}.csv`, contentType: "text/csv; charset=utf-8", body: toCsv(header, rows)});
      // Title, column meanings, source, as-of, commit, licence and citation travel with the data.
      const byLang = (f: (lang: Lang) => string) => Object.fromEntries(LANGS.map((lang) => [lang, f(lang)]));
      const metadata = figureMetadata({
        analysis: entry.name,
        page: entry.page,
        figure: spec.key,
        title: byLang((lang) => textOf(l.text, entry, lang, `figure.${spec.key}.caption`, l.values)) as Record<
          Lang,
          string
        >,
        description: byLang((lang) =>
          textOf(l.text, entry, lang, `figure.${spec.key}.description`, l.values)
        ) as Record<Lang, string>,
        columns: spec.columns.map((c) => ({
          key: c.key,
          label: byLang((lang) => textOf(l.text, entry, lang, c.label, l.values)) as Record<Lang, string>,
          format: c.format,
          sample: spec.data.map((row) => cellOf(row, c)).find((v) => v !== null)
        })),
        site: siteUrl()
      });
      files.push({
        file: `${stem}.csv-metadata.json`,
        contentType: "application/csvm+json",
        body: `${JSON.stringify(csvwMetadata(`${stem}.csv`, metadata), null, 2)}\n`
      });
      const json = {
        analysis: entry.name,
        figure: spec.key,
        dataAsOf: asOf,
        metadata,
        columns: spec.columns.map((c) => ({
          key: c.key,
          label: Object.fromEntries(LANGS.map((lang) => [lang, textOf(l.text, entry, lang, c.label, l.values)]))
        })),
        rows: spec.data.map((row) => Object.fromEntries(spec.columns.map((c) => [c.key, cellOf(row, c)])))
      };
      files.push({file: `${stem}.json`, contentType: "application/json", body: `${JSON.stringify(json, null, 2)}\n`});
      for (const lang of LANGS) {
        const figure = analysisModel(entry.name, lang).figures.find((f) => f.key === spec.key)!;
        const body = standaloneSvg(figure.svg, {
          caption: figure.caption,
          legend: figure.legend,
          source: `${sourceLine(lang, siteContext().provenance.data, asOf)} · ${licenseLine(lang)}`
        });
        files.push({file: figure.downloads.svg.name, contentType: "image/svg+xml", body});
        if (figure.wideHref)
          files.push({
            file: figure.wideHref.slice(FIGURE_DIR.length),
            contentType: "text/html; charset=utf-8",
            body: minifySvg(figure.svg)
          });
        if (lazyTable(figure))
          files.push({
            file: figure.tableHref.slice(FIGURE_DIR.length),
            contentType: "text/html; charset=utf-8",
            body: figureTableMarkup(figure, lang)
          });
        for (const variant of figure.variants) {
          files.push({
            file: variant.href.slice(FIGURE_DIR.length),
            contentType: "text/html; charset=utf-8",
            body: drawingMarkup(variant.svg, variant.svgNarrow)
          });
        }
      }
    }
  }
  return files;
}

/** One string of an analysis' text module, rendered with the snapshot's values plus `extra`. */
export function analysisText(name: string, lang: Lang, key: string, extra: ClaimValues = {}): string {
  const l = load(name);
  return textOf(l.text, l.entry, lang, key, {...l.values, ...extra});
}
