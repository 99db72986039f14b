/**
 * Zod pieces shared by the weekend page's snapshots: the two periods, the effect-size labels and the weekday/weekend
 * comparison of one numeric column (duration, complexity, nutrition).
 */
import {z} from "zod";

import {meanIntervalSchema} from "../_meanInterval.schema.js";

/** Posting periods: ISO Monday–Friday and Saturday–Sunday of the recipe's submission date. */
export const PERIODS = ["weekday", "weekend"] as const;
export type Period = (typeof PERIODS)[number];

export const periodSchema = z.enum(PERIODS).describe("weekday = ISO Monday–Friday, weekend = Saturday–Sunday.");

/** Cohen's effect-size words, keys of LABELS in pipeline/narrative.ts. */
export const effectSchema = z
  .enum(["negligible", "small", "medium", "large"])
  .describe("Effect-size label at Cohen's thresholds (a LABELS key).");

const testSchema = z.object({
  t: z.number().describe("t statistic of weekend − weekday."),
  df: z.number().positive().describe("Degrees of freedom (fractional for Welch)."),
  p: z.number().min(0).max(1).describe("Two-sided p-value.")
});

/** A weekday-vs-weekend comparison of one column's means: Student's and Welch's t-tests, CI and Cohen's d. */
export const comparisonSchema = z.object({
  meanDiff: z.number().describe("Weekend mean − weekday mean, in the column's unit."),
  diffPct: z.number().describe("(weekend − weekday) / weekday mean, as a fraction (−0.03 = 3 % lower at the weekend)."),
  ciLow: z.number().describe("Lower bound of the (1 − alpha) confidence interval of meanDiff (Student, pooled)."),
  ciHigh: z.number().describe("Upper bound of the (1 − alpha) confidence interval of meanDiff (Student, pooled)."),
  ciLowPct: z.number().describe("ciLow / weekday mean, as a fraction (the weekday mean taken as fixed): for charts."),
  ciHighPct: z.number().describe("ciHigh / weekday mean, as a fraction (the weekday mean taken as fixed): for charts."),
  student: testSchema.describe("Student's pooled-variance t-test (the reference's choice; the one claims use)."),
  welch: testSchema.describe("Welch's unequal-variance t-test, reported as a robustness check."),
  cohenD: z.number().describe("Cohen's d = meanDiff / pooled standard deviation, unitless."),
  effect: effectSchema,
  significant: z.boolean().describe("Student's p < alpha.")
});

export type Comparison = z.infer<typeof comparisonSchema>;

/** Size, mean and spread of one period's values. */
export const groupSchema = z.object({
  n: z.number().int().min(2).describe("Recipes in the period."),
  mean: z.number().describe("Mean, in the column's unit."),
  std: z.number().nonnegative().describe("Sample standard deviation (n − 1), in the column's unit."),
  interval: meanIntervalSchema.describe("The mean's Student t interval at params.intervalLevel, in the column's unit.")
});
