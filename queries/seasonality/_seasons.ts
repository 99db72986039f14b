/**
 * The four meteorological seasons of the page, in reading order, and helpers that read per-season query rows.
 * Every seasonal chart and table uses this order (Winter first, as the reference), never the alphabetical one.
 */
import {z} from "zod";

import type {Row} from "../../pipeline/warehouse.js";

/** Meteorological seasons in display order: Winter = Dec–Feb, Spring = Mar–May, Summer = Jun–Aug, Autumn = Sep–Nov. */
export const SEASONS = ["Winter", "Spring", "Summer", "Autumn"] as const;

/** One of the four season keys. */
export type Season = (typeof SEASONS)[number];

/** A season key; also a key of LABELS, so claims can quote it with the `label` spec. */
export const seasonSchema = z
  .enum(SEASONS)
  .describe(
    "Meteorological season of the recipe's posting date: Winter Dec–Feb, Spring Mar–May, Summer Jun–Aug, Autumn Sep–Nov."
  );

/** Reads a season key from a query row, throwing on anything else (a broken query, not bad data). */
export function toSeason(value: unknown): Season {
  if (!SEASONS.includes(value as Season)) throw new Error(`invalid season: ${String(value)}`);
  return value as Season;
}

/**
 * The rows of a per-season query in season order, each with its season parsed; throws when a season appears twice.
 * Seasons without recipes are simply absent: the statistics then run on the seasons that have data.
 */
export function seasonRows(rows: readonly Row[]): Array<Row & {season: Season}> {
  const parsed = rows.map((row) => ({...row, season: toSeason(row.season)}));
  for (const season of SEASONS) {
    if (parsed.filter((row) => row.season === season).length > 1) throw new Error(`invalid rows: ${season} twice`);
  }
  return parsed.sort((a, b) => SEASONS.indexOf(a.season) - SEASONS.indexOf(b.season));
}

/** The season with the highest and the lowest value; ties go to the season that comes first in SEASONS. */
export function extremes<T extends {season: Season}>(
  items: readonly T[],
  value: (item: T) => number
): {highest: T; lowest: T} {
  if (items.length === 0) throw new Error("invalid items: length 0");
  let highest = items[0]!;
  let lowest = items[0]!;
  for (const item of items) {
    if (value(item) > value(highest)) highest = item;
    if (value(item) < value(lowest)) lowest = item;
  }
  return {highest, lowest};
}
