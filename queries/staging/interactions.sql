-- Cleaned interactions (reference §7.4): ids present, ratings 1–5 (0 means a review without stars), a date inside
-- the plausible window (the variables data_date_min and data_date_max, set by the pipeline), exact duplicates
-- removed. Reads raw_interactions (the RAW_interactions.parquet contract view). Creates:
--   interaction_funnel  rows left after each rule, in order;
--   interactions        one row per kept rating with calendar features (the review text is not kept).

create or replace temp table interaction_identified as
select *
from raw_interactions
where true
    and user_id is not null
    and recipe_id is not null;

create or replace temp table interaction_rated as
select *
from interaction_identified
where true
    and rating between 1 and 5 -- 0 is a review without a star rating
    and date is not null;

create or replace temp table interaction_dated as
select *
from interaction_rated
where date between getvariable('data_date_min') and getvariable('data_date_max');

-- Two rows that differ only by their review are both kept, so the review takes part in the comparison; its
-- 64-bit hash does, rather than the text itself, which would hold every review in memory for the deduplication.
create or replace temp table interaction_distinct as
select distinct user_id, recipe_id, date, rating, hash(review) as review_hash
from interaction_dated;

create or replace table interaction_funnel as
select * from (
    values
        (0, 'raw', (select count(*) from raw_interactions)),
        (1, 'missing_id', (select count(*) from interaction_identified)),
        (2, 'rating_not_1_to_5', (select count(*) from interaction_identified where rating between 1 and 5)),
        (3, 'missing_date', (select count(*) from interaction_rated)),
        (4, 'date_out_of_range', (select count(*) from interaction_dated)),
        (5, 'exact_duplicate', (select count(*) from interaction_distinct))
) as t (step, rule, rows_after);

create or replace table interactions as
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
from interaction_distinct
order by date, user_id, recipe_id, rating;

drop table interaction_distinct;
drop table interaction_dated;
drop table interaction_rated;
drop table interaction_identified;
