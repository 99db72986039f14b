import {describe, expect, it} from "vitest";

import {
  claim,
  cohenLabel,
  extremeKeys,
  formatCalendar,
  formatNumber,
  formatP,
  formatSignificant,
  formatPercent,
  formatSigned,
  labelList,
  phiLabel,
  placeholders,
  printedDifference,
  printsEqual,
  renderClaim,
  renderHeadline,
  renderTemplate,
  templateAbbreviations,
  varianceExplainedLabel
} from "./narrative.js";

describe("narrative templates", () => {
  const values = {slope: -0.46412, p: 2.81e-6, r2: 0.71339, n: 200066, share: 0.0872, season: "Spring", delta: 0.35};

  it("renders numbers in English and French with their specs", () => {
    const template =
      "{n|int} recipes; slope {slope|signed|2} ({slope|abs|3}), R² {r2|2}, {p|p}, {share|pct|1}, {delta|pp|2}, {season|label}";
    expect(renderTemplate(template, values, "en")).toBe(
      "200,066 recipes; slope −0.46 (0.464), R² 0.71, p < 0.001, 8.7%, +0.35\u00a0pp, spring"
    );
    expect(renderTemplate(template, values, "fr")).toBe(
      "200\u202f066 recipes; slope −0,46 (0,464), R² 0,71, p < 0,001, 8,7\u00a0%, +0,35\u00a0pp, le printemps"
    );
  });

  it("formats p-values, signs and percentages at their boundaries", () => {
    expect(formatP(0.0009999, "en")).toBe("p < 0.001");
    expect(formatP(0.001, "en")).toBe("p = 0.001");
    expect(formatP(0.0739, "en")).toBe("p = 0.07");
    expect(formatP(0.0516, "en")).toBe("p = 0.052");
    expect(formatP(0.0496, "en")).toBe("p = 0.0496");
    expect(formatP(0.00851, "fr")).toBe("p = 0,009");
    expect(formatSigned(0.004, "en", 2)).toBe("0.00");
    expect(formatSigned(3, "en", 0)).toBe("+3");
    expect(formatPercent(-0.0301, "en", 2)).toBe("−3.01%");
    expect(formatNumber(-0.0004, "en", 3)).toBe("0.000");
    expect(formatNumber(-0.0005, "fr", 3)).toBe("−0,001");
  });

  it("throws on a missing value, a non-numeric value and an unknown spec", () => {
    expect(() => renderTemplate("{x|2}", {}, "en")).toThrow("missing value {x}");
    expect(() => renderTemplate("{x|2}", {x: "a"}, "en")).toThrow("non-numeric value");
    expect(() => renderTemplate("{x|weird}", {x: 1}, "en")).toThrow("unknown format spec: weird");
  });

  it("lists placeholders and renders claims through a text module", () => {
    expect(placeholders("a {x|2} b {y} c {z|p}")).toEqual(["x", "y", "z"]);
    const text = {
      en: {"trend.down": "Falls by {slope|abs|2} a year."},
      fr: {"trend.down": "Baisse de {slope|abs|2} par an."}
    };
    expect(renderClaim(text, claim("trend.down", {slope: -0.464}), "fr")).toBe("Baisse de 0,46 par an.");
    expect(() => renderClaim(text, claim("trend.up", {}), "en")).toThrow("no en template for claim trend.up");
  });

  it("labels effect sizes at Cohen's thresholds", () => {
    expect([0.19, 0.2, 0.5, 0.8].map(cohenLabel)).toEqual(["negligible", "small", "medium", "large"]);
    expect([0.009, 0.01, 0.06, 0.14].map(varianceExplainedLabel)).toEqual(["negligible", "small", "medium", "large"]);
    expect([-0.05, 0.1, 0.3, 0.5].map(phiLabel)).toEqual(["negligible", "small", "medium", "large"]);
  });
});

