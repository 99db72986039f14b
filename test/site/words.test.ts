/**
 * Honest, plain words on the built site (generated data, as every test build is): every page says the data is
 * generated and links to how; no page speaks of "the reference app" or shows a build machine's path or bucket;
 * the methodology explains the generator, the rules and the differences with the original app; French prose,
 * labels and tooltips follow French typography; prose writes dates in words. A build on real data shows no banner
 * (test/site/build.test.ts builds the fixture set, whose manifest says "local").
 */
import {readdirSync, readFileSync} from "node:fs";
import path from "node:path";

import {parseHTML} from "linkedom";
import {beforeAll, describe, expect, it} from "vitest";

import {readHealth} from "../../site/build/postbuild.js";
import type {Narrative} from "../../pipeline/narrative.js";
import {effectWordProblems} from "../../pipeline/narrative.check.js";
import {formatNumber, LOCALES, translateLabel} from "../../pipeline/narrative.js";
import {STRUCTURAL_TAG_KEPT_CHILDREN, structuralReason} from "../../pipeline/structuralTags.js";
import {NUTRIENTS as SEASONAL_NUTRIENTS} from "../../queries/seasonality/seasonality_nutrition.schema.js";
import {NUTRIENTS as TRENDS_NUTRIENTS} from "../../queries/trends/trends_nutrition.schema.js";
import {NUTRIENTS as WEEKEND_NUTRIENTS} from "../../queries/weekend/weekend_nutrition.schema.js";
import {formatDate} from "../../site/src/i18n/index.js";
import {NUMBER_UNIT_SPACE} from "../../site/src/i18n/locale.js";
import {ITEM_VALUES} from "../../site/src/lib/englishItems.js";
import {listAnalyses, loadText} from "../../site/src/lib/snapshots.js";
import {builtSite} from "./builtSite.js";
import {PAGES} from "./pageTesting.js";

let dist: string;
let snapshots: string;

beforeAll(async () => {
  ({dist, snapshots} = await builtSite());
}, 600_000);

function page(url: string): Document {
  const file = path.join(dist, url, "index.html");
  return parseHTML(readFileSync(file, "utf8")).document as unknown as Document;
}

/** The text a reader sees: no script, style or code; English data items (lang="en") left out on French pages. */
function readerText(doc: Document, skipEnglish = false): string {
  const body = doc.querySelector("body")!.cloneNode(true) as Element;
  for (const el of [...body.querySelectorAll("script, style, code, pre")]) el.remove();
  if (skipEnglish) for (const el of [...body.querySelectorAll('[lang="en"]')]) el.remove();
  return body.textContent ?? "";
}

