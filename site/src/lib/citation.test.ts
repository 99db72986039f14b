import {describe, expect, it} from "vitest";

import {citation} from "./citation.js";
import {shortCommit} from "./commit.js";

const input = {
  siteName: "Back to the Kitchen",
  title: "Recipes per year, 1999–2018 & 50% of #tags_used.",
  url: "https://kitchen.example/figures/trends_volume/per_year/",
  dataAsOf: "2018-12-20",
  builtAt: "2026-12-04T21:53:31.631Z",
  commit: "f355058323d6e10d625555ced1855ea0cda4de70",
  key: "trends_volume_per_year"
};

describe("citation", () => {
  it("writes the APA-style reference with the build year, the data's as-of date, the commit and the URL", () => {
    expect(citation({...input, lang: "en"}).apa).toBe(
      "Back to the Kitchen. (2026). Recipes per year, 1999–2018 & 50% of #tags_used [Figure; data as of December 20, 2018; commit f355058]. Back to the Kitchen. https://kitchen.example/figures/trends_volume/per_year/"
    );
    expect(
      citation({...input, lang: "fr", url: "https://kitchen.example/fr/figures/trends_volume/per_year/"}).apa
    ).toBe(
      "Back to the Kitchen. (2026). Recipes per year, 1999–2018 & 50% of #tags_used [Figure\u202f; données au 20\u00a0décembre 2018\u202f; commit f355058]. Back to the Kitchen. https://kitchen.example/fr/figures/trends_volume/per_year/"
    );
  });

  it("drops the word joiners that keep a French span of years on one line (pdfLaTeX rejects them)", () => {
    const c = citation({...input, title: "Recettes par année, 1999–\u20602018", lang: "fr"});
    expect(c.apa).toContain("Recettes par année, 1999–2018 [");
    expect(c.bibtex).not.toContain("\u2060");
  });

  it("says when the figure was drawn from generated data, in both languages", () => {
    const generated = {seed: "20191103", scale: "0,25"};
    expect(citation({...input, lang: "en", generated}).apa).toContain(
      "[Figure; generated data, seed 20191103, scale 0,25; data as of December 20, 2018; commit f355058]"
    );
    expect(citation({...input, lang: "fr", generated}).bibtex).toContain(
      "  note = {Figure\u202f; données générées, graine 20191103, échelle 0,25\u202f; données au 20\u00a0décembre 2018\u202f; commit f355058},"
    );
  });

  it("writes a BibTeX entry whose special characters are escaped and whose key is stable", () => {
    expect(citation({...input, lang: "en"}).bibtex).toBe(
      [
        "@misc{btk_trends_volume_per_year_20181220,",
        "  author = {{Back to the Kitchen}},",
        "  title = {{Recipes per year, 1999–2018 \\& 50\\% of \\#tags\\_used}},",
        "  year = {2026},",
        "  howpublished = {\\url{https://kitchen.example/figures/trends_volume/per_year/}},",
        "  note = {Figure; data as of December 20, 2018; commit f355058},",
        "  language = {english}",
        "}"
      ].join("\n")
    );
    expect(citation({...input, lang: "fr"}).bibtex).toContain("  language = {french}");
  });

  it("names the commit with the footer's short form, in both languages", () => {
    for (const lang of ["en", "fr"] as const) {
      const {apa, bibtex} = citation({...input, lang});
      expect(apa).toContain(`commit ${shortCommit(input.commit)}]`);
      expect(bibtex).toContain(`commit ${shortCommit(input.commit)}}`);
      expect(apa).not.toContain(input.commit.slice(0, 8));
    }
  });
});
