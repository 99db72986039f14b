/**
 * The shell's strings and locale helpers. `t(lang, key, values)` renders a shell string with the narrative template
 * syntax, so numbers in shell strings are formatted for the reader's locale exactly as in the analyses' claims.
 */
import type {ClaimValues, Locale} from "../../../pipeline/narrative.js";
import {renderTemplate} from "../../../pipeline/narrative.js";
import type {ShellKey} from "./en.js";
import {en} from "./en.js";
import {fr} from "./fr.js";

export type Lang = Locale;
export type {ShellKey};

export const LANGS: readonly Lang[] = ["en", "fr"];
export const DEFAULT_LANG: Lang = "en";

/** Every shell string, per language. */
export const STRINGS: Record<Lang, Record<ShellKey, string>> = {en, fr};

/** BCP 47 tag for Intl and for the `lang` attribute. */
export const LOCALE_TAG: Record<Lang, string> = {en: "en-US", fr: "fr-FR"};

/**
 * French typography: the space before `; ! ?` becomes a narrow no-break space and the one before `:` a no-break
 * space, so that a line never starts with the punctuation. English text is returned as it is.
 */
export function typeset(text: string, lang: Lang): string {
  if (lang !== "fr") return text;
  return text.replace(/ ([;!?])/g, "\u202f$1").replace(/ :(?=\s|$)/g, "\u00a0:");
}

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

/** A calendar date (YYYY-MM-DD or an ISO time) written out in the reader's language, in UTC. */
export function formatDate(iso: string, lang: Lang, withTime = false): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE_TAG[lang], {
    timeZone: "UTC",
    dateStyle: "long",
    ...(withTime ? {timeStyle: "short"} : {})
  }).format(date);
}
