/**
 * The SQL of the list columns (ingredients, tags, steps), rendered as Python-list strings.
 *
 * Items travel as BIGINT ids until the very end: a recipe's list is `list()` of unique BIGINT sort keys (lead in
 * the top bits, a random position, the item id in the low 20 bits), sorted, then turned into text by indexing
 * the one-row `*_names` table. Integer lists aggregate and sort several times faster than lists of strings, and
 * the sort fixes the order whatever the thread schedule.
 */
import {MEAN_RECIPE_YEAR, SEASONS} from "./calendar.js";
import {ingredientTailTotal, STEP_VARIANTS, tagTailTotal} from "./lookups.sql.js";
import {type RandomSql, sqlNumber} from "./sql.js";
import * as text from "./texts.js";

/** Mean number of tail tags per recipe: with the modelled ones and the time tag, ≈ 17.9 tags a recipe (§2.7). */
const TAIL_TAGS_MEAN = 6.8;

/**
 * How "60-minutes-or-less" depends on minutes: never above an hour (the tag would be false), rarely at 30 or less
 * (those mostly get "30-minutes-or-less"), mostly in between. The factors average ≈ 1 over the minutes
 * distribution, so the tag keeps its calibrated share and "4-hours-or-less" stays below it, as in the real top 10.
 */
const SIXTY_MINUTE_FACTOR = {upTo30: 0.53, upTo60: 2.23};

/**
 * A year with fewer raw recipes than this draws its modelled items by systematic sampling (see headRows), a walk
 * over the whole year: a batch of recipes (generate.ts) never splits such a year.
 */
export const SMALL_YEAR = 3000;

/** The logit-linear probability of vocabulary row `h` in stratum `st` (year, season, weekend). */
const logistic = `1 / (1 + exp(-(h.intercept + h.slope * (st.year - ${sqlNumber(MEAN_RECIPE_YEAR)}) + case st.season ${SEASONS.map(
  (season) => `when '${season}' then h.${season.toLowerCase()}`
).join(" ")} end + h.weekend * st.weekend)))`;

/** A unique BIGINT sort key: `lead` (0-127) in the top bits, 36 bits of a random hash, the item id in the low 20. */
const sortKey = (lead: string, hash: string) =>
  `((${lead})::bigint << 56) + (((${hash}) >> 28)::bigint << 20) + item_id`;

/**
 * A query turning `items(i, key)` into one Python-list string per recipe: the keys are aggregated and sorted,
 * then each is looked up in the one-row names table (cross-joined after the aggregation, not grouped by).
 */
const pythonLists = (names: string, column: string, count = "") => `
     select i, ${count}'[' || array_to_string(list_transform(keys, k -> v.names[(k & 1048575)::bigint]), ', ') || ']' as ${column}
     from (select i, list_sort(list(key)) as keys from items group by i), ${names} v`;

interface HeadOptions {
  /** The table of the recipes drawn (`r_core`'s columns): one batch of them. */
  core: string;
  vocabulary: string;
  salt: string;
  /** SQL probability of the (recipe `c`, item) row, from the stratum probability `hp.p`. */
  probability: string;
}

/**
 * CTEs ending in `head_rows(i, item_id, lead, u, p, pos_hash)`: the modelled items drawn for each recipe. Each
 * (recipe, item) pair is drawn with its own probability: independently in big years, by systematic sampling in
 * small ones (walk the year's clean recipes in a random order and take one each time the running sum of
 * probabilities crosses an integer), so the shares of a year with a hundred recipes land on target instead of
 * wandering by ±3 points.
 */
