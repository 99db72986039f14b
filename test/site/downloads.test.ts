/**
 * Downloads that carry their context, on the built site: every figure's JSON embeds its title and description in
 * both languages, each column's label, meaning and kind, the source, the as-of date, the commit, the licence and
 * the citation; every CSV has a CSVW sidecar whose columns are the CSV's header; every SVG image shows the caption,
 * the as-of date and the licence line.
 */
import {readdir, readFile} from "node:fs/promises";
import path from "node:path";

import {beforeAll, describe, expect, it} from "vitest";

import {builtSite} from "./builtSite.js";

interface Metadata {
  title: Record<string, string>;
  description: Record<string, string>;
  dataAsOf: string;
  commit: string;
  license: string | null;
  citation: Record<string, {apa: string; bibtex: string}>;
  columns: Array<{
    key: string;
    label: Record<string, string>;
    description: string | null;
    kind: string;
    datatype: string;
  }>;
}

describe("downloads with context", () => {
  let dir: string;
  let files: string[];
  let asOf: string;

  beforeAll(async () => {
    const site = await builtSite();
    dir = path.join(site.dist, "data", "figures");
    files = (await readdir(dir)).sort();
    asOf = (JSON.parse(await readFile(path.join(site.snapshots, "manifest.json"), "utf8")) as {dataAsOf: string})
      .dataAsOf;
  });

  it("embed the metadata in every JSON and write a CSVW sidecar for every CSV", async () => {
    const csvs = files.filter((f) => f.endsWith(".csv"));
    expect(csvs.length).toBeGreaterThan(20);
    let described = 0;
    for (const csv of csvs) {
      const stem = csv.slice(0, -4);
      const json = JSON.parse(await readFile(path.join(dir, `${stem}.json`), "utf8")) as {metadata: Metadata};
      const m = json.metadata;
      for (const lang of ["en", "fr"]) {
        expect(m.title[lang], `${stem} title ${lang}`).toBeTruthy();
        expect(m.description[lang], `${stem} description ${lang}`).toBeTruthy();
        expect(m.citation[lang]!.apa, stem).toContain(asOf.slice(0, 4));
        expect(m.citation[lang]!.bibtex, stem).toMatch(/^@misc\{btk_/);
      }
      expect(m.dataAsOf).toBe(asOf);
      expect(m.commit).toMatch(/^[0-9a-f]{7,40}$/);
      // The test build declares no licence: the metadata says so rather than inventing one.
      expect(m.license).toBeNull();
      const header = (await readFile(path.join(dir, csv), "utf8")).split(/\r?\n/)[0]!.split(",");
      expect(m.columns.map((c) => c.key)).toEqual(header);
      for (const c of m.columns) {
        expect(c.label.en && c.label.fr, `${stem}.${c.key} labels`).toBeTruthy();
        expect(["integer", "double", "string", "boolean"]).toContain(c.datatype);
        if (c.description) described++;
      }
      const sidecar = JSON.parse(await readFile(path.join(dir, `${csv}-metadata.json`), "utf8")) as {
        url: string;
        "dc:license": string;
        tableSchema: {columns: Array<{name: string}>};
      };
      expect(sidecar.url).toBe(csv);
      expect(sidecar.tableSchema.columns.map((c) => c.name)).toEqual(header);
      expect(sidecar["dc:license"]).toBe("No licence declared for this build.");
    }
    // Most columns are described by their snapshot's schema.
    expect(described).toBeGreaterThan(csvs.length);
  });

  it("print the caption, the as-of date and the licence line in every SVG image", async () => {
    const svgs = files.filter((f) => f.endsWith(".svg"));
    expect(svgs.length).toBeGreaterThan(40);
    for (const svg of svgs) {
      const text = await readFile(path.join(dir, svg), "utf8");
      const fr = svg.includes("-fr");
      expect(text, svg).toContain(
        fr ? "Licence\u202f: aucune déclarée pour cette version" : "Licence: none declared for this build"
      );
      expect(text, svg).toMatch(fr ? /données au \d+/ : /data as of [A-Z][a-z]+ \d+, \d{4}/);
    }
  });
});
