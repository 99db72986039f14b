/**
 * A difference printed beside its two terms adds up as printed (issue #10): "9.36 … 8.97: a gap of 0.38" reads as
 * an error to a reader who subtracts. Every claim of the test site's default snapshots is rendered in both languages;
 * wherever a template prints three numbers of which one is the difference of the two others (found from the
 * snapshot's values, not from the templates' specs), the printed difference is the difference of the printed terms:
 * exactly when it carries their decimals, within its own rounding when it carries fewer.
 */
import {readdirSync, readFileSync} from "node:fs";
import path from "node:path";
import {pathToFileURL} from "node:url";

import {beforeAll, describe, expect, it} from "vitest";

import type {Claim, ClaimValues, Locale, Narrative, TextModule} from "../../pipeline/narrative.js";
import {claimTemplate, LOCALES, parsePlaceholders, PLAIN_PREFIX, renderTemplate} from "../../pipeline/narrative.js";
import {builtSite} from "./builtSite.js";

let snapshots: string;

beforeAll(async () => {
  ({snapshots} = await builtSite());
}, 600_000);

/** Each analysis' text module, by analysis name. */
function textFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const page of readdirSync("queries", {withFileTypes: true}).filter((d) => d.isDirectory()))
    for (const file of readdirSync(path.join("queries", page.name)))
      if (file.endsWith(".text.ts") && !file.startsWith("_"))
        files.set(file.replace(/\.text\.ts$/, ""), path.resolve("queries", page.name, file));
  return files;
}

const [OPEN, CLOSE] = ["\ue000", "\ue001"];

/** The number a reader reads in a printed value ("−10,1 pp" → −10.1, "1 103" → 1103), and its decimals. */
function readNumber(text: string, locale: Locale): {value: number; decimals: number} | undefined {
  const [group, point] = locale === "fr" ? [/[\s\u00a0\u202f]/g, ","] : [/,/g, "."];
  const match = /[-+\u2212]?\d[\d\s\u00a0\u202f,.]*/.exec(text);
  if (match === null) return undefined;
  const bare = match[0].trim().replace(/[.,]$/, "").replace(group, "").replace("\u2212", "-");
  const [whole, fraction = ""] = bare.split(point);
  return {value: Number(`${whole}.${fraction || "0"}`), decimals: fraction.length};
}

/** Each placeholder of a template as printed in the whole rendered sentence, in order. */
function printedPlaceholders(template: string, values: ClaimValues, locale: Locale): string[] {
  const marked = template.replace(/\{[^}]+\}/g, (p) => `${OPEN}${p}${CLOSE}`);
  const rendered = renderTemplate(marked, values, locale);
  return [...rendered.matchAll(new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, "g"))].map((m) => m[1]!);
}

interface Difference {
  where: string;
  printed: string;
  terms: [string, string];
}

/** The differences a template prints beside their two terms, for a claim's values, each with its printed forms. */
function differences(where: string, template: string, values: ClaimValues, locale: Locale): Difference[] {
  const found: Difference[] = [];
  const printed = printedPlaceholders(template, values, locale);
  const numeric = parsePlaceholders(template)
    .map((p, i) => ({name: p.name, value: values[p.name], text: printed[i]!}))
    .filter((p): p is {name: string; value: number; text: string} => typeof p.value === "number");
  for (const x of numeric)
    for (const a of numeric)
      for (const b of numeric) {
        if (x.value === 0 || new Set([x.name, a.name, b.name]).size < 3 || a.name > b.name) continue;
        // A share's gap in percentage points is 100 times the gap of the two shares.
        const isDifference = [1, 100].some((k) =>
          [a.value - b.value, b.value - a.value].some((d) => Math.abs(x.value - k * d) <= 1e-9 * Math.abs(x.value))
        );
        if (isDifference) found.push({where, printed: x.text, terms: [a.text, b.text]});
      }
  return found;
}

/** A difference that does not add up as printed, as a sentence; undefined when it does. */
function problem({where, printed, terms}: Difference, locale: Locale): string | undefined {
  const [x, a, b] = [printed, ...terms].map((t) => readNumber(t, locale));
  if (x === undefined || a === undefined || b === undefined) return `${where}: no number in ${printed}`;
  const expected = Math.abs(a.value - b.value);
  // A difference with fewer decimals than its terms can only match within its own rounding.
  const tolerance = x.decimals >= Math.max(a.decimals, b.decimals) ? 1e-9 : 0.5 * 10 ** -x.decimals + 1e-9;
  return Math.abs(Math.abs(x.value) - expected) <= tolerance
    ? undefined
    : `${where}: ${terms[0]} and ${terms[1]} printed with a difference of ${printed}`;
}

describe("printed differences", () => {
  it("add up as printed in every claim of the default snapshots, in both languages", async () => {
    const found: Difference[] = [];
    const problems: string[] = [];
    for (const [name, file] of textFiles()) {
      const snapshot = path.join(snapshots, `${name}.json`);
      const {narrative} = JSON.parse(readFileSync(snapshot, "utf8")) as {narrative: Narrative};
      const text = ((await import(pathToFileURL(file).href)) as {text: TextModule}).text;
      for (const locale of LOCALES)
        for (const c of [narrative.headline, ...narrative.claims] as Claim[]) {
          const templates = [claimTemplate(text, c, locale), text[locale][`${PLAIN_PREFIX}${c.id}`]];
          for (const template of templates.filter((t): t is string => t !== undefined))
            for (const d of differences(`${name} ${c.id} (${locale})`, template, c.values, locale)) {
              found.push(d);
              const p = problem(d, locale);
              if (p !== undefined) problems.push(p);
            }
        }
    }
    // The snapshots hold such claims (a gap between seasons, a change in share): the check is not vacuous.
    expect(found.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});
