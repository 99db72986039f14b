/**
 * The snapshot shape shared by the ingredient and tag trends: the most frequent items, the diversity per year, the
 * items whose share of recipes rose or fell most between the first and the last year, and the yearly shares of
 * the biggest movers.
 */
import {z} from "zod";

import {narrativeSchema} from "../../pipeline/narrative.schema.js";
import {count, year, yearText} from "./_schema.js";

const share = (what: string) => z.number().min(0).max(1).describe(`${what}, a fraction of the year's recipes.`);

const change = z.object({
  item: z.string(),
  occurrences: count.describe("Recipes containing the item, all years."),
  firstShare: share("Share of the first window's recipes containing the item (0 if absent)"),
  lastShare: share("Share of the last window's recipes containing the item (0 if absent)"),
  delta: z.number().min(-1).max(1).describe("lastShare − firstShare, a fraction (× 100 for percentage points)."),
  deltaLower: z.number().describe("Lower end of the 95 % Wald interval of delta, a fraction."),
  deltaUpper: z.number().describe("Upper end of the 95 % Wald interval of delta, a fraction.")
});

export const itemsSchema = z.object({
  params: z.object({
    minOccurrences: count.describe("Least recipes containing an item for it to be ranked by change."),
    topN: count.describe("Length of the most-frequent, rises and falls lists."),
    linesN: count.describe("Rises and falls drawn as yearly lines, each."),
    dataFirstYear: yearText.describe("First year with recipes, complete or not: the start of the yearly charts."),
    dataLastYear: yearText.describe("Last year with recipes, complete or not: the end of the yearly charts."),
    firstYear: yearText.describe("First complete calendar year: the start of the first window."),
    firstYearTo: yearText.describe("Last year of the first window."),
    lastYearFrom: yearText.describe("First year of the last window."),
    lastYear: yearText.describe("Last complete calendar year: the end of the last window."),
    minWindowRecipes: count.describe(
      "Each window is the fewest complete end years holding at least this many recipes."
    ),
    firstWindow: z.string().describe("The first window as text: '1999', or '1999–2001' for several years."),
    lastWindow: z.string().describe("The last window as text: '2018', or '2015–2018' for several years."),
    intervalLevel: z.number().describe("Confidence level of the changes' intervals."),
    firstYearRecipes: count.describe("Recipes of the first window: the base of its shares."),
    lastYearRecipes: count.describe("Recipes of the last window: the base of its shares."),
    years: count.describe("Years with recipes."),
    recipes: count.describe("Recipes analysed."),
    occurrences: count.describe("Recipe–item pairs (each item once per recipe)."),
    distinctItems: count.describe("Distinct items over all years."),
    eligibleItems: count.describe("Items with at least minOccurrences recipes: the candidates for rises and falls.")
  }),
  excludedItems: z
    .array(z.string())
    .describe("Structural tags left out by the rule of pipeline/structuralTags.ts, by name; empty for ingredients."),
  top: z
    .array(
      z.object({
        item: z.string(),
        occurrences: count.describe("Recipes containing the item, all years."),
        share: z.number().min(0).max(1).describe("occurrences over all recipes, a fraction.")
      })
    )
    .describe("The topN items by recipes containing them, descending, ties by name."),
  diversity: z
    .array(
      z.object({
        year,
        recipes: count.describe("Recipes posted that year (the dots' size: it drives diversity)."),
        distinctItems: count.describe("Distinct items used in the year's recipes.")
      })
    )
    .min(1)
    .describe("One row per year with recipes, ascending; recipes and distinctItems are of the same year."),
  risers: z.array(change).describe("Up to topN items with the largest positive delta, descending, ties by name."),
  fallers: z.array(change).describe("Up to topN items with the most negative delta, ascending, ties by name."),
  lines: z
    .array(
      z.object({
        movement: z.enum(["riser", "faller"]),
        rank: count.describe("1 = the biggest rise (or fall)."),
        item: z.string(),
        year,
        recipes: count.describe("Recipes posted that year: the base of the share."),
        share: share("Share of the year's recipes containing the item (0 if absent)"),
        lower: share("Lower bound of the share's 95 % Wilson interval"),
        upper: share("Upper bound of the share's 95 % Wilson interval"),
        complete: z.boolean().describe("Whether the data cover the whole calendar year (false: a partial end year).")
      })
    )
    .describe("Every year for the linesN biggest risers then fallers, by rank and year."),
  narrative: narrativeSchema
});

export type TrendsItems = z.infer<typeof itemsSchema>;
