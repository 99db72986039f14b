/** The trend claims' sentences: the fitted change over the period and its interval are read with their unit. */
import {describe, expect, it} from "vitest";

import type {TextModule} from "../../pipeline/narrative.js";
import {LOCALES, renderTemplate} from "../../pipeline/narrative.js";
import {text as complexity} from "./trends_complexity.text.js";
import {text as duration} from "./trends_duration.text.js";
import {text as nutrition} from "./trends_nutrition.text.js";

const VALUES = {
  slope: 0.08,
  p: 0.01,
  r2: 0.4,
  change: 1.5,
  changeLower: 0.4,
  changeUpper: 2.6,
  level: 0.95,
  firstYear: "1999",
  lastYear: "2018",
  nutrient: "carb_pct"
};

/** A number as the templates print it (sign, digits, decimal point or comma) followed by a (no-break) space. */
const NUM = String.raw`[+\u2212]?[\d.,]+`;
const NUMBER = String.raw`${NUM}[\u00a0 ]`;
const UNIT = String.raw`(?:kcal|points?|steps?|ingredients?|minutes?|%DV points?|étapes?|ingrédients?)`;
// "a fitted change of +1.5 points from 1999 to 2018 (95% interval +0.40 to +2.6 points)", "the fitted change is …", or, after a
// sentence that gave the change's size in words, "(a fitted change of −8.9 minutes, 95% interval −11 to −7.0 minutes)":
// the signed change stands beside its signed interval, so "8.9 minutes less" never meets "−11 to −7.0" alone.
const SAYS = {
  en: new RegExp(String.raw`fitted change (?:of|is) ${NUMBER}${UNIT}.* to ${NUMBER}${UNIT}[^()]*\)`, "u"),
  fr: new RegExp(String.raw`évolution ajustée (?:de|vaut) ${NUMBER}${UNIT}.* à ${NUMBER}${UNIT}[^()]*\)`, "u")
};

describe.each([
  ["trends_complexity", complexity],
  ["trends_duration", duration],
  ["trends_nutrition", nutrition]
] as Array<[string, TextModule]>)("%s", (_, text) => {
  it.each(LOCALES)("gives the fitted change over the period and its interval with their unit (%s)", (locale) => {
    const sentences = Object.entries(text[locale]).filter(([, t]) => /fitted change|évolution ajustée/.test(t));
    expect(sentences.length).toBeGreaterThan(0);
    for (const [key, template] of sentences) {
      const rendered = renderTemplate(template, VALUES, locale);
      expect(rendered, key).toMatch(SAYS[locale]);
    }
  });
});
