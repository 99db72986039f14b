/**
 * The built site's search index, searched with the browser's own engine module (site/src/scripts/searchEngine.ts):
 * the words of a claim find that claim in both languages, typed with or without accents; figure captions find
 * their figure's page; the index is one file per language.
 */
import {readFile} from "node:fs/promises";
import path from "node:path";

import {beforeAll, describe, expect, it} from "vitest";

import {createSearch} from "../../site/src/scripts/searchEngine.js";
import {builtSite} from "./builtSite.js";

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

/** The claims shown on an analysis page, as text. */
function claimsOf(html: string): string[] {
  const lists = [...html.matchAll(/<ul data-claims>([\s\S]*?)<\/ul>/g)].map((m) => m[1]!);
  return lists.flatMap((list) => [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => decode(m[1]!).trim()));
}

/** The longest words of a sentence (letters only), which make a query specific to it. */
function keyWords(sentence: string, count: number): string[] {
  const words = sentence.match(/\p{L}{4,}/gu) ?? [];
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, count);
}

const strip = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");

describe("search", () => {
  let dist: string;

  beforeAll(async () => {
    dist = (await builtSite()).dist;
  });

  it.each(["en", "fr"] as const)("finds every claim of the trends page from its words (%s)", async (lang) => {
    const prefix = lang === "en" ? "" : "fr/";
    const search = createSearch(await readFile(path.join(dist, prefix, "search", "index.json"), "utf8"));
    const claims = claimsOf(await readFile(path.join(dist, prefix, "trends", "index.html"), "utf8"));
    expect(claims.length).toBeGreaterThan(5);
    for (const claim of claims) {
      const query = keyWords(claim, 3).join(" ");
      const hits = search(query);
      expect(
        hits.some((h) => h.kind === "claim" && h.text === claim && h.url.startsWith(`/${prefix}trends/#`)),
        `"${query}" finds "${claim}"`
      ).toBe(true);
      // Typed without accents, the same words find the same claim.
      expect(
        search(strip(query)).some((h) => h.text === claim),
        `"${strip(query)}"`
      ).toBe(true);
    }
  });

  it("finds a figure's page from its caption and keeps the languages apart", async () => {
    const en = createSearch(await readFile(path.join(dist, "search", "index.json"), "utf8"));
    const fr = createSearch(await readFile(path.join(dist, "fr", "search", "index.json"), "utf8"));
    const html = await readFile(path.join(dist, "fr", "figures", "trends_volume", "per_year", "index.html"), "utf8");
    const caption = decode(/<h1>([\s\S]*?)<\/h1>/.exec(html)![1]!);
    const hits = fr(keyWords(caption, 3).join(" "));
    expect(hits.some((h) => h.kind === "figure" && h.url === "/fr/figures/trends_volume/per_year/")).toBe(true);
    for (const hit of hits) expect(hit.url.startsWith("/fr/")).toBe(true);
    for (const hit of en("recipes")) expect(hit.url.startsWith("/fr/")).toBe(false);
    expect(en("zzzzqqqq")).toEqual([]);
  });
});
