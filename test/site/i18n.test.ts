/**
 * No string is ever missing, unused, a placeholder or left untranslated: the site's shell strings (site/src/i18n)
 * and every analysis' text module (queries/<page>/<name>.text.ts). The reference app shows raw keys such as
 * `[trends.axis_year]`; these checks make that impossible here.
 */
import {readdirSync, readFileSync} from "node:fs";
import path from "node:path";
import {pathToFileURL} from "node:url";

import {describe, expect, it} from "vitest";

import {bilingualProblems, formProblems} from "../../pipeline/narrative.check.js";
import type {TextModule} from "../../pipeline/narrative.js";
import {labelList} from "../../pipeline/narrative.js";
import {en} from "../../site/src/i18n/en.js";
import {fr} from "../../site/src/i18n/fr.js";
import {FRENCH_GLOSSARY, glossaryProblems} from "../../site/src/i18n/glossary.js";
import {formatDate, typeset} from "../../site/src/i18n/index.js";
import {CATALOGUE} from "../../site/src/lib/catalogue.js";
import {WILSON_DEFINITION} from "../../queries/_shareInterval.text.js";
import {NUTRIENTS as SEASONAL_NUTRIENTS} from "../../queries/seasonality/seasonality_nutrition.schema.js";
import {text as seasonalNutrition} from "../../queries/seasonality/seasonality_nutrition.text.js";
import {NUTRIENTS as TRENDS_NUTRIENTS} from "../../queries/trends/trends_nutrition.schema.js";
import {text as trendsNutrition} from "../../queries/trends/trends_nutrition.text.js";
import {NUTRIENTS as WEEKEND_NUTRIENTS} from "../../queries/weekend/weekend_nutrition.schema.js";
import {text as weekendNutrition} from "../../queries/weekend/weekend_nutrition.text.js";

/** Shell keys whose French is rightly the same as the English: names, acronyms, words shared by both languages. */
const SAME_IN_BOTH = new Set([
  "site.name",
  "nav.label",
  "footer.provenance",
  "footer.source",
  "footer.version",
  "method.interactions",
  "data.page",
  "page.analysisCount"
]);

const PLACEHOLDER_LIKE = [/\[[a-z_]+\.[a-z_.]+\]/i, /\bTODO\b/, /\bTBD\b/, /\bFIXME\b/, /\bXXX\b/, /lorem ipsum/i];

/** Empty, placeholder-like and untranslated strings, among the keys both languages have. */
function wordingProblems(strings: TextModule, sameAllowed: (key: string) => boolean): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(strings.en).filter((k) => k in strings.fr)) {
    const pair = {en: strings.en[key]!, fr: strings.fr[key]!};
    for (const [lang, value] of Object.entries(pair)) {
      if (value.trim() === "") problems.push(`${key}: empty in ${lang}`);
      for (const pattern of PLACEHOLDER_LIKE)
        if (pattern.test(value)) problems.push(`${key}: placeholder-like in ${lang}`);
    }
    if (pair.en === pair.fr && !sameAllowed(key)) problems.push(`${key}: same text in en and fr ("${pair.en}")`);
  }
  return problems;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(astro|ts)$/.test(entry.name) ? [full] : [];
  });
}

