-- Cleaned recipes: the reference's rules (§7.3), in its order, with its list-parsing bug fixed, plus row-level
-- validation the reference lacked: an id, a date inside the plausible window (the variables data_date_min and
-- data_date_max, set by the pipeline), seven finite non-negative nutrition values, and well-formed list strings.
-- Reads raw_recipes (the RAW_recipes.parquet contract view). Creates:
--   recipe_bounds  the 2.5–97.5 % bounds of n_steps and n_ingredients;
--   recipe_funnel  rows left after each rule, in order (the manifest and the overview report it);
--   recipes        one row per kept recipe with nutrition, calendar features and complexity, and its two list
--                  strings as cleaning normalised them (tag_list, ingredient_list, and whether each is plain), which
--                  the item index (queries/staging/items.sql) parses into its counts and then drops.
-- Cleaning decides whether a recipe's lists are well formed; it never splits one into items: n_ingredients is the
-- input's, and a recipe without one is outside the bounds and removed (steps_or_ingredients_outlier). Splitting and
-- parsing are the item index's, whose file defines and drops those macros; this file drops every macro it defines.
-- A failure part-way leaves its macros defined on the connection: each is created with "or replace", so a build
-- that runs the file again is not stopped by them.
-- The input is read once: every row is parsed and written, in the input's order, to the recipes table with its rule
-- flags; the rules that need the whole table (duplicates, bounds) then read narrow columns only, the rows the rules
-- reject are deleted and the flags dropped. So the list strings are copied once, where a table of flagged raw
-- strings and then one of kept rows held both in memory at once. The analyses need the rows in id order (their
-- floating-point sums add up in table order): the build checks the table is, as the generator and Food.com's file
-- write it, and sorts it only where it is not (pipeline/staging.ts, putInOrder). Steps and
-- description, the widest text, are read by no analysis and never leave the input.

-- The common case, in one regex pass: a list written as Python's repr writes it ("['a', 'b']") in printable ASCII,
-- whose items neither start nor end with a space, so its items are exactly the pieces between its "', '"
-- separators and need no trim (the item index splits it so: queries/staging/items.sql). Such a string is well
-- formed too, so it skips list_well_formed's tokenizing regex. Anything else is checked by it.
create or replace temp macro plain_list(list_string) as
    regexp_full_match(
        list_string,
        $re$\['(?:[!#-&(-\[\]-~](?:[ !#-&(-\[\]-~]*[!#-&(-\[\]-~])?)?(?:', '(?:[!#-&(-\[\]-~](?:[ !#-&(-\[\]-~]*[!#-&(-\[\]-~])?)?)*'\]$re$
    );

-- A list string in Unicode normal form (NFC), without invisible characters (zero-width, soft hyphen, direction
-- marks): done once per string, before parsing, so every item comes out clean. Both concern non-ASCII characters
-- only, so an ASCII string (as many bytes as characters) is already clean and skips the regex.
create or replace temp macro normalised_list(list_string) as
    case
        when strlen(list_string) = length(list_string) then list_string
        else regexp_replace(
            nfc_normalize(list_string),
            $re$[\x{00AD}\x{200B}-\x{200F}\x{202A}-\x{202E}\x{2060}-\x{2064}\x{2066}-\x{2069}\x{FEFF}]$re$,
            '',
            'g'
        )
    end;

-- A list string without the spaces around it. trim() reads every character of its string (it looks for Unicode
-- spaces at the end), which cost more than lower-casing it: it runs only where it can change something, a string
-- that starts or ends with a space or is not ASCII (whose only space is the plain space). It reads its argument
-- four times, so it is given a column.
create or replace temp macro trimmed_list(list_string) as
    case
        when strlen(list_string) = length(list_string)
            and not starts_with(list_string, ' ')
            and not ends_with(list_string, ' ')
            then list_string
        else trim(list_string)
    end;

