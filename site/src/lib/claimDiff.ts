/**
 * A claim that moved between two snapshot sets, as the reader reads it: its old and new sentences rendered with the
 * analysis' own templates in one language (a headline by its sentence with figures, without the plain words the
 * analysis page sets above it: run together in one paragraph the two said the same thing twice),
 * each cut into literal text and the values the template inserts, so that the values that differ can be marked.
 * Values that moved below the precision a sentence shows change nothing a reader sees: such a claim has no change.
 */
import type {Abbreviation, ClaimValues, TextModule} from "../../../pipeline/narrative.js";
import {
  claimTemplate,
  COUNT_FLAG,
  ONE_SUFFIX,
  PLACEHOLDER,
  renderTemplate,
  templateAbbreviations
} from "../../../pipeline/narrative.js";
import type {Lang} from "../i18n/index.js";
import {typeset} from "../i18n/locale.js";

/** A run of a sentence; `moved` marks a value that reads differently in the other set. */
export interface SentencePart {
  text: string;
  moved: boolean;
  /** In a merged sentence (ClaimDiff.merged), a moved value's text in the earlier set. */
  was?: string;
}

export interface ClaimDiff {
  /** The sentence as the previous set said it; undefined for a statement that is new. */
  before: SentencePart[] | undefined;
  /** The sentence as the new set says it; undefined for a statement that no longer holds. */
  after: SentencePart[] | undefined;
  /**
   * The abbreviated units the sentences print, from their templates; undefined for sentences the pipeline stored,
   * whose templates are gone (a page then defines every abbreviation it may print).
   */
  units?: Abbreviation[];
  /**
   * When the two sentences differ only by the values that moved (the same words around them), the new sentence with
   * each moved value carrying its old text: one sentence to read instead of two that say the same thing twice.
   */
  merged?: SentencePart[];
  /**
   * The old sentence cannot be rebuilt (its template has since gained a value the old set did not record), so only
   * the new one is shown.
   */
  beforeUnavailable?: boolean;
}

// Private-use characters bracket each inserted value through French typesetting, which works on the whole sentence.
const OPEN = "\uE000";
const CLOSE = "\uE001";

interface Piece {
  text: string;
  value: boolean;
  /** The placeholder's value name ("peakYear"), for an inserted value. */
  key?: string;
}

interface Rendered {
  pieces: Piece[];
  units: Abbreviation[];
}

function renderPieces(template: string, values: ClaimValues, lang: Lang): Piece[] {
  const keys: string[] = [];
  const marked = template.replace(PLACEHOLDER, (p) => {
    keys.push(p.slice(1, -1).split("|")[0]);
    return `${OPEN}${renderTemplate(p, values, lang)}${CLOSE}`;
  });
  const pieces: Piece[] = [];
  let k = 0;
  for (const chunk of typeset(marked, lang).split(OPEN)) {
    const end = chunk.indexOf(CLOSE);
    if (end >= 0) pieces.push({text: chunk.slice(0, end), value: true, key: keys[k++]});
    const rest = end >= 0 ? chunk.slice(end + 1) : chunk;
    if (rest) pieces.push({text: rest, value: false});
  }
  return pieces;
}

/**
 * The values with the count that picks a counted sentence's variant. Values archived before claims carried their
 * `count` would otherwise read "1 des 125 ingrédients … apparaissent": the template names its counted value with
 * `|count` (never its first integer: French puts the whole first, « Sur les {tested|int} …, {passing|int|count} »).
 */
function withCount(text: TextModule, id: string, values: ClaimValues, lang: Lang): ClaimValues {
  if (values.count !== undefined || text[lang][`${id}${ONE_SUFFIX}`] === undefined) return values;
  const template = text[lang][id];
  const counted = template
    ? [...template.matchAll(PLACEHOLDER)].find((m) => m[2]!.split("|").includes(COUNT_FLAG))
    : undefined;
  const count = counted ? values[counted[1]!] : undefined;
  return typeof count === "number" ? {...values, count} : values;
}

/**
 * The claim's sentence in pieces, with the abbreviated units its template prints; undefined when the text module has
 * no template for it or its values miss one.
 */
