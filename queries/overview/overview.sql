-- The headline figures of the data set: what was analysed, over which period, and what cleaning removed.

-- name: totals
select
    (select count(*) from recipes) as recipes,
    (select count(*) from interactions) as ratings,
    (select count(distinct user_id) from interactions) as users,
    (select count(distinct contributor_id) from recipes) as contributors,
    (select count(distinct recipe_id) from interactions) as rated_recipes,
    -- Kept ratings are not filtered by their recipe (the rating analyses never read it): split them by whether their
    -- recipe is analysed, was removed by the cleaning, or is absent from the recipes file.
    (select count(*) from interactions where recipe_id in (select id from recipes)) as ratings_of_recipes,
    (select count(*) from interactions where recipe_id in (select id from raw_recipes where id is not null)
        and recipe_id not in (select id from recipes)) as ratings_of_removed_recipes,
    (select count(*) from interactions where recipe_id not in (select id from raw_recipes where id is not null))
        as ratings_of_unknown_recipes,
    (select avg(rating) from interactions) as mean_rating,
    (select strftime(min(submitted), '%Y-%m-%d') from recipes) as first_recipe,
    (select strftime(max(submitted), '%Y-%m-%d') from recipes) as last_recipe,
    (select strftime(min(date), '%Y-%m-%d') from interactions) as first_rating,
    (select strftime(max(date), '%Y-%m-%d') from interactions) as last_rating;

-- name: recipe_funnel
select rule, rows_after, coalesce(lag(rows_after) over (order by step) - rows_after, 0) as removed
from recipe_funnel
order by step;

-- name: interaction_funnel
select rule, rows_after, coalesce(lag(rows_after) over (order by step) - rows_after, 0) as removed
from interaction_funnel
order by step;

-- name: bounds
select steps_low, steps_high, ingredients_low, ingredients_high
from recipe_bounds;

-- name: rating_histogram
-- Every raw rating of the contract's 0–5 scale, 0 included: the chart shows what the cleaning sets aside (values
-- outside the scale are counted by the funnel).
select rating, count(*) as count
from raw_interactions
where rating between 0 and 5
group by rating
order by rating;

-- name: recipes_per_year
-- A year is complete when the data's own window, first to last posting, spans its January 1 to its December 31: the
-- first and last years of the data are usually only partly covered, and their bars must not read as a drop.
with period as (
    select
        min(submitted) as first_day,
        max(submitted) as last_day
    from recipes
)

select
    r.year,
    count(*) as recipes,
    any_value(p.first_day <= make_date(r.year, 1, 1) and p.last_day >= make_date(r.year, 12, 31)) as complete
from recipes as r
cross join period as p
group by r.year
order by r.year;