describe("dates in prose", () => {
  it("writes dates and months in words in both languages, never in ISO form", () => {
    const values = {first: "1999-08-06", last: "2018-12", other: "not a date"};
    expect(renderTemplate("From {first|date} to {last|month} ({other|date}).", values, "en")).toBe(
      "From August 6, 1999 to December 2018 (not a date)."
    );
    expect(renderTemplate("Du {first|date} à {last|month}.", values, "fr")).toBe(
      "Du 6\u00a0août 1999 à décembre 2018."
    );
    expect(formatCalendar("2018-12-04", "date", "fr")).toBe("4\u00a0décembre 2018");
  });
});

describe("significant digits", () => {
  it("prints small quantities with the digits they carry, never as 0.00000", () => {
    expect(
      renderTemplate("{a|ssig|2} {b|sig|3} {c|ssig|2} {d|sig|2}", {a: 4.7e-7, b: 0.000123456, c: -0.00022, d: 0}, "en")
    ).toBe("+0.00000047 0.000123 \u22120.00022 0");
    expect(renderTemplate("{a|sig|2}", {a: 1234.5}, "fr")).toBe("1\u202f200");
    expect(formatSignificant(-0.0123, "fr", 2)).toBe("\u22120,012");
  });

  it("prints a rank as an ordinal in each language (ord)", () => {
    const ranks = {a: 1, b: 22, c: 33, d: 75, e: 11};
    expect(renderTemplate("{a|ord} {b|ord} {c|ord} {d|ord} {e|ord}", ranks, "en")).toBe("1st 22nd 33rd 75th 11th");
    expect(renderTemplate("{a|ord} {b|ord} {d|ord}", ranks, "fr")).toBe("1er 22e 75e");
  });

  it("prints a difference marked diff:a:b as the difference of its terms as printed", () => {
    // The readers' case: 9.357 and 8.973 print 9.36 and 8.97; their exact gap 0.384 would print 0.38.
    const means = {high: 9.357, low: 8.973, gap: 9.357 - 8.973};
    expect(renderTemplate("{high|2} and {low|2}: {gap|2|diff:high:low|unit:steps}", means, "en")).toBe(
      "9.36 and 8.97: 0.39\u00a0steps"
    );
    expect(renderTemplate("{gap|2}", means, "en")).toBe("0.38");
    // Shares printed as percentages, their gap in points: 27.04% and 33.66% print 27.0% and 33.7%, so +6.7 pp.
    const shares = {first: 0.2704, last: 0.3366, deltaPp: (0.3366 - 0.2704) * 100};
    expect(renderTemplate("{first|pct|1} → {last|pct|1} ({deltaPp|pp|1|diff:last:first})", shares, "fr")).toBe(
      "27,0\u00a0% → 33,7\u00a0% (+6,7\u00a0pp)"
    );
    // A term the template does not print (a plain headline) is read with the difference's spec.
    expect(renderTemplate("{gap|2|diff:high:low} more", means, "en")).toBe("0.39 more");
    // Terms named the wrong way round, or not numeric, are a template's bug.
    expect(() => renderTemplate("{high|2} {low|2} {gap|2|diff:low:high}", means, "en")).toThrow(/is not low − high/);
    expect(() => renderTemplate("{gap|2|diff:high:name}", {...means, name: "x"}, "en")).toThrow(/two numeric terms/);
    expect(printedDifference(9.357, 8.973, "2")).toBeCloseTo(0.39, 12);
    expect(printedDifference(0.3366, 0.2704, "pct|1")).toBeCloseTo(0.067, 12);
  });

  it("prints an interval's bounds with its estimate's decimals (as:), never an estimate with fewer digits", () => {
    // The readers' case: −10 (2 significant digits) beside bounds −11 and −9.9.
    const values = {change: -10.21, lower: -10.9, upper: -9.87};
    const t = "{change|ssig|2|unit:dv_points} ({lower|ssig|2|as:change} to {upper|ssig|2|as:change|unit:dv_points})";
    expect(renderTemplate(t, values, "en")).toBe("\u221210\u00a0%DV points (\u221211 to \u221210\u00a0%DV points)");
    expect(renderTemplate(t.replaceAll("|2", "|3"), values, "fr")).toBe(
      "\u221210,2\u00a0points de % AJ (\u221210,9 to \u22129,9\u00a0points de % AJ)"
    );
    expect(renderTemplate("{c|ssig|2} ({l|ssig|2|as:c} to {u|ssig|2|as:c})", {c: 0.46, l: 0.371, u: 0.55}, "en")).toBe(
      "+0.46 (+0.37 to +0.55)"
    );
    expect(renderTemplate("{c|sig|2} ({l|sig|2|as:c})", {c: 238.4, l: 230.04}, "en")).toBe("240 (230)");
    expect(() => renderTemplate("{l|int|as:c}", {c: 1, l: 2}, "en")).toThrow(/needs a numeric estimate/);
    // as: may stand anywhere in the spec; an ssig without digits takes one, as {c|ssig} does.
    expect(renderTemplate("{c|ssig} ({l|ssig|as:c})", {c: 0.46, l: 0.371}, "en")).toBe("+0.5 (+0.4)");
    expect(renderTemplate("{c|ssig|2} ({l|as:c|ssig|2})", {c: 0.46, l: 0.371}, "en")).toBe("+0.46 (+0.37)");
    expect(renderTemplate("{l|ssig|unit:stars|as:c}", {c: 0.46, l: 0.371}, "en")).toBe(
      renderTemplate("{l|signed|1|unit:stars}", {l: 0.371}, "en")
    );
    // Scaled (per year → per decade): +0.0047 per decade, bounds with its four decimals.
    expect(
      renderTemplate(
        "{c|scale:10|ssig|2} ({l|scale:10|ssig|2|as:c} to {u|scale:10|ssig|2|as:c|unit:stars})",
        {c: 0.00047, l: -0.00035, u: 0.00129},
        "en"
      )
    ).toBe("+0.0047 (\u22120.0035 to +0.0129\u00a0stars)");
  });
});

