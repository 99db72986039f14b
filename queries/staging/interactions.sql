-- Cleaned interactions (reference §7.4): ratings 1–5 (0 means a review without stars), a date, exact duplicates
-- removed. Reads raw_interactions (the RAW_interactions.parquet contract view). Creates:
--   interaction_funnel  rows left after each rule, in order;
--   interactions        one row per kept rating with calendar features (the review text is not kept).

create or replace temp table interaction_rated as
select *
from raw_interactions
where true
    and rating between 1 and 5 -- 0 is a review without a star rating
    and date is not null;

create or replace temp table interaction_distinct as
select distinct user_id, recipe_id, date, rating, review
from interaction_rated;

create or replace table interaction_funnel as
select * from (
    values
        (0, 'raw', (select count(*) from raw_interactions)),
        (1, 'rating_not_1_to_5', (select count(*) from raw_interactions where rating between 1 and 5)),
        (2, 'missing_date', (select count(*) from interaction_rated)),
        (3, 'exact_duplicate', (select count(*) from interaction_distinct))
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
drop table interaction_rated;
