-- Cleaned interactions (reference §7.4): ids present, ratings 1–5 (0 means a review without stars), a date inside
-- the plausible window (the variables data_date_min and data_date_max, set by the pipeline), exact duplicates
-- removed. Reads raw_interactions (the RAW_interactions.parquet contract view). Creates:
--   interaction_funnel  rows left after each rule, in order;
--   interactions        one row per kept rating with calendar features (the review text is not kept).
-- The rules are applied in one pass, not one temporary table per rule: each such table copied every review.

create or replace table interactions as
-- Two rows that differ only by their review are both kept, so the review takes part in the comparison; its
-- 64-bit hash does, rather than the text itself, which would hold every review in memory for the deduplication.
with kept as (
    select distinct user_id, recipe_id, date, rating, hash(review) as review_hash
    from raw_interactions
    where true
        and user_id is not null
        and recipe_id is not null
        and rating between 1 and 5 -- 0 is a review without a star rating
        and date is not null
        and date between getvariable('data_date_min') and getvariable('data_date_max')
),

-- Sorted on the four columns alone: the calendar features are derived from the sorted rows, in their order, so the
-- sort does not carry them (a tenth less work for this file).
sorted as (
    select
        user_id,
        recipe_id,
        date,
        rating
    from kept
    order by date, user_id, recipe_id, rating
)

select
    user_id,
    recipe_id,
    date,
    rating,
    year(date) as year,
    month(date) as month,
    isodow(date) as weekday,
    isodow(date) >= 6 as is_weekend,
    season_of(date) as season
from sorted;

create or replace table interaction_funnel as
with counted as (
    select
        count(*) as raw,
        count(*) filter (where user_id is not null and recipe_id is not null) as identified,
        count(*) filter (where user_id is not null and recipe_id is not null and rating between 1 and 5) as rated,
        count(*) filter (
            where user_id is not null and recipe_id is not null and rating between 1 and 5 and date is not null
        ) as dated,
        count(*) filter (
            where user_id is not null and recipe_id is not null and rating between 1 and 5 and date is not null
                and date between getvariable('data_date_min') and getvariable('data_date_max')
        ) as in_window
    from raw_interactions
)

select
    unnest([0, 1, 2, 3, 4, 5]) as step,
    unnest(['raw', 'missing_id', 'rating_not_1_to_5', 'missing_date', 'date_out_of_range', 'exact_duplicate'])
        as rule,
    unnest([raw, identified, rated, dated, in_window, (select count(*) from interactions)]) as rows_after
from counted;
