/**
 * The search index's settings, shared by the build (site/src/lib/searchIndex.ts writes the index) and the browser
 * (site/src/scripts/searchEngine.ts loads it): the two must tokenise and normalise terms identically. Terms are
 * lower-cased and stripped of accents, so "energie" finds "énergie" and "Saison" finds "saisons" by prefix.
 */
import type {Options, SearchOptions} from "minisearch";

/** One searchable thing: a page, an analysis, one of its claims, or a figure. */
export interface SearchDocument {
  id: string;
  /** Root-relative URL of the result. */
  url: string;
  kind: "page" | "analysis" | "claim" | "figure";
  title: string;
  text: string;
}

/** Lower case, no accents: the form every term is indexed and searched in. */
export function normalizeTerm(term: string): string | null {
  const folded = term
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    // The word joiner French typesetting puts in "week-end" and "1999–2018" to keep them on one line.
    .replace(/\u2060/g, "")
    .toLowerCase();
  return folded.length > 0 ? folded : null;
}

export const INDEX_OPTIONS: Options<SearchDocument> = {
  fields: ["title", "text"],
  storeFields: ["url", "kind", "title", "text"],
  processTerm: normalizeTerm
};

export const QUERY_OPTIONS: SearchOptions = {
  prefix: true,
  fuzzy: 0.15,
  combineWith: "AND",
  boost: {title: 2}
};
