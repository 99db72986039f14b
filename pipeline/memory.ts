/**
 * How much of DUCKDB_MEMORY_LIMIT DuckDB's buffers get. The whole process must stay within the configured limit +
 * 512 MB, and DuckDB's memory limit bounds its buffers only: Node, DuckDB's bookkeeping and the vectors a query
 * builds outside the buffer manager (lists from aggregates, results) come on top. Measured at 25 M interactions
 * with the buffers at the full 1536MB: a plateau of 1.79 GB and brief peaks of 2.17 GB during the analyses. With
 * three quarters and ALLOCATOR_SETTINGS, forced builds under the default 1536MB peak at 1.38 GB (scale 4),
 * 1.56 GB (scale 10) and 1.79 GB (scale 22), against a bound of 2.048 GB.
 */
import {ConfigurationError} from "./errors.js";

const UNIT_BYTES: Record<string, number> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
  tib: 2 ** 40
};

/** DuckDB's memory limit for a configured DUCKDB_MEMORY_LIMIT: three quarters of it, at least 64MB. */
export function duckdbBufferLimit(limit: string): string {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]i?b|b)\s*$/i.exec(limit);
  if (!match) {
    throw new ConfigurationError(
      `The DuckDB memory limit (DUCKDB_MEMORY_LIMIT) must be a size such as 1536MB or 2GiB, got "${limit}".`,
      {
        hint: "Set DUCKDB_MEMORY_LIMIT to a number followed by MB, GB, MiB or GiB."
      }
    );
  }
  const bytes = Number(match[1]) * UNIT_BYTES[match[2]!.toLowerCase()]!;
  return `${Math.max(64, Math.floor((bytes * 0.75) / 1e6))}MB`;
}

/**
 * The allocator hands memory DuckDB frees back to the system at 32 MB instead of 128 MB after a task and 512 MB
 * after a bulk free (its defaults), with a background thread purging too: the memory limit bounds DuckDB's
 * buffers only, and with the defaults the cached free memory took peak RSS past the limit + 512 MB at 25 M
 * interactions (recipe staging alone at scale 22: 2.05 GB with the defaults, 1.77 GB with these).
 */
export const ALLOCATOR_SETTINGS = {
  allocator_flush_threshold: "32MB",
  allocator_bulk_deallocation_flush_threshold: "32MB",
  allocator_background_threads: "true"
};
