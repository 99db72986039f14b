import {describe, expect, it} from "vitest";

import type {TextModule} from "../../../pipeline/narrative.js";
import type {SentencePart} from "./claimDiff.js";
import {claimDiff} from "./claimDiff.js";

const TEXT: TextModule = {
  en: {
    rise: "Fat rose by {pp|pp|1} in {season|label}: {n|int} recipes.",
    "plain.rise": "Recipes got fattier in {season|label}."
  },
  fr: {
    rise: "Les lipides ont augmenté de {pp|pp|1} pour {season|label} : {n|int} recettes.",
    "plain.rise": "Les recettes sont plus grasses en {season|label}."
  }
};

const marked = (parts: SentencePart[] | undefined) => (parts ?? []).filter((p) => p.moved).map((p) => p.text);
const sentence = (parts: SentencePart[] | undefined) => (parts ?? []).map((p) => p.text).join("");

describe("claimDiff", () => {
  it("renders both sentences and marks only the values that read differently", () => {
    const before = {pp: 1.23, season: "Winter", n: 1200};
    const after = {pp: 1.27, season: "Winter", n: 1250};
    const en = claimDiff(TEXT, "rise", before, after, "en");
    expect(sentence(en?.before)).toBe("Fat rose by +1.2\u00a0pp in winter: 1,200 recipes.");
    expect(sentence(en?.after)).toBe("Fat rose by +1.3\u00a0pp in winter: 1,250 recipes.");
    expect(marked(en?.before)).toEqual(["+1.2\u00a0pp", "1,200"]);
    expect(marked(en?.after)).toEqual(["+1.3\u00a0pp", "1,250"]);
    // French typesetting applies across the marked values: a narrow no-break space before the colon.
    const fr = claimDiff(TEXT, "rise", before, after, "fr");
    expect(sentence(fr?.after)).toBe(
      "Les lipides ont augmenté de +1,3\u00a0pp pour l’hiver\u202f: 1\u202f250 recettes."
    );
    expect(marked(fr?.after)).toEqual(["+1,3\u00a0pp", "1\u202f250"]);
  });

  it("merges two sentences that differ only by their moved values into one, each old value kept beside its new one", () => {
    const before = {pp: 1.23, season: "Winter", n: 1200};
    const after = {pp: 1.27, season: "Winter", n: 1250};
    for (const lang of ["en", "fr"] as const) {
      const diff = claimDiff(TEXT, "rise", before, after, lang);
      // The merged sentence reads as the new one, and its moved values give back the old one.
      expect(sentence(diff?.merged)).toBe(sentence(diff?.after));
      const old = diff!.merged!.map((p) => (p.moved ? p.was : p.text)).join("");
      expect(old).toBe(sentence(diff?.before));
      expect(diff!.merged!.filter((p) => p.moved).map((p) => [p.text, p.was])).toEqual(
        marked(diff?.after).map((text, i) => [text, marked(diff?.before)[i]])
      );
    }
    // Other words around the values (the count's variant: "differs", "differ"): both sentences, never merged.
    const counted: TextModule = {
      en: {
        count: "{n|int} of the {total|int} nutrients differ.",
        "count#one": "{n|int} of the {total|int} nutrients differs."
      },
      fr: {
        count: "{n|int} des {total|int} nutriments diffèrent.",
        "count#one": "{n|int} des {total|int} nutriments diffère."
      }
    };
    const variant = claimDiff(counted, "count", {n: 1, total: 6, count: 1}, {n: 2, total: 6, count: 2}, "en");
    expect(sentence(variant?.before)).toBe("1 of the 6 nutrients differs.");
    expect(variant?.merged).toBeUndefined();
    // A new or a gone statement has nothing to merge with.
    expect(claimDiff(TEXT, "rise", null, after, "en")?.merged).toBeUndefined();
    expect(claimDiff(TEXT, "rise", before, null, "en")?.merged).toBeUndefined();
  });

  it("says which abbreviated units its sentences print, from the template's specs, not from the words", () => {
    const text: TextModule = {
      en: {
        rise: TEXT.en.rise!,
        fat: "Fat moved by {d|ssig|2|unit:dv_points} per year; the pp of the lede are not printed here.",
        count: "{n|int} recipes."
      },
      fr: {
        rise: TEXT.fr.rise!,
        fat: "Les lipides ont bougé de {d|ssig|2|unit:dv_points} par an.",
        count: "{n|int} recettes."
      }
    };
    for (const lang of ["en", "fr"] as const) {
      expect(
        claimDiff(text, "rise", {pp: 1, season: "Winter", n: 1}, {pp: 2, season: "Winter", n: 1}, lang)?.units
      ).toEqual(["pp"]);
      expect(claimDiff(text, "fat", {d: 0.1}, {d: 0.2}, lang)?.units).toEqual(["dv"]);
      expect(claimDiff(text, "count", {n: 1}, {n: 2}, lang)?.units).toEqual([]);
    }
  });

  it("gives a headline by its sentence with figures, without the plain words that would say it twice", () => {
    const diff = claimDiff(TEXT, "rise", {pp: 1, season: "Winter", n: 1}, {pp: 1, season: "Summer", n: 1}, "en");
    expect(sentence(diff?.after)).toBe("Fat rose by +1.0\u00a0pp in summer: 1 recipes.");
    expect(marked(diff?.after)).toEqual(["summer"]);
  });

  it("pairs values by name, so a tie's variant with fewer values marks only those that moved", () => {
    const text: TextModule = {
      en: {
        peak: "A peak of {d|int} in {year} ({r|int} recipes), and {last|int} in {lastYear}.",
        "peak#tie": "A peak of {d|int}, reached in {year|label}, and {last|int} in {lastYear}."
      },
      fr: {
        peak: "Un pic de {d|int} en {year} ({r|int} recettes), et {last|int} en {lastYear}.",
        "peak#tie": "Un pic de {d|int}, atteint en {year|label}, et {last|int} en {lastYear}."
      }
    };
    const before = {d: 475, year: "2006", r: 24996, last: 232, lastYear: "2018"};
    const after = {d: 475, year: "2006+2008", last: 232, lastYear: "2018"};
    const diff = claimDiff(text, "peak", before, after, "en");
    expect(sentence(diff?.after)).toBe("A peak of 475, reached in 2006 and 2008, and 232 in 2018.");
    // By position, "232" and "2018" were paired with "24,996" and "232" and marked in both sentences.
    expect(marked(diff?.before)).toEqual(["2006", "24,996"]);
    expect(marked(diff?.after)).toEqual(["2006 and 2008"]);
  });

  it("has no change when the values moved below the precision the sentence shows", () => {
    expect(
      claimDiff(TEXT, "rise", {pp: 1.21, season: "Winter", n: 3}, {pp: 1.24, season: "Winter", n: 3}, "en")
    ).toBeUndefined();
  });

  it("shows a new or a gone statement unmarked", () => {
    const values = {pp: 2, season: "Spring", n: 5};
    const added = claimDiff(TEXT, "rise", null, values, "en");
    expect(added?.before).toBeUndefined();
    expect(marked(added?.after)).toEqual([]);
    expect(sentence(added?.after)).toBe("Fat rose by +2.0\u00a0pp in spring: 5 recipes.");
    const gone = claimDiff(TEXT, "rise", values, null, "fr");
    expect(gone?.after).toBeUndefined();
    expect(sentence(gone?.before)).toBe(
      "Les lipides ont augmenté de +2,0\u00a0pp pour le printemps\u202f: 5 recettes."
    );
  });

  it("cannot render a claim without a template or with a missing value", () => {
    expect(claimDiff(undefined, "rise", null, {pp: 1}, "en")).toBeNull();
    expect(claimDiff(TEXT, "no.such.claim", null, {pp: 1}, "en")).toBeNull();
    expect(claimDiff(TEXT, "rise", {pp: 1, season: "Winter", n: 1}, {pp: 2}, "en")).toBeNull();
  });

  it("shows the new sentence, unmarked, when only the old one cannot be rebuilt, rendering it once", () => {
    // The old set did not record a value the template now quotes: "What's new" said so, after rendering the new
    // sentence a second time through another call.
    let reads = 0;
    const counted: TextModule = {
      en: new Proxy(TEXT.en, {get: (target, key: string) => (key === "rise" && reads++, target[key])}),
      fr: TEXT.fr
    };
    const diff = claimDiff(counted, "rise", {pp: 1}, {pp: 2, season: "Winter", n: 1}, "en");
    expect(diff).toMatchObject({before: undefined, beforeUnavailable: true});
    expect(marked(diff?.after)).toEqual([]);
    expect(sentence(diff?.after)).toBe("Fat rose by +2.0 pp in winter: 1 recipes.");
    expect(reads).toBe(2);
  });

  it("words a claim with its count's variant, as the analysis page does (« 1 des 6 nutriments diffère »)", () => {
    const text: TextModule = {
      en: {
        count: "{count|int} of the {total|int} nutrients differ.",
        "count#one": "{count|int} of the {total|int} nutrients differs."
      },
      fr: {
        count: "{count|int} des {total|int} nutriments diffèrent.",
        "count#one": "{count|int} des {total|int} nutriments diffère."
      }
    };
    const diff = claimDiff(text, "count", {count: 1, total: 6}, {count: 2, total: 6}, "fr");
    expect(sentence(diff?.before)).toBe("1 des 6 nutriments diffère.");
    expect(sentence(diff?.after)).toBe("2 des 6 nutriments diffèrent.");
    expect(sentence(claimDiff(text, "count", {count: 3, total: 6}, {count: 1, total: 6}, "en")?.after)).toBe(
      "1 of the 6 nutrients differs."
    );
  });

  it("lists nothing when only the count's variant differs, as for values stored before a claim carried its count", () => {
    const text: TextModule = {
      en: {
        count: "{significant|int|count} of the {total|int} differ.",
        "count#one": "{significant|int|count} of the {total|int} differs."
      },
      fr: {
        count: "{significant|int|count} des {total|int} diffèrent.",
        "count#one": "{significant|int|count} des {total|int} diffère."
      }
    };
    const legacy = {significant: 1, total: 6};
    expect(claimDiff(text, "count", legacy, {...legacy, count: 1, countOf: 6}, "en")).toBeUndefined();
  });

  it("counts the value the variant agrees with, not the sentence's first integer (« Sur les 6 nutriments, 1 diffère »)", () => {
    const text: TextModule = {
      en: {
        count: "{significant|int|count} of the {total|int} differ.",
        "count#one": "{significant|int|count} of the {total|int} differs."
      },
      fr: {
        count: "Sur les {total|int} nutriments, {significant|int|count} diffèrent.",
        "count#one": "Sur les {total|int} nutriments, {significant|int|count} diffère."
      }
    };
    const sentence = (parts?: {text: string}[]) => parts?.map((p) => p.text).join("");
    const diff = claimDiff(text, "count", {significant: 1, total: 6}, {significant: 2, total: 6}, "fr");
    expect(sentence(diff?.before)).toBe("Sur les 6 nutriments, 1 diffère.");
    expect(sentence(diff?.after)).toBe("Sur les 6 nutriments, 2 diffèrent.");
  });
});
