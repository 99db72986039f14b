/**
 * Test support (not part of the pipeline): the season of a date computed in JavaScript, independently of the SQL
 * CASE, and a deterministic pseudo-random generator for fixtures.
 */
import kruskalTest from "@stdlib/stats-kruskal-test";

import {SEASONS} from "../_seasons.js";
import type {Season} from "../_seasons.js";

/** Meteorological season of an ISO date (month 12, 1, 2 → Winter …). */
export function seasonOf(isoDate: string): Season {
  const month = Number(isoDate.slice(5, 7));
  return SEASONS[Math.floor((month % 12) / 3)]!;
}

/** A date in the middle month of a season's block (Jan, Apr, Jul, Oct) of the given year and day. */
export function dateIn(season: Season, year = 2005, day = 15): string {
  const month = [1, 4, 7, 10][SEASONS.indexOf(season)]!;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A small linear congruential generator: the same seed gives the same fixture on every run. */
export function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** @stdlib's Kruskal–Wallis test on raw samples (an implementation independent of the pipeline's). */
export function stdlibKruskal(samples: readonly number[][]): {statistic: number; pValue: number} {
  const [first, ...rest] = samples;
  return kruskalTest(first!, ...rest);
}
