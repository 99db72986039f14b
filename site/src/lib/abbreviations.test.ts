import {describe, expect, it} from "vitest";

import {abbreviations} from "./abbreviations.js";

describe("abbreviations", () => {
  it("spells out the degrees of freedom after a number, in each language's abbreviation", () => {
    expect(abbreviations("χ² = 12.3, 3 df, p < 0.001", "en")).toEqual([
      {text: "χ² = 12.3, 3 "},
      {text: "df", title: "degrees of freedom"},
      {text: ", p < 0.001"}
    ]);
    expect(abbreviations("χ² = 12,3, 3\u00a0ddl, p < 0,001", "fr")).toEqual([
      {text: "χ² = 12,3, 3\u00a0"},
      {text: "ddl", title: "degrés de liberté"},
      {text: ", p < 0,001"}
    ]);
  });

  it("leaves the other language's abbreviation, a word that starts with it and one after no number as text", () => {
    expect(abbreviations("3 ddl", "en")).toEqual([{text: "3 ddl"}]);
    expect(abbreviations("3 dfx and the df", "en")).toEqual([{text: "3 dfx and the df"}]);
  });
});
