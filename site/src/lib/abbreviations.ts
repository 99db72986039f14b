/**
 * The statistical abbreviations a sentence may print, spelled out for the reader: "3 df" (« 3 ddl ») after a test
 * statistic means nothing to whoever has not met it, and the methodology's glossary is a page away.
 */
import {FRENCH_GLOSSARY} from "../i18n/glossary.js";
import type {Lang} from "../i18n/index.js";

export interface AbbreviationPart {
  text: string;
  /** The words the abbreviation stands for; undefined for plain text. */
  title?: string;
}

/** The glossary's abbreviated terms: each is defined once, there, with its words in both languages. */
const ABBREVIATED = FRENCH_GLOSSARY.flatMap((e) => (e.abbreviation ? [{...e, abbreviation: e.abbreviation}] : []));

const SPELLED: Record<Lang, Record<string, string>> = {
  en: Object.fromEntries(ABBREVIATED.map((e) => [e.abbreviation.en, e.meaning])),
  fr: Object.fromEntries(ABBREVIATED.map((e) => [e.term, e.abbreviation.frWords]))
};

/** The sentence cut into plain text and the abbreviations it prints after a number, each with its words. */
export function abbreviations(text: string, lang: Lang): AbbreviationPart[] {
  const words = SPELLED[lang];
  const pattern = new RegExp(`(?<=\\d[ \u00a0\u202f])(${Object.keys(words).join("|")})(?![\\p{L}\\p{N}])`, "gu");
  const parts: AbbreviationPart[] = [];
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > at) parts.push({text: text.slice(at, m.index)});
    parts.push({text: m[0], title: words[m[0]]});
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({text: text.slice(at)});
  return parts;
}