describe("units", () => {
  it("gives a number its unit, in the plural form the language uses for the number as printed", () => {
    const t = "{a|ssig|2|unit:steps}; {b|abs|0|unit:ingredients}; {c|int|unit:minutes}";
    expect(renderTemplate(t, {a: 1.5, b: 1.2, c: 2}, "en")).toBe("+1.5\u00a0steps; 1\u00a0ingredient; 2\u00a0minutes");
    // French is singular below 2: « 1,5 étape », but « 2,0 étapes ».
    expect(renderTemplate(t, {a: -1.5, b: 1.2, c: 1}, "fr")).toBe(
      "\u22121,5\u00a0étape; 1\u00a0ingrédient; 1\u00a0minute"
    );
    expect(renderTemplate("{a|ssig|2|unit:points}", {a: 1.96}, "fr")).toBe("+2,0\u00a0points");
    expect(() => renderTemplate("{a|ssig|2|unit:parsecs}", {a: 1}, "en")).toThrow(/unknown unit: parsecs/);
  });

  it("writes percentage points in the singular below 2 in French (« −0,34 point de pourcentage »)", () => {
    const t = "{d|signed|2|unit:pct_points}";
    expect(renderTemplate(t, {d: -0.34}, "fr")).toBe("\u22120,34\u00a0point de pourcentage");
    expect(renderTemplate(t, {d: 1.99}, "fr")).toBe("+1,99\u00a0point de pourcentage");
    expect(renderTemplate(t, {d: 2.5}, "fr")).toBe("+2,50\u00a0points de pourcentage");
    expect(renderTemplate(t, {d: -0.34}, "en")).toBe("\u22120.34\u00a0percentage points");
    expect(renderTemplate(t, {d: 1}, "en")).toBe("+1.00\u00a0percentage points");
  });
});

