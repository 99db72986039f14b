import {readFile} from "node:fs/promises";

import {describe, expect, it} from "vitest";

import {fillParams, loadCatalogue} from "./catalogue.js";

describe("the catalogue", () => {
  it("is the count the README gives", async () => {
    const count = (await loadCatalogue(process.cwd())).reduce((n, page) => n + page.analyses.length, 0);
    const readme = await readFile("README.md", "utf8");
    expect(readme.match(/runs (\d+) analyses/)?.[1]).toBe(String(count));
  });

  it("sets every placeholder of a twin's SQL and names a missing one", () => {
    expect(
      fillParams(
        "select '{{items}}' as kind from item_counts where kind = '{{ items }}'",
        {items: "tags"},
        "q/_items.sql",
        "t"
      )
    ).toBe("select 'tags' as kind from item_counts where kind = 'tags'");
    expect(() => fillParams("{{ list }}", {items: "tags"}, "q/_items.sql", "t")).toThrow(
      "The analysis t reads q/_items.sql, which needs a value for {{ list }}."
    );
  });
});
