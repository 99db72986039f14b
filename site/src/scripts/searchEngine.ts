/**
 * The search engine, loaded on demand by search.ts: MiniSearch with the index the build serialised, searched with
 * the same term normalisation (site/src/lib/searchOptions.ts).
 */
import MiniSearch from "minisearch";

import type {SearchDocument} from "../lib/searchOptions.js";
import {INDEX_OPTIONS, QUERY_OPTIONS} from "../lib/searchOptions.js";

export type SearchHit = Pick<SearchDocument, "url" | "kind" | "title" | "text">;

/** Results shown at most: the best ones, by score. */
const MAX_HITS = 30;

/** A search function over the serialised index. */
export function createSearch(json: string): (query: string) => SearchHit[] {
  const index = MiniSearch.loadJSON<SearchDocument>(json, INDEX_OPTIONS);
  return (query) =>
    index
      .search(query, QUERY_OPTIONS)
      .slice(0, MAX_HITS)
      .map((r) => ({
        url: r.url as string,
        kind: r.kind as SearchHit["kind"],
        title: r.title as string,
        text: r.text as string
      }));
}