describe("agreement with a count", () => {
  it("uses a claim's variant for a count of one when the language's plural rule says so", () => {
    const text = {
      en: {
        title: "",
        lede: "",
        method: "",
        x: "{n|int} of {m|int} items appear",
        "x#one": "{n|int} of {m|int} items appears"
      },
      fr: {
        title: "",
        lede: "",
        method: "",
        x: "{n|int} des {m|int} objets apparaissent",
        "x#one": "{n|int} des {m|int} objets apparaît"
      }
    };
    const one = claim("x", {count: 1, n: 1, m: 125});
    expect(renderClaim(text, one, "en")).toBe("1 of 125 items appears");
    expect(renderClaim(text, one, "fr")).toBe("1 des 125 objets apparaît");
    const three = claim("x", {count: 3, n: 3, m: 125});
    expect(renderClaim(text, three, "en")).toBe("3 of 125 items appear");
    expect(renderClaim(text, three, "fr")).toBe("3 des 125 objets apparaissent");
    // French counts zero as singular, English as plural.
    const none = claim("x", {count: 0, n: 0, m: 125});
    expect(renderClaim(text, none, "en")).toBe("0 of 125 items appear");
    expect(renderClaim(text, none, "fr")).toBe("0 des 125 objets apparaît");
    // A count that is the whole says so: "all 6", not "6 of the 6"; without an #all variant, the plural sentence.
    const all = {
      ...text,
      en: {...text.en, "x#all": "All {m|int} items appear"},
      fr: {...text.fr, "x#all": "Les {m|int} objets apparaissent tous"}
    };
    expect(renderClaim(all, claim("x", {count: 6, countOf: 6, n: 6, m: 6}), "en")).toBe("All 6 items appear");
    expect(renderClaim(all, claim("x", {count: 6, countOf: 6, n: 6, m: 6}), "fr")).toBe(
      "Les 6 objets apparaissent tous"
    );
    expect(renderClaim(text, claim("x", {count: 6, countOf: 6, n: 6, m: 6}), "en")).toBe("6 of 6 items appear");
  });
});

describe("p-values near one", () => {
  it("bounds a p-value above 0.99 instead of printing p = 1.00", () => {
    expect(formatP(0.995, "en")).toBe("p > 0.99");
    expect(formatP(0.995, "fr")).toBe("p > 0,99");
    expect(formatP(0.99, "en")).toBe("p = 0.99");
  });
});

describe("ratios, shares near a bound and rescaled rates", () => {
  it("writes a ratio with its × sign, spaced the French way in French", () => {
    expect(renderTemplate("{r|times|1}", {r: 170.94}, "en")).toBe("170.9×");
    expect(renderTemplate("{r|times|2}", {r: 1.0712}, "fr")).toBe("1,07\u202f×");
  });

  it("never prints an R² of 0.996 as 1.00, nor 0.004 as 0.00", () => {
    expect(renderTemplate("{r2|bounded|2}", {r2: 0.9962}, "en")).toBe("0.996");
    expect(renderTemplate("{r2|bounded|2}", {r2: 0.99962}, "fr")).toBe("0,9996");
    expect(renderTemplate("{r2|bounded|2}", {r2: 0.0042}, "en")).toBe("0.004");
    expect(renderTemplate("{r2|bounded|2}", {r2: 0.85}, "en")).toBe("0.85");
    expect(renderTemplate("{r2|bounded|2}", {r2: 0.0061}, "en")).toBe("0.006");
    expect(renderTemplate("{r2|bounded|2}", {r2: 1}, "en")).toBe("1.00");
  });

  it("quotes a slope per decade from a slope per year, with its unit", () => {
    expect(renderTemplate("{s|scale:10|ssig|2|unit:stars}", {s: 0.00047}, "en")).toBe("+0.0047\u00a0stars");
    expect(renderTemplate("{s|scale:10|ssig|2|unit:stars}", {s: 0.00047}, "fr")).toBe("+0,0047\u00a0étoile");
    expect(() => renderTemplate("{s|scale:x|2}", {s: 1}, "en")).toThrow(/invalid scale/);
  });
});

describe("a season as a time", () => {
  it("says « en été », « au printemps », never « pendant l'été »", () => {
    expect(renderTemplate("Plus long {s|label|in}.", {s: "Spring"}, "fr")).toBe("Plus long au printemps.");
    expect(renderTemplate("Plus long {s|label|in}.", {s: "Summer"}, "fr")).toBe("Plus long en été.");
    expect(renderTemplate("Longest {s|label|in}.", {s: "Autumn"}, "en")).toBe("Longest in autumn.");
    expect(() => renderTemplate("{s|label|in}", {s: "weekend"}, "fr")).toThrow(/no "in" form/);
  });
});

