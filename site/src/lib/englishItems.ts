/**
 * Data items (ingredient and tag names) stay in English on the French pages, so a screen reader must read them with
 * English rules: a claim sentence is split around the item names its values carry, and the page marks those parts
 * `lang="en"` (tables mark their item cells the same way). Sentences stay plain strings for search, feeds and
 * previews; only the page's markup uses the split.
 */
import type {Claim} from "../../../pipeline/narrative.js";
import type {Lang} from "../i18n/index.js";
import {typeset} from "../i18n/locale.js";

/** Claim values that hold a data item's name: an ingredient or a tag, as Food.com spells it. */
export const ITEM_VALUES: readonly string[] = ["item", "riser", "faller", "next"];

/** A run of a sentence, with whether it is an English data item. */
export interface Phrase {
  text: string;
  english: boolean;
}

/** The item names the claims quote, as typeset in `lang` (a French apostrophe turns typographic). */
export function itemNames(claims: readonly Claim[], lang: Lang): string[] {
  const names = claims.flatMap((c) =>
    ITEM_VALUES.map((key) => c.values[key]).filter((v): v is string => typeof v === "string" && v.trim() !== "")
  );
  return [...new Set(names.flatMap((name) => [name, typeset(name, lang)]))];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * `text` split into phrases, the item `names` marked English where they stand as whole words. On an English page
 * everything is already English: one phrase, nothing marked.
 *
 * @example phrases("« garlic » a le plus progressé", ["garlic"], "fr") // [{text: "« ", …}, {text: "garlic", english: true}, …]
 */
export function phrases(text: string, names: readonly string[], lang: Lang): Phrase[] {
  if (lang === "en" || names.length === 0) return [{text, english: false}];
  // Longest first, so "kosher salt" is one item, not "salt" inside it.
  const alternatives = [...names].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu");
  const out: Phrase[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) out.push({text: text.slice(last, match.index), english: false});
    out.push({text: match[0], english: true});
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({text: text.slice(last), english: false});
  return out;
}