/** Reviewer language readers cannot follow: the app this site rebuilds is named only in the methodology's table. */
const REVIEWER_WORDS = [/reference app/i, /reference formula/i, /reference's/i, /\bthe reference\b/i, /référence/i];

function readerLanguageProblems(strings: TextModule): string[] {
  return Object.entries(strings).flatMap(([lang, entries]) =>
    Object.entries(entries).flatMap(([key, value]) =>
      REVIEWER_WORDS.filter((w) => w.test(String(value))).map((w) => `${lang} ${key}: ${w.source}`)
    )
  );
}

describe("the site's shell strings", () => {
  it("speak to readers: no reviewer language such as 'the reference app'", () => {
    expect(readerLanguageProblems({en, fr})).toEqual([]);
  });

  it("follow the French glossary of statistical terms", () => {
    const problems = Object.entries(fr).flatMap(([key, value]) => glossaryProblems(value).map((p) => `${key}: ${p}`));
    expect(problems).toEqual([]);
    // The glossary catches what it must: the variants that pages used before it existed.
    expect(glossaryProblems("pente WLS, p-valeur 0,03, tags, écart-type, 3 df")).toEqual([
      "WLS → MCP",
      "p-valeur → valeur p",
      "écart-type → écart type",
      "tags → étiquette",
      "df → ddl"
    ]);
    expect(glossaryProblems("coefficient phi, ce nombre moins un degrés de liberté")).toEqual([
      "phi → φ",
      "un degrés → nombre de degrés de liberté"
    ]);
    expect(glossaryProblems("pente MCP {wlsP|p} {df} ddl, valeur p")).toEqual([]);
    // One name for the goodness-of-fit test: « d'ajustement », never « d'adéquation » on another page.
    expect(glossaryProblems("un test du χ² d'adéquation")).toEqual(["adéquation → ajustement"]);
    // A ratio « {ratio|2} fois plus » is read as n or as n + 1 times: « fois autant » is not.
    expect(glossaryProblems("apporte {ratio|2} fois plus de recettes")).toEqual(["fois plus → fois autant"]);
    expect(glossaryProblems("le test de Welch, qui ne suppose pas des variances égales")).toEqual([
      "ne suppose pas des → ne suppose pas l'égalité des variances"
    ]);
    expect(FRENCH_GLOSSARY.every((e) => !glossaryProblems(e.term).length)).toBe(true);
  });

  it("have the same keys and placeholders in English and French, none empty, placeholder-like or untranslated", () => {
    const strings = {en, fr};
    expect([...bilingualProblems(strings), ...wordingProblems(strings, (key) => SAME_IN_BOTH.has(key))]).toEqual([]);
  });

  it("give one name to each thing, and write a difference with a minus sign", () => {
    expect(oneNameProblems({en, fr} as Record<"en" | "fr", Record<string, string>>)).toEqual([]);
    expect(
      oneNameProblems({en: {t: "ninety-five per cent; Q25–Q75"}, fr: {t: "week-end – semaine, de une à cinq"}})
    ).toHaveLength(4);
  });

  it("write intervals in charts as the prose does, never in brackets", () => {
    // "4.647 [4.645; 4.650]" on a chart beside "4.645 to 4.650" in the text under it (issue #10).
    const bracketed = sourceFiles("site/src/views")
      .filter((file) => /\[\$\{[^\n]*\}; \$\{/.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(process.cwd(), file));
    expect(bracketed).toEqual([]);
  });

  it("are all used by the site", () => {
    const code = sourceFiles("site/src")
      .filter((file) => !file.includes(`${path.sep}i18n${path.sep}`))
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    const unused = Object.keys(en).filter((key) => !code.includes(`"${key}"`));
    expect(unused).toEqual([]);
  });

  it("keep the allow-list of identical strings honest", () => {
    const stale = [...SAME_IN_BOTH].filter(
      (key) => !(key in en) || en[key as keyof typeof en] !== fr[key as keyof typeof fr]
    );
    expect(stale).toEqual([]);
  });
});

/**
 * Names a reader met beside another name for the same thing (issue #10), and notations that differ from the rest
 * of the site: the trends' percentile band was also a "dispersion band", "Q25–Q75", "the interquartile range" and
 * "the spread between percentiles 25 and 75"; English wrote "per cent" and "percent"; a weekend − weekday
 * difference was written with an en dash in titles and a minus on axes; French wrote « de une » beside « d'une ».
 */
const RETIRED_NAMES: Record<"en" | "fr", Array<[RegExp, string]>> = {
  en: [
    [/\bper cent\b/i, "percent"],
    [/\bdispersion band\b/i, "percentile band"],
    [/\bQ(?:\d|\{)/, "the 25th–75th percentile"],
    [/\bbetween percentiles\b/i, "the 25th–75th percentile band"]
  ],
  fr: [
    [/\bbande de dispersion\b/i, "bande de centiles"],
    [/\bentre les centiles\b/i, "la bande 25e–75e centile"],
    // « de une à cinq » (a range of words); « proche de un », the number, keeps its « de ».
    [/\bde une? à /i, "d'un, d'une"]
  ]
};

/** A template's retired names, an en dash between two words (a difference takes a minus) and bracketed intervals. */
function oneNameProblems(strings: Record<"en" | "fr", Record<string, string>>): string[] {
  return (["en", "fr"] as const).flatMap((lang) =>
    Object.entries(strings[lang]).flatMap(([key, value]) => [
      ...RETIRED_NAMES[lang].filter(([name]) => name.test(value)).map(([, say]) => `${lang} ${key}: say ${say}`),
      ...(/\p{L} \u2013 \p{L}/u.test(value) ? [`${lang} ${key}: a difference is written with a minus sign (−)`] : []),
      ...(/\[\{[^}]+\}; ?\{/.test(value) ? [`${lang} ${key}: an interval reads "a to b", « a à b »`] : [])
    ])
  );
}

describe("the analyses' text modules", () => {
  // The catalogue's text modules: a page's shared helpers (the trends' _items.text.ts builds two of them) are not.
  const files = CATALOGUE.flatMap((p) =>
    p.analyses.map((a: {text: string}) => path.join("queries", p.page, a.text))
  ).sort();

  it("exist for the overview at least", () => {
    expect(files).toContain(path.join("queries", "overview", "overview.text.ts"));
  });

  it.each(files)("%s: speaks to readers, and its French follows the glossary", async (file) => {
    const text = ((await import(pathToFileURL(path.resolve(file)).href)) as {text: TextModule}).text;
    expect(readerLanguageProblems(text)).toEqual([]);
    const french = Object.entries(text.fr).flatMap(([key, value]) =>
      glossaryProblems(value).map((p) => `${key}: ${p}`)
    );
    expect(french).toEqual([]);
  });

  it.each(files)("%s: spells out every least-squares acronym a legend names, in both languages", async (file) => {
    const text = ((await import(pathToFileURL(path.resolve(file)).href)) as {text: TextModule}).text;
    // A legend is read beside its figure, often before the text that first spells the acronym out: "Ajustement MCO"
    // told a French reader nothing. The short end labels (legend.*Short) sit on a figure whose legend spells it out.
    const spelled: Record<"en" | "fr", Array<[RegExp, RegExp]>> = {
      en: [
        [/\bOLS\b/, /ordinary least[- ]squares/i],
        [/\bWLS\b/, /weighted least[- ]squares/i]
      ],
      fr: [
        [/\bMCO\b/, /moindres carrés ordinaires/i],
        [/\bMCP\b/, /moindres carrés pondérés/i]
      ]
    };
    const bare = (["en", "fr"] as const).flatMap((lang) =>
      Object.entries(text[lang])
        .filter(([key]) => key.startsWith("legend.") && !key.endsWith("Short"))
        .flatMap(([key, value]) =>
          spelled[lang]
            .filter(([acronym, words]) => acronym.test(value) && !words.test(value))
            .map(() => `${lang} ${key}`)
        )
    );
    expect(bare).toEqual([]);
  });

  it.each(files)("%s: says each filter's threshold in the sentence or tile that applies it", async (file) => {
    const text = ((await import(pathToFileURL(path.resolve(file)).href)) as {text: TextModule}).text;
    // "Common enough" and "move enough" were defined only in the method notes: a reader of the claim or the tile
    // could not tell what enough meant. The words that name a filter, and the placeholder that must come with them.
    const filters: Array<[words: RegExp, threshold: RegExp]> = [
      [/common enough|assez (?:courant|fréquent)/i, /\{minMeanShare\|/],
      [/(?:move|seasonal) enough|varient assez|assez saisonni/i, /\{minRange\|/],
      [/ranked by change|classée?s par évolution/i, /\{minOccurrences\|/]
    ];
    const unsaid = (["en", "fr"] as const).flatMap((lang) =>
      Object.entries(text[lang])
        .filter(([key]) => key !== "method")
        .flatMap(([key, value]) =>
          filters
            .filter(([words, threshold]) => words.test(value) && !threshold.test(value))
            .map(() => `${lang} ${key}`)
        )
    );
    expect(unsaid).toEqual([]);
  });

  it.each(files)("%s: defines φ and Wilson's interval wherever it names them", async (file) => {
    const text = ((await import(pathToFileURL(path.resolve(file)).href)) as {text: TextModule}).text;
    // "(φ = 0.018)" and "interval of the share (Wilson)" named what no sentence near them explained. A claim that
    // prints φ says what it measures; Wilson's name appears only with its definition (the methods); a legend or a
    // description says "interval of the share" in plain words.
    const undefinedTerms = (["en", "fr"] as const).flatMap((lang) =>
      Object.entries(text[lang]).flatMap(([key, value]) => [
        ...(/Wilson/.test(value) && !value.includes(WILSON_DEFINITION[lang]) ? [`${lang} ${key}: Wilson`] : []),
        ...(/φ =/.test(value) && !/phi coefficient|coefficient φ/.test(value) ? [`${lang} ${key}: φ`] : [])
      ])
    );
    expect(undefinedTerms).toEqual([]);
  });

  it.each(files)("%s: gives one name to each thing, and writes a difference with a minus sign", async (file) => {
    const text = ((await import(pathToFileURL(path.resolve(file)).href)) as {text: TextModule}).text;
    expect(oneNameProblems(text)).toEqual([]);
  });

  it.each(files)("%s: writes every span of years with an en dash, in both languages", async (file) => {
    const text = ((await import(pathToFileURL(path.resolve(file)).href)) as {text: TextModule}).text;
    // "{firstYear}-{lastYear}" printed "1999-2018" in eleven French figure titles, their citations and embeds.
    const hyphenated = /\{(?:first|from|start)\w*\}-\{(?:last|to|end)\w*\}|\b(?:19|20)\d\d-(?:19|20)\d\d\b/;
    const spans = (["en", "fr"] as const).flatMap((lang) =>
      Object.entries(text[lang])
        .filter(([, value]) => hyphenated.test(value))
        .map(([key]) => `${lang} ${key}`)
    );
    expect(spans).toEqual([]);
  });

  it.each(files)(
    "%s: title, lede, method; same keys and placeholders in both languages; no typed number, empty or untranslated text",
    async (file) => {
      const module = (await import(pathToFileURL(path.resolve(file)).href)) as {text?: TextModule};
      expect(module.text, `${file} exports text`).toBeDefined();
      const text = module.text!;
      // Short labels ("R²", "p") may rightly be the same in both languages; a sentence may not.
      const sentence = (key: string): boolean => (text.en[key] ?? "").trim().split(/\s+/).length < 3;
      expect([...formProblems(text), ...wordingProblems(text, sentence)]).toEqual([]);
    }
  );
});

describe("the nutrition analyses' words", () => {
  const pages = [
    ["trends", TRENDS_NUTRIENTS, trendsNutrition, "conjunction"],
    ["seasonal", SEASONAL_NUTRIENTS, seasonalNutrition, "disjunction"],
    ["weekend", WEEKEND_NUTRIENTS, weekendNutrition, "disjunction"]
  ] as const;

  it.each(pages)(
    "the %s lede asks about the nutrients its analysis runs on, in their order",
    (_, nutrients, text, type) => {
      // The ledes typed their lists: the seasonal one in another order than its chart, the trends one "carbohydrate"
      // where every other sentence says "carbohydrates".
      for (const lang of ["en", "fr"] as const) expect(text[lang].lede).toContain(labelList(nutrients, lang, type));
    }
  );

  it("the trends method says which nutrients of the other pages it does not follow, and why", () => {
    const others = [...new Set([...SEASONAL_NUTRIENTS, ...WEEKEND_NUTRIENTS])].filter(
      (n) => !(TRENDS_NUTRIENTS as readonly string[]).includes(n)
    );
    expect(others.length).toBeGreaterThan(0);
    for (const lang of ["en", "fr"] as const) {
      expect(trendsNutrition[lang].method).toContain(labelList(others, lang));
      // The reason is the methodology's (one place compares the site with the original app): the method points there.
      expect(trendsNutrition[lang].method).toMatch(lang === "en" ? /the methodology lists/ : /la méthodologie indique/);
    }
    expect(en["method.rules.nutrients"]).toMatch(/so that its figures can be set beside the app's/);
    expect(fr["method.rules.nutrients"]).toMatch(/pour que ses chiffres puissent être mis à côté/);
  });
});

describe("French typography", () => {
  it("keeps ; ! ? and : on the line of the word before them", () => {
    expect(typeset("Pourquoi ? Parce que : voilà ; fin !", "fr")).toBe(
      "Pourquoi\u202f? Parce que\u202f: voilà\u202f; fin\u202f!"
    );
    // Chart labels and tooltips are written "Moyenne: 42,0" by code shared with English.
    expect(typeset("Moyenne: 42,0 min; médiane: 35 min", "fr")).toBe(
      "Moyenne\u202f: 42,0\u00a0min\u202f; médiane\u202f: 35\u00a0min"
    );
    expect(typeset("le tag « dietary » et «\u00a0easy\u00a0»", "fr")).toBe(
      "le tag «\u202fdietary\u202f» et «\u202feasy\u202f»"
    );
    expect(typeset(typeset("Moyenne : 42 ?", "fr"), "fr")).toBe("Moyenne\u202f: 42\u202f?");
    expect(typeset("p = 0,05 à 22:13", "fr")).toBe("p\u00a0=\u00a00,05 à 22:13");
    // A statistic is never split after its symbol: « (H = 20,7, p / < 0,001) » read badly on phones.
    expect(typeset("(H = 20,7, p < 0,001, η² = −0,2)", "fr")).toBe(
      "(H\u00a0=\u00a020,7, p\u00a0<\u00a00,001, η²\u00a0=\u00a0−0,2)"
    );
    expect(typeset("Why ? Because : that", "en")).toBe("Why ? Because : that");
  });

  it("keeps a ± or relation sign with its number, and a one-letter symbol with its name, in either language", () => {
    // « (≥ » ended a line and « 1 % des recettes » started the next; « ± » ended one before « 1,96 fois ».
    expect(typeset("(≥ 1 % des recettes), ± 1,96 fois", "fr")).toBe(
      "(≥\u00a01\u00a0% des recettes),\u00a0±\u00a01,96 fois"
    );
    expect(typeset("the mean ± 1.96 times (≥ 1% of recipes)", "en")).toBe(
      "the mean ±\u00a01.96 times (≥\u00a01% of recipes)"
    );
    expect(typeset("la moyenne ± 2", "fr")).toBe("la moyenne\u00a0±\u00a02");
    // « d » alone at a line's end before « de Cohen ».
    expect(typeset("le d de Cohen et le t de Student", "fr")).toBe("le d\u00a0de Cohen et le t\u00a0de Student");
    expect(typeset("une part de Noël", "fr")).toBe("une part de Noël");
  });

  it("writes typographic apostrophes in French only, and leaves a quote before a space alone", () => {
    expect(typeset("l'automne, qu'un coup d'œil", "fr")).toBe("l\u2019automne, qu\u2019un coup d\u2019œil");
    expect(typeset("confectioners' sugar", "fr")).toBe("confectioners' sugar");
    expect(typeset("Food.com's data", "en")).toBe("Food.com's data");
  });

  it("never breaks a line inside week-end or a span of years", () => {
    // A word joiner after the hyphen or the dash, once, however often the text is typeset.
    expect(typeset("le week-end, Week-end, de 1999–2018 et 2001-2005", "fr")).toBe(
      "le week-\u2060end, Week-\u2060end, de 1999–\u20602018 et 2001-\u20602005"
    );
    expect(typeset(typeset("week-end 1999–2018", "fr"), "fr")).toBe("week-\u2060end 1999–\u20602018");
    expect(typeset("le 2018-12-20", "fr")).toBe("le 2018-12-20");
    expect(typeset("weekend 1999–2018", "en")).toBe("weekend 1999–\u20602018");
    expect(typeset(typeset("Steps per year, 1999–2018", "en"), "en")).toBe("Steps per year, 1999–\u20602018");
  });

  it("never writes « en » before a French season name, which carries its article (« en le printemps »)", () => {
    const files = sourceFiles("queries").filter((file) => file.endsWith(".text.ts"));
    const bad = files.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/\ben \{(\w+)\|label\}/g)]
        .map((m) => m[1]!)
        .filter((name) => /season|peak|trough|highest|lowest|longest|shortest|busiest|quietest/i.test(name))
        .map((name) => `${path.basename(file)}: en {${name}|label}`)
    );
    expect(bad).toEqual([]);
  });

  it("keeps a French day with its month on one line, in dates and in typeset text", () => {
    expect(formatDate("2018-12-04", "fr")).toBe("4\u00a0décembre 2018");
    expect(typeset("Du 6 août 1999 au 1er mai 2018 : 12 mars, 3,5 mai", "fr")).toBe(
      "Du 6\u00a0août 1999 au 1er\u00a0mai 2018\u202f: 12\u00a0mars, 3,5 mai"
    );
    expect(typeset("4 December 2018", "en")).toBe("4 December 2018");
  });

  it("writes a French time as « 22 h 55 », an English one as it is, each with its zone", () => {
    expect(formatDate("2026-12-04T22:55:00Z", "fr", true)).toBe("4\u00a0décembre 2026 à 22\u00a0h\u00a055\u00a0UTC");
    expect(formatDate("2026-12-04T22:55:00Z", "en", true)).toMatch(/10:55\sPM\u00a0UTC$/);
    expect(formatDate("2026-12-05T03:39:00Z", "fr", true)).toBe("5\u00a0décembre 2026 à 3\u00a0h\u00a039\u00a0UTC");
    expect(formatDate("2026-12-04T22:55:00Z", "en", true)).not.toMatch(/\bh\b/);
    expect(formatDate("2026-12-04T22:55:00Z", "en", true)).toMatch(/10:55\sPM/);
  });
});
