import {describe, expect, it} from "vitest";

import {claim} from "../../pipeline/narrative.js";
import {textProblems} from "./_textCheck.js";

const snapshot = {params: {alpha: 0.05}, narrative: {headline: claim("up", {slope: 1.5}), claims: [claim("flat", {})]}};

describe("textProblems", () => {
  it("accepts a sound module", () => {
    const text = {
      en: {title: "T", method: "At α = {alpha|2}, slope {slope|1}.", up: "Up by {slope|1}.", flat: "Flat."},
      fr: {title: "T", method: "Au seuil α = {alpha|2}, pente {slope|1}.", up: "Hausse de {slope|1}.", flat: "Stable."}
    };
    expect(textProblems(text, ["up", "flat"], [snapshot])).toEqual([]);
  });

  it("reports differing keys, stray keys, missing templates, typed numbers and unrenderable templates", () => {
    const text = {
      en: {title: "Top 10", method: "{beta|2}", up: "Up {slope|1}.", extra: "x"},
      fr: {title: "T", method: "{alpha|2}", up: "Hausse {missing}."}
    };
    expect(textProblems(text, ["up", "flat"], [snapshot])).toEqual([
      "keys differ: en [extra,method,title,up] vs fr [method,title,up]",
      "unexpected key: extra",
      "no template for claim flat",
      "en title: a number is typed into text",
      "en method: missing value {beta} in: {beta|2}",
      "en flat: no en template for claim flat",
      "fr up: missing value {missing} in: Hausse {missing}.",
      "fr flat: no fr template for claim flat"
    ]);
  });

  it("reports a claim the step did not declare", () => {
    const text = {en: {up: "Up."}, fr: {up: "Hausse."}};
    const rogue = {params: {}, narrative: {headline: claim("up"), claims: [claim("down")]}};
    expect(textProblems(text, ["up"], [rogue])).toContain("claim down is not among the declared ids");
  });
});