function headRows(rnd: RandomSql, o: HeadOptions): string {
  const core = o.core;
  const unit = 1_000_000_000;
  // Per-pair randomness costs one hash: the recipe's row hash (r_core.rh) XOR a per-item key, mixed. Only the
  // draw is computed for all pairs; the order and position hashes only where they are needed.
  const rows = (where: string) => `
         select c.i, c.year, c.rh, hp.item_id, hp.lead, hp.order_key, hp.pos_key, ${o.probability} as p,
             ((hash(xor(c.rh, hp.draw_key)) >> 11)::double + 0.5) / 9007199254740992.0 as u
         from ${core} c join head_p hp on hp.stratum = c.stratum
         where ${where}`;
  return `
     head_p as (
         select st.stratum, h.item_id::bigint as item_id, h.repr, h.lead, ${logistic} as p,
             ${rnd.hash(`${o.salt}_draw`, "h.item_id")} as draw_key,
             ${rnd.hash(`${o.salt}_order`, "h.item_id")} as order_key,
             ${rnd.hash(`${o.salt}_pos`, "h.item_id")} as pos_key
         from (select distinct stratum, year, season, weekend from ${core}) st cross join ${o.vocabulary} h
     ),
     independent as (select * from (${rows(`not (c.dirt = 'clean' and c.year_recipes < ${SMALL_YEAR})`)}) where u < p),
     spread as (
         select *, floor(${rnd.uniform(`${o.salt}_offset`, "item_id", "year")} * ${unit})::bigint
             + (sum(round(p * ${unit})::bigint) over (partition by item_id, year order by hash(xor(rh, order_key)), i rows unbounded preceding))::bigint as hi
         from (${rows(`c.dirt = 'clean' and c.year_recipes < ${SMALL_YEAR}`)})
     ),
     head_rows as (
         select i, item_id, lead, u, p, hash(xor(rh, pos_key)) as pos_hash
         from (
             select i, rh, item_id, lead, u, p, pos_key from independent
             union all
             select i, rh, item_id, lead, u, p, pos_key from spread where hi // ${unit} > (hi - round(p * ${unit})::bigint) // ${unit}
         )
     )`;
}

/**
 * CTEs ending in `tail_rows(i, item_id, pos_hash)`: `need` distinct tail items per recipe by systematic PPS
 * sampling, i.e. the points (u + k)/need, k = 0…need−1, on the tail's cumulative weights (laid out in a fixed
 * shuffled order). An item is then drawn with probability need × its share, and never twice, since no tail item
 * holds 1/need of the mass. The offsets u of a year's recipes form a low-discrepancy sequence (a random start plus
 * multiples of an irrational `step`, in a random recipe order), so a year's count of each tail item lands close
 * to its expectation, as the head's systematic sampling does for small years.
 */
function tailRows(
  rnd: RandomSql,
  core: string,
  vocabulary: string,
  total: number,
  salt: string,
  step: number,
  needs: string
): string {
  return `
     tail_need as (${needs}),
     tail_offsets as (
         select n.i, n.need, ${rnd.uniform(`${salt}_tail`, "c.year")} + ${step} * c.year_rank as walk
         from tail_need n join ${core} c on c.i = n.i where n.need > 0
     ),
     tail_points as (
         select i, (walk - floor(walk) + k) / need * ${total} as target from (select i, need, walk, unnest(range(need)) as k from tail_offsets)
     ),
     tail_rows as (
         select p.i, t.item_id, hash(xor(c.rh, ${rnd.hash(`${salt}_pos`, "t.item_id")})) as pos_hash
         from tail_points p asof join ${vocabulary} t on p.target >= t.cum_lo join ${core} c on c.i = p.i
     )`;
}

/**
 * Statements leaving `r_ingredients` (i, n_ingredients, ingredients), `r_tags` (i, tags) and `r_steps` (i, steps)
 * for the recipes of the table `core` (replacing those of the previous batch). Every draw is a function of the
 * recipe's own keys (and, for the small years' systematic sampling, of its whole year), so a batch's rows are the
 * same as if all recipes were drawn at once.
 */
