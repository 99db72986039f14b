/**
 * Test kit of the ratings page (imported only by its tests): builds interaction fixtures from star counts, and
 * checks a text module against the snapshots its step produced.
 */
import {expect} from "vitest";

import type {Narrative, TextModule} from "../../pipeline/narrative.js";
import {LOCALES, placeholders, renderClaim, renderTemplate} from "../../pipeline/narrative.js";
import {mean, variance} from "../../pipeline/stats/index.js";

/** Counts of 1, 2, 3, 4 and 5 stars. */
export type StarCounts = readonly [number, number, number, number, number];

/** A fixture interaction row: [user_id, recipe_id, date, rating]. */
export type InteractionRow = [number, number, string, number];

/** The ratings of a star-count vector, in star order (for the independent computations of the tests). */
export function expand(stars: StarCounts): number[] {
  return stars.flatMap((count, i) => new Array<number>(count).fill(i + 1));
}

/**
 * Interaction rows for one month "YYYY-MM": the month's ratings spread over its days 1–28, each from a new user
 * (so no two rows are exact duplicates the cleaning would drop).
 */
export function monthRows(month: string, stars: StarCounts, firstUser: number): InteractionRow[] {
  return expand(stars).map((rating, i) => [
    firstUser + i,
    (i % 7) + 1,
    `${month}-${String((i % 28) + 1).padStart(2, "0")}`,
    rating
  ]);
}

/** Rows for several months, with user ids that never repeat across months. */
export function monthsRows(months: ReadonlyArray<readonly [string, StarCounts]>): InteractionRow[] {
  const rows: InteractionRow[] = [];
  for (const [month, stars] of months) rows.push(...monthRows(month, stars, rows.length + 1));
  return rows;
}

/** A month's summary computed in JavaScript from the raw ratings: the independent path the SQL is checked against. */
export interface RawMonth {
  key: string;
  ratings: number[];
  n: number;
  mean: number;
  variance: number;
}

/** Summaries of the months of a fixture with at least `threshold` ratings, in the fixture's (calendar) order. */
export function rawMonths(months: ReadonlyArray<readonly [string, StarCounts]>, threshold: number): RawMonth[] {
  return months
    .map(([key, stars]) => {
      const ratings = expand(stars);
      return {key, ratings, n: ratings.length, mean: mean(ratings), variance: variance(ratings, 1)};
    })
    .filter((m) => m.n >= threshold);
}

/** Text keys that are not claim templates (the site renders them with the params and the headline values). */
const STRUCTURAL = /^(title|lede|method|kpi\..+|axis\..+|legend\..+|figure\..+\.(caption|description))$/;

/** The claim-template keys of a text module. */
export function claimKeys(text: TextModule): string[] {
  return Object.keys(text.en)
    .filter((k) => !STRUCTURAL.test(k))
    .sort();
}

/**
 * Checks a text module's form: the same keys in both languages, the same placeholders in both languages for each
 * key, and no figure typed into a template (every digit must come from a placeholder).
 */
export function checkTextModule(text: TextModule): void {
  expect(Object.keys(text.fr).sort()).toEqual(Object.keys(text.en).sort());
  for (const key of Object.keys(text.en)) {
    expect(new Set(placeholders(text.fr[key])), key).toEqual(new Set(placeholders(text.en[key])));
    for (const locale of LOCALES) {
      const literal = text[locale][key].replace(/\{[^}]*\}/g, "");
      expect(literal, `${locale} ${key} types a number`).not.toMatch(/[0-9]/);
    }
  }
}

/**
 * Renders every template of a text module against a snapshot in both languages (throws on a missing value or
 * template) and returns the rendered English headline and claims. Structural templates get the params merged
 * with the headline's values, as the site renders them.
 */
export function renderSnapshot(
  text: TextModule,
  snapshot: {params: Record<string, number | string | boolean>; narrative: Narrative}
): string[] {
  const context = {...snapshot.params, ...snapshot.narrative.headline.values};
  const rendered: string[] = [];
  for (const locale of LOCALES) {
    for (const key of Object.keys(text[locale]).filter((k) => STRUCTURAL.test(k))) {
      renderTemplate(text[locale][key], context, locale);
    }
    for (const c of [snapshot.narrative.headline, ...snapshot.narrative.claims]) {
      const line = renderClaim(text, c, locale);
      if (locale === "en") rendered.push(line);
    }
  }
  return rendered;
}

/** Ids of a narrative's headline and claims, in order. */
export function claimIds(narrative: Narrative): string[] {
  return [narrative.headline.id, ...narrative.claims.map((c) => c.id)];
}
