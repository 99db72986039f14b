-- Recipes posted on each ISO weekday, beside how many times that weekday occurs in the data's date range: a
-- weekday's expected share of postings is its share of calendar days, not 1/7 (the range need not hold whole weeks).

-- name: days
with posted as (
    select
        weekday,
        count(*) as recipes
    from recipes
    group by weekday
),

date_range as (
    select
        min(submitted) as first_day,
        max(submitted) as last_day
    from recipes
),

-- Every calendar day of the range, posted on or not: the denominator of "recipes per day".
calendar as (
    select
        isodow(t.day) as weekday,
        count(*) as calendar_days
    from date_range as r
    cross join generate_series(r.first_day, r.last_day, interval 1 day) as t (day)
    group by isodow(t.day)
),

final as (
    select
        c.weekday,
        coalesce(p.recipes, 0) as recipes,
        c.calendar_days
    from calendar as c
    left join posted as p on p.weekday = c.weekday
)

select *
from final
order by weekday;

-- name: date_range
select
    strftime(min(submitted), '%Y-%m-%d') as first_day,
    strftime(max(submitted), '%Y-%m-%d') as last_day
from recipes;
