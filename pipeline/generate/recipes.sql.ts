/**
 * The SQL that builds the `recipes` table (RAW_recipes columns, contract order) in stages:
 *
 * 1. lookups (lookups.sql.ts), then `r_core`: one row per recipe with its posting date (stratified over the daily
 *    weights, so ids grow with dates as on Food.com), its dirt kind (exact counts, by a random rank), and its
 *    numeric columns;
 * 2. batch by batch of recipes (id ranges, see batches.ts): the list columns (lists.sql.ts) and the nutrition
 *    string, then the rows of `recipes`: the join, with names and descriptions.
 *
 * Every random draw is a hash of (seed, row keys, salt); see sql.ts.
 */
import {listStatements} from "./lists.sql.js";
import {lookupStatements, submissionTotal} from "./lookups.sql.js";
import {
  type Measure,
  MINUTES_OUTLIERS,
  NUTRIENTS,
  NUTRITION,
  NUTRITION_TYPO,
  OUTLIER_KINDS,
  RAW_RECIPES,
  STEP_INGREDIENT_OUTLIERS
} from "./measures.js";
import {randomSql, sqlNumber, textPicker} from "./sql.js";
import * as text from "./texts.js";

/** How many recipes, and how many of each kind of dirt, at a scale. */
export interface RecipeCounts {
  recipes: number;
  minutesOutliers: number;
  stepIngredientOutliers: number;
}

export function recipeCounts(scale: number): RecipeCounts {
  const recipes = Math.max(40, Math.round(RAW_RECIPES * scale));
  return {
    recipes,
    minutesOutliers: Math.round((MINUTES_OUTLIERS / RAW_RECIPES) * recipes),
    stepIngredientOutliers: Math.round((STEP_INGREDIENT_OUTLIERS / RAW_RECIPES) * recipes)
  };
}

/** The recipe stages: `r_core` for all recipes at once, then the wide columns batch by batch. */
export interface RecipeStatements {
  /** The lookups and `r_core`: one narrow row per recipe (the interactions read it too). */
  core: string[];
  /**
   * The statements adding the recipes `lo` ≤ i < `hi` to `recipes` (contract columns plus `i`), the first batch
   * (`lo` = 0) creating it.
   */
  batch(lo: number, hi: number): string[];
}

/**
 * The recipe statements. The list columns and texts are drawn a batch of recipes at a time: their aggregates hold
 * every item of every recipe in a batch, which at scale 10 outgrew the default memory limit when done at once.
 */
