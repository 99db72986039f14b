import {readdirSync, readFileSync} from "node:fs";
import path from "node:path";

import {describe, expect, it} from "vitest";

import {DOT_SIZE_MONTH_RATINGS, DOT_SIZE_YEAR_RECIPES} from "./_dotSize.text.js";
import {text as ratingsTrend} from "./ratings/ratings_trend.text.js";
import {text as trendsComplexity} from "./trends/trends_complexity.text.js";
import {text as trendsIngredients} from "./trends/trends_ingredients.text.js";
import {text as trendsNutrition} from "./trends/trends_nutrition.text.js";
import {text as trendsTags} from "./trends/trends_tags.text.js";

const here = path.dirname(new URL(import.meta.url).pathname);

function textModules(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return textModules(full);
    return entry.name.endsWith(".text.ts") ? [full] : [];
  });
}

describe("the key to dot size", () => {
  it("is written once per meaning, in _dotSize.text.ts, and no text module spells it again", () => {
    const own = path.join(here, "_dotSize.text.ts");
    const spelled = textModules(here)
      .filter((file) => file !== own)
      .filter((file) => /Dot size|Taille des points/.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(here, file));
    expect(spelled).toEqual([]);
  });

  it.each(["en", "fr"] as const)("reads the same on every chart that sizes dots by the same volume (%s)", (lang) => {
    for (const module of [trendsComplexity, trendsIngredients, trendsNutrition, trendsTags]) {
      expect(module[lang]["axis.dot_area"]).toBe(DOT_SIZE_YEAR_RECIPES[lang]);
    }
    expect(ratingsTrend[lang]["legend.dotArea"]).toBe(DOT_SIZE_MONTH_RATINGS[lang]);
  });
});
