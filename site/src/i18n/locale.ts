/**
 * Locale helpers without the shell's strings: French typography, the BCP 47 tags and dates in the reader's
 * language. Apart from index.ts so that browser code which formats numbers and sentences does not load every string.
 */
import type {Locale} from "../../../pipeline/narrative.js";

/** BCP 47 tag for Intl and for the `lang` attribute. */
export const LOCALE_TAG: Record<Locale, string> = {en: "en-US", fr: "fr-FR"};

/** Lists in prose follow the site's English, which writes "fat, sugar and sodium" without a serial comma. */
export const LIST_LOCALE_TAG: Record<Locale, string> = {en: "en-GB", fr: "fr-FR"};

/**
 * French typography: a narrow no-break space before `: ; ! ?` (added when a template or a chart label has none, as
 * in "Moyenne: 42,0") and inside guillemets, so that a line never starts with the punctuation. Only punctuation
 * followed by a space or the end counts, so times (22:13) and URLs are left alone. An apostrophe between two
 * letters becomes the typographic one (l’automne). "week-end" and a span of years (1999–2018) never break across
 * lines: a word joiner (U+2060, invisible and without a glyph, so no font needs it) follows the hyphen or the dash.
 * A day and its month (4 décembre) are joined by a no-break space, and so are the sides of a statistic
 * (p < 0,001, η² = 0,00055), which a line must not split after its symbol.
 * In English only the span of years is joined; the rest is returned as it is.
 */
/** A relation or ± sign and the number after it are one token: "(≥" ending a line and "1 %" starting the next. */
const SIGN_BEFORE_NUMBER = /([=<>≤≥±]) (?=[−+-]?\d)/g;

export function typeset(text: string, lang: Locale): string {
  // A span of years is one token in either language: "1999–" ending a caption's line and "2018" starting the next
  // read as two numbers.
  const spans = keepNumberWithUnit(text.replace(/(\d{4})([–-])(?!\u2060)(\d{4})\b/g, "$1$2\u2060$3")).replace(
    SIGN_BEFORE_NUMBER,
    "$1\u00a0"
  );
  if (lang !== "fr") return spans;
  return (
    spans
      .replace(/(\S)[ \u00a0]?([:;!?])(?=\s|$)/g, "$1\u202f$2")
      .replace(/«[ \u00a0]?/g, "«\u202f")
      .replace(/[ \u00a0]?»/g, "\u202f»")
      .replace(/(\p{L})'(?=\p{L})/gu, "$1\u2019")
      .replace(/\b(week)-(?!\u2060)(end)/gi, "$1-\u2060$2")
      .replace(FRENCH_DAY_MONTH, "$1\u00a0$2")
      .replace(/ ([=<>≤≥±])\u00a0/g, "\u00a0$1\u00a0")
      // « le d de Cohen »: a one-letter symbol alone at a line's end reads as a stray letter.
      .replace(/\b([dtHw]) de (?=\p{Lu})/gu, "$1\u00a0de ")
  );
}

/**
 * The units the site prints after a number. A number and its unit are one token in either language: "0,27" ending a
 * line and "min" starting the next read as a bare number. "%" covers « % AJ »; templates write "{df} df" with a plain
 * space.
 */
export const NUMBER_UNITS = ["min", "kcal", "g", "mg", "pp", "h", "%", "%DV", "df", "ddl"] as const;

/** A number, a plain space and one of {@link NUMBER_UNITS} ending there (not "5 minutes", not "3 grams"). */
export const NUMBER_UNIT_SPACE = `(\\d) (?=(?:${NUMBER_UNITS.join("|")})(?![\\p{L}\\p{N}]))`;

const NUMBER_UNIT = new RegExp(NUMBER_UNIT_SPACE, "gu");

/** A number and the unit after it joined by a no-break space (U+00A0), in prose, KPI and chart text alike. */
export function keepNumberWithUnit(text: string): string {
  return text.replace(NUMBER_UNIT, "$1\u00a0");
}

/** A day and its month ("4 décembre", "1er mai"), which a line must not split: « 4 / décembre 2018 » reads badly. */
const FRENCH_DAY_MONTH =
  /(?<![\d,.])\b(\d{1,2}|1er) (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b/gu;

/** French dates keep the day and the month on one line, whether or not the text is typeset afterwards. */
function keepDayWithMonth(text: string, lang: Locale): string {
  return lang === "fr" ? text.replace(FRENCH_DAY_MONTH, "$1\u00a0$2") : text;
}

/**
 * A calendar date (YYYY-MM-DD or an ISO time) written out in the reader's language, in UTC; a time is followed by
 * its zone ("2:06 AM UTC", « 2 h 06 UTC »), since a reader elsewhere would otherwise read it as local.
 */
export function formatDate(iso: string, lang: Locale, withTime = false): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = new Intl.DateTimeFormat(LOCALE_TAG[lang], {
    timeZone: "UTC",
    dateStyle: "long",
    ...(withTime ? {timeStyle: "short"} : {})
  }).format(date);
  // French writes times as "22 h 55" and "3 h 39", not "22:55" or "03 h 39".
  const dated = keepDayWithMonth(text, lang);
  if (!withTime) return dated;
  return `${lang === "fr" ? dated.replace(/(\d{1,2}):(\d{2})/, (_, h: string, m: string) => `${Number(h)}\u00a0h\u00a0${m}`) : dated}\u00a0UTC`;
}