export function recipeStatements(seed: number, counts: RecipeCounts): RecipeStatements {
  const rnd = randomSql(seed);
  const n = counts.recipes;
  const dirtyMinutes = counts.minutesOutliers;
  const dirtyLists = counts.stepIngredientOutliers;
  let edge = 0;
  const kindCase = OUTLIER_KINDS.map(
    ({kind, share}) => `when ${rnd.uniform("kind", "i")} < ${sqlNumber((edge += share))} then '${kind}'`
  ).join(" ");
  const latent = (measure: Measure) => `${rnd.normal(measure, "i")} + sh.${measure}`;
  const words = textPicker(rnd, "w");
  const pick = (column: string, items: readonly string[], salt: string) => words.pick(column, items, salt, "c.i");
  // The recipe table in contract order, with names and descriptions.
  const recipesSelect = `select
         c.i,
         case when c.null_name then null else
             (case when ${rnd.uniform("name_prefix", "c.i")} < 0.4 then ${pick("name_prefixes", text.NAME_PREFIXES, "name_p")} || ' ' else '' end)
             || ${pick("name_mains", text.NAME_MAINS, "name_m")} || ' ' || ${pick("name_dishes", text.NAME_DISHES, "name_d")}
             || ${pick("name_suffixes", text.NAME_SUFFIXES, "name_s")}
         end as name,
         c.id,
         c.minutes,
         1533 + 37 * floor(pow(${rnd.uniform("contributor", "c.i")}, 2.2) * ${Math.max(10, Math.round(n / 8))})::bigint
             + ${rnd.below(37, "contributor_jitter", "c.i")} as contributor_id,
         c.submitted,
         t.tags,
         nu.nutrition,
         c.n_steps,
         s.steps,
         case
             when ${rnd.uniform("description", "c.i")} < 0.022 then null
             when ${rnd.uniform("description", "c.i")} < 0.0225 then ''
             else ${pick("description_openers", text.DESCRIPTION_OPENERS, "desc_o")} || ' '
                 || ${pick("description_middles", text.DESCRIPTION_MIDDLES, "desc_m")}
                 || ${pick("description_closers", text.DESCRIPTION_CLOSERS, "desc_c")}
         end as description,
         g.ingredients,
         g.n_ingredients
     from b_core c
     join r_tags t using (i)
     join r_nutrition nu using (i)
     join r_steps s using (i)
     join r_ingredients g using (i)
     cross join recipe_words w`;

  const core = [
    ...lookupStatements(),

    // Posting dates: recipe i takes the (i + u)/n quantile of the daily weights, so ids grow with dates and each
    // year gets its share to within a recipe; the first and last recipes pin the real first and last days.
    `create table r_dates as
     with draws as (
         select i, case when i = 0 then 0 when i = ${n - 1} then ${submissionTotal() - 1}
             else (i + ${rnd.uniform("submitted", "i")}) / ${n} * ${submissionTotal()} end as target
         from range(${n}) t(i)
     )
     select draws.i, d.day as submitted from draws asof join submission_days d on draws.target >= d.cum_lo`,

    // Dirt: a random rank decides which rows carry which defect, so the counts are exact at every scale. The first
    // clean row in that rank order loses its name (the single null name of the real file).
    `create table r_kinds as
     with ranked as (
         select i, submitted, row_number() over (order by ${rnd.hash("dirt", "i")}, i) - 1 as dirt_rank from r_dates
     )
     select
         i,
         submitted,
         year(submitted) as year,
         case when month(submitted) in (12, 1, 2) then 'Winter' when month(submitted) <= 5 then 'Spring'
             when month(submitted) <= 8 then 'Summer' else 'Autumn' end as season,
         (isodow(submitted) >= 6)::integer as weekend,
         count(*) over (partition by year(submitted)) as year_recipes,
         row_number() over (partition by year(submitted) order by ${rnd.hash("year_rank", "i")}, i) as year_rank,
         dirt_rank,
         case
             when dirt_rank < ${dirtyMinutes} then 'minutes'
             when dirt_rank < ${dirtyMinutes + dirtyLists} then (case ${kindCase} else 'many_ingredients' end)
             else 'clean'
         end as dirt
     from ranked`,

    // Clean measures: a latent normal shifted for the (year, season), cut at the thresholds of the base pmf.
    `create table r_latent as
     select k.*, ${latent("minutes")} as z_minutes, ${latent("steps")} as z_steps, ${latent("ingredients")} as z_ingredients
     from r_kinds k join shifts sh on sh.year = k.year and sh.season = k.season`,
    `create table r_clean as
     with a as (select l.*, t.value as minutes_clean from r_latent l asof join thr_minutes t on l.z_minutes >= t.lower),
     b as (select a.*, t.value as steps_clean from a asof join thr_steps t on a.z_steps >= t.lower)
     select b.*, t.value as ingredients_clean from b asof join thr_ingredients t on b.z_ingredients >= t.lower`,

    // Outliers: zeros and long or absurd durations (one 2147483647, as commonly reported), single-step and
    // 25-145-step recipes, 1-2 and 18-43-ingredient ones.
    `create table r_core as
     with heavy as (select *, abs(${rnd.normal("outlier", "i")}) as z_out from r_clean),
     long as (select *, 185 + floor(exp(4.6 + 1.4 * z_out))::bigint as long_minutes from heavy)
     select
         i,
         38 + 2 * i + ${rnd.below(2, "id", "i")} as id,
         ${rnd.hash("row", "i")} as rh,
         submitted, year, season, weekend, year_recipes, year_rank, dirt, dirt_rank,
         -- (year, season, weekend) as one small integer: the key the vocabulary probabilities are joined on.
         (year - 1999) * 8 + (case season when 'Winter' then 0 when 'Spring' then 1 when 'Summer' then 2 else 3 end) * 2 + weekend as stratum,
         dirt_rank = ${dirtyMinutes + dirtyLists} as null_name,
         case
             when dirt <> 'minutes' then minutes_clean
             when dirt_rank = 0 then 2147483647
             when ${rnd.uniform("zero_minutes", "i")} < 0.06 then 0
             when long_minutes > 1440 then least(long_minutes // 60 * 60, 1051200)
             when long_minutes > 300 then long_minutes // 30 * 30
             else long_minutes // 5 * 5
         end::bigint as minutes,
         case dirt
             when 'few_steps' then 1
             when 'many_steps' then least(145, 24 + ceil(exp(1.5 + 0.9 * z_out)))
             else steps_clean
         end::bigint as n_steps,
         case dirt
             when 'few_ingredients' then (case when ${rnd.uniform("few", "i")} < 0.6 then 2 else 1 end)
             when 'many_ingredients' then least(43, 17 + ceil(exp(0.6 + 0.8 * z_out)))
             else ingredients_clean
         end::bigint as ingredients_target
     from long`,
    // A recipe's size against its year's mean, which scales its chance of carrying each modelled ingredient.
    `create or replace table r_core as select *, ingredients_target / avg(ingredients_target) over (partition by year) as size from r_core`
  ];

  const batch = (lo: number, hi: number) => [
    `create or replace table b_core as select * from r_core where i >= ${lo} and i < ${hi}`,
    ...listStatements(rnd, "b_core"),

    // Nutrition: log-normal calories; the other values are calories × a log-normal ratio, so they correlate like
    // real ones. A few rows get a serving-size typo that multiplies everything.
    `create or replace table r_nutrition as
     with draws as (
         select c.i, n.*,
             case when ${rnd.uniform("typo", "i")} < ${NUTRITION_TYPO.share}
                 then exp(${NUTRITION_TYPO.logMin} + ${NUTRITION_TYPO.logMax - NUTRITION_TYPO.logMin} * ${rnd.uniform("typo_size", "i")}) else 1 end as typo,
             exp(n.calories + ${NUTRITION.calories.sigma} * ${rnd.normal("calories", "i")}) as kcal
         from b_core c join nutrition_params n on n.year = c.year and n.season = c.season and n.weekend = c.weekend
     )
     select i,
         '[' || printf('%.1f', round(kcal * typo, 1))
         ${NUTRIENTS.slice(1)
           .map(
             (nut) =>
               `|| ', ' || printf('%.1f', round(kcal * typo * exp(${nut} + ${NUTRITION[nut].sigma} * ${rnd.normal(nut, "i")})))`
           )
           .join("\n         ")}
         || ']' as nutrition
     from draws`,
    `${lo === 0 ? "create table recipes as" : "insert into recipes"} ${recipesSelect}`
  ];

  // The word lists are registered while the SELECT above is written, so the table comes after it.
  return {core: [...core, words.table("recipe_words")], batch};
}
