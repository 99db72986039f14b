/**
 * The small lookup tables the recipe stages join to, built from the calibration modules as VALUES lists: the
 * posting calendar, the latent shifts and thresholds of the clean measures, the nutrition parameters, the two
 * vocabularies (modelled head and weighted tail) and the step templates. Weights are integers so cumulative sums
 * are exact.
 *
 * Item ids are contiguous from 1 within a list column (head, time tags, tail), so a recipe's list can be carried
 * as BIGINTs and turned into text at the end by indexing the one-row `*_names` tables (see lists.sql.ts).
 */
import {MEAN_RECIPE_YEAR, RECIPE_YEAR_WEIGHTS, SEASONS, submissionDays} from "./calendar.js";
import {latentThresholds} from "./distributions.js";
import {MODELLED_INGREDIENTS, tailIngredients} from "./ingredients.js";
import {
  MEASURES,
  type Measure,
  measureShifts,
  NUTRIENTS,
  NUTRITION,
  NUTRITION_TYPO,
  nutrientSeasonFactor
} from "./measures.js";
import {pythonRepr, sqlList, sqlString, valuesTable} from "./sql.js";
import {LEADING_TAGS, MODELLED_TAGS, tailTags, TIME_TAGS} from "./tags.js";
import {STEP_CLOSERS, STEP_MIDDLES, STEP_OPENERS} from "./texts.js";
import {modelledRows, tailRows} from "./vocabulary.js";

const INGREDIENT_TAIL_ID = 1 + MODELLED_INGREDIENTS.length;
const TIME_TAG_ID = 1 + MODELLED_TAGS.length;
const TAG_TAIL_ID = TIME_TAG_ID + TIME_TAGS.length;

/** Sum of the integer tail weights, which the SQL scales its uniform draws by. */
export const ingredientTailTotal = (): number => tailRows(tailIngredients(), 0).reduce((s, r) => s + r.weight, 0);
export const tagTailTotal = (): number => tailRows(tailTags(), 0).reduce((s, r) => s + r.weight, 0);
export const submissionTotal = (): number => submissionDays().reduce((s, d) => s + d.weight, 0);

/** The numbers step templates are filled with: `{n}` minutes, hours or pieces, `{t}` an oven temperature. */
const STEP_FILLS: Readonly<Record<string, readonly string[]>> = {
  "{n}": Array.from({length: 28}, (_, i) => String(2 + i)),
  "{t}": ["325", "350", "375", "400"]
};

/** Every step template is expanded to this many (quoted) texts, so a step's text id is plain arithmetic. */
export const STEP_VARIANTS = 28;

/**
 * The step vocabulary as a SQL list: each template (openers, then middles, then closers) expanded to
 * STEP_VARIANTS texts, cycling through its fills (a template without a hole is repeated), and quoted.
 */
function stepVocabulary(): string {
  const names = [...STEP_OPENERS, ...STEP_MIDDLES, ...STEP_CLOSERS].flatMap((template) => {
    const hole = Object.keys(STEP_FILLS).find((h) => template.includes(h));
    return Array.from({length: STEP_VARIANTS}, (_, k) =>
      pythonRepr(hole ? template.replace(hole, STEP_FILLS[hole][k % STEP_FILLS[hole].length]) : template)
    );
  });
  return `${sqlList(names)} as names`;
}

/**
 * Log-scale location of every nutrient per (year, season, weekend): calories are `exp(calories + σ·z)`, the others
 * `kcal · exp(nutrient + σ·z)`, so each mean lands on its target (the −σ²/2 terms undo the log-normal bias, and
 * the typo rows' extra mass is taken out of calories).
 */
function nutritionRows(): Record<string, string | number>[] {
  const calories = NUTRITION.calories;
  const typoSpan = NUTRITION_TYPO.logMax - NUTRITION_TYPO.logMin;
  const typoMean =
    1 + NUTRITION_TYPO.share * ((Math.exp(NUTRITION_TYPO.logMax) - Math.exp(NUTRITION_TYPO.logMin)) / typoSpan - 1);
  return RECIPE_YEAR_WEIGHTS.flatMap(({year}) =>
    SEASONS.flatMap((season) =>
      [0, 1].map((weekend) => {
        const row: Record<string, string | number> = {year, season, weekend};
        const level = 1 + calories.trend * (year - MEAN_RECIPE_YEAR);
        const mean =
          (calories.mean * level * nutrientSeasonFactor("calories", season) * (weekend ? calories.weekend : 1)) /
          typoMean;
        row.calories = Math.log(mean) - calories.sigma ** 2 / 2;
        for (const nutrient of NUTRIENTS.slice(1)) {
          const m = NUTRITION[nutrient];
          const ratio =
            (m.mean / calories.mean) *
            Math.exp(m.trend * (year - MEAN_RECIPE_YEAR)) *
            nutrientSeasonFactor(nutrient, season) *
            (weekend ? m.weekend / calories.weekend : 1);
          row[nutrient] = Math.log(ratio) - m.sigma ** 2 / 2;
        }
        return row;
      })
    )
  );
}

