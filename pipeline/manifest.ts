/**
 * The manifest: the one snapshot file that records when, where from and how the set was built. Every
 * wall-clock time of a build lives here and nowhere else, so analysis files stay byte-identical across builds.
 * The site imports this schema to show provenance on every page.
 */
import {z} from "zod";

export const MANIFEST_FILE = "manifest.json";
export const MANIFEST_VERSION = 1;

const funnelStep = z.object({
  rule: z.string().describe("Cleaning rule key, e.g. minutes_out_of_range."),
  rowsAfter: z.number().int().nonnegative().describe("Rows left after this rule."),
  removed: z.number().int().nonnegative().describe("Rows this rule removed.")
});

const sourceObject = z.object({
  name: z.string(),
  etag: z.string().describe("S3 ETag, or sha256 of a local file."),
  size: z.number().int().nonnegative().describe("Bytes."),
  location: z.string(),
  rows: z.number().int().nonnegative().describe("Rows in the Parquet file.")
});

const analysisEntry = z.object({
  file: z.string().describe("Snapshot file name inside the set."),
  page: z.string(),
  key: z.string().describe("sha256 of the analysis' code, schema, staging SQL and input ETags."),
  dependencies: z.record(z.string(), z.string()).describe("File or input object → content hash that the key covers."),
  sha256: z.string().describe("sha256 of the snapshot file."),
  bytes: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative().describe("Rows returned by the analysis' queries."),
  ms: z.number().nonnegative().describe("Milliseconds spent computing it, in the build that computed it."),
  status: z.enum(["rebuilt", "reused"]),
  reason: z.string().describe("Why it was rebuilt or reused in this build.")
});

/**
 * What the data is, for readers: the project's generated data set (with its seed and scale), local files, or S3
 * objects. Only base file names, never a bucket, an endpoint or an absolute path: the site shows this on every page.
 */
export const provenanceSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("generated"),
    seed: z.number().int().nonnegative(),
    scale: z.number().positive()
  }),
  z.object({kind: z.literal("local"), files: z.array(z.string().regex(/^[^/\\]+$/))}),
  z.object({kind: z.literal("s3"), objects: z.array(z.string().regex(/^[^/\\]+$/))})
]);

export const manifestSchema = z.object({
  manifestVersion: z.literal(MANIFEST_VERSION),
  version: z.string().describe("Project version from package.json."),
  builtAt: z.string().describe("ISO time of this build."),
  environment: z.enum(["local", "preprod", "prod"]),
  gitCommit: z.string(),
  dataAsOf: z.string().describe("Latest date found in the data (YYYY-MM-DD)."),
  tools: z.object({node: z.string(), duckdb: z.string(), pipeline: z.string()}),
  source: z.object({
    kind: z.enum(["local", "s3"]),
    description: z.string(),
    objects: z.array(sourceObject)
  }),
  provenance: provenanceSchema.describe("What the data is: generated (seed, scale), local files or S3 objects."),
  staging: z
    .record(
      z.string(),
      z.object({
        input: z.string().describe("Contract file the model cleans."),
        funnel: z.array(funnelStep),
        latestDate: z.string().describe("Latest date in the cleaned table (YYYY-MM-DD)."),
        unknownRecipes: z
          .number()
          .int()
          .nonnegative()
          .optional()
          .describe("Kept interactions whose recipe id the recipes file does not hold (interactions only).")
      })
    )
    .describe("Cleaning models (queries/staging/<name>.sql) and the rows each rule removed."),
  timings: z.object({
    totalMs: z.number().nonnegative(),
    stages: z.record(z.string(), z.number().nonnegative()).describe("Milliseconds per stage of this build.")
  }),
  analyses: z.record(z.string(), analysisEntry)
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestAnalysis = z.infer<typeof analysisEntry>;
export type DataProvenance = z.infer<typeof provenanceSchema>;
export type ManifestFunnelStep = z.infer<typeof funnelStep>;