function claimRendering(
  text: TextModule,
  id: string,
  values: ClaimValues,
  lang: Lang,
  variant = true
): Rendered | undefined {
  // The count's variant, as on the analysis page: "1 of the 125 ingredients … appears", never "appear".
  const full = variant ? claimTemplate(text, {id, values: withCount(text, id, values, lang)}, lang) : text[lang][id];
  if (full === undefined) return undefined;
  try {
    return {pieces: renderPieces(full, values, lang), units: templateAbbreviations(full)};
  } catch {
    return undefined;
  }
}

function claimPieces(
  text: TextModule,
  id: string,
  values: ClaimValues,
  lang: Lang,
  variant = true
): Piece[] | undefined {
  return claimRendering(text, id, values, lang, variant)?.pieces;
}

const joined = (pieces: readonly Piece[]): string => pieces.map((p) => p.text).join("");

/**
 * The change of one claim in `lang`: undefined when its sentences read the same (nothing a reader sees moved);
 * null when the text module cannot render it (the caller falls back on the sentences the pipeline stored). When only
 * the old values miss a value the template now quotes, the new sentence alone, marked `beforeUnavailable`.
 */
export function claimDiff(
  text: TextModule | undefined,
  id: string,
  before: ClaimValues | null,
  after: ClaimValues | null,
  lang: Lang
): ClaimDiff | undefined | null {
  if (!text) return null;
  const oldRendering = before ? claimRendering(text, id, before, lang) : undefined;
  const nowRendering = after ? claimRendering(text, id, after, lang) : undefined;
  const old = oldRendering?.pieces;
  const now = nowRendering?.pieces;
  if (after && !now) return null;
  if (before && !old)
    return now
      ? {
          before: undefined,
          after: now.map((p) => ({text: p.text, moved: false})),
          units: nowRendering!.units,
          beforeUnavailable: true
        }
      : null;
  if (old && now && joined(old) === joined(now)) return undefined;
  // Values stored before a claim carried its count cannot pick the count's variant: when the sentences differ only
  // by that variant, no figure moved.
  const oldBase = before ? claimPieces(text, id, before, lang, false) : undefined;
  const nowBase = after ? claimPieces(text, id, after, lang, false) : undefined;
  if (oldBase && nowBase && joined(oldBase) === joined(nowBase)) return undefined;
  const oldValues = (old ?? []).filter((p) => p.value);
  const nowValues = (now ?? []).filter((p) => p.value);
  // A value is paired with the other side's value of the same name (its n-th occurrence with the n-th): the two sides
  // may be different variants of the claim (a tie's "#tie" sentence quotes fewer values), where pairing by position
  // marked "232 in 2018 (131 recipes)" as moved in both sentences although neither number changed.
  const moved = (pieces: Piece[], other: Piece[]): SentencePart[] => {
    const seen = new Map<string, number>();
    return pieces.map((p) => {
      if (!p.value) return {text: p.text, moved: false};
      const n = seen.get(p.key!) ?? 0;
      seen.set(p.key!, n + 1);
      const counterpart = other.filter((o) => o.key === p.key)[n];
      return {text: p.text, moved: other.length > 0 && counterpart?.text !== p.text};
    });
  };
  const units = new Set([...(oldRendering?.units ?? []), ...(nowRendering?.units ?? [])]);
  const beforeParts = old ? moved(old, nowValues) : undefined;
  const afterParts = now ? moved(now, oldValues) : undefined;
  return {
    before: beforeParts,
    after: afterParts,
    units: [...units].sort(),
    ...(beforeParts && afterParts ? merge(beforeParts, afterParts) : {})
  };
}

/** The merged sentence of two that differ only by their moved values, part for part; none otherwise. */
function merge(before: SentencePart[], after: SentencePart[]): {merged?: SentencePart[]} {
  const same =
    before.length === after.length &&
    after.some((p) => p.moved) &&
    after.every((p, i) => p.moved === before[i]!.moved && (p.moved || p.text === before[i]!.text));
  return same ? {merged: after.map((p, i) => (p.moved ? {...p, was: before[i]!.text} : p))} : {};
}