-- A Python list of quoted strings and nothing else: nested, unbalanced or bare values would otherwise become
-- garbage items. A missing list (null) is not malformed.
create or replace temp macro list_well_formed(list_string) as
    coalesce(
        regexp_full_match(
            list_string,
            $re$\s*\[\s*(?:(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*(?:,\s*(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*)*)?\]\s*$re$
        ),
        true
    );

create or replace table recipes as
with normalised as (
    select
        * exclude (tags, ingredients, nutrition, steps, description),
        try_cast(nutrition as double[]) as nutrition_values,
        -- Lower-cased whole: case is per character and neither the quotes nor the separators have one, so this is
        -- every item's lower case at a fraction of the cost of lowering item by item.
        lower(normalised_list(tags)) as lowered_tags,
        lower(normalised_list(ingredients)) as lowered_ingredients
    from raw_recipes
),

-- Each step below is its own select so that it reads the column the one before computed, not its expression:
-- a macro's argument is copied wherever the macro names it, and would be computed that many times. Each step
-- names the columns it computes anew, so DuckDB's profile (bench/stagingProfile.ts) tells the steps apart.
trimmed as (
    -- Trimmed once here, for plain_list and for the item index's parsing macros, which count on it.
    select
        * exclude (lowered_tags, lowered_ingredients),
        trimmed_list(lowered_tags) as tags,
        trimmed_list(lowered_ingredients) as ingredients
    from normalised
),

classified as (
    select
        *,
        plain_list(tags) as plain_tags,
        plain_list(ingredients) as plain_ingredients
    from trimmed
),

checked as (
    select
        *,
        -- Lower case and trimmed spaces change no quote, bracket or comma: the string is as well formed as the
        -- input's. A case, not an or, so the tokenizing regex runs only on the strings that are not plain.
        case when plain_tags then true else list_well_formed(tags) end
        and case when plain_ingredients then true else list_well_formed(ingredients) end as keep_lists
    from classified
)

select
    id,
    name,
    minutes,
    contributor_id,
    submitted,
    n_steps,
    n_ingredients,
    -- Normalised in case (the whole string was lower-cased, before parsing) and in spaces, for the item index.
    tags as tag_list,
    ingredients as ingredient_list,
    plain_tags,
    plain_ingredients,
    nutrition_values[1] as calories,
    nutrition_values[2] as total_fat_pct,
    nutrition_values[3] as sugar_pct,
    nutrition_values[4] as sodium_pct,
    nutrition_values[5] as protein_pct,
    nutrition_values[6] as sat_fat_pct,
    nutrition_values[7] as carb_pct,
    year(submitted) as year,
    month(submitted) as month,
    isodow(submitted) as weekday,
    isodow(submitted) >= 6 as is_weekend,
    season_of(submitted) as season,
    -- Only where the minutes rule keeps the row: ln() fails on the non-positive minutes it removes.
    case when minutes between 1 and 180 then ln(1 + minutes) + n_steps + 0.5 * n_ingredients end
        as complexity_score,
    -- The rule flags, dropped once the rules are applied.
    id is not null as keep_id,
    minutes between 1 and 180 as keep_minutes,
    name is not null and submitted is not null as keep_named,
    submitted between getvariable('data_date_min') and getvariable('data_date_max') as keep_dated,
    -- Seven values, every one finite and non-negative: NaN >= 0 is true in SQL, so finiteness is checked apart.
    len(nutrition_values) = 7
    and list_count(nutrition_values) = 7
    and coalesce(list_bool_and(list_transform(nutrition_values, x -> isfinite(x) and x >= 0)), false)
    and n_ingredients > 0 as keep_nutrition,
    keep_lists
from checked;

-- Duplicated ids keep one deterministic row (null ids are not duplicates of each other: a rule of their own). The
-- rows that lose are found over the key columns alone, by their row id: ranking the whole rows would carry both
-- lists through the window's sort. Only the ids that occur more than once are ranked: counting ids is a third of
-- the cost of sorting every row into its id's window.
create or replace temp table recipe_duplicates as
select recipe_row
from (
    select
        rowid as recipe_row,
        row_number() over (
            partition by id order by submitted nulls last, name nulls last, minutes, contributor_id
        ) as id_rank
    from recipes
    where id in (select id from recipes where id is not null group by id having count(*) > 1)
)
where id_rank > 1;

-- The rules as flags over narrow columns: the bounds, the counts and the deletion below each scan them once.
create or replace temp view recipe_identified as
select
    n_steps,
    n_ingredients,
    keep_id,
    keep_id and rowid not in (select recipe_row from recipe_duplicates) as keep_unique,
    keep_minutes,
    keep_named,
    keep_dated,
    keep_nutrition,
    keep_lists
from recipes;

-- Bounds use the nearest-rank quantile (index round(q·(n − 1)), as polars' "nearest" does), computed after the
-- minutes rule like the reference, so the published bounds [2, 24] and [3, 17] come out of the real data.
create or replace table recipe_bounds as
with kept as (
    select n_steps, n_ingredients
    from recipe_identified
    where true
        and keep_id
        and keep_unique
        and keep_minutes
),

-- Each count's values with how many rows hold them, and how many rows hold that value or a smaller one: the
-- value at a sorted position is the first whose running count reaches it. The counts take a few tens of values, so
-- this costs a grouping where sorting every row's value cost three times as much.
counted as (
    select
        'steps' as measure,
        n_steps as value,
        count(*) as n
    from kept
    where n_steps is not null
    group by n_steps
    union all
    select
        'ingredients' as measure,
        n_ingredients as value,
        count(*) as n
    from kept
    where n_ingredients is not null
    group by n_ingredients
),

running as (
    select
        measure,
        value,
        sum(n) over (partition by measure order by value) as up_to,
        sum(n) over (partition by measure) as total
    from counted
),

-- The 1-based sorted position of each bound.
positioned as (
    select
        *,
        cast(round((total - 1) * 0.025) as bigint) + 1 as low_position,
        cast(round((total - 1) * 0.975) as bigint) + 1 as high_position
    from running
)

select
    min(value) filter (where measure = 'steps' and up_to >= low_position) as steps_low,
    min(value) filter (where measure = 'steps' and up_to >= high_position) as steps_high,
    min(value) filter (where measure = 'ingredients' and up_to >= low_position) as ingredients_low,
    min(value) filter (where measure = 'ingredients' and up_to >= high_position) as ingredients_high
from positioned;

create or replace temp view recipe_ruled as
select
    f.* exclude (n_steps, n_ingredients),
    f.n_steps between b.steps_low and b.steps_high
    and f.n_ingredients between b.ingredients_low and b.ingredients_high as keep_bounds
from recipe_identified as f
cross join recipe_bounds as b;

-- Each count keeps the rows every earlier rule kept; one scan counts them all.
create or replace table recipe_funnel as
with counted as (
    select
        count(*) as raw,
        count(*) filter (where keep_id) as identified,
        count(*) filter (where keep_unique) as unique_ids,
        count(*) filter (where keep_unique and keep_minutes) as timed,
        count(*) filter (where keep_unique and keep_minutes and keep_bounds) as bounded,
        count(*) filter (where keep_unique and keep_minutes and keep_bounds and keep_named) as named,
        count(*) filter (where keep_unique and keep_minutes and keep_bounds and keep_named and keep_dated) as dated,
        count(*) filter (
            where keep_unique and keep_minutes and keep_bounds and keep_named and keep_dated and keep_nutrition
        ) as nourished,
        count(*) filter (
            where keep_unique and keep_minutes and keep_bounds and keep_named and keep_dated and keep_nutrition
                and keep_lists
        ) as listed
    from recipe_ruled
)

select
    unnest([0, 1, 2, 3, 4, 5, 6, 7, 8]) as step,
    unnest([
        'raw',
        'missing_id',
        'duplicate_id',
        'minutes_out_of_range',
        'steps_or_ingredients_outlier',
        'missing_name_or_date',
        'date_out_of_range',
        'invalid_nutrition',
        'malformed_list'
    ]) as rule,
    unnest([raw, identified, unique_ids, timed, bounded, named, dated, nourished, listed]) as rows_after
from counted;

-- The rows a rule removed leave the table, then the flags: neither rewrites the kept rows, which stay in order.
-- A null flag (a null minutes, say) removes its row, as the funnel counts it.
delete from recipes
where rowid in (select recipe_row from recipe_duplicates)
    or not coalesce(
        keep_id
        and keep_minutes
        and n_steps between (select steps_low from recipe_bounds) and (select steps_high from recipe_bounds)
        and n_ingredients between (select ingredients_low from recipe_bounds) and (
            select ingredients_high from recipe_bounds
        )
        and keep_named
        and keep_dated
        and keep_nutrition
        and keep_lists,
        false
    );

alter table recipes drop column keep_id;
alter table recipes drop column keep_minutes;
alter table recipes drop column keep_named;
alter table recipes drop column keep_dated;
alter table recipes drop column keep_nutrition;
alter table recipes drop column keep_lists;

drop view recipe_ruled;
drop view recipe_identified;
drop table recipe_duplicates;
drop macro list_well_formed;
drop macro trimmed_list;
drop macro normalised_list;
drop macro plain_list;
