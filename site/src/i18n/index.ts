/**
 * The shell's strings and locale helpers. `t(lang, key, values)` renders a shell string with the narrative template
 * syntax, so numbers in shell strings are formatted for the reader's locale exactly as in the analyses' claims.
 */
import type {ClaimValues, Locale} from "../../../pipeline/narrative.js";
import {renderTemplate} from "../../../pipeline/narrative.js";
import {typeset} from "./locale.js";
import type {ShellKey} from "./en.js";
import {en} from "./en.js";
import {fr} from "./fr.js";

export type Lang = Locale;
export {formatDate, LIST_LOCALE_TAG, LOCALE_TAG, typeset} from "./locale.js";
export type {ShellKey};

export const LANGS: readonly Lang[] = ["en", "fr"];
export const DEFAULT_LANG: Lang = "en";

/** Every shell string, per language. */
export const STRINGS: Record<Lang, Record<ShellKey, string>> = {en, fr};

/** A shell string in `lang`; with values, its placeholders are filled and formatted. */
export function t(lang: Lang, key: ShellKey, values?: ClaimValues): string {
  const template = STRINGS[lang][key];
  return typeset(values ? renderTemplate(template, values, lang) : template, lang);
}

/** The language of a `[...lang]` route parameter: absent for English, "fr" for French. */
export function langOf(param: string | undefined): Lang {
  if (param === undefined || param === "" || param === "en") return "en";
  if (param === "fr") return "fr";
  throw new Error(`unknown language: ${param}`);
}

/** Static paths of a page that exists in both languages: `/…` (English) and `/fr/…`. */
export function langPaths(): Array<{params: {lang: string | undefined}; props: {lang: Lang}}> {
  return LANGS.map((lang) => ({params: {lang: lang === DEFAULT_LANG ? undefined : lang}, props: {lang}}));
}
