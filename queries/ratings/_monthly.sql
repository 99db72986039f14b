-- name: monthly
-- Every calendar month with at least one rating. The volume threshold is applied by the step, which also reports
-- what it excluded. ratings_validation, ratings_trend and ratings_distribution include it.
with

ratings as (
    select
        year,
        month,
        rating
    from interactions
),

final as (
    select
        year,
        month,
        count(*) as n,
        avg(rating) as mean,
        var_samp(rating) as variance,
        median(rating) as median
    from ratings
    group by year, month
)

select * from final
order by year, month;
