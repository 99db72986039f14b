import {describe, expect, it} from "vitest";

import {claim} from "../../../pipeline/narrative.js";
import {itemNames, phrases} from "./englishItems.js";

describe("English data items in French sentences", () => {
  it("marks the items a claim quotes, whole words only, the longest first", () => {
    const claims = [
      claim("riser", {item: "kosher salt"}),
      claim("shift", {riser: "salt", faller: "baker's chocolate"})
    ];
    const names = itemNames(claims, "fr");
    // The French apostrophe is typographic in the typeset sentence: both spellings are looked for.
    expect(names).toEqual(["kosher salt", "salt", "baker's chocolate", "baker\u2019s chocolate"]);
    const sentence =
      "« kosher salt » a progressé, « salt » aussi, « baker\u2019s chocolate » a reculé ; saltimbocca non.";
    expect(
      phrases(sentence, names, "fr")
        .filter((p) => p.english)
        .map((p) => p.text)
    ).toEqual(["kosher salt", "salt", "baker\u2019s chocolate"]);
    expect(
      phrases(sentence, names, "fr")
        .map((p) => p.text)
        .join("")
    ).toBe(sentence);
  });

  it("marks the runner-up a claim names beside its leader ('among the largest rises, with …')", () => {
    const names = itemNames([claim("riser.among", {item: "garlic cloves", next: "kosher salt"})], "fr");
    expect(names).toEqual(["garlic cloves", "kosher salt"]);
  });

  it("leaves English pages and sentences without items whole", () => {
    expect(phrases("“salt” rose most", ["salt"], "en")).toEqual([{text: "“salt” rose most", english: false}]);
    expect(phrases("Aucun ingrédient", [], "fr")).toEqual([{text: "Aucun ingrédient", english: false}]);
    expect(itemNames([claim("mixed", {measures: 4, nutrient: "calories"})], "fr")).toEqual([]);
  });
});