describe("ties at the printed precision", () => {
  it("tells apart only what prints differently", () => {
    expect(printsEqual(0.1169, 0.1174, "pct|1")).toBe(true);
    expect(printsEqual(0.1169, 0.1176, "pct|1")).toBe(false);
    expect(printsEqual(41435, 41435, "int")).toBe(true);
    expect(printsEqual(4.6604, 4.6614, "3")).toBe(false);
  });

  it("names every key that ties with the highest or the lowest, as a list in each language", () => {
    const shares = [
      {season: "Winter", share: 0.1169},
      {season: "Spring", share: 0.0699},
      {season: "Summer", share: 0.1114},
      {season: "Autumn", share: 0.1174}
    ];
    const peak = extremeKeys(
      shares,
      (s) => s.share,
      (s) => s.season,
      "pct|1",
      "highest"
    );
    // The "seasonal" tag of the default data: 11.7 % in winter and in autumn, one of them was named the peak.
    expect(peak).toBe("Winter+Autumn");
    expect(
      extremeKeys(
        shares,
        (s) => s.share,
        (s) => s.season,
        "pct|2",
        "highest"
      )
    ).toBe("Autumn");
    expect(
      extremeKeys(
        shares,
        (s) => s.share,
        (s) => s.season,
        "pct|1",
        "lowest"
      )
    ).toBe("Spring");
    expect(renderTemplate("Most used {p|label|in}.", {p: peak}, "en")).toBe("Most used in winter and in autumn.");
    expect(renderTemplate("Surtout {p|label|in}.", {p: peak}, "fr")).toBe("Surtout en hiver et en automne.");
    expect(renderTemplate("Busiest: {p|label}.", {p: "saturday+sunday"}, "en")).toBe("Busiest: Saturday and Sunday.");
    expect(renderTemplate("{p|label}", {p: "saturday+sunday"}, "fr")).toBe("samedi et dimanche");
    expect(() => extremeKeys([], (s: number) => s, String, "int", "highest")).toThrow(/length 0/);
  });

  it("words a tied claim, and its plain headline, by their '#tie' variants", () => {
    const text = {
      en: {
        top: "{s|label} is the busiest.",
        "top#tie": "{s|label} tie as the busiest.",
        "plain.top": "Busiest: {s|label} alone.",
        "plain.top#tie": "Busiest: {s|label}."
      },
      fr: {top: "{s|label}", "top#tie": "{s|label}", "plain.top": "{s|label}", "plain.top#tie": "{s|label}"}
    };
    expect(renderClaim(text, claim("top", {s: "Winter"}), "en")).toBe("winter is the busiest.");
    expect(renderClaim(text, claim("top", {s: "Winter+Autumn"}), "en")).toBe("winter and autumn tie as the busiest.");
    expect(renderHeadline(text, claim("top", {s: "Winter+Autumn"}), "en").headline).toBe("Busiest: winter and autumn.");
    expect(renderHeadline(text, claim("top", {s: "Winter"}), "en").headline).toBe("Busiest: winter alone.");
  });
});

describe("lists and units read from the analyses, not typed", () => {
  it("lists category keys in each language, translated, without a serial comma in English", () => {
    const keys = ["calories", "total_fat_pct", "sugar_pct", "sodium_pct"];
    expect(labelList(keys, "en")).toBe("calories, fat, sugar and sodium");
    expect(labelList(keys, "fr")).toBe("calories, lipides, sucres et sodium");
    expect(labelList(["carb_pct"], "fr")).toBe("glucides");
  });

  it("names the abbreviated units a template prints from its specs, not from its words", () => {
    expect(templateAbbreviations("A gap of {d|pp|1} in {season|label}.")).toEqual(["pp"]);
    expect(
      templateAbbreviations("Fat fell by {s|ssig|2|unit:dv_points} a year ({d|scale:100|1|unit:pct_points}).")
    ).toEqual(["dv"]);
    expect(templateAbbreviations("Shares in pp and %DV, but no value printed with them: {n|int}.")).toEqual([]);
    // A scaled gap in percentage points prints "pp" too: the old parser read only the spec's first part.
    expect(templateAbbreviations("A gap of {d|scale:100|pp|1}.")).toEqual(["pp"]);
  });
});
