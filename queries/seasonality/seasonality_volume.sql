-- Recipes posted per meteorological season, with the calendar days each season covers between the first and the
-- last posting: seasons differ in length (DJF 90–91 days, MAM 92, JJA 92, SON 91) and the period starts and ends
-- mid-year, so a fair χ² test expects counts in proportion to days, not a uniform split.

-- name: seasons
with season_keys as (
    select *
    from (
        values
            (1, 'Winter'),
            (2, 'Spring'),
            (3, 'Summer'),
            (4, 'Autumn')
    ) as t (season_order, season)
),

recipe_counts as (
    select
        season,
        count(*) as recipes
    from recipes
    group by season
),

period as (
    select
        min(submitted) as first_day,
        max(submitted) as last_day
    from recipes
),

calendar as (
    -- Every day from the first posting to the last, both included.
    select cast(unnest(generate_series(
        cast(first_day as timestamp), cast(last_day as timestamp), interval 1 day
    )) as date) as day
    from period
),

season_days as (
    select
        season_of(day) as season,
        count(*) as days
    from calendar
    group by season
),

final as (
    -- All four seasons, even one without a recipe: its 0 is an observation the χ² test must see.
    select
        k.season_order,
        k.season,
        coalesce(r.recipes, 0) as recipes,
        coalesce(d.days, 0) as days,
        strftime(p.first_day, '%Y-%m-%d') as first_day,
        strftime(p.last_day, '%Y-%m-%d') as last_day
    from season_keys as k
    cross join period as p
    left join recipe_counts as r on k.season = r.season
    left join season_days as d on k.season = d.season
)

select
    season,
    recipes,
    days,
    first_day,
    last_day
from final
order by season_order;

-- name: by_year
-- The same split within each calendar year (winter = January, February and December of that year), with the
-- season's days inside the period, so the site can show whether the overall peak recurs year after year.
with period as (
    select
        min(submitted) as first_day,
        max(submitted) as last_day
    from recipes
),

calendar as (
    select cast(unnest(generate_series(
        cast(first_day as timestamp), cast(last_day as timestamp), interval 1 day
    )) as date) as day
    from period
),

year_season_days as (
    select
        year(day) as year,
        season_of(day) as season,
        count(*) as days
    from calendar
    group by all
),

year_season_recipes as (
    select
        year,
        season,
        count(*) as recipes
    from recipes
    group by year, season
),

final as (
    select
        d.year,
        list_position(['Winter', 'Spring', 'Summer', 'Autumn'], d.season) as season_order,
        d.season,
        coalesce(r.recipes, 0) as recipes,
        d.days
    from year_season_days as d
    left join year_season_recipes as r
        on d.year = r.year
        and d.season = r.season
)

select
    year,
    season,
    recipes,
    days
from final
order by year, season_order;
