/**
 * The words of the item trends' headline, in both languages and for both nouns: the plain line a reader can repeat,
 * the statistics below it, counts that say what they count and French that agrees with the noun's gender.
 */
import {describe, expect, it} from "vitest";

import type {Claim, Locale} from "../../pipeline/narrative.js";
import {renderHeadline} from "../../pipeline/narrative.js";
import {text as ingredientText} from "./trends_ingredients.text.js";
import {text as tagText} from "./trends_tags.text.js";

const values = {
  riser: "garlic cloves",
  riserDeltaPp: 13.07,
  riserLowerPp: 10.45,
  riserUpperPp: 15.69,
  faller: "sugar",
  fallerDeltaPp: -10.09,
  fallerLowerPp: -13.29,
  fallerUpperPp: -6.89,
  level: 0.95,
  firstYear: "2000",
  firstYearTo: "2000",
  lastYearFrom: "2014",
  lastYear: "2017",
  firstWindow: "2000",
  lastWindow: "2014–2017"
};

/** The headline claim of each variant the step emits, with the counts of items a leader cannot be told from. */
const claims = (riserOthers: number, fallerOthers: number): Claim[] => [
  {id: "shift", values},
  {id: "shift.among", values: {...values, riserOthers, fallerOthers}},
  {id: "shift.among_rise", values: {...values, riserOthers}},
  {id: "shift.among_fall", values: {...values, fallerOthers}}
];

const modules = [
  ["ingredients", ingredientText, {en: ["ingredient", "ingredients"], fr: ["ingrédient", "ingrédients"]}],
  ["tags", tagText, {en: ["tag", "tags"], fr: ["étiquette", "étiquettes"]}]
] as const;

describe.each(modules)("the %s trends' headline", (kind, text, nouns) => {
  const render = (c: Claim, lang: Locale) => renderHeadline(text, c, lang);

  it("states the finding in plain words, with the statistics on the detail line", () => {
    for (const c of claims(2, 1))
      for (const lang of ["en", "fr"] as const) {
        const {headline, detail} = render(c, lang);
        expect(headline).toContain("garlic cloves");
        expect(headline).toContain("sugar");
        // No estimate, interval, level or unit abbreviation: those are the detail line's.
        expect(headline, headline).not.toMatch(/\d[.,]\d|%|\bpp\b|interval/);
        expect(detail, c.id).toBeDefined();
        expect(detail).toMatch(lang === "en" ? /95% interval of \+10\.5 to \+15\.7/ : /95\u00a0% de \+10,5 à \+15,7/);
        // The windows' notation is explained once, in the method and the figure, not inside the claim.
        expect(detail).not.toMatch(/span of years|plage d'années/);
        expect(headline.split(/\s+/).length, headline).toBeLessThan(45);
      }
  });

  it("says the leader rose or fell most only where no other item's estimate lies inside its interval", () => {
    const [shift, among, amongRise, amongFall] = claims(2, 1).map((c) => render(c, "en").headline);
    expect(shift).toMatch(/“garlic cloves” rose most .* “sugar” fell most/);
    expect(shift).not.toMatch(/too close/);
    // Where the data cannot tell the leader apart, the line names the group, never the leader as the winner.
    expect(among).toMatch(
      /rises .*: “garlic cloves” and 2\u00a0other \w+, too close to rank; the largest falls: “sugar” and 1\u00a0other/
    );
    expect(amongRise).toMatch(
      /rises .*: “garlic cloves” and 2\u00a0other \w+, too close to rank; the largest fall: “sugar”\.$/
    );
    expect(amongFall).toMatch(
      /rise .*: “garlic cloves”; the largest falls: “sugar” and 1\u00a0other \w+, too close to rank\.$/
    );
    for (const line of [among, amongRise, amongFall]) expect(line).not.toMatch(/rose most|fell most|cannot rank/);
    const fr = claims(2, 1).map((c) => render(c, "fr").headline);
    expect(fr[1]).toMatch(/reviennent à « garlic cloves » et à 2\u00a0autres \S+, impossibles à départager/);
    expect(fr[3]).toMatch(/revient à « garlic cloves » ; les plus fortes baisses, à « sugar » et à 1\u00a0autre \S+,/);
    for (const line of fr) expect(line).not.toMatch(/proche|classer devant/);
  });

  it("counts the other items in the analysis' noun, singular for one and plural for more", () => {
    for (const lang of ["en", "fr"] as const) {
      const [one, many] = nouns[lang];
      const among = (r: number, f: number) => render(claims(r, f)[1]!, lang);
      for (const line of Object.values(among(7, 1))) {
        expect(line).toMatch(new RegExp(`\\b7\u00a0(?:other |autres )?${many}\\b`, "u"));
        expect(line).toMatch(new RegExp(`\\b1\u00a0(?:other |autre )?${one}(?!s)`, "u"));
      }
      // "(7 in all)" left the count of what unsaid: the items besides the leader, named.
      expect(among(7, 1).detail).toMatch(
        lang === "en" ? /7\u00a0\w+ besides “garlic cloves”/ : /7\u00a0\S+ en plus de « garlic cloves »/
      );
      expect(among(7, 1).detail).not.toMatch(/en tout|in all|of them/);
    }
  });

  it("agrees the French pronouns with the noun: lequel for an ingredient, laquelle for a tag", () => {
    const feminine = kind === "tags";
    const [, among, amongRise, amongFall] = claims(2, 1).map((c) => render(c, "fr"));
    expect(among!.detail).toContain(feminine ? "lesquelles montent ou baissent" : "lesquels montent ou baissent");
    expect(amongRise!.detail).toContain(feminine ? "laquelle monte le plus" : "lequel monte le plus");
    expect(amongFall!.detail).toContain(feminine ? "laquelle baisse le plus" : "lequel baisse le plus");
    // The detail line's count has a verb: the interval holds the other estimates.
    expect(among!.detail).toMatch(/l'intervalle de la hausse contient l'estimation de 2\u00a0\S+ en plus de/);
    for (const line of [among, amongRise, amongFall].flatMap((r) => [r!.headline, r!.detail ?? ""]))
      expect(line).not.toMatch(feminine ? /\blequel|\blesquels\b/ : /\blaquelle|\blesquelles\b/);
  });
});