export function lookupStatements(): string[] {
  const shiftRows = RECIPE_YEAR_WEIGHTS.flatMap(({year}) => SEASONS.map((season) => ({year, season})));
  const shifts = Object.fromEntries((Object.keys(MEASURES) as Measure[]).map((m) => [m, measureShifts(m)]));
  const thresholds = (measure: Measure) =>
    `create table thr_${measure} as select * from ${valuesTable("t", ["lower", "value"], latentThresholds(MEASURES[measure].pmf))}`;
  const leading = LEADING_TAGS.map((t, i) => `when ${sqlString(`'${t}'`)} then ${i + 1}`).join(" ");
  const vocabColumns = ["item_id", "repr", "intercept", "slope", "winter", "spring", "summer", "autumn", "weekend"];
  // Tails are laid out in a fixed shuffled order (a hash of the id, not the seed), so the systematic draws of
  // lists.sql.ts mix popular and rare items rather than taking one of each popularity band.
  const weighted = (name: string, rows: ReturnType<typeof tailRows>) =>
    `create table ${name} as
     select item_id::bigint as item_id, repr, weight::bigint as weight,
         coalesce(sum(weight::bigint) over (order by hash(item_id::ubigint), item_id rows between unbounded preceding and 1 preceding), 0) as cum_lo
     from ${valuesTable("t", ["item_id", "repr", "weight"], rows)}`;
  // One row holding every repr of a list column, in id order.
  const names = (name: string, tables: readonly string[]) =>
    `create table ${name} as select list(repr order by item_id) as names
     from (${tables.map((t) => `select item_id, repr from ${t}`).join(" union all ")})`;

  return [
    `create table submission_days as
     select day::date as day, weight::bigint as weight,
         coalesce(sum(weight::bigint) over (order by day rows between unbounded preceding and 1 preceding), 0) as cum_lo
     from ${valuesTable("d", ["day", "weight"], submissionDays())}`,
    `create table shifts as select * from ${valuesTable(
      "s",
      ["year", "season", "minutes", "steps", "ingredients"],
      shiftRows.map((r, k) => ({
        ...r,
        minutes: shifts.minutes[k].shift,
        steps: shifts.steps[k].shift,
        ingredients: shifts.ingredients[k].shift
      }))
    )}`,
    thresholds("minutes"),
    thresholds("steps"),
    thresholds("ingredients"),
    `create table nutrition_params as select * from ${valuesTable("n", ["year", "season", "weekend", ...NUTRIENTS], nutritionRows())}`,
    `create table ingredient_head as select *, 0 as lead from ${valuesTable("h", vocabColumns, modelledRows(MODELLED_INGREDIENTS))}`,
    weighted("ingredient_tail", tailRows(tailIngredients(), INGREDIENT_TAIL_ID)),
    names("ingredient_names", ["ingredient_head", "ingredient_tail"]),
    // The time tag opens a Food.com tag list (lead 0), then the structural tags, then the rest (100).
    `create table tag_head as select *, coalesce(case repr when '''60-minutes-or-less''' then 0 ${leading} end, 100) as lead
     from ${valuesTable("h", vocabColumns, modelledRows(MODELLED_TAGS))}`,
    `create table time_tags as select * from ${valuesTable(
      "t",
      ["item_id", "repr", "up_to"],
      TIME_TAGS.map((t, i) => ({item_id: TIME_TAG_ID + i, repr: `'${t.name}'`, up_to: t.upTo}))
    )}`,
    weighted("tag_tail", tailRows(tailTags(), TAG_TAIL_ID)),
    names("tag_names", ["tag_head", "time_tags", "tag_tail"]),
    `create table step_names as select ${stepVocabulary()}`
  ];
}
