import {describe, expect, it} from "vitest";

import {catalogueOrder} from "../../site/src/lib/catalogue.js";
import {orderAnalyses, pageUrl, switchLangPath} from "../../site/src/lib/routes.js";
import {mergeSearch} from "../../site/src/scripts/urlState.js";

describe("routes", () => {
  it("puts English at the root and French under /fr/", () => {
    expect(pageUrl("en", "overview")).toBe("/");
    expect(pageUrl("fr", "overview")).toBe("/fr/");
    expect(pageUrl("en", "trends")).toBe("/trends/");
    expect(pageUrl("fr", "data")).toBe("/fr/data/");
  });

  it("switches language on the same page", () => {
    expect(switchLangPath("/trends/", "fr")).toBe("/fr/trends/");
    expect(switchLangPath("/fr/trends/", "en")).toBe("/trends/");
    expect(switchLangPath("/", "fr")).toBe("/fr/");
    expect(switchLangPath("/fr/", "en")).toBe("/");
    expect(switchLangPath("/404.html", "fr")).toBe("/fr/404.html");
    expect(switchLangPath("/fr/404.html", "fr")).toBe("/fr/404.html");
  });

  it("orders a page's analyses as its catalogue lists them (ratings: the answer first), and refuses one it lacks", () => {
    const names = ["trends_tags", "trends_volume", "trends_nutrition", "trends_duration"];
    expect(orderAnalyses("trends", names)).toEqual([
      "trends_volume",
      "trends_duration",
      "trends_nutrition",
      "trends_tags"
    ]);
    expect(() => orderAnalyses("trends", ["trends_zeta"])).toThrow(
      "The snapshot set puts trends_zeta on the page trends, but queries/trends/page.ts does not list it."
    );
    // The ratings page answers "how high and how stable?" first and keeps the weighting rationale for last.
    const ratings = ["ratings_seasonal", "ratings_trend", "ratings_validation", "ratings_distribution"];
    expect(orderAnalyses("ratings", ratings)).toEqual([
      "ratings_distribution",
      "ratings_trend",
      "ratings_seasonal",
      "ratings_validation"
    ]);
  });

  it("orders names across pages page by page (queries/pages.ts), each in its reading order, unlisted ones last", () => {
    const names = ["zeta", "ratings_trend", "weekend_volume", "trends_duration", "alpha", "trends_volume"];
    expect(catalogueOrder(names)).toEqual([
      "trends_volume",
      "trends_duration",
      "weekend_volume",
      "ratings_trend",
      "zeta",
      "alpha"
    ]);
  });
});

describe("widget state in the URL", () => {
  it("sets, replaces and removes parameters, keeping the others in place", () => {
    expect(mergeSearch("", {from: "2003"})).toBe("?from=2003");
    expect(mergeSearch("?from=2003&to=2015", {from: "2005"})).toBe("?from=2005&to=2015");
    expect(mergeSearch("?lang=x&from=2003", {from: undefined})).toBe("?lang=x");
    expect(mergeSearch("?from=2003", {from: undefined, to: ""})).toBe("");
  });
});
