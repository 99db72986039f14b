/**
 * The SQL that builds the `interactions` table (RAW_interactions columns, contract order) from `r_core`:
 *
 * 1. `i_rows`: one first rating per recipe plus the other ratings, each with its date and recipe.
 * 2. `i_rated`: users (power law), stars (exact histogram, ranked by a month/year/weekend-shifted latent score)
 *    and review texts.
 * 3. `interactions`: plus a few hundred exact duplicate rows.
 */
import {FIRST_RATING, ratingDays, WEIGHT_UNIT} from "./calendar.js";
import {
  FIRST_RATING_LAG,
  type InteractionCounts,
  monthRatingShifts,
  POPULARITY_SIGMA,
  RATING_TREND_PER_YEAR,
  RATING_WEEKEND_LEAD,
  ratingSensitivity,
  USER_ACTIVITY,
  userActivityScale
} from "./ratings.js";
import {randomSql, sqlList, sqlNumber, textPicker, valuesTable} from "./sql.js";
import {REVIEW_CLOSERS, REVIEW_MIDDLES, REVIEW_OPENERS} from "./texts.js";

/** The statements that leave an `interactions` table; `recipes` have `r_core` already. */
export function interactionStatements(
  seed: number,
  counts: InteractionCounts,
  recipes: number,
  scale: number
): string[] {
  const rnd = randomSql(seed);
  const days = ratingDays();
  const total = days.reduce((s, d) => s + d.weight, 0);
  const base = counts.rows - counts.duplicates;
  const extra = base - recipes;
  const activity = userActivityScale(counts.users, base, scale);
  const sensitivity = ratingSensitivity();
  const words = textPicker(rnd, "w");
  const pick = (column: string, items: readonly string[], salt: string) => words.pick(column, items, salt, "row_key");
  const separator = (salt: string) =>
    `(case when ${rnd.uniform(salt, "row_key")} < 0.12 then chr(10) when ${rnd.uniform(salt, "row_key")} < 0.17 then chr(10) || chr(10) else ' ' end)`;
  // Star cut-offs on the latent rank (best first): the first stars[5] rows get 5 stars, and so on.
  const cuts: string[] = [];
  let upTo = 0;
  for (const star of [5, 4, 3, 2]) {
    upTo += counts.stars[star];
    cuts.push(`when star_rank <= ${upTo} then ${star}`);
  }

  // Reviews: an opener by stars, then maybe a middle and a closer, joined by a space or one or two newlines.
  const reviewed = `create table i_reviewed as
     select user_id, recipe_id, date, rating, row_key,
         (case rating
             when 5 then ${pick("five", REVIEW_OPENERS["5"], "review_5")}
             when 4 then ${pick("four", REVIEW_OPENERS["4"], "review_4")}
             when 3 then ${pick("three", REVIEW_OPENERS["3"], "review_3")}
             when 0 then ${pick("unrated", REVIEW_OPENERS["0"], "review_0")}
             else ${pick("low", REVIEW_OPENERS.low, "review_low")}
         end)
         || (case when ${rnd.uniform("review_has_middle", "row_key")} < 0.45 then ${separator("review_sep1")} || ${pick("middles", REVIEW_MIDDLES, "review_mid")} else '' end)
         || (case when ${rnd.uniform("review_has_closer", "row_key")} < 0.5 then ${separator("review_sep2")} || ${pick("closers", REVIEW_CLOSERS, "review_close")} else '' end)
         as review
     from i_rated cross join review_words w`;

  return [
    `create table rating_days as
     select day::date as day, weight::bigint as weight,
         coalesce(sum(weight::bigint) over (order by day rows between unbounded preceding and 1 preceding), 0) as cum_lo
     from ${valuesTable("d", ["day", "weight"], days)}`,

    // Popularity: cumulative over recipes in id order, which is posting order, so "recipes posted by day d" is a
    // prefix and its total is read from pop_days.
    `create table recipe_pop as
     with w as (select i, id, submitted, (1 + round(1000 * exp(${POPULARITY_SIGMA} * ${rnd.normal("popularity", "i")})))::bigint as weight from r_core)
     select *, coalesce(sum(weight) over (order by i rows between unbounded preceding and 1 preceding), 0) as cum_lo from w`,
    `create table pop_days as select submitted as day, max(cum_lo + weight) as cum_hi from recipe_pop group by submitted`,

    // First ratings: an exponential lag in activity mass after the posting date (or after the first rating day),
    // wrapped into the remaining activity when it would run past the last day.
    `create table i_first as
     with start as (
         select c.i, c.id, d.cum_lo as mass_at,
             -ln(${rnd.uniform("first_lag", "c.i")}) * greatest(d.weight * ${FIRST_RATING_LAG.days},
                 case when c.submitted < date '${FIRST_RATING_LAG.earlyBefore}' then ${FIRST_RATING_LAG.earlyMass * WEIGHT_UNIT} else 0 end) as lag
         from r_core c join rating_days d on d.day = greatest(c.submitted, date '${FIRST_RATING}')
     ),
     target as (
         select i, id, mass_at + (case when mass_at + lag < ${total} then lag else fmod(lag, ${total} - mass_at) end) as target from start
     )
     select t.i as row_key, t.id as recipe_id, d.day as date from target t asof join rating_days d on t.target >= d.cum_lo`,

    // Other ratings: dates stratified over the activity curve (the first and last pin the real first and last
    // days), recipes by popularity among those already posted.
    `create table i_extra as
     with dated as (
         select e, d.day as date
         from (
             select e, case when e = 0 then 0 when e = ${extra - 1} then ${total - 1}
                 else (e + ${rnd.uniform("extra_day", "e")}) / ${Math.max(1, extra)} * ${total} end as target
             from range(${extra}) t(e)
         ) x
         asof join rating_days d on x.target >= d.cum_lo
     ),
     bounded as (select dated.*, p.cum_hi from dated asof join pop_days p on dated.date >= p.day),
     targets as (select e, date, ${rnd.uniform("extra_recipe", "e")} * cum_hi as target from bounded)
     select ${recipes} + t.e as row_key, r.id as recipe_id, t.date from targets t asof join recipe_pop r on t.target >= r.cum_lo`,
    `create table i_rows as select * from i_first union all select * from i_extra`,

    // Users: the k-th most active user owns a block of a random permutation of the rows.
    `create table users as
     with counts as (
         select k, greatest(1, floor(${sqlNumber(activity)} * pow(k + ${sqlNumber(USER_ACTIVITY.offset * scale)}, ${-USER_ACTIVITY.exponent})))::bigint as c
         from range(${counts.users}) t(k)
     ),
     fixed as (select k, case when k = 0 then greatest(1, c + ${base} - sum(c) over ()) else c end as c from counts),
     ids as (select k, c, row_number() over (order by ${rnd.hash("user_id", "k")}, k) - 1 as slot from fixed)
     select k, 1533 + 9 * slot + ${rnd.below(9, "user_jitter", "k")} as user_id,
         coalesce(sum(c) over (order by k rows between unbounded preceding and 1 preceding), 0) as cum_lo
     from ids`,

    // Stars: 0 for a random set of rows (reviews without rating); the others by rank of a latent score.
    `create table i_rated as
     with keyed as (
         select r.*, row_number() over (order by ${rnd.hash("user_slot", "row_key")}, row_key) - 1 as user_pos,
             row_number() over (order by ${rnd.hash("unrated", "row_key")}, row_key) <= ${counts.stars[0]} as unrated
         from i_rows r
     ),
     scored as (
         select *,
             ln(${rnd.uniform("stars", "row_key")} / (1 - ${rnd.uniform("stars", "row_key")}))
             + ${sqlList(monthRatingShifts().map(sqlNumber), false)}[month(date)]
             + ${sqlNumber(RATING_TREND_PER_YEAR / sensitivity)} * (year(date) - 2008)
             + ${sqlNumber(RATING_WEEKEND_LEAD / sensitivity)} * (isodow(date) >= 6)::integer as score
         from keyed
     ),
     ranked as (
         select *, row_number() over (partition by unrated order by score desc, row_key) as star_rank from scored
     )
     select u.user_id, r.recipe_id, r.date, r.row_key,
         (case when r.unrated then 0 ${cuts.join(" ")} else 1 end)::bigint as rating
     from ranked r asof join users u on r.user_pos >= u.cum_lo`,
    words.table("review_words"),
    reviewed,

    // Exact duplicates: copies of random five-star rows, the dirt the reference's unique() removes.
    `create table interactions as
     select user_id, recipe_id, date, rating, review from i_reviewed
     union all
     select user_id, recipe_id, date, rating, review from i_reviewed
     where rating = 5
     qualify row_number() over (order by ${rnd.hash("duplicate", "row_key")}, row_key) <= ${counts.duplicates}`
  ];
}
