import {describe, expect, it} from "vitest";

import {SHARE_STRINGS, ts} from "./share.js";

describe("sharing strings", () => {
  it("have the same keys in English and French, none empty", () => {
    expect(Object.keys(SHARE_STRINGS.fr).sort()).toEqual(Object.keys(SHARE_STRINGS.en).sort());
    for (const lang of ["en", "fr"] as const)
      for (const [key, value] of Object.entries(SHARE_STRINGS[lang]))
        expect(value.trim(), `${lang} ${key}`).not.toBe("");
  });

  it("fill placeholders and set French punctuation", () => {
    expect(ts("en", "figurePage.linkLabel", {caption: "Recipes per year"})).toBe("Figure page: Recipes per year");
    expect(ts("fr", "figurePage.linkLabel", {caption: "Recettes par an"})).toBe(
      "Page de la figure\u202f: Recettes par an"
    );
  });
});
