/**
 * Meteorological seasons as the staging model assigns them (DJF, MAM, JJA, SON), shared by the two seasonal
 * analyses of the page: their keys are LABELS keys, so claims can quote them with the `label` spec.
 */
import {z} from "zod";

/** Calendar order, the order of every seasonal query and chart. */
export const SEASONS = ["Winter", "Spring", "Summer", "Autumn"] as const;

/** A season key. */
export type Season = (typeof SEASONS)[number];

/** Zod schema of a season key. */
export const seasonSchema = z.enum(SEASONS).describe("Meteorological season: Winter = Dec–Feb, Spring = Mar–May, …");

/** Checks a season key coming from SQL. */
export function readSeason(value: unknown): Season {
  const season = SEASONS.find((s) => s === value);
  if (!season) throw new Error(`invalid season: ${String(value)}`);
  return season;
}
