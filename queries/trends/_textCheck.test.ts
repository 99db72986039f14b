import {describe, expect, it} from "vitest";

import {claim} from "../../pipeline/narrative.js";
import {textProblems} from "./_textCheck.js";

describe("textProblems", () => {
  const snapshot = {
    params: {firstYear: "2000", alpha: 0.05},
    narrative: {headline: claim("up", {slope: 1}), claims: []}
  };
  const good = {
    en: {title: "T", lede: "L", method: "From {firstYear}, α {alpha|2}.", up: "Up {slope|2}."},
    fr: {title: "T", lede: "L", method: "Dès {firstYear}, α {alpha|2}.", up: "Hausse {slope|2}."}
  };

  it("accepts a complete module", () => {
    expect(textProblems(good, ["up"], snapshot)).toEqual([]);
  });

  it("reports every kind of gap", () => {
    const bad = {
      en: {...good.en, method: "From {lastYear} over 20 years.", extra: "x"},
      fr: {title: "T", lede: "L", method: "Dès {firstYear}.", up: "Hausse."}
    };
    expect(textProblems(bad, ["up", "down"], snapshot)).toEqual([
      "en and fr keys differ: extra,lede,method,title,up vs lede,method,title,up",
      "unused key extra",
      "no template for claim down",
      "en method types a number",
      "en method: missing value {lastYear} in: From {lastYear} over 20 years."
    ]);
  });

  it("reports a claim the step did not declare", () => {
    const stray = {...snapshot, narrative: {headline: claim("up", {slope: 1}), claims: [claim("down")]}};
    expect(textProblems(good, ["up"], stray)).toContain("claim down is not declared");
  });
});
