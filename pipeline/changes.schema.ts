/**
 * The zod schema of `changes.json`, the change log of the published snapshot sets (pipeline/changes.ts writes it,
 * the site's "What's new" pages and Atom feeds read it). Newest update first; one update per build that changed
 * what readers see.
 */
import {z} from "zod";

export const CHANGES_FILE = "changes.json";
export const CHANGES_VERSION = 1;

const claimValue = z.union([z.number(), z.string(), z.boolean()]);

/** A claim as one snapshot set stated it: its values and its sentence in both languages. */
const claimStateSchema = z.object({
  values: z.record(z.string(), claimValue).describe("The figures the claim quotes, as in the snapshot."),
  en: z.string().nullable().describe("The sentence in English; null when the text module no longer has it."),
  fr: z.string().nullable().describe("The sentence in French; null when the text module no longer has it.")
});

/** A claim whose values differ between two sets; `before` or `after` is null when it appeared or disappeared. */
export const claimChangeSchema = z.object({
  id: z.string().describe("Key of the claim's template in the analysis' text module."),
  headline: z.boolean().describe("Whether the claim is the analysis' headline."),
  before: claimStateSchema.nullable(),
  after: claimStateSchema.nullable()
});

export const analysisChangeSchema = z.object({
  name: z.string(),
  page: z.string(),
  status: z.enum(["added", "changed", "removed"]),
  figuresChanged: z
    .boolean()
    .optional()
    .describe(
      "For a changed analysis: whether anything outside its narrative (a figure, a table, a parameter) differs; absent in older logs."
    ),
  claims: z.array(claimChangeSchema)
});

export const updateSchema = z.object({
  id: z.string().describe("Unique and stable: the ISO time the set was built."),
  builtAt: z.string(),
  dataAsOf: z.string(),
  previousDataAsOf: z.string().nullable().describe("Data as-of date of the set this update replaced; null at first."),
  dataChanged: z
    .boolean()
    .optional()
    .describe(
      "Whether the input files differ (names or ETags) from the replaced set's; absent at first and in older logs."
    ),
  commit: z.string(),
  analyses: z.array(analysisChangeSchema)
});

export const changeLogSchema = z.object({
  changesVersion: z.literal(CHANGES_VERSION),
  updates: z.array(updateSchema).describe("Newest first.")
});

export type ClaimChange = z.infer<typeof claimChangeSchema>;
export type AnalysisChange = z.infer<typeof analysisChangeSchema>;
export type Update = z.infer<typeof updateSchema>;
export type ChangeLog = z.infer<typeof changeLogSchema>;
