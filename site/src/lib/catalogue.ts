/**
 * The site's side of the catalogue: the pages' lists of analyses (queries/<page>/page.ts), imported, not globbed,
 * so the reading order on a page is the order of its page.ts and a name is a type tsc checks.
 */
import type {CatalogueEntry} from "../../../pipeline/catalogue.js";
import {page as overview} from "../../../queries/overview/page.js";
import {page as ratings} from "../../../queries/ratings/page.js";
import {page as seasonality} from "../../../queries/seasonality/page.js";
import {page as trends} from "../../../queries/trends/page.js";
import {page as weekend} from "../../../queries/weekend/page.js";

/** Every page of analyses with its entries, in the order of queries/pages.ts. */
export const CATALOGUE = [overview, trends, seasonality, weekend, ratings] as const;

/** The name of an analysis of the catalogue. */
export type AnalysisName = (typeof CATALOGUE)[number]["analyses"][number]["name"];

/**
 * Sorts names by their place in `order`, stably; `unlisted` gives the place of a name `order` lacks (or throws).
 * The one walk behind both orders below.
 */
function sortByPlace(names: readonly string[], order: readonly string[], unlisted: (name: string) => number): string[] {
  const places = new Map(
    names.map((name) => {
      const i = order.indexOf(name);
      return [name, i === -1 ? unlisted(name) : i];
    })
  );
  return [...names].sort((a, b) => places.get(a)! - places.get(b)!);
}

/** Sorts analysis names of one page into the reading order of its page.ts. */
export function readingOrder(page: string, names: readonly string[]): string[] {
  const entries: readonly {name: string}[] = CATALOGUE.find((p) => p.page === page)?.analyses ?? [];
  return sortByPlace(
    names,
    entries.map((e) => e.name),
    (name) => {
      throw new Error(
        `The snapshot set puts ${name} on the page ${page}, but queries/${page}/page.ts does not list it. ` +
          "Rebuild the snapshots with `npm run build:data`, or add the analysis to its page's catalogue."
      );
    }
  );
}

/**
 * Analysis names in the order the site shows them: page by page in the order of queries/pages.ts, each page in its
 * reading order. A name no page lists comes last, in the order given.
 */
export function catalogueOrder(names: readonly string[]): string[] {
  const order = CATALOGUE.flatMap((p) => (p.analyses as readonly CatalogueEntry[]).map((e) => e.name));
  return sortByPlace(names, order, () => order.length);
}

/** The catalogue entry of an analysis with its page, or undefined when no page lists it. */
export function catalogueEntry(name: string): {page: string; entry: CatalogueEntry} | undefined {
  for (const page of CATALOGUE) {
    const entry = (page.analyses as readonly CatalogueEntry[]).find((e) => e.name === name);
    if (entry) return {page: page.page, entry};
  }
  return undefined;
}
