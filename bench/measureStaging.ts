/**
 * Profiles the recipe staging on one thread in this process and prints a JSON line (bench/stagingProfile.ts):
 * usage `measureStaging.ts <data dir>`, the folder holding RAW_recipes.parquet.
 */
import {tmpdir} from "node:os";
import path from "node:path";

import {RECIPES_FILE} from "../pipeline/contract.js";
import {loadInput} from "../pipeline/inputs.js";
import {STAGING_MODELS} from "../pipeline/staging.js";
import {Warehouse} from "../pipeline/warehouse.js";
import {profileStaging} from "./stagingProfile.js";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: measureStaging.ts <data dir>");
const model = STAGING_MODELS.find((m) => m.name === "recipes")!;
const warehouse = await Warehouse.open({threads: 1});
try {
  await loadInput(warehouse, RECIPES_FILE, path.join(dataDir, RECIPES_FILE.file));
  const profile = await profileStaging(
    warehouse,
    process.cwd(),
    model,
    path.join(tmpdir(), `btk-staging-profile-${process.pid}.json`)
  );
  process.stdout.write(`${JSON.stringify(profile)}\n`);
} finally {
  warehouse.close();
}
