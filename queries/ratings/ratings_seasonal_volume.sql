-- Seasonal volume of ratings (reference §5.4): per season, how many ratings, by how many users on how many
-- recipes, and how many calendar days the season covers within the rated period (the χ² expectation).

-- name: seasons
with

bounds as (
    select
        min(date) as first_day,
        max(date) as last_day
    from interactions
),

calendar as (
    select unnest(generate_series(first_day::timestamp, last_day::timestamp, interval 1 day))::date as day
    from bounds
),

calendar_seasons as (
    select
        season_of(day) as season,
        count(*) as days
    from calendar
    group by season
),

season_ratings as (
    select
        season,
        count(*) as n,
        avg(rating) as mean,
        var_samp(rating) as variance,
        count(distinct user_id) as users,
        count(distinct recipe_id) as recipes
    from interactions
    group by season
),

final as (
    -- Seasons without ratings stay, with n = 0: the goodness-of-fit test needs every season the period covers.
    select
        calendar_seasons.season,
        calendar_seasons.days,
        coalesce(season_ratings.n, 0) as n,
        season_ratings.mean,
        season_ratings.variance,
        coalesce(season_ratings.users, 0) as users,
        coalesce(season_ratings.recipes, 0) as recipes,
        case calendar_seasons.season
            when 'Winter' then 1
            when 'Spring' then 2
            when 'Summer' then 3
            else 4
        end as season_order
    from calendar_seasons
    left join season_ratings on calendar_seasons.season = season_ratings.season
)

select * from final
order by season_order;
