import {tmpdir} from "node:os";
import path from "node:path";

import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {STAGING_MODELS} from "../pipeline/staging.js";
import {Warehouse} from "../pipeline/warehouse.js";
import {EXPECTED_RECIPE_FUNNEL, RECIPE_COLUMNS, recipesValuesSql} from "../test/fixtures.js";
import {profileStaging, statements} from "./stagingProfile.js";

const root = process.cwd();
const recipes = STAGING_MODELS.find((m) => m.name === "recipes")!;

describe("the staging profile of the benchmark", () => {
  let warehouse: Warehouse;
  beforeAll(async () => {
    warehouse = await Warehouse.open({threads: 1});
    await warehouse.run(
      `create view raw_recipes as select * from (values ${recipesValuesSql()}) as t (${RECIPE_COLUMNS})`
    );
  });
  afterAll(() => warehouse.close());

  it("splits a staging file into its statements, comments and all, without empty ones", () => {
    expect(statements("-- about\ncreate macro m(x) as x;\n\n-- a; b\nselect ';' as s;\n-- end\n")).toEqual([
      "-- about\ncreate macro m(x) as x",
      "-- a; b\nselect ';' as s"
    ]);
  });

  it("runs every statement of the recipe staging, leaving its tables, and ranks the operators by time", async () => {
    const profile = await profileStaging(
      warehouse,
      root,
      recipes,
      path.join(tmpdir(), `btk-profile-${process.pid}.json`),
      {
        window: {min: "1999-01-01", max: "2026-01-01"},
        top: 5
      }
    );
    const funnel = await warehouse.rows("select rule, rows_after from recipe_funnel order by step");
    expect(funnel.map((r) => [r.rule, r.rows_after])).toEqual(EXPECTED_RECIPE_FUNNEL.map((s) => [s.rule, s.rowsAfter]));
    expect(profile.operators).toHaveLength(5);
    const times = profile.operators.map((o) => o.ms);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const shares = profile.operators.reduce((sum, o) => sum + o.share, 0);
    expect(shares).toBeGreaterThan(0);
    expect(shares).toBeLessThanOrEqual(1 + 1e-9);
    // The input is read by a scan and the cleaned table written by a create; both show up among the operators.
    expect(profile.operators.map((o) => o.operator).join("\n")).toMatch(
      /^(PROJECTION|TABLE_SCAN|CREATE_TABLE_AS|ORDER_BY|HASH_GROUP_BY|WINDOW|COLUMN_DATA_SCAN|FILTER|DELETE|UNGROUPED_AGGREGATE)/m
    );
  });
});
