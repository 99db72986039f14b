-- Distribution and stability of ratings (reference §5.3): the monthly series for the weighted mean and its
-- interval, the row-level summary for the plain mean and its t interval, and the star histogram.

-- include: _monthly.sql

-- name: overall
-- All kept ratings, months under the volume threshold included: the row-level mean is about ratings, not months.
with

final as (
    select
        count(*) as n,
        avg(rating) as mean,
        var_samp(rating) as variance
    from interactions
)

select * from final
order by n;

-- name: histogram
-- One row per star value, zero counts included, so the chart always has its five bars.
with

stars as (
    select range as rating
    from range(1, 6)
),

counts as (
    select
        rating,
        count(*) as n
    from interactions
    group by rating
),

final as (
    select
        stars.rating,
        coalesce(counts.n, 0) as n
    from stars
    left join counts on stars.rating = counts.rating
)

select * from final
order by rating;
