-- Recipes posted per calendar year (reference §2.2). Every year between the first and the last appears, with 0 when
-- nobody posted, so a gap shows as a gap instead of vanishing from the summary statistics.

-- name: per_year
with recipes_per_year as (
    select
        year,
        count(*) as recipes
    from recipes
    group by year
),

span as (
    select
        min(year) as first_year,
        max(year) as last_year,
        min(submitted) as first_day,
        max(submitted) as last_day
    from recipes
),

all_years as (
    select unnest(range(span.first_year, span.last_year + 1)) as year
    from span
),

final as (
    select
        all_years.year,
        coalesce(recipes_per_year.recipes, 0) as recipes,
        span.first_day <= make_date(all_years.year, 1, 1)
        and span.last_day >= make_date(all_years.year, 12, 31) as complete
    from all_years
    cross join span
    left join recipes_per_year
        on all_years.year = recipes_per_year.year
)

select * from final
order by year
