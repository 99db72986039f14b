import {existsSync, readdirSync} from "node:fs";
import {mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import path from "node:path";

import {afterEach, describe, expect, it} from "vitest";

import {Warehouse} from "./warehouse.js";

describe("the warehouse's spill folder", () => {
  let parent: string | undefined;
  afterEach(async () => {
    if (parent) await rm(parent, {recursive: true, force: true});
  });

  it("spills a table larger than the memory limit into its own folder and deletes the folder on close", async () => {
    parent = await mkdtemp(path.join(tmpdir(), "warehouse-test-"));
    const spill = path.join(parent, "spill");
    const warehouse = await Warehouse.open({memoryLimit: "64MB", threads: 1, tempDirectory: spill});
    try {
      // About 200 MB of text, three times the limit: it only fits by spilling.
      await warehouse.run(
        "create table big as select range as id, repeat('x', 60) || range::varchar as s from range(3000000)"
      );
      const [row] = await warehouse.rows("select count(*) as n, sum(strlen(s)) as bytes from big");
      expect(row?.n).toBe(3_000_000);
      expect(Number(row?.bytes)).toBeGreaterThan(64e6 * 3);
      expect(readdirSync(spill).length).toBeGreaterThan(0);
    } finally {
      warehouse.close();
    }
    expect(existsSync(spill)).toBe(false);
  });
});
