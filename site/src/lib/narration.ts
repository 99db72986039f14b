/**
 * An analysis' words in one language: its text module's templates rendered with the snapshot's values (titles,
 * KPI names and values, the headline and the claims). Free of Plot, zod and Node: the build renders every page with
 * it, and the browser renders the same words again from statistics it recomputed after a filter.
 */
import type {ClaimValues, Narrative, TextModule} from "../../../pipeline/narrative.js";
import {claimTemplate, renderClaim, renderHeadline, renderTemplate} from "../../../pipeline/narrative.js";
import type {Lang} from "../i18n/index.js";
import {typeset} from "../i18n/locale.js";
import {formatValue} from "./format.js";
import type {KpiSpec} from "./views.js";

/** The parts of a snapshot every analysis shares: its parameters and its narrative. */
export interface NarratedSnapshot {
  params?: Record<string, string | number | boolean>;
  narrative: Narrative;
}

/** Whether a snapshot carries a narrative (the overview and every analysis do). */
export function isNarrated(value: unknown): value is NarratedSnapshot {
  return typeof value === "object" && value !== null && "narrative" in value;
}

/** A KPI tile, ready to show. */
export interface KpiModel {
  key: string;
  label: string;
  value: string;
  /** The value's interval in words (`kpi.<key>Interval`), when its spec gives one. */
  interval?: string;
  /** The number behind `value`, for checks that compare the precisions a quantity is printed with. */
  raw?: number;
}

/** An analysis' text module, with the file it comes from for error messages. */
export interface AnalysisText {
  /** `queries/<page>/<name>.text.ts`. */
  file: string;
  text: TextModule;
}

/**
 * The values the fixed templates (titles, captions, KPI names) are rendered with: the snapshot's parameters, the
 * headline's values and the view's extra values, later ones winning.
 */
export function templateValues(snapshot: unknown, extra: ClaimValues = {}): ClaimValues {
  const narrated = isNarrated(snapshot) ? snapshot : undefined;
  return {...(narrated?.params ?? {}), ...(narrated?.narrative.headline.values ?? {}), ...extra};
}

/**
 * A string of an analysis' text module rendered with values; throws naming the file when the key is missing. A key
 * with a `#one` variant (a figure's caption over a single bar) takes it when the values' `count` is one, as a claim
 * does (pipeline/narrative.ts claimTemplate): a view sets that `count` among its values when its figures count items.
 */
export function renderText(source: AnalysisText, lang: Lang, key: string, values: ClaimValues): string {
  const template =
    source.text[lang][key] === undefined ? undefined : claimTemplate(source.text, {id: key, values}, lang);
  if (template === undefined) {
    throw new Error(`${source.file} has no ${lang} string "${key}", which the site shows.`);
  }
  return typeset(renderTemplate(template, values, lang), lang);
}

/**
 * The headline and the claims of a snapshot's narrative, as sentences in `lang`. The headline is in plain words
 * when the text module has a `plain.<id>` template; its statistics then follow as `detail`.
 */
export function renderNarrative(
  source: AnalysisText,
  narrative: Narrative,
  lang: Lang
): {headline: string; detail: string | undefined; claims: string[]} {
  const {headline, detail} = renderHeadline(source.text, narrative.headline, lang);
  return {
    headline: typeset(headline, lang),
    detail: detail === undefined ? undefined : typeset(detail, lang),
    claims: narrative.claims.map((c) => typeset(renderClaim(source.text, c, lang), lang))
  };
}

/**
 * A category named on its own, as a tile's value: capitalised, and in French without the article a sentence needs
 * ("Summer", « Hiver et printemps »; a tile read "summer" and « l'hiver et le printemps »).
 */
function standalone(label: string, lang: Lang): string {
  const bare = lang === "fr" ? label.replace(/(^|\s)(?:l['’]|le |la |les )/gu, "$1") : label;
  return bare.charAt(0).toLocaleUpperCase(lang) + bare.slice(1);
}

/** KPI tiles: the label `kpi.<key>` rendered with `values`, the value formatted with its spec. */
export function kpiModels(
  source: AnalysisText,
  specs: readonly KpiSpec[],
  values: ClaimValues,
  lang: Lang
): KpiModel[] {
  return specs.map((k) => ({
    key: k.key,
    label: renderText(source, lang, `kpi.${k.key}`, k.agrees ? {...values, count: k.value} : values),
    // Typeset too: a text value such as a span of years must not break across lines either.
    value: typeset(
      k.format === "label"
        ? standalone(formatValue(k.value, k.format, lang), lang)
        : formatValue(k.value, k.format, lang),
      lang
    ),
    ...(k.interval === undefined
      ? {}
      : {interval: renderText(source, lang, `kpi.${k.key}Interval`, {...values, ...k.interval})}),
    ...(typeof k.value === "number" ? {raw: k.value} : {})
  }));
}
