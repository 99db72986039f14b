/**
 * French as a French reader writes it, in every query's text module: no calque of an English turn (« p = 0,26 au
 * seuil α », « plus grande valeur p », « ne suppose pas des variances égales », « le logarithme de un plus … »), no
 * sentence that opens with a numeral (« 1 des 125 ingrédients … » → « Sur les 125 ingrédients, 1 … »), one name per
 * nutrient, no space left before a closing parenthesis.
 */
import {readdirSync} from "node:fs";
import path from "node:path";
import {fileURLToPath} from "node:url";

import {describe, expect, it} from "vitest";

import type {TextModule} from "../pipeline/narrative.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here, {withFileTypes: true})
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(path.join(here, d.name))
      .filter((f) => f.endsWith(".text.ts") && !f.startsWith("_"))
      .map((f) => `${d.name}/${f}`)
  );

const modules: Array<[string, TextModule]> = await Promise.all(
  files.map(async (f): Promise<[string, TextModule]> => [f, ((await import(`./${f}`)) as {text: TextModule}).text])
);

/** Every French template of a module, with its key. */
function french(module: TextModule): Array<[string, string]> {
  return Object.entries(module.fr);
}

const CALQUES: Array<[RegExp, string]> = [
  [/\|p\} au seuil α/, "« p = 0,26 au seuil α » (say « au-dessus du seuil α »)"],
  [/plus grande valeur p/, "« plus grande valeur p »"],
  [/ne suppose pas des variances égales/, "« ne suppose pas des variances égales »"],
  [/logarithme (népérien )?de un plus/, "« le logarithme de un plus … » (reads log(1) + t)"],
  [/notés « pp » plus bas/, "« notés « pp » plus bas »"],
  [/[Gg]raisses saturées/, "« graisses saturées » (the nutrient is « acides gras saturés » everywhere)"],
  [/\(un \+ /, "« (un + minutes) », a formula spelled half in words (« augmenté de un »)"],
  [/, suit\./, "« …, avec son intervalle, suit. » (a calque of 'follows': « est donné plus bas »)"]
];

describe("French text of the query modules", () => {
  it("finds the modules", () => {
    expect(modules.length).toBeGreaterThan(20);
  });

  it.each(CALQUES)("has no calque %s", (pattern, what) => {
    const found = modules.flatMap(([f, m]) =>
      french(m)
        .filter(([, t]) => pattern.test(t))
        .map(([k]) => `${f} ${k}`)
    );
    expect(found, what).toEqual([]);
  });

  it("never opens a sentence on a count of a part (« 1 des 125 ingrédients … »)", () => {
    const found = modules.flatMap(([f, m]) =>
      french(m)
        .filter(([, t]) => /^\{\w+\|int\} (des|de ces) \{/.test(t))
        .map(([k]) => `${f} ${k}`)
    );
    expect(found).toEqual([]);
  });

  it("leaves no space before a closing parenthesis", () => {
    const found = modules.flatMap(([f, m]) =>
      (["en", "fr"] as const).flatMap((locale) =>
        Object.entries(m[locale])
          .filter(([, t]) => /[^\s(] \)/.test(t))
          .map(([k]) => `${f} ${locale} ${k}`)
      )
    );
    expect(found).toEqual([]);
  });
});

/**
 * « moyenne saisonnière », "seasonal mean": the mean of the four seasons a heatmap's cells are compared with, or one
 * season's own mean? Both, on one page. Each concept has its term (site/src/i18n/glossary.ts): « moyenne des quatre
 * saisons » / "mean of the four seasons", « moyenne de la saison » / "season's mean".
 */
const AMBIGUOUS_MEAN: Record<"en" | "fr", RegExp> = {
  en: /seasonal (?:mean|average)s?(?!\p{L})/iu,
  fr: /moyennes? saisonnières?(?!\p{L})/iu
};

describe("the seasonal means", () => {
  const ambiguous = (m: TextModule): string[] =>
    (["en", "fr"] as const).flatMap((locale) =>
      Object.entries(m[locale])
        .filter(([, t]) => AMBIGUOUS_MEAN[locale].test(t))
        .map(([k]) => `${locale} ${k}`)
    );

  it("are named « moyenne des quatre saisons » or « moyenne de la saison », never « moyenne saisonnière »", () => {
    const found = modules.flatMap(([f, m]) => ambiguous(m).map((where) => `${f} ${where}`));
    expect(found).toEqual([]);
  });

  it("catches the phrase in both languages", () => {
    expect(AMBIGUOUS_MEAN.fr.test("l'écart à la moyenne saisonnière du nutriment")).toBe(true);
    expect(AMBIGUOUS_MEAN.fr.test("compare les moyennes saisonnières")).toBe(true);
    expect(AMBIGUOUS_MEAN.en.test("Above the tag's seasonal mean")).toBe(true);
    expect(AMBIGUOUS_MEAN.fr.test("la moyenne des quatre saisons ; la moyenne de la saison")).toBe(false);
  });
});
