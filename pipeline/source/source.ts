/**
 * A data source: where the two input objects of the contract come from. The pipeline asks a source for the
 * identity of each object first (cheap: a HEAD request, or a stat plus a cached hash) so an incremental build can
 * decide to do nothing before any byte is downloaded; only then does it ask for local files.
 */

/** Identity of one input object. */
export interface SourceObject {
  /** File name inside the source, e.g. "RAW_recipes.parquet". */
  name: string;
  /** Content identity: the S3 ETag (quotes stripped), or the sha256 of a local file. */
  etag: string;
  /** Size in bytes. */
  size: number;
  /** Where it was read from, for messages and the manifest: "s3://bucket/prefix/RAW_recipes.parquet" or a path. */
  location: string;
}

export interface Source {
  readonly kind: "local" | "s3";
  /** Human description for log lines: "local directory data/raw", "s3://bucket/prefix". */
  readonly description: string;
  /** Identity of each named object, without downloading it. Throws SourceError when one is missing. */
  stat(names: readonly string[]): Promise<SourceObject[]>;
  /** Makes each object available as a local file (downloading when needed) and returns the local paths by name. */
  fetch(objects: readonly SourceObject[]): Promise<Map<string, string>>;
  /** Releases network clients. */
  close(): Promise<void>;
}