export function listStatements(rnd: RandomSql, core: string): string[] {
  // Steps: one hash per (recipe, step) feeds every choice in it, through disjoint bit ranges.
  const stepHash = `hash(xor(j::ubigint, c.rh))`;
  const [openers, middles, closers] = [text.STEP_OPENERS.length, text.STEP_MIDDLES.length, text.STEP_CLOSERS.length];
  const template = `case
         when j = 0 then ${stepHash} % ${openers}
         when j = n_steps - 1 then ${openers + middles} + ${stepHash} % ${closers}
         else ${openers} + ${stepHash} % ${middles}
     end`;

  return [
    // Ingredients: the modelled head, its probabilities scaled by the recipe's size against its year's mean (big
    // recipes carry more staples, yearly shares stay on target), at most the recipe's size; then the tail.
    `create or replace table r_ingredients as
     with ${headRows(rnd, {
       core,
       vocabulary: "ingredient_head",
       salt: "ing",
       probability: "least(0.95, hp.p * c.size)"
     })},
     head_counts as (select i, count(*) as m from head_rows group by i),
     head_kept as (
         select r.* from head_rows r join head_counts n using (i) join ${core} c using (i) where n.m <= c.ingredients_target
         union all
         select r.* from head_rows r join head_counts n using (i) join ${core} c using (i) where n.m > c.ingredients_target
         qualify row_number() over (partition by r.i order by r.u / r.p, r.item_id) <= any_value(c.ingredients_target) over (partition by r.i)
     ),
     ${tailRows(
       rnd,
       core,
       "ingredient_tail",
       ingredientTailTotal(),
       "ing",
       0.6180339887498949,
       `select c.i, c.ingredients_target - coalesce(n.m, 0) as need from ${core} c left join (select i, count(*) as m from head_kept group by i) n using (i)`
     )},
     items as (
         select i, ${sortKey("0", "pos_hash")} as key from head_kept
         union all
         select i, ${sortKey("0", "pos_hash")} as key from tail_rows
     )
     ${pythonLists("ingredient_names", "ingredients", "len(keys)::bigint as n_ingredients, ")}`,

    // Tags: the modelled head, a time tag when "60-minutes-or-less" was not drawn, and the tail. Food.com lists
    // open with the time tag and a few structural tags, in that order (the lead).
    `create or replace table r_tags as
     with ${headRows(rnd, {
       core,
       vocabulary: "tag_head",
       salt: "tag",
       probability: `case when hp.repr <> '''60-minutes-or-less''' then hp.p else least(0.97, hp.p * case
           when c.minutes <= 30 then ${SIXTY_MINUTE_FACTOR.upTo30} when c.minutes <= 60 then ${SIXTY_MINUTE_FACTOR.upTo60} else 0 end) end`
     })},
     timed as (
         select c.i, tt.item_id
         from ${core} c asof join time_tags tt on c.minutes <= tt.up_to
         where c.i not in (select i from head_rows where item_id = (select item_id from tag_head where repr = '''60-minutes-or-less'''))
     ),
     ${tailRows(
       rnd,
       core,
       "tag_tail",
       tagTailTotal(),
       "tag",
       0.4142135623730951,
       `select i, greatest(0, round(${TAIL_TAGS_MEAN} + 2.5 * ${rnd.normal("tag_count", "i")}))::bigint as need from ${core}`
     )},
     items as (
         select i, ${sortKey("lead", "pos_hash")} as key from head_rows
         union all
         select i, item_id as key from timed
         union all
         select i, ${sortKey("100", "pos_hash")} as key from tail_rows
     )
     ${pythonLists("tag_names", "tags")}`,

    // Steps: an opener, middles and a closer, each a random template with a random fill (see lookups.sql.ts):
    // ids first, by arithmetic only, then one lookup each in the names table.
    `create or replace table r_steps as
     with ids as (
         select c.i, list_transform(range(c.n_steps), j -> (1 + (${template}) * ${STEP_VARIANTS} + ((${stepHash}) >> 20) % ${STEP_VARIANTS})::bigint) as ids
         from ${core} c
     )
     select i, '[' || array_to_string(list_transform(ids, k -> v.names[k]), ', ') || ']' as steps from ids, step_names v`
  ];
}