describe.each(PAGES)("%s", (url) => {
  it("says the data is generated, in a banner linking to how it is generated", () => {
    const banner = page(url).querySelector('[data-provenance="generated"]');
    expect(banner, "banner").not.toBeNull();
    expect(banner!.querySelector("a")!.getAttribute("href")).toMatch(/\/methodology\/#method-generated$/);
    expect(banner!.textContent).toMatch(url.startsWith("/fr/") ? /Données générées/ : /Generated data/);
  });

  it("tags every figure's caption as generated data", () => {
    const figures = [...page(url).querySelectorAll("figure.figure")];
    const tagged = figures.filter((f) => f.querySelector("figcaption [data-generated-tag]") !== null);
    expect(tagged.length).toBe(figures.length);
  });

  it("speaks to readers: no reviewer language, no build-machine path or bucket", () => {
    const html = readFileSync(path.join(dist, url, "index.html"), "utf8");
    const text = readerText(page(url));
    for (const words of [/reference app/i, /reference formula/i, /application de référence/i, /formule de référence/i])
      expect(text, words.source).not.toMatch(words);
    // The original app is compared with this site in one place, the methodology's "How this site differs" section;
    // an analysis page that names it sends readers to a comparison they cannot see there.
    if (!url.includes("/methodology/"))
      for (const words of [/original app/i, /application d'origine/i]) expect(text, words.source).not.toMatch(words);
    // One word per role: contributors post recipes, members (who rated) rate them; never users, raters or cooks.
    const people = url.startsWith("/fr/")
      ? /\b(utilisateurs?|évaluateurs?|cuisiniers?)\b/i
      : /\b(users?|raters?|cooks)\b/i;
    expect(readerText(page(url), true), "words for people").not.toMatch(people);
    // Tools and their parameters belong in the repository, not in what a reader reads.
    for (const words of [/npm run/, /\bnumpy\b/i, /\bscipy\b/i, /\bddof\b/i, /DuckDB/])
      expect(text, words.source).not.toMatch(words);
    expect(html).not.toContain("s3://");
    expect(html).not.toContain(process.cwd());
    expect(html).not.toMatch(/local directory|\/tmp\/|\/home\//);
  });

  it("states each headline in plain words, the statistics on the line below", () => {
    const stats = /\bp [<=]|χ²|R²|ε²|η²|ρ|\bdf\b|\bddl\b|\bWLS\b|\bMCP\b|Kruskal|Student|Cohen|Spearman|ANOVA|Holm/;
    const headlines = [...page(url).querySelectorAll("[data-headline]")].map((h) => h.textContent?.trim() ?? "");
    expect(headlines.filter((h) => stats.test(h))).toEqual([]);
    // Where a headline was simplified, its statistics are still on the page, right below it.
    for (const detail of [...page(url).querySelectorAll("[data-headline-detail]:not([hidden])")]) {
      expect(detail.previousElementSibling?.hasAttribute("data-headline")).toBe(true);
      expect(detail.textContent?.trim().length).toBeGreaterThan(0);
    }
  });

  it("never calls the generated numbers Food.com's in its intro, questions, headlines, tiles and claims", () => {
    const selectors = ".intro, .lede, [data-headline], [data-headline-detail], [data-claims] li, .kpi, figcaption";
    const said = [...page(url).querySelectorAll(selectors)].map((el) => el.textContent?.trim() ?? "");
    // "in the Food.com format" describes the shape of the data, true of generated and real files alike.
    expect(said.filter((s) => /Food\.com(?! format)/.test(s) && !/format Food\.com/.test(s))).toEqual([]);
  });

  it("labels its key-figure tiles in reader words, never with a test statistic or a tool's parameter", () => {
    const jargon =
      /ddof|\bCV\b|R²|p-value|valeur p|ANOVA|Kruskal|ε²|η²|χ²|effect size|taille d'effet|\bWLS\b|\bMCP\b|\bMCO\b/i;
    const labels = [...page(url).querySelectorAll(".kpi dt")].map((dt) => dt.textContent?.trim() ?? "");
    expect(labels.filter((l) => jargon.test(l))).toEqual([]);
    // The tiles' labels are set in capitals by CSS, which turns χ into Χ and ε into Ε: read as Latin X and E.
    expect(labels.filter((l) => /[\u0370-\u03ff]/u.test(l))).toEqual([]);
  });

  it("defines each unit abbreviation where the page first uses it: pp, %DV (% AJ)", () => {
    const fr = url.startsWith("/fr/");
    const quoted = (abbr: string) => (fr ? `«[\\s\u00a0\u202f]*${abbr}[\\s\u00a0\u202f]*»` : `“${abbr}”`);
    // Each abbreviation, and the words that define it: the definition must come at or before its first use.
    const units: Array<[abbr: RegExp, definition: RegExp]> = fr
      ? [
          [
            /(?<!\p{L})pp(?!\p{L})/u,
            new RegExp(`points? de pourcentage(?:,? \\(?pp\\)|[^.]{0,40}?${quoted("pp")})`, "u")
          ],
          [/(?<!\p{L})AJ(?!\p{L})/u, /apports journaliers[\s\u00a0\u202f]*\(AJ\)/u]
        ]
      : [
          [/(?<!\p{L})pp(?!\p{L})/u, new RegExp(`percentage points?(?:,? \\(?pp\\)|[^.]{0,40}?${quoted("pp")})`, "u")],
          [/%DV/u, /percent of the daily value[\s\u00a0]*\(%DV\)/u]
        ];
    // In the order a screen reader reads the page, and in the order a sighted reader does (no visually hidden text).
    const sighted = page(url).querySelector("main")!.cloneNode(true) as Element;
    for (const el of [...sighted.querySelectorAll(".sr-only, script, style")]) el.remove();
    const orders = {all: readerText(page(url)), sighted: sighted.textContent ?? ""};
    for (const [order, text] of Object.entries(orders)) {
      for (const [abbr, definition] of units) {
        const first = text.search(abbr);
        if (first < 0) continue;
        const defined = definition.exec(text);
        const where = `${order}: ${abbr.source} first used in “${text.slice(Math.max(0, first - 80), first + 10)}”`;
        expect(defined !== null && defined.index <= first && first < defined.index + defined[0].length, where).toBe(
          true
        );
      }
    }
  });

  it("counts the rows of a figure's data with the right plural", () => {
    const counts = [...page(url).querySelectorAll(".figure__data summary .muted")].map((el) => el.textContent ?? "");
    expect(counts.filter((c) => /\b1 (rows|lignes)\b|\b([02-9]|\d{2,}) (row|ligne)\b/.test(c))).toEqual([]);
  });

  it("makes a verb agree with a count of one (« 1 des 125 ingrédients apparaît », not « apparaissent »)", () => {
    const prose = [...page(url).querySelectorAll("main p, main li")].map((p) => p.textContent ?? "");
    const plural =
      /(?<![\d,.\u202f])\b1 (?:of|des|de ces) [^.:;]*?\b(?:appear|depend|differ|peak|apparaissent|dépendent|diffèrent|atteignent)\b/u;
    expect(prose.filter((p) => plural.test(p))).toEqual([]);
  });

  it("prints each number in the unit it is in: no bracketed unit before a percentage, no bare rate", () => {
    // Each chart label and each sentence on its own: textContent would run neighbouring elements together.
    const doc = page(url);
    const texts = [...doc.querySelectorAll("svg text, main p, main li, figcaption")].map((el) =>
      [...el.childNodes].map((n) => n.textContent).join("\n")
    );
    // "Complexity score (points) — −0.1%": the brackets name the unit of a number the row does not print. On the
    // phone drawing the name and the value are two lines of one label.
    expect(texts.filter((t) => /\)\s*(?:—\s*)?[+−]?\d[\d.,\u00a0\u202f]*\s?%/u.test(t))).toEqual([]);
    // "Weighted trend (WLS): −0.546 per year": a rate says what it counts.
    expect(texts.filter((t) => /[+−]?\d[\d.,]*\s(?:per year|per decade|par an|par décennie)/u.test(t))).toEqual([]);
  });

  it("prints a share such as R² with the digits it carries, never a rounded 1.00", () => {
    const text = readerText(page(url));
    expect(text.match(/.{0,30}R²[^\d]{0,12}(?:1[.,]0+|0[.,]0+)(?![\d])/gu) ?? []).toEqual([]);
  });

  it("gives every key figure's number its unit, in the tile or in its label, and every ratio its ×", () => {
    const decimal = url.startsWith("/fr/") ? /,\d/ : /\.\d/;
    const tiles = [...page(url).querySelectorAll(".kpi")].map((k) => ({
      label: k.querySelector("dt")?.textContent?.trim() ?? "",
      value: k.querySelector("dd")?.textContent?.trim() ?? ""
    }));
    // A bare decimal number, with no unit after it and none named in its label ("Weekday mean (min)", "Recipes per
    // weekday"); a correlation has none. "Give or take (95% interval over months)" names no unit.
    const unit =
      /(?<!\p{L})(?:min|minutes?|stars?|étoiles?|points?|kcal|%DV|% AJ|recipes|recettes|ratings|notes|steps|étapes|ingredients|ingrédients)(?!\p{L})/iu;
    const bare = tiles.filter(
      ({label, value}) =>
        /^[+−]?\d[\d.,\u00a0\u202f]*$/u.test(value) &&
        decimal.test(value) &&
        !unit.test(label) &&
        !/correlation|corrélation/i.test(label)
    );
    expect(bare).toEqual([]);
    const ratios = tiles.filter(({label}) => /÷| \/ /.test(label));
    expect(ratios.filter(({value}) => !/\d(?:×|\u202f×)$/u.test(value))).toEqual([]);
  });

  it("states findings rather than the site's rules, and keeps statistical jargon in the method notes", () => {
    const doc = page(url);
    for (const method of [...doc.querySelectorAll("details.method")]) method.remove();
    const text = readerText(doc);
    for (const words of [
      /no percentage change/i,
      /aucun écart en pourcentage/i,
      /effective months/i,
      /mois effectifs/i,
      /side of the week/i,
      /côté de la semaine/i
    ])
      expect(text, words.source).not.toMatch(words);
  });

  it("prints each quantity of a headline or claim with one precision across headline, body, tiles and chart labels", () => {
    // A quantity printed "16.8" in the headline and "16.85" in the body, or "33.16" on a bar beside a "33.2" tile,
    // reads as two numbers. Each non-round value a claim quotes is printed at one to four decimals; at most one of
    // those forms may appear in its analysis' section (tables and tooltips aside; "about 4.7 stars" is plain words).
    const lang = url.startsWith("/fr/") ? "fr" : "en";
    const doc = page(url);
    // Axis ticks are places on a scale, not the quantity.
    for (const el of [...doc.querySelectorAll("table, script, style, title, [data-mark$='tick label']")]) el.remove();
    // Each element's text apart from the next one's: two bar labels "0.68" and "0.34" must not read "0.680.34".
    for (const el of [...doc.querySelectorAll("main *")]) el.append(" ");
    const clashes: string[] = [];
    for (const section of [...doc.querySelectorAll("section.analysis[id]")]) {
      const file = path.join(snapshots, `${section.id}.json`);
      const snapshot = JSON.parse(readFileSync(file, "utf8")) as {narrative?: Narrative; params?: object};
      if (!snapshot.narrative) continue;
      const text = (section.textContent ?? "").replace(/(?:about|environ)\s+[\d.,]+/gu, "");
      const claims = [snapshot.narrative.headline, ...snapshot.narrative.claims];
      // The tiles' numbers too (data-value): a tile is read beside the chart's labels.
      const tiles = [...section.querySelectorAll<HTMLElement>(".kpi[data-value]")].map((k) => Number(k.dataset.value));
      const values = new Set([
        ...claims.flatMap((c) => Object.values(c.values).filter((v) => typeof v === "number")),
        ...tiles
      ]);
      // Round values (α = 0.05, a threshold of 0.1, claimed or in the parameters) print exactly: a w of 0.046
      // rounded to 0.05 is not α.
      const params = Object.values(snapshot.params ?? {}).filter((v): v is number => typeof v === "number");
      const exact = new Set(
        [...values, ...params].flatMap((v) =>
          [0, 1, 2, 3, 4]
            .filter((d) => Math.abs(v) === Number(Math.abs(v).toFixed(d)))
            .map((d) => formatNumber(Math.abs(v), lang, d))
        )
      );
      for (const value of values) {
        const v = Math.abs(value);
        const forms = [1, 2, 3, 4]
          // A form that rounds nothing away (0.05 at three decimals) is the same quantity at the same precision.
          // Within a tenth of the value: "0.1" for a w of 0.059 is not a form anyone would recognise.
          .filter(
            (d) => Number(v.toFixed(d)) !== Number(v.toFixed(d + 1)) && Math.abs(Number(v.toFixed(d)) - v) <= v / 10
          )
          .map((d) => formatNumber(v, lang, d));
        const escape = (f: string) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        // A percentage ("1.2%") is another quantity than a statistic of 1.16.
        const shown = forms.filter((f) =>
          new RegExp(`(?<![\\d.,\u202f])${escape(f)}(?![\\d]|[\\s\u00a0\u202f]?%)`, "u").test(text)
        );
        const clash = shown.filter((f) => !exact.has(f));
        if (clash.length > 1) clashes.push(`${section.id}: ${clash.join(" / ")}`);
        // The same as a percentage: a gap of 0.0009 printed "−0.09%" on a tile and "−0.1%" on the chart's label.
        const pct = Math.abs(value) * 100;
        const pctForms = [0, 1, 2, 3]
          .filter(
            (d) =>
              Number(pct.toFixed(d)) !== Number(pct.toFixed(d + 1)) && Math.abs(Number(pct.toFixed(d)) - pct) <= pct / 5
          )
          .map((d) => formatNumber(pct, lang, d));
        const shownPct = pctForms.filter((f) =>
          new RegExp(`(?<![\\d.,\u202f])${escape(f)}[\\s\u00a0\u202f]?%`, "u").test(text)
        );
        if (shownPct.length > 1) clashes.push(`${section.id}: ${shownPct.map((f) => `${f}%`).join(" / ")}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("never breaks a line inside a span of years, in captions, legends and prose", () => {
    // "Mean number of ingredients per year, 1999–" ended a phone's line with "2018" on the next.
    const doc = page(url);
    for (const table of [...doc.querySelectorAll("table")]) table.remove();
    const loose = [...readerText(doc, true).matchAll(/.{0,20}\d{4}[–-](?!\u2060)\d{4}.{0,20}/gu)].map((m) => m[0]);
    expect(loose).toEqual([]);
  });

  it("keeps a number on the line of its unit, in prose, labels and tooltips", () => {
    // « 0,27 » ending a phone's line and « min » starting the next read as a bare number.
    const doc = page(url);
    const tips = [...doc.querySelectorAll("[data-tip]")].map((el) => el.getAttribute("data-tip") ?? "");
    const texts = [readerText(doc), ...tips];
    const loose = texts.flatMap((t) =>
      [...t.matchAll(new RegExp(`.{0,20}${NUMBER_UNIT_SPACE}.{0,10}`, "gu"))].map((m) => m[0])
    );
    expect(loose).toEqual([]);
  });

  it("spells out the degrees of freedom of a test wherever it prints their abbreviation", () => {
    // "χ² = 12.3, 3 df": "df" (« ddl ») means nothing to a reader who has not met it.
    const main = page(url).querySelector("main")!.cloneNode(true) as Element;
    const titles = [...main.querySelectorAll("abbr[title]")].map((a) => `${a.textContent}: ${a.getAttribute("title")}`);
    for (const title of titles) expect(title).toMatch(/^(df: degrees of freedom|ddl: degrés de liberté)$/);
    for (const el of [...main.querySelectorAll("abbr[title], script, style")]) el.remove();
    const bare = [...(main.textContent ?? "").matchAll(/.{0,30}\d[ \u00a0\u202f](?:df|ddl)(?![\p{L}\p{N}])/gu)];
    expect(bare.map((m) => m[0])).toEqual([]);
  });

  it("writes dates in words in its prose", () => {
    const prose = [...page(url).querySelectorAll("main p, main li, main figcaption")].map((p) => p.textContent);
    expect(prose.filter((p) => /\b\d{4}-\d{2}(-\d{2})?\b/.test(p ?? ""))).toEqual([]);
  });
});

describe.each(PAGES.filter((url) => url.startsWith("/fr/")))("%s in French", (url) => {
  it("writes French rather than English calques the readers stumbled on", () => {
    const text = readerText(page(url), true);
    for (const calque of [/Écart typique/, /dépassent leurs marques/, /Avec une confiance de/])
      expect(text).not.toMatch(calque);
  });

  it("keeps : ; ! ? on the line of the word before them, in prose, labels and tooltips", () => {
    const doc = page(url);
    const tips = [...doc.querySelectorAll("[data-tip]")].map((el) => el.getAttribute("data-tip") ?? "");
    const texts = [readerText(doc, true), ...tips];
    // Punctuation needing a space before it, followed by a space: preceded by anything but a narrow no-break space.
    const bad = texts.flatMap((t) => [...t.matchAll(/(.{0,20}[^\u202f])([:;!?])(?=\s)/gu)].map((m) => m[0]));
    expect(bad).toEqual([]);
    expect(texts.join(" ")).not.toMatch(/«[^\u202f]|[^\u202f]»/u);
  });

  it("writes percentage points in the singular below 2 (« −0,34 point de pourcentage »)", () => {
    const text = readerText(page(url), true);
    expect(text.match(/.{0,20}(?<![\d\u202f])[−+]?[01],\d+\u00a0points de pourcentage/gu) ?? []).toEqual([]);
  });

  it("speaks of a season as French does (« en été », « au printemps »), not « pendant l'été »", () => {
    const text = readerText(page(url), true);
    expect(text.match(/.{0,30}pendant (?:l[’']été|l[’']hiver|l[’']automne|le printemps).{0,10}/gu) ?? []).toEqual([]);
  });

  it("keeps a day with its month on one line, in prose, tiles, labels and tooltips", () => {
    const doc = page(url);
    const tips = [...doc.querySelectorAll("[data-tip], [aria-label]")].map(
      (el) => el.getAttribute("data-tip") ?? el.getAttribute("aria-label") ?? ""
    );
    const month = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre";
    const split = new RegExp(String.raw`(?<![\d,.])\b(?:\d{1,2}|1er)[ \u202f](?:${month})\b`, "u");
    expect([readerText(doc, true), ...tips].filter((t) => split.test(t))).toEqual([]);
  });

  it("never breaks a line inside week-end or a span of years", () => {
    // Prose, labels and tiles; a table's cells run together in textContent ("2003-01" then "114").
    const doc = page(url);
    for (const table of [...doc.querySelectorAll("table")]) table.remove();
    const text = readerText(doc, true);
    const loose = [...text.matchAll(/.{0,20}(?:week-(?!\u2060)end|\d{4}[–-](?!\u2060)\d{4}).{0,20}/giu)].map(
      (m) => m[0]
    );
    expect(loose).toEqual([]);
  });
});

describe("English data items on French pages", () => {
  it.each([
    ["/fr/trends/", "trends_ingredients"],
    ["/fr/seasonality/", "seasonality_tags"]
  ])("%s marks the %s names it tabulates as English", (url, analysis) => {
    const snapshot = JSON.parse(readFileSync(path.join(snapshots, `${analysis}.json`), "utf8")) as {
      top?: Array<{item: string}>;
      items?: Array<{item: string}>;
    };
    const name = (snapshot.top ?? snapshot.items)![0]!.item;
    // The page's inline tables and those it fetches on demand (figureTable.ts: more than 150 cells).
    const doc = page(url);
    const fragments = [...doc.querySelectorAll("details[data-table-src]")].map(
      (d) =>
        parseHTML(`<body>${readFileSync(path.join(dist, d.getAttribute("data-table-src")!), "utf8")}</body>`)
          .document as unknown as Document
    );
    const cells = [doc, ...fragments]
      .flatMap((d) => [...d.querySelectorAll("td")])
      .filter((td) => td.textContent?.trim() === name);
    expect(cells.length, name).toBeGreaterThan(0);
    for (const cell of cells) expect(cell.getAttribute("lang"), name).toBe("en");
  });
});

describe("English data items in French claims", () => {
  it.each([
    ["/fr/trends/", "trends_ingredients"],
    ["/fr/seasonality/", "seasonality_tags"]
  ])("%s marks the %s names its headline and claims quote as English", (url, analysis) => {
    const snapshot = JSON.parse(readFileSync(path.join(snapshots, `${analysis}.json`), "utf8")) as {
      narrative: {headline: {values: Record<string, unknown>}; claims: Array<{values: Record<string, unknown>}>};
    };
    const quoted = [snapshot.narrative.headline, ...snapshot.narrative.claims].flatMap((c) =>
      ITEM_VALUES.map((k) => c.values[k]).filter((v): v is string => typeof v === "string")
    );
    expect(quoted.length, "items quoted by the claims").toBeGreaterThan(0);
    const sentences = [
      ...page(url).querySelectorAll(
        `#${analysis} [data-headline], #${analysis} [data-headline-detail], #${analysis} [data-claims] li`
      )
    ];
    for (const name of new Set(quoted)) {
      const saying = sentences.filter((el) =>
        el.textContent?.includes(name.replace(/(\p{L})'(?=\p{L})/gu, "$1\u2019"))
      );
      expect(saying.length, name).toBeGreaterThan(0);
      for (const el of saying) {
        const english = [...el.querySelectorAll('span[lang="en"]')].map((span) => span.textContent);
        expect(english, `${name} in: ${el.textContent}`).toContain(name.replace(/(\p{L})'(?=\p{L})/gu, "$1\u2019"));
      }
    }
  });
});

describe("the data period", () => {
  it.each(["en", "fr"] as const)("is stated in the same words and dates on every page (%s)", (lang) => {
    const urls = PAGES.filter((url) => url.startsWith("/fr/") === (lang === "fr"));
    const totals = (
      JSON.parse(readFileSync(path.join(snapshots, "overview.json"), "utf8")) as {totals: Record<string, string>}
    ).totals;
    const said = urls.map((url) => {
      const doc = page(url);
      expect(doc.querySelector("footer [data-period-statement]"), `${url} footer`).not.toBeNull();
      return [...doc.querySelectorAll("[data-period-statement]")].map((el) => el.textContent?.trim() ?? "");
    });
    expect(new Set(said.flat()).size).toBe(1);
    const home = lang === "fr" ? "/fr/" : "/";
    const methodology = lang === "fr" ? "/fr/methodology/" : "/methodology/";
    for (const url of [home, methodology])
      expect(page(url).querySelector("main [data-period-statement]"), url).not.toBeNull();
    const statement = said.flat()[0]!;
    for (const day of ["firstRecipe", "lastRecipe", "firstRating", "lastRating"]) {
      expect(statement).toContain(formatDate(totals[day]!, lang));
    }
  });

  it.each([
    ["/", /generated/],
    ["/fr/", /générées/]
  ])("%s has a tagline that names the generated data as such", (url, generated) => {
    const tagline = page(url).querySelector(".hero .intro")!.textContent ?? "";
    expect(tagline).toMatch(generated);
    expect(tagline).not.toMatch(/\b(twenty|vingt)\b/i);
  });
});

describe("the methodology", () => {
  it.each(["/methodology/", "/fr/methodology/"])("%s explains the generator, the rules and the original app", (url) => {
    const doc = page(url);
    for (const id of ["method-generated", "method-rules", "method-structural-tags", "method-differs"]) {
      expect(doc.getElementById(id), id).not.toBeNull();
    }
    // The differences table has a row per difference, three cells each: what the app did, what the site does, why.
    const rows = [...doc.querySelectorAll("#method-differs ~ div table tbody tr")];
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rows) expect(row.querySelectorAll("td")).toHaveLength(3);
    // The structural tags this data holds are listed, in English.
    expect(doc.querySelectorAll('#method-structural-tags code[lang="en"]').length).toBeGreaterThan(0);
  });

  it.each([
    ["/methodology/", "en"],
    ["/fr/methodology/", "fr"]
  ] as const)("%s gives one reason for its choices of standard deviation, nutrients and terms", (url, lang) => {
    const doc = page(url);
    const fr = lang === "fr";
    // The sample standard deviation of the yearly counts and the population one of the seasons and months follow
    // one stated rule, said where the table rejects the app's choice.
    const std = [...doc.querySelectorAll("#method-differs ~ div table tbody tr")].find((row) =>
      (fr ? /nombre annuel/ : /yearly recipe counts/).test(row.textContent ?? "")
    );
    const why = std!.querySelectorAll("td")[2]!.textContent ?? "";
    expect(why).toMatch(fr ? /quatre saisons/ : /four seasons/);
    expect(why).toMatch(fr ? /mois retenus/ : /kept months/);
    // The intro promises plain words, then formulas; the symbols the methods print are named in plain words.
    expect(doc.querySelector(".page__header .intro")!.textContent).toMatch(fr ? /formules/ : /formulas/);
    const glossary = doc.getElementById("method-statistics")!.parentElement!.textContent ?? "";
    for (const term of ["η²", "ε²", "Yates"]) expect(glossary, term).toContain(term);
    // The formulas the methods keep come with a plain clause saying what they are.
    const method = (name: string) => doc.getElementById(`method-${name}`)!.nextElementSibling!.textContent ?? "";
    expect(method("ratings_distribution")).toMatch(fr ? /mois de même poids/ : /equally weighted months/);
    expect(method("ratings_trend")).toMatch(fr ? /celui du mois précédent/ : /the previous month's/);
    expect(method("ratings_validation")).toMatch(fr ? /équivalent pondéré/ : /weighted counterpart/);
    expect(method("weekend_volume")).toMatch(fr ? /commence le lundi/ : /starts on Monday/);
    // The nutrient sets of the trends, seasonal and weekend pages differ, and a rule says why and names them: each
    // page's clause names every nutrient its analysis runs on, in the reader's language, and the trends no sodium.
    const clauses = (doc.getElementById("method-nutrients")!.textContent ?? "").split(";");
    const sets = [TRENDS_NUTRIENTS, SEASONAL_NUTRIENTS, WEEKEND_NUTRIENTS];
    sets.forEach((nutrients, i) => {
      for (const n of nutrients) expect(clauses[i], `${n} in clause ${i}`).toContain(translateLabel(n, lang));
    });
    expect(clauses[0]).not.toContain(translateLabel("sodium_pct", lang));
    // Each nutrition analysis' method names every nutrient it runs on, in the reader's language.
    for (const [name, nutrients] of [
      ["trends_nutrition", TRENDS_NUTRIENTS],
      ["seasonality_nutrition", SEASONAL_NUTRIENTS],
      ["weekend_nutrition", WEEKEND_NUTRIENTS]
    ] as const) {
      const method = doc.getElementById(`method-${name}`)!.nextElementSibling!.textContent ?? "";
      for (const n of nutrients) expect(method, `${name}: ${n}`).toContain(translateLabel(n, lang));
    }
    const weekend = doc.getElementById("method-weekend_nutrition")!.nextElementSibling!.textContent ?? "";
    expect(weekend).toMatch(fr ? /calories, protéines, lipides/ : /calories, protein, fat/);
  });

  it.each([
    ["/methodology/", "Rules every analysis follows", /share rule/, /restate the preparation time/, /Inner nodes/],
    ["/fr/methodology/", "Les règles que suit chaque analyse", /règle de part/, /répètent le temps/, /Nœuds intérieurs/]
  ])(
    "%s marks every tag name as a data item and says why each structural tag qualifies",
    (url, rulesTitle, share, buckets, innerWords) => {
      const doc = page(url);
      const item = doc.getElementById("method-structural-tags")!;
      const names = [...item.querySelectorAll('code[lang="en"]')].map((c) => c.textContent);
      // The roots in the rule's own sentence are code, like the list after it: none left in plain text.
      expect(names).toContain("time-to-make");
      const plain = readerText(parseHTML(`<body>${item.innerHTML}</body>`).document as unknown as Document);
      expect(plain).not.toMatch(/time-to-make|\bcourse\b/);
      // A found tag that is not a root of the tree (such as "easy") is said to qualify by the share rule.
      const excluded = (
        JSON.parse(readFileSync(path.join(snapshots, "trends_tags.json"), "utf8")) as {excludedItems: string[]}
      ).excludedItems;
      const byShare = excluded.filter((tag) => structuralReason(tag) === "share");
      if (byShare.length > 0) expect(item.textContent).toMatch(share);
      // Every left-out tag is named, and each time bucket and inner node after the sentence that gives its reason.
      for (const tag of excluded) expect(names, tag).toContain(tag);
      const text = item.textContent ?? "";
      for (const tag of excluded.filter((t) => structuralReason(t) === "bucket")) {
        expect(text.slice(text.search(buckets)), tag).toContain(tag);
      }
      for (const tag of excluded.filter((t) => structuralReason(t) === "inner"))
        expect(text.slice(text.search(innerWords)), tag).toContain(tag);
      // The tree's children kept on purpose are named with their reason.
      for (const tag of STRUCTURAL_TAG_KEPT_CHILDREN) expect(names, tag).toContain(tag);
      expect(excluded).not.toContain("main-dish");
      // The tag trends' method, shown on this very page, points to the list by its section's title.
      expect(doc.getElementById("method-rules")!.textContent).toBe(rulesTitle);
      const tags = doc.getElementById("method-trends_tags")!.nextElementSibling!.textContent ?? "";
      expect(tags).toMatch(new RegExp(`[“«][\\s\u00a0\u202f]?${rulesTitle}[\\s\u00a0\u202f]?[”»]`, "u"));
      expect(tags).not.toMatch(/The methodology lists them|La méthodologie les énumère/);
    }
  );

  it.each([
    ["/methodology/", /since the first kept month/],
    ["/fr/methodology/", /depuis le premier mois retenu/]
  ])("%s says the rating trend's time axis starts at the first kept month", (url, words) => {
    const trend = page(url).getElementById("method-ratings_trend")!.nextElementSibling!.textContent ?? "";
    expect(trend).toMatch(words);
  });
});

describe("the overview's words", () => {
  it.each([
    ["/", /\breviews?\b/gi],
    ["/fr/", /\bavis\b/gi]
  ])("%s calls raw rows interactions and kept ones ratings, with the relation said once", (url, review) => {
    const text = readerText(page(url));
    expect(text).not.toMatch(/read carefully|lues avec soin/);
    // "Review" appears once: in the sentence that says what an interaction is.
    expect(text.match(review) ?? []).toHaveLength(1);
  });
});

describe("the provenance block", () => {
  it.each(["/", "/fr/", "/data/", "/fr/data/"])("%s explains the environment badge in the reader's language", (url) => {
    const doc = page(url);
    const fr = url.startsWith("/fr/");
    // One badge, in the header, explained to screen readers; the footer says what it means without a second one.
    const badges = [...doc.querySelectorAll(".env-badge")];
    expect(badges).toHaveLength(1);
    expect(badges[0]!.closest("header")).not.toBeNull();
    expect(badges[0]!.getAttribute("title")).toMatch(fr ? /Où tourne cette copie/ : /Where this copy/);
    expect(badges[0]!.querySelector(".sr-only")!.textContent).toMatch(fr ? /Où tourne cette copie/ : /Where this copy/);
    const labels = [...doc.querySelectorAll("footer dt")].map((dt) => dt.textContent?.trim());
    if (fr) for (const english of ["Commit", "ETag"]) expect(labels).not.toContain(english);
  });
});

describe("the data page", () => {
  it.each([
    ["/data/", "Ratings"],
    ["/fr/data/", "Notes"]
  ])("%s names each snapshot's page in the reader's language, linked to the analysis", (url, ratings) => {
    const rows = [...page(url).querySelectorAll("#data-snapshots ~ div table tbody tr")];
    expect(rows.length).toBeGreaterThan(0);
    const links = rows.map((row) => row.querySelectorAll("td")[1]!.querySelector("a")!);
    for (const link of links) {
      expect(["overview", "trends", "seasonality", "weekend", "ratings"]).not.toContain(link.textContent?.trim());
      const [target, anchor] = link.getAttribute("href")!.split("#");
      const doc = page(target!);
      if (anchor) expect(doc.getElementById(anchor), link.getAttribute("href")!).not.toBeNull();
    }
    expect(links.map((l) => l.textContent?.trim())).toContain(ratings);
    expect(rows[0]!.querySelectorAll("td")).toHaveLength(4);
  });

  it.each([
    ["/data/", /^\(data as of /],
    ["/fr/data/", /^\(données au /]
  ])("%s dates the manifest by its data, not by when it was built", (url, asOf) => {
    expect(page(url).querySelector("[data-manifest-as-of]")!.textContent?.trim()).toMatch(asOf);
  });
});

describe("a figure away from its page", () => {
  // Embeds, downloads and citations travel without the banner: each names generated data itself.
  it.each(["en", "fr"] as const)("says the data is generated in embeds, citations and downloads (%s)", (lang) => {
    const prefix = lang === "fr" ? "/fr" : "";
    const generated =
      lang === "fr"
        ? /données générées par Back to the Kitchen \(graine \d+/
        : /data generated by Back to the Kitchen \(seed \d+/;
    const embed = readerText(page(`${prefix}/embed/trends_volume/per_year/`));
    expect(embed).toMatch(generated);
    expect(embed).not.toMatch(/Source ?: Food\.com/);
    const cite = readerText(page(`${prefix}/figures/trends_volume/per_year/`));
    expect(cite).toMatch(
      lang === "fr" ? /\[Figure\s; données générées, graine \d+/ : /\[Figure; generated data, seed \d+/
    );
    const figures = path.join(dist, "data", "figures");
    const svgName = lang === "fr" ? /^trends_volume-per_year-[\d-]+-fr\.svg$/ : /^trends_volume-per_year-[\d-]+\.svg$/;
    const svg = readdirSync(figures).find((f) => svgName.test(f));
    expect(svg, "downloadable SVG").toBeDefined();
    expect(readFileSync(path.join(figures, svg!), "utf8")).toMatch(generated);
    const json = readdirSync(figures).find((f) => /^trends_volume-per_year-[\d-]+\.json$/.test(f));
    const meta = JSON.parse(readFileSync(path.join(figures, json!), "utf8")) as {
      metadata?: {source: Record<string, string>};
    };
    expect(JSON.stringify(meta)).toMatch(generated);
  });
});

describe("/healthz", () => {
  it("reports what the data is, without a path", async () => {
    const health = await readHealth(snapshots);
    expect(health.data).toEqual({kind: "generated", seed: 20191103, scale: 0.02});
  });
});

describe("the ratings trend", () => {
  it.each([
    ["/ratings/", /per decade/, /stars? (?:a|per) year/],
    ["/fr/ratings/", /par décennie/, /étoiles? par an/]
  ])("%s states the trend of the mean rating per decade, in prose, tiles and captions", (url, decade, year) => {
    const said = [...page(url).querySelectorAll("main p, main li, .kpi, figcaption")].map((el) => el.textContent);
    expect(said.filter((t) => year.test(t ?? ""))).toEqual([]);
    expect(said.filter((t) => decade.test(t ?? "")).length).toBeGreaterThanOrEqual(3);
  });
});

describe("one name per page", () => {
  it.each(["/", "/fr/"])("%s names each analysis page in its menu as the page's own heading does", (home) => {
    const links = [...page(home).querySelectorAll("nav.site-nav a")].filter((a) =>
      /\/(trends|seasonality|weekend|ratings)\/$/.test(a.getAttribute("href") ?? "")
    );
    expect(links.length).toBe(4);
    for (const link of links) {
      const heading = page(link.getAttribute("href")!).querySelector("h1")?.textContent?.trim();
      expect(link.textContent?.trim(), link.getAttribute("href")!).toBe(heading);
    }
  });
});

describe("what's new", () => {
  it.each([
    ["/changes/", /\d{1,2}:\d{2}\s[AP]M\u00a0UTC/],
    ["/fr/changes/", /\d{1,2}\u00a0h\u00a0\d{2}\u00a0UTC/]
  ])("%s gives each update's time with its zone", (url, time) => {
    const titles = [...page(url).querySelectorAll("main h2, main h3")].map((h) => h.textContent ?? "");
    const timed = titles.filter((t) => /\d{1,2}(?::|\u00a0h\u00a0)\d{2}/.test(t));
    expect(timed.length).toBeGreaterThan(0);
    expect(timed.filter((t) => !time.test(t))).toEqual([]);
  });
});

describe.each(["/methodology/", "/fr/methodology/"])("%s, the methodology", (url) => {
  const fr = url.startsWith("/fr/");

  it("says which app 'the original app' is where it first names it", () => {
    const text = readerText(page(url)).replace(/\s+/g, " ");
    const first = text.search(fr ? /application d[’']origine/ : /original app/);
    expect(first).toBeGreaterThan(0);
    // Defined in the same sentence: the app's name within the next few words.
    expect(text.slice(first, first + 200)).toContain("Mangetamain Analytics");
  });

  it("gives the glossary's weights as the analyses' own: years by their recipes, months by √ratings", () => {
    const entries = [...page(url).querySelectorAll(".glossary div")].map((d) => d.textContent ?? "");
    const wls = entries.find((e) => (fr ? /^Moindres carrés pondérés/ : /^Weighted least squares/).test(e.trim()));
    const spearman = entries.find((e) => /Spearman/.test(e));
    expect(wls).toMatch(fr ? /année par son nombre de recettes/ : /each year by its number of recipes/);
    expect(wls).toMatch(/√n/);
    expect(spearman).toMatch(/√n/);
    expect(spearman).not.toMatch(fr ? /selon son nombre de notes\./ : /weighted by its number of ratings\./);
    const df = entries.find((e) => (fr ? /Degrés de liberté \(ddl\)/ : /Degrees of freedom \(df\)/).test(e));
    expect(df).toBeTruthy();
  });
});

describe.each(["/figures/trends_volume/per_year/", "/fr/figures/trends_volume/per_year/"])("%s", (url) => {
  it("says what CSVW is where it offers it", () => {
    const text = readerText(page(url));
    expect(text).toContain("CSVW");
    expect(text).toMatch(/CSVW[^)]*W3C/);
  });
});

describe("effect sizes in words", () => {
  // A reader takes "negligible" for a claim about size: headlines say the size in the reader's units, and a label
  // printed elsewhere names its yardstick (pipeline/narrative.check.ts, effectWordProblems).
  it("renders every headline and claim of the snapshot set without a bare effect-size label or an even spread", () => {
    const analyses = listAnalyses(undefined, snapshots);
    expect(analyses.length).toBeGreaterThan(0);
    const problems = analyses.flatMap(({name, file}) => {
      const {narrative} = JSON.parse(readFileSync(path.join(snapshots, file), "utf8")) as {narrative: Narrative};
      const text = loadText(name, snapshots);
      return LOCALES.flatMap((locale) => effectWordProblems(text, narrative, locale).map((p) => `${name}: ${p}`));
    });
    expect(problems).toEqual([]);
  });

  it.each(PAGES)("%s: no headline as published judges a size by an effect-size label", (url) => {
    const headlines = [...page(url).querySelectorAll("[data-headline]")].map((el) => el.textContent ?? "");
    for (const headline of headlines) expect(headline).not.toMatch(/negligib|négligeab/i);
  });
});
