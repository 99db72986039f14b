/**
 * What the data is, recorded in the manifest so every page can say it: the project's generated data set (with the
 * seed and scale written in each file's Parquet footer by the generator), other local files, or S3 objects. It holds
 * base file names only: a path or a bucket is a detail of the build machine, not something readers should see.
 */
import {GENERATOR_KEY} from "./generate/generate.js";
import type {DataProvenance, Manifest} from "./manifest.js";
import type {Source, SourceObject} from "./source/source.js";
import {Warehouse, sqlString} from "./warehouse.js";

/** The generator's marker in one Parquet file's footer, or undefined when the file does not carry it. */
export async function readGeneratorMarker(
  warehouse: Warehouse,
  file: string
): Promise<{seed: number; scale: number} | undefined> {
  const rows = await warehouse.rows(
    `select decode(value) as value from parquet_kv_metadata(${sqlString(file)}) ` +
      `where decode(key) = ${sqlString(GENERATOR_KEY)}`
  );
  if (rows.length !== 1) return undefined;
  try {
    const parsed = JSON.parse(String(rows[0].value)) as {seed?: unknown; scale?: unknown};
    if (typeof parsed.seed !== "number" || typeof parsed.scale !== "number") return undefined;
    return {seed: parsed.seed, scale: parsed.scale};
  } catch {
    return undefined;
  }
}

/**
 * The provenance of the inputs. Files count as generated, wherever they were read from, only when every one
 * carries the same generator marker (generated data uploaded to a bucket is still generated); otherwise they are
 * local files or S3 objects. Unchanged inputs keep the provenance the previous build recorded, so a warm build
 * reads and downloads nothing.
 */
export async function dataProvenance(
  source: Source,
  objects: readonly SourceObject[],
  previous?: Manifest
): Promise<DataProvenance> {
  const names = objects.map((o) => o.name);
  const before = new Map(previous?.source.objects.map((o) => [o.name, o.etag]) ?? []);
  if (
    previous?.provenance &&
    previous.source.kind === source.kind &&
    objects.length === before.size &&
    objects.every((o) => before.get(o.name) === o.etag)
  ) {
    return previous.provenance;
  }
  const paths = await source.fetch(objects);
  const warehouse = await Warehouse.open({threads: 1});
  try {
    const markers = [];
    for (const name of names) markers.push(await readGeneratorMarker(warehouse, paths.get(name)!));
    const [first] = markers;
    if (first && markers.every((m) => m && m.seed === first.seed && m.scale === first.scale)) {
      return {kind: "generated", seed: first.seed, scale: first.scale};
    }
    return source.kind === "s3" ? {kind: "s3", objects: names} : {kind: "local", files: names};
  } finally {
    warehouse.close();
  }
}
