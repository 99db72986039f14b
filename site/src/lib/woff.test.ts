import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import path from "node:path";

import {describe, expect, it} from "vitest";

import {woffToSfnt} from "./woff.js";

const require = createRequire(import.meta.url);
const interWoff = readFileSync(
  path.join(path.dirname(require.resolve("@fontsource/inter/package.json")), "files", "inter-latin-400-normal.woff")
);

describe("woffToSfnt", () => {
  it("rebuilds the sfnt: same flavour and tables, each table where its directory says, head's magic number intact", () => {
    const sfnt = woffToSfnt(interWoff);
    expect(sfnt.readUInt32BE(0)).toBe(interWoff.readUInt32BE(4));
    const numTables = sfnt.readUInt16BE(4);
    expect(numTables).toBe(interWoff.readUInt16BE(12));
    // The sfnt's total size is what the WOFF header announced.
    expect(sfnt.length).toBe(interWoff.readUInt32BE(16));
    const tags: string[] = [];
    for (let i = 0; i < numTables; i++) {
      const record = 12 + i * 16;
      const tag = sfnt.toString("latin1", record, record + 4);
      tags.push(tag);
      const offset = sfnt.readUInt32BE(record + 8);
      expect(offset % 4).toBe(0);
      if (tag === "head") expect(sfnt.readUInt32BE(offset + 12)).toBe(0x5f0f3cf5);
    }
    expect(tags).toEqual(expect.arrayContaining(["cmap", "glyf", "head", "hmtx", "name"]));
  });

  it("refuses what is not WOFF 1.0", () => {
    expect(() => woffToSfnt(Buffer.from("wOF2 is brotli"))).toThrow("invalid WOFF: signature is not wOFF");
  });
});
